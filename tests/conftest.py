"""Shared fixtures: real camera files, a real throwaway MediaWiki, headless Qt."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# The same generated examples in every run: the suite passes or fails the same way each time (a
# failure found once is a test case to add, not a coin to toss in CI).
settings.register_profile("photowalk", derandomize=True, database=None)
settings.load_profile("photowalk")

# Before pytest-qt makes the QApplication: no display is needed anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PHOTOS = SHARED / "photos"
TESTWIKI = SHARED / "testwiki"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the test wiki (directly or through another fixture) is marked `wiki`."""
    for item in items:
        if {"testwiki", "own_testwiki"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.wiki)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt closed a test's windows, delete them now, not in some later test's event loop.

    Qt deletes a closed window only when an event loop runs; left alone, a window of one test is
    torn down (or sent the next test's language change) in the middle of another.
    """
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def photos_dir() -> Path:
    """The real camera files (../shared/photos); their absence is a failure, not a skip."""
    assert (PHOTOS / "MANIFEST.tsv").is_file(), f"real test photos missing at {PHOTOS}"
    return PHOTOS


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test session gets its own thumbnail cache and settings, never the user's."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("PHOTOWALK_CONFIG_DIR", str(base / "config"))
    # The map never asks a public tile server from a test: port 9 on loopback refuses at once.
    monkeypatch.setenv("PHOTOWALK_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png")


@pytest.fixture(scope="session")
def testwiki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A real MediaWiki on 127.0.0.1 for this test session (../shared/testwiki)."""
    d = tmp_path_factory.mktemp("testwiki")
    out = subprocess.run(
        [str(TESTWIKI / "start-testwiki"), str(d)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "TESTWIKI_WATCH_PID": str(os.getpid())},
        timeout=600,
    ).stdout
    env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    yield env
    subprocess.run([str(TESTWIKI / "stop-testwiki"), str(d)], check=False)


@pytest.fixture
def wiki_settings(testwiki: dict[str, str]) -> Iterator[Callable[[str], None]]:
    """wiki_settings("$wgReadOnly = 'x';"): PHP settings for one test, removed afterwards."""
    path = Path(testwiki["TESTWIKI_DIR"], "extra-settings.php")
    yield lambda php: path.write_text("<?php\n" + php + "\n")
    path.unlink(missing_ok=True)


@pytest.fixture
def wiki_fault(testwiki: dict[str, str]) -> Iterator[Callable[[str], None]]:
    """wiki_fault("POST 500 1"): HTTP faults injected by the test wiki's router."""
    path = Path(testwiki["TESTWIKI_DIR"], "fault")
    yield lambda spec: path.write_text(spec + "\n")
    path.unlink(missing_ok=True)
