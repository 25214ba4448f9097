"""The first-run guide's pages: HTML files per interface language under resources/guide, English where one is missing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from photowalk.resourcepaths import guide_dir

FALLBACK_LANGUAGE = "en"
# The pages the checks' hints point to (the part of the file name after the number).
NOT_OWN_PAGE = "not-to-upload"
PANORAMA_PAGE = "panorama"

_PAGE_NAME = re.compile(r"^(\d+)-([a-z0-9-]+)\.html$")


@dataclass(frozen=True)
class GuidePage:
    """One page: its key (e.g. "panorama"), the language it is in, and its HTML."""

    key: str
    language: str
    html: str


def page_files(language: str, root: Path | None = None) -> dict[str, Path]:
    """The page files of one language by key, in the order of their numbers (empty when it has none)."""
    folder = (root or guide_dir()) / language
    if not folder.is_dir():
        return {}
    found = [(int(m.group(1)), m.group(2), p) for p in folder.iterdir() if (m := _PAGE_NAME.match(p.name))]
    return {key: path for _n, key, path in sorted(found)}


def guide_pages(language: str, root: Path | None = None) -> list[GuidePage]:
    """The guide in `language`, page by page; a page that language lacks (or all, for a language
    without a folder) is the English one, so every language shows the same pages in the same order."""
    english = page_files(FALLBACK_LANGUAGE, root)
    own = page_files(language, root) if language != FALLBACK_LANGUAGE else english
    pages = []
    for key, path in english.items():
        chosen, lang = (own[key], language) if key in own else (path, FALLBACK_LANGUAGE)
        pages.append(GuidePage(key, lang, chosen.read_text(encoding="utf-8")))
    return pages
