"""Someone else's photo: the reasons offered, the page UploadWizard writes for a third-party work,
hostile author and source texts, the checks, and the project store (v8) with its change log."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import mwparserfromhell
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import ExternalLink

from photowalk.checks import check_photo
from photowalk.edits import ORIGIN_FIELDS, UnknownPhotoError, set_origin, update_origin
from photowalk.origin import (
    REASONS,
    InvalidYearError,
    Origin,
    UnknownOriginReasonError,
    make_origin,
    normalize_reason,
    origin_problems,
)
from photowalk.originselection import edit_field, edit_own_work, field, own_work
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings
from photowalk.schema import APPLICATION_ID, MIGRATIONS
from photowalk.selection import Write
from photowalk.text import normalize
from photowalk.wikitext import WikitextError
from tests.core.test_wikitext import INFORMATION_PARAMS, NASTY, information, make_photo, page_text, shown
from tests.describing import project_with

FAMILY = Origin("Rahim Karimov", "family album, printed 1965", "pd-old-70-expired", death_year=1950, year=1929)
THIS_YEAR = 2026


def third_party(origin: Origin = FAMILY, **fields: object) -> object:
    return make_photo(origin=origin, **fields)


# -- the page --------------------------------------------------------------------------------


def test_third_party_page_is_uploadwizards() -> None:
    page = page_text(third_party(), country="Tajikistan")  # type: ignore[arg-type]
    assert page == (
        "=={{int:filedesc}}==\n"
        "{{Information\n"
        "|description={{tg|1=Боғи Рӯдакӣ}}{{ru|1=Парк Рудаки}}\n"
        "|date=1929\n"
        "|source=family album, printed 1965\n"
        "|author=Rahim Karimov\n"
        "|permission=\n"
        "|other versions=\n"
        "}}\n"
        "{{Location|38.5598|68.787|heading:90}}\n"
        "\n"
        "=={{int:license-header}}==\n"
        "{{PD-old-70-expired}}\n"
        "\n"
        "[[Category:Rudaki Park]]\n"
        "[[Category:Dushanbe]]"
    )


@pytest.mark.parametrize("key", list(REASONS))
def test_each_reason_writes_its_template_alone(key: str) -> None:
    photo = third_party(Origin("A. Friend", "https://example.org/photo/1", key, 1900, 1899))
    page = page_text(photo)  # type: ignore[arg-type]
    code = mwparserfromhell.parse(page)
    top = [str(t) for t in code.filter_templates(recursive=False)]
    assert REASONS[key].template in top
    assert not any(t.startswith("{{self") for t in top)  # own work's licence form is not used
    info = information(page)
    assert [str(p.name) for p in info.params] == INFORMATION_PARAMS
    assert str(info.get("author").value).strip() == "A. Friend"
    assert str(info.get("source").value).strip() == "https://example.org/photo/1"


def test_reasons_are_templates_that_commons_has() -> None:
    # The list photowalk offers (README "Someone else's photo" says where each was found).
    assert {k: r.template for k, r in REASONS.items()} == {
        "cc-by-sa-4.0": "{{cc-by-sa-4.0}}",
        "cc-by-4.0": "{{cc-by-4.0}}",
        "cc-zero": "{{cc-zero}}",
        "pd-old-70-expired": "{{PD-old-70-expired}}",
        "pd-old-assumed-expired": "{{PD-old-assumed-expired}}",
    }
    for r in REASONS.values():
        assert r.name and r.explanation


def test_no_reason_no_page() -> None:
    with pytest.raises(WikitextError) as info:
        page_text(third_party(Origin("A. Friend", "album")))  # type: ignore[arg-type]
    assert info.value.params["reason"].code == "no-origin-reason"


def test_the_year_of_an_old_print_is_its_date() -> None:
    # Not the day its copy was photographed; a typed date wins; without a year the camera's date stays.
    assert "|date=1929\n" in page_text(third_party())  # type: ignore[arg-type]
    photo = third_party(camera=make_photo().camera.__class__())
    assert "|date=1929\n" in page_text(photo)  # type: ignore[arg-type]
    photo = third_party(camera=make_photo().camera.__class__(), edit_date="1931-05")
    assert "|date=1931-05\n" in page_text(photo)  # type: ignore[arg-type]
    photo = third_party(Origin("A. Friend", "https://example.org/1", "cc-by-sa-4.0"))
    assert "|date={{Taken on|2025-05-01 10:21 UTC+5|source=EXIF}}\n" in page_text(photo)  # type: ignore[arg-type]


def test_own_work_ignores_nothing_of_its_licence_and_author() -> None:
    own = page_text(make_photo(), country="Tajikistan")
    assert "|source={{own}}\n|author=[[User:Tajik Wikimedian|Tajik Wikimedian]]\n" in own
    assert "{{self|cc-by-sa-4.0}}" in own


HOSTILE = [*NASTY, "a|b}}c", "}}{{PD-self}}", "[[Category:Fake]]", "~~~~", "{{subst:REVISIONUSER}}", "</nowiki><!--",
           "__NOINDEX__", "=={{int:license-header}}==\n{{cc-zero}}", "* list\n# item", "&#124;", "|author=Someone"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_author_and_source_come_out_as_typed(text: str) -> None:
    page = page_text(third_party(Origin(text, text, "cc-by-4.0")))  # type: ignore[arg-type]
    info = information(page)
    assert [str(p.name) for p in info.params] == INFORMATION_PARAMS
    assert shown(info.get("author").value).strip("\n") == normalize(text)
    assert shown(info.get("source").value).strip("\n") == normalize(text)
    code = mwparserfromhell.parse(page)
    assert [str(t) for t in code.filter_templates(recursive=False)][-1] == "{{cc-by-4.0}}"
    assert [str(w.title) for w in code.filter_wikilinks(recursive=False)] == ["Category:Rudaki Park", "Category:Dushanbe"]
    assert len(code.filter_headings()) == 2


@pytest.mark.parametrize("url", [
    "https://example.org/a?b=c&d=e",
    "https://example.org/a|b}}{{x}}[y]",
    "http://example.org/~user/~~~~/__NOTOC__/it''s",
    "https://пример.тҷ/акс/1\u202e",
    "https://example.org/<b>\"q\"",
])
def test_a_web_address_stays_one_link_to_the_same_place(url: str) -> None:
    page = page_text(third_party(Origin("A. Friend", url, "cc-by-sa-4.0")))  # type: ignore[arg-type]
    value = information(page).get("source").value
    nodes = [n for n in value.nodes if str(n).strip()]
    assert len(nodes) == 1 and isinstance(nodes[0], ExternalLink), nodes
    assert unquote(str(nodes[0].url)) == url
    for bad in ("|", "{", "}", "[", "]", "<", "~~~", "__", "''"):
        assert bad not in str(nodes[0].url)


@settings(max_examples=300, deadline=None)
@given(author=st.text(), source=st.text())
def test_any_author_and_source_round_trip(author: str, source: str) -> None:
    page = page_text(third_party(Origin(author, source, "cc-zero")))  # type: ignore[arg-type]
    info = information(page)
    assert [str(p.name) for p in info.params] == INFORMATION_PARAMS
    assert shown(info.get("author").value).strip("\n") == normalize(author)
    if not normalize(source).lower().startswith(("http://", "https://")):
        assert shown(info.get("source").value).strip("\n") == normalize(source)
    assert [str(t) for t in mwparserfromhell.parse(page).filter_templates(recursive=False)][-1] == "{{cc-zero}}"


# -- the checks ------------------------------------------------------------------------------


def codes(origin: Origin, year: int = THIS_YEAR) -> list[str]:
    return [p.code for p in origin_problems(origin, year)]


def test_a_complete_origin_has_no_problems() -> None:
    assert codes(FAMILY) == []
    assert codes(Origin("unknown", "grandmother's album", "pd-old-assumed-expired", year=1900)) == []
    assert codes(Origin("A. Friend", "https://example.org/1", "cc-by-sa-4.0")) == []


def test_the_check_asks_for_what_is_missing() -> None:
    problems = origin_problems(Origin(), THIS_YEAR)
    assert [p.code for p in problems] == ["origin-no-author", "origin-no-source", "origin-no-reason"]
    assert all(p.is_error for p in problems)
    assert "type who took it" in problems[0].message
    assert "family album, printed 1965" in problems[1].message
    assert codes(Origin("A", "B", "pd-old-70-expired")) == ["origin-no-death-year", "origin-no-year"]
    assert codes(Origin("A", "B", "pd-old-assumed-expired")) == ["origin-no-year"]
    assert codes(Origin("A", "B", "gfdl")) == ["origin-unknown-reason"]


def test_public_domain_by_age_counts_from_this_year() -> None:
    # On 1 January 2026 the photos of authors who died in 1955 are free, published in 1930 in the US.
    assert codes(Origin("A", "B", "pd-old-70-expired", death_year=1955, year=1930)) == []
    problems = origin_problems(Origin("A", "B", "pd-old-70-expired", death_year=1956, year=1931), THIS_YEAR)
    assert [p.code for p in problems] == ["origin-died-too-recently", "origin-too-recent"]
    assert problems[0].params == {"tag": "{{PD-old-70-expired}}", "latest": 1955, "year": 1956}
    assert "died in 1955 or earlier" in problems[0].message
    assert codes(Origin("A", "B", "pd-old-70-expired", death_year=1956, year=1931), 2027) == []
    assert codes(Origin("A", "B", "pd-old-assumed-expired", year=1906)) == ["origin-too-recent"]
    assert codes(Origin("A", "B", "pd-old-assumed-expired", year=1905)) == []


def test_impossible_years() -> None:
    assert codes(Origin("A", "B", "pd-old-70-expired", death_year=2030, year=1920)) == ["origin-year-impossible"]
    assert codes(Origin("A", "B", "cc-zero", year=1200)) == ["origin-year-impossible"]


def test_check_photo_blocks_an_incomplete_origin_and_leaves_own_work_rules_out() -> None:
    settings_without_licence = ProjectSettings()
    photo = third_party(Origin(reason="cc-by-sa-4.0"), licence=None, author="bad|name",
                        camera=make_photo().camera.__class__(taken="1960-01-01T10:00:00"))
    found = [p.code for p in check_photo(photo, settings=settings_without_licence, today=date(2026, 1, 1))]  # type: ignore[arg-type]
    assert "origin-no-author" in found and "origin-no-source" in found
    # Own work's rules: a licence to choose, a Commons user name, a camera clock that was never set.
    assert not {"no-licence", "author-invalid", "date-too-old"} & set(found)
    own = make_photo(licence=None, author="bad|name", camera=make_photo().camera.__class__(taken="1960-01-01T10:00:00"))
    found = [p.code for p in check_photo(own, settings=settings_without_licence, today=date(2026, 1, 1))]
    assert {"no-licence", "author-invalid", "date-too-old"} <= set(found)
    assert not any(code.startswith("origin-") for code in found)


def test_reasons_and_years_as_typed() -> None:
    assert normalize_reason(" CC-BY-SA-4.0 ") == "cc-by-sa-4.0"
    assert normalize_reason("{{PD-old-70-expired}}") == "pd-old-70-expired"
    assert normalize_reason("CC0") == "cc-zero"
    with pytest.raises(UnknownOriginReasonError):
        normalize_reason("PD-Tajikistan")
    with pytest.raises(InvalidYearError):
        make_origin(death_year="fifty")
    assert make_origin(" A\u0301li ", " album ", "", " 1950 ", "") == Origin("\u00c1li", "album", "", 1950)


# -- the project -----------------------------------------------------------------------------


def test_store_round_trip_change_log_and_undo(tmp_path: Path) -> None:
    store, ids = project_with(tmp_path, ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG"])
    a, b = ids.values()
    try:
        assert store.schema_version == len(MIGRATIONS)
        assert all(p.origin is None for p in store.photos())
        mark = store.change_mark()
        set_origin(store, [a], Origin(" Rahim\n", "album", "PD-old-70-expired", 1950, 1929))
        assert store.photo(a).origin == Origin("Rahim", "album", "pd-old-70-expired", 1950, 1929)
        assert store.photo(b).origin is None
        mark, changed = store.changes_since(mark)
        assert changed == {a}

        # A batch edit of one field keeps each photo's other fields; an own-work photo gets only that field.
        before = {p.id: p.origin for p in store.photos()}
        update_origin(store, [a, b], {"source": "https://example.org/1"})
        assert store.photo(a).origin == Origin("Rahim", "https://example.org/1", "pd-old-70-expired", 1950, 1929)
        assert store.photo(b).origin == Origin(source="https://example.org/1")
        assert store.changes_since(mark)[1] == {a, b}

        # Undo puts each photo's own value back (the window's FieldEdit writes them this way).
        for pid, value in before.items():
            set_origin(store, [pid], value)
        assert {p.id: p.origin for p in store.photos()} == before

        with pytest.raises(UnknownOriginReasonError):
            update_origin(store, [a], {"reason": "PD-Tajikistan"})
        with pytest.raises(UnknownPhotoError):
            set_origin(store, [a, 999], None)
        assert store.photo(a).origin == before[a]  # nothing changed by a refused edit
        store.remove_photos([a])
        assert store.conn.execute("SELECT count(*) FROM origins").fetchone()[0] == 0
        assert set(ORIGIN_FIELDS) == set(Origin.__dataclass_fields__)
    finally:
        store.close()


def test_a_project_from_before_opens_with_every_photo_own_work(tmp_path: Path) -> None:
    path = tmp_path / "old.photowalk"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, sql in enumerate(MIGRATIONS[:7], start=1):
        conn.executescript(f"BEGIN;{sql}\nPRAGMA user_version={number};COMMIT;")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("INSERT INTO photos(id, path, sha1, size, mtime, kind, added) VALUES (1, 'a.jpg', 'x', 1, 0, 'jpeg', '')")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.photo(1).origin is None
        set_origin(store, [1], FAMILY)
        assert store.photo(1).origin == FAMILY


# -- the editor's fields over a selection ------------------------------------------------------


def test_selection_fields_follow_the_several_values_rules() -> None:
    mine = make_photo(id=1)
    family = make_photo(id=2, origin=FAMILY)
    friend = make_photo(id=3, origin=Origin("A. Friend", "https://example.org/1", "cc-by-sa-4.0"))
    assert own_work([mine]).value is True and own_work([family, friend]).value is False
    assert own_work([mine, family]).several
    # Someone else's: only the photos that are not yet, with empty fields to type; own work: the others.
    assert edit_own_work([mine, family], own=False) == Write((1,), Origin())
    assert edit_own_work([mine, family], own=True) == Write((2,), None)
    assert edit_own_work([family], own=False) is None

    assert field([family, friend], "author").several and field([family, friend], "reason").several
    assert field([mine, family], "year").values == (None, 1929)
    # A "several values" field left empty writes nothing; typed text goes to every photo.
    assert edit_field([family, friend], "author", "") is None
    assert edit_field([family, friend], "author", " Someone ") == Write((2, 3), "Someone")
    assert edit_field([family], "author", "Rahim Karimov") is None  # the value shown
    assert edit_field([family], "death_year", "") == Write((2,), None)
    assert edit_field([family], "reason", "CC-BY-4.0") == Write((2,), "cc-by-4.0")
    with pytest.raises(InvalidYearError):
        edit_field([family], "year", "192")
    with pytest.raises(UnknownOriginReasonError):
        edit_field([family], "reason", "PD-Tajikistan")


def test_an_old_prints_copy_location_is_flagged() -> None:
    today = date(2026, 1, 1)
    found = [p for p in check_photo(third_party(), today=today) if p.code == "origin-copy-location"]  # type: ignore[arg-type]
    assert [p.severity for p in found] == ["warning"]
    for fixed in (third_party(location_removed=True), third_party(edit_lat=38.5, edit_lon=68.7),
                  third_party(Origin("A. Friend", "https://example.org/1", "cc-by-sa-4.0")), make_photo()):
        assert not [p for p in check_photo(fixed, today=today) if p.code == "origin-copy-location"]  # type: ignore[arg-type]
