"""The report of an upload as a volunteer shares it: a <gallery> for a wiki page, and a CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from photowalk.project import ProjectStore
from photowalk.upload.state import UploadState, load_all


@dataclass(frozen=True)
class Uploaded:
    """One file on the wiki: its name (without File:) and its page address."""

    title: str
    url: str


def gallery_wikitext(files: Iterable[Uploaded], caption: str = "") -> str:
    """A <gallery> block listing the files (file names cannot hold | or newlines, so none is escaped)."""
    head = f'<gallery caption="{caption.replace(chr(34), "&quot;")}">' if caption else "<gallery>"
    lines = [head, *(f"File:{f.title}" for f in files), "</gallery>"]
    return "\n".join(lines) + "\n"


def csv_text(files: Iterable[Uploaded]) -> str:
    """title,url per file, with a header line; quoted as CSV needs."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["title", "url"])
    for f in files:
        writer.writerow([f.title, f.url])
    return out.getvalue()


def uploaded_files(store: ProjectStore) -> list[Uploaded]:
    """Every photo of the project that is on the wiki, in the project's order."""
    rows = load_all(store)
    files = []
    for photo in store.photos():
        row = rows.get(photo.id)
        if row is not None and row.state == UploadState.DONE and row.url and row.title:
            files.append(Uploaded(row.title, row.url))
    return files
