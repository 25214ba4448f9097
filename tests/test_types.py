"""Every package is fully typed (mypy with disallow_untyped_defs passes), and ruff finds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_mypy_passes_on_every_package_the_window_included() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", str(REPO / "photowalk")], capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Every module was checked, the window's and the command line's among them.
    checked = list((REPO / "photowalk").rglob("*.py"))
    assert any(p.parent.name == "ui" for p in checked) and any(p.parent.name == "cli" for p in checked)
    assert f"no issues found in {len(checked)} source files" in result.stdout, result.stdout


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_mypy_passes_as_on_windows_and_macos(platform: str) -> None:
    """Code for one system only stays behind a sys.platform check mypy understands: run on Windows,
    no call to what Windows lacks (os.fchmod, os.geteuid, os.statvfs) is left unguarded."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--platform", platform, str(REPO / "photowalk")], capture_output=True,
        text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."], capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
