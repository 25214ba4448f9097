"""Per-user preferences and window state, kept with QSettings in the user's config folder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from photowalk.bandwidth import BandwidthError, parse_bandwidth
from photowalk.licences import DEFAULT_LICENCE
from photowalk.paths import config_dir
from photowalk.private import private_file
from photowalk.tiles import DEFAULT_CACHE_MB

COMMONS_API = "https://commons.wikimedia.org/w/api.php"
MAX_RECENT = 8

# Declared keys with their defaults; the default's type is the type a key reads back as
# (IniFormat stores everything as text).
DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system locale
    "licence": DEFAULT_LICENCE,
    "author": "",
    "wiki": COMMONS_API,
    "upload_concurrency": 1,
    "upload_bandwidth_cap": "",  # this laptop's cap on all uploads together (Mbit/s); "" or 0: the project's
    "thumbnail_cache_mb": 500,  # on disk; decoded thumbnails in memory have their own bound
    "thumbnail_memory_mb": 96,
    "sort": "time",
    "filter": "all",
    "last_folder": "",  # where photos were last imported from (a camera card, often)
    "last_project_folder": "",  # where a project was last opened or saved
    "recent": [],
    "update_check": False,  # ask the package index once a week whether a newer photowalk is out
    "update_checked_at": 0,  # when it last answered (seconds since 1970); 0: never
    "map_tile_url": "",  # the map's tile server, {z}/{x}/{y}; "" is OpenStreetMap's (or PHOTOWALK_TILE_URL)
    "map_attribution": "",  # what another server's tiles must credit; OpenStreetMap's is always shown for its own
    "guide_seen": False,  # the first-run guide was finished or skipped: it opens by itself no more (Help has it)
    "map_cache_mb": DEFAULT_CACHE_MB,  # the map's tiles on disk, all servers together
}


def cap_setting(settings: Settings) -> int:
    """This laptop's upload bandwidth cap in bytes/s; 0 when none is set (the project's applies)."""
    try:
        return parse_bandwidth(settings.get("upload_bandwidth_cap") or 0)
    except BandwidthError:
        return 0


class Settings:
    """Typed access to the declared keys; window geometry is stored apart from preferences."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            # QSettings writes a new file readable by all but keeps the mode of one that exists.
            path = private_file(config_dir() / "photowalk-ui.ini")
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.q = qsettings

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.q.value(f"settings/{key}", default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return "" if value is None else str(value)

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.q.setValue(f"settings/{key}", value)

    def add_recent(self, path: str) -> None:
        """Put a project first in the recent list."""
        recent = [p for p in self.get("recent") if p != path]
        self.set("recent", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set("recent", [p for p in self.get("recent") if p != path])

    # Window state is "persist", not a preference: never shown in the Settings dialog.
    def window_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self.q.sync()
