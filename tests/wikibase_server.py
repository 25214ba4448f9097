"""A Commons-like wiki with Wikibase and WikibaseMediaInfo on 127.0.0.1, answering as the recordings show.

No Wikibase can run on these machines: `../shared/recorded/commonswiki/` holds real exchanges with
MediaWiki 1.39 + Wikibase + WikibaseMediaInfo. This server answers the calls photowalk makes with
the bodies, headers and errors recorded there (field for field: `"missing": ""`, `statements` an
empty list until there is one, every error HTTP 200 with `MediaWiki-API-Error`), keeping state so a
whole upload's structured-data step can run against it: a bot-password cookie session, CSRF tokens,
File pages (the test adds them), MediaInfo entities with revisions, the recorded items Q1-Q8, and
`wbsearchentities` as the recorded SQL term search does it (prefix, case-sensitive, tg falls back
to en). `fail_next(action, exchange)` answers the next call of an action with a recorded error as it is.
"""

from __future__ import annotations

import copy
import hashlib
import json
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.conftest import SHARED

RECORDED = SHARED / "recorded" / "commonswiki"

FALLBACK = {"tg": ["tg", "tg-cyrl", "en"], "ru": ["ru", "en"], "en": ["en"]}  # as the recordings show
PROPERTIES = {"P180": "wikibase-entityid", "P1259": "globecoordinate", "P7787": "quantity"}
CONCEPT_BASE = "http://www.wikidata.org/entity/"


def recording(name: str) -> dict[str, Any]:
    """One recorded scenario file (sdc-errors.json, ...)."""
    data: dict[str, Any] = json.loads((RECORDED / name).read_text(encoding="utf-8"))
    return data


def exchanges(name: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = recording(name)["exchanges"]
    return result


def _items() -> dict[str, dict[str, Any]]:
    """The items of the recorded wiki: labels and descriptions of Q1-Q8 as the recordings read them."""
    items: dict[str, dict[str, Any]] = {}
    search = exchanges("wikibase-search.json")
    for e in search:
        entity = (e["response"].get("json") or {}).get("entity")
        if entity and entity.get("type") == "item":
            items[entity["id"]] = {"labels": entity["labels"], "descriptions": entity["descriptions"],
                                   "aliases": entity.get("aliases") or {}}
    full = search[25]["response"]["json"]["entities"]  # Q1, Q2, Q4, Q7, Q8 in tg|ru|en
    for qid, entity in full.items():
        items.setdefault(qid, {"labels": entity["labels"], "descriptions": entity["descriptions"], "aliases": {}})
    items.setdefault("Q3", {"labels": {"en": {"language": "en", "value": "Ismoil Somoni Monument"}},
                            "descriptions": {}, "aliases": {}})
    return items


@dataclass
class Entity:
    labels: dict[str, str] = field(default_factory=dict)
    statements: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    label_rev: dict[str, int] = field(default_factory=dict)  # revision that last changed each caption
    created: bool = False


@dataclass
class Page:
    pageid: int
    title: str
    lastrevid: int
    entity: Entity = field(default_factory=Entity)


class FakeCommons:
    """The wiki's state; `url` is its api.php."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.name = user.split("@", 1)[0]
        self.sessions: dict[str, str | None] = {}  # cookie -> user name (None: anonymous)
        self.tokens: dict[str, str] = {}  # cookie -> CSRF token
        self.pages: dict[str, Page] = {}  # by title, with "File:"
        self.next_pageid = 8  # the recordings' first uploaded file is page 8
        self.revision = 7
        self.items = _items()
        self.failures: dict[str, list[dict[str, Any]]] = {}
        self.calls: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.url = ""
        self.blocked = False
        self.on_edit: Callable[[], None] | None = None
        self.before_answer: Callable[[dict[str, str]], None] | None = None  # runs on the server's thread

    # -- the test's hand on the wiki ---------------------------------------------------------

    def add_file(self, title: str) -> int:
        """A File page as an upload makes it (the test wiki holds the file itself); its page id."""
        title = title if title.startswith("File:") else f"File:{title}"
        with self.lock:
            page = self.pages.get(title)
            if page is None:
                self.revision += 1
                page = self.pages[title] = Page(self.next_pageid, title, self.revision)
                self.next_pageid += 1
            return page.pageid

    def entity(self, title: str) -> Entity:
        return self.pages[title if title.startswith("File:") else f"File:{title}"].entity

    def fail_next(self, action: str, exchange: dict[str, Any], times: int = 1) -> None:
        """Answer the next `times` calls of `action` with this recorded exchange's response."""
        self.failures.setdefault(action, []).extend([exchange] * times)

    def edits(self) -> list[dict[str, str]]:
        return [c for c in self.calls if c.get("action") == "wbeditentity"]

    # -- answering -------------------------------------------------------------------------------

    def answer(self, params: dict[str, str], cookie: str | None, method: str) -> tuple[dict[str, Any], dict[str, str], str | None]:
        """(body, extra headers, a new session cookie) for one api.php request."""
        with self.lock:
            self.calls.append(params)
            action = params.get("action", "")
            queued = self.failures.get(action)
            if queued:
                recorded = queued.pop(0)["response"]
                headers = {k: v for k, v in recorded["headers"].items() if k != "Content-Type"}
                return _fill(recorded["json"], self.url), headers, None
            user = self.sessions.get(cookie or "")
            if action == "query":
                return self._query(params, cookie, user)
            if action == "login" and method == "POST":
                return self._login(params)
            if action == "wbgetentities":
                return self._getentities(params), {}, None
            if action == "wbsearchentities":
                return self._search(params)
            if action == "wbeditentity" and method == "POST":
                return self._edit(params, cookie, user)
            return _error("unknown_action", f'Unrecognized value for parameter "action": {action}.'), \
                {"MediaWiki-API-Error": "unknown_action"}, None

    def _query(self, params: dict[str, str], cookie: str | None, user: str | None) -> tuple[dict[str, Any], dict[str, str], str | None]:
        meta = params.get("meta", "")
        if meta == "tokens" and params.get("type") == "login":
            cookie = secrets.token_hex(8)
            self.sessions[cookie] = None
            return {"batchcomplete": "", "query": {"tokens": {"logintoken": secrets.token_hex(20) + "+\\"}}}, {}, cookie
        if meta == "tokens":
            token = self.tokens.setdefault(cookie or "", secrets.token_hex(20) + "+\\") if user else "+\\"
            return {"batchcomplete": "", "query": {"tokens": {"csrftoken": token}}}, {}, None
        if "userinfo" in meta:
            recorded = exchanges("sdc-upload-then-captions.json")[2]["response"]["json"]["query"]["userinfo"]
            info = dict(recorded, name=user) if user else {"id": 0, "name": "127.0.0.1", "anon": "", "groups": ["*"],
                                                           "rights": ["read", "edit"]}
            if user and self.blocked:
                info["blockedby"], info["blockreason"] = "Admin", "error-path test"
            general = {"sitename": "commonswiki", "generator": "MediaWiki 1.39.17", "maxuploadsize": 1 << 30}
            return {"batchcomplete": "", "query": {"general": general, "userinfo": info}}, {}, None
        if "titles" in params:
            pages = {}
            for n, title in enumerate(params["titles"].split("|"), start=1):
                page = self.pages.get(title.replace("_", " "))
                if page is None:
                    pages[str(-n)] = {"ns": 6, "title": title, "missing": ""}
                else:
                    pages[str(page.pageid)] = {"pageid": page.pageid, "ns": 6, "title": page.title,
                                               "contentmodel": "wikitext", "lastrevid": page.lastrevid}
            return {"batchcomplete": "", "query": {"pages": pages}}, {}, None
        return {"batchcomplete": ""}, {}, None

    def _login(self, params: dict[str, str]) -> tuple[dict[str, Any], dict[str, str], str | None]:
        if params.get("lgname") != self.user or params.get("lgpassword") != self.password:
            return {"login": {"result": "Failed", "reason": "Incorrect username or password entered. Please try again."}}, {}, None
        cookie = secrets.token_hex(8)
        self.sessions[cookie] = self.name
        return {"login": {"result": "Success", "lguserid": 3, "lgusername": self.name}}, {}, cookie

    def _page_of(self, mid: str) -> Page | None:
        return next((p for p in self.pages.values() if f"M{p.pageid}" == mid), None)

    def _mediainfo(self, mid: str) -> dict[str, Any]:
        page = self._page_of(mid)
        if page is None or not page.entity.created:
            return {"id": mid, "missing": ""}
        return {"pageid": page.pageid, "ns": 6, "title": page.title, "lastrevid": page.lastrevid,
                "modified": "2026-12-04T23:28:06Z", "type": "mediainfo", "id": mid, **self._body(mid, page)}

    def _body(self, mid: str, page: Page) -> dict[str, Any]:
        e = page.entity
        return {"labels": {lang: {"language": lang, "value": v} for lang, v in e.labels.items()},
                "descriptions": {}, "statements": copy.deepcopy(e.statements) or []}

    def _getentities(self, params: dict[str, str]) -> dict[str, Any]:
        entities: dict[str, Any] = {}
        languages = params.get("languages", "").split("|") if params.get("languages") else None
        if params.get("sites") == "commonswiki":
            for n, title in enumerate(params.get("titles", "").split("|"), start=1):
                page = self.pages.get(title.replace("_", " "))
                if page is None:
                    entities[str(-n)] = {"site": "commonswiki", "title": title, "missing": ""}
                else:
                    entities[f"M{page.pageid}"] = self._mediainfo(f"M{page.pageid}")
            return {"entities": entities, "success": 1}
        for eid in params.get("ids", "").split("|"):
            if eid.startswith("M"):
                entities[eid] = self._mediainfo(eid)
            elif eid in self.items:
                item = self.items[eid]
                entities[eid] = {"type": "item", "id": eid, "labels": {
                    lang: label for lang, label in item["labels"].items() if languages is None or lang in languages}}
            else:
                entities[eid] = {"id": eid, "missing": ""}
        return {"entities": entities, "success": 1}

    def _search(self, params: dict[str, str]) -> tuple[dict[str, Any], dict[str, str], str | None]:
        text, language = params.get("search", ""), params.get("language", "en")
        if language not in FALLBACK:
            return _error("badvalue", f'Unrecognized value for parameter "language": {language}.'), \
                {"MediaWiki-API-Error": "badvalue"}, None
        langs = [language] if params.get("strictlanguage") else FALLBACK[language]
        uselang = params.get("uselang", "en")
        hits = []
        for qid, item in sorted(self.items.items(), key=lambda kv: int(kv[0][1:])):
            match = None
            for lang in langs:
                label = item["labels"].get(lang, {}).get("value")
                if label and label.startswith(text):
                    match = {"type": "label", "language": lang, "text": label}
                    break
                for alias in item["aliases"].get(lang, []):
                    if alias["value"].startswith(text):
                        match = {"type": "alias", "language": lang, "text": alias["value"]}
                        break
                if match:
                    break
            if match is None:
                continue
            display: dict[str, Any] = {}
            for key in ("labels", "descriptions"):
                for lang in FALLBACK.get(uselang, [uselang]):
                    term = item[key].get(lang)
                    if term:
                        display[key[:-1]] = {"value": term["value"], "language": lang}
                        break
            hit: dict[str, Any] = {"id": qid, "title": f"Item:{qid}", "display": display, "repository": "local",
                                   "url": f"{self.url.removesuffix('/api.php')}/index.php/Item:{qid}",
                                   "concepturi": CONCEPT_BASE + qid}
            if "label" in display:
                hit["label"] = display["label"]["value"]
            if "description" in display:
                hit["description"] = display["description"]["value"]
            hit["match"] = match
            if match["text"] != hit.get("label"):
                hit["aliases"] = [match["text"]]
            hits.append(hit)
        offset = int(params.get("continue", 0) or 0)
        limit = int(params.get("limit", 7) or 7)
        page = hits[offset:offset + limit]
        body: dict[str, Any] = {"searchinfo": {"search": text}, "search": page}
        if offset + limit < len(hits):
            body["search-continue"] = offset + limit
        body["success"] = 1
        return body, {}, None

    def _edit(self, params: dict[str, str], cookie: str | None, user: str | None) -> tuple[dict[str, Any], dict[str, str], str | None]:
        errors = exchanges("sdc-errors.json")
        if "token" not in params:
            return _recorded(errors[36], self.url)
        token = params["token"]
        if token != (self.tokens.get(cookie or "") if user else "+\\"):
            return _recorded(errors[35], self.url)
        if params.get("assert") == "user" and user is None:
            return _recorded(errors[54], self.url)
        if self.blocked:
            return _recorded(errors[59], self.url)
        mid = params.get("id", "")
        page = self._page_of(mid)
        if page is None:
            return _substituted(errors[39], "M999999", mid, self.url)
        data = json.loads(params.get("data", "{}"))
        refusal = self._validate(data, errors)
        if refusal is not None:
            return refusal
        entity = page.entity
        warnings = None
        base = params.get("baserevid")
        if base is not None and int(base) != page.lastrevid:
            if any(entity.label_rev.get(lang, 0) > int(base) for lang in data.get("labels", {})):
                return _recorded(errors[50], self.url)
            warnings = errors[49]["response"]["json"]["warnings"]["wbsetlabel"]
        self.revision += 1
        page.lastrevid = self.revision
        entity.created = True
        for lang, label in data.get("labels", {}).items():
            entity.labels[lang] = label["value"]
            entity.label_rev[lang] = self.revision
        for claim in data.get("claims", []):
            stored = copy.deepcopy(claim)
            prop = stored["mainsnak"]["property"]
            stored["mainsnak"]["hash"] = _hash(stored["mainsnak"])
            value = stored["mainsnak"].get("datavalue", {}).get("value", {})
            if isinstance(value, dict) and value.get("entity-type") == "item":
                value["numeric-id"] = int(value["id"][1:])
            for snaks in stored.get("qualifiers", {}).values():
                for snak in snaks:
                    snak["hash"] = _hash(snak)
            if stored.get("qualifiers"):
                stored.setdefault("qualifiers-order", list(stored["qualifiers"]))  # Wikibase adds it
            stored["id"] = f"{mid}${str(uuid.uuid4()).upper()}"
            entity.statements.setdefault(prop, []).append(stored)
        body: dict[str, Any] = {"entity": {"type": "mediainfo", "id": mid, **self._body(mid, page),
                                           "lastrevid": page.lastrevid}, "success": 1}
        if warnings is not None:
            body["warnings"] = {"wbeditentity": warnings}
        return body, {}, None

    def _validate(self, data: dict[str, Any], errors: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, str], str | None] | None:
        for label in data.get("labels", {}).values():
            if len(label["value"]) > 250:
                return _recorded(errors[22], self.url)
        for claim in data.get("claims", []):
            snak = claim["mainsnak"]
            prop = snak["property"]
            if prop not in PROPERTIES:
                return _substituted(errors[9], "P99999", prop, self.url)
            kind = snak["datavalue"]["type"]
            if kind != PROPERTIES[prop]:
                body, headers, _ = _recorded(errors[12], self.url)
                text = f"Bad value type {kind}, expected {PROPERTIES[prop]}"
                body["error"]["info"] = body["error"]["messages"][0]["html"]["*"] = text
                body["error"]["messages"][0]["parameters"] = [kind, PROPERTIES[prop]]
                return body, headers, None
            qid = snak["datavalue"]["value"].get("id") if kind == "wikibase-entityid" else None
            if qid is not None and qid not in self.items:
                return _substituted(errors[20], "Q999999", qid, self.url)
            for snaks in claim.get("qualifiers", {}).values():
                for q in snaks:
                    unit = q.get("datavalue", {}).get("value", {}).get("unit", "1")
                    if q["datavalue"]["type"] == "quantity" and not unit.startswith(CONCEPT_BASE) and unit != "1":
                        return _substituted(errors[14], "degree", unit, self.url)
        return None


def _hash(snak: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(snak, sort_keys=True).encode()).hexdigest()


def _fill(body: dict[str, Any], url: str) -> dict[str, Any]:
    host = urlsplit(url).netloc
    filled: dict[str, Any] = json.loads(json.dumps(body, ensure_ascii=False).replace("{wiki}", host))
    return filled


def _recorded(exchange: dict[str, Any], url: str) -> tuple[dict[str, Any], dict[str, str], str | None]:
    response = exchange["response"]
    return _fill(response["json"], url), {k: v for k, v in response["headers"].items() if k != "Content-Type"}, None


def _substituted(exchange: dict[str, Any], old: str, new: str, url: str) -> tuple[dict[str, Any], dict[str, str], str | None]:
    body, headers, _ = _recorded(exchange, url)
    text = json.dumps(body, ensure_ascii=False).replace(old, new)
    return json.loads(text), headers, None


def _error(code: str, info: str) -> dict[str, Any]:
    return {"error": {"code": code, "info": info, "*": "See api.php for API usage."}}


@contextmanager
def fake_commons(user: str = "Uploader@testbot", password: str = "bot-password") -> Iterator[FakeCommons]:
    """The fake wiki running on 127.0.0.1 for the `with` block."""
    wiki = FakeCommons(user, password)

    class Handler(BaseHTTPRequestHandler):
        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/api.php":
                self.send_error(404)
                return
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            if method == "POST":
                length = int(self.headers.get("Content-Length", "0"))
                params.update(parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
            cookie = None
            for part in (self.headers.get("Cookie") or "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == "fakewiki_session":
                    cookie = value
            if wiki.before_answer is not None:
                wiki.before_answer(params)
            body, headers, new_cookie = wiki.answer(params, cookie, method)
            if params.get("action") == "wbeditentity" and "entity" in body and wiki.on_edit is not None:
                wiki.on_edit()  # the edit is made; its answer waits (a test kills the client meanwhile)
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for key, value in headers.items():
                self.send_header(key, value)
            if new_cookie is not None:
                self.send_header("Set-Cookie", f"fakewiki_session={new_cookie}; path=/; HttpOnly")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    wiki.url = f"http://127.0.0.1:{server.server_address[1]}/api.php"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield wiki
    finally:
        server.shutdown()
        server.server_close()
