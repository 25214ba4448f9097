"""Everything about the terminal: output streams, progress lines, Ctrl+C, password prompts."""

from __future__ import annotations

import codecs
import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from photowalk.cli.text import CommandLine, error_text
from photowalk.importer import ImportProgress
from photowalk.pathtext import shown
from photowalk.upload.progress import Progress
from photowalk.upload.state import UploadRow
from photowalk.upload.uploader import UploadEvent

# Tajik's own letters, as Tajik was written before Unicode on Russian code pages (cp1251, cp866, koi8-r).
_TAJIK_ON_RUSSIAN = str.maketrans("ҒғӢӣҚқӮӯҲҳҶҷ", "ГгИиКкУуХхЧч")
_told = False


def _fallback_for(encoding: str) -> str:
    """The name of an encoding error handler for `encoding` (registered once): Tajik letters as their
    Russian look-alikes where it has Cyrillic; anything else it lacks as "?", with a one-time note on
    how to see everything. (The handler is per encoding: a code page's codec calls itself "charmap".)"""
    name = f"photowalk-fallback-{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
        return name
    except LookupError:
        pass

    def fallback(exc: UnicodeError) -> tuple[str, int]:
        global _told
        if not isinstance(exc, UnicodeEncodeError):
            raise exc
        out = []
        for c in exc.object[exc.start:exc.end].translate(_TAJIK_ON_RUSSIAN):
            try:
                c.encode(encoding)
                out.append(c)
            except UnicodeEncodeError:
                out.append("?")
        if "?" in out and not _told:
            _told = True
            try:
                note = CommandLine.tr("this terminal's encoding ({encoding}) cannot show some letters; they appear "
                                      "as ?. Set PYTHONIOENCODING=utf-8 (or run chcp 65001 in cmd.exe) to see them.",
                                      encoding=encoding)
                sys.stderr.write(f"photowalk: {note}\n")
            except (UnicodeError, OSError, ValueError):
                pass
        return "".join(out), exc.end

    codecs.register_error(name, fallback)
    return name


def printable_streams() -> None:
    """Never let a character the terminal cannot encode stop a command half-way: paths are printed
    through `shown`, and text a legacy code page (cp1251, cp866, cp437) lacks goes through `_fallback_for`.

    A Windows console itself takes any text (Python writes it as UTF-16); the code page matters when
    output goes to a pipe or a file, or where PYTHONIOENCODING chose it.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") in ("strict", "replace"):
            try:
                reconfigure(errors=_fallback_for(stream.encoding))
            except (ValueError, OSError):
                pass


def error(message: str) -> None:
    """A message to the volunteer on standard error, as every command prints one."""
    print(f"photowalk: {message}", file=sys.stderr)


@contextmanager
def ctrl_c_cancels() -> Iterator[threading.Event]:
    """The first Ctrl+C asks the running task to stop cleanly; a second one interrupts at once."""
    event = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield event
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if event.is_set():
            raise KeyboardInterrupt
        event.set()
        print("\n" + CommandLine.tr("Stopping after the files in progress (Ctrl+C again to stop at once)..."),
              file=sys.stderr)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield event
    finally:
        signal.signal(signal.SIGINT, previous)


# -- passwords ---------------------------------------------------------------------------


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def read_secret_line(stream: TextIO) -> str:
    return stream.readline().rstrip("\r\n")


def prompt_password(prompt: str) -> str:
    """Ask on the terminal without echoing what is typed."""
    return getpass.getpass(prompt)


def ask_password(prompt: str) -> str:
    """Ask on a terminal; read one line when standard input is a pipe."""
    if stdin_is_terminal():
        return prompt_password(prompt)
    return read_secret_line(sys.stdin)


def ask_yes(question: str) -> bool:
    """A yes/no question whose answer is no unless the volunteer types y or yes."""
    answer = input(question).strip().lower()
    # "y"/"yes" always; and the language's own short and long yes ("ҳ"/"ҳа", "д"/"да").
    return answer in ("y", "yes") or answer in CommandLine.tr("y/yes").lower().split("/")


# -- progress ----------------------------------------------------------------------------


class TerminalProgress:
    """A one-line progress bar on a terminal; occasional plain lines when output is a file."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, p: ImportProgress) -> None:
        now = time.monotonic()
        final = p.total and p.done == p.total
        if now - self.last < (0.1 if self.tty else 5.0) and not final:
            return
        self.last = now
        if p.phase == "scan":
            line = CommandLine.tr("Looking for photos... %n files", "", p.done)
        else:
            width = 30
            filled = int(width * p.done / p.total) if p.total else width
            rate = p.done / max(now - self.started, 1e-6)
            eta = (p.total - p.done) / rate if rate > 0 else 0
            name = shown(p.path.name) if p.path else ""
            left = CommandLine.tr("ETA {seconds}s", seconds=f"{eta:.0f}")
            line = f"[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total}  {rate:.1f}/s  {left}  {name}"
        if self.tty:
            self.stream.write("\r" + line[:120].ljust(120))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown and self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _mb(n: float) -> str:
    return CommandLine.tr("{size} MB", size=f"{n / 1e6:.1f}")


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class UploadProgressLine:
    """One redrawn line on a terminal (files, bytes, rate, time left); plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, state_text: Callable[[UploadRow], str] | None = None) -> None:
        self.stream = stream or sys.stderr  # looked up now: tests and callers may replace sys.stderr
        self.state_text = state_text  # a photo's new state in the volunteer's language (else the English message)
        self.tty = self.stream.isatty()
        self.last = 0.0
        self.width = 0
        self._lock = threading.Lock()

    def progress(self, p: Progress) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self.last < (0.2 if self.tty else 10.0):
                return
            self.last = now
            rate = CommandLine.tr("{size}/s", size=_mb(p.rate)) if p.rate else CommandLine.tr("-- MB/s")
            files = CommandLine.tr("{done}/%n files", "", p.files_total, done=p.files_done)
            left = CommandLine.tr("ETA {time}", time=_duration(p.eta))
            line = f"{files}  {_mb(p.bytes_done)}/{_mb(p.bytes_total)}  {rate}  {left}"
            if p.current:
                line += f"  {p.current[0].title}"
            self._write(line)

    def event(self, e: UploadEvent) -> None:
        with self._lock:
            if e.kind == "waiting" and e.until is not None:
                until = time.strftime("%H:%M:%S", time.localtime(e.until))
                reason = error_text(e.error) if e.error is not None else e.message
                self._write(CommandLine.tr("waiting until {time}: {reason}", time=until, reason=reason), keep=True)
            elif e.kind == "limits" and e.error is not None:
                self._write(error_text(e.error), keep=True)
            elif e.kind == "relogin":
                self._write(CommandLine.tr("the wiki ended the session; logged in again"), keep=True)
            elif e.kind == "state" and e.state in ("done", "needs-attention", "failed"):
                message = self.state_text(e.row) if self.state_text and e.row is not None else e.message
                self._write(f"{e.title}: {message}", keep=True)

    def _write(self, line: str, keep: bool = False) -> None:
        if self.tty:
            self.stream.write("\r" + line.ljust(self.width)[: max(self.width, len(line))] + ("\n" if keep else ""))
            self.width = 0 if keep else len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.width:
            self.stream.write("\n")
            self.stream.flush()
