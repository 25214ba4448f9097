"""The editor's rules for several photos at once, without Qt: what each field shows, which photos an edit reaches.

Selections are read from real projects of real camera files; every edit the rules give is made with the
core's own edit functions, and the project is read back to see that exactly the photos named changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk import edits
from photowalk.completions import offered_categories, project_categories
from photowalk.fields import DateReading, Location, read_date
from photowalk.names import InvalidCategoryError
from photowalk.project import ProjectStore
from photowalk.projectsettings import update_settings
from photowalk.selection import (
    CategoryUse,
    Selection,
    Write,
    coordinate_text,
    date_acceptable,
    shown,
)
from tests.describing import project_with

# Three real files with the camera's GPS, one without GPS.
ROME = "gps/Apple_iPhone_4.jpg"  # 41.853, 12.4888333, heading 177.56
SIENA = "gps/DSCN0010.jpg"  # 43.4674483, 11.8851267
PARIS = "gps/FujiFilm_FinePixS2Pro.jpg"  # 48.8578333, 2.297
NO_GPS = "cameras/Canon_EOS_D60.jpg"
FILES = [ROME, SIENA, PARIS, NO_GPS]


@pytest.fixture
def walk(tmp_path: Path) -> Iterator[tuple[ProjectStore, dict[str, int]]]:
    store, ids = project_with(tmp_path, FILES)
    yield store, ids
    store.close()


def selected(store: ProjectStore, *ids: int) -> Selection:
    """The selection as the window builds it: the photos as the project holds them now, in the order chosen."""
    photos = {p.id: p for p in store.photos(list(ids))}
    return Selection([photos[i] for i in ids])


def by_file(store: ProjectStore, ids: dict[str, int], attr: str) -> dict[str, object]:
    """One attribute of every photo of the project, by file."""
    photos = {p.id: p for p in store.photos()}
    return {rel: getattr(photos[pid], attr) for rel, pid in ids.items()}


# -- what a field shows ------------------------------------------------------------------------


def test_a_field_shows_one_value_or_several() -> None:
    assert shown(["a", "a"]).same and shown(["a", "a"]).value == "a"
    mixed = shown(["a", None, "b", "a"])
    assert mixed.several and mixed.value is None and mixed.values == ("a", None, "b")
    nothing = shown([])
    assert nothing.same and nothing.value is None  # no selection: nothing to show, nothing differs
    assert shown([None, None]).same and shown([None, None]).value is None


def test_title_is_edited_one_photo_at_a_time(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_titles(store, {a: "Fountain", b: "Bridge"})
    one = selected(store, a)
    assert one.title_editable and one.title().value == "Fountain"
    both = selected(store, a, b)
    assert not both.title_editable and both.title().several
    assert both.edit_title("Fountain") is None  # several: titles come from a pattern
    assert one.edit_title(" Fountain ") is None  # unchanged
    assert one.edit_title("  Old fountain ") == Write((a,), "Old fountain")
    assert one.edit_title("   ") == Write((a,), None)  # emptied: the title is cleared
    assert Selection().edit_title("x") is None


def test_languages_tajik_first_then_the_photos_then_the_project(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_description(store, [a], "de", "Brunnen")
    edits.set_description(store, [b], "en", "Bridge")
    edits.set_description(store, [b], "de", "Brücke")
    assert selected(store, a, b).languages(["ru", "en", "tg"]) == ["tg", "de", "en", "ru"]
    assert Selection().languages() == ["tg"]


def test_description_shows_several_when_any_photo_differs_or_lacks_it(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[PARIS]
    edits.set_description(store, [a, b], "tg", "Манора")
    assert selected(store, a, b).description("tg").value == "Манора"
    assert selected(store, a, b, c).description("tg").several  # c has none
    assert selected(store, c).description("tg").value is None
    assert selected(store, a, b).description("ru").same  # nobody has it: an empty field, not several


def test_empty_several_values_description_leaves_each_photo_its_own(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[PARIS]
    edits.set_description(store, [a], "tg", "Манора")
    edits.set_description(store, [b], "tg", "Кӯча")
    sel = selected(store, a, b, c)
    assert sel.edit_description("tg", "") is None
    assert sel.edit_description("tg", " \n ") is None
    write = sel.edit_description("tg", "  Боғ ")
    assert write == Write((a, b, c), "Боғ")
    edits.set_description(store, write.ids, "tg", write.value)
    assert [by_file(store, ids, "descriptions")[f].get("tg") for f in (ROME, SIENA, PARIS, NO_GPS)] == [
        "Боғ", "Боғ", "Боғ", None]


def test_emptying_a_common_description_removes_it_from_every_photo(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_description(store, [a, b], "tg", "Манора")
    edits.set_description(store, [a], "ru", "Минарет")
    write = selected(store, a, b).edit_description("tg", "")
    assert write == Write((a, b), None)
    edits.set_description(store, write.ids, "tg", write.value)
    assert by_file(store, ids, "descriptions")[ROME] == {"ru": "Минарет"}  # the other language stays
    assert by_file(store, ids, "descriptions")[SIENA] == {}
    assert Selection().edit_description("tg", "x") is None


def test_removing_a_language_reaches_every_photo_only_when_one_has_it(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    assert selected(store, a, b).remove_language("ru") is None
    edits.set_description(store, [b], "ru", "Мост")
    assert selected(store, a, b).remove_language("ru") == Write((a, b), None)


def test_categories_with_how_many_photos_have_each(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.add_categories(store, [b], ["Bridges", "Rome"])
    edits.add_categories(store, [a], ["Rome", "Fountains"])
    uses = selected(store, a, b).categories()
    assert uses == [CategoryUse("Rome", 2, 2), CategoryUse("Fountains", 1, 2), CategoryUse("Bridges", 1, 2)]
    assert [u.partial for u in uses] == [False, True, True]


def test_a_category_is_added_to_the_photos_that_lack_it(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[PARIS]
    edits.add_categories(store, [a], ["Fountains in Tajikistan", "Rome"])
    sel = selected(store, a, b, c)
    assert sel.add_category("  ") is None
    # Typed as a link or with underscores: the same category as the stored one.
    write = sel.add_category(" Category:Fountains_in_Tajikistan ")
    assert write == Write((b, c), "Category:Fountains_in_Tajikistan")
    edits.add_categories(store, write.ids, [write.value])
    cats = by_file(store, ids, "categories")
    assert cats[ROME] == ["Fountains in Tajikistan", "Rome"]  # its own order kept
    assert cats[SIENA] == cats[PARIS] == ["Fountains in Tajikistan"] and cats[NO_GPS] == []
    assert selected(store, a, b, c).add_category("Fountains in Tajikistan") is None  # all have it
    assert Selection().add_category("Rome") is None


def test_a_category_the_core_refuses_goes_to_the_write_that_says_why(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    write = selected(store, a, b).add_category("Parks|Rome")
    assert write == Write((a, b), "Parks|Rome")
    with pytest.raises(InvalidCategoryError):
        edits.add_categories(store, write.ids, [write.value])
    assert by_file(store, ids, "categories")[ROME] == []


def test_a_category_is_removed_from_the_photos_that_have_it(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[PARIS]
    edits.add_categories(store, [a, c], ["Rome", "Fountains"])
    sel = selected(store, a, b, c)
    write = sel.remove_category("Rome")
    assert write == Write((a, c), "Rome")
    edits.remove_categories(store, write.ids, [write.value])
    assert by_file(store, ids, "categories")[ROME] == ["Fountains"]
    assert sel.remove_category("Bridges") is None


def test_date_rules(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[PARIS]
    fresh = selected(store, a, b)
    assert fresh.date().same and fresh.date().value is None
    assert fresh.camera_date().several  # two cameras, two days
    assert selected(store, a).camera_date().value == "2011-01-13T14:33:39"
    assert fresh.edit_date("") is None  # nothing typed over nothing
    write = fresh.edit_date(" 2025-05-01 ")
    assert write == Write((a, b), "2025-05-01")
    edits.set_date(store, write.ids, write.value)
    assert selected(store, a, b).edit_date("2025-05-01") is None  # the date shown: nothing to write
    mixed = selected(store, a, b, c)
    assert mixed.date().several
    assert mixed.edit_date("") is None  # "several values" left empty: each keeps its own
    assert mixed.edit_date("2025-05-02") == Write((a, b, c), "2025-05-02")
    # Emptied where all shared one: each photo's camera date is used again.
    assert selected(store, a, b).edit_date("") == Write((a, b), None)


def test_dates_the_project_takes() -> None:
    for text in ("", "2025", "2025-05", "2025-05-01", "2025-05-01 10:30", "2025-05-01T10:30:15", " 2025-05-01 "):
        assert date_acceptable(text), text
    for text in ("2025-13-40", "2025-02-30", "11 May 2024", "2025-05-01 24:00", "2025-5-1", "01.05.2025"):
        assert not date_acceptable(text), text


def test_location_shown(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, d = ids[ROME], ids[SIENA], ids[NO_GPS]
    rome = selected(store, a)
    assert rome.location().value == Location(41.853, 12.4888333333333, 177.5577889)
    assert not rome.location_typed
    assert selected(store, a, b).location().several
    assert selected(store, d).location().value is None
    edits.set_location(store, [a, b], 38.5598, 68.787)
    both = selected(store, a, b)
    assert both.location_typed
    # The typed position; the heading is still the camera's where one was given.
    assert both.location().values == (Location(38.5598, 68.787, 177.5577889), Location(38.5598, 68.787, None))
    edits.remove_location(store, [a])
    assert selected(store, a).location().value is None  # left off the page: nothing shown
    assert selected(store, a, b).location_removed().several
    assert selected(store, a).location_removed().value is True


def test_location_typed_goes_to_every_photo(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, d = ids[ROME], ids[SIENA], ids[NO_GPS]
    sel = selected(store, a, b, d)
    assert sel.edit_location("38.5598", "68.787", "") == Write((a, b, d), (38.5598, 68.787, None))
    assert sel.edit_location(" 38.5598 ", "68.787", " 90 ") == Write((a, b, d), (38.5598, 68.787, 90.0))
    assert sel.edit_location("38.5598", "", "") is None  # both are needed
    assert sel.edit_location("", "68.787", "90") is None
    assert sel.edit_location("38,5598", "68.787", "") is None  # not a number
    # The position shown already, the camera's heading included: nothing to write.
    rome = selected(store, a)
    assert rome.edit_location("41.853", "12.4888333333333", "177.5577889") is None
    assert rome.edit_location("41.853", "12.4888333333333", "") == Write((a,), (41.853, 12.4888333333333, None))


def test_emptying_the_location_forgets_the_typed_one(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a = ids[ROME]
    assert selected(store, a).edit_location("", "", "") is None  # the camera's: nothing typed to forget
    edits.set_location(store, [a], 38.5598, 68.787)
    write = selected(store, a).edit_location(" ", "", "12")
    assert write == Write((a,), None)
    edits.clear_location(store, write.ids)
    assert selected(store, a).location().value == Location(41.853, 12.4888333333333, 177.5577889)
    # Photos at different places show "several values": left empty, each keeps its own.
    b, c = ids[SIENA], ids[PARIS]
    edits.set_location(store, [b], 38.5598, 68.787)
    assert selected(store, b, c).edit_location("", "", "") is None
    edits.set_location(store, [c], 38.5598, 68.787)
    assert selected(store, b, c).edit_location("", "", "") == Write((b, c), None)
    # The same typed position under two camera headings is two places too.
    edits.set_location(store, [a], 38.5598, 68.787)
    assert selected(store, a, b).location().several
    assert selected(store, a, b).edit_location("", "", "") is None


def test_location_removed_and_licence_go_to_every_photo(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_licence(store, [a], "cc-zero")
    sel = selected(store, a, b)
    assert sel.licence().several and sel.licence().values == ("cc-zero", None)
    assert sel.edit_licence("cc-by-4.0") == Write((a, b), "cc-by-4.0")
    assert sel.edit_licence(None) == Write((a, b), None)  # the project's default
    assert sel.edit_location_removed(True) == Write((a, b), True)
    assert Selection().edit_licence("cc-zero") is None and Selection().edit_location_removed(True) is None


def test_author_rules(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_author(store, [a], "Example")
    sel = selected(store, a, b)
    assert sel.author().several
    assert sel.edit_author(" ") is None  # "several values" left empty
    assert sel.edit_author("Other") == Write((a, b), "Other")
    one = selected(store, a)
    assert one.edit_author("Example") is None
    assert one.edit_author("") == Write((a,), None)  # the project's author again


def test_a_description_written_with_the_events_prefix_shows_it(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    prefix = "Сайругашт: "
    update_settings(store, description_prefix={"tg": prefix})
    edits.set_description(store, [a, b], "tg", "Боғ")
    sel = selected(store, a, b)
    assert sel.description("tg").value == "Сайругашт: Боғ"
    assert sel.shown_after_write("tg", "Боғ", prefix) == "Сайругашт: Боғ"
    assert sel.shown_after_write("tg", "Сайругашт: Боғ", prefix) is None  # shown already
    assert sel.shown_after_write("tg", "Боғ", "") is None  # no prefix
    assert sel.shown_after_write("tg", "Кӯча", prefix) is None  # not what was written
    edits.set_description(store, [b], "tg", "Кӯча")
    assert selected(store, a, b).shown_after_write("tg", "Боғ", prefix) is None  # several values


def test_coordinates_as_their_fields_show_them() -> None:
    assert coordinate_text(38.5598) == "38.5598"
    assert coordinate_text(68.0) == "68"
    assert coordinate_text(12.48883333333) == "12.488833"
    assert coordinate_text(-0.0000001) == "-0"
    assert coordinate_text(None) == ""


def test_stored_dates_taken_apart() -> None:
    assert read_date("2024-05-11T09:00:00.52+05:00") == DateReading(2024, 5, 11, 9, 0, 300)
    assert read_date("2021-09-27T07:13:47.832-06:00") == DateReading(2021, 9, 27, 7, 13, -360)
    assert read_date("2013-07-05T03:18:27Z") == DateReading(2013, 7, 5, 3, 18, 0)
    assert read_date("2011-01-13T14:33:39") == DateReading(2011, 1, 13, 14, 33)
    assert read_date("2025-05-01 10:30") == DateReading(2025, 5, 1, 10, 30)
    assert read_date("2025-05") == DateReading(2025, 5)
    assert read_date("2025") == DateReading(2025)
    for text in (None, "", "2025-13-01", "2025-02-30", "2025-05-01 25:00", "2025-05-01T10:00+15:00", "May 2025",
                 "2025-05-01 10:30 trailing"):
        assert read_date(text) is None, text


def test_categories_offered_while_typing(tmp_path: Path, walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    edits.add_categories(store, [ids[ROME]], ["rome", "Fountains"])
    preset = Path(__file__).resolve().parents[2] / "resources" / "presets" / "example-photowalk.toml"
    project = project_categories(store.photos(), str(preset))
    assert project == ["Dushanbe", "Fountains", "Photowalks in Tajikistan", "Rome"]
    assert project_categories(store.photos(), str(tmp_path / "gone.toml")) == ["Fountains", "Rome"]
    broken = tmp_path / "broken.toml"
    broken.write_text("categories = [", encoding="utf-8")
    assert project_categories(store.photos(), str(broken)) == ["Fountains", "Rome"]
    # The wiki's names follow, without those the project has in another case.
    assert offered_categories(["Fountains", "Rome"], ["fountains", "Roman bridges", "ROME"]) == [
        "Fountains", "Rome", "Roman bridges"]

