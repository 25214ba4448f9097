"""What an import reports while it runs and when it ends (light: the window reads these from its worker)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from photowalk.project import ChangedFile
from photowalk.reasons import Reason

__all__ = ["ImportProgress", "ImportReport"]


@dataclass(frozen=True)
class ImportProgress:
    """Where an import is: the phase ("scan" or "read"), files done of total, the current file."""

    phase: str
    done: int
    total: int
    path: Path | None = None


@dataclass
class ImportReport:
    """What an import did, file by file."""

    added: list[tuple[int, Path]] = field(default_factory=list)
    relinked: list[tuple[int, Path]] = field(default_factory=list)
    # Photos whose file was edited after import, updated in place: (id, path, what it was before).
    changed: list[tuple[int, Path, ChangedFile]] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)  # (new path, path already in project)
    rejected: list[tuple[int, Path, Reason]] = field(default_factory=list)  # recorded, but cannot be uploaded
    failed: list[tuple[Path, Reason]] = field(default_factory=list)  # could not be read: not recorded
    skipped: list[tuple[Path, Reason]] = field(default_factory=list)  # sidecars, junk, not photos
    unchanged: int = 0
    cancelled: bool = False

    @property
    def recorded(self) -> int:
        return len(self.added) + len(self.relinked) + len(self.changed)
