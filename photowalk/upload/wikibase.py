"""The Wikibase part of an upload: a file's MediaInfo entity, and the items depicts names.

Everything that speaks Wikibase goes through this module, given a `Wiki` session, so a real wiki
and a test server are interchangeable. On Commons the items are Wikidata's: they are searched and
labelled there (`Endpoints.items`), while the statements go to Commons (`Endpoints.statements`);
on any other wiki both default to the wiki itself. A file's entity is `M` + its page id.

Writing never adds a statement twice and never overwrites someone else's caption: the entity is
read first and one `wbeditentity` (with `baserevid` when the entity exists) sends only what it
lacks; an edit conflict is read again and retried.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from photowalk.depicts import DepictedItem
from photowalk.structured import (
    DEPICTS,
    POINT_OF_VIEW,
    StructuredData,
    caption_labels,
    depicts_statement,
    point_of_view_statement,
)
from photowalk.upload.answers import Reply, query_part
from photowalk.upload.errors import (
    CaptionRefused,
    NoMediaInfo,
    NoStructuredData,
    StructuredDataConflict,
    StructuredDataRefused,
    UnknownItem,
    UploadError,
    WikiError,
    WrongValueType,
)
from photowalk.upload.wiki import COMMONS_API

log = logging.getLogger(__name__)

# How a wiki without a module answers a request for it: an unknown action is an error (badvalue; older
# MediaWiki: unknown_action), an unknown list only a warning.
NO_MODULE_CODES = frozenset({"badvalue", "unknown_action"})

WIKIDATA_API = "https://www.wikidata.org/w/api.php"
SUMMARY = "Captions and depicts from photowalk"
CONFLICT_TRIES = 3  # edit conflicts read again and retried before giving up
SEARCH_LIMIT = 7

# Wikibase's validator messages (modification-failed) and the typed error each is.
_VALUE_TYPE = frozenset({"wikibase-validator-bad-value-type", "wikibase-validator-no-such-property",
                         "wikibase-validator-not-allowed", "wikibase-api-invalid-snak"})
_CAPTION = frozenset({"wikibase-validator-label-too-long", "wikibase-validator-label-equals-description"})
_ITEM_IN_LINK = re.compile(r"\b(Q[0-9]+)\b")


class Api(Protocol):
    """What this module needs of a session: one API call (photowalk.upload.wiki.Wiki)."""

    def call(self, params: dict[str, Any], *, files: dict[str, Any] | None = None, method: str = "POST",
             write: bool = False) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Endpoints:
    """Where items are searched and labelled, and where a wiki's files' statements go (API URLs)."""

    items: str
    statements: str


def endpoints_for(api_url: str, *, items: str | None = None, statements: str | None = None) -> Endpoints:
    """The endpoints for files uploaded to `api_url`: Commons reads its items from Wikidata; any other
    wiki is its own item repository. A project may set either."""
    default_items = WIKIDATA_API if api_url == COMMONS_API else api_url
    return Endpoints(items or default_items, statements or api_url)


# -- a file's MediaInfo entity ------------------------------------------------------------------


@dataclass(frozen=True)
class MediaInfo:
    """What a file's entity holds of what photowalk writes."""

    id: str
    exists: bool
    lastrevid: int | None
    captions: dict[str, str]
    depicts: frozenset[str]
    point_of_view: bool  # some P1259 statement is there


def page_id(wiki: Api, title: str) -> int | None:
    """The page id of File:`title` (without the namespace); None when there is no such page."""
    answer = wiki.call({"action": "query", "titles": f"File:{title}", "prop": "info"}, method="GET")
    pages = query_part(answer).data.get("pages")
    # formatversion 2 lists the pages; formatversion 1 keys them by id ("-1" for a missing one).
    found = list(pages.values()) if isinstance(pages, dict) else pages if isinstance(pages, list) else []
    for page in found:
        reply = Reply(page, "query.pages[0]")
        if reply.flag("missing") or reply.flag("invalid"):
            return None
        pid = reply.number("pageid")
        if pid is not None and pid > 0:
            return pid
    return None


def mediainfo_id(pid: int) -> str:
    return f"M{pid}"


def parse_entity(answer: dict[str, Any], mid: str, where: str = "entities") -> MediaInfo:
    """The entity `mid` of a wbgetentities answer (or the `entity` of a write)."""
    body = Reply(answer)
    entity = body.part("entity") if where == "entity" else body.part("entities").part(mid)
    if entity.has("missing"):
        return MediaInfo(mid, False, None, {}, frozenset(), False)
    captions = {}
    for lang, label in entity.part_or_empty("labels").data.items():
        value = Reply(label, f"labels.{lang}").raw_text("value")
        if value is not None:
            captions[str(lang)] = value
    # An entity with no statements has an empty list here, not an empty object.
    raw = entity.data.get("statements", entity.data.get("claims"))
    statements = Reply({} if raw in ([], None) else raw, "statements")  # anything else: not understood
    depicts = set()
    for statement in statements.parts(DEPICTS):
        item = statement.part("mainsnak").part_or_empty("datavalue").part_or_empty("value")
        qid = item.text("id")
        if qid is None and item.number("numeric-id") is not None:
            qid = f"Q{item.number('numeric-id')}"
        if qid:
            depicts.add(qid)
    return MediaInfo(mid, True, entity.number("lastrevid"), captions, frozenset(depicts),
                     bool(statements.parts(POINT_OF_VIEW)))


def read_mediainfo(wiki: Api, mid: str) -> MediaInfo:
    return parse_entity(wiki.call({"action": "wbgetentities", "ids": mid}, method="GET"), mid)


def missing_data(wanted: StructuredData, have: MediaInfo, sent_before: StructuredData | None = None) -> dict[str, Any]:
    """The `wbeditentity` data adding what the entity lacks: captions in languages it has none in
    (or still holding photowalk's own earlier caption), depicts not there, a point of view when
    there is none. What someone else wrote stays."""
    earlier = sent_before.captions if sent_before is not None else {}
    captions = {lang: text for lang, text in wanted.captions.items()
                if have.captions.get(lang) != text
                and (lang not in have.captions or have.captions[lang] == earlier.get(lang))}
    claims = [depicts_statement(q) for q in wanted.depicts if q not in have.depicts]
    if wanted.point_of_view is not None and not have.point_of_view:
        claims.append(point_of_view_statement(wanted.point_of_view))
    data: dict[str, Any] = {}
    if captions:
        data["labels"] = caption_labels(captions)
    if claims:
        data["claims"] = claims
    return data


def write_structured_data(wiki: Api, title: str, wanted: StructuredData, *, wiki_name: str,
                          sent_before: StructuredData | None = None, summary: str = SUMMARY) -> MediaInfo:
    """Give File:`title` what it lacks of `wanted`, in one edit; returns the entity as it is after.

    Safe to repeat at any point (after a kill, a lost answer): what is there is not sent again."""
    pid = page_id(wiki, title)
    if pid is None:
        raise NoMediaInfo(title=title, wiki=wiki_name)
    mid = mediainfo_id(pid)
    for _ in range(CONFLICT_TRIES):
        try:
            have = read_mediainfo(wiki, mid)
        except WikiError as exc:
            # A wiki without Wikibase knows no such module: "Unrecognized value for parameter action".
            if exc.api_code in NO_MODULE_CODES:
                raise NoStructuredData(title=title, wiki=wiki_name) from None
            raise
        data = missing_data(wanted, have, sent_before)
        if not data:
            return have
        params: dict[str, Any] = {"action": "wbeditentity", "id": mid, "summary": summary,
                                  "data": json.dumps(data, ensure_ascii=False)}
        if have.exists and have.lastrevid is not None:
            params["baserevid"] = have.lastrevid
        try:
            answer = wiki.call(params, write=True)
        except WikiError as exc:
            if exc.api_code == "editconflict":
                log.info("edit conflict on %s; reading it again", mid)
                continue
            raise typed_error(exc, title, wiki_name) from None
        after = parse_entity(answer, mid, "entity")
        if missing_data(wanted, after, sent_before):
            # The wiki answered success without all of it (patched into someone's edit): read again.
            continue
        return after
    raise StructuredDataConflict(title=title)


def typed_error(exc: WikiError, title: str, wiki_name: str) -> UploadError:
    """The structured-data error a Wikibase refusal means."""
    code = exc.api_code
    detail = str(exc.params.get("detail") or "")
    detail_params = str(exc.params.get("detail_params") or "")
    info = exc.params.get("info") or code
    if code == "modification-failed" and detail == "wikibase-validator-no-such-entity":
        found = _ITEM_IN_LINK.search(detail_params)
        return UnknownItem(title=title, item=found.group(1) if found else detail_params, wiki=wiki_name)
    if code == "invalid-snak" or detail in _VALUE_TYPE:
        return WrongValueType(title=title, wiki=wiki_name, info=info)
    if detail in _CAPTION:
        return CaptionRefused(title=title, wiki=wiki_name, info=info)
    if code == "no-such-entity" and detail == "no-such-entity":
        return NoMediaInfo(title=title, wiki=wiki_name)  # M + a page id with no file page
    return StructuredDataRefused(title=title, info=info, api_code=code)


# -- items: search and labels ----------------------------------------------------------------


@dataclass(frozen=True)
class ItemHit:
    """One search result: the item, its label and description in the UI language, what matched."""

    item: DepictedItem
    label: str
    description: str
    matched: str


def search_items(wiki: Api, text: str, *, language: str, uselang: str, limit: int = SEARCH_LIMIT,
                 offset: int = 0) -> tuple[list[ItemHit], int | None]:
    """Items whose label or alias starts with `text` in `language` (and its fallbacks), shown in
    `uselang`; with the offset of the next page, None when there is none."""
    params: dict[str, Any] = {"action": "wbsearchentities", "search": text, "language": language,
                              "type": "item", "uselang": uselang, "limit": limit}
    if offset:
        params["continue"] = offset
    body = Reply(wiki.call(params, method="GET"))
    hits = []
    for hit in body.parts("search"):
        qid = hit.required_text("id")
        display = hit.part_or_empty("display")
        label = display.part_or_empty("label").text("value") or hit.text("label") or ""
        description = display.part_or_empty("description").text("value") or hit.text("description") or ""
        match = hit.part_or_empty("match")
        labels = {}
        shown_in = display.part_or_empty("label").text("language")
        if label and shown_in:
            labels[shown_in] = label
        if match.text("type") == "label" and match.text("language") and match.text("text"):
            labels.setdefault(str(match.text("language")), str(match.text("text")))
        hits.append(ItemHit(DepictedItem(qid, labels), label or str(match.text("text") or qid), description,
                            match.text("text") or ""))
    return hits, body.number("search-continue")


def item_labels(wiki: Api, ids: Iterable[str], languages: Iterable[str]) -> dict[str, DepictedItem]:
    """The labels of these items in these languages (only those they have); missing items left out."""
    wanted = list(dict.fromkeys(ids))
    langs = "|".join(dict.fromkeys(languages))
    found: dict[str, DepictedItem] = {}
    for start in range(0, len(wanted), 50):  # the API's limit on ids per request
        answer = wiki.call({"action": "wbgetentities", "ids": "|".join(wanted[start:start + 50]),
                            "props": "labels", "languages": langs}, method="GET")
        for qid, entity in Reply(answer).part("entities").data.items():
            reply = Reply(entity, f"entities.{qid}")
            if reply.has("missing"):
                continue
            labels = {}
            for lang, label in reply.part_or_empty("labels").data.items():
                value = Reply(label, f"labels.{lang}").text("value")
                if value:
                    labels[str(lang)] = value
            found[str(qid)] = DepictedItem(str(qid), labels)
    return found
