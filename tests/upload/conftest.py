"""Fixtures for the upload tests: a keyring of keyring's own backend API in memory, a test wiki of one's own."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.conftest import TESTWIKI
from tests.upload_helpers import MemoryKeyring, installed_keyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring backend installed for this test only (keyring.set_keyring), empty."""
    with installed_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def own_testwiki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A fresh wiki for one test, for tests whose real camera files other tests upload too."""
    d = tmp_path_factory.mktemp("own-testwiki")
    out = subprocess.run([str(TESTWIKI / "start-testwiki"), str(d)], check=True, capture_output=True, text=True,
                         env={**os.environ, "TESTWIKI_WATCH_PID": str(os.getpid())}, timeout=600).stdout
    env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    try:
        yield env
    finally:
        subprocess.run([str(TESTWIKI / "stop-testwiki"), str(d)], check=False, capture_output=True)
