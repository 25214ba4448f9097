"""`photowalk import`, `list` and `relink` as a volunteer runs them, on hostile cards: separate processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests import hostile
from tests.cards import make_copies
from tests.cli.test_cli import REPO, _count, photowalk

# A terminal that cannot take what is not valid text: printing a raw file name there raised.
STRICT = {"PYTHONIOENCODING": "utf-8"}


def test_a_card_with_a_cp1251_name_imports_lists_relinks_and_reimports(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    make_copies(card, photos_dir / "cameras" / "Sigma_DP1.jpg", 30)
    odd = hostile.copy_good(card / hostile.legacy_name("Фото_на_память", "cp1251"))
    project = tmp_path / "walk.photowalk"
    done = photowalk("import", str(card), "--project", str(project), env=STRICT)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "Imported 31 new photo(s)." in done.stdout

    listed = photowalk("list", "--project", str(project), env=STRICT)
    assert listed.returncode == 0 and "31 photo(s)" in listed.stdout, listed.stderr
    assert "\ufffd" * 4 + "_" in listed.stdout  # Ф, о, т, о: one replacement character for each byte
    rows = json.loads(photowalk("list", "--project", str(project), "--json", env=STRICT).stdout)
    [shown] = [r["path"] for r in rows if "\ufffd" in r["path"]]
    assert shown.endswith("_" + "\ufffd" * 2 + "_" + "\ufffd" * 6 + ".jpg") and len(rows) == 31

    again = photowalk("import", str(card), "--project", str(project), env=STRICT)
    assert "Imported 0 new photo(s)." in again.stdout and "31 file(s) were already in the project." in again.stdout

    moved = tmp_path / "laptop"
    card.rename(moved)
    relinked = photowalk("relink", str(moved), "--project", str(project), env=STRICT)
    assert relinked.returncode == 0 and "Found 31 photo(s)" in relinked.stdout, relinked.stdout + relinked.stderr
    (moved / odd.name).rename(tmp_path / "away.jpg")
    gone = photowalk("list", "--project", str(project), env=STRICT)
    assert [line for line in gone.stdout.splitlines() if "MISSING" in line and "\ufffd" in line]


def test_first_ctrl_c_stops_cleanly_on_a_card_with_a_fifo_and_dev_zero(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    # Enough photos that the import is still running when the Ctrl+C comes, on a fast machine too.
    files = make_copies(card, photos_dir / "cameras" / "Sigma_DP1.jpg", 1500)
    os.mkfifo(card / "IMG_0040.JPG.fifo.jpg")
    (card / "IMG_0080_ZERO.JPG").symlink_to("/dev/zero")
    (card / "loop").symlink_to(".")
    project = tmp_path / "walk.photowalk"
    proc = subprocess.Popen(
        [sys.executable, "-m", "photowalk", "import", str(card), "--project", str(project), "--workers", "1"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _count(project) < 3:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)  # once
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Stopped before the end" in out and "Traceback" not in err
    first = _count(project)
    assert 3 <= first < len(files)
    rerun = photowalk("import", str(card), "--project", str(project))
    assert rerun.returncode == 0 and _count(project) == len(files)
    assert "3 other file(s) skipped" in rerun.stdout


def test_three_huge_pngs_with_two_workers_stay_under_the_memory_ceiling(tmp_path: Path) -> None:
    """Each PNG decodes to 361 MB (and its thumbnail would need as much again): they are checked in
    constant memory instead, and the whole import stays far below what one decode would take."""
    card = tmp_path / "card"
    card.mkdir()
    for n in range(3):
        hostile.huge_png(card / f"PANO_{n}.png", 9500 - n, 9500)
    code = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        "from photowalk.importer import import_paths\n"
        "from photowalk.project import ProjectStore\n"
        "from photowalk.thumbnails import ThumbnailCache\n"
        f"store = ProjectStore.open(Path({str(tmp_path / 'walk.photowalk')!r}), create=True)\n"
        f"r = import_paths([Path({str(card)!r})], store, thumbnails=ThumbnailCache(Path({str(tmp_path / 't')!r})),"
        " workers=2)\n"
        "print(json.dumps({'added': len(r.added), 'rejected': len(r.rejected),"
        " 'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["added"] == 3 and result["rejected"] == 0
    assert result["rss_mb"] < 300, result
