"""Fixtures for the core's tests: an empty project of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk.project import ProjectStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProjectStore]:
    """A new, empty project in the test's folder, closed afterwards."""
    s = ProjectStore.open(tmp_path / "walk.photowalk", create=True)
    yield s
    s.close()
