"""Categories on the wiki: names that start with what a volunteer typed, and names with no page.

Both only read, so they work without logging in; failures are the upload layer's typed errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from photowalk.errors import PhotowalkError
from photowalk.names import category_problem, normalize_category
from photowalk.upload.answers import query_part
from photowalk.upload.errors import UploadError
from photowalk.upload.wiki import ConnectionSettings, Wiki, parse_wiki

SUGGESTION_LIMIT = 20
CATEGORY_NAMESPACE = 14
# The most titles one query may name without the apihighlimits right (anonymous readers lack it).
TITLES_PER_QUERY = 50
# A suggestion that comes later than this is of no use to someone typing; no retries either.
READ_SETTINGS = ConnectionSettings(timeout=8.0, deadline=15.0)


def category_prefix(text: str) -> str | None:
    """What a typed text asks for, as MediaWiki would read it (no `Category:`, `_` as space, first
    letter capitalised), or None when no category name can start so."""
    try:
        return normalize_category(text)
    except PhotowalkError:
        return None


def suggest_categories(wiki: Wiki, prefix: str, *, limit: int = SUGGESTION_LIMIT) -> list[str]:
    """Names of categories on the wiki that start with `prefix` (first letter in either case), at most `limit`."""
    wanted = category_prefix(prefix)
    if wanted is None:
        return []
    # list=prefixsearch rather than list=allcategories: it finds category *pages*, so a red
    # category (used on files, never created) is never offered, and on Commons the search engine
    # ranks the answers as the search box does instead of in code-point order.
    answer = wiki.get(action="query", list="prefixsearch", pssearch=wanted, psnamespace=CATEGORY_NAMESPACE,
                      pslimit=limit)
    names: list[str] = []
    for hit in query_part(answer).parts("prefixsearch"):
        if hit.number("ns") != CATEGORY_NAMESPACE:
            continue
        # The namespace's name depends on the wiki's language (Категория:); it holds no colon.
        name = (hit.text("title") or "").split(":", 1)[-1]
        # A search engine may also answer with near matches; only real continuations are offered.
        if name and name.casefold().startswith(wanted.casefold()) and name not in names:
            names.append(name)
    return names[:limit]


def missing_categories(wiki: Wiki, names: Iterable[str]) -> set[str]:
    """The names among `names` that have no category page on the wiki (red categories)."""
    missing: set[str] = set()
    asked: dict[str, str] = {}  # "Category:Name" as sent -> the name as given
    for name in dict.fromkeys(names):
        if category_problem(name):
            missing.add(name)  # no page can have this name ('|' would also split the query)
        else:
            asked[f"Category:{name}"] = name
    titles = list(asked)
    for start in range(0, len(titles), TITLES_PER_QUERY):
        chunk = titles[start : start + TITLES_PER_QUERY]
        query = query_part(wiki.get(action="query", titles="|".join(chunk)))
        sent_as = {n.text("to"): n.text("from") for n in query.parts("normalized")}
        for page in query.parts("pages"):
            title = page.text("title") or ""
            given = asked.get(sent_as.get(title) or title)
            if given is not None and (page.flag("missing") or page.flag("invalid")):
                missing.add(given)
    return missing


class CategoryReader:
    """An anonymous session with one wiki, opened on first use and kept for the next lookups.

    One lookup at a time: the session is not shared between threads that run together.
    """

    def __init__(self, api_url: str, settings: ConnectionSettings = READ_SETTINGS) -> None:
        self.address = parse_wiki(api_url)
        self.settings = settings
        self._wiki: Wiki | None = None

    def _session(self) -> Wiki:
        if self._wiki is None:
            wiki = Wiki(self.address, settings=self.settings)
            wiki.connect()
            self._wiki = wiki
        return self._wiki

    def suggest(self, prefix: str, *, limit: int = SUGGESTION_LIMIT) -> list[str]:
        """As suggest_categories, on this reader's session."""
        try:
            return suggest_categories(self._session(), prefix, limit=limit)
        except UploadError:
            self.close()  # the next lookup opens a fresh session: the wiki may be back by then
            raise

    def close(self) -> None:
        if self._wiki is not None:
            self._wiki.close()
            self._wiki = None
