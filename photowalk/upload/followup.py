"""Follow-up after upload: what became of a project's files on the wiki.

For every file a project uploaded, the wiki is asked (50 files a request) which templates and
categories its page has (deletion requests, speedy deletion, copyright violation, no permission,
"check categories", freedom of panorama), which deletion discussion links to it, whether it was
deleted, and which pages use it (`prop=globalusage` where the wiki has GlobalUsage, as Commons does;
else `prop=fileusage`, the pages of the wiki itself). Each state is a stored reason (context
"followup") whose line says what it means and what to do, shown in the volunteer's language; the
results are kept in the project (table `followup`) with the time of the check, so the window shows
them offline. Reading only: nothing is written to the wiki.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.project import ProjectStore
from photowalk.reasons import Reason
from photowalk.upload.errors import NotUnderstood
from photowalk.upload.report import wiki_title
from photowalk.upload.safetext import clean_text
from photowalk.upload.state import UploadState, load_all
from photowalk.upload.wiki import ConnectionSettings, Wiki, parse_wiki

log = logging.getLogger(__name__)

CONTEXT = "followup"
BATCH = 50  # titles a request: the API's limit for a client without the apihighlimits right
ARTICLE_NS = 0


class Followup(StrEnum):
    """What the wiki says of an uploaded file, the most urgent first."""

    DELETED = "deleted"
    SPEEDY = "speedy-deletion"
    COPYVIO = "copyright-violation"
    NO_PERMISSION = "no-permission"
    DELETION_REQUESTED = "deletion-requested"
    DELETION_DISCUSSED = "deletion-discussed"
    FOP = "freedom-of-panorama"
    CHECK_CATEGORIES = "check-categories"
    USED = "used"
    FINE = "fine"

    @property
    def needs_action(self) -> bool:
        """Whether the volunteer has something to do (or to read) about this file."""
        return self not in (Followup.USED, Followup.FINE)


_ORDER = {state: n for n, state in enumerate(Followup)}

# Each state's line: what happened, in plain words, and what to do.
LINES: dict[str, str] = {
    "deleted": QT_TRANSLATE_NOOP(
        "followup", "This file was deleted from the wiki. Ask an experienced volunteer why before you upload it again."),
    "deleted-because": QT_TRANSLATE_NOOP(
        "followup", "This file was deleted from the wiki on {when}. The reason given: {reason}. Upload it again only "
                    "if that reason no longer holds; ask an experienced volunteer first."),
    Followup.SPEEDY: QT_TRANSLATE_NOOP(
        "followup", "This file is marked for quick deletion, without a discussion ({template}). If that is wrong, say "
                    "why on the file's talk page today. Do not remove the mark yourself."),
    Followup.COPYVIO: QT_TRANSLATE_NOOP(
        "followup", "Someone thinks this file breaks copyright (copied from elsewhere). If you took the photo "
                    "yourself, say so on the file's talk page today; otherwise it will be deleted."),
    Followup.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "followup", "The file needs a proof of permission. If you took the photo yourself, say so on the file's "
                    "talk page; if someone else did, ask them to send the permission within 7 days."),
    Followup.DELETION_REQUESTED: QT_TRANSLATE_NOOP(
        "followup", "Someone asked for this file to be deleted ({page}). Read the discussion and answer there within "
                    "7 days: say that you took the photo and why it is useful. Do not remove the mark yourself."),
    "deletion-requested-here": QT_TRANSLATE_NOOP(
        "followup", "Someone asked for this file to be deleted. Open the file page, follow the link to the discussion "
                    "and answer there within 7 days: say that you took the photo and why it is useful. Do not remove "
                    "the mark yourself."),
    Followup.DELETION_DISCUSSED: QT_TRANSLATE_NOOP(
        "followup", "A deletion discussion links to this file ({page}). Read it; if it is still open, answer there."),
    Followup.FOP: QT_TRANSLATE_NOOP(
        "followup", "The file is marked about freedom of panorama ({template}): in some countries photos of recent "
                    "buildings and artworks are not free. If such a work is the main subject, the file may be deleted; "
                    "read the country's rule."),
    Followup.CHECK_CATEGORIES: QT_TRANSLATE_NOOP(
        "followup", "The file's categories should be checked. Add precise categories on the file page, then remove "
                    "the \"Check categories\" mark."),
    Followup.USED: QT_TRANSLATE_NOOP(
        "followup", "Used on {count} pages, {articles} of them articles. Nothing to do."),
    Followup.FINE: QT_TRANSLATE_NOOP(
        "followup", "No problem found; the file is not used on any page yet."),
}

# Templates (without "Template:") and category prefixes that mark each state, as Commons names them.
# Commons' redirects ({{Del}}, {{SD}}, ...) show up as the templates they lead to, so the targets suffice.
_TEMPLATES: dict[Followup, frozenset[str]] = {
    Followup.SPEEDY: frozenset({"speedydelete", "speedy delete", "speedy", "sd", "db", "speedy deletion"}),
    Followup.COPYVIO: frozenset({"copyvio", "copyvionote"}),
    Followup.NO_PERMISSION: frozenset({"no permission since", "no permission"}),
    Followup.DELETION_REQUESTED: frozenset({"delete", "deletion request"}),
    Followup.CHECK_CATEGORIES: frozenset({"check categories"}),
}
_TEMPLATE_PREFIXES: dict[Followup, tuple[str, ...]] = {
    Followup.SPEEDY: ("db-",),
    Followup.FOP: ("fop-", "nofop-"),
}
_CATEGORY_PREFIXES: dict[Followup, tuple[str, ...]] = {
    Followup.SPEEDY: ("candidates for speedy deletion",),
    Followup.COPYVIO: ("copyright violations",),
    Followup.NO_PERMISSION: ("media missing permission",),
    Followup.DELETION_REQUESTED: ("deletion requests",),
    Followup.CHECK_CATEGORIES: ("media needing category review",),
}
_DISCUSSIONS = "deletion requests/"  # Commons:Deletion requests/File:..., in the project namespace (4)


@dataclass(frozen=True)
class Usage:
    """A page that shows the file; `wiki` is the wiki's id (globalusage) or "" for the wiki itself."""

    wiki: str
    title: str
    ns: int

    @property
    def article(self) -> bool:
        """An article: the main namespace of a wiki other than Commons (whose main namespace holds galleries)."""
        return self.ns == ARTICLE_NS and not self.wiki.startswith("commons.")

    def to_json(self) -> dict[str, Any]:
        return {"wiki": self.wiki, "title": self.title, "ns": self.ns}


@dataclass(frozen=True)
class PageFacts:
    """What the wiki said of one file page (or, for a deleted file, of its logs)."""

    title: str  # the file name now (after a move), without "File:"
    present: bool
    templates: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    discussions: tuple[str, ...] = ()  # deletion-request pages that link to the file
    usage: tuple[Usage, ...] = ()
    user: str | None = None  # who uploaded the latest version (a deleted file: its first upload)
    size: int | None = None
    sha1: str | None = None
    deleted_on: str | None = None
    deleted_because: str | None = None


@dataclass(frozen=True)
class FileFollowup:
    """The stored result for one photo's file."""

    photo_id: int
    wiki: str
    title: str
    checked: str
    present: bool
    user: str | None
    size: int | None
    sha1: str | None
    findings: tuple[Reason, ...]
    usage: tuple[Usage, ...]

    @property
    def states(self) -> tuple[Followup, ...]:
        return tuple(Followup(r.code) for r in self.findings if r.code in Followup._value2member_map_)

    @property
    def worst(self) -> Followup:
        return min(self.states, key=_ORDER.__getitem__, default=Followup.FINE)

    @property
    def articles(self) -> int:
        return sum(1 for u in self.usage if u.article)


def _name(title: str) -> str:
    """A page title without its namespace, compared as the wiki does (case of the first letter, _ and spaces)."""
    return title.partition(":")[2].replace("_", " ").strip().lower() if ":" in title else title.strip().lower()


def _finding(state: Followup, **params: Any) -> Reason:
    return Reason(state.value, LINES[state], params, context=CONTEXT)


def classify(facts: PageFacts) -> tuple[Reason, ...]:
    """The states of a file, the most urgent first, each with its line."""
    if not facts.present:
        if facts.deleted_on:
            return (Reason(Followup.DELETED.value, LINES["deleted-because"],
                           {"when": facts.deleted_on, "reason": facts.deleted_because or "-"}, context=CONTEXT),)
        return (Reason(Followup.DELETED.value, LINES["deleted"], {}, context=CONTEXT),)
    templates = {_name(t): t.partition(":")[2] or t for t in facts.templates}
    categories = [_name(c) for c in facts.categories]
    found: dict[Followup, Reason] = {}
    for state in Followup:
        names = _TEMPLATES.get(state, frozenset())
        prefixes = _TEMPLATE_PREFIXES.get(state, ())
        hit = next((shown for name, shown in sorted(templates.items())
                    if name in names or name.startswith(prefixes or ("\0",))), None)
        by_category = any(c.startswith(_CATEGORY_PREFIXES.get(state, ("\0",))) for c in categories)
        if hit is None and not by_category:
            continue
        if state == Followup.DELETION_REQUESTED and facts.discussions:
            found[state] = _finding(state, page=_discussion(facts.discussions))
        elif state == Followup.DELETION_REQUESTED:
            found[state] = Reason(state.value, LINES["deletion-requested-here"], {}, context=CONTEXT)
        elif state in (Followup.SPEEDY, Followup.FOP):
            found[state] = _finding(state, template="{{" + (hit or state.value) + "}}")
        else:
            found[state] = _finding(state)
    if Followup.DELETION_REQUESTED not in found and facts.discussions:
        found[Followup.DELETION_DISCUSSED] = _finding(Followup.DELETION_DISCUSSED, page=_discussion(facts.discussions))
    if facts.usage:
        found[Followup.USED] = _finding(Followup.USED, count=len(facts.usage),
                                        articles=sum(1 for u in facts.usage if u.article))
    if not found:
        found[Followup.FINE] = _finding(Followup.FINE)
    return tuple(found[s] for s in sorted(found, key=_ORDER.__getitem__))


def _discussion(pages: Sequence[str]) -> str:
    """The discussion about this one file rather than a day's list that includes it."""
    own = [p for p in pages if "/file:" in p.lower()]
    return (own or list(pages) or [""])[0]


# -- asking the wiki ----------------------------------------------------------------------------


def has_globalusage(wiki: Wiki) -> bool:
    """Whether the wiki has GlobalUsage (prop=globalusage); a wiki without it warns and lists no module."""
    body = wiki.get(action="paraminfo", modules="query+globalusage")
    modules = (body.get("paraminfo") or {}).get("modules") if isinstance(body.get("paraminfo"), dict) else None
    return isinstance(modules, list) and any(isinstance(m, dict) and m.get("name") == "globalusage" for m in modules)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: Any, limit: int = 300) -> str | None:
    return clean_text(value, limit) if isinstance(value, str) and value else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _namespace(value: Any) -> int | None:
    """A namespace number, given as a number or (GlobalUsage) as digits."""
    if isinstance(value, str) and value.lstrip("-").isdigit() and len(value) < 6:
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _follow(body: Mapping[str, Any], title: str) -> str:
    """The title the wiki answers for a requested one (normalized, then through a redirect: a moved file)."""
    query = body.get("query") if isinstance(body.get("query"), dict) else {}
    assert isinstance(query, dict)
    for key in ("normalized", "redirects"):
        for step in _dicts(query.get(key)):
            if step.get("from") == title and isinstance(step.get("to"), str):
                title = step["to"]
    return title


class _Page:
    """One page's lists, merged across continued answers."""

    def __init__(self) -> None:
        self.present = False
        self.missing = False
        self.templates: list[str] = []
        self.categories: list[str] = []
        self.discussions: list[str] = []
        self.usage: list[Usage] = []
        self.user: str | None = None
        self.size: int | None = None
        self.sha1: str | None = None

    def add(self, page: Mapping[str, Any], usage_prop: str) -> None:
        self.missing = self.missing or bool(page.get("missing"))
        self.templates += [t for x in _dicts(page.get("templates")) if (t := _text(x.get("title")))]
        self.categories += [c for x in _dicts(page.get("categories")) if (c := _text(x.get("title")))]
        self.discussions += [t for x in _dicts(page.get("linkshere"))
                             if (t := _text(x.get("title"))) and _name(t).startswith(_DISCUSSIONS)]
        for x in _dicts(page.get(usage_prop)):
            title, ns = _text(x.get("title")), _namespace(x.get("ns"))
            if title is not None:
                self.usage.append(Usage(_text(x.get("wiki"), 100) or "", title, ns if ns is not None else -1))
        for info in _dicts(page.get("imageinfo"))[:1]:
            self.present = True
            self.user = _text(info.get("user"), 255) or self.user
            self.size = _int(info.get("size")) if _int(info.get("size")) is not None else self.size
            self.sha1 = _text(info.get("sha1"), 40) or self.sha1


def _query_batch(wiki: Wiki, titles: Sequence[str], usage_prop: str) -> dict[str, PageFacts]:
    """The facts of up to 50 file pages, following the API's continuation; keyed by the title asked."""
    asked = [f"File:{t}" for t in titles]
    params: dict[str, Any] = {
        "action": "query", "titles": "|".join(asked), "redirects": 1,
        "prop": f"templates|categories|imageinfo|linkshere|{usage_prop}",
        "tlnamespace": 10, "tllimit": "max", "cllimit": "max", "iiprop": "user|size|sha1",
        "lhnamespace": 4, "lhprop": "title", "lhlimit": "max",
    }
    if usage_prop == "globalusage":
        params.update(guprop="namespace", gulimit="max")
    else:
        params.update(fuprop="title", fulimit="max")
    pages: dict[str, _Page] = {}
    final: dict[str, str] = {}
    cont: dict[str, Any] = {}
    for _ in range(200):  # a guard against a wiki that continues for ever
        body = wiki.get(**params, **cont)
        for a in asked:
            final.setdefault(a, _follow(body, a))
        query = body.get("query")
        for page in _dicts(query.get("pages") if isinstance(query, dict) else None):
            title = _text(page.get("title"))
            if title is not None:
                pages.setdefault(title, _Page()).add(page, usage_prop)
        nxt = body.get("continue")
        if not isinstance(nxt, dict) or not nxt:
            break
        cont = {k: v for k, v in nxt.items() if isinstance(k, str) and isinstance(v, (str, int))}
    absent = [name for name, a in zip(titles, asked, strict=True) if final.get(a, a) not in pages]
    if absent:
        # A file the answer does not mention is not known to be deleted: the answer is broken.
        raise NotUnderstood(what=Reason("followup-file-absent", QT_TRANSLATE_NOOP(
            "errors", "the answer does not mention the file {title}"), {"title": clean_text(absent[0], 300)}))
    facts: dict[str, PageFacts] = {}
    for name, a in zip(titles, asked, strict=True):
        now = final.get(a, a)
        p = pages[now]
        facts[name] = PageFacts(
            title=now.partition(":")[2] or name, present=p.present and not p.missing, templates=tuple(p.templates),
            categories=tuple(p.categories), discussions=tuple(dict.fromkeys(p.discussions)),
            usage=tuple(dict.fromkeys(p.usage)), user=p.user, size=p.size, sha1=p.sha1)
    return facts


def _deletion(wiki: Wiki, facts: PageFacts) -> PageFacts:
    """A deleted file's facts from its logs: when and why it was deleted, and who had uploaded it."""
    body = wiki.get(action="query", list="logevents", letitle=f"File:{facts.title}", lelimit=50,
                    leprop="type|user|timestamp|comment")
    query = body.get("query")
    events = _dicts(query.get("logevents") if isinstance(query, dict) else None)  # newest first
    deletion = next((e for e in events if e.get("type") == "delete" and e.get("action") == "delete"), None)
    uploads = [e for e in events if e.get("type") == "upload"]
    return PageFacts(
        title=facts.title, present=False, usage=facts.usage, size=facts.size, sha1=facts.sha1,
        user=facts.user or (_text(uploads[-1].get("user"), 255) if uploads else None),
        deleted_on=_text(deletion.get("timestamp"), 40) if deletion else None,
        deleted_because=_text(deletion.get("comment")) if deletion else None)


def check_titles(wiki: Wiki, titles: Sequence[str], *, usage_prop: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> dict[str, PageFacts]:
    """The facts of each file (names without "File:"), 50 a request."""
    usage_prop = usage_prop or ("globalusage" if has_globalusage(wiki) else "fileusage")
    unique = list(dict.fromkeys(titles))
    out: dict[str, PageFacts] = {}
    for start in range(0, len(unique), BATCH):
        if cancel is not None and cancel():
            break
        for name, facts in _query_batch(wiki, unique[start:start + BATCH], usage_prop).items():
            out[name] = facts if facts.present else _deletion(wiki, facts)
        if progress is not None:
            progress(len(out), len(unique))
    return out


# -- the project's side -------------------------------------------------------------------------


def uploaded_titles(store: ProjectStore, api_url: str) -> dict[int, str]:
    """photo id -> the name of its file on the wiki, for the photos done on that wiki."""
    out = {}
    for pid, row in load_all(store).items():
        title = wiki_title(row)
        if row.wiki == api_url and row.state == UploadState.DONE and title:
            out[pid] = title
    return out


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def save(store: ProjectStore, api_url: str, by_photo: Mapping[int, PageFacts], checked: str | None = None) -> None:
    """Store the results of one check (one transaction)."""
    checked = checked or _now()
    with store.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO followup(photo_id, wiki, title, checked, present, user, size, sha1, findings, usage) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(pid, api_url, f.title, checked, int(f.present), f.user, f.size, f.sha1,
              json.dumps([r.to_json() for r in classify(f)], ensure_ascii=False),
              json.dumps([u.to_json() for u in f.usage], ensure_ascii=False))
             for pid, f in by_photo.items()])


def _from_row(r: Sequence[Any]) -> FileFollowup:
    pid, wiki, title, checked, present, user, size, sha1, findings, usage = r
    reasons = tuple(Reason.from_json(x) for x in _loads(findings) if isinstance(x, dict) and "$reason" in x)
    uses = tuple(Usage(str(x.get("wiki", "")), str(x.get("title", "")), int(x.get("ns", -1)))
                 for x in _loads(usage) if isinstance(x, dict))
    return FileFollowup(int(pid), str(wiki), str(title), str(checked), bool(present), user, size, sha1, reasons, uses)


def _loads(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


COLUMNS = "photo_id, wiki, title, checked, present, user, size, sha1, findings, usage"


def load(conn: Any) -> dict[int, FileFollowup]:
    """Every stored result of a project (an open ProjectStore's connection, or a read-only one)."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='followup'").fetchone()
    if not has:
        return {}
    return {f.photo_id: f for f in map(_from_row, conn.execute(f"SELECT {COLUMNS} FROM followup ORDER BY photo_id"))}


def load_store(store: ProjectStore) -> dict[int, FileFollowup]:
    return load(store.conn)


@dataclass(frozen=True)
class FollowupResult:
    """What one check did: files checked, and those in each state that needs the volunteer."""

    checked: int
    total: int
    needing_action: int


def follow_up(store: ProjectStore, wiki: Wiki, *, progress: Callable[[int, int], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> FollowupResult:
    """Check every file the project uploaded to `wiki` and store what was found, batch by batch."""
    api_url = wiki.address.api_url
    titles = uploaded_titles(store, api_url)
    by_title: dict[str, list[int]] = {}
    for pid, title in titles.items():
        by_title.setdefault(title, []).append(pid)
    names = list(by_title)
    usage_prop = "globalusage" if has_globalusage(wiki) else "fileusage"
    done = needing = 0
    for start in range(0, len(names), BATCH):
        if cancel is not None and cancel():
            break
        part = check_titles(wiki, names[start:start + BATCH], usage_prop=usage_prop)
        save(store, api_url, {pid: facts for name, facts in part.items() for pid in by_title[name]})
        done += len(part)
        needing += sum(1 for f in part.values() if any(Followup(r.code).needs_action for r in classify(f)))
        if progress is not None:
            progress(done, len(names))
    log.info("follow-up of %d of %d files on %s: %d need attention", done, len(names), api_url, needing)
    return FollowupResult(done, len(names), needing)


def reading_wiki(api_url: str, settings: ConnectionSettings | None = None) -> Wiki:
    """An anonymous session that only reads (everything the follow-up asks is public), connected."""
    wiki = Wiki(parse_wiki(api_url), settings=settings)
    wiki.connect()
    return wiki


AGAIN_AFTER = timedelta(hours=1)  # opening a project asks again only after this long


def due(store: ProjectStore, now: datetime | None = None) -> bool:
    """Whether opening the project should ask the wiki: a file on the wiki never checked, or the last
    check older than AGAIN_AFTER (opening and closing a project ten times is not ten checks)."""
    now = now or datetime.now(UTC)
    done = UploadState.DONE.value
    unchecked, oldest = store.conn.execute(
        "SELECT sum(f.photo_id IS NULL), min(f.checked) FROM uploads u LEFT JOIN followup f ON f.photo_id = u.photo_id "
        "WHERE u.state = ?", (done,)).fetchone()
    if unchecked is None:  # no file on a wiki
        return False
    if unchecked:
        return True
    try:
        last = datetime.fromisoformat(str(oldest))
    except ValueError:
        return True
    return now - last >= AGAIN_AFTER


def project_wikis(store: ProjectStore) -> list[str]:
    """The wikis the project has files on (usually one)."""
    return sorted({row.wiki for row in load_all(store).values() if row.state == UploadState.DONE})
