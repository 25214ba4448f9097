"""Where a new project is suggested: a folder of the volunteer's own (Pictures, Documents), never the camera
card nor the folder the photos are imported from, under the event's name or the day's date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from photowalk.filenames import safe_file_name
from photowalk.filesystems import filesystem_of
from photowalk.project import PROJECT_SUFFIX

NAME_LIMIT = 100  # characters of a suggested name, before the suffix


def suggested_name(event: str | None, day: date) -> str:
    """"Photowalk 2025-05-11.photowalk", or the event's name made safe as a file name."""
    return safe_file_name((event or "")[:NAME_LIMIT], PROJECT_SUFFIX, fallback=f"Photowalk {day.isoformat()}",
                          readable=True)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def suggested_folder(candidates: Sequence[Path], avoid: Iterable[Path], fallback: Path) -> Path:
    """The first candidate that is a folder on a local disk and not inside a folder to avoid (the camera
    card, the import folder); else `fallback` (the home folder)."""
    avoided = [p.resolve() for p in avoid if str(p)]
    for folder in candidates:
        if not str(folder) or not folder.is_dir():
            continue
        where = folder.resolve()
        if any(_inside(where, a) for a in avoided):
            continue
        if filesystem_of(where).needs_safe_mode:
            continue  # a memory stick, a card or a network folder
        return folder
    return fallback
