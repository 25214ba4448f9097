"""Per-user folders for the thumbnail cache, settings and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from photowalk import APP_NAME
from photowalk.private import make_private


def cache_dir() -> Path:
    """Where thumbnails are cached; PHOTOWALK_CACHE_DIR overrides it (tests, portable use)."""
    override = os.environ.get("PHOTOWALK_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where per-user settings live; PHOTOWALK_CONFIG_DIR overrides it."""
    override = os.environ.get("PHOTOWALK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Where the log file is written."""
    override = os.environ.get("PHOTOWALK_CACHE_DIR")
    base = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return base / "logs" if override else base


def tighten_user_folders() -> None:
    """Take other users' access to photowalk's cache and config folders away where an older
    photowalk left them open (0755): what is inside is then out of their reach too. Missing ones stay missing."""
    for folder in (cache_dir(), config_dir()):
        make_private(folder)
