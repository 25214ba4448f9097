"""A free title for a photo whose title is taken on the wiki: the same name with a number added."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from photowalk.photo import FileKind
from photowalk.titles import numbered_titles, title_key
from photowalk.upload.wiki import Wiki

log = logging.getLogger(__name__)

CANDIDATES = 20  # numbers tried per request; the API takes up to 50 titles at once


def free_titles(wiki: Wiki, candidates: list[str]) -> list[str]:
    """Those of `candidates` that hold neither a page nor a file on the wiki, in their order."""
    if not candidates:
        return []
    answer = wiki.get(action="query", titles="|".join(f"File:{c}" for c in candidates), prop="imageinfo",
                      iiprop="sha1")
    q: dict[str, Any] = answer.get("query") or {}
    # The wiki answers with canonical titles (first letter capitalised, "_" a space).
    by_key: dict[str, dict[str, Any]] = {}
    for page in q.get("pages") or []:
        by_key[title_key(str(page.get("title", "")).partition(":")[2])] = page
    free = []
    for c in candidates:
        page = by_key.get(title_key(c))
        if page is not None and page.get("missing") and not page.get("invalid") and not page.get("imageinfo"):
            free.append(c)
    return free


def suggest_free_title(wiki: Wiki, title: str, kind: FileKind, avoid: Iterable[str] = ()) -> str | None:
    """The first numbered variant of `title` that is free on the wiki and not used in `avoid`
    (the project's other titles); None when none of the first few is."""
    taken = {title_key(t) for t in avoid}
    candidates = [c for c in numbered_titles(title, kind, CANDIDATES) if title_key(c) not in taken]
    free = free_titles(wiki, candidates)
    if not free:
        log.info("no free numbered title found for %s", title)
    return free[0] if free else None
