"""The PyInstaller bundle builds from build.spec and its program passes the smoke test (scripts/build-bundle)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bundle_builds_and_passes_its_smoke_test() -> None:
    run = subprocess.run(
        [str(REPO / "scripts" / "build-bundle")], cwd=REPO, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    assert run.stdout.rstrip().endswith("bundle check passed")
    report = json.loads(re.search(r"^\{.*?^\}", run.stdout, re.S | re.M).group(0))  # type: ignore[union-attr]
    assert report["ok"] and report["keyring_roundtrip"]
    assert "panorama" in report["guide_pages"]  # the first-run guide's Tajik pages travel in the bundle
    assert (REPO / "dist" / "photowalk" / "photowalk").is_file()
    from photowalk import __version__
    from photowalk.version import describe_checkout

    build = os.environ.get("PHOTOWALK_BUILD") or describe_checkout(REPO)
    assert f"photowalk {__version__} (build {build})\n" in run.stdout  # the bundle carries its build's name
