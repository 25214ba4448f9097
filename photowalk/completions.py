"""Category names offered while one is typed: the project's and its event preset's first, then the wiki's."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from photowalk.errors import PhotowalkError
from photowalk.photo import Photo
from photowalk.presets import load_preset


def project_categories(photos: Iterable[Photo], preset_file: str | None) -> list[str]:
    """The categories the project's photos have and those of its event preset, by name."""
    names = {c for p in photos for c in p.categories}
    if preset_file and Path(preset_file).is_file():
        try:
            names.update(load_preset(preset_file).categories)
        except PhotowalkError:
            pass  # a preset that cannot be read any more only offers nothing
    return sorted(names, key=str.casefold)


def offered_categories(project: list[str], wiki: Iterable[str]) -> list[str]:
    """The project's names, then the wiki's that the project does not have (whatever their case)."""
    known = {c.casefold() for c in project}
    return project + [c for c in wiki if c.casefold() not in known]
