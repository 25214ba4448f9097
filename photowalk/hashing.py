"""Streamed SHA-1 of a file: the key Commons uses to find duplicates."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha1_file(path: Path) -> str:
    """Hex SHA-1 of the file's bytes, read in blocks (never the whole file in memory)."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha1").hexdigest()
