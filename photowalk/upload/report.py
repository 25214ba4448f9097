"""The report of an upload as a volunteer shares it: a <gallery> for a wiki page, and a CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from photowalk.project import ProjectStore
from photowalk.upload.state import UploadRow, UploadState, load_all

ALREADY_THERE = "already-there"

# A cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...), +cmd|...), and
# file names and user names on a wiki may start with any of them.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Uploaded:
    """One file on the wiki: its name (without File:) and its page address; `outcome` is "uploaded",
    or "already-there" for a photo that was on the wiki before, under this name."""

    title: str
    url: str
    outcome: str = "uploaded"
    account: str = ""  # the wiki account that sent it ("" when not recorded: uploaded by an older photowalk)


def title_from_url(url: str) -> str | None:
    """The file name in a file page address (…/wiki/File:A_b.jpg or …index.php?title=File:A_b.jpg)."""
    parts = urlsplit(url)
    page = (parse_qs(parts.query).get("title") or [""])[0] or unquote(parts.path.rsplit("/", 1)[-1])
    ns, colon, name = page.partition(":")
    # A file name holds no ':' of its own, so the first one ends the namespace (File:, Файл:, ...).
    return name.replace("_", " ").strip() or None if colon and ns else None


def wiki_title(row: UploadRow) -> str | None:
    """The name of the file that really is on the wiki for this photo. Rows of photos found already
    there, written before the engine stored that name, held the photo's own title: the address tells."""
    if row.outcome == ALREADY_THERE and row.url:
        return title_from_url(row.url) or row.title
    return row.title


def gallery_wikitext(files: Iterable[Uploaded], caption: str = "") -> str:
    """A <gallery> block listing the files (file names cannot hold | or newlines, so none is escaped).
    The caption (a preset's gallery title, or typed) is one line, and cannot close the tag or the attribute."""
    caption = " ".join(caption.split())
    for char, entity in (("&", "&amp;"), ('"', "&quot;"), ("<", "&lt;"), (">", "&gt;")):
        caption = caption.replace(char, entity)
    head = f'<gallery caption="{caption}">' if caption else "<gallery>"
    lines = [head, *(f"File:{f.title}" for f in files), "</gallery>"]
    return "\n".join(lines) + "\n"


def spreadsheet_cell(text: str) -> str:
    """The text as a spreadsheet shows it, never runs it: one that would start a formula gets a leading '."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(files: Iterable[Uploaded]) -> str:
    """title,url,outcome,account per file, with a header line; quoted as CSV needs, no cell a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["title", "url", "outcome", "account"])
    for f in files:
        writer.writerow([spreadsheet_cell(f.title), f.url, f.outcome, spreadsheet_cell(f.account)])
    return out.getvalue()


def uploaded_files(store: ProjectStore) -> list[Uploaded]:
    """Every photo of the project that is on the wiki, in the project's order."""
    rows = load_all(store)
    files = []
    for photo in store.photos():
        row = rows.get(photo.id)
        title = wiki_title(row) if row is not None else None
        if row is not None and row.state == UploadState.DONE and row.url and title:
            files.append(Uploaded(title, row.url, row.outcome or "uploaded", row.account or ""))
    return files
