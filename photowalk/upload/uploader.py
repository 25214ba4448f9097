"""One photo's way to the wiki, as a state machine saved in the project after every step.

queued -> stashing -> publishing -> verifying -> done, or needs-attention / failed / skipped.
Before bytes are sent the wiki is asked for the file's SHA-1 (already there: not sent again);
after any doubtful failure it is asked again before anything is repeated; after publishing the
stored file's size, SHA-1 and page text are compared with what was sent.

Nothing is ever published over a title that holds another file or page (Commons:Overwriting
existing files): `ignorewarnings` is sent only after a publish without it returned warnings that
are safe to ignore, and a look at the title just before shows it free. Title and page text are
read from the project again before publishing, and a page text edited while the photo was
being published is sent afterwards as an edit of its page (see late.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from photowalk.errors import Cancelled
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import FileKind
from photowalk.project import ProjectStore
from photowalk.reasons import Reason, reason
from photowalk.structured import StructuredData
from photowalk.titles import file_name
from photowalk.upload import state
from photowalk.upload.answers import unexpected, upload_part
from photowalk.upload.attention import attention_for, title_is_taken
from photowalk.upload.backoff import Retrier, Waiting, duration_reason
from photowalk.upload.chunks import send_chunks, stash_info
from photowalk.upload.control import Control
from photowalk.upload.errors import (
    FileChanged,
    GaveUp,
    NoStructuredData,
    NotUnderstood,
    StashLost,
    StillPublishing,
    TooLarge,
    UploadError,
    VerifyFailed,
    WikiError,
)
from photowalk.upload.events import UploadEvent
from photowalk.upload.items import UploadItem, current_item
from photowalk.upload.late import EDIT_SUMMARY, edit_page, late_change, page_changed, page_revision, same_text
from photowalk.upload.pacer import PaceWait
from photowalk.upload.privacy import PreparedFile, prepare, sha1_bytes_of
from photowalk.upload.progress import ProgressTracker
from photowalk.upload.remote import Lookup, lookup, normalize_text, pre_save_transform, stored_file
from photowalk.upload.settings import UploadSettings
from photowalk.upload.state import Failure, UploadRow, UploadState
from photowalk.upload.suggest import suggest_free_title
from photowalk.upload.wiki import Wiki, parse_wiki
from photowalk.upload.wikibase import SUMMARY, endpoints_for, write_structured_data

log = logging.getLogger(__name__)

VERIFY_TRIES = 5  # a just-published file may take a moment to show on a replica
# The states in which a photo's own bytes are (about to be) sent: the account sending them is recorded.
_SENDING = (UploadState.QUEUED, UploadState.STASHING, UploadState.PUBLISHING)
TEXT_DIFFERS = Reason("text-differs", QT_TRANSLATE_NOOP("errors", "its page text differs"))


def starting_row(store: ProjectStore, item: UploadItem, api_url: str) -> UploadRow | None:
    """The row to continue from, or None when the photo needs nothing in this run."""
    row = state.load(store, item.photo_id)
    if row is None or row.wiki != api_url:
        return UploadRow(item.photo_id, api_url, UploadState.QUEUED, title=item.title)
    if row.state == UploadState.DONE:
        if state.structured_pending(row, item.structured):
            # Captions or depicts added or changed since: only the difference is written.
            return row.but(state=UploadState.STRUCTURING, error=None)
        # Done, but a newer page text waits to be sent (edited during or after the upload).
        late = late_change(row, item.title, item.text)
        return row if late is not None and late.sends_text else None
    if row.state == UploadState.SKIPPED:
        return None
    if row.state == UploadState.NEEDS_ATTENTION:
        if row.title == item.title:
            return None
        # Renamed by the volunteer: a complete stash can be published under the new name.
        if row.stash_complete and row.filekey:
            return row.but(state=UploadState.PUBLISHING, title=item.title, warning=None, ignore_warnings=False)
        return row.fresh().but(title=item.title, ignore_warnings=False)
    if row.state == UploadState.FAILED:
        return row.fresh().but(title=item.title, restarts=0)
    return row


class PhotoUploader:
    """Takes photos one at a time through their states; one per worker thread."""

    def __init__(
        self,
        store: ProjectStore,
        wiki: Wiki,
        settings: UploadSettings,
        control: Control,
        tracker: ProgressTracker,
        on_event: Callable[[UploadEvent], None] | None = None,
    ) -> None:
        self.store = store
        self.wiki = wiki
        self.settings = settings
        self.control = control
        self.tracker = tracker
        self.on_event = on_event
        self._item: UploadItem | None = None
        self._fresh_publish = False
        self._statements_wiki: Wiki | None = None
        self._keeps_no_statements: set[str] = set()  # wikis found without structured data in this batch
        self.retrier = Retrier(settings.backoff, control, on_wait=self.waiting)

    # -- entry points ----------------------------------------------------------------------

    def process(self, item: UploadItem, row: UploadRow) -> UploadRow:
        """Take one photo as far as it goes; batch-stopping errors and Cancelled propagate."""
        self._item = item
        self._fresh_publish = False
        row = self._save(self._with_account(row).but(error=None))  # a reason the last run stopped no longer applies
        while not row.state.final:
            self.control.checkpoint()
            try:
                # The latest item: the volunteer's edits during the upload are read before publishing.
                row = self._step(self._item, row)
            except StashLost as exc:
                if row.restarts >= self.settings.max_restarts:
                    row = self._fail(row, exc)
                else:
                    log.warning("photo %s: %s; starting its upload over", item.photo_id, exc.message)
                    self.tracker.set_sent(item.photo_id, 0)
                    row = self._save(row.fresh().but(title=row.title, restarts=row.restarts + 1))
            except Cancelled:
                raise
            except UploadError as exc:
                if row.state == UploadState.STRUCTURING:
                    raise  # the file is on the wiki: the step has saved what its failure means
                if exc.stops_batch and not isinstance(exc, GaveUp):
                    # Keep the state (it resumes later) but say why it stopped.
                    self._save(row.but(error=Failure.of(exc)), event=False)
                    raise
                row = self._fail(row, exc)
                if exc.stops_batch:
                    raise
        self._drop_copies(item)
        if row.state == UploadState.DONE:
            row = self._catch_up(self._item, row)
        return row

    def _with_account(self, row: UploadRow) -> UploadRow:
        """The row with the account sending it now. A stash begun by another account is not this one's
        to publish (the wiki keeps a stash per user): the photo starts over under this account."""
        me = self.wiki.username
        if me is None or row.state not in _SENDING:
            return row
        if row.state != UploadState.QUEUED and row.account not in (None, me):
            log.info("photo %s: begun by another account; starting its upload over", row.photo_id)
            self.tracker.set_sent(row.photo_id, 0)
            return row.fresh().but(title=row.title, account=me)
        return row.but(account=me)

    def _drop_copies(self, item: UploadItem) -> None:
        """Copies without location are only needed until the photo's upload ends."""
        for p in self.settings.copies_dir.glob(f"{item.sha1}-*"):
            p.unlink(missing_ok=True)

    # -- steps ---------------------------------------------------------------------------

    def _step(self, item: UploadItem, row: UploadRow) -> UploadRow:
        if row.state == UploadState.QUEUED:
            return self._queued(item, row)
        if row.state == UploadState.STASHING:
            return self._stashing(item, row)
        if row.state == UploadState.PUBLISHING:
            return self._publishing(item, row)
        if row.state == UploadState.VERIFYING:
            return self._verifying(row)
        if row.state == UploadState.STRUCTURING:
            return self._structuring(item, row)
        raise AssertionError(row.state)

    def _prepare(self, item: UploadItem) -> PreparedFile:
        return prepare(
            item.path, kind=item.kind, expected_sha1=item.sha1, expected_size=item.size,
            expected_mtime=item.mtime, remove_location=item.remove_location,
            strip_identity=item.strip_identity, workdir=self.settings.copies_dir,
        )

    def _lookup(self, sha1: str, title: str) -> Lookup:
        return self.retrier.run(lambda: lookup(self.wiki, sha1, title))

    def _queued(self, item: UploadItem, row: UploadRow) -> UploadRow:
        prepared = self._prepare(item)
        limit = self.wiki.siteinfo.get("maxuploadsize")
        if limit and prepared.size > int(limit):
            raise TooLarge(path=str(item.path), size=prepared.size, limit=int(limit))
        found = self._lookup(prepared.sha1, item.title)
        sent = {"sent_sha1": prepared.sha1, "sent_size": prepared.size, "title": item.title}
        if found.at_title:
            # Nothing is sent: no account of this project's sent the file that is there.
            return self._save(row.but(state=UploadState.DONE, outcome="already-there", url=found.page_url,
                                      account=None, **sent))
        # Whatever was decided before: a copy already there is not sent again, a taken title not used.
        if found.duplicates:
            # The row names the file that really is on the wiki, not this photo's own title.
            there = {**sent, "title": _without_namespace(found.duplicates[0])}
            return self._save(row.but(state=UploadState.DONE, outcome="already-there",
                                      url=found.duplicate_url, account=None, **there))
        if found.title_taken:
            return self._attention(row.but(**sent), {"exists": found.title}, item.title)
        if found.page_exists:
            return self._attention(row.but(**sent), {"page-exists": found.title}, item.title)
        return self._save(row.but(state=UploadState.STASHING, filekey=None, bytes_confirmed=0,
                                  stash_complete=False, **sent))

    def _stashing(self, item: UploadItem, row: UploadRow) -> UploadRow:
        prepared = self._prepare(item)
        if prepared.sha1 != row.sent_sha1 or prepared.size != row.sent_size:
            log.info("photo %s: bytes to send changed since the stash began; starting over", item.photo_id)
            return self._save(row.fresh().but(title=item.title))
        title = row.title or item.title
        current = {"row": row}

        def confirmed(filekey: str, offset: int) -> None:
            state.set_confirmed(self.store, row.photo_id, filekey, offset)
            current["row"] = current["row"].but(filekey=filekey, bytes_confirmed=offset)
            self.tracker.set_sent(row.photo_id, offset)

        if row.filekey and row.bytes_confirmed >= prepared.size:
            # Killed after the last chunk was confirmed: the assembled stash entry is all there is.
            stashed = self.retrier.run(lambda: stash_info(self.wiki, str(row.filekey)))
        else:
            min_chunk = int(self.wiki.siteinfo.get("minuploadchunksize") or 1024)
            stashed = send_chunks(
                self.wiki, prepared.path, filename=title, size=prepared.size, filekey=row.filekey,
                offset=row.bytes_confirmed if row.filekey else 0,
                chunk_size=max(self.settings.chunk_size, min_chunk), retrier=self.retrier,
                control=self.control, on_confirmed=confirmed,
            )
        if stashed.sha1 is None or stashed.size is None:
            stashed = self.retrier.run(lambda: stash_info(self.wiki, stashed.filekey))
        if stashed.sha1 != prepared.sha1 or stashed.size != prepared.size:
            if sha1_bytes_of(prepared.path) != (prepared.sha1, prepared.size):
                raise FileChanged(path=str(item.path))  # edited while it was being sent
            raise StashLost(reason=reason("stash-differs", QT_TRANSLATE_NOOP(
                "errors", "the stash holds {bytes} bytes with another SHA-1"), bytes=stashed.size))
        self.tracker.set_sent(row.photo_id, prepared.size)
        self._fresh_publish = True
        return self._save(current["row"].but(state=UploadState.PUBLISHING, filekey=stashed.filekey,
                                             bytes_confirmed=prepared.size, stash_complete=True))

    def _publishing(self, item: UploadItem, row: UploadRow) -> UploadRow:
        sha1 = str(row.sent_sha1)
        fresh = self._fresh_publish
        self._fresh_publish = False
        if not fresh:
            # Resumed or retried: a publish may already have happened without us hearing back.
            before = row.title or item.title
            found = self._lookup(sha1, before)
            if found.at_title:
                return self._save(row.but(state=UploadState.VERIFYING, title=before, outcome="uploaded"))
        # A title or description edited while the file was being sent goes with it.
        item = current_item(self.store, item)
        self._item = item
        if self._prepare(item).sha1 != sha1:
            # The bytes to send changed since the stash was made (the location was removed meanwhile,
            # or the file edited): the stash must never be published; send the right bytes instead.
            log.info("photo %s: the file to send changed since it was stashed; sending it again", item.photo_id)
            self.tracker.set_sent(item.photo_id, 0)
            return self._save(row.fresh().but(title=item.title))
        text = normalize_text(item.text)
        row = self._save(row.but(title=item.title, text=text), event=False)
        up = self._publish(row, item.title, text, ignore=False, fresh=fresh)
        if up is None:
            return self._save(row.but(state=UploadState.VERIFYING, outcome="uploaded"))
        result = up.get("result")
        if result == "Warning":
            warnings = up.get("warnings") or {}
            if up.get("filekey"):
                row = row.but(filekey=str(up["filekey"]))
            if {"exists", "nochange", "duplicate"} & set(warnings):
                found = self._lookup(sha1, item.title)
                if found.at_title:
                    return self._save(row.but(state=UploadState.VERIFYING, outcome="uploaded"))
            if not row.ignore_warnings:
                return self._attention(row, warnings, item.title)
            refusal = self._unsafe_to_ignore(warnings, sha1, item.title)
            if refusal is not None:
                log.warning("photo %s: not ignoring %s for %s", row.photo_id, sorted(refusal), item.title)
                return self._attention(row.but(ignore_warnings=False), refusal, item.title)
            up = self._publish(row, item.title, text, ignore=True, fresh=True)
            if up is None:
                return self._save(row.but(state=UploadState.VERIFYING, outcome="uploaded"))
            result = up.get("result")
            if result == "Warning":
                return self._attention(row.but(ignore_warnings=False), up.get("warnings") or {}, item.title)
        if result == "Success":
            return self._save(row.but(state=UploadState.VERIFYING, outcome="uploaded"))
        raise NotUnderstood(what=unexpected("upload.result", result))

    def _unsafe_to_ignore(self, warnings: dict[str, Any], sha1: str, title: str) -> dict[str, Any] | None:
        """None when the volunteer's "upload anyway" may be carried out for these warnings; else the
        warnings to show instead. Nothing is published over a title that holds a file or a page."""
        if set(warnings) & state.NEVER_IGNORED:
            return warnings
        found = self._lookup(sha1, title)
        if found.file_sha1 is not None:
            return {"exists": found.title, **warnings}
        if found.page_exists:
            return {"page-exists": found.title, **warnings}
        return None

    def _publish(self, row: UploadRow, title: str, text: str, *, ignore: bool, fresh: bool) -> dict[str, Any] | None:
        """Publish the stash under `title`; the wiki's inner answer, or None when our file turns out
        to be at the title already (a publish we did not hear back from)."""
        sha1 = str(row.sent_sha1)
        tries = {"n": 0}

        def publish() -> dict[str, Any]:
            if tries["n"] > 0:
                # The last try failed after the request may have reached the wiki: look before repeating.
                found = lookup(self.wiki, sha1, title)
                if found.at_title:
                    return {"upload": {"result": "Success"}}
            tries["n"] += 1
            params: dict[str, Any] = {
                "action": "upload", "filekey": row.filekey, "filename": title, "text": text,
                "comment": self.settings.summary(self.settings.comment), "async": 1,
            }
            if ignore:
                params["ignorewarnings"] = 1
            return self.wiki.call(params, write=True)

        try:
            answer = self.retrier.run(publish)
        except (StashLost, WikiError) as exc:
            code = exc.api_code if isinstance(exc, WikiError) else ""
            if code == "publishfailed" and not fresh:
                # An asynchronous publish from a killed run is still going on: wait for its end.
                answer = {"upload": {"result": "Poll"}}
            elif isinstance(exc, StashLost) or code == "fileexists-no-change":
                found = self._lookup(sha1, title)
                if found.at_title:
                    return None
                raise
            else:
                raise
        up = upload_part(answer)
        if up.get("result") == "Poll":
            up = self._poll_publish(str(row.filekey))
        return up

    def _poll_publish(self, filekey: str) -> dict[str, Any]:
        """Ask until an asynchronous publish ends, for at most the backoff's give-up time: past it the
        photo stays in publishing, so the next run looks for it on the wiki before anything else."""
        limit = self.settings.backoff.give_up_after
        started = time.monotonic()
        wait = 0.5
        while True:
            answer = self.retrier.run(
                lambda: self.wiki.call({"action": "upload", "checkstatus": 1, "filekey": filekey}, write=True)
            )
            up = upload_part(answer)
            if up["result"] != "Poll":
                return up
            left = limit - (time.monotonic() - started)
            if left <= 0:
                title = self._item.title if self._item else filekey
                raise StillPublishing(title=title, duration=duration_reason(limit))
            self.control.sleep(min(wait, left))
            wait = min(wait * 1.5, 5.0)

    def _verifying(self, row: UploadRow) -> UploadRow:
        title = str(row.title)
        problem: Reason | None = None
        for attempt in range(VERIFY_TRIES):
            stored = self.retrier.run(lambda: stored_file(self.wiki, title))
            problem = self._compare(row, stored)
            if not problem:
                done = row.but(url=stored.page_url)
                wanted = self._item.structured if self._item is not None else StructuredData()
                following = UploadState.STRUCTURING if state.structured_pending(done, wanted) else UploadState.DONE
                return self._save(done.but(state=following))
            if stored.sha1 is not None and stored.sha1 != row.sent_sha1 and stored.sha1 != "":
                break  # another file is there: waiting will not change that
            self.control.sleep(min(8.0, 2.0 ** attempt))
        raise VerifyFailed(title=title, what=problem)

    def _compare(self, row: UploadRow, stored: Any) -> Reason | None:
        if stored.sha1 is None:
            return Reason("missing", QT_TRANSLATE_NOOP("errors", "the file is missing"))
        if stored.sha1 != row.sent_sha1:
            return Reason("sha1", QT_TRANSLATE_NOOP("errors", "its SHA-1 differs"))
        if stored.size != row.sent_size:
            return reason("size", QT_TRANSLATE_NOOP("errors", "it has {stored} bytes, not {sent}"),
                          stored=stored.size, sent=row.sent_size)
        if row.outcome == "uploaded" and row.text is not None:
            # Never a new version of an existing page: the page is this upload's, with its text.
            have = normalize_text(stored.text or "")
            if have != row.text and have != normalize_text(pre_save_transform(self.wiki, str(row.title), row.text)):
                return TEXT_DIFFERS
        return None

    def _structuring(self, item: UploadItem, row: UploadRow) -> UploadRow:
        """Write the photo's captions and depicts to its file's entity: only what the entity lacks.

        The file is on the wiki whatever happens here: a refusal leaves it done, saying why
        (sdc_error, "retry" writes again); a batch-stopping error leaves it here to resume."""
        wanted = current_item(self.store, item).structured
        title = str(row.title)
        try:
            statements = self._statements()
            if statements.address.api_url in self._keeps_no_statements:
                raise NoStructuredData(title=title, wiki=statements.address.name)
            self.retrier.run(lambda: write_structured_data(
                statements, title, wanted, wiki_name=statements.address.name,
                sent_before=StructuredData.loads(row.sdc_sent), summary=self.settings.summary(SUMMARY)))
        except Cancelled:
            raise
        except NoStructuredData as exc:  # the same for every file of the batch: asked once
            self._keeps_no_statements.add(statements.address.api_url)
            return self._save(row.but(state=UploadState.DONE, sdc_error=Failure.of(exc)))
        except UploadError as exc:
            log.warning("photo %s: structured data not written: %s", row.photo_id, exc.message)
            if exc.stops_batch:
                self._save(row.but(error=Failure.of(exc)), event=False)
                raise
            return self._save(row.but(state=UploadState.DONE, sdc_error=Failure.of(exc)))
        return self._save(row.but(state=UploadState.DONE, sdc_sent=wanted.dumps(), sdc_error=None, error=None))

    def _statements(self) -> Wiki:
        """The session holding the files' statements: the upload's own, unless the project names another."""
        where = endpoints_for(self.wiki.address.api_url, items=self.settings.items_api,
                              statements=self.settings.statements_api).statements
        if where == self.wiki.address.api_url:
            return self.wiki
        if self._statements_wiki is None or self._statements_wiki.address.api_url != where:
            other = self.wiki.sibling(parse_wiki(where))
            self.retrier.run(other.connect)
            self._statements_wiki = other
        return self._statements_wiki

    def close(self) -> None:
        """End the extra session to the statements' wiki, if one was opened."""
        if self._statements_wiki is not None:
            self._statements_wiki.close()
            self._statements_wiki = None

    # -- helpers -------------------------------------------------------------------------

    def _attention(self, row: UploadRow, warnings: dict[str, Any], title: str) -> UploadRow:
        suggestion = self._free_title(title) if title_is_taken(warnings) else None
        return self._save(row.but(state=UploadState.NEEDS_ATTENTION, warning=attention_for(warnings, title, suggestion)))

    def _free_title(self, title: str) -> str | None:
        """A numbered title free on the wiki and in the project, to offer instead of a taken one."""
        item = self._item
        kind = item.kind if item is not None else FileKind.JPEG
        others = [file_name(p.title, p.kind) for p in self.store.photos() if p.title and (item is None or p.id != item.photo_id)]
        try:
            return self.retrier.run(lambda: suggest_free_title(self.wiki, title, kind, others))
        except Cancelled:
            raise
        except UploadError as exc:
            if exc.stops_batch:
                raise
            log.info("no title suggested for %s: %s", title, exc.message)
            return None

    # -- after publishing ------------------------------------------------------------------

    def _catch_up(self, item: UploadItem, row: UploadRow) -> UploadRow:
        """Send a page text edited since it was sent (during the upload, or later); a changed title
        is only reported (late.py). The photo stays done whatever happens here."""
        latest = current_item(self.store, item)
        late = late_change(row, latest.title, latest.text)
        if late is None:
            return row
        if late.new_title:
            log.info("photo %s: new title %s not applied; the file stays File:%s", row.photo_id, late.new_title, row.title)
        if not late.sends_text or late.text is None:
            return row
        try:
            return self._send_text(row, late.text)
        except Cancelled:
            raise
        except UploadError as exc:
            # Kept for the next run: the row still holds the text that is on the wiki.
            log.warning("photo %s: newer page text not sent: %s", row.photo_id, exc.message)
            self._save(row.but(error=Failure.of(exc)), event=False)
            if exc.stops_batch:
                raise
            return row

    def _send_text(self, row: UploadRow, text: str) -> UploadRow:
        title = str(row.title)
        sent = str(row.text)
        base = self.retrier.run(lambda: page_revision(self.wiki, title))
        if not self.retrier.run(lambda: same_text(self.wiki, title, base.text, sent)):
            return self._save(page_changed(row))
        edited = self.retrier.run(lambda: edit_page(self.wiki, title, text, base, self.settings.summary(EDIT_SUMMARY)))
        if not edited:
            return self._save(page_changed(row))
        stored = self.retrier.run(lambda: page_revision(self.wiki, title))
        if not self.retrier.run(lambda: same_text(self.wiki, title, stored.text, text)):
            raise VerifyFailed(title=title, what=TEXT_DIFFERS)
        log.info("photo %s: newer page text sent to File:%s", row.photo_id, title)
        return self._save(row.but(text=text, warning=None, error=None))

    def _fail(self, row: UploadRow, exc: UploadError) -> UploadRow:
        log.warning("photo %s failed: %s", row.photo_id, exc.message)
        return self._save(row.but(state=UploadState.FAILED, error=Failure.of(exc)))

    def _save(self, row: UploadRow, *, event: bool = True) -> UploadRow:
        row = state.save(self.store, row)
        if event:
            self.tracker.set_state(row.photo_id, row.state, row.title)
            self._emit(UploadEvent("state", row.photo_id, row.title, row.state,
                                   _state_message(row), row=row))
        return row

    def waiting(self, w: Waiting) -> None:
        """Tell the volunteer about a wait (backoff), with its reason and end."""
        item = self._item
        log.info("waiting %.1f s: %s", w.seconds, w.error.message)
        self._emit(UploadEvent("waiting", item.photo_id if item else None, item.title if item else None,
                               None, w.error.message, w.until, w.error))

    def paced(self, wait: PaceWait) -> None:
        """Tell the volunteer the next publish or edit waits for the account's rate limit."""
        item = self._item
        reason = wait.reason()
        log.info("holding a %s %.1f s: %s", wait.action, wait.seconds, reason.message)
        self._emit(UploadEvent("waiting", item.photo_id if item else None, item.title if item else None,
                               None, reason.message, wait.until, reason))

    def _emit(self, event: UploadEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)


def _state_message(row: UploadRow) -> str:
    if row.state == UploadState.NEEDS_ATTENTION and row.warning:
        return row.warning.message
    if row.state == UploadState.FAILED and row.error:
        return row.error.message
    if row.state == UploadState.DONE and row.outcome == "already-there":
        return f"already on the wiki as File:{row.title}: {row.url}"
    if row.state == UploadState.DONE:
        return f"uploaded: {row.url}"
    return row.state.value


def _without_namespace(title: str) -> str:
    """The file name in a page title such as File:A b.jpg (a file name holds no ':' of its own)."""
    return title.partition(":")[2] or title
