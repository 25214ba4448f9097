"""Per-user folders for the thumbnail cache, settings and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from photowalk import APP_NAME


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
