"""How long the GUI thread is kept from its event loop, measured by a timer's late ticks.

The benchmark (benchmarks/gui_bench.py) and PHOTOWALK_STALL_LOG measure the same way: a timer on
the GUI thread ticks every few milliseconds, and the time between two ticks beyond the interval is
time in which the window could neither paint nor answer a click.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

STALL_MS = 16.0  # one frame at 60 Hz: a longer gap is a stutter a volunteer can see
TICK_MS = 4  # the log's timer: fine enough to see a gap just over a frame
FILE_MODE = 0o600
ACTIVITIES = ("import", "checks", "upload")  # what may run during a gap, in the order a line names them


class Heartbeat(QObject):
    """A timer on the GUI thread; each tick hands `on_gap` the seconds since the tick before."""

    def __init__(self, interval_ms: int, on_gap: Callable[[float], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_gap = on_gap
        self.last = time.perf_counter()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        self._on_gap(gap)


def stall_line(ms: float, during: list[str]) -> str:
    """One line of the stall log: {"ms": 23.5, "during": "import+checks"} ("idle" when nothing runs)."""
    return json.dumps({"ms": round(ms, 1), "during": "+".join(during) or "idle"}) + "\n"


def open_private(path: Path) -> int:
    """A descriptor appending to `path`, created (or made) readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    if sys.platform != "win32":  # a file made earlier keeps its mode: it is made private too
        try:
            os.fchmod(fd, FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


class StallLog(QObject):
    """Appends every GUI-thread gap over STALL_MS to a file, with what ran meanwhile (`during()`).

    Whatever goes wrong with the file is logged once and ends the log: it never reaches the window.
    """

    def __init__(self, path: Path, during: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._during = during
        self._before: list[str] = []  # what ran at the previous tick: a gap belongs to both ends
        self._fd: int | None = None
        self.beat = Heartbeat(TICK_MS, self._gap, self)
        try:
            self._fd = open_private(path)
        except OSError as exc:
            log.warning("no stall log at %s: %s", path, exc.strerror or exc)
            return
        self.beat.start()

    def _gap(self, gap: float) -> None:
        try:
            now = self._during()
            if gap * 1000 > STALL_MS and self._fd is not None:
                during = [name for name in ACTIVITIES if name in self._before or name in now]
                os.write(self._fd, stall_line(gap * 1000, during).encode())
            self._before = now
        except Exception as exc:  # noqa: BLE001 - a measuring aid must never break the window
            log.warning("stall log at %s stopped: %s", self.path, exc)
            self.close()

    def close(self) -> None:
        self.beat.stop()
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.close(fd)
            except OSError:
                pass
