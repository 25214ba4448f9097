"""The core, the uploader and the command line are fully typed: mypy with disallow_untyped_defs passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_passes_on_core_upload_and_cli() -> None:
    targets = [str(REPO / "photowalk")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--exclude", "photowalk/ui/", *targets],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Every module outside the window was checked, the command line's package among them.
    checked = [p for p in (REPO / "photowalk").rglob("*.py") if "ui" not in p.relative_to(REPO / "photowalk").parts[:1]]
    assert any(p.parent.name == "cli" for p in checked)
    assert f"no issues found in {len(checked)} source files" in result.stdout, result.stdout
