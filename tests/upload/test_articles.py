"""Articles that could use a photo, read from the real test wiki.

The test wiki (MediaWiki 1.39) has PageImages, which the test turns on in extra-settings.php, so
"has no image" is read from a real server. It has neither GeoData (list=geosearch) nor Wikibase
(wbgetentities sitelinks), and nothing recorded shows either answering: for those the tests check
the requests photowalk builds and what it does with the real answers of a wiki that lacks them.
"""

from __future__ import annotations

import io
import json
import random
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import mwclient
import pytest
from PIL import Image

from photowalk.depicts import DepictedItem
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.project import ProjectStore
from photowalk.upload.articles import (
    DEFAULT_ARTICLES_API,
    KEY_ARTICLES_API,
    KEY_ARTICLES_SITE,
    KEY_LIMIT,
    KEY_RADIUS,
    NO_DEPICTS,
    NO_POSITION,
    ArticlesBusy,
    ArticleSettings,
    ArticlesUnreachable,
    NoSuchModule,
    article_settings,
    item_articles,
    nearby_articles,
    nearby_params,
    pages,
    pages_params,
    search_position,
    sitelinks_params,
    suggest_articles,
    with_overrides,
)
from photowalk.upload.errors import NotUnderstood
from photowalk.upload.settings import KEY_ITEMS_API
from photowalk.upload.wiki import COMMONS_API, Wiki, parse_wiki
from photowalk.upload.wikibase import WIKIDATA_API

PAGE_IMAGES = "wfLoadExtension( 'PageImages' );"
REFUSED = "http://127.0.0.1:9/api.php"  # port 9 on loopback refuses at once


def photo(**fields: Any) -> Photo:
    camera = fields.pop("camera", CameraData(lat=38.5598, lon=68.787))
    return Photo(id=3, path="DCIM/IMG_0003.JPG", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG, camera=camera,
                 **fields)


def reader(testwiki: dict[str, str]) -> Wiki:
    wiki = Wiki(parse_wiki(testwiki["TESTWIKI_API"]))
    wiki.connect()
    return wiki


@pytest.fixture(scope="module")
def articles(testwiki: dict[str, str]) -> dict[str, str]:
    """On the test wiki, with PageImages on while they are saved: an article showing a real file, one
    with no picture, a redirect to it; their titles by role."""
    token = uuid.uuid4().hex[:6]
    extra = Path(testwiki["TESTWIKI_DIR"], "extra-settings.php")
    extra.write_text("<?php\n" + PAGE_IMAGES + "\n")
    try:
        site = mwclient.Site(testwiki["TESTWIKI_HOST"], path=testwiki["TESTWIKI_PATH"], scheme="http")
        site.login(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
        rnd = random.Random(token)
        data = io.BytesIO()
        Image.frombytes("RGB", (400, 300), rnd.randbytes(400 * 300 * 3)).save(data, "JPEG")
        data.seek(0)
        name = f"Rudaki park {token}.jpg"
        assert site.upload(data, filename=name, description="test")["result"] == "Success"
        titles = {"with": f"Боғи Рӯдакӣ {token}", "without": f"Қалъаи Ҳисор {token}",
                  "redirect": f"Ҳисор {token}", "image": name.replace(" ", "_")}
        site.pages[titles["with"]].edit(f"Боғ.\n[[File:{name}|thumb|Боғ]]\n", summary="test")
        site.pages[titles["without"]].edit("Қалъа дар Ҳисор.\n", summary="test")
        site.pages[titles["redirect"]].edit(f"#REDIRECT [[{titles['without']}]]\n", summary="test")
        return titles
    finally:
        extra.unlink(missing_ok=True)


# -- requests -------------------------------------------------------------------------------------


def test_the_requests_are_built_as_the_api_documents_them() -> None:
    assert nearby_params(38.5598, 68.787, 1000, 10) == {
        "action": "query", "list": "geosearch", "gscoord": "38.559800|68.787000", "gsradius": 1000,
        "gslimit": 10, "gsnamespace": 0}
    # GeoData takes 10 to 10,000 metres on Wikimedia wikis; the API's limit is 50 for anonymous readers.
    assert nearby_params(-1.5, -70.25, 50_000, 999)["gsradius"] == 10_000
    assert (nearby_params(-1.5, -70.25, 1, 0)["gsradius"], nearby_params(-1.5, -70.25, 1, 0)["gslimit"]) == (10, 1)
    assert sitelinks_params(["Q1", "Q42"], "tgwiki") == {
        "action": "wbgetentities", "ids": "Q1|Q42", "props": "sitelinks", "sitefilter": "tgwiki"}
    assert pages_params(["A", "Б"]) == {
        "action": "query", "titles": "A|Б", "prop": "pageimages|info", "piprop": "name", "pilicense": "any",
        "pilimit": 50, "inprop": "url", "redirects": 1}


def test_settings_default_to_tajik_wikipedia_and_wikidata_and_follow_the_project(store_path: Path) -> None:
    with ProjectStore.open(store_path, create=True) as store:
        s = article_settings(store)
        assert (s.api_for("tg"), s.site_for("tg"), s.items) == ("https://tg.wikipedia.org/w/api.php", "tgwiki",
                                                                 WIKIDATA_API)
        assert (s.radius, s.limit, s.articles_api) == (1000, 10, DEFAULT_ARTICLES_API)
        store.set_setting(KEY_ARTICLES_API, "http://127.0.0.1:8080/{lang}/api.php")
        store.set_setting(KEY_ARTICLES_SITE, "{lang}testwiki")
        store.set_setting(KEY_ITEMS_API, "http://127.0.0.1:8081/api.php")
        store.set_setting(KEY_RADIUS, 250000)
        store.set_setting(KEY_LIMIT, "many")
        s = article_settings(store, upload_api=COMMONS_API)
        assert (s.api_for("ru"), s.site_for("ru"), s.items) == ("http://127.0.0.1:8080/ru/api.php", "rutestwiki",
                                                                 "http://127.0.0.1:8081/api.php")
        assert (s.radius, s.limit) == (10_000, 10)
        assert with_overrides(s, radius=5, limit=20).radius == 10 and with_overrides(s, limit=20).limit == 20
    # Any other wiki than Commons is its own items' wiki, as for depicts.
    assert ArticleSettings(upload_api="http://127.0.0.1:5/api.php").items == "http://127.0.0.1:5/api.php"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "walk.photowalk"


def test_the_position_searched_is_the_subjects_then_the_cameras_and_none_when_left_off() -> None:
    assert search_position(photo()) == (38.5598, 68.787)
    subject = CameraData(lat=38.5, lon=68.7, dest_lat=38.51, dest_lon=68.71)
    assert search_position(photo(camera=subject)) == (38.51, 68.71)
    assert search_position(photo(edit_lat=1.0, edit_lon=2.0)) == (1.0, 2.0)
    assert search_position(photo(location_removed=True)) is None
    assert search_position(photo(camera=CameraData())) is None


# -- the real test wiki -----------------------------------------------------------------------


def test_page_images_tell_which_articles_have_no_image(
    testwiki: dict[str, str], articles: dict[str, str], wiki_settings: Callable[[str], None],
) -> None:
    wiki_settings(PAGE_IMAGES)
    wiki = reader(testwiki)
    lower = articles["with"][0].lower() + articles["with"][1:].replace(" ", "_")
    found = pages(wiki, [articles["with"], articles["without"], articles["redirect"], "Нест " + articles["image"], lower])
    assert set(found) == {articles["with"], articles["without"], articles["redirect"], lower}
    assert found[articles["with"]].image == articles["image"]
    assert found[articles["without"]].image is None and found[articles["without"]].image_known
    # A redirect and a title written otherwise lead to the article itself.
    assert found[articles["redirect"]] == found[articles["without"]]
    assert found[lower] == found[articles["with"]]
    assert found[articles["with"]].url.startswith(testwiki["TESTWIKI_URL"] + "/")


def test_a_wiki_without_page_images_cannot_tell(testwiki: dict[str, str], articles: dict[str, str]) -> None:
    found = pages(reader(testwiki), [articles["with"]])
    assert found[articles["with"]].image is None and not found[articles["with"]].image_known


def test_a_wiki_without_geodata_or_wikibase_says_so(testwiki: dict[str, str]) -> None:
    wiki = reader(testwiki)
    with pytest.raises(NoSuchModule) as caught:
        nearby_articles(wiki, 38.5598, 68.787, 1000, 10)
    assert caught.value.params == {"wiki": wiki.address.name, "what": "list=geosearch"}
    with pytest.raises(NoSuchModule) as caught:
        item_articles(wiki, ["Q1"], "tgwiki")
    assert caught.value.params["what"] == "wbgetentities"


def test_suggestions_on_the_test_wiki_carry_the_notes_and_never_send_a_removed_location(
    testwiki: dict[str, str],
) -> None:
    settings = ArticleSettings(articles_api=testwiki["TESTWIKI_API"], upload_api=testwiki["TESTWIKI_API"])
    found = suggest_articles(photo(depicts=[DepictedItem("Q1")]), "tg", settings)
    assert found is not None and found.nearby == [] and found.about == []
    assert [n.code for n in found.notes] == ["no-such-module", "no-such-module"]
    assert [n.params["what"] for n in found.notes] == ["list=geosearch", "wbgetentities"]
    log = Path(testwiki["TESTWIKI_DIR"], "logs", "server.log")
    before = log.read_text(errors="replace").count("gscoord")
    found = suggest_articles(photo(location_removed=True, depicts=[DepictedItem("Q1")]), "tg", settings)
    assert found is not None and found.notes[0] == NO_POSITION and found.notes[1].params["what"] == "wbgetentities"
    assert log.read_text(errors="replace").count("gscoord") == before


def test_with_neither_a_position_nor_items_nothing_is_asked() -> None:
    found = suggest_articles(photo(location_removed=True), "tg", ArticleSettings(articles_api=REFUSED))
    assert found is not None and found.notes == [NO_POSITION, NO_DEPICTS] and found.wiki == "127.0.0.1:9"


def test_cancel_stops_before_the_next_request(testwiki: dict[str, str]) -> None:
    settings = ArticleSettings(articles_api=testwiki["TESTWIKI_API"], upload_api=testwiki["TESTWIKI_API"])
    assert suggest_articles(photo(depicts=[DepictedItem("Q1")]), "tg", settings, cancel=lambda: True) is None


def test_an_unreachable_wiki_is_one_clear_error() -> None:
    with pytest.raises(ArticlesUnreachable) as caught:
        suggest_articles(photo(), "tg", ArticleSettings(articles_api=REFUSED))
    assert caught.value.params["wiki"] == "127.0.0.1:9"
    assert caught.value.message.startswith("127.0.0.1:9 is not reachable (connection lost or refused)")


def test_an_unreachable_items_wiki_leaves_the_nearby_articles(testwiki: dict[str, str]) -> None:
    settings = ArticleSettings(articles_api=testwiki["TESTWIKI_API"], items_api=REFUSED)
    found = suggest_articles(photo(depicts=[DepictedItem("Q1")]), "tg", settings)
    assert found is not None
    assert [n.code for n in found.notes] == ["no-such-module", "items-unreachable"]
    assert found.notes[1].params["wiki"] == "127.0.0.1:9"


def test_a_lagging_wiki_is_too_busy_not_waited_for(testwiki: dict[str, str], wiki_settings: Callable[[str], None]) -> None:
    # As the test wiki's README shows: replication lag of 7 s, so requests with maxlag=5 are refused.
    wiki_settings("$wgHooks['ApiMaxLagInfo'][] = static function ( &$lagInfo ) {\n"
                  "  $lagInfo = [ 'host' => 'db-test', 'lag' => 7, 'type' => 'db' ];\n};")
    settings = ArticleSettings(articles_api=testwiki["TESTWIKI_API"], upload_api=testwiki["TESTWIKI_API"])
    with pytest.raises(ArticlesBusy) as caught:
        suggest_articles(photo(), "tg", settings)
    assert caught.value.message.startswith(f"{testwiki['TESTWIKI_HOST']} is too busy to answer now (database lag 7 s)")


# -- a hostile answer -------------------------------------------------------------------------------


@contextmanager
def answering(body: dict[str, Any]) -> Iterator[str]:
    """A server on 127.0.0.1 that answers every API request with `body`; its api.php address."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "https://x.org/a b", None])
def test_an_address_that_is_not_a_web_page_is_never_opened(url: str | None) -> None:
    page: dict[str, Any] = {"pageid": 5, "ns": 0, "title": "Боғ"}
    if url is not None:
        page["fullurl"] = url
    body = {"batchcomplete": True, "query": {"pages": [page], "general": {"sitename": "x"},
                                             "userinfo": {"id": 0, "name": "127.0.0.1", "anon": True}}}
    with answering(body) as api:
        wiki = Wiki(parse_wiki(api))
        wiki.connect()
        found = pages(wiki, ["Боғ"])
    assert found["Боғ"].url == api[: -len("api.php")] + "index.php?title=%D0%91%D0%BE%D2%93"


SITE = {"general": {"sitename": "x"}, "userinfo": {"id": 0, "name": "127.0.0.1", "anon": True}}
# Answers of the wrong shape from a broken or hostile server: each is "not understood", never a crash.
MALFORMED = [
    ("geosearch", {"query": {**SITE, "geosearch": {"title": "A"}}}),
    ("geosearch", {"query": {**SITE, "geosearch": [{"dist": 5}]}}),
    ("geosearch", {"query": {**SITE, "geosearch": [{"title": ["A"], "dist": 5}]}}),
    ("geosearch", {"query": {**SITE, "geosearch": [{"title": "A", "dist": "far"}]}}),
    ("geosearch", {"query": {**SITE, "geosearch": [{"title": "A", "dist": 1e999}]}}),
    ("geosearch", {"query": {**SITE, "geosearch": ["A"]}}),
    ("sitelinks", {"query": SITE, "entities": ["Q1"]}),
    ("sitelinks", {"query": SITE}),
    ("sitelinks", {"query": SITE, "entities": {"Q1": {"sitelinks": {"tgwiki": "Боғ"}}}}),
    ("sitelinks", {"query": SITE, "entities": {"Q1": {"sitelinks": {"tgwiki": {"title": {"x": 1}}}}}}),
    ("pages", {"query": {**SITE, "pages": {"5": "x"}}}),
    ("pages", {"query": {**SITE, "pages": [{"ns": 0}]}}),
    ("pages", {"query": {**SITE, "pages": [{"title": "Б", "pageimage": ["x"]}]}}),
    ("pages", {"query": {**SITE, "pages": [], "redirects": {"from": "A"}}}),
]


@pytest.mark.parametrize(("what", "body"), MALFORMED)
def test_a_malformed_answer_is_not_understood(what: str, body: dict[str, Any]) -> None:
    with answering(body) as api:
        wiki = Wiki(parse_wiki(api))
        wiki.connect()
        with pytest.raises(NotUnderstood):
            if what == "geosearch":
                nearby_articles(wiki, 38.5, 68.7, 1000, 10)
            elif what == "sitelinks":
                item_articles(wiki, ["Q1"], "tgwiki")
            else:
                pages(wiki, ["Б"])
