"""The end of an event on a shared computer: every participant logged out, every secret photowalk
kept in the keyring removed, and, if asked, the participants themselves and the thumbnails of
everyone's photos."""

from __future__ import annotations

from dataclasses import dataclass

from photowalk.profiles import forget_everyone, log_out_everyone, read_book
from photowalk.thumbnails import ThumbnailCache
from photowalk.upload import credentials
from photowalk.upload.credentials import Forgotten

MB = 1_000_000


@dataclass(frozen=True)
class EventEnded:
    """What the end of the event removed."""

    profiles: int  # participants logged out (their names and project lists stay unless `participants_forgotten`)
    forgotten: Forgotten
    thumbnails_emptied: bool = False  # the thumbnail cache was asked to go too
    thumbnail_files: int = 0
    thumbnail_bytes: int = 0
    participants_forgotten: int = 0  # participants removed with their names, accounts and project lists

    @property
    def thumbnail_mb(self) -> float:
        return self.thumbnail_bytes / MB


def end_event(*, thumbnails: bool = False, participants: bool = False,
              cache: ThumbnailCache | None = None) -> EventEnded:
    """Log every profile out and remove every photowalk secret from the keyring (bot passwords,
    browser logins, OAuth client secrets); with `participants`, remove the profiles too, and with
    `thumbnails`, empty the thumbnail cache. A keyring that refuses raises its typed error
    (KeyringUnavailable) before anything is reported done, and before any profile is removed."""
    forgotten = credentials.forget_everything(read_book().accounts())
    profiles = log_out_everyone()
    gone = forget_everyone() if participants else 0
    files = size = 0
    if thumbnails:
        cache = cache or ThumbnailCache()
        size = cache.size_bytes()
        files = cache.prune(0)
    return EventEnded(profiles, forgotten, thumbnails, files, size, gone)
