"""Changes made to a photo after its file went to the wiki.

A newer page text is sent as an edit of the file page (the volunteer's own page), but only
while the page still holds exactly what photowalk sent: a change someone made on the wiki is
never overwritten. A newer title is not applied (it would be a page move) and is reported.
A newer licence is not sent either: a published file keeps the licence it was given.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from photowalk import __version__
from photowalk.errors import format_message
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import reason
from photowalk.titles import title_key
from photowalk.upload.errors import WikiError
from photowalk.upload.remote import normalize_text, pre_save_transform
from photowalk.upload.state import PAGE_CHANGED, Attention, UploadRow, UploadState
from photowalk.upload.wiki import Wiki

log = logging.getLogger(__name__)

# The edit summary of a newer page text (English, as the upload comment is).
EDIT_SUMMARY = f"Description updated with photowalk {__version__}"

TITLE_NOT_MOVED = QT_TRANSLATE_NOOP(
    "errors",
    "On the wiki this photo is File:{title}. Its new title {new_title} was not given to the file: that "
    "would be a move of the file page, which photowalk does not do. Ask for a move on the file page, or "
    "give the photo its old title back.",
)
TEXT_PENDING = QT_TRANSLATE_NOOP(
    "errors", "The newer description of this photo (or another detail of its page) is not on File:{title} yet; "
              "it is sent with the next upload."
)
LICENCE_KEPT = QT_TRANSLATE_NOOP(
    "errors",
    "The licence of this photo was changed after it was published. File:{title} keeps the licence it was "
    "published with (a free licence cannot be taken back), so photowalk does not send the newer page text. "
    "To offer another licence as well, add it on the file page yourself.",
)
PAGE_CHANGED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "File:{title} was changed on the wiki after photowalk wrote it, so the newer description was not sent: "
    "photowalk never overwrites someone else's edit. Put your change on the file page yourself, or skip to "
    "leave the page as it is.",
)

_LICENCE = re.compile(r"=={{int:license-header}}==\n(.*?)(?:\n\n|\n\[\[Category:|\Z)", re.S)


def licence_part(text: str) -> str:
    """The licence section of a page text photowalk wrote ('' when it has none)."""
    m = _LICENCE.search(text)
    return m.group(1).strip() if m else ""


@dataclass(frozen=True)
class LateChange:
    """What changed in the project after the photo's file was published."""

    photo_id: int
    title: str  # the file's title on the wiki
    new_title: str | None  # the photo's title now, when it is not the file's
    text: str | None  # a newer page text (normalised as the wiki stores it), or None
    licence_changed: bool = False  # the newer text has another licence: it is not sent

    @property
    def sends_text(self) -> bool:
        """A newer page text waits to be sent."""
        return self.text is not None and not self.licence_changed

    def notices(self) -> list[tuple[str, dict[str, Any]]]:
        """What to tell the volunteer: (English template, parameters) pairs."""
        out: list[tuple[str, dict[str, Any]]] = []
        params = {"title": self.title, "new_title": self.new_title or ""}
        if self.new_title:
            out.append((TITLE_NOT_MOVED, params))
        if self.licence_changed:
            out.append((LICENCE_KEPT, params))
        elif self.text is not None:
            out.append((TEXT_PENDING, params))
        return out

    def message(self) -> str:
        """The notices in English, one after the other."""
        return " ".join(format_message(t, p) for t, p in self.notices())


def late_change(row: UploadRow, title: str | None, text: str | None) -> LateChange | None:
    """What differs between a photo photowalk uploaded (row) and its title and page text now;
    None when nothing does, or when the file on the wiki is not this photo's own upload."""
    if row.state != UploadState.DONE or row.outcome != "uploaded" or not row.title:
        return None
    new_title = title if title and title_key(title) != title_key(row.title) else None
    newer = None
    licence_changed = False
    # No text recorded: the volunteer chose to leave the page as the wiki has it.
    if row.text is not None and text is not None:
        wanted = normalize_text(text)
        if wanted != row.text:
            newer = wanted
            licence_changed = licence_part(wanted) != licence_part(row.text)
    if new_title is None and newer is None:
        return None
    return LateChange(row.photo_id, row.title, new_title, newer, licence_changed)


def page_changed(row: UploadRow) -> UploadRow:
    """The row with a notice that the page changed on the wiki, so the newer text was not sent."""
    title = row.title or ""
    return row.but(warning=Attention(PAGE_CHANGED, title, "skip", format_message(PAGE_CHANGED_MESSAGE, {"title": title})))


@dataclass(frozen=True)
class PageRevision:
    text: str | None  # None: the page is missing (deleted)
    revid: int | None
    timestamp: str | None


def page_revision(wiki: Wiki, title: str) -> PageRevision:
    """The current text of File:title with its revision id and time."""
    answer = wiki.get(action="query", titles=f"File:{title}", prop="revisions",
                      rvprop="ids|timestamp|content", rvslots="main")
    page = ((answer.get("query") or {}).get("pages") or [{}])[0]
    revs = page.get("revisions") or []
    if page.get("missing") or not revs:
        return PageRevision(None, None, None)
    rev = revs[0]
    text = ((rev.get("slots") or {}).get("main") or {}).get("content")
    return PageRevision(text, rev.get("revid"), rev.get("timestamp"))


def same_text(wiki: Wiki, title: str, have: str | None, sent: str) -> bool:
    """The page holds the text photowalk sent (as the wiki would have stored it)."""
    if have is None:
        return False
    have = normalize_text(have)
    return have == sent or have == normalize_text(pre_save_transform(wiki, title, sent))


def edit_page(wiki: Wiki, title: str, text: str, base: PageRevision, summary: str) -> bool:
    """Replace the text of File:title, which still is revision `base`; False when someone edited it
    in between or it was deleted (nothing is changed then)."""
    params: dict[str, Any] = {
        "action": "edit", "title": f"File:{title}", "text": text, "summary": summary, "nocreate": 1,
        "baserevid": base.revid, "basetimestamp": base.timestamp, "starttimestamp": base.timestamp,
    }
    try:
        answer = wiki.call(params, write=True)
    except WikiError as exc:
        if exc.api_code in ("editconflict", "missingtitle", "pagedeleted"):
            log.info("File:%s changed on the wiki while its text was sent (%s)", title, exc.api_code)
            return False
        raise
    result = (answer.get("edit") or {}).get("result")
    if result != "Success":
        raise WikiError(info=reason("edit-answer", QT_TRANSLATE_NOOP("errors", "unexpected answer to the edit: {result}"),
                                    result=result), api_code=str(result))
    return True

