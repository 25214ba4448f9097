"""The event report: what the participants of an event uploaded, from one or several project files.

Each project is opened read-only through SQLite (a project open in a window or a worker elsewhere
is fine). A file on the wiki counts once, whoever's projects hold it (the same name, or the same
content under another name, on the same wiki), and is credited to the account the wiki names as
its uploader (imageinfo `user`, kept by the follow-up check; for a deleted file, its upload log).
Captions and depicts count when the wiki confirmed them (what the upload's structured-data step
sent); "deleted since" and "used in articles" come from the latest follow-up check.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from photowalk.errors import ProjectError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.structured import StructuredData
from photowalk.upload import followup
from photowalk.upload.report import ALREADY_THERE, Uploaded, gallery_wikitext, spreadsheet_cell, wiki_title
from photowalk.upload.state import UploadState, rows_of
from photowalk.wikiaddress import SHORT_NAMES

CONTEXT = "report"
UNKNOWN = "?"  # a file whose uploader is not known yet (never checked): `--check` asks the wiki

# The columns of the table and the CSV, in order.
HEADINGS = (
    QT_TRANSLATE_NOOP("report", "Participant"),
    QT_TRANSLATE_NOOP("report", "Photos uploaded"),
    QT_TRANSLATE_NOOP("report", "Bytes"),
    QT_TRANSLATE_NOOP("report", "With captions"),
    QT_TRANSLATE_NOOP("report", "With depicts"),
    QT_TRANSLATE_NOOP("report", "Deleted since"),
    QT_TRANSLATE_NOOP("report", "Used in articles"),
)
TOTAL = QT_TRANSLATE_NOOP("report", "Total")


@dataclass(frozen=True)
class EventFile:
    """One file on the wiki, counted once."""

    wiki: str
    title: str
    url: str
    user: str
    size: int
    captions: bool
    depicts: bool
    deleted: bool
    in_articles: bool
    checked: bool  # the follow-up has seen it (else user, deleted and usage are not known)
    sha1: str | None = None
    projects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One participant's numbers (or the totals)."""

    user: str
    photos: int = 0
    bytes: int = 0
    captions: int = 0
    depicts: int = 0
    deleted: int = 0
    in_articles: int = 0

    def plus(self, f: EventFile) -> Line:
        return replace(self, photos=self.photos + 1, bytes=self.bytes + f.size, captions=self.captions + f.captions,
                       depicts=self.depicts + f.depicts, deleted=self.deleted + f.deleted,
                       in_articles=self.in_articles + f.in_articles)

    def numbers(self) -> tuple[int, ...]:
        return (self.photos, self.bytes, self.captions, self.depicts, self.deleted, self.in_articles)


@dataclass(frozen=True)
class EventReport:
    title: str  # the gallery's title: the preset's gallery_title, else the event's name, else ""
    files: tuple[EventFile, ...]
    lines: tuple[Line, ...]  # by participant, most photos first
    totals: Line
    unchecked: int = 0  # files the follow-up never checked
    projects: tuple[str, ...] = field(default_factory=tuple)


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a project file (never a plain open(): see ARCHITECTURE.md)."""
    p = Path(path).absolute()
    if not p.is_file():
        raise ProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "the file does not exist"))
    try:
        conn = sqlite3.connect(f"{p.as_uri()}?mode=ro", uri=True, timeout=10.0)
        conn.execute("SELECT 1 FROM uploads LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        raise ProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "not a photowalk project")) from exc
    return conn


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
    try:
        value = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return value.strip() or None if isinstance(value, str) else None


def _key(title: str) -> str:
    """A file name as the wiki compares it: first letter upper case, _ as a space."""
    t = " ".join(title.replace("_", " ").split())
    return t[:1].upper() + t[1:]


def _project_files(path: Path) -> tuple[list[EventFile], str | None]:
    """The files one project uploaded (not those it found already there), and its gallery title."""
    conn = _read_only(path)
    try:
        rows = rows_of(conn)
        sizes = dict(conn.execute("SELECT id, size FROM photos").fetchall())
        checks = followup.load(conn)
        title = _setting(conn, "gallery_title") or _setting(conn, "event")
    finally:
        conn.close()
    files = []
    for row in rows:
        name = wiki_title(row)
        if row.state != UploadState.DONE or row.outcome == ALREADY_THERE or not name:
            continue
        sent = StructuredData.loads(row.sdc_sent)
        seen = checks.get(row.photo_id)
        checked = seen is not None and seen.wiki == row.wiki
        size = (seen.size if checked and seen and seen.size is not None
                else row.sent_size if row.sent_size is not None else sizes.get(row.photo_id, 0))
        files.append(EventFile(
            wiki=row.wiki, title=_key(seen.title if checked and seen else name), url=row.url or "",
            user=(seen.user if checked and seen and seen.user else UNKNOWN), size=int(size or 0),
            captions=bool(sent and sent.captions), depicts=bool(sent and sent.depicts),
            deleted=bool(checked and seen and not seen.present),
            in_articles=bool(checked and seen and seen.present and seen.articles),
            checked=checked, sha1=(seen.sha1 if checked and seen and seen.sha1 else row.sent_sha1),
            projects=(str(path),)))
    return files, title


def _merge(a: EventFile, b: EventFile) -> EventFile:
    """The same file seen in two projects: what either knows, the newer check winning for the wiki's facts."""
    known = a if a.checked or not b.checked else b
    return replace(known, captions=a.captions or b.captions, depicts=a.depicts or b.depicts,
                   projects=tuple(dict.fromkeys(a.projects + b.projects)))


def event_report(paths: Sequence[Path]) -> EventReport:
    """The report over these project files."""
    merged: dict[tuple[str, str], EventFile] = {}
    by_sha1: dict[tuple[str, str], tuple[str, str]] = {}
    title = None
    for path in paths:
        files, project_title = _project_files(Path(path))
        title = title or project_title
        for f in files:
            key = (f.wiki, f.title)
            if key not in merged and f.sha1 and (f.wiki, f.sha1) in by_sha1:
                key = by_sha1[(f.wiki, f.sha1)]  # the same content under another name: one file
            merged[key] = _merge(merged[key], f) if key in merged else f
            if f.sha1:
                by_sha1.setdefault((f.wiki, f.sha1), key)
    files_out = tuple(merged.values())
    lines: dict[str, Line] = {}
    totals = Line("")
    for f in files_out:
        lines[f.user] = lines.get(f.user, Line(f.user)).plus(f)
        totals = totals.plus(f)
    ordered = tuple(sorted(lines.values(), key=lambda line: (-line.photos, line.user.casefold())))
    return EventReport(title or "", files_out, ordered, totals, sum(1 for f in files_out if not f.checked),
                       tuple(str(p) for p in paths))


# -- outputs ------------------------------------------------------------------------------------

_MARKUP = set("'[]{}|<>=~&*#:;!\n")


def _plain(text: str) -> str:
    """Text shown as it is in wikitext (a user name may hold '' or = and the like)."""
    return f"<nowiki>{text.replace('<', '&lt;')}</nowiki>" if _MARKUP & set(text) else text


def _user_cell(user: str, wikis: Iterable[str]) -> str:
    """The participant, linked to their uploads on Commons when the files are there."""
    if user != UNKNOWN and set(wikis) == {SHORT_NAMES["commons"]}:
        return f"[[c:Special:ListFiles/{user}|{_plain(user)}]]"
    return _plain(user)


def meta_table(report: EventReport, headings: Sequence[str] = HEADINGS, total: str = TOTAL) -> str:
    """A sortable wikitable for an activity report on Meta: one row a participant, then the totals."""
    wikis = {f.wiki for f in report.files}
    out = ['{| class="wikitable sortable"', "! " + " !! ".join(_plain(h) for h in headings)]
    for line in report.lines:
        out += ["|-", "| " + " || ".join([_user_cell(line.user, wikis), *map(str, line.numbers())])]
    out += ['|- class="sortbottom"', "! " + " !! ".join([_plain(total), *map(str, report.totals.numbers())]), "|}"]
    return "\n".join(out) + "\n"


def csv_table(report: EventReport, headings: Sequence[str] = HEADINGS, total: str = TOTAL) -> str:
    """The same table as CSV, totals last; no user name becomes a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headings)
    for line in report.lines:
        writer.writerow([spreadsheet_cell(line.user), *line.numbers()])
    writer.writerow([total, *report.totals.numbers()])
    return out.getvalue()


def gallery(report: EventReport) -> str:
    """The files still on the wiki as a <gallery>, titled by the preset's gallery title or the event."""
    return gallery_wikitext([Uploaded(f.title, f.url) for f in report.files if not f.deleted], report.title)


def to_json(report: EventReport) -> dict[str, Any]:
    """The report as plain data (for programs)."""
    keys = ("photos", "bytes", "captions", "depicts", "deleted", "in_articles")
    return {"title": report.title, "unchecked": report.unchecked,
            "participants": [{"user": line.user, **dict(zip(keys, line.numbers(), strict=True))} for line in report.lines],
            "totals": dict(zip(keys, report.totals.numbers(), strict=True))}
