"""Categories on the wiki: names that start with what a volunteer typed, and names with no page.

All of it only reads, so it works without logging in; failures are the upload layer's typed
errors. `check_project_categories` asks about a project's categories and records the answers in
the project (photowalk.categorycache), where the checks find them offline.
"""

from __future__ import annotations

from collections.abc import Iterable

from photowalk.categorycache import CategoryAnswers, record_answers
from photowalk.errors import PhotowalkError
from photowalk.names import category_problem, normalize_category
from photowalk.project import ProjectStore
from photowalk.upload.answers import query_part
from photowalk.upload.errors import UploadError
from photowalk.upload.wiki import ConnectionSettings, Wiki, parse_wiki

SUGGESTION_LIMIT = 20
CATEGORY_NAMESPACE = 14
# The most titles one query may name without the apihighlimits right (anonymous readers lack it).
TITLES_PER_QUERY = 50
# Red categories that get a similar existing one looked up (each costs up to SIMILAR_TRIES requests).
SIMILAR_LOOKUPS = 10
SIMILAR_TRIES = 3
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


def similar_category(wiki: Wiki, name: str) -> str | None:
    """An existing category like `name` (another case, or a longer name starting with its first
    words), or None; for a category that has no page."""
    words = name.split()
    for count in range(len(words), max(0, len(words) - SIMILAR_TRIES), -1):
        hits = [h for h in suggest_categories(wiki, " ".join(words[:count]), limit=10) if h != name]
        if hits:
            same = [h for h in hits if h.casefold() == name.casefold()]
            return (same or hits)[0]
    return None


def red_categories(wiki: Wiki, names: Iterable[str]) -> tuple[set[str], dict[str, str | None]]:
    """(names with a category page, names without one -> a similar existing category or None).

    Names no page can have are left out of both: the checks refuse them on their own."""
    valid = [n for n in dict.fromkeys(names) if not category_problem(n)]
    missing = missing_categories(wiki, valid)
    similar: dict[str, str | None] = {}
    for n, name in enumerate(sorted(missing)):
        similar[name] = similar_category(wiki, name) if n < SIMILAR_LOOKUPS else None
    return set(valid) - missing, similar


def check_project_categories(
    store: ProjectStore, api_url: str, names: Iterable[str], *, settings: ConnectionSettings = READ_SETTINGS
) -> CategoryAnswers:
    """Ask the wiki which of these categories have no page and record the answers in the project.

    Raises UploadError when the wiki cannot be reached; the project keeps its earlier answers."""
    reader = CategoryReader(api_url, settings)
    try:
        present, missing = red_categories(reader.session(), names)
    finally:
        reader.close()
    return record_answers(store, reader.address.api_url, present=present, missing=missing)


class CategoryReader:
    """An anonymous session with one wiki, opened on first use and kept for the next lookups.

    One lookup at a time: the session is not shared between threads that run together.
    """

    def __init__(self, api_url: str, settings: ConnectionSettings = READ_SETTINGS) -> None:
        self.address = parse_wiki(api_url)
        self.settings = settings
        self._wiki: Wiki | None = None

    def session(self) -> Wiki:
        """The reader's connection, opened on first use."""
        if self._wiki is None:
            wiki = Wiki(self.address, settings=self.settings)
            wiki.connect()
            self._wiki = wiki
        return self._wiki

    def suggest(self, prefix: str, *, limit: int = SUGGESTION_LIMIT) -> list[str]:
        """As suggest_categories, on this reader's session."""
        try:
            return suggest_categories(self.session(), prefix, limit=limit)
        except UploadError:
            self.close()  # the next lookup opens a fresh session: the wiki may be back by then
            raise

    def close(self) -> None:
        if self._wiki is not None:
            self._wiki.close()
            self._wiki = None
