"""The report of an upload as a volunteer shares it: a <gallery> for a wiki page, and a CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass


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
