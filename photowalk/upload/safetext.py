"""Text from a wiki made safe to show on a terminal or in a window, and to store in a project.

A wiki's answer is a stranger's text: escape sequences can clear a terminal or fake a password
prompt, bidi overrides can make a name read backwards, and an error message can be megabytes
long. Everything a server sends passes through `clean_text` (or `clean_value`) before photowalk
shows it, logs it or stores it.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from photowalk.reasons import Reason

INFO_LIMIT = 300  # an error's or warning's text, a reason, a title
URL_LIMIT = 2000
ITEMS_LIMIT = 20  # entries of a list or mapping kept from a wiki's value
DEPTH_LIMIT = 3  # nesting kept from a wiki's value
ELLIPSIS = "\u2026"

# Whole escape sequences first, so no "[2J" is left behind: CSI (ESC [ ... final), OSC and the
# other string sequences (ESC ] ... BEL or ESC \), and the two-character ones; then the 8-bit CSI.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
# C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, byte order mark,
# lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters in the middle, so both its start and its end stay."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    tail = limit - 1 - head
    return text[:head] + ELLIPSIS + (text[-tail:] if tail else "")


def clean_text(text: str, limit: int = INFO_LIMIT) -> str:
    """`text` without control characters, escape sequences or bidi overrides, on one line, at most
    `limit` characters."""
    # Cut a huge text before the regular expressions see it: only its ends are ever shown.
    text = shorten(text, 4 * limit + 64)
    text = _ESCAPES.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _UNSAFE.sub("", text)
    return shorten(text.strip(), limit)


def clean_value(value: Any, limit: int = INFO_LIMIT, _depth: int = 0) -> Any:
    """A value from a wiki's answer (text, number, list, mapping) with every text cleaned and the
    whole kept small and shallow."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        try:
            return value if abs(value) < 10**18 else clean_text(str(value), limit)
        except ValueError:  # more digits than Python turns into text
            return ELLIPSIS
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return clean_text(value, limit)
    if isinstance(value, (list, tuple)):
        if _depth >= DEPTH_LIMIT:
            return ELLIPSIS
        items = [clean_value(v, limit, _depth + 1) for v in value[:ITEMS_LIMIT]]
        return items + [ELLIPSIS] if len(value) > ITEMS_LIMIT else items
    if isinstance(value, dict):
        if _depth >= DEPTH_LIMIT:
            return ELLIPSIS
        out = {clean_text(str(k), 100): clean_value(v, limit, _depth + 1)
               for k, v in list(value.items())[:ITEMS_LIMIT]}
        if len(value) > ITEMS_LIMIT:
            out[ELLIPSIS] = ELLIPSIS
        return out
    return clean_text(type(value).__name__)


def clean_param(value: Any) -> Any:
    """An error's parameter as it may be shown and stored: texts cleaned, a reason's parameters
    cleaned (its template is photowalk's own), anything else kept simple."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return clean_value(value)
    if isinstance(value, Reason):
        return replace(value, params={clean_text(str(k), 100): clean_param(v) for k, v in value.params.items()})
    return clean_text(str(clean_value(value)))
