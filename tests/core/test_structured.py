"""Captions and depicts in the core: stored in the project, edited alone or in batch, checked, offered
by a preset, and turned into the Wikibase JSON the recordings show a Commons-like wiki takes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk import edits
from photowalk.checks import check_photo
from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.presets import PresetFieldError, apply_preset, parse_preset
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.schema import APPLICATION_ID, MIGRATIONS
from photowalk.selection import Selection
from photowalk.structured import (
    CAPTION_LIMIT,
    CaptionTooLongError,
    PointOfView,
    StructuredData,
    caption_suggestion,
    entity_data,
    structured_data,
)
from tests.describing import project_with
from tests.wikibase_server import exchanges

ROME = "gps/Apple_iPhone_4.jpg"  # 41.853, 12.4888333, heading 177.56
SIENA = "gps/DSCN0010.jpg"
NO_GPS = "cameras/Canon_EOS_D60.jpg"


@pytest.fixture
def walk(tmp_path: Path) -> Iterator[tuple[ProjectStore, dict[str, int]]]:
    store, ids = project_with(tmp_path, [ROME, SIENA, NO_GPS])
    yield store, ids
    store.close()


def test_schema_adds_captions_and_depicts_with_the_change_log(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    assert store.schema_version == len(MIGRATIONS) == 6
    mark = store.change_mark()
    edits.set_caption(store, [ids[ROME]], "tg", "Боғи Рӯдакӣ")
    edits.add_depicts(store, [ids[SIENA]], ["Q1"])
    assert store.changes_since(mark)[1] == {ids[ROME], ids[SIENA]}
    # A photo removed takes its captions and depicts with it.
    store.remove_photos([ids[ROME]])
    assert store.conn.execute("SELECT count(*) FROM captions").fetchone()[0] == 0


def test_an_older_project_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.photowalk"
    conn = sqlite3.connect(path)
    for number, sql in enumerate(MIGRATIONS[:5], start=1):
        conn.executescript(f"BEGIN;{sql}\nPRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == 6
        assert store.conn.execute("SELECT sdc_sent, sdc_error FROM uploads").fetchall() == []


def test_captions_per_language_tajik_first_limit_in_characters(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    pid = ids[ROME]
    edits.set_caption(store, [pid], "en", "Rudaki Park")
    edits.set_caption(store, [pid], "tg", "  Боғи   Рӯдакӣ ")
    edits.set_caption(store, [pid], "ru", "ж" * CAPTION_LIMIT)  # 250 letters, 500 bytes: accepted, as on the wiki
    photo = store.photo(pid)
    assert list(photo.captions) == ["tg", "en", "ru"]
    assert photo.captions["tg"] == "Боғи Рӯдакӣ"
    with pytest.raises(CaptionTooLongError) as too_long:
        edits.set_caption(store, [pid], "ru", "ж" * (CAPTION_LIMIT + 1))
    assert "251" in too_long.value.message and "250" in too_long.value.message
    assert store.photo(pid).captions["ru"] == "ж" * CAPTION_LIMIT  # unchanged
    edits.set_caption(store, [pid], "en", "")
    assert "en" not in store.photo(pid).captions


def test_depicts_keep_order_and_labels(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    pid = ids[ROME]
    edits.add_depicts(store, [pid], [DepictedItem("Q2", {"en": "Dushanbe"}), "q1", "http://www.wikidata.org/entity/Q3"])
    edits.add_depicts(store, [pid], [DepictedItem("Q2", {"tg": "Душанбе"}), "Q1"])  # no repeats; labels merged
    photo = store.photo(pid)
    assert [d.id for d in photo.depicts] == ["Q2", "Q1", "Q3"]
    assert photo.depicts[0].labels == {"en": "Dushanbe", "tg": "Душанбе"}
    assert photo.depicts[0].label(["tg", "en"]) == "Душанбе" and photo.depicts[1].label(["tg"]) == "Q1"
    edits.remove_depicts(store, [pid], ["Q1"])
    assert [d.id for d in store.photo(pid).depicts] == ["Q2", "Q3"]
    for bad in ("Rudaki Park", "Q0", "P180", "Q", "M8"):
        with pytest.raises(InvalidItemError):
            normalize_item_id(bad)
    with pytest.raises(InvalidItemError):
        edits.add_depicts(store, [pid], ["Q1", "not an item"])
    assert [d.id for d in store.photo(pid).depicts] == ["Q2", "Q3"]  # nothing added


def test_several_values_rules_for_captions_and_depicts(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b, c = ids[ROME], ids[SIENA], ids[NO_GPS]
    edits.set_caption(store, [a], "tg", "Якум")
    edits.set_caption(store, [b], "tg", "Дуюм")
    edits.add_depicts(store, [a], ["Q1"])
    sel = Selection(store.photos([a, b, c]))
    assert sel.caption("tg").several
    assert sel.edit_caption("tg", "") is None  # "several values" left empty: each keeps its own
    write = sel.edit_caption("tg", "Боғ")
    assert write is not None and set(write.ids) == {a, b, c}
    edits.set_caption(store, write.ids, "tg", write.value)
    assert {p.captions["tg"] for p in store.photos([a, b, c])} == {"Боғ"}
    sel = Selection(store.photos([a, b, c]))
    assert sel.edit_caption("tg", "Боғ") is None  # the value already shown
    uses = sel.depicts()
    assert [(u.item.id, u.count, u.partial) for u in uses] == [("Q1", 1, True)]
    add = sel.add_depicts("Q1")
    assert add is not None and set(add.ids) == {b, c}  # only the photos lacking it
    remove = sel.remove_depicts("Q1")
    assert remove is not None and remove.ids == (a,)
    assert sel.add_depicts("not an item") is None
    assert sel.caption_count("  a  b ") == (3, CAPTION_LIMIT)


def test_caption_suggestion_is_offered_never_filled(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    a, b = ids[ROME], ids[SIENA]
    edits.set_description(store, [a, b], "tg", "Фаввора дар [[Боғи Рӯдакӣ|боғ]]. Баҳор, соли 2025.")
    sel = Selection(store.photos([a, b]))
    assert sel.caption_suggestion("tg") == "Фаввора дар боғ."
    assert all(not p.captions for p in store.photos([a, b]))  # only offered
    edits.set_caption(store, [a], "tg", "Фаввора")
    assert Selection(store.photos([a, b])).caption_suggestion("tg") is None  # one has a caption already
    edits.set_description(store, [b], "en", "Other")
    assert caption_suggestion("") is None
    long = " ".join(["калима"] * 80)
    cut = caption_suggestion(long)
    assert cut is not None and len(cut) <= CAPTION_LIMIT and long.startswith(cut) and not cut.endswith(" ")


def test_check_warns_when_there_is_no_caption(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    pid = ids[ROME]
    edits.set_description(store, [pid], "tg", "Боғи Рӯдакӣ дар баҳор. Дигар ҷумла.")
    found = [p for p in check_photo(store.photo(pid)) if p.code == "no-caption"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].suggestion == "Боғи Рӯдакӣ дар баҳор."
    edits.set_caption(store, [pid], "tg", "Боғи Рӯдакӣ")
    assert "no-caption" not in [p.code for p in check_photo(store.photo(pid))]


def test_preset_offers_depicts_items_offline(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    preset = parse_preset({"depicts": [{"id": "Q1", "labels": {"tg": "Боғи Рӯдакӣ", "en": "Rudaki Park"}}, "Q2"]})
    assert [i.id for i in preset.depicts] == ["Q1", "Q2"]
    apply_preset(store, preset)
    offered = read_settings(store).depicts
    assert [(i.id, i.labels) for i in offered] == [("Q1", {"tg": "Боғи Рӯдакӣ", "en": "Rudaki Park"}), ("Q2", {})]
    assert all(not p.depicts for p in store.photos())  # offered, not added
    for bad in ({"depicts": ["Rudaki Park"]}, {"depicts": "Q1"}, {"depicts": [{"labels": {"en": "x"}}]}):
        with pytest.raises(PresetFieldError) as refused:
            parse_preset(bad)
        assert refused.value.params["field"] == "depicts"


def test_structured_data_follows_the_page_location_and_privacy(walk: tuple[ProjectStore, dict[str, int]]) -> None:
    store, ids = walk
    pid = ids[ROME]
    edits.set_caption(store, [pid], "tg", "Рим")
    data = structured_data(store.photo(pid))
    assert data.point_of_view == PointOfView(41.853, 12.4888, 177.56)
    assert StructuredData.loads(data.dumps()) == data
    edits.remove_location(store, [pid])
    assert structured_data(store.photo(pid)).point_of_view is None  # never where a location is left off
    assert structured_data(store.photo(ids[NO_GPS])).empty
    assert structured_data(store.photo(ids[SIENA])).empty  # a location alone: on the page already


def test_entity_data_is_what_the_recorded_wiki_took() -> None:
    """The one wbeditentity of the recording, byte for byte the same JSON as photowalk builds it."""
    sent = exchanges("sdc-upload-then-captions.json")[11]["request"]["form"]["data"]
    data = StructuredData(
        {"tg": "Фаввора дар Боғи Рӯдакӣ", "ru": "Фонтан в парке имени Рудаки", "en": "Fountain in Rudaki Park"},
        ("Q1",), PointOfView(38.5762, 68.7794, 135.0))
    assert entity_data(data) == json.loads(sent)
    no_heading = entity_data(StructuredData({}, (), PointOfView(38.5762, 68.7794, None)))
    assert "qualifiers" not in no_heading["claims"][0] and "labels" not in no_heading
