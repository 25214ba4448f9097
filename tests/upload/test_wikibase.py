"""The Wikibase client against a server answering as the recorded Commons-like wiki did.

The server (tests/wikibase_server.py) answers with the recorded bodies and errors; the recorded
error exchanges are replayed one by one and each must become its typed error (or be recovered
from, where the recordings show that a second try works).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from photowalk.structured import PointOfView, StructuredData
from photowalk.upload.errors import (
    Blocked,
    CaptionRefused,
    MaxLag,
    NoMediaInfo,
    NotUnderstood,
    ReadOnly,
    StructuredDataConflict,
    StructuredDataRefused,
    UnknownItem,
    UploadError,
    WrongValueType,
)
from photowalk.upload.wiki import COMMONS_API, Wiki, parse_wiki
from photowalk.upload.wikibase import (
    WIKIDATA_API,
    endpoints_for,
    item_labels,
    missing_data,
    page_id,
    read_mediainfo,
    search_items,
    write_structured_data,
)
from tests.wikibase_server import FakeCommons, exchanges, fake_commons

TITLE = "Rudaki Park fountain a37ab67f.jpg"
WANTED = StructuredData(
    {"tg": "Фаввора дар Боғи Рӯдакӣ", "ru": "Фонтан в парке имени Рудаки", "en": "Fountain in Rudaki Park"},
    ("Q1",), PointOfView(38.5762, 68.7794, 135.0))


@pytest.fixture
def commons() -> Iterator[tuple[FakeCommons, Wiki]]:
    with fake_commons() as fake:
        wiki = Wiki(parse_wiki(fake.url), fake.user, fake.password)
        wiki.connect()
        fake.add_file(TITLE)
        try:
            yield fake, wiki
        finally:
            wiki.close()


def _write(wiki: Wiki, wanted: StructuredData = WANTED, before: StructuredData | None = None) -> Any:
    return write_structured_data(wiki, TITLE, wanted, wiki_name="commonswiki", sent_before=before)


def _normalized(body: Any) -> Any:
    """A body with what differs between two runs of a wiki made equal: statement GUIDs, hashes, times."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    text = re.sub(r'"(M\d+)\$[0-9A-F-]{36}"', r'"\1$GUID"', text)
    text = re.sub(r'"hash": "[0-9a-f]{40}"', '"hash": "H"', text)
    return json.loads(text)


def test_endpoints_per_wiki() -> None:
    assert endpoints_for(COMMONS_API) == endpoints_for(COMMONS_API, statements=COMMONS_API)
    assert endpoints_for(COMMONS_API).items == WIKIDATA_API
    assert endpoints_for(COMMONS_API).statements == COMMONS_API
    local = "http://127.0.0.1:8080/api.php"
    assert endpoints_for(local).items == endpoints_for(local).statements == local
    assert endpoints_for(local, items="http://127.0.0.1:9/api.php").items == "http://127.0.0.1:9/api.php"


def test_the_server_answers_field_for_field_as_recorded(commons: tuple[FakeCommons, Wiki]) -> None:
    """The recorded read-before, wbeditentity and read-back, sent as recorded: the same answers."""
    fake, wiki = commons
    recorded = exchanges("sdc-upload-then-captions.json")
    for n in (6, 7):
        answer = wiki.call(dict(recorded[n]["request"]["query"]), method="GET")
        assert answer == recorded[n]["response"]["json"]
    form = {k: v for k, v in recorded[11]["request"]["form"].items() if k not in ("token", "format")}
    fake.revision = 8  # the recorded wiki's revision before the edit
    answer = wiki.call(form, write=True)
    assert _normalized(answer) == _normalized(recorded[11]["response"]["json"])
    read_back = wiki.call(dict(recorded[12]["request"]["query"]), method="GET")
    expected = copy.deepcopy(recorded[12]["response"]["json"])
    expected["entities"]["M8"]["modified"] = read_back["entities"]["M8"]["modified"]
    assert _normalized(read_back) == _normalized(expected)


@pytest.mark.parametrize(("name", "edit"), [("sdc-upload-then-captions.json", 11),
                                            ("upload-with-sdc-on-commons-style.json", 10),
                                            ("upload-with-sdc-on-commons-style.json", 20)])
def test_every_recorded_wbeditentity_is_answered_as_recorded(name: str, edit: int) -> None:
    """The recorded edits replayed on a fresh server: the same entity back, field for field."""
    recorded = exchanges(name)[edit]
    form = {k: v for k, v in recorded["request"]["form"].items() if k not in ("token", "format")}
    expected = recorded["response"]["json"]
    with fake_commons() as fake:
        wiki = Wiki(parse_wiki(fake.url), fake.user, fake.password)
        wiki.connect()
        while fake.next_pageid <= int(form["id"][1:]):
            fake.add_file(f"File {fake.next_pageid}.jpg")
        fake.revision = expected["entity"]["lastrevid"] - 1
        answer = wiki.call(form, write=True)
        wiki.close()
    assert _normalized(answer) == _normalized(expected)


def test_writes_only_what_is_missing_with_baserevid(commons: tuple[FakeCommons, Wiki]) -> None:
    fake, wiki = commons
    assert page_id(wiki, TITLE) == 8 and page_id(wiki, "No such file 0000.jpg") is None
    assert not read_mediainfo(wiki, "M8").exists
    after = _write(wiki)
    assert after.captions == WANTED.captions and after.depicts == {"Q1"} and after.point_of_view
    first = fake.edits()
    assert len(first) == 1 and "baserevid" not in first[0]  # the entity did not exist yet
    assert first[0]["assert"] == "user"
    # Again (after a kill, a lost answer): read, nothing missing, no edit.
    _write(wiki, before=WANTED)
    assert len(fake.edits()) == 1
    # One more item and a changed caption of photowalk's own: only those, on the revision read.
    more = StructuredData({**WANTED.captions, "en": "Rudaki Park fountain"}, ("Q1", "Q2"), WANTED.point_of_view)
    revision = read_mediainfo(wiki, "M8").lastrevid
    _write(wiki, more, before=WANTED)
    edit = fake.edits()[-1]
    assert edit["baserevid"] == str(revision)
    data = json.loads(edit["data"])
    assert data["labels"] == {"en": {"language": "en", "value": "Rudaki Park fountain"}}
    assert [c["mainsnak"]["datavalue"]["value"]["id"] for c in data["claims"]] == ["Q2"]
    statements = fake.entity(TITLE).statements
    assert len(statements["P180"]) == 2 and len(statements["P1259"]) == 1


def test_someone_elses_caption_is_never_overwritten(commons: tuple[FakeCommons, Wiki]) -> None:
    fake, wiki = commons
    _write(wiki, StructuredData({"en": "Another volunteer's caption"}, (), None))
    mine = StructuredData({"en": "Fountain", "tg": "Фаввора"}, ("Q1",), None)
    have = read_mediainfo(wiki, "M8")
    assert missing_data(mine, have)["labels"] == {"tg": {"language": "tg", "value": "Фаввора"}}
    _write(wiki, mine)
    assert fake.entity(TITLE).labels == {"en": "Another volunteer's caption", "tg": "Фаввора"}


# Every recorded refusal of a Wikibase write and what it must become. None: recovered from (written).
RECORDED_ERRORS: dict[int, type[UploadError] | None] = {
    8: StructuredDataRefused,  # no-such-entity with an unexpanded $1 (unknown property in wbcreateclaim)
    9: WrongValueType,  # no-such-property
    10: StructuredDataRefused,  # invalid-entity-id
    11: WrongValueType,  # invalid-snak
    12: WrongValueType,  # bad-value-type
    14: WrongValueType,  # not-allowed unit
    16: StructuredDataRefused,  # no-such-claim
    17: StructuredDataRefused,  # invalid-guid
    19: UnknownItem,
    20: UnknownItem,
    22: CaptionRefused,
    24: CaptionRefused,
    30: CaptionRefused,  # label equals description
    33: StructuredDataRefused,  # label-with-description-conflict (items)
    34: CaptionRefused,
    35: None,  # badtoken: a new token, once
    36: StructuredDataRefused,  # missingparam
    38: NoMediaInfo,
    39: NoMediaInfo,
    40: NoMediaInfo,
    41: NoMediaInfo,
    48: None,  # editconflict: read again and retried
    50: None,
    51: StructuredDataRefused,  # nosuchrevid
    54: None,  # assertuserfailed: logged in again, once
    55: None,  # badtoken of a lost session
    58: Blocked,
    59: Blocked,
    63: ReadOnly,
    64: ReadOnly,
    70: MaxLag,
}


def test_every_recorded_wikibase_refusal_is_typed_or_recovered() -> None:
    """Each recorded ERROR exchange of a write is in the table above: none is left out."""
    recorded = exchanges("sdc-errors.json")
    writes = {i for i, e in enumerate(recorded) if e["note"].startswith("ERROR")
              and e["request"].get("form", {}).get("action", "").startswith("wb")
              and "errorformat" not in e["request"]["form"]}
    assert writes == set(RECORDED_ERRORS)


@pytest.mark.parametrize("index", sorted(RECORDED_ERRORS))
def test_recorded_refusal(commons: tuple[FakeCommons, Wiki], index: int) -> None:
    fake, wiki = commons
    exchange = exchanges("sdc-errors.json")[index]
    fake.fail_next("wbeditentity", exchange)
    expected = RECORDED_ERRORS[index]
    if expected is None:
        _write(wiki)
        assert fake.entity(TITLE).labels == WANTED.captions
        assert len(fake.entity(TITLE).statements["P180"]) == 1  # written once, not twice
        return
    with pytest.raises(expected) as raised:
        _write(wiki)
    error = raised.value
    assert type(error) is expected
    assert TITLE in error.message or expected in (Blocked, ReadOnly, MaxLag)
    if expected is UnknownItem:
        assert error.params["item"] == "Q999999"
    if expected is Blocked:
        assert error.params["reason"] == "error-path test" and error.stops_batch
    if expected is MaxLag:
        assert error.retryable and error.retry_after == 5.0
    if expected is ReadOnly:
        assert error.retryable
    assert not fake.entity(TITLE).labels  # nothing was written


def test_conflicts_that_last_give_up_without_overwriting(commons: tuple[FakeCommons, Wiki]) -> None:
    fake, wiki = commons
    fake.fail_next("wbeditentity", exchanges("sdc-errors.json")[50], times=3)
    with pytest.raises(StructuredDataConflict):
        _write(wiki)
    assert not fake.entity(TITLE).labels


def test_values_the_wiki_refuses_for_real(commons: tuple[FakeCommons, Wiki]) -> None:
    """Not replayed: the server's own checks, as the recordings show the wiki's."""
    _, wiki = commons
    with pytest.raises(UnknownItem) as unknown:
        _write(wiki, StructuredData({}, ("Q999999",), None))
    assert unknown.value.params["item"] == "Q999999"
    with pytest.raises(CaptionRefused):
        _write(wiki, StructuredData({"en": "x" * 251}, (), None))


def test_item_search_and_labels(commons: tuple[FakeCommons, Wiki]) -> None:
    _, wiki = commons
    hits, more = search_items(wiki, "Боғи", language="tg", uselang="tg", limit=1)
    assert [h.item.id for h in hits] == ["Q1"] and hits[0].label == "Боғи Рӯдакӣ" and more == 1
    hits, more = search_items(wiki, "Боғи", language="tg", uselang="tg", limit=1, offset=1)
    assert [h.item.id for h in hits] == ["Q6"] and more is None
    hits, _ = search_items(wiki, "Hissar", language="en", uselang="en")
    assert hits[0].item.id == "Q4" and hits[0].matched == "Hissar Fortress" and hits[0].label == "Hisor Fortress"
    hits, _ = search_items(wiki, "Varzob", language="tg", uselang="ru")  # tg falls back to en
    assert [h.item.id for h in hits] == ["Q8"] and hits[0].description == "river in Tajikistan"
    assert search_items(wiki, "rudaki", language="en", uselang="en")[0] == []
    labels = item_labels(wiki, ["Q1", "Q8", "Q999999"], ["tg", "ru", "en"])
    assert set(labels) == {"Q1", "Q8"}
    assert labels["Q1"].labels == {"tg": "Боғи Рӯдакӣ", "ru": "Парк имени Рудаки", "en": "Rudaki Park"}
    assert labels["Q8"].label(["tg", "ru"]) == "Варзоб"


# Answers of a broken or hostile server: each must stop with "not understood", never a crash, and write nothing.
BROKEN_ENTITIES: list[object] = [
    [],
    {"M8": []},
    {"M8": {"id": "M8", "labels": []}},
    {"M8": {"id": "M8", "labels": {"en": "not an object"}}},
    {"M8": {"id": "M8", "labels": {"en": {"value": 5}}}},
    {"M8": {"id": "M8", "lastrevid": "nine", "labels": {}}},
    {"M8": {"id": "M8", "statements": "none"}},
    {"M8": {"id": "M8", "statements": {"P180": 7}}},
    {"M8": {"id": "M8", "statements": {"P180": ["x"]}}},
    {"M8": {"id": "M8", "statements": {"P180": [{"mainsnak": []}]}}},
    {"M9": {"id": "M9", "missing": ""}},
]


@pytest.mark.parametrize("entities", BROKEN_ENTITIES)
def test_broken_entity_answers_are_not_understood(commons: tuple[FakeCommons, Wiki], entities: object) -> None:
    fake, wiki = commons
    fake.fail_next("wbgetentities", {"response": {"headers": {}, "json": {"entities": entities, "success": 1}}})
    with pytest.raises(NotUnderstood):
        _write(wiki)
    assert not fake.edits()
