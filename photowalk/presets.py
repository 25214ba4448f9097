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
    depicts = [{ id = "Q1", labels = { tg = "Боғи Рӯдакӣ", en = "Rudaki Park" } }]  # offered offline
    bandwidth_cap = "4 Mbit/s"                # all uploads of one laptop together; a number is Mbit/s

Every key is optional; an unknown key is an error, so a typo is never silently ignored. A preset
is read only from a regular file of at most MAX_PRESET_BYTES, and every way it can be wrong is a
PresetError naming the file.

A preset applies in one order, wherever it is applied (`apply_preset`): the user's explicit
values win, the preset fills the rest, and the description prefix goes before a description
when it is first written. So: (1) the preset fills the project settings that are not set (the
prefix and title pattern become the project's); (2) the user's own values for this change are
written, a first description getting the prefix; (3) the preset fills the photos: an empty
licence, the categories and templates a photo lacks, the prefix before descriptions without it,
and titles from its pattern for photos without one (unless the user gave titles). It never
overwrites what a volunteer wrote.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from photowalk.bandwidth import KEY as BANDWIDTH_KEY
from photowalk.bandwidth import BandwidthError, parse_bandwidth
from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.edits import UnknownPhotoError, add_categories, normalize_categories
from photowalk.errors import PhotowalkError
from photowalk.files import os_reason
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import UnknownLicenceError, normalize_licence
from photowalk.names import InvalidNameError, normalize_language
from photowalk.photo import Photo
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings, write_settings
from photowalk.reasons import Reason, reason
from photowalk.text import normalize
from photowalk.titles import TitlePatternError, make_titles, parse_pattern
from photowalk.wikimarkup import markup_fault

# A preset is a page of text; anything bigger is the wrong file (or a device that never ends).
MAX_PRESET_BYTES = 1_000_000


class PresetError(PhotowalkError):
    code = "preset"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} cannot be used: {reason}")


class PresetSyntaxError(PresetError):
    code = "preset-syntax"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} is not valid TOML: {reason}")


class PresetFieldError(PresetError):
    code = "preset-field"
    template = QT_TRANSLATE_NOOP("errors", "The preset {path} has a bad \u201c{field}\u201d: {reason}")


class PresetTooLargeError(PresetError):
    code = "preset-too-large"
    template = QT_TRANSLATE_NOOP(
        "errors", "The preset {path} is larger than {max} bytes, which no preset is. Is it the right file?"
    )


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
    depicts: tuple[DepictedItem, ...] = ()  # items offered for depicts (not added to photos by themselves)
    bandwidth_cap: str | float | None = None  # as written; photowalk.bandwidth reads it


@dataclass
class PresetResult:
    """How many photos each part of a preset changed (or would change), and which project settings it set."""

    licences: int = 0
    categories: int = 0
    templates: int = 0
    prefixes: int = 0
    titles: int = 0
    settings: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(self.licences or self.categories or self.templates or self.prefixes or self.titles or self.settings)


_STRING_KEYS = ("name", "place", "country", "licence", "title_pattern")
_LIST_KEYS = ("languages", "categories", "templates")
_KEYS = frozenset(_STRING_KEYS + _LIST_KEYS + ("description_prefix", "depicts", "bandwidth_cap"))


def _string(data: dict[str, Any], key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise PresetFieldError(path=path, field=key, reason=Reason(
            "not-text", QT_TRANSLATE_NOOP("errors", "it must be text in quotes")))
    return normalize(value) or None


def _strings(data: dict[str, Any], key: str, path: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PresetFieldError(path=path, field=key, reason=reason(
            "not-a-list", QT_TRANSLATE_NOOP("errors", "it must be a list of texts, like {example}"), example='["a", "b"]'))
    return [t for t in (normalize(v) for v in value) if t]


def parse_preset(data: dict[str, Any], path: str = "<preset>") -> Preset:
    """Check the parsed TOML of a preset; raises PresetFieldError naming the bad field."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise PresetFieldError(path=path, field=unknown[0], reason=reason(
            "unknown-key", QT_TRANSLATE_NOOP("errors", "not a preset key (known: {keys})"), keys=", ".join(sorted(_KEYS))))
    strings = {k: _string(data, k, path) for k in _STRING_KEYS}
    lists = {k: _strings(data, k, path) for k in _LIST_KEYS}
    try:
        licence = normalize_licence(strings["licence"]) if strings["licence"] else None
    except UnknownLicenceError as exc:
        raise PresetFieldError(path=path, field="licence", reason=Reason.of(exc)) from exc
    try:
        languages = tuple(dict.fromkeys(normalize_language(c) for c in lists["languages"]))
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="languages", reason=Reason.of(exc)) from exc
    try:
        categories = tuple(normalize_categories(lists["categories"]))
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="categories", reason=Reason.of(exc)) from exc
    for template in lists["templates"]:
        fault = markup_fault(template)
        if fault is not None:
            raise PresetFieldError(path=path, field="templates", reason=reason(
                "template", QT_TRANSLATE_NOOP("errors", "\u201c{template}\u201d: {reason}"),
                template=template, reason=fault.reason))
    if strings["title_pattern"]:
        try:
            parse_pattern(strings["title_pattern"])
        except TitlePatternError as exc:
            raise PresetFieldError(path=path, field="title_pattern", reason=Reason.of(exc)) from exc

    raw_prefix = data.get("description_prefix", {})
    if isinstance(raw_prefix, str):
        if not languages:
            raise PresetFieldError(
                path=path, field="description_prefix",
                reason=Reason("prefix-language", QT_TRANSLATE_NOOP(
                    "errors", "a single prefix needs `languages` to say which language it is in")),
            )
        raw_prefix = {languages[0]: raw_prefix}
    if not isinstance(raw_prefix, dict) or not all(isinstance(v, str) for v in raw_prefix.values()):
        raise PresetFieldError(path=path, field="description_prefix", reason=reason(
            "not-a-prefix", QT_TRANSLATE_NOOP("errors", "it must be text, or a table like {example}"),
            example='{ tg = "...", en = "..." }'))
    try:
        # The prefix's own trailing space matters ("Photowalk: " + text), so only the start is trimmed.
        prefix = {
            normalize_language(k): normalize(v, strip=False).lstrip() for k, v in raw_prefix.items() if normalize(v)
        }
    except InvalidNameError as exc:
        raise PresetFieldError(path=path, field="description_prefix", reason=Reason.of(exc)) from exc

    return Preset(
        bandwidth_cap=_bandwidth(data, path),
        depicts=_depicts(data.get("depicts", []), path),
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


def _bandwidth(data: dict[str, Any], path: str) -> str | float | None:
    value = data.get("bandwidth_cap")
    if value is None:
        return None
    try:
        parse_bandwidth(value)
    except BandwidthError as exc:
        raise PresetFieldError(path=path, field="bandwidth_cap", reason=Reason.of(exc)) from exc
    return value if isinstance(value, str) else float(value)


def _depicts(value: Any, path: str) -> tuple[DepictedItem, ...]:
    """The preset's items: a list of ids ("Q1") or of tables { id = "Q1", labels = { tg = "..." } }."""
    bad = PresetFieldError(path=path, field="depicts", reason=reason(
        "not-items", QT_TRANSLATE_NOOP("errors", "it must be a list of items, like {example}"),
        example='[{ id = "Q1", labels = { tg = "..." } }]'))
    if not isinstance(value, list):
        raise bad
    items: dict[str, DepictedItem] = {}
    for entry in value:
        raw_id = entry.get("id") if isinstance(entry, dict) else entry
        if isinstance(raw_id, str):
            try:
                normalize_item_id(raw_id)
            except InvalidItemError as exc:
                raise PresetFieldError(path=path, field="depicts", reason=Reason.of(exc)) from exc
        item = DepictedItem.from_json(entry)
        if item is None:
            raise bad
        items.setdefault(item.id, item)
    return tuple(items.values())


def _read_limited(p: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PRESET_BYTES; PresetError for anything else."""
    not_a_file = Reason("not-a-file", QT_TRANSLATE_NOOP("errors", "it is not a file (a folder, a device or a pipe)"))
    try:
        # stat() first: opening a pipe would wait for a writer, reading a device would never end.
        if not stat.S_ISREG(os.stat(p).st_mode):
            raise PresetError(path=str(p), reason=not_a_file)
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())  # the file opened may not be the one looked at
            if not stat.S_ISREG(info.st_mode):
                raise PresetError(path=str(p), reason=not_a_file)
            if info.st_size > MAX_PRESET_BYTES:
                raise PresetTooLargeError(path=str(p), max=MAX_PRESET_BYTES)
            data = f.read(MAX_PRESET_BYTES + 1)
    except OSError as exc:
        raise PresetError(path=str(p), reason=os_reason(exc)) from exc
    if len(data) > MAX_PRESET_BYTES:
        raise PresetTooLargeError(path=str(p), max=MAX_PRESET_BYTES)
    return data


def load_preset(path: str | Path) -> Preset:
    """Read and check a preset file; raises PresetError (or a subclass) saying what is wrong."""
    p = Path(path)
    raw = _read_limited(p)
    try:
        # utf-8-sig: Windows Notepad starts UTF-8 files with a byte order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PresetSyntaxError(path=str(p), reason=Reason("not-utf8", QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text"))) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PresetSyntaxError(path=str(p), reason=str(exc)) from exc
    except RecursionError as exc:
        # tomllib parses nested arrays and tables by recursion, without a limit of its own.
        raise PresetSyntaxError(path=str(p), reason=Reason(
            "too-deep", QT_TRANSLATE_NOOP("errors", "its values are nested too deeply"))) from exc
    return parse_preset(data, str(p))


# Project settings a preset fills, and the preset's field for each.
_SETTINGS = {
    "event": "name",
    "place": "place",
    "country": "country",
    "licence": "licence",
    "languages": "languages",
    "title_pattern": "title_pattern",
    "description_prefix": "description_prefix",
    "depicts": "depicts",
}
# A new project's settings hold only the app's defaults (licence, author): a preset replaces those.


@dataclass
class _Changes:
    """What applying a preset writes: project settings, then values per photo."""

    settings: ProjectSettings
    filled: list[str]
    licences: dict[int, str] = field(default_factory=dict)
    categories: list[int] = field(default_factory=list)  # photos that lack some of the preset's categories
    extra: dict[int, str] = field(default_factory=dict)
    descriptions: dict[tuple[int, str], str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)

    def result(self) -> PresetResult:
        return PresetResult(
            licences=len(self.licences), categories=len(self.categories), templates=len(self.extra),
            prefixes=len(self.descriptions), titles=len(self.titles), settings=list(self.filled),
        )


def _settings_changes(current: ProjectSettings, preset: Preset, new_project: bool) -> tuple[ProjectSettings, list[str]]:
    values: dict[str, Any] = {}
    for key, attr in _SETTINGS.items():
        value = getattr(preset, attr)
        have = getattr(current, key)
        if value and (not have or (new_project and value != have)):
            values[key] = dict(value) if isinstance(value, dict) else value
    return replace(current, **values), list(values)


def _chosen(store: ProjectStore, ids: Iterable[int] | None) -> tuple[list[Photo], list[Photo]]:
    everyone = store.photos()
    wanted = [p.id for p in everyone] if ids is None else list(dict.fromkeys(ids))
    missing = set(wanted) - {p.id for p in everyone}
    if missing:
        raise UnknownPhotoError(ids=", ".join(map(str, sorted(missing))))
    chosen = set(wanted)
    return everyone, [p for p in everyone if p.id in chosen]


def _photo_changes(changes: _Changes, preset: Preset, everyone: list[Photo], chosen: list[Photo], titles: bool) -> None:
    settings = changes.settings
    described: list[Photo] = []
    for p in chosen:
        if preset.licence and not p.licence:
            changes.licences[p.id] = preset.licence
        if set(preset.categories) - set(p.categories):
            changes.categories.append(p.id)
        extra = p.extra_wikitext or ""
        lacking = [t for t in preset.templates if t not in extra]
        if lacking:
            changes.extra[p.id] = "\n".join(filter(None, [extra, *lacking]))
        texts = dict(p.descriptions)
        for lang, prefix in preset.description_prefix.items():
            text = texts.get(lang)
            if text and not text.startswith(prefix.strip()):
                texts[lang] = changes.descriptions[(p.id, lang)] = normalize(prefix + text)
        described.append(replace(p, descriptions=texts))
    pattern = preset.title_pattern
    untitled = [p for p in described if not p.title]
    if not (titles and pattern and untitled and _pattern_fillable(pattern, settings)):
        return
    changes.titles = make_titles(
        untitled,
        pattern,
        place=settings.place,
        event=settings.event,
        lang=preset.languages[0] if preset.languages else (settings.languages[0] if settings.languages else None),
        existing=[p.title for p in everyone if p.title],
        description_prefix=settings.description_prefix | preset.description_prefix,
    )


def _pattern_fillable(pattern: str, settings: ProjectSettings) -> bool:
    """False when the pattern needs a {place} or {event} the project does not have."""
    names = parse_pattern(pattern).names
    return not ("place" in names and not settings.place) and not ("event" in names and not settings.event)


def preview_preset(store: ProjectStore, preset: Preset, ids: Iterable[int] | None = None) -> PresetResult:
    """What apply_preset would change on these photos (all by default), changing nothing."""
    settings, filled = _settings_changes(read_settings(store), preset, new_project=False)
    changes = _Changes(settings, filled)
    everyone, chosen = _chosen(store, ids)
    _photo_changes(changes, preset, everyone, chosen, titles=True)
    return changes.result()


def apply_preset(
    store: ProjectStore,
    preset: Preset,
    ids: Iterable[int] | None = None,
    *,
    explicit: Callable[[ProjectStore], object] | None = None,
    user_titles: bool = False,
    new_project: bool = False,
) -> PresetResult:
    """Apply a preset to the chosen photos (all by default) in the one order (see the module's doc).

    `explicit` writes the user's own values given with the preset (after the preset's settings,
    before it fills the photos); `user_titles` says those include titles, so the preset's title
    pattern makes none. `new_project`: the project's settings are only the app's defaults, which
    the preset's replace. Raises UnknownPhotoError (changing nothing) for ids not in the project.
    """
    everyone, chosen = _chosen(store, ids)
    settings, filled = _settings_changes(read_settings(store), preset, new_project)
    write_settings(store, settings, filled)
    if preset.bandwidth_cap is not None and store.setting(BANDWIDTH_KEY) is None:
        # The event's link, shared by every laptop: a cap set on this laptop stays.
        store.set_setting(BANDWIDTH_KEY, preset.bandwidth_cap)
        filled = [*filled, "bandwidth_cap"]
    if explicit is not None:
        explicit(store)
        everyone, chosen = _chosen(store, [p.id for p in chosen])
    changes = _Changes(settings, filled)
    _photo_changes(changes, preset, everyone, chosen, titles=not user_titles)
    if changes.categories:
        add_categories(store, changes.categories, preset.categories)
    with store.transaction() as c:
        c.executemany("UPDATE photos SET licence=? WHERE id=? AND licence IS NULL",
                      [(v, pid) for pid, v in changes.licences.items()])
        c.executemany("UPDATE photos SET extra_wikitext=? WHERE id=?", [(v, pid) for pid, v in changes.extra.items()])
        c.executemany("UPDATE descriptions SET text=? WHERE photo_id=? AND lang=?",
                      [(v, pid, lang) for (pid, lang), v in changes.descriptions.items()])
        c.executemany("UPDATE photos SET title=? WHERE id=? AND title IS NULL",
                      [(t, pid) for pid, t in changes.titles.items()])
    return changes.result()
