"""Spacing publishes and edits so a batch stays within the account's rate limits, shared by all workers.

Each limit is a window: at most `hits` actions in any `seconds`. The pacer remembers when it let
each action go and holds the next one until every window has room. MediaWiki counts in 30 time
buckets and weighs the oldest bucket by how much of it still lies in the window, so an action
counted early in a bucket may still weigh a little after `seconds`: the windows are taken one
bucket longer, plus a second for clocks and travel. If the wiki still answers `ratelimited` (hits
made elsewhere: another program, the web upload), the backoff applies as before.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason
from photowalk.upload.backoff import duration_reason
from photowalk.upload.control import Control
from photowalk.upload.limits import UPLOAD, AccountLimits, RateLimit

BUCKETS = 30  # MediaWiki's WRStats buckets per window
SLACK = 1.0  # seconds added to every window


class Paced(PhotowalkError):
    """Not an error: why the batch waits before a publish or an edit (shown like a wait)."""

    code = "paced"
    template = QT_TRANSLATE_NOOP(
        "errors", "The account may make at most {hits} {what} per {duration}: photowalk spaces them out.")


@dataclass(frozen=True)
class PaceWait:
    """A wait the pacer is about to make."""

    action: str
    seconds: float
    until: float  # time.time() it ends
    limit: RateLimit

    def reason(self) -> Paced:
        what = UPLOADS if self.action == UPLOAD else EDITS
        return Paced(hits=self.limit.hits, what=what, duration=duration_reason(self.limit.seconds))


UPLOADS = Reason("uploads", QT_TRANSLATE_NOOP("errors", "uploads"))
EDITS = Reason("edits", QT_TRANSLATE_NOOP("errors", "edits"))


def window(limit: RateLimit) -> float:
    """How long one action counts against `limit` as far as the pacer is concerned."""
    return limit.seconds * (BUCKETS + 1) / BUCKETS + SLACK


class Pacer:
    """Thread-safe; `take(action)` returns once the action may go, and counts it."""

    def __init__(self, limits: AccountLimits | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._limits = limits or AccountLimits()
        self._sent: dict[str, deque[float]] = {}

    @property
    def limits(self) -> AccountLimits:
        with self._lock:
            return self._limits

    def set_limits(self, limits: AccountLimits) -> None:
        """The account's limits, as read at login (each worker's login reads the same)."""
        with self._lock:
            self._limits = limits

    def next_slot(self, action: str, now: float | None = None) -> tuple[float, RateLimit | None]:
        """When `action` may go next (clock time; `now` if at once) and the limit that holds it."""
        with self._lock:
            return self._next(action, self._clock() if now is None else now)

    def _next(self, action: str, now: float) -> tuple[float, RateLimit | None]:
        sent = self._sent.get(action, deque())
        when, holding = now, None
        for limit in self._limits.of(action):
            span = window(limit)
            # The actions still inside this window; the oldest of the last `hits` must leave it first.
            inside = [t for t in sent if t > now - span]
            if len(inside) >= limit.hits:
                free = inside[-limit.hits] + span
                if free > when:
                    when, holding = free, limit
        return when, holding

    def take(self, action: str | None, control: Control | None = None,
             on_wait: Callable[[PaceWait], None] | None = None) -> float:
        """Wait until `action` may go without passing a limit, count it, and return the seconds waited."""
        if action is None:
            return 0.0
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                when, limit = self._next(action, now)
                if when <= now:
                    sent = self._sent.setdefault(action, deque())
                    sent.append(now)
                    longest = max((window(r) for r in self._limits.of(action)), default=0.0)
                    while sent and sent[0] <= now - longest:
                        sent.popleft()
                    return waited
            seconds = when - now
            if on_wait is not None and limit is not None:
                on_wait(PaceWait(action, seconds, time.time() + seconds, limit))
            if control is not None:
                control.sleep(seconds)
            else:
                time.sleep(seconds)
            waited += seconds
