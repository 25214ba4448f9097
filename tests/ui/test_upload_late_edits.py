"""A title or description edited while (or after) a photo is uploaded: the newer text reaches the
wiki, a changed page on the wiki is never overwritten, and a new title is reported, not applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.__main__ import main
from photowalk.ui.logindialog import Account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state
from photowalk.upload.late import licence_part
from photowalk.upload.state import UploadState
from photowalk.upload.uploader import UploadEvent
from photowalk.upload.wiki import parse_wiki
from tests.upload.test_upload_cli import upload as upload_command
from tests.upload_helpers import (
    Project,
    admin_site,
    api_get,
    file_versions,
    make_project,
    noise_jpeg,
    page_wikitext,
    run_batch,
    sha1_of,
    unique,
)


def one_photo(tmp_path: Path) -> Project:
    return make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "p.jpg", width=500, height=400)])


def describe(project: Project, text: str) -> None:
    with project.open() as store:
        edits.set_description(store, [project.ids[0]], "en", text)


def row_of(project: Project) -> state.UploadRow:
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None
    return row


def revisions(testwiki: dict[str, str], title: str) -> list[dict[str, object]]:
    q = api_get(testwiki, action="query", titles=f"File:{title}", prop="revisions", rvprop="user|comment",
                rvlimit="max")
    return list(q["query"]["pages"][0].get("revisions") or [])


def upload(project: Project, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    return upload_command(project.path, testwiki, monkeypatch)


def upload_describing_at(project: Project, testwiki: dict[str, str], at: str, newer: str) -> tuple[state.UploadRow, str]:
    """Upload, changing the description when the photo reaches state `at`; the row and the page's text."""

    def edit(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == at:
            describe(project, newer)

    row = run_batch(project, testwiki, on_event=edit).result.rows[project.ids[0]]
    assert row.state == UploadState.DONE and row.outcome == "uploaded" and row.title is not None
    text = page_wikitext(testwiki, row.title)
    assert text is not None and newer in text and "A test photo number 1" not in text
    return row, text


def test_description_edited_while_the_file_is_sent_goes_with_it(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = one_photo(tmp_path)
    row, _ = upload_describing_at(project, testwiki, "stashing", f"Edited while sending {unique()}")
    assert len(revisions(testwiki, str(row.title))) == 1  # published with the newer text at once


def test_description_edited_between_publishing_and_done_is_sent_as_an_edit(
    testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = one_photo(tmp_path)
    row, text = upload_describing_at(project, testwiki, "verifying", f"Edited after publishing {unique()}")
    assert row.title is not None
    assert row.text == text  # what is on the wiki is what photowalk records as sent
    revs = revisions(testwiki, row.title)
    assert len(revs) == 2 and {r["user"] for r in revs} == {testwiki["TESTWIKI_USER"]}
    assert [v["sha1"] for v in file_versions(testwiki, row.title)] == [sha1_of(project.files[project.ids[0]])]
    # Nothing left to send.
    again = run_batch(project, testwiki)
    assert not again.events and len(revisions(testwiki, row.title)) == 2


def test_title_edited_after_publishing_is_reported_not_applied(
    testwiki: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], window: MainWindow, qtbot: QtBot
) -> None:
    project = one_photo(tmp_path)
    renamed = f"Renamed too late {unique()}"

    def rename(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "verifying":
            with project.open() as store:
                edits.set_title(store, project.ids[0], renamed)

    row = run_batch(project, testwiki, on_event=rename).result.rows[project.ids[0]]
    assert row.state == UploadState.DONE and row.title is not None and renamed not in row.title
    assert file_versions(testwiki, row.title) and not file_versions(testwiki, f"{renamed}.jpg")
    assert main(["status", "--project", str(project.path)]) == 0
    out = capsys.readouterr().out
    assert f"done             {row.title}" in out and f"new title {renamed}.jpg was not given to the file" in out
    assert main(["status", "--project", str(project.path), "--json"]) == 0
    [photo] = json.loads(capsys.readouterr().out)
    assert photo["status"] == "done" and photo["title"] == row.title and photo["photo_title"] == f"{renamed}.jpg"
    assert "move of the file page" in photo["notice"] and not photo["text_pending"]
    # The window says so on the photo, which stays done under its real title.
    assert window.open_project(project.path)
    view: UploadView = window.upload_view  # type: ignore[attr-defined]
    view.set_account(Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                             testwiki["TESTWIKI_BOTPASSWORD"]))
    qtbot.waitUntil(lambda: view.controller.plan is not None and not view.controller.planning, timeout=30_000)
    entry = view.model.entry(project.ids[0])
    assert entry is not None and entry.state == "done" and entry.title == row.title
    assert f"File:{row.title}" in entry.text() and "move of the file page" in entry.text()


def test_description_edited_after_the_upload_is_sent_next_time(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = one_photo(tmp_path)
    assert upload(project, testwiki, monkeypatch) == 0
    title = str(row_of(project).title)
    newer = f"Edited the day after {unique()}"
    describe(project, newer)
    capsys.readouterr()
    assert main(["status", "--project", str(project.path)]) == 0
    assert "it is sent with the next upload" in capsys.readouterr().out
    assert upload(project, testwiki, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Uploaded 0" in out and f"the newer description was sent to File:{title}" in out
    assert newer in str(page_wikitext(testwiki, title))
    assert main(["status", "--project", str(project.path), "--json"]) == 0
    [photo] = json.loads(capsys.readouterr().out)
    assert photo["notice"] is None and not photo["text_pending"]


def test_a_page_changed_on_the_wiki_is_not_overwritten(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = one_photo(tmp_path)
    assert upload(project, testwiki, monkeypatch) == 0
    title = str(row_of(project).title)
    # A patroller adds a category on the wiki.
    admin = admin_site(testwiki)
    theirs = str(page_wikitext(testwiki, title)) + "\n[[Category:Added by a patroller]]"
    r = admin.post("edit", title=f"File:{title}", text=theirs, summary="cat", token=admin.get_token("csrf"))
    assert r["edit"]["result"] == "Success"
    describe(project, f"Edited after the patroller {unique()}")
    capsys.readouterr()
    assert upload(project, testwiki, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "was changed on the wiki after photowalk wrote it" in out
    assert page_wikitext(testwiki, title) == theirs
    row = row_of(project)
    assert row.state == UploadState.DONE and row.warning is not None and row.warning.code == "page-changed"
    # Asked again on the next run, until the volunteer decides to leave the page as it is.
    assert upload(project, testwiki, monkeypatch) == 0
    assert page_wikitext(testwiki, title) == theirs
    p, pid = str(project.path), str(project.ids[0])
    assert main(["decide", "--project", p, "--photo", pid, "--skip"]) == 0
    assert "left as it is" in capsys.readouterr().out
    assert main(["status", "--project", p, "--json"]) == 0
    [photo] = json.loads(capsys.readouterr().out)
    assert photo["status"] == "done" and photo["notice"] is None
    assert upload(project, testwiki, monkeypatch) == 0
    assert "Nothing to upload" in capsys.readouterr().out and page_wikitext(testwiki, title) == theirs


def test_a_newer_licence_is_not_sent(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = one_photo(tmp_path)
    assert upload(project, testwiki, monkeypatch) == 0
    title = str(row_of(project).title)
    before = str(page_wikitext(testwiki, title))
    assert "cc-by-sa-4.0" in licence_part(before).lower()
    with project.open() as store:
        edits.set_licence(store, [project.ids[0]], "cc-zero")
    describe(project, f"And a new description {unique()}")
    capsys.readouterr()
    assert main(["status", "--project", str(project.path)]) == 0
    assert "keeps the licence it was published with" in capsys.readouterr().out
    assert upload(project, testwiki, monkeypatch) == 0
    assert page_wikitext(testwiki, title) == before
