"""Keeping an on-disk cache within a size: the files used longest ago go first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Pruned:
    removed: list[tuple[Path, int]] = field(default_factory=list)  # (file, its size) of each deleted
    kept: int = 0  # bytes still in the cache


def prune_least_used(files: Iterable[Path], max_bytes: int, cancel: Callable[[], bool] | None = None) -> Pruned:
    """Delete `files` used longest ago (the later of last read and last written) until the rest fit in
    `max_bytes`. A file another thread removed meanwhile counts as deleted; one that cannot be deleted stays."""
    entries: list[tuple[float, int, Path]] = []
    for path in files:
        if cancel is not None and cancel():
            return Pruned(kept=sum(size for _, size, _ in entries))
        try:
            st = path.lstat()
        except OSError:
            continue
        entries.append((max(st.st_atime, st.st_mtime), st.st_size, path))
    total = sum(size for _, size, _ in entries)
    result = Pruned()
    for _, size, path in sorted(entries, key=lambda e: (e[0], str(e[2]))):
        if total <= max_bytes or (cancel is not None and cancel()):
            break
        try:
            path.unlink()
        except FileNotFoundError:
            pass  # removed meanwhile (the map's threads replace tiles)
        except OSError:
            continue
        total -= size
        result.removed.append((path, size))
    result.kept = total
    return result
