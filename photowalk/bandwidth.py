"""A laptop's upload bandwidth cap: how it is written in a setting or an event preset, in bytes per second.

Written as a number of Mbit/s (`bandwidth_cap = 4`), or as text with its unit: "4 Mbit/s",
"512 KiB/s", "1.5 MB/s". 0 means no cap.
"""

from __future__ import annotations

import math
import re

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP

KEY = "upload.bandwidth_cap"  # project setting, as written (a number of Mbit/s or a text with its unit)
MIN_CAP = 8 * 1024  # bytes/s: below this a chunk takes longer than any request may

_UNITS = {
    "bit/s": 1 / 8, "kbit/s": 1000 / 8, "mbit/s": 1e6 / 8, "gbit/s": 1e9 / 8,
    "b/s": 1, "kb/s": 1000, "mb/s": 1e6, "kib/s": 1024, "mib/s": 1024 * 1024,
}
_PATTERN = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*([a-z/]*)\s*$", re.IGNORECASE)


class BandwidthError(PhotowalkError):
    code = "bandwidth"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{value}\u201d is not a bandwidth: write a number of Mbit/s, or e.g. \u201c512 KiB/s\u201d; 0 for no cap.")


def parse_bandwidth(value: object) -> int:
    """Bytes per second from a number (Mbit/s) or a text with its unit; 0 for none. BandwidthError otherwise."""
    if isinstance(value, bool):
        raise BandwidthError(value=str(value))
    if isinstance(value, (int, float)):
        number, unit = float(value), "mbit/s"
    elif isinstance(value, str):
        m = _PATTERN.match(value)
        if not m or (m.group(2) and m.group(2).lower() not in _UNITS):
            raise BandwidthError(value=value[:40])
        number, unit = float(m.group(1).replace(",", ".")), (m.group(2) or "mbit/s").lower()
    else:
        raise BandwidthError(value=type(value).__name__)
    if not math.isfinite(number) or number < 0:
        raise BandwidthError(value=str(value)[:40])
    rate = int(number * _UNITS[unit])
    if rate == 0:
        return 0
    return max(MIN_CAP, rate)


def bandwidth_text(rate: int) -> str:
    """A cap as shown beside its figure: "4 Mbit/s" (to one decimal), "" for none."""
    if rate <= 0:
        return ""
    mbit = rate * 8 / 1e6
    return f"{mbit:.1f}".rstrip("0").rstrip(".") + " Mbit/s"
