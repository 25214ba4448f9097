"""The command line over the core: import, list, relink, and the describing commands."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from photowalk import __version__, cli_describe
from photowalk.checks import check_photos
from photowalk.errors import PhotowalkError
from photowalk.importer import ImportProgress, ImportReport, import_paths, refresh_missing, relink_folder
from photowalk.logs import log_file, setup_logging
from photowalk.pathtext import shown
from photowalk.photo import Photo
from photowalk.problems import Problem
from photowalk.project import ChangedFile, ProjectStore

log = logging.getLogger(__name__)

# Extra `list --json` fields contributed by other layers (descriptions, upload state).
JsonFields = Callable[[ProjectStore, Photo], dict[str, Any]]
_json_fields: list[JsonFields] = []


def add_json_fields(provider: JsonFields) -> None:
    """Let another module add fields to each object of `photowalk list --json`."""
    if provider not in _json_fields:
        _json_fields.append(provider)


def build_parser(registrars: list[Callable[[Any], None]] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photowalk",
        description="From a camera folder to finished files on Wikimedia Commons.",
    )
    parser.add_argument("--version", action="version", version=f"photowalk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import photos from camera folders into a project")
    p.add_argument("folders", nargs="+", type=Path, metavar="FOLDER", help="folders or files to import")
    p.add_argument("--project", required=True, type=Path, help="project file (created if missing)")
    p.add_argument("--workers", type=int, default=None, help="threads for hashing and thumbnails")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list the photos of a project")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per photo")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("relink", help="find photos whose files moved (e.g. the card is mounted elsewhere)")
    p.add_argument("folder", type=Path)
    p.add_argument("--project", required=True, type=Path)
    p.set_defaults(func=cmd_relink)

    p = sub.add_parser("export", help="write a complete copy of a project to a new file (safe while it is open)")
    p.add_argument("target", type=Path, metavar="FILE", help="the new project file")
    p.add_argument("--project", required=True, type=Path)
    p.set_defaults(func=cmd_export)

    cli_describe.register(sub)
    for register in registrars or []:
        register(sub)
    return parser


def main(argv: list[str] | None = None, registrars: list[Callable[[Any], None]] | None = None) -> int:
    """Run one command; returns the exit status."""
    _printable_streams()
    parser = build_parser(registrars)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        # The same log file as the window's: "the details are in the log" must be true here too.
        setup_logging()
    except OSError as exc:
        print(f"photowalk: no log file ({exc.strerror}); going on without one.", file=sys.stderr)
    log.info("photowalk %s: %s", __version__, args.command)
    try:
        return int(args.func(args))
    except PhotowalkError as exc:
        log.warning("%s stopped: %s", args.command, exc.message)
        print(f"photowalk: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("photowalk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: its details go to the log, not a traceback to the terminal
        log.exception("%s failed", args.command)
        print(f"photowalk: an unexpected error stopped the command ({type(exc).__name__}); the details are "
              f"in the log: {log_file()}", file=sys.stderr)
        return 1


def _printable_streams() -> None:
    """Never let a character the terminal cannot encode stop a command half-way: paths are printed
    through `shown`, and anything else unprintable comes out as a replacement character."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def open_project(path: Path, *, create: bool = False) -> ProjectStore:
    return ProjectStore.open(path, create=create)


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
        print("\nStopping after the files in progress (Ctrl+C again to stop at once)...", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield event
    finally:
        signal.signal(signal.SIGINT, previous)


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
            line = f"Looking for photos... {p.done} files"
        else:
            width = 30
            filled = int(width * p.done / p.total) if p.total else width
            rate = p.done / max(now - self.started, 1e-6)
            eta = (p.total - p.done) / rate if rate > 0 else 0
            name = shown(p.path.name) if p.path else ""
            line = f"[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total}  {rate:.1f}/s  ETA {eta:.0f}s  {name}"
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


def cmd_import(args: argparse.Namespace) -> int:
    store = open_project(args.project, create=True)
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels() as cancel:
            report = import_paths(args.folders, store, progress=bar, cancel=cancel.is_set, workers=args.workers)
    finally:
        bar.close()
        store.close()
    print_import_report(report)
    return 130 if report.cancelled else 0


def print_import_report(report: ImportReport, out: TextIO = sys.stdout) -> None:
    print(f"Imported {len(report.added)} new photo(s).", file=out)
    if report.unchanged:
        print(f"{report.unchanged} file(s) were already in the project.", file=out)
    if report.relinked:
        print(f"{len(report.relinked)} photo(s) found again at a new place.", file=out)
    if report.changed:
        print(f"{len(report.changed)} photo(s) were edited after they were imported; each now uses the new "
              "file, with its title and descriptions kept:", file=out)
        for _pid, path, before in report.changed:
            print(f"  {shown(path)}: {_what_changed(before, path)}", file=out)
    for path, existing in report.duplicates:
        print(f"  same photo already in the project: {shown(path)} (as {shown(existing)})", file=out)
    if report.rejected:
        print(f"{len(report.rejected)} file(s) cannot be uploaded to Commons:", file=out)
        for _pid, path, reason in report.rejected:
            print(f"  {shown(path)}: {reason}", file=out)
    if report.failed:
        print(f"{len(report.failed)} file(s) could not be read:", file=out)
        for path, reason in report.failed:
            print(f"  {shown(path)}: {reason}", file=out)
    if report.skipped:
        print(f"{len(report.skipped)} other file(s) skipped (sidecars, system files, not photos).", file=out)
    if report.cancelled:
        print("Stopped before the end; run the same command again to import the rest.", file=out)


def _what_changed(before: ChangedFile, path: Path) -> str:
    try:
        now = f"{path.stat().st_size} bytes"
    except OSError:
        now = "now"
    text = f"{before.size} bytes before, {now}"
    if before.upload_state in ("done", "verifying"):
        text += "; the wiki keeps the version uploaded before (photowalk never replaces a file there)"
    elif before.upload_state != "skipped":
        text += "; an unfinished upload will start again with the new file"
    return text


def photo_json(store: ProjectStore, photo: Photo, problems: list[Problem]) -> dict[str, Any]:
    """One photo as `photowalk list --json` prints it."""
    cam = photo.camera
    obj: dict[str, Any] = {
        "id": photo.id,
        "path": shown(store.resolve(photo.path)),
        "sha1": photo.sha1,
        "size": photo.size,
        "type": photo.kind.value,
        "taken": cam.taken,
        "make": cam.make,
        "model": cam.model,
        "orientation": cam.orientation,
        "width": cam.width,
        "height": cam.height,
        "lat": cam.lat,
        "lon": cam.lon,
        "alt": cam.alt,
        "heading": cam.heading,
        "warnings": [n.message for n in cam.warnings],
        "error": photo.error.message if photo.error else None,
        "missing": photo.missing,
    }
    obj.update(cli_describe.photo_json_fields(photo, problems))
    for provider in _json_fields:
        obj.update(provider(store, photo))
    return obj


def cmd_list(args: argparse.Namespace) -> int:
    store = open_project(args.project)
    try:
        refresh_missing(store)
        photos = store.photos()
        if args.json:
            # Checked together: duplicate titles are found across the whole project.
            problems = check_photos(store)
            rows = [photo_json(store, p, problems.get(p.id, [])) for p in photos]
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for p in photos:
            flags = "MISSING " if p.missing else ""
            status = f"  ! {p.error}" if p.error else ""
            warn = f"  ({len(p.camera.warnings)} warning(s))" if p.camera.warnings else ""
            print(f"{p.id:5d}  {flags}{p.camera.taken or '-':25s} {shown(p.path)}{status}{warn}")
        print(f"{len(photos)} photo(s)")
    finally:
        store.close()
    return 0


def cmd_relink(args: argparse.Namespace) -> int:
    store = open_project(args.project)
    try:
        with ctrl_c_cancels() as cancel:
            found = relink_folder(store, args.folder, cancel=cancel.is_set)
        still = refresh_missing(store)
    finally:
        store.close()
    print(f"Found {len(found)} photo(s) in {shown(args.folder)}; {len(still)} still missing.")
    return 0 if not still else 1


def cmd_export(args: argparse.Namespace) -> int:
    target = args.target if args.target.suffix == ".photowalk" else args.target.with_name(args.target.name + ".photowalk")
    with open_project(args.project) as store:
        store.copy_to(target)
    print(f"Copied {args.project} to {target}.")
    return 0
