"""Which of the project's categories have no page on a wiki, as the wiki last answered.

The upload layer asks the wiki (before every upload, when it can be reached) and records the
answers here, per wiki; the checks read them, so a photo in a red category is reported offline
too. The answers live in the project file's settings table under one key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from photowalk.project import ProjectStore

CACHE_KEY = "wiki_categories"


@dataclass(frozen=True)
class CategoryAnswers:
    """What one wiki said about category names: which have no page (each with a similar existing
    category, when one was found) and which have one."""

    wiki: str  # API URL
    checked: str = ""  # when the wiki last answered (ISO 8601, UTC)
    missing: dict[str, str | None] = field(default_factory=dict)
    present: frozenset[str] = frozenset()

    @property
    def host(self) -> str:
        """The wiki's host name, to name it in a message."""
        return urlsplit(self.wiki).hostname or self.wiki


def _load(store: ProjectStore) -> dict[str, Any]:
    raw = store.setting(CACHE_KEY)
    if not isinstance(raw, dict) or not isinstance(raw.get("wikis"), dict):
        return {"latest": None, "wikis": {}}
    return raw


def _answers(wiki: str, entry: Any) -> CategoryAnswers:
    if not isinstance(entry, dict):
        return CategoryAnswers(wiki)
    missing = entry.get("missing")
    present = entry.get("present")
    return CategoryAnswers(
        wiki=wiki,
        checked=str(entry.get("checked") or ""),
        missing={
            str(k): (v if isinstance(v, str) else None) for k, v in (missing.items() if isinstance(missing, dict) else ())
        },
        present=frozenset(str(n) for n in present) if isinstance(present, list) else frozenset(),
    )


def read_answers(store: ProjectStore, wiki: str | None = None) -> CategoryAnswers | None:
    """The answers of `wiki`, or of the wiki asked last when None; None when it was never asked."""
    data = _load(store)
    wiki = wiki or data.get("latest")
    if not isinstance(wiki, str) or wiki not in data["wikis"]:
        return None
    return _answers(wiki, data["wikis"][wiki])


def record_answers(
    store: ProjectStore,
    wiki: str,
    *,
    present: Iterable[str],
    missing: Mapping[str, str | None],
    now: datetime | None = None,
) -> CategoryAnswers:
    """Keep what `wiki` answered now (names not asked this time keep their earlier answers)."""
    data = _load(store)
    old = _answers(wiki, data["wikis"].get(wiki))
    asked = set(present) | set(missing)
    kept_missing = {k: v for k, v in old.missing.items() if k not in asked}
    kept_present = old.present - asked
    checked = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    data["wikis"][wiki] = {
        "checked": checked,
        "missing": {**kept_missing, **dict(missing)},
        "present": sorted(kept_present | set(present)),
    }
    data["latest"] = wiki
    store.set_setting(CACHE_KEY, data)
    return _answers(wiki, data["wikis"][wiki])
