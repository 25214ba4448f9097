"""Event presets: a TOML file a trainer hands out, filling in what every photo of the event shares.

    name = "Dushanbe photowalk, May 2025"     # the event; {event} in title patterns
    place = "Dushanbe"                        # {place} in title patterns
    country = "Tajikistan"                    # {{Taken on|...|location=...}}
    licence = "cc-by-sa-4.0"
    languages = ["tg", "ru", "en"]            # description languages, in this order
    title_pattern = "{description} - {place} {date} {n}"
    categories = ["Photowalks in Dushanbe", "Dushanbe"]
    templates = ["{{Wiki Loves Tajikistan}}"] # extra wikitext, one entry per line
    description_prefix = { tg = "...", en = "..." }   # or one string, for the first language

Every key is optional; an unknown key is an error, so a typo is never silently ignored.
Applying a preset never overwrites what a volunteer wrote: it fills empty fields, adds
categories and templates a photo lacks, and puts the prefix before descriptions that lack it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from photowalk.edits import UnknownPhotoError, add_categories, normalize_categories
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import UnknownLicenceError, normalize_licence
from photowalk.names import InvalidNameError, normalize_language
from photowalk.project import ProjectStore
from photowalk.text import normalize
from photowalk.titles import TitlePatternError, make_titles, parse_pattern


class PresetError(PhotowalkError):
    code = "preset"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} cannot be used: {reason}")


class PresetSyntaxError(PresetError):
    code = "preset-syntax"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} is not valid TOML: {reason}")


class PresetFieldError(PresetError):
    code = "preset-field"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} has a bad \u201c{field}\u201d: {reason}")


@dataclass(frozen=True)
class Preset:
    """What a preset file holds, checked and normalised."""

    name: str | None = None
    place: str | None = None
    country: str | None = None
    licence: str | None = None
    languages: tuple[str, ...] = ()
    title_pattern: str | None = None
    categories: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    description_prefix: dict[str, str] = field(default_factory=dict)


@dataclass
class PresetResult:
    """How many photos each part of a preset changed, and which project settings it set."""

    licences: int = 0
    categories: int = 0
    templates: int = 0
    prefixes: int = 0
    titles: int = 0
    settings: list[str] = field(default_factory=list)


_STRING_KEYS = ("name", "place", "country", "licence", "title_pattern")
_LIST_KEYS = ("languages", "categories", "templates")
_KEYS = frozenset(_STRING_KEYS + _LIST_KEYS + ("description_prefix",))


def _string(data: dict[str, Any], key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise PresetFieldError(path=path, field=key, reason="it must be text in quotes")
    return normalize(value) or None


def _strings(data: dict[str, Any], key: str, path: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PresetFieldError(path=path, field=key, reason='it must be a list of texts, like ["a", "b"]')
    return [t for t in (normalize(v) for v in value) if t]


def parse_preset(data: dict[str, Any], path: str = "<preset>") -> Preset:
    """Check the parsed TOML of a preset; raises PresetFieldError naming the bad field."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise PresetFieldError(
            path=path, field=unknown[0], reason=f"not a preset key (known: {', '.join(sorted(_KEYS))})"
        )
    strings = {k: _string(data, k, path) for k in _STRING_KEYS}
    lists = {k: _strings(data, k, path) for k in _LIST_KEYS}
    try:
        licence = normalize_licence(strings["licence"]) if strings["licence"] else None
    except UnknownLicenceError as exc:
        raise PresetFieldError(path=path, field="licence", reason=exc.message) from exc
    try:
        languages = tuple(dict.fromkeys(normalize_language(c) for c in lists["languages"]))
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="languages", reason=exc.message) from exc
    try:
        categories = tuple(normalize_categories(lists["categories"]))
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="categories", reason=exc.message) from exc
    if strings["title_pattern"]:
        try:
            parse_pattern(strings["title_pattern"])
        except TitlePatternError as exc:
            raise PresetFieldError(path=path, field="title_pattern", reason=exc.message) from exc

    raw_prefix = data.get("description_prefix", {})
    if isinstance(raw_prefix, str):
        if not languages:
            raise PresetFieldError(
                path=path, field="description_prefix",
                reason="a single prefix needs `languages` to say which language it is in",
            )
        raw_prefix = {languages[0]: raw_prefix}
    if not isinstance(raw_prefix, dict) or not all(isinstance(v, str) for v in raw_prefix.values()):
        raise PresetFieldError(
            path=path, field="description_prefix", reason='it must be text, or a table like { tg = "...", en = "..." }'
        )
    try:
        # The prefix's own trailing space matters ("Photowalk: " + text), so only the start is trimmed.
        prefix = {
            normalize_language(k): normalize(v, strip=False).lstrip() for k, v in raw_prefix.items() if normalize(v)
        }
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="description_prefix", reason=exc.message) from exc

    return Preset(
        name=strings["name"],
        place=strings["place"],
        country=strings["country"],
        licence=licence,
        languages=languages,
        title_pattern=strings["title_pattern"],
        categories=categories,
        templates=tuple(lists["templates"]),
        description_prefix=prefix,
    )


def load_preset(path: str | Path) -> Preset:
    """Read and check a preset file; raises PresetError (or a subclass) saying what is wrong."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise PresetError(path=str(p), reason=exc.strerror or str(exc)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PresetSyntaxError(path=str(p), reason="it is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PresetSyntaxError(path=str(p), reason=str(exc)) from exc
    return parse_preset(data, str(p))


# Project settings a preset fills when they are not set yet.
_SETTINGS = {
    "event": "name",
    "place": "place",
    "country": "country",
    "licence": "licence",
    "languages": "languages",
    "title_pattern": "title_pattern",
    "description_prefix": "description_prefix",
}


def _fill_settings(store: ProjectStore, preset: Preset, result: PresetResult) -> None:
    for key, attr in _SETTINGS.items():
        value = getattr(preset, attr)
        if value and store.setting(key) is None:
            store.set_setting(key, list(value) if isinstance(value, tuple) else value)
            result.settings.append(key)


def apply_preset(store: ProjectStore, preset: Preset, ids: Iterable[int] | None = None) -> PresetResult:
    """Fill what the preset covers on the chosen photos (all by default), overwriting nothing."""
    everyone = store.photos()
    wanted = [p.id for p in everyone] if ids is None else list(dict.fromkeys(ids))
    missing = set(wanted) - {p.id for p in everyone}
    if missing:
        raise UnknownPhotoError(ids=", ".join(map(str, sorted(missing))))
    chosen = [p for p in everyone if p.id in set(wanted)]
    result = PresetResult()
    _fill_settings(store, preset, result)

    if preset.categories:
        result.categories = sum(1 for p in chosen if set(preset.categories) - set(p.categories))
        add_categories(store, wanted, preset.categories)

    with store.transaction() as c:
        for p in chosen:
            if preset.licence and not p.licence:
                c.execute("UPDATE photos SET licence=? WHERE id=?", (preset.licence, p.id))
                result.licences += 1
            extra = p.extra_wikitext or ""
            lacking = [t for t in preset.templates if t not in extra]
            if lacking:
                c.execute(
                    "UPDATE photos SET extra_wikitext=? WHERE id=?", ("\n".join(filter(None, [extra, *lacking])), p.id)
                )
                result.templates += 1
            for lang, prefix in preset.description_prefix.items():
                text = p.descriptions.get(lang)
                if text and not text.startswith(prefix.strip()):
                    c.execute(
                        "UPDATE descriptions SET text=? WHERE photo_id=? AND lang=?",
                        (normalize(prefix + text), p.id, lang),
                    )
                    result.prefixes += 1

    if preset.title_pattern:
        untitled = [p for p in store.photos(wanted) if not p.title]
        titles = make_titles(
            untitled,
            preset.title_pattern,
            place=preset.place or store.setting("place"),
            event=preset.name or store.setting("event"),
            lang=preset.languages[0] if preset.languages else None,
            existing=[p.title for p in everyone if p.title],
            description_prefix=preset.description_prefix,
        ) if untitled and _pattern_fillable(store, preset) else {}
        with store.transaction() as c:
            c.executemany("UPDATE photos SET title=? WHERE id=? AND title IS NULL", [(t, i) for i, t in titles.items()])
        result.titles = len(titles)
    return result


def _pattern_fillable(store: ProjectStore, preset: Preset) -> bool:
    """False when the pattern needs a {place} or {event} neither the preset nor the project has."""
    names = parse_pattern(preset.title_pattern or "").names
    if "place" in names and not (preset.place or store.setting("place")):
        return False
    return not ("event" in names and not (preset.name or store.setting("event")))
