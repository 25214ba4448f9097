"""The optional check for a newer release: at most once a week, only when the volunteer allowed it.

It asks the package index's JSON API (https://pypi.org/pypi/photowalk/json) for the latest version;
offline, or with an answer it cannot read, it says nothing and is tried again at the next start.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from packaging.version import InvalidVersion, Version

from photowalk import APP_URL, __version__

PYPI_URL = "https://pypi.org/pypi/photowalk/json"
URL_ENV = "PHOTOWALK_UPDATE_URL"  # another index (a mirror, or a test's local server)
WEEK = 7 * 24 * 3600
MAX_ANSWER = 4 * 1024 * 1024  # the JSON lists every release's files: a few hundred kB for years of them
TIMEOUT = 10.0


@dataclass(frozen=True)
class NewRelease:
    """A release newer than this copy, and the page that tells about it."""

    version: str
    url: str


def check_due(last_checked: float, now: float) -> bool:
    """True when a week has passed since the last check that got an answer (0: never), or the clock went back."""
    return last_checked <= 0 or now - last_checked >= WEEK or now < last_checked


def index_url() -> str:
    return os.environ.get(URL_ENV) or PYPI_URL


def fetch_json(url: str, timeout: float = TIMEOUT) -> Any:
    """The index's JSON answer, or None when offline, refused or unreadable."""
    request = urllib.request.Request(url, headers={"User-Agent": f"photowalk/{__version__} ({APP_URL})",
                                                   "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            data = answer.read(MAX_ANSWER + 1)
    except (urllib.error.URLError, OSError, ValueError):
        return None
    if len(data) > MAX_ANSWER:
        return None
    try:
        return json.loads(data)
    except (UnicodeDecodeError, ValueError):
        return None


def newer_release(answer: Any, current: str = __version__) -> NewRelease | None:
    """The latest stable release in an index's JSON answer when it is newer than `current`."""
    info = answer.get("info") if isinstance(answer, dict) else None
    latest = info.get("version") if isinstance(info, dict) else None
    if not isinstance(latest, str):
        return None
    try:
        found, mine = Version(latest), Version(current)
    except InvalidVersion:
        return None
    if found.is_prerelease or found <= mine:
        return None
    page = info.get("release_url") if isinstance(info, dict) else None
    if not (isinstance(page, str) and page.startswith("https://")):
        page = f"https://pypi.org/project/photowalk/{found}/"
    return NewRelease(str(found), page)


@dataclass(frozen=True)
class CheckResult:
    """What one check found: whether the index answered at all, and a newer release if there is one."""

    answered: bool
    release: NewRelease | None


def check_for_update(progress: Callable[[Any], None] | None = None, cancel: Callable[[], bool] | None = None,
                     *, url: str | None = None, current: str = __version__) -> CheckResult:
    """Ask the index once (a plain function for a worker thread; `progress` and `cancel` are not used:
    it is one short request)."""
    answer = fetch_json(url or index_url())
    if answer is None:
        return CheckResult(False, None)
    return CheckResult(True, newer_release(answer, current))
