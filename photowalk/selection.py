"""The photos selected in the editor, field by field: what each field shows, and which photos an edit reaches.

With several photos selected, a field whose values differ shows "several values". Such a field is
left alone on every photo unless the volunteer writes something in it: left empty, each photo keeps
its own value. A category is added to the photos that lack it and removed from those that have it;
every other field the volunteer writes goes to every selected photo.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.edits import InvalidDateError, parse_date
from photowalk.errors import PhotowalkError
from photowalk.fields import Location, effective_location
from photowalk.names import normalize_category
from photowalk.photo import Photo
from photowalk.phototime import shifted_text
from photowalk.structured import CAPTION_LIMIT, caption_suggestion

T = TypeVar("T", bound=Hashable)
V = TypeVar("V")

# The description language every photo offers first: the walks are in Tajikistan.
FIRST_LANGUAGE = "tg"

# Latitude, longitude and heading (None: no direction) as the volunteer typed them.
Coordinates = tuple[float, float, float | None]


@dataclass(frozen=True)
class Shown(Generic[T]):
    """One field over the selection: its distinct values, in the order of the photos."""

    values: tuple[T, ...]

    @property
    def several(self) -> bool:
        """The photos differ: the field shows "several values"."""
        return len(self.values) > 1

    @property
    def same(self) -> bool:
        """Every photo has the same value (also when nothing is selected)."""
        return not self.several

    @property
    def value(self) -> T | None:
        """The value all photos share; None when they differ or nothing is selected."""
        return self.values[0] if len(self.values) == 1 else None


def shown(values: Iterable[T]) -> Shown[T]:
    """The field made of these values, one per photo."""
    return Shown(tuple(dict.fromkeys(values)))


@dataclass(frozen=True)
class Write(Generic[V]):
    """An edit to make: `value` goes to each photo in `ids`; every other photo keeps its own."""

    ids: tuple[int, ...]
    value: V


@dataclass(frozen=True)
class DepictsUse:
    """An item the selected photos depict and how many of them do."""

    item: DepictedItem
    count: int
    total: int

    @property
    def partial(self) -> bool:
        return self.count < self.total


@dataclass(frozen=True)
class CategoryUse:
    """A category of the selection and how many of the selected photos have it."""

    name: str
    count: int
    total: int

    @property
    def partial(self) -> bool:
        """Only some of the selected photos have it."""
        return self.count < self.total


def coordinate_text(value: float | None) -> str:
    """A latitude, longitude or heading as its field shows it: at most six decimals, no trailing zeros."""
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def date_acceptable(text: str) -> bool:
    """A date as typed that the project takes (empty too: the camera's date is used)."""
    try:
        parse_date(text)
    except InvalidDateError:
        return False
    return True


class Selection:
    """The selected photos (as the project holds them now), read and edited one field at a time."""

    def __init__(self, photos: Sequence[Photo] = ()) -> None:
        self.photos: tuple[Photo, ...] = tuple(photos)
        self.ids: tuple[int, ...] = tuple(p.id for p in self.photos)

    @property
    def single(self) -> bool:
        return len(self.photos) == 1

    def __len__(self) -> int:
        return len(self.photos)

    # -- what the fields show --------------------------------------------------------------

    def title(self) -> Shown[str | None]:
        return shown(p.title for p in self.photos)

    @property
    def title_editable(self) -> bool:
        """Titles are given one by one (several photos get theirs from a pattern)."""
        return self.single

    def languages(self, project_languages: Iterable[str] = ()) -> list[str]:
        """The description languages to show: Tajik, then the photos' own, then the project's."""
        langs = [FIRST_LANGUAGE]
        for lang in [lang for p in self.photos for lang in p.descriptions] + list(project_languages):
            if lang not in langs:
                langs.append(lang)
        return langs

    def description(self, lang: str) -> Shown[str | None]:
        return shown(p.descriptions.get(lang) for p in self.photos)

    def caption_languages(self, project_languages: Iterable[str] = ()) -> list[str]:
        """The caption languages to show: Tajik, then the photos' own, then the project's."""
        langs = [FIRST_LANGUAGE]
        for lang in [lang for p in self.photos for lang in p.captions] + list(project_languages):
            if lang not in langs:
                langs.append(lang)
        return langs

    def caption(self, lang: str) -> Shown[str | None]:
        return shown(p.captions.get(lang) for p in self.photos)

    def caption_suggestion(self, lang: str) -> str | None:
        """A caption to offer (never written by itself) where the photos have none in this language:
        the first sentence of their description in it, when they share one."""
        if self.caption(lang).values != (None,):
            return None
        description = self.description(lang)
        return caption_suggestion(description.value) if description.same else None

    @staticmethod
    def caption_count(text: str) -> tuple[int, int]:
        """(characters typed, the limit), as the field counts them live; the text is kept to one line."""
        return len(" ".join(text.split())), CAPTION_LIMIT

    def depicts(self) -> list[DepictsUse]:
        """Every item the selected photos depict, in the order first met, with how many depict it."""
        found: dict[str, DepictedItem] = {}
        counts: dict[str, int] = {}
        for p in self.photos:
            for item in p.depicts:
                found.setdefault(item.id, item)
                counts[item.id] = counts.get(item.id, 0) + 1
        return [DepictsUse(found[q], counts[q], len(self.photos)) for q in found]

    def categories(self) -> list[CategoryUse]:
        """Every category of the selected photos, in the order first met, with how many have it."""
        counts: dict[str, int] = {}
        for p in self.photos:
            for name in p.categories:
                counts[name] = counts.get(name, 0) + 1
        return [CategoryUse(name, count, len(self.photos)) for name, count in counts.items()]

    def date(self) -> Shown[str | None]:
        """The date the volunteer typed (None: the camera's is used)."""
        return shown(p.edit_date for p in self.photos)

    def camera_date(self) -> Shown[str | None]:
        return shown(p.camera.taken for p in self.photos)

    def corrected_date(self) -> Shown[str | None]:
        """The camera's date with its camera's clock correction (photowalk.clock) applied."""
        return shown(shifted_text(p.camera.taken, p.clock_offset) for p in self.photos)

    def clock_offset(self) -> Shown[int]:
        """Seconds each photo's camera clock is corrected by (0: as the camera wrote it)."""
        return shown(p.clock_offset for p in self.photos)

    def location_source(self) -> Shown[str | None]:
        """What placed each photo: 'gpx', 'phone', or None (the camera's GPS, or typed by hand)."""
        return shown(p.location_source for p in self.photos)

    def location(self) -> Shown[Location | None]:
        """Where the page says each photo was taken (None: no location, or left off the page)."""
        return shown(effective_location(p) for p in self.photos)

    @property
    def location_typed(self) -> bool:
        """Some selected photo has a location the volunteer typed (not the camera's)."""
        return any(p.edit_lat is not None for p in self.photos)

    def location_removed(self) -> Shown[bool]:
        return shown(p.location_removed for p in self.photos)

    def licence(self) -> Shown[str | None]:
        """The photos' own licence (None: the project's default)."""
        return shown(p.licence for p in self.photos)

    def author(self) -> Shown[str | None]:
        """The photos' own author (None: the project's, or the account that uploads)."""
        return shown(p.author for p in self.photos)

    def shown_after_write(self, lang: str, typed: str, prefix: str, *, caption: bool = False) -> str | None:
        """The text a description (or caption) field shows once what was typed is written: the stored text
        when the event's prefix went in front of it (edits.prefixed); None leaves the field as it is."""
        prefix = prefix.strip()
        if not prefix or typed.startswith(prefix):
            return None
        value = (self.caption(lang) if caption else self.description(lang)).value
        if value is not None and value.startswith(prefix) and value.endswith(typed.strip()):
            return value
        return None

    # -- what an edit writes (None: nothing) ---------------------------------------------------

    def edit_title(self, text: str) -> Write[str | None] | None:
        """A single photo's new title (empty clears it); nothing when several are selected or it is unchanged."""
        if not self.title_editable:
            return None
        value = text.strip() or None
        if self.photos[0].title == value:
            return None
        return Write(self.ids, value)

    def edit_description(self, lang: str, text: str) -> Write[str | None] | None:
        """The description in one language for every photo (empty removes it); a "several values"
        field left empty leaves each photo its own."""
        if not self.photos:
            return None
        value = text.strip() or None
        if value is None and self.description(lang).several:
            return None
        return Write(self.ids, value)

    def remove_language(self, lang: str) -> Write[None] | None:
        """The language taken off every photo; nothing when no photo has it."""
        if not any(lang in p.descriptions for p in self.photos):
            return None
        return Write(self.ids, None)

    def add_category(self, name: str) -> Write[str] | None:
        """The category (as typed) for the photos that lack it; each keeps its own others."""
        name = name.strip()
        if not name or not self.photos:
            return None
        try:
            stored = normalize_category(name)
        except PhotowalkError:
            return Write(self.ids, name)  # the core refuses it when written, and says why
        ids = tuple(p.id for p in self.photos if stored not in p.categories)
        return Write(ids, name) if ids else None

    def edit_caption(self, lang: str, text: str) -> Write[str | None] | None:
        """The caption in one language for every photo (empty removes it); a "several values" field
        left empty leaves each photo its own; the caption already shown writes nothing."""
        if not self.photos:
            return None
        value = " ".join(text.split()) or None
        now = self.caption(lang)
        if (value is None and now.several) or (now.same and now.value == value):
            return None
        return Write(self.ids, value)

    def add_depicts(self, item: DepictedItem | str) -> Write[DepictedItem] | None:
        """The item for the photos that do not depict it yet; each keeps its own others."""
        if isinstance(item, str):
            try:
                item = DepictedItem(normalize_item_id(item))
            except InvalidItemError:
                return None
        ids = tuple(p.id for p in self.photos if item.id not in {d.id for d in p.depicts})
        return Write(ids, item) if ids else None

    def remove_depicts(self, qid: str) -> Write[str] | None:
        """The item taken off the photos that depict it."""
        ids = tuple(p.id for p in self.photos if qid in {d.id for d in p.depicts})
        return Write(ids, qid) if ids else None

    def remove_category(self, name: str) -> Write[str] | None:
        """The category taken off the photos that have it."""
        ids = tuple(p.id for p in self.photos if name in p.categories)
        return Write(ids, name) if ids else None

    def edit_date(self, text: str) -> Write[str | None] | None:
        """The typed date for every photo (empty: each photo's camera date); a "several values" field
        left empty, or a date equal to the one shown, writes nothing."""
        return self._typed_text(self.date(), text)

    def edit_author(self, text: str) -> Write[str | None] | None:
        """The author for every photo (empty: the project's); the same rules as the date."""
        return self._typed_text(self.author(), text)

    def _typed_text(self, now: Shown[str | None], text: str) -> Write[str | None] | None:
        if not self.photos:
            return None
        text = text.strip()
        if (now.several and not text) or (now.same and (now.value or "") == text):
            return None
        return Write(self.ids, text or None)

    def edit_location(self, lat: str, lon: str, heading: str) -> Write[Coordinates | None] | None:
        """The typed location for every photo; None as the value forgets the typed one (the camera's
        shows again). Both boxes emptied do that, unless they showed "several values"; one box
        empty or not a number writes nothing, nor does the location already shown."""
        if not self.photos:
            return None
        lat, lon, heading = lat.strip(), lon.strip(), heading.strip()
        now = self.location()
        if not lat and not lon:
            if now.several or not self.location_typed:
                return None
            return Write(self.ids, None)
        if not lat or not lon:
            return None  # both are needed; an incomplete pair is not written
        try:
            values: Coordinates = (float(lat), float(lon), float(heading) if heading else None)
        except ValueError:
            return None
        loc = now.value
        if now.same and loc is not None and (loc.lat, loc.lon, loc.heading) == values:
            return None
        return Write(self.ids, values)

    def edit_location_removed(self, removed: bool) -> Write[bool] | None:
        """Leave the location off every photo's page (privacy), or show it again on every one."""
        return Write(self.ids, removed) if self.photos else None

    def edit_licence(self, code: str | None) -> Write[str | None] | None:
        """The licence for every photo (None: the project's default)."""
        return Write(self.ids, code) if self.photos else None
