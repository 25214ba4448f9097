"""`photowalk cull` and what `list --json` and `upload --dry-run` say of culled photos, run as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.test_cli import photowalk


def rows(project: Path) -> dict[int, dict[str, object]]:
    listed = photowalk("list", "--project", str(project), "--json")
    assert listed.returncode == 0, listed.stderr
    return {int(r["id"]): r for r in json.loads(listed.stdout)}


def test_cull_skip_and_keep(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    for name in ("DSCN0138.JPG", "IMGP6668.JPG", "Canon_EOS_REBEL_T3i.jpg"):
        shutil.copy(photos_dir / "cameras" / name, card)
    project = tmp_path / "walk.photowalk"
    assert photowalk("import", str(card), "--project", str(project)).returncode == 0
    first = rows(project)
    a, b, c = sorted(first)
    assert not any(r["not_for_upload"] for r in first.values())
    assert all(isinstance(r["sharpness"], float) and r["hints"] == [] for r in first.values())

    done = photowalk("cull", "--project", str(project), "--skip", f"{a},{b}")
    assert done.returncode == 0, done.stderr
    assert "2 photo(s) marked not for upload." in done.stdout
    listed = rows(project)
    assert [listed[i]["not_for_upload"] for i in (a, b, c)] == [True, True, False]
    assert listed[a]["problems"] == []  # the checks pass a culled photo by

    dry = photowalk("upload", "--project", str(project), "--wiki", "http://127.0.0.1:9/api.php", "--dry-run")
    assert "2 photo(s) marked not for upload are left out" in dry.stdout, dry.stdout + dry.stderr

    done = photowalk("cull", "--project", str(project), "--keep", str(a))
    assert done.returncode == 0 and "1 photo(s) marked for upload again." in done.stdout
    assert "1 photo(s) of the project are not for upload." in done.stdout
    assert [rows(project)[i]["not_for_upload"] for i in (a, b, c)] == [False, True, False]


def test_cull_refuses_an_unknown_photo_and_changes_nothing(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", card)
    project = tmp_path / "walk.photowalk"
    assert photowalk("import", str(card), "--project", str(project)).returncode == 0
    (pid,) = rows(project)
    done = photowalk("cull", "--project", str(project), "--skip", str(pid), "--keep", "999")
    assert done.returncode == 1
    assert "The project has no photo number 999." in done.stderr
    assert rows(project)[pid]["not_for_upload"] is False
    bad = photowalk("cull", "--project", str(project), "--skip", "three")
    assert bad.returncode == 2 and "photo numbers separated by commas" in bad.stderr
