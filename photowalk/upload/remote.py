"""What the wiki holds: files by SHA-1, the file and page at a title, the page text as stored."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason
from photowalk.upload.answers import Reply, first_page, query_part
from photowalk.upload.errors import TitleRefused
from photowalk.upload.safetext import URL_LIMIT
from photowalk.upload.wiki import Wiki


def normalize_text(text: str) -> str:
    """Page text as MediaWiki stores it: NFC, LF line ends, no trailing whitespace."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).rstrip()


@dataclass(frozen=True)
class Lookup:
    """One query's answer: which files have this SHA-1, and what is at the title."""

    sha1: str
    title: str  # canonical, with "File:"
    duplicates: tuple[str, ...]  # canonical titles of current files with this SHA-1
    duplicate_url: str | None  # file page of the first of them
    page_exists: bool
    file_sha1: str | None  # SHA-1 of the current file at the title
    page_url: str | None

    @property
    def at_title(self) -> bool:
        """Our bytes are already the current file at our title."""
        return self.title in self.duplicates or self.file_sha1 == self.sha1

    @property
    def title_taken(self) -> bool:
        return self.file_sha1 is not None and self.file_sha1 != self.sha1


def _check_title(title: str) -> None:
    # '|' would split the titles parameter into two titles.
    if not title.strip() or "|" in title:
        raise TitleRefused(title=title, info=Reason("title-pipe", QT_TRANSLATE_NOOP(
            "errors", "it is empty or has a '|' in it.")))


def lookup(wiki: Wiki, sha1: str, title: str) -> Lookup:
    """Files with this SHA-1 and the state of File:title, in one request."""
    _check_title(title)
    answer = wiki.get(
        action="query", list="allimages", aisha1=sha1, aiprop="url", ailimit=50,
        titles=f"File:{title}", prop="imageinfo", iiprop="sha1|size|url",
    )
    page = first_page(answer)
    if page.flag("invalid") or page.number("ns") != 6:
        raise TitleRefused(title=title, info=page.text("invalidreason") or Reason("title-invalid", QT_TRANSLATE_NOOP(
            "errors", "it is not a valid file name.")))
    dups = query_part(answer).parts("allimages")
    infos = page.parts("imageinfo")
    return Lookup(
        sha1=sha1,
        title=page.required_text("title"),
        duplicates=tuple(d.required_text("title") for d in dups),
        duplicate_url=dups[0].text("descriptionurl", limit=URL_LIMIT) if dups else None,
        page_exists=not page.flag("missing"),
        file_sha1=infos[0].text("sha1") if infos else None,
        page_url=infos[0].text("descriptionurl", limit=URL_LIMIT) if infos else None,
    )


@dataclass(frozen=True)
class Stored:
    """A published file as the wiki reports it."""

    title: str
    sha1: str | None
    size: int | None
    url: str | None  # the file itself
    page_url: str | None
    text: str | None


def stored_file(wiki: Wiki, title: str) -> Stored:
    """The current file at File:title and its page text."""
    _check_title(title)
    answer = wiki.get(
        action="query", titles=f"File:{title}", prop="imageinfo|revisions",
        iiprop="sha1|size|url", rvprop="content", rvslots="main",
    )
    page = first_page(answer)
    infos = page.parts("imageinfo")
    revs = page.parts("revisions")
    text = revs[0].part_or_empty("slots").part_or_empty("main").raw_text("content") if revs else None
    if not infos:
        return Stored(page.required_text("title"), None, None, None, None, text)
    info = infos[0]
    return Stored(page.required_text("title"), info.text("sha1"), info.number("size"),
                  info.text("url", limit=URL_LIMIT), info.text("descriptionurl", limit=URL_LIMIT), text)


def pre_save_transform(wiki: Wiki, title: str, text: str) -> str:
    """The text as the wiki would store it (signatures, subst:, pipe tricks expanded)."""
    answer = wiki.call({"action": "parse", "onlypst": 1, "title": f"File:{title}", "text": text,
                        "contentmodel": "wikitext"})
    return Reply(answer).part("parse").raw_text("text") or ""
