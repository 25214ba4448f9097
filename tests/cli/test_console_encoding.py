"""Tajik names on a terminal whose code page lacks them (cp1251, cp866, cp437): a readable fallback, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.upload_helpers import noise_jpeg

REPO = Path(__file__).resolve().parents[2]
FOLDER = "Ҳисор ғӯҷ қӣ"  # every Tajik letter that Russian code pages lack


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A project holding one photo from a folder named in Tajik (a JPEG made here: the test runs on
    hosted Windows and macOS runners too, where the camera files are not)."""
    root = tmp_path_factory.mktemp("encoding")
    folder = root / FOLDER
    noise_jpeg(folder / "Боғ.jpg")
    env = {**os.environ, "PHOTOWALK_CONFIG_DIR": str(root / "config"), "PHOTOWALK_CACHE_DIR": str(root / "cache"),
           "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-m", "photowalk", "import", "--project", str(root / "p.photowalk"), str(folder)],
                         capture_output=True, cwd=REPO, env=env, timeout=120)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    return root / "p.photowalk", env


def listed(project: tuple[Path, dict[str, str]], encoding: str) -> subprocess.CompletedProcess[bytes]:
    path, env = project
    return subprocess.run([sys.executable, "-m", "photowalk", "list", "--project", str(path)], capture_output=True,
                          cwd=REPO, env={**env, "PYTHONIOENCODING": encoding}, timeout=60)


def test_utf8_shows_every_letter(project: tuple[Path, dict[str, str]]) -> None:
    out = listed(project, "utf-8")
    assert out.returncode == 0 and f"{FOLDER}{os.sep}Боғ.jpg" in out.stdout.decode("utf-8") and not out.stderr


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "koi8-r"])
def test_a_russian_code_page_shows_tajik_letters_as_their_russian_look_alikes(
    project: tuple[Path, dict[str, str]], encoding: str,
) -> None:
    out = listed(project, encoding)
    assert out.returncode == 0 and not out.stderr
    assert f"Хисор гуч ки{os.sep}Бог.jpg" in out.stdout.decode(encoding)


@pytest.mark.parametrize("encoding", ["cp437", "cp1252", "ascii"])
def test_a_code_page_without_cyrillic_says_once_how_to_see_the_names(
    project: tuple[Path, dict[str, str]], encoding: str,
) -> None:
    out = listed(project, encoding)
    assert out.returncode == 0 and "Traceback" not in out.stderr.decode(encoding, "replace")
    assert f"????? ??? ??{os.sep}???.jpg" in out.stdout.decode(encoding)
    notes = out.stderr.decode(encoding).splitlines()
    assert notes == [f"photowalk: this terminal's encoding ({encoding}) cannot show some letters; they appear as ?. "
                     "Set PYTHONIOENCODING=utf-8 (or run chcp 65001 in cmd.exe) to see them."]
