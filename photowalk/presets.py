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
    time_zone = "Asia/Dushanbe"               # IANA zone of camera times written without an offset
    caption_prefix = { tg = "...", en = "..." }       # before captions, as description_prefix
    wiki = "test.wikipedia"                   # where to upload: commons, test.wikipedia or an api.php URL
    tracking_category = "Uploaded in Wiki Loves Tajikistan 2025"   # or a list; on every page, always
    hashtag = "#WLTJ2025"                     # or a list; after every upload comment and edit summary
    gallery_title = "Dushanbe photowalk, May 2025"  # the caption of the uploaded files' <gallery>
    photowalk_version = "0.1.0"               # the photowalk the preset was written for
    bandwidth_cap = "4 Mbit/s"                # all uploads of one laptop together; a number is Mbit/s

Every key is optional; an unknown key is an error, so a typo is never silently ignored. A preset
that names a newer photowalk than this one and has a key this one does not know says so
(PresetNewerError: update photowalk); an older preset keeps working. A preset is read only from a
regular file of at most MAX_PRESET_BYTES, and every way it can be wrong is a PresetError naming
the file.

The event's keys (wiki, tracking_category, hashtag, gallery_title) become the project's whenever
the preset is applied to the whole project (a new project, "Apply event preset...", `photowalk
edit --all --preset`), replacing the values of another preset: a practice round on a test wiki
and the real round on Commons are two presets, or one setting changed. Filling newly imported
photos leaves them as they are.

A preset applies in one order, wherever it is applied (`apply_preset`): the user's explicit
values win, the preset fills the rest, and the description prefix goes before a description
when it is first written. So: (1) the preset fills the project settings that are not set (the
prefix and title pattern become the project's); (2) the user's own values for this change are
written, a first description getting the prefix; (3) the preset fills the photos: an empty
licence, the categories and templates a photo lacks, the prefix before descriptions without it,
the caption prefix before captions without it (when it fits in a caption), and titles from its
pattern for photos without one (unless the user gave titles). It never overwrites what a
volunteer wrote. `preview_preset` says what applying would change; `apply_preset` returns a
PresetEdit that `undo_preset` puts back and `redo_preset` makes again.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from photowalk import __version__
from photowalk.bandwidth import KEY as BANDWIDTH_KEY
from photowalk.bandwidth import BandwidthError, parse_bandwidth
from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.edits import UnknownPhotoError, normalize_categories, set_categories
from photowalk.errors import PhotowalkError
from photowalk.files import os_reason
from photowalk.hashtags import InvalidHashtagError, normalize_hashtag
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import UnknownLicenceError, normalize_licence
from photowalk.names import InvalidNameError, normalize_language
from photowalk.photo import Photo
from photowalk.phototime import is_time_zone
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings, write_settings
from photowalk.reasons import Reason, reason
from photowalk.structured import CaptionTooLongError, normalize_caption
from photowalk.text import normalize
from photowalk.titles import TitlePatternError, make_titles, parse_pattern
from photowalk.wikiaddress import INSECURE, WikiAddress, read_wiki
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


class PresetNewerError(PresetError):
    code = "preset-newer"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The preset {path} was written for photowalk {version}, newer than this photowalk ({current}), and "
        "this one does not know its key \u201c{field}\u201d. Update photowalk to use this preset.",
    )


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
    time_zone: str | None = None  # the project's time zone (photowalk.phototime)
    caption_prefix: dict[str, str] = field(default_factory=dict)
    # The event's keys: the project's whenever the preset is applied to all of it.
    wiki: str | None = None  # an API address
    tracking_categories: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    gallery_title: str | None = None
    photowalk_version: str | None = None
    bandwidth_cap: str | float | None = None  # as written; photowalk.bandwidth reads it


@dataclass(frozen=True)
class PresetEdit:
    """What applying a preset changed, as (before, after) per value: undo_preset puts the befores back and
    redo_preset the afters, without working anything out again (titles for thousands of photos take a while)."""

    settings: tuple[ProjectSettings, ProjectSettings]
    keys: tuple[str, ...] = ()  # the settings it changed
    licences: dict[int, str] = field(default_factory=dict)  # photos whose empty licence it filled
    categories: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    extra: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    descriptions: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)
    captions: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)  # photos it gave a title
    bandwidth_cap: str | float | None = None  # the cap it set (where the project had none)

    @property
    def photo_ids(self) -> list[int]:
        """Every photo it changed."""
        ids = {*self.licences, *self.categories, *self.extra, *self.titles}
        ids.update(pid for pid, _ in (*self.descriptions, *self.captions))
        return sorted(ids)


@dataclass
class PresetResult:
    """How many photos each part of a preset changed (or would change), and which project settings it set."""

    licences: int = 0
    categories: int = 0
    templates: int = 0
    prefixes: int = 0
    titles: int = 0
    settings: list[str] = field(default_factory=list)
    captions: int = 0  # captions that got the caption prefix
    wiki_from: str | None = None  # the project's wiki before, when the preset switches it
    wiki_to: str | None = None  # the wiki it switches to (None: it leaves the wiki alone)
    edit: PresetEdit | None = field(default=None, compare=False, repr=False)  # set by apply_preset: to undo or redo it

    @property
    def changes_anything(self) -> bool:
        return bool(self.licences or self.categories or self.templates or self.prefixes or self.titles
                    or self.captions or self.settings)


_STRING_KEYS = ("name", "place", "country", "licence", "title_pattern", "wiki", "gallery_title", "photowalk_version")
_LIST_KEYS = ("languages", "categories", "templates", "tracking_category", "hashtag")
_KEYS = frozenset(_STRING_KEYS + _LIST_KEYS + ("description_prefix", "caption_prefix", "depicts"))
_KEYS |= {"time_zone", "bandwidth_cap"}  # checked by _time_zone and _bandwidth


def _time_zone(data: dict[str, Any], path: str) -> str | None:
    """The preset's time zone, which must be one this computer knows (a typo would shift every photo's time)."""
    zone = _string(data, "time_zone", path)
    if zone is not None and not is_time_zone(zone):
        raise PresetFieldError(path=path, field="time_zone", reason=reason(
            "not-a-time-zone", QT_TRANSLATE_NOOP(
                "errors", "\u201c{zone}\u201d is not a time zone; name one as Asia/Dushanbe or Europe/Moscow"),
            zone=zone))
    return zone


@contextmanager
def _field(path: str, key: str, *errors: type[PhotowalkError]) -> Iterator[None]:
    """Within the block, one of `errors` says why the preset's `key` is bad: raised as PresetFieldError."""
    try:
        yield
    except errors as exc:
        raise PresetFieldError(path=path, field=key, reason=Reason.of(exc)) from exc


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
    version = _version(data, path)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        if version is not None and version > Version(__version__):
            raise PresetNewerError(path=path, field=unknown[0], version=str(version), current=__version__)
        raise PresetFieldError(path=path, field=unknown[0], reason=reason(
            "unknown-key", QT_TRANSLATE_NOOP("errors", "not a preset key (known: {keys})"), keys=", ".join(sorted(_KEYS))))
    strings = {k: _string(data, k, path) for k in _STRING_KEYS}
    lists = {k: _strings(data, k, path) for k in _LIST_KEYS}
    with _field(path, "licence", UnknownLicenceError):
        licence = normalize_licence(strings["licence"]) if strings["licence"] else None
    with _field(path, "languages", InvalidNameError):
        languages = tuple(dict.fromkeys(normalize_language(c) for c in lists["languages"]))
    with _field(path, "categories", InvalidNameError):
        categories = tuple(normalize_categories(lists["categories"]))
    with _field(path, "tracking_category", InvalidNameError):
        tracking = tuple(normalize_categories(lists["tracking_category"]))
    with _field(path, "hashtag", InvalidHashtagError):
        hashtags = tuple(dict.fromkeys(normalize_hashtag(t) for t in lists["hashtag"]))
    for template in lists["templates"]:
        fault = markup_fault(template)
        if fault is not None:
            raise PresetFieldError(path=path, field="templates", reason=reason(
                "template", QT_TRANSLATE_NOOP("errors", "\u201c{template}\u201d: {reason}"),
                template=template, reason=fault.reason))
    if strings["title_pattern"]:
        with _field(path, "title_pattern", TitlePatternError):
            parse_pattern(strings["title_pattern"])

    return Preset(
        bandwidth_cap=_bandwidth(data, path),
        depicts=_depicts(data.get("depicts", []), path),
        time_zone=_time_zone(data, path),
        name=strings["name"],
        place=strings["place"],
        country=strings["country"],
        licence=licence,
        languages=languages,
        title_pattern=strings["title_pattern"],
        categories=categories,
        templates=tuple(lists["templates"]),
        description_prefix=_prefixes(data, "description_prefix", languages, path),
        caption_prefix=_prefixes(data, "caption_prefix", languages, path),
        wiki=_wiki(strings["wiki"], path),
        tracking_categories=tracking,
        hashtags=hashtags,
        gallery_title=strings["gallery_title"],
        photowalk_version=str(version) if version is not None else None,
    )


def _version(data: dict[str, Any], path: str) -> Version | None:
    """The photowalk version the preset names (photowalk_version), checked first: it decides what an unknown key means."""
    value = data.get("photowalk_version")
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise InvalidVersion(value)
        return Version(value)
    except InvalidVersion as exc:
        raise PresetFieldError(path=path, field="photowalk_version", reason=reason(
            "not-a-version", QT_TRANSLATE_NOOP("errors", "it must be a photowalk version in quotes, like {example}"),
            example=f'"{__version__}"')) from exc


def _wiki(text: str | None, path: str) -> str | None:
    """The API address of the preset's wiki."""
    if text is None:
        return None
    address = read_wiki(text)
    if isinstance(address, WikiAddress):
        return address.api_url
    if address == INSECURE:
        why = Reason("wiki-insecure", QT_TRANSLATE_NOOP(
            "errors", "plain http:// is only for a wiki on this computer; give the wiki's https:// address"))
    else:
        why = reason("wiki-address", QT_TRANSLATE_NOOP(
            "errors", "it must be commons, test.wikipedia or the address of a wiki's api.php, like {example}"),
            example="https://commons.wikimedia.org/w/api.php")
    raise PresetFieldError(path=path, field="wiki", reason=why)


def _prefixes(data: dict[str, Any], key: str, languages: tuple[str, ...], path: str) -> dict[str, str]:
    """A prefix per language: a table { tg = "...", en = "..." }, or one text in the first language."""
    raw = data.get(key, {})
    if isinstance(raw, str):
        if not languages:
            raise PresetFieldError(
                path=path, field=key,
                reason=Reason("prefix-language", QT_TRANSLATE_NOOP(
                    "errors", "a single prefix needs `languages` to say which language it is in")),
            )
        raw = {languages[0]: raw}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise PresetFieldError(path=path, field=key, reason=reason(
            "not-a-prefix", QT_TRANSLATE_NOOP("errors", "it must be text, or a table like {example}"),
            example='{ tg = "...", en = "..." }'))
    with _field(path, key, InvalidNameError):
        # The prefix's own trailing space matters ("Photowalk: " + text), so only the start is trimmed.
        return {normalize_language(k): normalize(v, strip=False).lstrip() for k, v in raw.items() if normalize(v)}


def _bandwidth(data: dict[str, Any], path: str) -> str | float | None:
    value = data.get("bandwidth_cap")
    if value is None:
        return None
    with _field(path, "bandwidth_cap", BandwidthError):
        parse_bandwidth(value)
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
            with _field(path, "depicts", InvalidItemError):
                normalize_item_id(raw_id)
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
    "caption_prefix": "caption_prefix",
    "depicts": "depicts",
}
_SETTINGS["time_zone"] = "time_zone"
# A new project's settings hold only the app's defaults (licence, author): a preset replaces those.
# The event's own settings, which the preset sets whenever it is applied to the whole project.
_EVENT_SETTINGS = {
    "wiki": "wiki",
    "tracking_categories": "tracking_categories",
    "hashtags": "hashtags",
    "gallery_title": "gallery_title",
}


@dataclass
class _Changes:
    """What applying a preset writes: project settings, then values per photo."""

    settings: ProjectSettings
    filled: list[str]
    licences: dict[int, str] = field(default_factory=dict)
    categories: list[int] = field(default_factory=list)  # photos that lack some of the preset's categories
    extra: dict[int, str] = field(default_factory=dict)
    descriptions: dict[tuple[int, str], str] = field(default_factory=dict)
    captions: dict[tuple[int, str], str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)

    def result(self, before: ProjectSettings) -> PresetResult:
        switched = "wiki" in self.filled
        return PresetResult(
            licences=len(self.licences), categories=len(self.categories), templates=len(self.extra),
            prefixes=len(self.descriptions), titles=len(self.titles), settings=[k for k in self.filled if k != "preset_file"],
            captions=len(self.captions), wiki_from=before.wiki if switched else None,
            wiki_to=self.settings.wiki if switched else None,
        )


def _settings_changes(
    current: ProjectSettings, preset: Preset, new_project: bool, whole: bool
) -> tuple[ProjectSettings, list[str]]:
    values: dict[str, Any] = {}
    for key, attr in _SETTINGS.items():
        value = getattr(preset, attr)
        have = getattr(current, key)
        if value and (not have or (new_project and value != have)):
            values[key] = dict(value) if isinstance(value, dict) else value
    if whole or new_project:
        for key, attr in _EVENT_SETTINGS.items():
            value = getattr(preset, attr)
            if value and value != getattr(current, key):
                values[key] = value
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
        for lang, prefix in preset.caption_prefix.items():
            caption = p.captions.get(lang)
            if caption and not caption.startswith(prefix.strip()):
                try:
                    changes.captions[(p.id, lang)] = normalize_caption(lang, prefix + caption) or caption
                except CaptionTooLongError:
                    continue  # no room for the prefix: the volunteer's caption stays as written
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
    """What apply_preset would change on these photos (all by default: the event's keys too), changing nothing."""
    before = read_settings(store)
    settings, filled = _settings_changes(before, preset, new_project=False, whole=ids is None)
    if preset.bandwidth_cap is not None and store.setting(BANDWIDTH_KEY) is None:
        filled = [*filled, "bandwidth_cap"]
    changes = _Changes(settings, filled)
    everyone, chosen = _chosen(store, ids)
    _photo_changes(changes, preset, everyone, chosen, titles=True)
    return changes.result(before)


def apply_preset(
    store: ProjectStore,
    preset: Preset,
    ids: Iterable[int] | None = None,
    *,
    explicit: Callable[[ProjectStore], object] | None = None,
    user_titles: bool = False,
    new_project: bool = False,
    follow: str | None = None,
) -> PresetResult:
    """Apply a preset to the chosen photos (all by default) in the one order (see the module's doc).

    All photos (`ids` None) is the whole project: the event's keys become the project's too.
    `explicit` writes the user's own values given with the preset (after the preset's settings,
    before it fills the photos); `user_titles` says those include titles, so the preset's title
    pattern makes none. `new_project`: the project's settings are only the app's defaults, which
    the preset's replace. `follow`: the preset's file, which fills photos imported from now on (a
    project setting, undone with the rest). Raises UnknownPhotoError (changing nothing) for ids not
    in the project.
    The result's `undo` puts back what the preset replaced (not the explicit values).
    """
    everyone, chosen = _chosen(store, ids)
    before = read_settings(store)
    settings, filled = _settings_changes(before, preset, new_project, whole=ids is None)
    if follow is not None and follow != before.preset_file:
        settings, filled = replace(settings, preset_file=follow), [*filled, "preset_file"]
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
    old = {p.id: p for p in chosen}
    wanted = preset.categories
    edit = PresetEdit(
        settings=(before, settings), keys=tuple(filled), licences=dict(changes.licences),
        categories={pid: (tuple(old[pid].categories), (*old[pid].categories, *(c for c in wanted if c not in old[pid].categories)))
                    for pid in changes.categories},
        extra={pid: (old[pid].extra_wikitext, v) for pid, v in changes.extra.items()},
        descriptions={(pid, lang): (old[pid].descriptions[lang], v) for (pid, lang), v in changes.descriptions.items()},
        captions={(pid, lang): (old[pid].captions[lang], v) for (pid, lang), v in changes.captions.items()},
        titles=dict(changes.titles),
        bandwidth_cap=preset.bandwidth_cap if "bandwidth_cap" in filled else None,
    )
    _write_photos(store, edit, forward=True)
    result = changes.result(before)
    result.edit = edit
    return result


def undo_preset(store: ProjectStore, edit: PresetEdit) -> None:
    """Put back what applying a preset replaced: the settings it changed and each photo's old values."""
    write_settings(store, edit.settings[0], edit.keys)
    if "bandwidth_cap" in edit.keys:  # set only where the project had no cap: undone, it has none again
        store.set_setting(BANDWIDTH_KEY, None)
    _write_photos(store, edit, forward=False)


def redo_preset(store: ProjectStore, edit: PresetEdit) -> None:
    """Make an undone preset's changes again, as they were made."""
    write_settings(store, edit.settings[1], edit.keys)
    if edit.bandwidth_cap is not None:
        store.set_setting(BANDWIDTH_KEY, edit.bandwidth_cap)
    _write_photos(store, edit, forward=True)


def _write_photos(store: ProjectStore, edit: PresetEdit, *, forward: bool) -> None:
    side = 1 if forward else 0
    groups: dict[tuple[str, ...], list[int]] = {}
    for pid, pair in edit.categories.items():
        groups.setdefault(pair[side], []).append(pid)
    for names, pids in groups.items():
        set_categories(store, pids, list(names))
    with store.transaction() as c:
        if forward:
            c.executemany("UPDATE photos SET licence=? WHERE id=? AND licence IS NULL", [(v, pid) for pid, v in edit.licences.items()])
            c.executemany("UPDATE photos SET title=? WHERE id=? AND title IS NULL", [(t, pid) for pid, t in edit.titles.items()])
        else:
            c.executemany("UPDATE photos SET licence=NULL WHERE id=?", [(pid,) for pid in edit.licences])
            c.executemany("UPDATE photos SET title=NULL WHERE id=?", [(pid,) for pid in edit.titles])
        c.executemany("UPDATE photos SET extra_wikitext=? WHERE id=?", [(v[side], pid) for pid, v in edit.extra.items()])
        c.executemany("UPDATE descriptions SET text=? WHERE photo_id=? AND lang=?",
                      [(v[side], pid, lang) for (pid, lang), v in edit.descriptions.items()])
        c.executemany("UPDATE captions SET text=? WHERE photo_id=? AND lang=?",
                      [(v[side], pid, lang) for (pid, lang), v in edit.captions.items()])
