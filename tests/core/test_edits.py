"""Batch edits: exactly the named field of exactly the chosen photos, NFC text, one transaction each."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from photowalk.edits import (
    InvalidDateError,
    InvalidLocationError,
    UnknownPhotoError,
    add_categories,
    apply_title_pattern,
    clear_location,
    remove_categories,
    remove_location,
    restore_location,
    set_attribution,
    set_author,
    set_categories,
    set_date,
    set_description,
    set_extra_wikitext,
    set_licence,
    set_location,
    set_title,
    set_titles,
)
from photowalk.errors import PhotowalkError
from photowalk.fields import effective_location
from photowalk.licences import UnknownLicenceError
from photowalk.names import InvalidCategoryError, InvalidLanguageError, InvalidUserNameError
from photowalk.project import ProjectStore
from tests.describing import project_with

FILES = ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG", "gps/Kodak_CX7530.jpg", "gps/thompson-springs.jpg"]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[ProjectStore, list[int]]]:
    store, ids = project_with(tmp_path, FILES)
    yield store, [ids[f] for f in FILES]
    store.close()


def state(store: ProjectStore) -> dict[int, dict[str, object]]:
    return {p.id: asdict(p) for p in store.photos()}


def changed(before: dict[int, dict[str, object]], after: dict[int, dict[str, object]]) -> dict[int, set[str]]:
    """Which fields of which photos differ."""
    out = {}
    for pid in before:
        diff = {k for k in before[pid] if before[pid][k] != after[pid][k]}
        if diff:
            out[pid] = diff
    return out


# Every edit, applied to photos 1 and 3, must change that one field of those two photos only.
EDITS = [
    (lambda s, ids: set_description(s, ids, "tg", "Боғ"), {"descriptions"}),
    (lambda s, ids: add_categories(s, ids, ["Dushanbe"]), {"categories"}),
    (lambda s, ids: set_licence(s, ids, "cc-zero"), {"licence"}),
    (lambda s, ids: set_author(s, ids, "Photowalker"), {"author"}),
    (lambda s, ids: set_attribution(s, ids, "Фирӯза"), {"attribution"}),
    (lambda s, ids: set_date(s, ids, "2025-05-01"), {"edit_date"}),
    (lambda s, ids: set_location(s, ids, 38.56, 68.78, 90), {"edit_lat", "edit_lon", "edit_heading"}),
    (lambda s, ids: remove_location(s, ids), {"location_removed"}),
    (lambda s, ids: set_extra_wikitext(s, ids, "{{Event}}"), {"extra_wikitext"}),
]


@pytest.mark.parametrize(("edit", "fields"), EDITS)
def test_an_edit_changes_one_field_of_the_chosen_photos_only(
    project: tuple[ProjectStore, list[int]], edit: object, fields: set[str]
) -> None:
    store, ids = project
    # Give every photo distinct values first, so "copy to all" mixing would show.
    for n, pid in enumerate(ids):
        set_title(store, pid, f"Photo {n}")
        set_description(store, [pid], "en", f"English {n}")
        add_categories(store, [pid], [f"Own {n}"])
    before = state(store)
    chosen = [ids[0], ids[2]]
    edit(store, chosen)  # type: ignore[operator]
    after = state(store)
    assert changed(before, after) == {pid: fields for pid in chosen}
    # What each photo had of its own is still there.
    for n, pid in enumerate(ids):
        assert after[pid]["descriptions"]["en"] == f"English {n}"  # type: ignore[index]
        assert f"Own {n}" in after[pid]["categories"]  # type: ignore[operator]


def test_descriptions_are_per_language_and_tajik_comes_first(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_description(store, ids[:2], "ru", "Парк")
    set_description(store, ids[:2], "EN", "Park")
    set_description(store, ids[:1], "tg", "Боғ")
    assert store.photo(ids[0]).descriptions == {"tg": "Боғ", "ru": "Парк", "en": "Park"}
    assert list(store.photo(ids[0]).descriptions) == ["tg", "ru", "en"]
    assert store.photo(ids[1]).descriptions == {"ru": "Парк", "en": "Park"}
    set_description(store, ids[:2], "ru", "  ")  # empty removes that language only
    assert store.photo(ids[0]).descriptions == {"tg": "Боғ", "en": "Park"}
    set_description(store, ids[:1], "en", "Rudaki Park")  # replacing keeps the position
    assert list(store.photo(ids[0]).descriptions.items()) == [("tg", "Боғ"), ("en", "Rudaki Park")]
    with pytest.raises(InvalidLanguageError):
        set_description(store, ids, "Tajik", "x")


def test_text_is_stored_nfc_and_trimmed(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    decomposed = "  Бог\u0438\u0304 Ру\u0304даки\u0304\r\n "  # и/у + combining macron
    set_description(store, ids[:1], "tg", decomposed)
    set_title(store, ids[0], decomposed)
    set_attribution(store, ids[:1], decomposed)
    set_extra_wikitext(store, ids[:1], decomposed)
    p = store.photo(ids[0])
    expected = unicodedata.normalize("NFC", decomposed).strip()
    assert expected == "Богӣ Рӯдакӣ"
    for value in (p.descriptions["tg"], p.title, p.attribution, p.extra_wikitext):
        assert value == expected


def test_categories_append_remove_and_keep_order(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    add_categories(store, ids[:1], ["Parks in Dushanbe", "Fountains"])
    add_categories(store, ids[:2], ["Category:Rudaki_Park", "[[Category:Dushanbe]]", "fountains"])
    assert store.photo(ids[0]).categories == ["Parks in Dushanbe", "Fountains", "Rudaki Park", "Dushanbe"]
    assert store.photo(ids[1]).categories == ["Rudaki Park", "Dushanbe", "Fountains"]
    remove_categories(store, ids[:2], ["category: fountains"])
    assert store.photo(ids[0]).categories == ["Parks in Dushanbe", "Rudaki Park", "Dushanbe"]
    assert store.photo(ids[1]).categories == ["Rudaki Park", "Dushanbe"]
    set_categories(store, ids[1:2], ["B", "A"])
    assert store.photo(ids[1]).categories == ["B", "A"]
    with pytest.raises(InvalidCategoryError):
        add_categories(store, ids, ["Good", "Bad|name"])
    assert store.photo(ids[1]).categories == ["B", "A"]  # nothing added when one name is bad


def test_licence_author_and_date_are_validated(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_licence(store, ids[:1], "CC-BY-4.0")
    set_author(store, ids[:1], "User:photo_walker")
    set_date(store, ids[:1], "2025-05-01T18:30")
    p = store.photo(ids[0])
    assert (p.licence, p.author, p.edit_date) == ("cc-by-4.0", "Photo walker", "2025-05-01 18:30")
    for bad in ("2025-13-01", "2025-02-30", "01.05.2025", "yesterday", "2025-05-01 25:00"):
        with pytest.raises(InvalidDateError):
            set_date(store, ids[:1], bad)
    with pytest.raises(UnknownLicenceError):
        set_licence(store, ids[:1], "gfdl")
    with pytest.raises(InvalidUserNameError):
        set_author(store, ids[:1], "a/b")
    set_date(store, ids[:1], None)
    set_licence(store, ids[:1], None)
    set_author(store, ids[:1], "")
    p = store.photo(ids[0])
    assert (p.licence, p.author, p.edit_date) == (None, None, None)
    assert p.camera.taken == "2021-07-25T10:41:15"  # the camera's value is never touched


def test_location_override_removal_and_restore(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    pid = ids[3]  # thompson-springs.jpg: real GPS and image direction
    camera = effective_location(store.photo(pid))
    assert camera is not None and (round(camera.lat, 3), camera.heading) == (39.115, 206.0)
    remove_location(store, [pid])
    assert effective_location(store.photo(pid)) is None
    restore_location(store, [pid])
    assert effective_location(store.photo(pid)) == camera
    set_location(store, [pid], 38.5598, 68.787)
    loc = effective_location(store.photo(pid))
    assert loc is not None and (loc.lat, loc.lon, loc.heading) == (38.5598, 68.787, 206.0)
    remove_location(store, [pid])
    set_location(store, [pid], 38.5, 68.7, 45)  # setting a location shows it again
    assert effective_location(store.photo(pid)) is not None
    clear_location(store, [pid])  # back to the camera's position and heading
    assert effective_location(store.photo(pid)) == camera
    other = ids[0]  # no GPS in the camera: clearing leaves no location at all
    set_location(store, [other], 38.5, 68.7)
    clear_location(store, [other])
    assert effective_location(store.photo(other)) is None
    for bad in ((91, 0, None), (0, 181, None), (0, 0, 400)):
        with pytest.raises(InvalidLocationError):
            set_location(store, [pid], *bad)


def test_titles(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_titles(store, {ids[0]: "A.jpg", ids[1]: "B"})
    assert [store.photo(i).title for i in ids[:2]] == ["A.jpg", "B"]
    set_title(store, ids[0], "  ")
    assert store.photo(ids[0]).title is None


def test_title_pattern_is_unique_across_the_project(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_description(store, ids, "tg", "Боғи Рӯдакӣ")
    set_title(store, ids[3], "Боғи Рӯдакӣ 2021-07-25.jpg")  # already taken by a photo outside the batch
    titles = apply_title_pattern(store, ids[:3], "{description} {date}")
    assert titles == {
        ids[0]: "Боғи Рӯдакӣ 2021-07-25 (2).jpg",
        ids[1]: "Боғи Рӯдакӣ 2022-01-20.jpg",
        ids[2]: "Боғи Рӯдакӣ 2005-08-13.jpg",
    }
    assert {i: store.photo(i).title for i in ids[:3]} == titles
    assert store.photo(ids[3]).title == "Боғи Рӯдакӣ 2021-07-25.jpg"


def test_title_pattern_leaves_photos_it_cannot_fill(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_description(store, ids[:1], "tg", "Боғ")
    set_title(store, ids[1], "Kept.jpg")
    titles = apply_title_pattern(store, ids[:2], "{description} {n}")
    assert titles == {ids[0]: "Боғ 1.jpg"}
    assert store.photo(ids[1]).title == "Kept.jpg"


def test_unknown_photos_change_nothing(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    before = state(store)
    with pytest.raises(UnknownPhotoError) as info:
        set_licence(store, [ids[0], 999], "cc-zero")
    assert "999" in info.value.message
    with pytest.raises(UnknownPhotoError):
        apply_title_pattern(store, [999], "{n}")
    assert state(store) == before


def test_each_edit_is_one_transaction(project: tuple[ProjectStore, list[int]], monkeypatch: pytest.MonkeyPatch) -> None:
    store, ids = project
    set_description(store, ids, "tg", "Аввал")
    # Make the write fail half-way: nothing of the batch may remain.
    real = store.conn
    calls = {"n": 0}

    class Failing:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("UPDATE descriptions"):
                calls["n"] += 1
                if calls["n"] == 3:
                    raise sqlite3.OperationalError("simulated failure")
            return real.execute(sql, *args)

    monkeypatch.setattr(store, "conn", Failing())
    with pytest.raises(PhotowalkError):
        set_description(store, ids, "tg", "Дуюм")
    monkeypatch.setattr(store, "conn", real)
    assert {p.descriptions["tg"] for p in store.photos()} == {"Аввал"}


def test_an_empty_selection_is_a_no_op(project: tuple[ProjectStore, list[int]]) -> None:
    store, _ = project
    before = state(store)
    assert set_licence(store, [], "cc-zero") == 0
    assert add_categories(store, [], ["X"]) == 0
    assert state(store) == before


def test_clear_location_touches_only_the_chosen_photos(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_location(store, ids, 38.56, 68.78, 90)
    before = state(store)
    assert clear_location(store, [ids[0], ids[2]]) == 2
    assert changed(before, state(store)) == {pid: {"edit_lat", "edit_lon", "edit_heading"} for pid in (ids[0], ids[2])}
