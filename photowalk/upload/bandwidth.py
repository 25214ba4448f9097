"""One bandwidth cap for everything a batch sends: a token bucket the parallel uploads share.

The requests' bodies are sent in small pieces, each waiting for its bytes' tokens (http.py), so
the cap holds within every second, not only on average over a chunk.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

PIECE = 16 * 1024  # bytes sent per token request
BURST_SECONDS = 0.1  # the bucket holds this much of the rate (at least one piece)


class TokenBucket:
    """`rate` bytes per second, shared by threads; take(n) returns when n bytes may go."""

    def __init__(self, rate: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("a cap must be positive")
        self.rate = float(rate)
        self.capacity = max(float(PIECE), self.rate * BURST_SECONDS)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = self.capacity
        self._at = clock()

    def take(self, n: int) -> float:
        """Count `n` bytes against the cap, waiting as long as needed; the seconds waited.

        Bytes are booked at once (the bucket may go below zero), so waiting threads go in the
        order they asked, and their waits add up to exactly what the rate allows."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
            self._at = now
            self._tokens -= n
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
        if wait > 0:
            self._sleep(wait)
        return wait
