"""Waiting and trying again: exponential backoff with jitter, bounded in time, cancellable."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.upload.control import Control
from photowalk.upload.errors import GaveUp, UploadError, WaitTooLong

T = TypeVar("T")


@dataclass(frozen=True)
class BackoffSettings:
    """How long to wait between tries, and for how long to keep trying one step."""

    base: float = 2.0  # first wait, seconds
    cap: float = 300.0  # longest single wait
    give_up_after: float = 1800.0  # continuous failure of one step before the photo fails


@dataclass(frozen=True)
class Waiting:
    """A wait the user should hear about: why, and until when (time.time())."""

    error: UploadError
    seconds: float
    until: float
    attempt: int


class Retrier:
    """Runs one step, waiting and trying again while it fails with a retryable error."""

    def __init__(
        self,
        settings: BackoffSettings,
        control: Control,
        on_wait: Callable[[Waiting], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.control = control
        self.on_wait = on_wait
        self._rng = rng or random.Random()

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Equal jitter (half fixed, half random, so waits keep growing), never below Retry-After."""
        ceiling = min(self.settings.cap, self.settings.base * (2 ** min(attempt, 30)))
        d = ceiling / 2 + self._rng.uniform(0, ceiling / 2)
        if retry_after is not None:
            d = max(d, retry_after)
        return d

    def run(self, step: Callable[[], T], *, before_retry: Callable[[UploadError], None] | None = None) -> T:
        """Call `step` until it succeeds; a non-retryable error, or too long a failure, is raised.

        Every wait ends within the give-up time: a wiki that asks for a longer wait than that
        (Retry-After) stops the step at once with WaitTooLong, saying how long it asked for.
        """
        first_failure: float | None = None
        attempt = 0
        while True:
            self.control.checkpoint()
            try:
                return step()
            except UploadError as exc:
                if not exc.retryable:
                    raise
                now = time.monotonic()
                if first_failure is None:
                    first_failure = now
                spent = now - first_failure
                asked = exc.retry_after
                if asked is not None and asked > self.settings.give_up_after:
                    raise WaitTooLong(wait=duration_reason(asked), reason=exc.cause) from exc
                wait = self.delay(attempt, asked)
                if spent + wait > self.settings.give_up_after:
                    # The time really spent trying, not the setting: it may have been short.
                    raise GaveUp(duration=duration_reason(spent), reason=Reason.of(exc)) from exc
                if self.on_wait is not None:
                    self.on_wait(Waiting(exc, wait, time.time() + wait, attempt + 1))
                self.control.sleep(wait)
                attempt += 1
                if before_retry is not None:
                    before_retry(exc)


def duration_reason(seconds: float) -> Reason:
    """A duration as a volunteer reads it: 45 s, 12 min, 27.8 h (the unit translated)."""
    if seconds < 120:
        return reason("seconds", QT_TRANSLATE_NOOP("errors", "{n} s"), n=f"{seconds:.0f}")
    if seconds < 7200:
        return reason("minutes", QT_TRANSLATE_NOOP("errors", "{n} min"), n=f"{seconds / 60:.0f}")
    return reason("hours", QT_TRANSLATE_NOOP("errors", "{n} h"), n=f"{seconds / 3600:.1f}")
