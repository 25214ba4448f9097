"""Which photowalk this is: the release version and the build it came from (shown by --version and About)."""

from __future__ import annotations

import subprocess
from importlib import resources
from pathlib import Path

from photowalk import __version__

# Written into the package by the build (setup.py for a wheel, build.spec for a bundle): one line
# naming the commit and its date, or what the build environment says (PHOTOWALK_BUILD).
BUILD_FILE = "_build.txt"


def describe_checkout(repo: Path) -> str | None:
    """The commit a git checkout stands at, with its date ("3f2c1ab 2026-12-05"), or None without git."""
    if not (repo / ".git").exists():
        return None
    try:
        out = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%h %cs"], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    text = out.stdout.strip()
    return text if out.returncode == 0 and text else None


def build_name() -> str:
    """The build this copy came from: as the build recorded it, else the checkout it runs from."""
    try:
        recorded = (resources.files("photowalk") / BUILD_FILE).read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        recorded = ""
    if recorded:
        return recorded
    checkout = describe_checkout(Path(__file__).resolve().parents[1])
    return f"source {checkout}" if checkout else "source"


def version_text() -> str:
    """"photowalk 0.1.0 (build 3f2c1ab 2026-12-05)": the line --version prints and About shows."""
    return f"photowalk {__version__} (build {build_name()})"
