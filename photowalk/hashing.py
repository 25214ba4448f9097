"""Streamed SHA-1 of a file: the key Commons uses to find duplicates."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from photowalk.files import GREW, Stopped, open_regular

_BLOCK = 1 << 20


def sha1_file(path: Path, *, cancel: Callable[[], bool] | None = None) -> str:
    """Hex SHA-1 of the file's bytes, read in blocks (never the whole file in memory)."""
    return sha1_and_stat(path, cancel=cancel)[0]


def sha1_and_stat(path: Path, *, cancel: Callable[[], bool] | None = None) -> tuple[str, os.stat_result]:
    """Hex SHA-1 of a regular file and its stat when opened: the size and time that go with the hash.

    Reads exactly the size the file had when opened; a file that grows or shrinks meanwhile is
    being written to, and raises OSError. `cancel` is asked between blocks (Stopped when it says so).
    """
    h = hashlib.sha1()
    view = memoryview(bytearray(_BLOCK))
    with open_regular(path) as f:
        st = os.fstat(f.fileno())
        left = st.st_size
        while True:
            n = f.readinto(view)
            if not n:
                break
            left -= n
            if left < 0:
                raise OSError(errno.EIO, GREW, os.fspath(path))
            h.update(view[:n])
            if cancel is not None and cancel():
                raise Stopped
    if left:
        raise OSError(errno.EIO, GREW, os.fspath(path))  # cut short while it was read
    return h.hexdigest(), st
