"""Pause and cancel for a running batch, shared by every worker thread."""

from __future__ import annotations

import threading

from photowalk.errors import Cancelled


class Control:
    """Pause/resume/cancel flags; workers look at them between chunks and while waiting."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()  # cleared while paused
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # wake paused workers so they see the cancel

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Block while paused; raise Cancelled once cancel() was called."""
        while not self._running.wait(0.5):
            pass
        if self._cancelled.is_set():
            raise Cancelled()

    def sleep(self, seconds: float) -> None:
        """Sleep, but raise Cancelled as soon as cancel() is called."""
        if self._cancelled.wait(max(0.0, seconds)):
            raise Cancelled()
