"""File paths as stored (lossless, whatever bytes the name holds) and as shown (always printable).

A camera, a phone or a zip made on Windows may name files in a legacy encoding (cp1251, cp866,
Shift-JIS). Python hands such names over with the undecodable bytes as lone surrogates
(PEP 383); they open fine, but cannot be encoded as UTF-8 for SQLite, a terminal, JSON or Qt.
The project keeps the exact bytes, and every place that shows a path shows `shown(path)`.
"""

from __future__ import annotations

import os
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def has_undecodable(text: str) -> bool:
    """True if the text holds bytes of a file name that are not UTF-8 (as lone surrogates)."""
    return _SURROGATE.search(text) is not None


def shown(path: str | os.PathLike[str]) -> str:
    """The path as a person sees it: each undecodable byte becomes the replacement character."""
    text = os.fspath(path)
    if not has_undecodable(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte (not from the file system)
        return _SURROGATE.sub(REPLACEMENT, text)


def shown_params(params: dict[str, Any]) -> dict[str, Any]:
    """Message parameters with every path-like text made printable."""
    return {k: shown(v) if isinstance(v, str) else v for k, v in params.items()}


def to_db(path: str) -> str | bytes:
    """The value stored in the project: the text itself, or the file system's bytes when it is not UTF-8."""
    return os.fsencode(path) if has_undecodable(path) else path


def from_db(value: str | bytes) -> str:
    """A stored path back as the text the file system functions take."""
    return os.fsdecode(value) if isinstance(value, bytes) else value
