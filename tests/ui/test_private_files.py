"""Every file photowalk writes is readable only by its owner (0600), every folder it makes is 0700.

Other users of a shared laptop must not read descriptions, accounts or positions, whatever the umask.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photowalk.__main__ import WindowArgs
from photowalk.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]


# One photo per umask, each uploaded without its location: different bytes, so neither run finds
# the other's file already on the wiki.
UPLOADED = {0o022: "FurnaceCreekInn.jpg", 0o002: "HTC_Desire.jpg"}


def modes_under(*roots: Path) -> dict[Path, int]:
    """Permission bits of every file and folder under `roots` (the roots themselves excluded)."""
    found: dict[Path, int] = {}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in (*dirnames, *filenames):
                p = Path(dirpath, name)
                found[p] = os.lstat(p).st_mode
    return found


def not_private(modes: dict[Path, int]) -> list[str]:
    """Each entry that is not a 0700 folder or a 0600 file, said with its mode."""
    bad = []
    for p, mode in sorted(modes.items()):
        want = 0o700 if stat.S_ISDIR(mode) else 0o600
        if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)) or stat.S_IMODE(mode) != want:
            bad.append(f"{p}: {stat.filemode(mode)}, not {want:04o}")
    return bad


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A home of this test's own whose XDG folders do not exist yet: photowalk makes them."""
    h = tmp_path / "home"
    h.mkdir(mode=0o700)
    dirs = {"HOME": h, "XDG_CONFIG_HOME": h / ".config", "XDG_CACHE_HOME": h / ".cache",
            "XDG_DATA_HOME": h / ".local" / "share", "XDG_STATE_HOME": h / ".local" / "state"}
    for name in ("PHOTOWALK_CACHE_DIR", "PHOTOWALK_CONFIG_DIR", "PHOTOWALK_SAFE_MODE"):
        monkeypatch.delenv(name, raising=False)
    for name, path in dirs.items():
        monkeypatch.setenv(name, str(path))
    return {k: str(v) for k, v in dirs.items()}


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """This process's umask for the test (the window runs in it); the one before is put back."""
    mask = int(request.param)
    old = os.umask(mask)
    yield mask
    os.umask(old)


def photowalk(mask: int, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a separate process, under `mask`, in the test's home."""
    return subprocess.run([sys.executable, "-m", "photowalk", *args], capture_output=True, text=True, cwd=REPO,
                          input=stdin, env=dict(os.environ), umask=mask, timeout=300)


def open_window_on(project: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, photos: int,
                   testwiki: dict[str, str], report: Path) -> dict[Path, int]:
    """Open the window on `project` as `photowalk walk.photowalk` does, wait for its photos, save the
    upload report as CSV to `report`, close it; returns the modes of what was under the home and the
    project's folder while it was open."""
    from PySide6.QtWidgets import QApplication, QFileDialog

    from photowalk.ui import app as app_module
    from photowalk.ui.logindialog import Account
    from photowalk.ui.mainwindow import MainWindow
    from photowalk.upload.wiki import parse_wiki

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put them back after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[Path, int] = {}

    def shown_then_closed(app: QApplication) -> int:
        # The real exec() would leave Qt's "quit" flag set for the tests that follow.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        w = windows[0]
        qtbot.waitUntil(lambda: w.session is not None and w.session.model.rowCount() == photos, timeout=60_000)
        view = w.upload_view  # type: ignore[attr-defined]
        view.set_account(Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                                 testwiki["TESTWIKI_BOTPASSWORD"]))
        qtbot.waitUntil(lambda: view.controller.plan is not None and not view.controller.planning, timeout=30_000)
        qtbot.waitUntil(view.csv_button.isEnabled, timeout=10_000)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
        view.csv_button.click()
        seen.update(modes_under(Path(os.environ["HOME"]), project.parent))
        w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", shown_then_closed)
    assert app_module.run(WindowArgs(project=project)) == 0
    assert seen, "the window never showed the project"
    return seen


@pytest.mark.parametrize("umask", [0o022, 0o002], indirect=True, ids=["umask022", "umask002"])
def test_every_file_written_is_private(
    umask: int, home: dict[str, str], testwiki: dict[str, str], photos_dir: Path, tmp_path: Path,
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Import, check, log in, an upload without location, report, export, the window (on a project
    worked on through a local copy, as on a stick), the log: nothing any other user may read."""
    walk = tmp_path / "walk"
    walk.mkdir(mode=0o700)
    project = walk / "walk.photowalk"
    card = photos_dir / "gps"
    photos = len([p for p in card.iterdir() if p.is_file()])

    done = photowalk(umask, "import", str(card), "--project", str(project))
    assert done.returncode == 0, done.stderr
    rows = json.loads(photowalk(umask, "list", "--project", str(project), "--json").stdout)
    assert len(rows) == photos
    pid = next(r["id"] for r in rows if Path(r["path"]).name == UPLOADED[umask])
    title = f"Photowalk private files {uuid.uuid4().hex[:8]}"
    done = photowalk(umask, "edit", "--project", str(project), "--photo", str(pid), "--title", title,
                     "--description", "en=A test photo whose location is not shown", "--category", "Photowalk tests",
                     "--licence", "cc-by-sa-4.0", "--author", "Uploader", "--remove-location")
    assert done.returncode == 0, done.stderr
    done = photowalk(umask, "check", "--project", str(project))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    # Logging in remembers the account in the config folder (and the password in the keyring, if any).
    api, user = testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"]
    password = testwiki["TESTWIKI_BOTPASSWORD"]
    done = photowalk(umask, "login", "--wiki", api, "--user", user, stdin=password + "\n")
    assert "Logged in" in done.stdout, done.stdout + done.stderr
    done = photowalk(umask, "upload", "--project", str(project), "--wiki", api, "--user", user, "--password-stdin",
                     "--photo", str(pid), stdin=password + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    done = photowalk(umask, "report", "--project", str(project), "--csv")
    assert done.returncode == 0 and title.replace(" ", "_") in done.stdout.replace(" ", "_"), done.stdout
    export = walk / "copy.photowalk"
    done = photowalk(umask, "export", str(export), "--project", str(project))
    assert done.returncode == 0, done.stderr
    photowalk(umask, "logout", "--wiki", api, "--user", user)
    with ProjectStore.open(project) as store:  # SQLite's write-ahead log and shared memory beside it
        store.set_setting("author", "Uploader")
        with_journal = modes_under(walk)

    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "1")  # the window works on a local copy, as on a stick
    report = walk / "uploads.csv"
    while_open = open_window_on(project, qtbot, monkeypatch, photos, testwiki, report)
    after = modes_under(Path(home["HOME"]), walk)

    # What must be there, so the walk below cannot pass by finding nothing.
    cache, config = Path(home["XDG_CACHE_HOME"]) / "photowalk", Path(home["XDG_CONFIG_HOME"]) / "photowalk"
    log = Path(home["XDG_STATE_HOME"]) / "photowalk" / "log" / "photowalk.log"
    assert log in after and log.stat().st_size > 0
    assert config / "accounts.json" in after and config / "photowalk-ui.ini" in after
    assert any(p.parent.parent == cache / "thumbnails" for p in after)
    assert cache / "upload-copies" in after  # the copy is removed once sent: tests/test_private.py checks its mode
    assert any(p.parent == cache / "working-copies" and p.suffix == ".photowalk" for p in while_open)
    assert any(p.name.endswith(".photowalk.json") for p in while_open)
    assert {project, export, report, walk / f".{project.name}.upload-lock"} <= set(after)
    assert title in report.read_text(encoding="utf-8").replace("_", " ")
    assert {project.with_name(project.name + "-wal"), project.with_name(project.name + "-shm")} <= set(with_journal)
    work = next(p for p in while_open if p.parent == cache / "working-copies" and p.suffix == ".photowalk")
    assert {work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")} <= set(while_open)

    bad = not_private(with_journal) + not_private(while_open) + not_private(after)
    assert not bad, "readable by others:\n" + "\n".join(sorted(set(bad)))
