"""Where the translations and icons are: in the frozen bundle, an installed package or a source checkout."""

from __future__ import annotations

from pathlib import Path

from photowalk.resourcepaths import i18n_dir as i18n_dir
from photowalk.resourcepaths import resource_dir as resource_dir


def icon_path(name: str) -> Path:
    return resource_dir() / "icons" / name


def presets_dir() -> Path:
    return resource_dir() / "presets"
