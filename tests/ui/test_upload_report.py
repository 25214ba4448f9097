"""A photo found on the wiki under another name is reported under the name it really has there."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from photowalk.__main__ import main
from photowalk.ui.logindialog import Account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state
from photowalk.upload.report import title_from_url, uploaded_files
from photowalk.upload.wiki import parse_wiki
from tests.upload_helpers import make_project, noise_jpeg, unique, upload_plain


def test_already_there_is_named_as_on_the_wiki(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    window: MainWindow, qtbot: QtBot,
) -> None:
    there = noise_jpeg(tmp_path / "src" / "there.jpg", width=300, height=200)
    real = f"Somebody's name {unique()}.jpg"
    upload_plain(testwiki, there, real)
    project = make_project(tmp_path / "p", [there, noise_jpeg(tmp_path / "src" / "new.jpg", width=200, height=150)])
    dup, new = sorted(project.ids, key=lambda i: project.files[i].name != "there.jpg")
    with project.open() as store:
        own = store.photo(dup).title + ".jpg"
    p = str(project.path)

    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", p, "--wiki", testwiki["TESTWIKI_API"],
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "Uploaded 1, already on the wiki 1" in out
    assert f"photo {dup} ({own}): already there as File:{real}:" in out

    assert main(["status", "--project", p]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.strip().startswith(str(dup)))
    assert f"{real}  already there as File:{real}" in line and own not in line

    assert main(["status", "--project", p, "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[dup]["title"] == real and rows[dup]["already_there_as"] == real
    assert rows[dup]["photo_title"] == own and rows[dup]["outcome"] == "already-there"
    assert rows[new]["already_there_as"] is None

    assert main(["report", "--project", p]) == 0
    gallery = capsys.readouterr().out
    assert f"File:{real}\n" in gallery and own not in gallery
    assert main(["report", "--project", p, "--csv"]) == 0
    table = capsys.readouterr().out.splitlines()
    # Found there, not sent: no account of the project's is named as its sender.
    assert any(line.startswith(f"{real},") and line.endswith(",already-there,") for line in table), table
    assert rows[dup]["account"] is None and rows[new]["account"] == testwiki["TESTWIKI_USER"]
    assert not any(own in line for line in table)

    # The window's queue and its saved gallery.
    assert window.open_project(project.path)
    view: UploadView = window.upload_view  # type: ignore[attr-defined]
    view.set_account(Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                             testwiki["TESTWIKI_BOTPASSWORD"]))
    qtbot.waitUntil(lambda: view.controller.plan is not None and not view.controller.planning, timeout=30_000)
    entry = view.model.entry(dup)
    assert entry is not None and entry.title == real and entry.text() == f"Already on the wiki as File:{real}."
    target = tmp_path / "gallery.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.gallery_button.click()
    assert f"File:{real}\n" in target.read_text(encoding="utf-8") and own not in target.read_text(encoding="utf-8")

    # A row written before the engine kept the real name (it held the photo's own title).
    window.close_project()
    with project.open() as store:
        row = state.load(store, dup)
        assert row is not None and row.title == real
        state.save(store, row.but(title=own))
        assert [f.title for f in uploaded_files(store) if f.outcome == "already-there"] == [real]


def test_titles_from_file_page_addresses() -> None:
    assert title_from_url("https://commons.wikimedia.org/wiki/File:%D0%91%D0%BE%D2%93_1.jpg") == "Боғ 1.jpg"
    assert title_from_url("http://127.0.0.1:8/index.php/File:A_b.jpg") == "A b.jpg"
    assert title_from_url("https://x.org/w/index.php?title=File:A_b.jpg&oldid=3") == "A b.jpg"
    assert title_from_url("https://x.org/wiki/Main_Page") is None
