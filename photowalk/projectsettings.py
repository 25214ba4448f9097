"""What a project says about all its photos (licence, author, event, ...), read and written in one place.

The values live in the project file's `settings` table, one JSON value per key. Reading never
fails: a value of the wrong type (a hand-edited or damaged file) reads as unset, and the checks
report stored values photowalk cannot use. The upload layer's own `upload.*` keys are not here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields, replace
from typing import Any

from photowalk.depicts import DepictedItem
from photowalk.errors import PhotowalkError
from photowalk.hashtags import normalize_hashtag
from photowalk.names import normalize_category
from photowalk.phototime import is_time_zone
from photowalk.project import ProjectStore
from photowalk.text import normalize
from photowalk.wikiaddress import wiki_api


@dataclass(frozen=True)
class ProjectSettings:
    """The project-wide values; a photo's own value, where it has one, wins over these."""

    licence: str | None = None  # default licence code (cc-by-sa-4.0, ...)
    author: str | None = None  # Commons user name credited when a photo names none
    country: str | None = None  # {{Taken on|...|location=...}}
    place: str | None = None  # {place} in title patterns
    event: str | None = None  # {event} in title patterns
    languages: tuple[str, ...] = ()  # description languages offered, in this order
    title_pattern: str | None = None  # the pattern the window offers
    description_prefix: dict[str, str] = field(default_factory=dict)  # lang -> text put before new descriptions
    preset_file: str | None = None  # the event preset that fills newly imported photos
    time_zone: str | None = None  # IANA zone of camera times without an offset (photowalk.phototime; default Asia/Dushanbe)
    convert_heic: bool = False  # import HEIC/HEIF photos as JPEG copies (photowalk.heic); the originals stay as they are
    converted_folder: str | None = None  # where those copies go; None: a JPEG folder beside the project
    depicts: tuple[DepictedItem, ...] = ()  # items the event's preset offers for depicts, with labels (offline)
    # The event's own (photowalk.presets): set whenever its preset is applied to the project.
    wiki: str | None = None  # the API address uploads go to (photowalk.wikiaddress); None: the app's choice
    tracking_categories: tuple[str, ...] = ()  # on every page, whatever the photo's own categories
    hashtags: tuple[str, ...] = ()  # "#WLTJ2025": after every upload comment and edit summary
    gallery_title: str | None = None  # the caption of the uploaded files' <gallery>
    caption_prefix: dict[str, str] = field(default_factory=dict)  # lang -> text put before new captions

    def prefix(self, lang: str) -> str:
        """The event's description prefix in this language ('' for none)."""
        return self.description_prefix.get(lang, "")

    def caption_start(self, lang: str) -> str:
        """The event's caption prefix in this language ('' for none)."""
        return self.caption_prefix.get(lang, "")

    def updated(self, **changes: Any) -> ProjectSettings:
        return replace(self, **changes)


KEYS = tuple(f.name for f in fields(ProjectSettings))


def _text(value: Any) -> str | None:
    return (normalize(value) or None) if isinstance(value, str) else None


def _decode(key: str, value: Any) -> Any:
    """A stored JSON value as the field's type; None (unset) when it has another type."""
    if key == "languages":
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(dict.fromkeys(t for t in (normalize(v) for v in value) if t))
        return ()
    if key in ("description_prefix", "caption_prefix"):
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            # The prefix's own trailing space matters ("Photowalk: " + text).
            return {k: normalize(v, strip=False).lstrip() for k, v in value.items() if normalize(v)}
        return {}
    if key == "convert_heic":
        return True if value is True else None
    if key == "depicts":
        items = [DepictedItem.from_json(v) for v in value] if isinstance(value, list) else []
        return tuple({i.id: i for i in items if i is not None}.values())
    if key == "wiki":
        return wiki_api(_text(value))
    if key == "tracking_categories":
        return _valid(value, normalize_category)
    if key == "hashtags":
        return _valid(value, normalize_hashtag)
    if key == "time_zone":
        text = _text(value)
        return text if text is not None and is_time_zone(text) else None
    return _text(value)


def _valid(value: Any, check: Callable[[str], str]) -> tuple[str, ...]:
    """A stored list of names, each as `check` makes it; names it refuses are left out."""
    names: list[str] = []
    for v in value if isinstance(value, list) else []:
        try:
            if isinstance(v, str):
                names.append(check(v))
        except PhotowalkError:
            continue
    return tuple(dict.fromkeys(names))


def _encode(value: Any) -> Any:
    if isinstance(value, tuple):
        return [v.to_json() if isinstance(v, DepictedItem) else v for v in value] or None
    if isinstance(value, dict):
        return dict(value) or None
    if value is False:
        return None
    return value


def read_settings(store: ProjectStore) -> ProjectSettings:
    """The project's settings, in one query."""
    marks = ",".join("?" * len(KEYS))
    values: dict[str, Any] = {}
    for key, raw in store.conn.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", KEYS):
        try:
            values[key] = _decode(key, json.loads(raw))
        except ValueError:
            continue  # not JSON: as if unset
    return ProjectSettings(**{k: v for k, v in values.items() if v not in (None, (), {})})


def write_settings(store: ProjectStore, settings: ProjectSettings, keys: Collection[str] | None = None) -> None:
    """Store the settings (only the fields in `keys`, when given) in one transaction; unset removes the key."""
    names = [k for k in KEYS if keys is None or k in keys]
    with store.transaction() as c:
        for key in names:
            value = _encode(getattr(settings, key))
            if value is None:
                c.execute("DELETE FROM settings WHERE key=?", (key,))
            else:
                c.execute(
                    "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )


def update_settings(store: ProjectStore, **changes: Any) -> ProjectSettings:
    """Change some settings (None or empty unsets one) and return all of them as stored now."""
    unknown = set(changes) - set(KEYS)
    if unknown:
        raise TypeError(f"not a project setting: {', '.join(sorted(unknown))}")
    typed = {k: _decode(k, _encode(v)) for k, v in changes.items()}
    write_settings(store, read_settings(store).updated(**typed), typed)
    return read_settings(store)
