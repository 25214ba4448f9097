"""The upload state of each photo, in the project database (table `uploads`, schema migration 2).

Each change is its own committed transaction: the engine saves a state before the step it
names starts and again when it ends, so a process killed at any moment resumes correctly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from photowalk.errors import PhotowalkError
from photowalk.photo import Photo
from photowalk.profiles import same_account
from photowalk.project import ProjectStore
from photowalk.reasons import Reason, params_from_json, params_to_json
from photowalk.structured import StructuredData
from photowalk.unuploadable import never_uploadable
from photowalk.upload.errors import NoStructuredData, OverwriteRefused
from photowalk.upload.safetext import clean_param, clean_text, clean_value

MESSAGE_LIMIT = 1000  # a stored message: a template filled with short, cleaned values


class UploadState(StrEnum):
    QUEUED = "queued"
    STASHING = "stashing"
    PUBLISHING = "publishing"
    VERIFYING = "verifying"
    STRUCTURING = "structuring"  # the file is on the wiki and verified; its captions and depicts are being written
    DONE = "done"
    NEEDS_ATTENTION = "needs-attention"
    FAILED = "failed"
    SKIPPED = "skipped"

    @property
    def final(self) -> bool:
        """Nothing more happens to the photo in this run."""
        return self in (UploadState.DONE, UploadState.NEEDS_ATTENTION, UploadState.FAILED, UploadState.SKIPPED)


# Warnings that "upload anyway" (ignorewarnings) must never override. The title holds a file or
# a page (exists, exists-normalized, page-exists, duplicateversions, nochange): ignoring would put
# this photo over someone else's file (Commons:Overwriting existing files). The wiki would store
# the file under another name than asked (badfilename), or the name is a camera's (bad-prefix). Or
# the very picture is on the wiki already (duplicate): a second copy is only deleted again.
NEVER_IGNORED = frozenset({
    "exists", "exists-normalized", "page-exists", "duplicateversions", "nochange", "badfilename",
    "bad-prefix", "duplicate",
})
# The warning on a photo that is done whose newer page text was not sent: the page changed on the wiki.
PAGE_CHANGED = "page-changed"
NO_STRUCTURED_DATA = NoStructuredData.code  # an sdc_error that asking again cannot change


@dataclass(frozen=True)
class Attention:
    """A warning from the wiki the volunteer must decide on, with the suggested action."""

    code: str  # the wiki's warning code: exists, duplicate, was-deleted, badfilename, ...
    value: Any  # the wiki's detail: the other file's name, the suggested name, ...
    action: str  # rename | skip | upload-anyway
    message: str  # English, what happened and what to do
    suggestion: str | None = None  # a title that was free on the wiki when the warning came

    @property
    def may_upload_anyway(self) -> bool:
        """Whether "upload anyway" may be offered: never over a taken title (the engine checks again)."""
        return self.code not in NEVER_IGNORED and self.code != PAGE_CHANGED

    def __post_init__(self) -> None:
        # The code and value come from the wiki: safe to show and store, also when read from older projects.
        object.__setattr__(self, "code", clean_text(str(self.code), 100))
        object.__setattr__(self, "value", clean_value(self.value))
        object.__setattr__(self, "message", clean_text(str(self.message), MESSAGE_LIMIT))
        if self.suggestion is not None:
            object.__setattr__(self, "suggestion", clean_text(str(self.suggestion), 300))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Attention | None:
        if not text:
            return None
        d = json.loads(text)
        return cls(d["code"], d.get("value"), d["action"], d["message"], d.get("suggestion"))


@dataclass(frozen=True)
class Failure:
    """Why a photo could not be uploaded: an error's code, template and parameters."""

    code: str
    template: str
    params: dict[str, Any]
    message: str

    def __post_init__(self) -> None:
        # Parameters and message may quote the wiki: safe to show and store, also from older projects.
        object.__setattr__(self, "params", {clean_text(str(k), 100): clean_param(v) for k, v in self.params.items()})
        object.__setattr__(self, "message", clean_text(str(self.message), MESSAGE_LIMIT))

    @classmethod
    def of(cls, exc: PhotowalkError) -> Failure:
        params = {k: v if isinstance(v, (str, int, float, bool, Reason)) or v is None else str(v)
                  for k, v in exc.params.items()}
        return cls(exc.code, exc.template, params, exc.message)

    def to_json(self) -> str:
        return json.dumps({"code": self.code, "template": self.template, "params": params_to_json(self.params),
                           "message": self.message}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Failure | None:
        if not text:
            return None
        d = json.loads(text)
        return cls(d["code"], d.get("template", d.get("message", "")), params_from_json(d.get("params", {})),
                   d["message"])


@dataclass(frozen=True)
class UploadRow:
    """One photo's row in `uploads`."""

    photo_id: int
    wiki: str
    state: UploadState
    title: str | None = None
    text: str | None = None
    filekey: str | None = None
    bytes_confirmed: int = 0
    stash_complete: bool = False
    sent_sha1: str | None = None
    sent_size: int | None = None
    ignore_warnings: bool = False
    outcome: str | None = None
    url: str | None = None
    warning: Attention | None = None
    error: Failure | None = None
    restarts: int = 0
    updated: str = ""
    finished: str | None = None
    sdc_sent: str | None = None  # JSON of the structured data the wiki confirmed (photowalk.structured)
    sdc_error: Failure | None = None  # why writing the structured data failed; the file is uploaded
    account: str | None = None  # the wiki user name that sent the file (set when its sending begins)

    def but(self, **changes: Any) -> UploadRow:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def fresh(self) -> UploadRow:
        """Back to the start: nothing stashed, nothing decided (restarts kept)."""
        return UploadRow(self.photo_id, self.wiki, UploadState.QUEUED, title=self.title,
                         ignore_warnings=self.ignore_warnings, restarts=self.restarts, account=self.account)


_COLUMNS = tuple(f.name for f in fields(UploadRow))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _from_db(r: tuple[Any, ...]) -> UploadRow:
    d = dict(zip(_COLUMNS, r, strict=True))
    d["state"] = UploadState(d["state"])
    d["bytes_confirmed"] = d["bytes_confirmed"] or 0
    d["restarts"] = d["restarts"] or 0
    d["updated"] = d["updated"] or ""
    d["stash_complete"] = bool(d["stash_complete"])
    d["ignore_warnings"] = bool(d["ignore_warnings"])
    d["warning"] = Attention.from_json(d["warning"])
    d["error"] = Failure.from_json(d["error"])
    d["sdc_error"] = Failure.from_json(d["sdc_error"])
    return UploadRow(**d)


def load(store: ProjectStore, photo_id: int) -> UploadRow | None:
    r = store.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM uploads WHERE photo_id=?", (photo_id,)).fetchone()
    return None if r is None else _from_db(r)


def load_many(store: ProjectStore, photo_ids: Iterable[int]) -> dict[int, UploadRow]:
    """The rows of these photos (those that have one), a few queries for thousands of ids."""
    ids = list(photo_ids)
    rows: dict[int, UploadRow] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound values is far above 500
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM uploads WHERE photo_id IN ({marks})", chunk):
            row = _from_db(r)
            rows[row.photo_id] = row
    return rows


def load_all(store: ProjectStore) -> dict[int, UploadRow]:
    return {row.photo_id: row for row in rows_of(store.conn)}


def rows_of(conn: sqlite3.Connection) -> list[UploadRow]:
    """Every row, from any connection to a project: a read-only one too, of a project an older photowalk
    wrote (never migrated then), whose missing columns read as empty."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(uploads)")}
    columns = ", ".join(c if c in have else f"NULL AS {c}" for c in _COLUMNS)
    return [_from_db(r) for r in conn.execute(f"SELECT {columns} FROM uploads ORDER BY photo_id")]


def save(store: ProjectStore, row: UploadRow) -> UploadRow:
    """Write the row and commit; returns it with its `updated` time."""
    row = row.but(updated=_now())
    if row.state == UploadState.DONE and row.finished is None:
        row = row.but(finished=row.updated)
    values = [
        row.photo_id, row.wiki, row.state.value, row.title, row.text, row.filekey, row.bytes_confirmed,
        int(row.stash_complete), row.sent_sha1, row.sent_size, int(row.ignore_warnings), row.outcome, row.url,
        row.warning.to_json() if row.warning else None, row.error.to_json() if row.error else None,
        row.restarts, row.updated, row.finished, row.sdc_sent, row.sdc_error.to_json() if row.sdc_error else None,
        row.account,
    ]
    with store.transaction() as c:
        c.execute(
            f"INSERT OR REPLACE INTO uploads({', '.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})",
            values,
        )
    return row


def set_confirmed(store: ProjectStore, photo_id: int, filekey: str, offset: int) -> None:
    """Record a chunk the wiki confirmed: the small write made after every chunk."""
    with store.transaction() as c:
        c.execute(
            "UPDATE uploads SET filekey=?, bytes_confirmed=?, updated=? WHERE photo_id=?",
            (filekey, offset, _now(), photo_id),
        )


def decide(store: ProjectStore, photo_id: int, action: str) -> UploadRow:
    """The volunteer's answer to a needs-attention photo: "skip", "upload-anyway" or "retry"
    (after a rename, "retry" is implied: a changed title requeues the photo by itself).

    "upload-anyway" over a taken title raises OverwriteRefused: the only way on is another title.
    "skip" on a photo that is done leaves the page on the wiki as it is (a newer text is not sent).
    """
    row = load(store, photo_id)
    if row is None:
        raise ValueError(f"photo {photo_id} has no upload state")
    if action == "skip" and row.state == UploadState.DONE:
        # Someone changed the page since photowalk wrote it: photowalk stops keeping its text.
        row = row.but(warning=None, text=None)
    elif action == "skip":
        row = row.but(state=UploadState.SKIPPED)
    elif action == "upload-anyway":
        if row.state != UploadState.NEEDS_ATTENTION or row.warning is None or not row.warning.may_upload_anyway:
            raise OverwriteRefused(title=row.title or "", code=row.warning.code if row.warning else row.state.value)
        state = UploadState.PUBLISHING if row.stash_complete and row.filekey else UploadState.QUEUED
        # The engine publishes without ignoring first and ignores only warnings that are safe then.
        row = row.but(state=state, ignore_warnings=True, warning=None, error=None)
    elif action == "retry" and row.state == UploadState.DONE and row.sdc_error is not None:
        # Uploaded: only its structured data is written again (what is there is not sent twice).
        row = row.but(state=UploadState.STRUCTURING, sdc_error=None)
    elif action == "retry":
        row = row.fresh().but(ignore_warnings=False)
    else:
        raise ValueError(f"unknown action {action!r}")
    return save(store, row)


def structured_retryable(row: UploadRow) -> bool:
    """Whether the photo is on the wiki with its structured data refused for a reason Retry may fix
    (not a wiki that keeps none)."""
    return row.state == UploadState.DONE and row.sdc_error is not None and row.sdc_error.code != NO_STRUCTURED_DATA


def structured_pending(row: UploadRow, wanted: StructuredData) -> bool:
    """Whether a photo this project uploaded has structured data the wiki was not given yet (also
    after a refusal: the next upload tries again, as for a failed photo). A file photowalk did not
    upload is never changed."""
    if row.sdc_error is not None and row.sdc_error.code == NO_STRUCTURED_DATA:
        return False  # the wiki keeps none: asking again at each upload changes nothing ("retry" still can)
    return (row.outcome == "uploaded" and not wanted.empty
            and (row.sdc_error is not None or StructuredData.loads(row.sdc_sent) != wanted))


def reset(store: ProjectStore, photo_ids: list[int]) -> None:
    """Forget the upload state of photos (they are queued afresh next time)."""
    with store.transaction() as c:
        c.executemany("DELETE FROM uploads WHERE photo_id=?", [(i,) for i in photo_ids])


# A photo in one of these states on the wiki needs nothing more of an upload.
_SETTLED = (UploadState.DONE, UploadState.SKIPPED)


def waiting_after_interruption(rows: Mapping[int, UploadRow], wiki: str, photos: Iterable[Photo]) -> int:
    """How many photos still wait for an upload to `wiki` that stopped part way; 0 when none stopped part way.

    An upload stopped part way (cancelled, paused and closed, the computer switched off) leaves a photo
    in a state a finished run never leaves (queued, sending, publishing, checking). The photos that wait
    are those not on the wiki yet, files that can never be uploaded left out.
    """
    here = {pid: row for pid, row in rows.items() if row.wiki == wiki}
    if all(row.state.final for row in here.values()):
        return 0
    return sum(1 for photo in photos
               if ((row := here.get(photo.id)) is None or row.state not in _SETTLED) and never_uploadable(photo) is None)


def upload_accounts(store: ProjectStore, wiki: str) -> dict[str, int]:
    """The accounts that sent this project's files to `wiki`, with how many each (rows without one left out)."""
    return {str(account): int(n) for account, n in store.conn.execute(
        "SELECT account, count(*) FROM uploads WHERE wiki=? AND account IS NOT NULL AND outcome='uploaded' "
        "GROUP BY account ORDER BY count(*) DESC, account", (wiki,))}


def other_accounts(store: ProjectStore, wiki: str, account: str) -> list[str]:
    """The accounts other than `account` (a login or user name) that sent files of this project to `wiki`."""
    return [name for name in upload_accounts(store, wiki) if not same_account(name, account)]
