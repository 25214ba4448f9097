"""Undoable edits: each runs a core edit function, and undoes by restoring every photo's own previous value."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from photowalk import culling, edits
from photowalk.depicts import DepictedItem
from photowalk.photo import Photo
from photowalk.project import ProjectStore

if TYPE_CHECKING:
    from photowalk.ui.session import ProjectSession

# Keystrokes in one field within this many seconds become one undo step.
MERGE_SECONDS = 2.0


@dataclass(frozen=True)
class Field:
    """How to read one field of a photo and how to set it on many photos through the core."""

    key: str
    read: Callable[[Photo], Hashable]
    write: Callable[[ProjectStore, list[int], Any], object]


def _set_titles(store: ProjectStore, ids: list[int], value: str | None) -> None:
    edits.set_titles(store, {i: value for i in ids})


def _set_categories(store: ProjectStore, ids: list[int], value: tuple[str, ...]) -> None:
    edits.set_categories(store, ids, list(value))


def _set_location_removed(store: ProjectStore, ids: list[int], removed: bool) -> None:
    (edits.remove_location if removed else edits.restore_location)(store, ids)


def _put_location(store: ProjectStore, ids: list[int], value: tuple[float | None, ...]) -> None:
    # Undo's writer: each photo's own typed location (or none: the camera's) and its privacy choice.
    lat, lon, heading, removed = value
    if lat is None or lon is None:
        edits.clear_location(store, ids)
    else:
        edits.set_location(store, ids, lat, lon, heading)
    _set_location_removed(store, ids, bool(removed))


TITLE = Field("title", lambda p: p.title, _set_titles)
LICENCE = Field("licence", lambda p: p.licence, edits.set_licence)
AUTHOR = Field("author", lambda p: p.author, edits.set_author)
DATE = Field("date", lambda p: p.edit_date, edits.set_date)
CATEGORIES = Field("categories", lambda p: tuple(p.categories), _set_categories)
LOCATION = Field(
    "location", lambda p: (p.edit_lat, p.edit_lon, p.edit_heading, p.location_removed), _put_location
)
SUBJECT = Field(
    "subject", lambda p: (p.edit_dest_lat, p.edit_dest_lon),
    lambda store, ids, value: edits.set_subject_locations(
        store, {i: (value[0], value[1]) if value[0] is not None and value[1] is not None else None for i in ids}),
)
LOCATION_REMOVED = Field("location_removed", lambda p: p.location_removed, _set_location_removed)
ORIGIN = Field("origin", lambda p: p.origin, edits.set_origin)  # whose photo it is (photowalk.origin)
CULLED = Field("culled", lambda p: p.culled, lambda store, ids, culled: culling.set_culled(store, ids, bool(culled)))


def _set_depicts(store: ProjectStore, ids: list[int], value: tuple[DepictedItem, ...]) -> None:
    edits.set_depicts(store, ids, list(value))


DEPICTS = Field("depicts", lambda p: tuple(p.depicts), _set_depicts)


def caption_field(lang: str) -> Field:
    """The caption in one language (structured data)."""
    return Field(
        f"caption:{lang}",
        lambda p: p.captions.get(lang),
        lambda store, ids, value: edits.set_caption(store, ids, lang, value),
    )


def description_field(lang: str) -> Field:
    """The description in one language."""
    return Field(
        f"description:{lang}",
        lambda p: p.descriptions.get(lang),
        lambda store, ids, value: edits.set_description(store, ids, lang, value),
    )


def _grouped(before: dict[int, Hashable]) -> dict[Hashable, list[int]]:
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for pid, value in before.items():
        groups[value].append(pid)
    return groups


class FieldEdit(QUndoCommand):
    """Sets one field on the chosen photos (redo), or puts each photo's own old value back (undo).

    `apply` is the forward edit; by default the field's writer with `value`. Category edits pass
    add/remove so each photo keeps the categories it had.
    """

    _ids_by_key: dict[str, int] = {}

    def __init__(
        self,
        session: ProjectSession,
        field: Field,
        ids: Sequence[int],
        value: Any,
        text: str,
        *,
        apply: Callable[[ProjectStore, list[int]], object] | None = None,
        mergeable: bool = False,
        origin: object = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.origin = origin
        self.field = field
        self.ids = list(dict.fromkeys(ids))
        self.value = value
        self.apply = apply
        self.mergeable = mergeable
        self.made = time.monotonic()
        photos = session.store.photos(self.ids)
        self.before: dict[int, Hashable] = {p.id: field.read(p) for p in photos}
        self._executed = False

    def execute(self) -> None:
        """Make the edit now (it may raise a typed error); pushing it afterwards does not repeat it."""
        self._forward()
        self._executed = True
        self.session.refresh(self.ids, origin=self.origin)

    def _forward(self) -> None:
        store = self.session.store
        if self.apply is not None:
            self.apply(store, self.ids)
        else:
            self.field.write(store, self.ids, self.value)

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the push right after execute()
            return
        self._forward()
        self.session.refresh(self.ids)

    def undo(self) -> None:
        store = self.session.store
        for value, ids in _grouped(self.before).items():
            self.field.write(store, ids, value)
        self.session.refresh(self.ids)

    def id(self) -> int:
        if not self.mergeable:
            return -1
        return FieldEdit._ids_by_key.setdefault(self.field.key, len(FieldEdit._ids_by_key) + 1000)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Typing in one field becomes one step: the later value, the earlier 'before'."""
        if not isinstance(other, FieldEdit) or not other.mergeable or other.field.key != self.field.key:
            return False
        if other.ids != self.ids or other.made - self.made > MERGE_SECONDS:
            return False
        self.value = other.value
        self.apply = other.apply
        self.made = other.made
        return True


class TitlesEdit(QUndoCommand):
    """Gives several photos their own titles at once: a title pattern (the core makes them) or fixes."""

    def __init__(
        self,
        session: ProjectSession,
        ids: Iterable[int],
        make: Callable[[ProjectStore], dict[int, str]],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.origin = origin
        self.make = make
        self.before: dict[int, str | None] = {p.id: p.title for p in session.store.photos(list(ids))}
        self.titles: dict[int, str] = {}
        self._executed = False

    def execute(self) -> None:
        """Run the core function that sets the titles; it may raise a typed error."""
        self.titles = self.make(self.session.store)
        self._executed = True
        self.session.refresh(self.titles, origin=self.origin)

    def redo(self) -> None:
        if self._executed:
            self._executed = False
            return
        edits.set_titles(self.session.store, dict(self.titles))
        self.session.refresh(self.titles)

    def undo(self) -> None:
        edits.set_titles(self.session.store, {i: self.before.get(i) for i in self.titles})
        self.session.refresh(self.titles)

