"""The app around the window: errors shown to the volunteer, the frozen build's smoke test, the desktop file."""

from __future__ import annotations

import configparser
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.__main__ import WindowArgs, window_args
from photowalk.errors import FileReadError
from photowalk.logs import register_secret
from photowalk.project import ProjectStore
from photowalk.ui.errors import details_text, show_error
from photowalk.ui.i18n import Translators

if TYPE_CHECKING:
    from photowalk.ui.mainwindow import MainWindow

REPO = Path(__file__).resolve().parents[2]


def test_a_typed_error_is_shown_in_the_volunteers_language(
    qtbot: QtBot, translators: Translators, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: seen.append(box))
    translators.install("tg")
    show_error(None, FileReadError(path="a.jpg", reason="permission denied"))
    assert seen[0].text() == "a.jpg хонда нашуд: иҷозат нест"
    assert seen[0].detailedText() == ""


def test_an_unexpected_error_has_copyable_details_without_secrets(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: seen.append(box))
    register_secret("hunter2-bot-password")
    try:
        raise ValueError("login with hunter2-bot-password failed")
    except ValueError as exc:
        show_error(None, exc)
        details = details_text(exc)
    box = seen[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "ValueError" in box.detailedText() and "hunter2" not in box.detailedText()
    assert "hunter2" not in details and "********" in details


def test_source_smoke_test_of_the_bundle_entry_point(tmp_path: Path, photos_dir: Path) -> None:
    """What scripts/build-bundle runs in the frozen app, run from the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "PHOTOWALK_CONFIG_DIR": str(tmp_path / "config"), "PHOTOWALK_CACHE_DIR": str(tmp_path / "cache")}
    if os.environ.get("PHOTOWALK_REAL_KEYRING") != "1":
        env["PYTHON_KEYRING_BACKEND"] = "tests.upload_helpers.MemoryKeyring"
    out = subprocess.run(
        [sys.executable, str(REPO / "photowalk" / "ui" / "frozen.py"), "--smoke-test",
         str(tmp_path / "smoke.photowalk"), str(photos_dir / "orientation")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"], out.stdout + out.stderr
    assert report["photos"] == 11 and report["menu"] == "Лоиҳа"


def desktop_entry() -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "resources" / "photowalk.desktop", encoding="utf-8")
    return entry


def test_desktop_file_starts_photowalk_with_its_icon() -> None:
    d = desktop_entry()["Desktop Entry"]
    assert d["Exec"] == "photowalk %f" and d["Icon"] == "photowalk" and d["Type"] == "Application"
    assert "ҳ" in d["Comment[tg]"] or "ӯ" in d["GenericName[tg]"]
    assert (REPO / "resources" / "icons" / "photowalk.svg").is_file()
    assert (REPO / "resources" / "icons" / "photowalk.png").is_file()


def test_run_without_a_display_explains_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "photowalk"], capture_output=True, text=True, env=env, cwd=REPO,
                         timeout=60)
    assert out.returncode == 2 and "no display" in out.stderr


@pytest.fixture
def start_app(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Callable[..., dict[str, object]]:
    """Runs `photowalk ARGS` in this process up to the event loop; `until(window)` says when to look and close."""
    from PySide6.QtWidgets import QApplication

    from photowalk.__main__ import main
    from photowalk.ui.mainwindow import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back after
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def start(*args: str, until: Callable[[MainWindow], bool] = lambda _w: True) -> dict[str, object]:
        seen: dict[str, object] = {}

        def fake_exec(app: QApplication) -> int:
            # The real exec() would leave Qt's "quit" flag set for the tests that follow.
            qtbot.wait(200)
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            qtbot.waitUntil(lambda: until(window), timeout=120_000)
            seen["title"] = window.windowTitle()
            seen["photos"] = window.session.model.rowCount() if window.session else None
            seen["project"] = window.session.path if window.session else None
            window.close()
            return 0

        monkeypatch.setattr(QApplication, "exec", fake_exec)
        seen["status"] = main(list(args))
        return seen

    return start


def test_run_opens_the_project_given_on_the_command_line(
    start_app: Callable[..., dict[str, object]], tmp_path: Path
) -> None:
    """`photowalk walk.photowalk` opens the window on that project, named in the title."""
    project = tmp_path / "Боғи Рӯдакӣ.photowalk"
    seen = start_app(str(project))
    assert seen["status"] == 0
    assert seen["title"] == "Боғи Рӯдакӣ — photowalk" and seen["photos"] == 0
    assert project.is_file()


def imported(count: int) -> Callable[[MainWindow], bool]:
    return lambda w: w.session is not None and w.import_job is None and w.session.model.rowCount() == count


def test_a_project_and_a_folder_open_the_window_importing_the_folder(
    start_app: Callable[..., dict[str, object]], tmp_path: Path, photos_dir: Path
) -> None:
    """`photowalk walk.photowalk --import /media/card`: the project is made and the card imported into it."""
    project = tmp_path / "walk.photowalk"
    card = photos_dir / "orientation"
    files = len([p for p in card.iterdir() if p.is_file()])
    seen = start_app(str(project), "--import", str(card), until=imported(files))
    assert seen["status"] == 0 and seen["title"] == "walk — photowalk" and seen["photos"] == files
    with ProjectStore.open(project) as store:
        assert len(store.photo_ids()) == files
    # Into a project that exists, the folder given first: the same photos are not imported twice.
    seen = start_app("--import", str(card), str(project), until=imported(files))
    assert seen["photos"] == files


def test_a_folder_alone_asks_where_to_keep_the_new_project(
    start_app: Callable[..., dict[str, object]], tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the desktop file's action runs for a mounted card: `photowalk --import /media/card`."""
    from PySide6.QtWidgets import QFileDialog

    project = tmp_path / "card walk.photowalk"
    asked: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(project), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    card = photos_dir / "gps"
    seen = start_app("--import", str(card), until=imported(20))
    assert asked == ["New project"]
    assert seen["project"] == project and seen["photos"] == 20


@pytest.mark.parametrize(("argv", "expected"), [
    ([], WindowArgs()),
    (["walk.photowalk"], WindowArgs(Path("walk.photowalk"))),
    (["walk.photowalk", "--import", "/media/card"], WindowArgs(Path("walk.photowalk"), True, Path("/media/card"))),
    (["--import", "/media/card", "walk.photowalk"], WindowArgs(Path("walk.photowalk"), True, Path("/media/card"))),
    (["--import=/media/card"], WindowArgs(None, True, Path("/media/card"))),
    (["--import"], WindowArgs(None, True, None)),  # a launcher without a folder drops %f
    (["walk.photowalk", "--import"], WindowArgs(Path("walk.photowalk"), True, None)),
    # Everything else is a command for the command line, which says what is wrong with it.
    (["import", "/media/card", "--project", "walk.photowalk"], None),
    (["--version"], None),
    (["/media/card"], None),
    (["a.photowalk", "b.photowalk"], None),
    (["--import", "a", "--import", "b"], None),
    (["--import", "/media/card", "extra"], None),
    (["worker", "--project", "walk.photowalk"], None),
])
def test_which_arguments_open_the_window(argv: list[str], expected: WindowArgs | None) -> None:
    assert window_args(argv) == expected


def test_desktop_file_offers_importing_a_card() -> None:
    """The launcher's action runs `photowalk --import %f`; the file passes desktop-file-validate."""
    entry = desktop_entry()
    assert entry["Desktop Entry"]["Actions"].split(";")[0] == "import-card"
    action = entry["Desktop Action import-card"]
    assert action["Exec"] == "photowalk --import %f" and action["Name"] and action["Name[tg]"]
    program, *args = shlex.split(action["Exec"].replace("%f", "/media/card"))
    assert program == "photowalk" and window_args(args) == WindowArgs(None, True, Path("/media/card"))
    program, *args = shlex.split(action["Exec"].replace("%f", ""))  # launched with no folder
    assert window_args(args) == WindowArgs(None, True, None)
    out = subprocess.run(["desktop-file-validate", str(REPO / "resources" / "photowalk.desktop")],
                         capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr
