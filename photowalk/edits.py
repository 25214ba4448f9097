"""Edits to chosen photos, one transaction each; a field not named is left alone on every photo.

The Commons Android app's most reported bug is "copy to all" mixing values between photos; here
every function changes exactly one field of exactly the photos given, and appending a category or
a description language keeps what each photo already had. All text is NFC-normalised first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from photowalk.depicts import DepictedItem, normalize_item_id
from photowalk.errors import PhotowalkError
from photowalk.fields import is_valid_date_text
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import normalize_licence
from photowalk.names import normalize_category, normalize_language, normalize_user_name
from photowalk.origin import Origin, make_origin
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.structured import normalize_caption
from photowalk.text import normalize
from photowalk.titles import make_titles
from photowalk.wikimarkup import markup_fault


class UnknownPhotoError(PhotowalkError):
    code = "unknown-photo"
    template = QT_TRANSLATE_NOOP("errors", "The project has no photo number {ids}.")


class InvalidDateError(PhotowalkError):
    code = "invalid-date"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{date}\u201d is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY)."
    )


class UnsafeWikitextError(PhotowalkError):
    code = "unsafe-wikitext"
    template = QT_TRANSLATE_NOOP("errors", "This wikitext cannot go onto a page: {reason}.")


class InvalidLocationError(PhotowalkError):
    code = "invalid-location"
    template = QT_TRANSLATE_NOOP(
        "errors", "{lat}, {lon} is not a location: latitude is -90 to 90, longitude -180 to 180, heading 0 to 360."
    )


def _ids(c: sqlite3.Connection, ids: Iterable[int]) -> list[int]:
    """The ids as a list, in order and without repeats; raises UnknownPhotoError for ids not in the project."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if wanted:
        known = {r[0] for r in c.execute(f"SELECT id FROM photos WHERE id IN ({','.join('?' * len(wanted))})", wanted)}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise UnknownPhotoError(ids=", ".join(map(str, unknown)))
    return wanted


def _optional(text: str | None) -> str | None:
    text = normalize(text) if text is not None else ""
    return text or None


def _set_column(store: ProjectStore, ids: Iterable[int], column: str, value: object) -> int:
    # `column` only ever comes from this module, never from a user.
    with store.transaction() as c:
        wanted = _ids(c, ids)
        c.executemany(f"UPDATE photos SET {column}=? WHERE id=?", [(value, i) for i in wanted])
    return len(wanted)


# -- titles ----------------------------------------------------------------------------------


def set_title(store: ProjectStore, photo_id: int, title: str | None) -> None:
    """Set one photo's title (as typed, only NFC-normalised and trimmed); empty clears it."""
    _set_column(store, [photo_id], "title", _optional(title))


def set_titles(store: ProjectStore, titles: Mapping[int, str | None]) -> None:
    """Set several photos' titles at once, each to its own value."""
    with store.transaction() as c:
        _ids(c, titles)
        c.executemany("UPDATE photos SET title=? WHERE id=?", [(_optional(t), i) for i, t in titles.items()])


def apply_title_pattern(
    store: ProjectStore,
    ids: Iterable[int],
    pattern: str,
    *,
    place: str | None = None,
    event: str | None = None,
    lang: str | None = None,
) -> dict[int, str]:
    """Give the chosen photos titles made from `pattern`, unique across the project.

    Returns the titles set; a chosen photo missing from the result lacked a value the pattern
    needs (see titles.missing_values) and kept its title.
    """
    wanted = set(ids)
    everyone = store.photos()
    missing = wanted - {p.id for p in everyone}
    if missing:
        raise UnknownPhotoError(ids=", ".join(map(str, sorted(missing))))
    chosen = [p for p in everyone if p.id in wanted]
    others = [p.title for p in everyone if p.id not in wanted and p.title]
    settings = read_settings(store)
    titles = make_titles(
        chosen,
        pattern,
        place=place if place is not None else settings.place,
        event=event if event is not None else settings.event,
        lang=lang,
        existing=others,
        description_prefix=settings.description_prefix,
    )
    set_titles(store, titles)
    return titles


# -- descriptions ----------------------------------------------------------------------------


def with_prefix(settings: ProjectSettings, lang: str, old: str | None, new: str) -> str:
    """The description to store when `new` replaces `old`: the event's prefix goes in front when
    the description is first written, and stays once there (a window field may show the text without it)."""
    return prefixed(settings.prefix(lang), old, new)


def prefixed(prefix: str, old: str | None, new: str) -> str:
    """`new` with the event's prefix in front when it is written first (old is None) or the old text had it."""
    if not prefix.strip() or new.startswith(prefix.strip()):
        return new
    if old is None or old.startswith(prefix.strip()):
        return normalize(prefix + new)
    return new


def set_description(store: ProjectStore, ids: Iterable[int], lang: str, text: str | None) -> int:
    """Set the description in one language on the chosen photos; empty text removes that language.

    Other languages are kept. Tajik is placed first; a new language goes after the others. The
    project's description prefix for the language goes in front of a description written first.
    """
    code = normalize_language(lang)
    value = _optional(text)
    settings = read_settings(store)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            if value is None:
                c.execute("DELETE FROM descriptions WHERE photo_id=? AND lang=?", (pid, code))
                continue
            row = c.execute(
                "SELECT position, text FROM descriptions WHERE photo_id=? AND lang=?", (pid, code)
            ).fetchone()
            if row is not None:
                c.execute(
                    "UPDATE descriptions SET text=? WHERE photo_id=? AND lang=?",
                    (with_prefix(settings, code, row[1], value), pid, code),
                )
                continue
            if code == "tg":
                position = 0
            else:
                last = c.execute("SELECT max(position) FROM descriptions WHERE photo_id=?", (pid,)).fetchone()[0]
                position = max(1, (last if last is not None else 0) + 1)
            c.execute(
                "INSERT INTO descriptions(photo_id, lang, text, position) VALUES (?,?,?,?)",
                (pid, code, with_prefix(settings, code, None, value), position),
            )
    return len(wanted)


# -- categories ------------------------------------------------------------------------------


def normalize_categories(names: Iterable[str]) -> list[str]:
    """Category names as stored (no `Category:`, `_` as space), without repeats; raises on a bad name."""
    return list(dict.fromkeys(normalize_category(n) for n in names))


def add_categories(store: ProjectStore, ids: Iterable[int], names: Iterable[str]) -> int:
    """Append categories to the chosen photos, keeping each photo's own categories and their order."""
    cats = normalize_categories(names)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            have = {r[0] for r in c.execute("SELECT name FROM categories WHERE photo_id=?", (pid,))}
            last = c.execute("SELECT max(position) FROM categories WHERE photo_id=?", (pid,)).fetchone()[0]
            position = (last if last is not None else -1) + 1
            for name in cats:
                if name not in have:
                    c.execute("INSERT INTO categories(photo_id, name, position) VALUES (?,?,?)", (pid, name, position))
                    have.add(name)
                    position += 1
    return len(wanted)


def remove_categories(store: ProjectStore, ids: Iterable[int], names: Iterable[str]) -> int:
    """Remove these categories from the chosen photos; the others stay, in their order."""
    cats = normalize_categories(names)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        c.executemany(
            "DELETE FROM categories WHERE photo_id=? AND name=?", [(pid, name) for pid in wanted for name in cats]
        )
    return len(wanted)


def set_categories(store: ProjectStore, ids: Iterable[int], names: Sequence[str]) -> int:
    """Replace the chosen photos' categories with exactly these, in this order."""
    cats = normalize_categories(names)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            c.execute("DELETE FROM categories WHERE photo_id=?", (pid,))
            c.executemany(
                "INSERT INTO categories(photo_id, name, position) VALUES (?,?,?)",
                [(pid, name, pos) for pos, name in enumerate(cats)],
            )
    return len(wanted)


# -- structured data: captions and depicts ---------------------------------------------------


def set_caption(store: ProjectStore, ids: Iterable[int], lang: str, text: str | None) -> int:
    """Set the caption in one language on the chosen photos; empty text removes that language.

    Other languages are kept; Tajik goes first. The event's caption prefix goes in front of a caption
    written first, as with descriptions. CaptionTooLongError past CAPTION_LIMIT characters (prefix included)."""
    code = normalize_language(lang)
    value = normalize_caption(code, text)
    prefix = read_settings(store).caption_start(code) if value is not None else ""
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            row = c.execute("SELECT text FROM captions WHERE photo_id=? AND lang=?", (pid, code)).fetchone()
            if value is None:
                c.execute("DELETE FROM captions WHERE photo_id=? AND lang=?", (pid, code))
            elif row is not None:
                c.execute("UPDATE captions SET text=? WHERE photo_id=? AND lang=?",
                          (normalize_caption(code, prefixed(prefix, row[0], value)), pid, code))
            else:
                last = c.execute("SELECT max(position) FROM captions WHERE photo_id=?", (pid,)).fetchone()[0]
                position = 0 if code == "tg" else max(1, (last if last is not None else 0) + 1)
                c.execute("INSERT INTO captions(photo_id, lang, text, position) VALUES (?,?,?,?)",
                          (pid, code, normalize_caption(code, prefixed(prefix, None, value)), position))
    return len(wanted)


def add_depicts(store: ProjectStore, ids: Iterable[int], items: Iterable[DepictedItem | str]) -> int:
    """Add items to what the chosen photos depict, after each photo's own; known labels are kept
    and new ones added. A text is an item id (Q123); InvalidItemError for anything else."""
    wanted_items = [DepictedItem(normalize_item_id(i)) if isinstance(i, str) else i for i in items]
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            have = dict(c.execute("SELECT item, labels FROM depicts WHERE photo_id=?", (pid,)).fetchall())
            last = c.execute("SELECT max(position) FROM depicts WHERE photo_id=?", (pid,)).fetchone()[0]
            position = (last if last is not None else -1) + 1
            for item in wanted_items:
                if item.id in have:
                    if item.labels:
                        labels = {**json.loads(have[item.id] or "{}"), **item.labels}
                        c.execute("UPDATE depicts SET labels=? WHERE photo_id=? AND item=?",
                                  (json.dumps(labels, ensure_ascii=False), pid, item.id))
                    continue
                c.execute("INSERT INTO depicts(photo_id, item, labels, position) VALUES (?,?,?,?)",
                          (pid, item.id, json.dumps(item.labels, ensure_ascii=False), position))
                have[item.id] = "{}"
                position += 1
    return len(wanted)


def set_depicts(store: ProjectStore, ids: Iterable[int], items: Sequence[DepictedItem]) -> int:
    """Replace what the chosen photos depict with exactly these items, in this order (undo's writer)."""
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            c.execute("DELETE FROM depicts WHERE photo_id=?", (pid,))
            c.executemany(
                "INSERT INTO depicts(photo_id, item, labels, position) VALUES (?,?,?,?)",
                [(pid, item.id, json.dumps(item.labels, ensure_ascii=False), pos) for pos, item in enumerate(items)],
            )
    return len(wanted)


def remove_depicts(store: ProjectStore, ids: Iterable[int], items: Iterable[str]) -> int:
    """Take these items off what the chosen photos depict; the others stay, in their order."""
    qids = [normalize_item_id(i) for i in items]
    with store.transaction() as c:
        wanted = _ids(c, ids)
        c.executemany("DELETE FROM depicts WHERE photo_id=? AND item=?", [(pid, q) for pid in wanted for q in qids])
    return len(wanted)


# -- licence, author, date, location, wikitext -----------------------------------------------


def set_licence(store: ProjectStore, ids: Iterable[int], code: str | None) -> int:
    """Set the licence (cc-by-sa-4.0, cc-by-4.0, cc-zero); None clears it."""
    value = normalize_licence(code) if code is not None and code.strip() else None
    return _set_column(store, ids, "licence", value)


def set_origin(store: ProjectStore, ids: Iterable[int], origin: Origin | None) -> int:
    """Mark the chosen photos someone else's work with this author, source and reason, or (None) the
    volunteer's own work again. The values are checked and normalised as typed (photowalk.origin)."""
    value = None if origin is None else make_origin(origin.author, origin.source, origin.reason,
                                                    origin.death_year, origin.year)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        if value is None:
            c.executemany("DELETE FROM origins WHERE photo_id=?", [(pid,) for pid in wanted])
        else:
            c.executemany(
                "INSERT INTO origins(photo_id, author, source, reason, death_year, year) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(photo_id) DO UPDATE SET author=excluded.author, source=excluded.source, "
                "reason=excluded.reason, death_year=excluded.death_year, year=excluded.year",
                [(pid, value.author, value.source, value.reason, value.death_year, value.year) for pid in wanted],
            )
    return len(wanted)


ORIGIN_FIELDS = ("author", "source", "reason", "death_year", "year")


def update_origin(store: ProjectStore, ids: Iterable[int], changes: Mapping[str, str | int | None]) -> int:
    """Change only the named fields of the chosen photos' origins (ORIGIN_FIELDS), keeping each photo's
    other fields; a photo that was the volunteer's own work becomes someone else's with these fields."""
    unknown = set(changes) - set(ORIGIN_FIELDS)
    if unknown:
        raise ValueError(f"not origin fields: {sorted(unknown)}")  # a programming error, never the user's
    def text(key: str) -> str | None:
        value = changes.get(key)
        return None if value is None else str(value)

    typed = make_origin(text("author"), text("source"), text("reason"), changes.get("death_year"), changes.get("year"))
    new = {k: getattr(typed, k) for k in changes}
    with store.transaction() as c:
        wanted = _ids(c, ids)
        for pid in wanted:
            row = c.execute("SELECT author, source, reason, death_year, year FROM origins WHERE photo_id=?",
                            (pid,)).fetchone()
            merged = {**dict(zip(ORIGIN_FIELDS, row or ("", "", "", None, None), strict=True)), **new}
            c.execute(
                "INSERT INTO origins(photo_id, author, source, reason, death_year, year) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(photo_id) DO UPDATE SET author=excluded.author, source=excluded.source, "
                "reason=excluded.reason, death_year=excluded.death_year, year=excluded.year",
                (pid, *(merged[k] for k in ORIGIN_FIELDS)),
            )
    return len(wanted)


def set_author(store: ProjectStore, ids: Iterable[int], user_name: str | None) -> int:
    """Set the Commons user name credited as author; None clears it (the uploading account is used)."""
    value = normalize_user_name(user_name) if user_name is not None and user_name.strip() else None
    return _set_column(store, ids, "author", value)


def set_attribution(store: ProjectStore, ids: Iterable[int], name: str | None) -> int:
    """Set the name shown for the author (e.g. a real name); None shows the user name."""
    return _set_column(store, ids, "attribution", _optional(name))


def parse_date(date_text: str | None) -> str | None:
    """The date as stored (a space before the time), None for none; InvalidDateError when it is not one."""
    value = _optional(date_text)
    if value is not None:
        value = value.replace("T", " ")
        if not is_valid_date_text(value):
            raise InvalidDateError(date=date_text)
    return value


def set_date(store: ProjectStore, ids: Iterable[int], date_text: str | None) -> int:
    """Set the date taken (YYYY-MM-DD, YYYY-MM, YYYY, optionally with HH:MM[:SS]); None restores the camera's."""
    return _set_column(store, ids, "edit_date", parse_date(date_text))


def check_location(lat: float, lon: float, heading: float | None = None) -> None:
    """Raise InvalidLocationError unless this is a place on Earth (and a compass heading)."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (heading is not None and not 0 <= heading <= 360):
        raise InvalidLocationError(lat=lat, lon=lon)


def set_location(
    store: ProjectStore, ids: Iterable[int], lat: float, lon: float, heading: float | None = None
) -> int:
    """Set where the photos were taken (and the camera heading); this also undoes remove_location."""
    check_location(lat, lon, heading)
    with store.transaction() as c:
        wanted = _ids(c, ids)
        c.executemany(
            "UPDATE photos SET edit_lat=?, edit_lon=?, edit_heading=?, location_removed=0, location_source=NULL WHERE id=?",
            [(lat, lon, heading, pid) for pid in wanted],
        )
    return len(wanted)


def set_locations(store: ProjectStore, places: Mapping[int, tuple[float, float, float | None]]) -> int:
    """Give each photo its own location and heading in one transaction (pins moved together on the map)."""
    for lat, lon, heading in places.values():
        check_location(lat, lon, heading)
    with store.transaction() as c:
        _ids(c, places)
        c.executemany(
            "UPDATE photos SET edit_lat=?, edit_lon=?, edit_heading=?, location_removed=0, location_source=NULL WHERE id=?",
            [(lat, lon, heading, pid) for pid, (lat, lon, heading) in places.items()],
        )
    return len(places)


def set_subject_locations(store: ProjectStore, places: Mapping[int, tuple[float, float] | None]) -> int:
    """Move each photo's subject ({{Object location}}) in one transaction; None goes back to the camera's."""
    for place in places.values():
        if place is not None:
            check_location(*place)
    with store.transaction() as c:
        _ids(c, places)
        c.executemany("UPDATE photos SET edit_dest_lat=?, edit_dest_lon=? WHERE id=?",
                      [(*(place or (None, None)), pid) for pid, place in places.items()])
    return len(places)


def clear_location(store: ProjectStore, ids: Iterable[int]) -> int:
    """Forget the location the volunteer typed: the page shows the camera's again (if any)."""
    with store.transaction() as c:
        wanted = _ids(c, ids)
        c.executemany(
            "UPDATE photos SET edit_lat=NULL, edit_lon=NULL, edit_heading=NULL, location_source=NULL WHERE id=?",
            [(pid,) for pid in wanted],
        )
    return len(wanted)


def remove_location(store: ProjectStore, ids: Iterable[int]) -> int:
    """Leave the location off the page (privacy); the camera's data stays in the project only."""
    return _set_column(store, ids, "location_removed", 1)


def restore_location(store: ProjectStore, ids: Iterable[int]) -> int:
    """Show the location again (the volunteer's if set, else the camera's)."""
    return _set_column(store, ids, "location_removed", 0)


def set_extra_wikitext(store: ProjectStore, ids: Iterable[int], wikitext: str | None) -> int:
    """Set the extra wikitext (event templates) written under the location; None clears it.

    Raises UnsafeWikitextError for wikitext that is not balanced (it would hide the licence)."""
    value = _optional(wikitext)
    fault = markup_fault(value or "")
    if fault is not None:
        raise UnsafeWikitextError(reason=fault.reason)
    return _set_column(store, ids, "extra_wikitext", value)
