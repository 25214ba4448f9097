"""Red categories (no page on the wiki): asked before every upload, kept in the project per wiki, and
reported by the checks (offline too), by the command line and in the window's Problems tab."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.__main__ import main
from photowalk.categorycache import read_answers
from photowalk.checks import check_photos
from photowalk.ui.checkpanel import ProblemRole
from photowalk.ui.logindialog import LoginDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.upload.plan import plan_upload
from photowalk.upload.wiki import parse_wiki
from tests.ui.test_ui_upload import fake_login
from tests.upload_helpers import MemoryKeyring, Project, installed_keyring, make_pages, make_project, noise_jpeg, unique


def project_with_categories(tmp_path: Path, tok: str) -> Project:
    """Three photos: a and b in categories the wiki lacks (one only by its case), c in one it has."""
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"{n}.jpg") for n in range(3)])
    a, b, c = project.ids
    with project.open() as store:
        edits.set_categories(store, [a], [f"{tok} Dushanbe", f"{tok} Parks in dushanbe"])
        edits.set_categories(store, [b], [f"{tok} Fountains of Dushanbe", f"{tok} Parks in dushanbe"])
        edits.set_categories(store, [c], [f"{tok} Dushanbe"])
    return project


def red(problems: list[Any]) -> dict[str, str | None]:
    return {p.params["name"]: p.suggestion for p in problems if p.code == "category-red"}


def test_plan_asks_the_wiki_and_the_checks_report_it_offline(
    testwiki: dict[str, str], wiki_fault: Any, tmp_path: Path
) -> None:
    tok = unique("RC")
    make_pages(testwiki, [f"Category:{tok} Dushanbe", f"Category:{tok} Parks in Dushanbe"])
    project = project_with_categories(tmp_path, tok)
    a, b, c = project.ids
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    with project.open() as store:
        assert red(check_photos(store)[a]) == {}  # never asked yet
        plan = plan_upload(store, None, api_url=api)
        ours = {r.name: r for r in plan.red_categories if r.name.startswith(tok)}
        assert not plan.categories_offline
        assert set(ours) == {f"{tok} Parks in dushanbe", f"{tok} Fountains of Dushanbe"}
        assert ours[f"{tok} Parks in dushanbe"].photo_ids == (a, b)
        assert ours[f"{tok} Parks in dushanbe"].similar == f"{tok} Parks in Dushanbe"  # found by prefix search
        assert ours[f"{tok} Fountains of Dushanbe"].photo_ids == (b,)
        assert len(plan.items) == 3  # a warning: the photos can still go
        answers = read_answers(store, api)
        assert answers is not None and f"{tok} Dushanbe" in answers.present

        # The checks (core, no network) report them from the project's answers.
        found = check_photos(store)
        assert red(found[a]) == {f"{tok} Parks in dushanbe": f"{tok} Parks in Dushanbe"}
        assert red(found[b]) == {f"{tok} Fountains of Dushanbe": None, f"{tok} Parks in dushanbe": f"{tok} Parks in Dushanbe"}
        assert red(found[c]) == {}
        problem = next(p for p in found[a] if p.code == "category-red")
        assert problem.severity == "warning" and "127.0.0.1" in problem.message

        wiki_fault("503")  # the wiki is out of reach: the earlier answers stand
        offline = plan_upload(store, None, api_url=api)
        assert offline.categories_offline and offline.categories_checked == answers.checked
        assert {r.name for r in offline.red_categories if r.name.startswith(tok)} == set(ours)

    (Path(testwiki["TESTWIKI_DIR"]) / "fault").unlink()
    make_pages(testwiki, [f"Category:{tok} Fountains of Dushanbe"])  # someone made the page
    with project.open() as store:
        again = plan_upload(store, None, api_url=api)
        assert {r.name for r in again.red_categories if r.name.startswith(tok)} == {f"{tok} Parks in dushanbe"}
        assert red(check_photos(store)[b]) == {f"{tok} Parks in dushanbe": f"{tok} Parks in Dushanbe"}


def test_the_command_line_warns_before_uploading(
    testwiki: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tok = unique("RL")
    make_pages(testwiki, [f"Category:{tok} Dushanbe", f"Category:{tok} Parks in Dushanbe"])
    project = project_with_categories(tmp_path, tok)
    a, b, _ = project.ids
    api = testwiki["TESTWIKI_API"]
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "have no page on 127.0.0.1" in out
    assert f"\u201c{tok} Parks in dushanbe\u201d (photo {a}, {b}); did you mean \u201c{tok} Parks in Dushanbe\u201d?" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--user",
                 testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert out.index(f"\u201c{tok} Fountains of Dushanbe\u201d (photo {b})") < out.index("Uploaded 3")


def test_the_problems_tab_shows_them_after_the_upload_view_asked(
    window: MainWindow, qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tok = unique("RW")
    make_pages(testwiki, [f"Category:{tok} Dushanbe", f"Category:{tok} Parks in Dushanbe"])
    project = project_with_categories(tmp_path, tok)
    a = project.ids[0]
    assert window.open_project(project.path)
    assert window.session is not None
    model = window.session.model
    qtbot.waitUntil(lambda: model.problems(a) is not None, timeout=10_000)
    assert red(model.problems(a) or []) == {}
    with installed_keyring(MemoryKeyring()):
        monkeypatch.setattr(LoginDialog, "exec", fake_login(
            qtbot, testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]))
        window.act_upload.trigger()
        view = window.upload_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: view.controller.plan is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bool(red(model.problems(a) or [])), timeout=10_000)
    view.back_clicked.emit()
    checks = window.checks  # type: ignore[attr-defined]
    window.side.setCurrentWidget(checks)
    checks.scope_all.click()
    checks.refresh()
    rows = [checks.model.index(r, 0) for r in range(checks.model.rowCount())]
    shown = [i.data() for i in rows if i.data(ProblemRole).code == "category-red"]
    assert any(f"\u201c{tok} Parks in dushanbe\u201d has no page on 127.0.0.1" in text for text in shown), shown
