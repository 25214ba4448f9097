"""The command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.cards import make_card, make_copies

REPO = Path(__file__).resolve().parents[2]


def photowalk(*args: str, env: dict[str, str] | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "photowalk", *args], capture_output=True, text=True, cwd=REPO,
        env={**os.environ, **(env or {})}, timeout=300, **kw,  # type: ignore[call-overload]
    )


def test_import_then_list_json(tmp_path: Path, photos_dir: Path) -> None:
    card = make_card(tmp_path, photos_dir)
    project = tmp_path / "walk.photowalk"
    done = photowalk("import", str(card), "--project", str(project))
    assert done.returncode == 0, done.stderr
    assert "Imported 5 new photo(s)." in done.stdout
    assert "CRW_0313.CRW: Camera RAW files are not accepted by Commons" in done.stdout
    listed = photowalk("list", "--project", str(project), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {Path(r["path"]).name: r for r in json.loads(listed.stdout)}
    required = {"id", "path", "sha1", "size", "type", "taken", "make", "model", "orientation", "width",
                "height", "lat", "lon", "alt", "heading", "warnings", "error"}
    required |= {"title", "descriptions", "categories", "licence", "author", "location_removed", "problems"}
    required |= {"status", "url", "upload_error"}
    for row in rows.values():
        assert required <= set(row)
        assert (row["status"], row["url"], row["upload_error"]) == ("not-uploaded", None, None)
    # Nothing described yet: every photo that can go lists the missing description as a problem; a file
    # Commons never takes has that one problem only.
    never = {name for name, r in rows.items() if r["error"]}
    assert never == {"CRW_0313.CRW", "P1000244.MOV"}
    assert all(any(pr["code"] == "no-description" for pr in r["problems"]) for n, r in rows.items() if n not in never)
    assert all([pr["code"] for pr in rows[n]["problems"]] == ["file-error"] for n in never)
    gps = rows["DSCN0010.jpg"]
    assert gps["type"] == "jpeg" and gps["error"] is None
    assert abs(gps["lat"] - 43.46744833333334) < 1e-6 and abs(gps["lon"] - 11.885126666663888) < 1e-6
    assert gps["make"] == "NIKON" and gps["taken"] == "2008-10-22T16:28:39"
    assert rows["P1000244.MOV"]["type"] == "video" and "not accepted" in rows["P1000244.MOV"]["error"]
    again = photowalk("import", str(card), "--project", str(project))
    assert "Imported 0 new photo(s)." in again.stdout and "5 file(s) were already in the project." in again.stdout


def test_version_and_help() -> None:
    from photowalk import __version__
    from photowalk.version import describe_checkout

    v = photowalk("--version")
    # Run from this checkout, the build is the commit it stands at.
    assert v.returncode == 0 and v.stdout.strip() == f"photowalk {__version__} (build source {describe_checkout(REPO)})"
    h = photowalk("import", "--help")
    assert h.returncode == 0 and "--project" in h.stdout


def test_help_lists_every_command() -> None:
    h = photowalk("--help")
    assert h.returncode == 0, h.stderr
    # Each command starts a line indented by four spaces; its help text may go on below, indented further.
    listed = [line.split()[0] for line in h.stdout.splitlines() if line[:4] == "    " and line[4:5].strip()]
    assert listed == ["import", "list", "cull", "relink", "export", "edit", "check", "wikitext", "time", "geotag", "tiles",
                      "login", "logout", "upload", "status", "decide", "report", "use", "end-of-event",
                      "followup"]


def test_not_a_project_is_a_clear_error(tmp_path: Path, photos_dir: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    r = photowalk("import", str(photos_dir / "cameras"), "--project", str(notes))
    assert r.returncode == 1
    assert "is not a photowalk project" in r.stderr and "Traceback" not in r.stderr
    assert notes.read_text() == "shopping list\n"
    r = photowalk("list", "--project", str(tmp_path / "none.photowalk"))
    assert r.returncode == 1 and "does not exist" in r.stderr


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    r = photowalk("import", str(tmp_path / "no-card"), "--project", str(tmp_path / "p.photowalk"))
    assert r.returncode == 1 and "no-card" in r.stderr and "does not exist" in r.stderr
    assert "Traceback" not in r.stderr


def test_ctrl_c_stops_cleanly_and_a_rerun_imports_the_rest(tmp_path: Path, photos_dir: Path) -> None:
    files = make_copies(tmp_path / "card", photos_dir / "cameras" / "Sigma_DP1.jpg", 150)
    project = tmp_path / "walk.photowalk"
    proc = subprocess.Popen(
        [sys.executable, "-m", "photowalk", "import", str(tmp_path / "card"), "--project", str(project),
         "--workers", "1"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    # Wait until some photos are committed, then press Ctrl+C.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if project.exists() and _count(project) >= 3:
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Stopped before the end" in out and "Traceback" not in err
    first = _count(project)
    assert 3 <= first < len(files)
    rerun = photowalk("import", str(tmp_path / "card"), "--project", str(project))
    assert rerun.returncode == 0
    assert _count(project) == len(files)
    assert f"{first} file(s) were already in the project." in rerun.stdout


def _count(project: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM photos").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
