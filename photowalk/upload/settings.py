"""What an upload batch may be tuned by, read from the project's settings."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path

from photowalk import __version__
from photowalk.bandwidth import KEY as KEY_BANDWIDTH_CAP
from photowalk.bandwidth import BandwidthError, parse_bandwidth
from photowalk.hashtags import with_hashtags
from photowalk.paths import cache_dir
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.upload.backoff import BackoffSettings
from photowalk.upload.bandwidth import TokenBucket
from photowalk.upload.wiki import ConnectionSettings

log = logging.getLogger(__name__)

MIB = 1024 * 1024
DEFAULT_CHUNK_SIZE = 4 * MIB
MAX_CONCURRENCY = 3  # Commons etiquette: one upload at a time by default, never many

# Project setting keys (JSON values in the project's `settings` table).
KEY_CHUNK_SIZE = "upload.chunk_size"
KEY_CONCURRENCY = "upload.concurrency"
KEY_STRIP_IDENTITY = "upload.strip_identity"  # strip serial numbers and owner names
KEY_BACKOFF = "upload.backoff"  # {"base": s, "cap": s, "give_up_after": s}
KEY_TIMEOUT = "upload.timeout"
# Structured data: the API of the wiki whose items depicts names, and of the wiki holding the files'
# statements; unset: Wikidata and the wiki itself for Commons, the wiki itself for any other.
KEY_ITEMS_API = "upload.items_api"
KEY_STATEMENTS_API = "upload.statements_api"


@dataclass(frozen=True)
class UploadSettings:
    chunk_size: int = DEFAULT_CHUNK_SIZE
    concurrency: int = 1
    strip_identity: bool = False
    backoff: BackoffSettings = field(default_factory=BackoffSettings)
    connection: ConnectionSettings = field(default_factory=ConnectionSettings)
    comment: str = f"Uploaded with photowalk {__version__}"
    max_restarts: int = 3  # times one photo's stash may be started over before it fails
    workdir: Path | None = None  # where copies without location are written
    items_api: str | None = None  # see KEY_ITEMS_API
    statements_api: str | None = None  # see KEY_STATEMENTS_API
    hashtags: tuple[str, ...] = ()  # the event's (project setting): after every upload comment and edit summary

    def summary(self, text: str) -> str:
        """An upload comment or edit summary as sent: the text, then the event's hashtags."""
        return with_hashtags(text, self.hashtags)

    def __post_init__(self) -> None:
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"concurrency must be 1 to {MAX_CONCURRENCY}")
        if self.chunk_size < 1024:
            raise ValueError("chunk size must be at least 1024 bytes")

    @property
    def bandwidth_cap(self) -> int:
        """Bytes per second all parallel uploads may send together; 0 for no cap."""
        bucket = self.connection.bandwidth
        return int(bucket.rate) if bucket is not None else 0

    def with_cap(self, rate: int) -> UploadSettings:
        """These settings with a cap of `rate` bytes/s on all a batch sends (0: none), one bucket for all its sessions."""
        bucket = TokenBucket(rate) if rate > 0 else None
        return dataclasses.replace(self, connection=dataclasses.replace(self.connection, bandwidth=bucket))

    @property
    def copies_dir(self) -> Path:
        return self.workdir or cache_dir() / "upload-copies"


def settings_from_project(store: ProjectStore) -> UploadSettings:
    """The project's upload settings; absent keys keep their defaults."""
    b = store.setting(KEY_BACKOFF) or {}
    defaults = BackoffSettings()
    backoff = BackoffSettings(
        base=float(b.get("base", defaults.base)),
        cap=float(b.get("cap", defaults.cap)),
        give_up_after=float(b.get("give_up_after", defaults.give_up_after)),
    )
    timeout = store.setting(KEY_TIMEOUT)
    connection = ConnectionSettings(timeout=float(timeout)) if timeout else ConnectionSettings()
    try:
        cap = parse_bandwidth(store.setting(KEY_BANDWIDTH_CAP) or 0)
    except BandwidthError:
        log.warning("project setting %s is not a bandwidth; no cap", KEY_BANDWIDTH_CAP)
        cap = 0
    return UploadSettings(
        chunk_size=int(store.setting(KEY_CHUNK_SIZE, DEFAULT_CHUNK_SIZE)),
        concurrency=max(1, min(MAX_CONCURRENCY, int(store.setting(KEY_CONCURRENCY, 1)))),
        strip_identity=bool(store.setting(KEY_STRIP_IDENTITY, False)),
        backoff=backoff,
        connection=connection,
        items_api=_text(store.setting(KEY_ITEMS_API)),
        statements_api=_text(store.setting(KEY_STATEMENTS_API)),
        hashtags=read_settings(store).hashtags,
    ).with_cap(cap)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
