"""How much memory decoding pictures may take at once, shared by every thread of the process.

A small file can describe a huge picture (a 2.6 MB PNG of 30000 x 30000 pixels decodes to
3.6 GB). Each decode reserves what it will need before it starts; decodes wait for each
other when together they would pass the budget, and a picture needing more than the whole
budget is never decoded at full size.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image

# Decoded pictures of the whole process (import workers and the window's thumbnail threads together).
DECODE_BUDGET_BYTES = 640 << 20

# Bytes per pixel of Pillow's image memory by mode; every other mode takes 4.
_PIXEL_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2, "I;16N": 2}
# Modes whose thumbnail goes through a full-size working copy: premultiplied alpha for
# resampling, 16-bit grey widened to 32 bits.
_COPIED_MODES = {"RGBA": 4, "LA": 4, "PA": 4, "I;16": 4, "I;16B": 4, "I;16L": 4, "I;16N": 4}
_SLACK = 1 << 20


def decode_bytes(im: Image.Image) -> int:
    """Memory that decoding `im` at its current size (after draft, for a JPEG) and thumbnailing it needs."""
    w, h = im.size
    pixels = w * h
    need = pixels * _PIXEL_BYTES.get(im.mode, 4) + pixels * _COPIED_MODES.get(im.mode, 0)
    if im.format == "TIFF":
        need += pixels * 8  # libtiff's strip buffer can hold a whole picture of up to 64 bits a pixel
    return need + _SLACK


class MemoryBudget:
    """Bytes reserved by decodes running now; a reservation waits until it fits."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.used = 0
        self._cond = threading.Condition()

    def fits(self, need: int) -> bool:
        """True if a decode of `need` bytes can ever run."""
        return need <= self.total

    @contextmanager
    def reserve(self, need: int) -> Iterator[None]:
        """Hold `need` bytes while the block runs (ValueError if it can never fit)."""
        if not self.fits(need):
            raise ValueError(f"{need} bytes is more than the whole budget of {self.total}")
        with self._cond:
            while self.used + need > self.total:
                self._cond.wait()
            self.used += need
        try:
            yield
        finally:
            with self._cond:
                self.used -= need
                self._cond.notify_all()


DECODE_BUDGET = MemoryBudget(DECODE_BUDGET_BYTES)
