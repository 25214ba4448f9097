"""Articles that could use an uploaded photo, read from a Wikipedia (Tajik by default), never written.

Two kinds: articles about places near where the photo was taken (`list=geosearch`, the GeoData
extension: `gscoord=lat|lon`, `gsradius` in metres, 10 to 10,000 on Wikimedia wikis, `gslimit`;
each hit has `title` and `dist` in metres), and the articles about the items the photo depicts
(their sitelinks to that Wikipedia: `wbgetentities&props=sitelinks&sitefilter=tgwiki` on the
items' wiki, Wikidata for Commons). Of both, `prop=pageimages` (the PageImages extension,
`piprop=name`, `pilicense=any`) tells which have no image yet, and `prop=info&inprop=url` gives
each article's address to open.

Every address is a setting of the project, like the items' wiki of `upload.wikibase`: the
articles' wiki (`{lang}` stands for the article language), its site id on the items' wiki, the
radius and the number of articles. Every call is an anonymous read through `upload.wiki.Wiki`
(the same User-Agent and limits as the uploads); a wiki that cannot be reached is one typed error,
a wiki without one of the extensions is a note beside what could be found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from photowalk.depicts import DepictedItem
from photowalk.errors import PhotowalkError
from photowalk.fields import effective_location, effective_object_location
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.project import ProjectStore
from photowalk.reasons import Reason, reason
from photowalk.upload.answers import Reply, query_part
from photowalk.upload.errors import MaxLag, RateLimited, Transient, UploadError, WikiError
from photowalk.upload.report import wiki_title
from photowalk.upload.settings import KEY_ITEMS_API
from photowalk.upload.state import UploadRow, UploadState, load, load_all
from photowalk.upload.wiki import COMMONS_API, ConnectionSettings, Wiki, WikiAddress, parse_wiki
from photowalk.upload.wikibase import NO_MODULE_CODES, endpoints_for

log = logging.getLogger(__name__)
T = TypeVar("T")

# Project setting keys (JSON values in the project's `settings` table).
KEY_ARTICLES_API = "use.articles_api"  # the articles' wiki; "{lang}" is the article language
KEY_ARTICLES_SITE = "use.articles_site"  # its site id on the items' wiki ("{lang}wiki")
KEY_RADIUS = "use.radius"  # metres around the photo
KEY_LIMIT = "use.limit"  # nearby articles at most

DEFAULT_ARTICLES_API = "https://{lang}.wikipedia.org/w/api.php"
DEFAULT_SITE = "{lang}wiki"
DEFAULT_RADIUS = 1000
DEFAULT_LIMIT = 10
MIN_RADIUS, MAX_RADIUS = 10, 10_000  # what GeoData takes on Wikimedia wikis ($wgMaxGeoSearchRadius)
MAX_LIMIT = 50
BATCH = 50  # titles or ids per request: the API's limit for anonymous readers
# Short: a volunteer is waiting in front of the dialog, not an upload running overnight.
CONNECTION = ConnectionSettings(timeout=15.0, deadline=30.0)



class ArticlesUnreachable(UploadError):
    code = "articles-unreachable"
    template = QT_TRANSLATE_NOOP(
        "errors", "{wiki} is not reachable ({reason}), so no articles can be suggested now. The wikitext can be "
                  "used all the same; try again when you are online.")


class ArticlesBusy(ArticlesUnreachable):
    code = "articles-busy"
    template = QT_TRANSLATE_NOOP(
        "errors", "{wiki} is too busy to answer now ({reason}), so no articles can be suggested. The wikitext can "
                  "be used all the same; try again in a few minutes.")


class PhotoNotOnWiki(PhotowalkError):
    code = "photo-not-on-wiki"
    template = QT_TRANSLATE_NOOP(
        "errors", "Photo {id} is not on the wiki yet: upload it first, then it can be used in articles.")


class ChooseOnePhoto(PhotowalkError):
    code = "choose-one-photo"
    template = QT_TRANSLATE_NOOP("errors", "Select one photo that is on the wiki to use it in articles.")


# Notes beside the suggestions: why one kind of article was not looked for.
NO_POSITION = Reason("no-position", QT_TRANSLATE_NOOP(
    "errors", "The photo has no location (or it is left off the page), so no nearby articles are looked for."))
NO_DEPICTS = Reason("no-depicts", QT_TRANSLATE_NOOP(
    "errors", "The photo depicts no items, so no articles about them are looked for."))


@dataclass(frozen=True)
class ArticleSettings:
    """Where and how far articles are looked for; see the KEY_* settings."""

    articles_api: str = DEFAULT_ARTICLES_API
    site: str = DEFAULT_SITE
    items_api: str | None = None  # the items' wiki; None: that of the upload wiki (Wikidata for Commons)
    upload_api: str = COMMONS_API
    radius: int = DEFAULT_RADIUS
    limit: int = DEFAULT_LIMIT
    connection: ConnectionSettings = field(default_factory=lambda: CONNECTION)

    def api_for(self, lang: str) -> str:
        return self.articles_api.replace("{lang}", lang)

    def site_for(self, lang: str) -> str:
        return self.site.replace("{lang}", lang)

    @property
    def items(self) -> str:
        return endpoints_for(self.upload_api, items=self.items_api).items


def article_settings(store: ProjectStore, upload_api: str = COMMONS_API) -> ArticleSettings:
    """The project's settings for suggestions (absent or unusable values keep their defaults)."""
    return ArticleSettings(
        articles_api=_text(store.setting(KEY_ARTICLES_API)) or DEFAULT_ARTICLES_API,
        site=_text(store.setting(KEY_ARTICLES_SITE)) or DEFAULT_SITE,
        items_api=_text(store.setting(KEY_ITEMS_API)),
        upload_api=upload_api,
        radius=_bounded(store.setting(KEY_RADIUS), DEFAULT_RADIUS, MIN_RADIUS, MAX_RADIUS),
        limit=_bounded(store.setting(KEY_LIMIT), DEFAULT_LIMIT, 1, MAX_LIMIT),
    )


def with_overrides(settings: ArticleSettings, *, articles_api: str | None = None, radius: int | None = None,
                   limit: int | None = None) -> ArticleSettings:
    """The settings with what a command line gave instead (radius and limit kept in range)."""
    return replace(
        settings,
        articles_api=articles_api or settings.articles_api,
        radius=_bounded(radius, settings.radius, MIN_RADIUS, MAX_RADIUS),
        limit=_bounded(limit, settings.limit, 1, MAX_LIMIT),
    )


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _bounded(value: object, default: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    return max(low, min(high, int(value)))


# -- the photo --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OnWiki:
    """Where a photo of the project is: its file's name and the API of the wiki it was uploaded to."""

    title: str
    wiki: str


def on_wiki(store: ProjectStore, photo_id: int) -> OnWiki | None:
    """The photo's file on the wiki, once it is there (None before)."""
    return _on_wiki(load(store, photo_id))


def _on_wiki(row: UploadRow | None) -> OnWiki | None:
    title = wiki_title(row) if row is not None else None
    if row is None or title is None or row.state not in (UploadState.DONE, UploadState.STRUCTURING):
        return None
    return OnWiki(title, row.wiki)


def find_photo(store: ProjectStore, text: str) -> int | None:
    """The photo a volunteer names: its number, its file's name on the wiki (with or without File:,
    spaces or underscores) or its original file name."""
    text = text.strip()
    if text.isdigit():
        return int(text) if store.photos([int(text)]) else None
    wanted = text.split(":", 1)[1] if text[:5].lower() == "file:" else text
    key = wanted.replace("_", " ").strip()
    by_name = None
    rows = load_all(store)
    for photo in store.photos():
        there = _on_wiki(rows.get(photo.id))
        if there is not None and there.title.replace("_", " ") == key:
            return photo.id
        if by_name is None and photo.file_name == text:
            by_name = photo.id
    return by_name


def search_position(photo: Photo) -> tuple[float, float] | None:
    """Where to look for articles around: the subject when known, else where the camera stood;
    None when the volunteer left the location off the page (it is not sent anywhere then either)."""
    where = effective_object_location(photo) or effective_location(photo)
    return (where.lat, where.lon) if where is not None else None


# -- the requests -------------------------------------------------------------------------------


def nearby_params(lat: float, lon: float, radius: int, limit: int) -> dict[str, Any]:
    """list=geosearch around a point, articles (namespace 0) only."""
    return {"action": "query", "list": "geosearch", "gscoord": f"{lat:.6f}|{lon:.6f}",
            "gsradius": _bounded(radius, DEFAULT_RADIUS, MIN_RADIUS, MAX_RADIUS),
            "gslimit": _bounded(limit, DEFAULT_LIMIT, 1, MAX_LIMIT), "gsnamespace": 0}


def sitelinks_params(ids: list[str], site: str) -> dict[str, Any]:
    """wbgetentities: the items' articles on one site, and their labels to name them."""
    return {"action": "wbgetentities", "ids": "|".join(ids), "props": "sitelinks", "sitefilter": site}


def pages_params(titles: list[str]) -> dict[str, Any]:
    """The pages' image (any licence), address and existence, following redirects."""
    return {"action": "query", "titles": "|".join(titles), "prop": "pageimages|info", "piprop": "name",
            "pilicense": "any", "pilimit": BATCH, "inprop": "url", "redirects": 1}


@dataclass(frozen=True)
class Page:
    """An article as its wiki has it now."""

    title: str
    url: str
    image: str | None  # its page image (PageImages), None when it has none or the wiki cannot tell
    image_known: bool = True  # False on a wiki without PageImages


class NoSuchModule(UploadError):
    """The wiki does not have what a request needs (an extension that is not installed)."""

    code = "no-such-module"
    template = QT_TRANSLATE_NOOP("errors", "{wiki} cannot answer {what} (the extension is not installed there).")


def nearby_articles(wiki: Wiki, lat: float, lon: float, radius: int, limit: int) -> list[tuple[str, float]]:
    """(title, distance in metres) of the articles around a point, nearest first."""
    answer = wiki.call(nearby_params(lat, lon, radius, limit), method="GET")
    query = query_part(answer)
    if "geosearch" not in query.data:
        # A wiki without GeoData answers with a warning only ("Unrecognized value for parameter list").
        raise NoSuchModule(wiki=wiki.address.name, what="list=geosearch")
    found = []
    for hit in query.parts("geosearch"):
        found.append((hit.required_text("title"), hit.real("dist") or 0.0))
    return sorted(found, key=lambda t: t[1])


def item_articles(wiki: Wiki, ids: Iterable[str], site: str) -> dict[str, str]:
    """The title of each item's article on `site` (items with none left out)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), BATCH):
        try:
            answer = wiki.call(sitelinks_params(wanted[start:start + BATCH], site), method="GET")
        except WikiError as exc:
            if exc.api_code in NO_MODULE_CODES:
                raise NoSuchModule(wiki=wiki.address.name, what="wbgetentities") from None
            raise
        for qid, entity in Reply(answer).part("entities").data.items():
            link = Reply(entity, f"entities.{qid}").part_or_empty("sitelinks").opt_part(site)
            title = link.text("title") if link is not None else None
            if title:
                found[str(qid)] = title
    return found


def pages(wiki: Wiki, titles: Iterable[str]) -> dict[str, Page]:
    """The existing pages among these titles, by the title asked for (a redirect gives its target)."""
    wanted = list(dict.fromkeys(titles))
    found: dict[str, Page] = {}
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start:start + BATCH]
        answer = wiki.call(pages_params(batch), method="GET")
        query = query_part(answer)
        known = not _unrecognised(answer, "pageimages")
        # The title asked for -> the page it became: normalised (first letter, underscores), then redirected.
        moved: dict[str, str] = {}
        for key in ("normalized", "redirects"):
            for step in query.parts(key):
                source, target = step.text("from"), step.text("to")
                if source and target:
                    moved[source] = target
        by_title: dict[str, Page] = {}
        for page in query.parts("pages"):
            if page.flag("missing") or page.flag("invalid"):
                continue
            title = page.required_text("title")
            by_title[title] = Page(title, _page_url(wiki.address, page.text("fullurl", limit=2000), title),
                                   page.text("pageimage"), known)
        for asked in batch:
            final = asked
            for _ in range(2):  # normalised, then redirected
                final = moved.get(final, final)
            if final in by_title:
                found[asked] = by_title[final]
    return found


def _page_url(address: WikiAddress, given: str | None, title: str) -> str:
    """The page's address to open in a browser: the wiki's own when it is a web address, else
    index.php?title= beside the API (never a file: or javascript: address from a wiki's answer)."""
    if given and urlsplit(given).scheme in ("http", "https") and not any(c.isspace() for c in given):
        return given
    return address.api_url[: -len("api.php")] + "index.php?title=" + quote(title.replace(" ", "_"), safe=":/")


def _unrecognised(answer: dict[str, Any], module: str) -> bool:
    """Whether the wiki warned that it does not know `module` (asked in English: uselang=en)."""
    warnings = Reply(answer).part_or_empty("warnings").part_or_empty("query")
    text = warnings.text("warnings", limit=2000) or warnings.text("*", limit=2000) or ""
    return "Unrecognized value" in text and module in text


# -- the suggestions -------------------------------------------------------------------------


ITEMS_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "{wiki} cannot be asked now ({reason}), so articles about the depicted items are not looked for.")


@dataclass(frozen=True)
class Suggestion:
    """An article that could use the photo: near where it was taken, or about an item it depicts."""

    title: str
    url: str
    has_image: bool | None  # None: the wiki cannot tell
    distance: float | None = None  # metres from the photo, for an article near it
    item: DepictedItem | None = None  # the item the article is about


@dataclass(frozen=True)
class Suggestions:
    """What was found on one wiki for one photo, and why a kind of article could not be looked for."""

    wiki: str
    lang: str
    nearby: list[Suggestion] = field(default_factory=list)
    about: list[Suggestion] = field(default_factory=list)
    notes: list[Reason] = field(default_factory=list)


def suggest_articles(photo: Photo, lang: str, settings: ArticleSettings, *,
                     progress: Callable[[Any], None] | None = None,
                     cancel: Callable[[], bool] | None = None) -> Suggestions | None:
    """The articles in `lang` that could use the photo; None when cancelled. ArticlesUnreachable
    when the articles' wiki cannot be reached at all."""
    stopped = cancel or (lambda: False)
    address = parse_wiki(settings.api_for(lang))
    where = search_position(photo)
    if where is None and not photo.depicts:
        return Suggestions(wiki=address.name, lang=lang, notes=[NO_POSITION, NO_DEPICTS])  # nothing to ask
    wiki = _connect(address, settings)
    sessions = [wiki]
    try:
        notes: list[Reason] = []
        nearby: list[tuple[str, float]] = []
        if where is None:
            notes.append(NO_POSITION)
        else:
            try:
                nearby = _reading(address, lambda: nearby_articles(wiki, *where, settings.radius, settings.limit))
            except NoSuchModule as exc:
                notes.append(Reason.of(exc))
        if stopped():
            return None
        about: dict[str, str] = {}
        if not photo.depicts:
            notes.append(NO_DEPICTS)
        else:
            items_address = parse_wiki(settings.items)
            try:
                items_wiki = wiki if items_address.api_url == address.api_url else _connect(items_address, settings)
                if items_wiki is not wiki:
                    sessions.append(items_wiki)
                about = _reading(items_address, lambda: item_articles(
                    items_wiki, [d.id for d in photo.depicts], settings.site_for(lang)))
            except ArticlesUnreachable as exc:
                notes.append(reason("items-unreachable", ITEMS_UNREACHABLE, **exc.params))
            except NoSuchModule as exc:
                notes.append(Reason.of(exc))
        if stopped():
            return None
        titles = [t for t, _ in nearby] + list(about.values())
        found = _reading(address, lambda: pages(wiki, titles)) if titles else {}
        if stopped():
            return None
    finally:
        for session in sessions:
            session.close()
    about_pages = [(item, found[t]) for item in photo.depicts if (t := about.get(item.id)) is not None and t in found]
    shown = {page.title for _, page in about_pages}  # an article about a depicted item is listed once, as that
    return Suggestions(
        wiki=address.name, lang=lang,
        nearby=[_suggestion(found[t], distance=d) for t, d in nearby if t in found and found[t].title not in shown],
        about=[_suggestion(page, item=item) for item, page in about_pages],
        notes=notes,
    )


def _suggestion(page: Page, *, distance: float | None = None, item: DepictedItem | None = None) -> Suggestion:
    return Suggestion(page.title, page.url, (page.image is not None) if page.image_known else None, distance, item)


def _connect(address: WikiAddress, settings: ArticleSettings) -> Wiki:
    """An anonymous reading session with a wiki."""
    wiki = Wiki(address, settings=settings.connection)
    _reading(address, wiki.connect)
    return wiki


def _reading(address: WikiAddress, read: Callable[[], T]) -> T:
    """A read from a wiki whose connection failing means the wiki cannot be reached now, and whose
    lag or rate limit that it is too busy (waiting for it is no use to someone at the dialog)."""
    try:
        return read()
    except Transient as exc:
        log.info("%s not reachable: %s", address.api_url, exc.message)
        raise ArticlesUnreachable(wiki=address.name, reason=exc.params.get("reason", "-")) from None
    except (MaxLag, RateLimited) as exc:
        log.info("%s busy: %s", address.api_url, exc.message)
        raise ArticlesBusy(wiki=address.name, reason=exc.cause) from None
