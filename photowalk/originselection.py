"""The editor's "Whose photo is this?" fields over the selected photos, by the rules of photowalk.selection.

With several photos selected a field whose photos differ shows "several values" and is left alone
unless something is typed in it; what is typed goes to every selected photo, each keeping its other
fields. A photo that is the volunteer's own work has none of these fields (empty).
"""

from __future__ import annotations

from collections.abc import Sequence

from photowalk.origin import Origin, normalize_reason, parse_year
from photowalk.photo import Photo
from photowalk.selection import Shown, Write, shown
from photowalk.text import normalize

TEXT_FIELDS = ("author", "source")
YEAR_FIELDS = ("death_year", "year")


def own_work(photos: Sequence[Photo]) -> Shown[bool]:
    """True for the volunteer's own work, False for someone else's; several when the photos differ."""
    return shown(p.origin is None for p in photos)


def field(photos: Sequence[Photo], name: str) -> Shown[str | int | None]:
    """One origin field (author, source, reason, death_year, year) over the photos; None where empty."""
    return shown(_value(p.origin, name) for p in photos)


def _value(origin: Origin | None, name: str) -> str | int | None:
    value = getattr(origin, name) if origin is not None else None
    return value if value not in ("", None) else None


def edit_own_work(photos: Sequence[Photo], own: bool) -> Write[Origin | None] | None:
    """Make the photos that differ the volunteer's own work again (None) or someone else's (an empty
    Origin, the fields to be typed); nothing when every photo is so already."""
    ids = tuple(p.id for p in photos if (p.origin is None) != own)
    return Write(ids, None if own else Origin()) if ids else None


def edit_field(photos: Sequence[Photo], name: str, typed: str) -> Write[str | int | None] | None:
    """The typed value of one origin field for every selected photo, as the core stores it; nothing when
    a "several values" field is left empty or the value is the one shown. InvalidYearError for a year
    that is not one, UnknownOriginReasonError for a reason photowalk does not offer."""
    if not photos:
        return None
    if name in YEAR_FIELDS:
        value: str | int | None = parse_year(typed)
    elif name == "reason":
        value = normalize_reason(typed) or None
    elif name in TEXT_FIELDS:
        value = normalize(typed) or None
    else:
        raise ValueError(f"not an origin field: {name}")  # a programming error, never the volunteer's
    now = field(photos, name)
    if (now.several and value is None) or (now.same and now.value == value):
        return None
    return Write(tuple(p.id for p in photos), value)
