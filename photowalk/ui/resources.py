"""Where the translations and icons are, in a source checkout and in the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else beside the package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


def icon_path(name: str) -> Path:
    return resource_dir() / "icons" / name


def presets_dir() -> Path:
    return resource_dir() / "presets"
