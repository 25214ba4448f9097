"""Where photowalk's resources (translations, icons, presets) are, for the core, the command line and the window."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The resources folder: in the PyInstaller bundle, else installed as photowalk/resources, else the checkout's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # where a wheel puts resources/ (pyproject's package-dir)
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


def guide_dir() -> Path:
    return resource_dir() / "guide"
