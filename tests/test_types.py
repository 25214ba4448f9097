"""The core and the uploader are fully typed: mypy with disallow_untyped_defs passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_passes_on_core_and_upload() -> None:
    targets = [str(REPO / "photowalk")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--exclude", "photowalk/ui/", *targets],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
