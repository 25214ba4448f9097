"""photowalk never uploads over another file or page (Commons:Overwriting existing files), whichever
way a volunteer answers: the engine, `photowalk decide`, and the window's buttons."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.__main__ import main
from photowalk.photo import FileKind
from photowalk.titles import numbered_titles
from photowalk.ui.logindialog import Account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state
from photowalk.upload.errors import OverwriteRefused
from photowalk.upload.state import Attention, UploadState
from photowalk.upload.uploader import UploadEvent
from photowalk.upload.wiki import parse_wiki
from tests.upload.test_upload_cli import upload
from tests.upload_helpers import (
    Project,
    admin_site,
    api_get,
    file_versions,
    make_pages,
    make_project,
    noise_jpeg,
    page_wikitext,
    run_batch,
    sha1_of,
    unique,
    upload_plain,
)


@dataclass
class Theirs:
    """A file another project put on the wiki: it must stay exactly as it is."""

    title: str
    sha1: str
    text: str

    def assert_untouched(self, testwiki: dict[str, str]) -> None:
        versions = file_versions(testwiki, self.title)  # every version (iilimit=max)
        assert [v["sha1"] for v in versions] == [self.sha1], versions
        assert page_wikitext(testwiki, self.title) == self.text


def set_title(project: Project, title: str) -> None:
    with project.open() as store:
        edits.set_title(store, project.ids[0], title)


def project_a_uploads(testwiki: dict[str, str], tmp_path: Path, stem: str) -> Theirs:
    """Project A puts its photo on the wiki as stem.jpg, with photowalk."""
    photo = noise_jpeg(tmp_path / "a-src" / "a.jpg", width=320, height=240)
    a = make_project(tmp_path / "A", [photo])
    set_title(a, stem)
    run = run_batch(a, testwiki)
    assert run.result.rows[a.ids[0]].state == UploadState.DONE
    title = f"{stem}.jpg"
    text = page_wikitext(testwiki, title)
    assert text is not None
    return Theirs(title, sha1_of(photo), text)


def project_b(tmp_path: Path, stem: str) -> Project:
    """Project B: another photo given the same title."""
    b = make_project(tmp_path / "B", [noise_jpeg(tmp_path / "b-src" / "b.jpg", width=640, height=480)])
    set_title(b, stem)
    return b


def row_of(project: Project) -> state.UploadRow:
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None
    return row


def force(project: Project, **changes: object) -> None:
    """Write the photo's upload row as an older photowalk (or another path) might have left it."""
    with project.open() as store:
        state.save(store, row_of(project).but(**changes))
def test_the_engine_never_publishes_over_a_taken_title(testwiki: dict[str, str], tmp_path: Path) -> None:
    stem = f"Overwrite engine {unique()}"
    theirs = project_a_uploads(testwiki, tmp_path, stem)
    b = project_b(tmp_path, stem)
    pid = b.ids[0]

    # Noticed before a byte is sent; the decision is refused; a free title is offered.
    run = run_batch(b, testwiki)
    row = run.result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning is not None and row.warning.code == "exists"
    assert row.warning.suggestion == f"{stem} (2).jpg" and not row.warning.may_upload_anyway
    with b.open() as store, pytest.raises(OverwriteRefused):
        state.decide(store, pid, "upload-anyway")
    assert row_of(b) == row

    # A row an older photowalk left with "upload anyway" decided, nothing sent yet.
    force(b, state=UploadState.QUEUED, ignore_warnings=True, warning=None)
    row = run_batch(b, testwiki).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning.code == "exists"  # type: ignore[union-attr]
    theirs.assert_untouched(testwiki)

    # A whole stash for the taken title: sent under a free title, renamed back while it was sent.
    set_title(b, f"Overwrite free {unique()}")

    def renamed_back(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "publishing":
            set_title(b, stem)

    row = run_batch(b, testwiki, on_event=renamed_back).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning.code == "exists"  # type: ignore[union-attr]
    assert row.stash_complete and row.filekey and row.title == theirs.title
    theirs.assert_untouched(testwiki)

    # The stash, as a row with ignore_warnings=1 left by an older photowalk.
    force(b, state=UploadState.PUBLISHING, ignore_warnings=True, warning=None)
    row = run_batch(b, testwiki).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and not row.ignore_warnings
    assert row.warning is not None and row.warning.code == "exists"
    theirs.assert_untouched(testwiki)

    # "Upload anyway" given for a warning that allows it (the title's file was deleted once), while
    # the title holds a live file again: the engine checks the title itself.
    force(b, warning=Attention("was-deleted", theirs.title, "rename", "deleted before"))
    with b.open() as store:
        assert state.decide(store, pid, "upload-anyway").ignore_warnings
    row = run_batch(b, testwiki).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning.code == "exists"  # type: ignore[union-attr]
    theirs.assert_untouched(testwiki)

    # The stash published under a new name that someone else's file holds.
    other_title = f"Overwrite other {unique()}.jpg"
    upload_plain(testwiki, noise_jpeg(tmp_path / "c" / "c.jpg", width=200, height=100), other_title)
    other = Theirs(other_title, file_versions(testwiki, other_title)[0]["sha1"], str(page_wikitext(testwiki, other_title)))
    set_title(b, other_title)
    force(b, state=UploadState.PUBLISHING, ignore_warnings=True, warning=None)
    row = run_batch(b, testwiki).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning.code == "exists"  # type: ignore[union-attr]
    other.assert_untouched(testwiki)

    # A page without a file at the title.
    page_title = f"Overwrite page {unique()}.jpg"
    make_pages(testwiki, [f"File:{page_title}"], text="A description page someone wrote.")
    set_title(b, page_title)
    force(b, state=UploadState.PUBLISHING, ignore_warnings=True, warning=None)
    row = run_batch(b, testwiki).result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning is not None
    assert row.warning.code in ("page-exists", "exists") and not row.warning.may_upload_anyway
    assert file_versions(testwiki, page_title) == []
    assert page_wikitext(testwiki, page_title) == "A description page someone wrote."

    theirs.assert_untouched(testwiki)
    other.assert_untouched(testwiki)
def test_upload_anyway_still_works_where_nothing_is_overwritten(testwiki: dict[str, str], tmp_path: Path) -> None:
    """The title of a deleted file is free: after saying so, the photo may go under it."""
    gone = f"Overwrite deleted {unique()}.jpg"
    upload_plain(testwiki, noise_jpeg(tmp_path / "gone" / "g.jpg", width=100, height=80), gone)
    admin = admin_site(testwiki)
    admin.post("delete", title=f"File:{gone}", reason="test", token=admin.get_token("csrf"))
    b = project_b(tmp_path, gone[: -len(".jpg")])
    row = run_batch(b, testwiki).result.rows[b.ids[0]]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning is not None
    assert row.warning.code == "was-deleted" and row.warning.may_upload_anyway
    with b.open() as store:
        state.decide(store, b.ids[0], "upload-anyway")
    row = run_batch(b, testwiki).result.rows[b.ids[0]]
    assert row.state == UploadState.DONE and row.title == gone
    assert [v["sha1"] for v in file_versions(testwiki, gone)] == [sha1_of(b.files[b.ids[0]])]


def cli_upload(project: Project, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    return upload(project.path, testwiki, monkeypatch)
def test_every_answer_of_photowalk_decide_leaves_the_other_file_alone(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stem = f"Overwrite cli {unique()}"
    theirs = project_a_uploads(testwiki, tmp_path, stem)
    b = project_b(tmp_path, stem)
    p, pid = str(b.path), str(b.ids[0])
    assert cli_upload(b, testwiki, monkeypatch) == 1
    out = capsys.readouterr().out
    assert "need your decision 1" in out and f"{stem} (2).jpg" in out and "--rename" in out

    assert main(["decide", "--project", p, "--photo", pid, "--upload-anyway"]) == 1
    err = capsys.readouterr().err
    assert "never uploads over someone else's file" in err and f"--rename '{stem} (2).jpg'" in err
    assert cli_upload(b, testwiki, monkeypatch) == 1
    theirs.assert_untouched(testwiki)

    assert main(["decide", "--project", p, "--photo", pid, "--rename", theirs.title]) == 1
    assert "cannot be used" in capsys.readouterr().err

    assert main(["decide", "--project", p, "--photo", pid, "--retry"]) == 0
    assert cli_upload(b, testwiki, monkeypatch) == 1
    assert row_of(b).state == UploadState.NEEDS_ATTENTION
    theirs.assert_untouched(testwiki)

    assert main(["status", "--project", p]) == 0
    assert f"A free title: {stem} (2).jpg" in capsys.readouterr().out

    assert main(["decide", "--project", p, "--photo", pid, "--skip"]) == 0
    assert cli_upload(b, testwiki, monkeypatch) == 0
    assert row_of(b).state == UploadState.SKIPPED
    theirs.assert_untouched(testwiki)


def select(view: UploadView, photo_id: int) -> None:
    row = next(i for i, e in enumerate(view.model.entries) if e.photo_id == photo_id)
    view.table.selectionModel().select(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def open_in_window(window: MainWindow, qtbot: QtBot, project: Project, account: Account) -> UploadView:
    assert window.open_project(project.path)
    view: UploadView = window.upload_view  # type: ignore[attr-defined]
    view.set_account(account)
    window.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.controller.plan is not None and not view.controller.planning, timeout=30_000)
    return view
def test_the_window_offers_a_free_title_and_never_uploads_over_the_other_file(
    window: MainWindow, qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stem = f"Overwrite window {unique()}"
    theirs = project_a_uploads(testwiki, tmp_path, stem)
    other_title = f"Overwrite window other {unique()}.jpg"
    upload_plain(testwiki, noise_jpeg(tmp_path / "c" / "c.jpg", width=120, height=90), other_title)
    other = Theirs(other_title, file_versions(testwiki, other_title)[0]["sha1"], str(page_wikitext(testwiki, other_title)))
    b = make_project(tmp_path / "B", [noise_jpeg(tmp_path / "b-src" / f"b{i}.jpg", width=640, height=480)
                                      for i in range(2)])
    pid, second = b.ids
    with b.open() as store:
        edits.set_title(store, pid, stem)
        edits.set_title(store, second, other_title)
    run_batch(b, testwiki)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(str(a[2])) or QMessageBox.StandardButton.Yes)
    account = Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                      testwiki["TESTWIKI_BOTPASSWORD"])
    view = open_in_window(window, qtbot, b, account)
    select(view, pid)
    entry = view.model.entry(pid)
    assert entry is not None and entry.state == "needs-attention" and f"{stem} (2).jpg" in entry.text()
    # Upload anyway is not offered; pressed all the same, the engine refuses and says why.
    assert not view.anyway_button.isEnabled() and view.skip_button.isEnabled()
    view.anyway_button.click()
    view.controller.decide([pid], "upload-anyway")
    assert row_of(b).state == UploadState.NEEDS_ATTENTION and not row_of(b).ignore_warnings
    assert "never uploads over someone else's file" in view.decide_message.text() and not asked
    # Rename… takes the volunteer to the photo's title.
    view.rename_button.click()
    assert window.pages.currentWidget() is window.project_page and window.session is not None
    window.pages.setCurrentWidget(view)
    # Skip leaves the other photo out.
    select(view, second)
    view.skip_button.click()
    assert view.model.entry(second).state == "skipped"  # type: ignore[union-attr]
    # Upload runs the first photo again: still not over the other file.
    view.start_button.click()
    qtbot.waitUntil(lambda: view.controller.job is not None and not view.controller.running and not view.controller.planning, timeout=60_000)
    assert view.model.entry(pid).state == "needs-attention"  # type: ignore[union-attr]
    theirs.assert_untouched(testwiki)
    # The free title: one click, then Upload.
    select(view, pid)
    assert view.suggest_button.isVisible() and f"{stem} (2).jpg" in view.suggest_button.text()
    view.suggest_button.click()
    assert window.session.model.photo(pid).title == f"{stem} (2).jpg"  # type: ignore[union-attr]
    view.start_button.click()
    qtbot.waitUntil(lambda: view.model.entry(pid).state == "done" and not view.controller.running, timeout=60_000)  # type: ignore[union-attr]
    assert [v["sha1"] for v in file_versions(testwiki, f"{stem} (2).jpg")] == [sha1_of(b.files[pid])]
    assert view.model.entry(second).state == "skipped" and not asked  # type: ignore[union-attr]
    theirs.assert_untouched(testwiki)
    other.assert_untouched(testwiki)


def test_upload_anyway_in_the_window_asks_first_and_only_where_allowed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = "http://127.0.0.1:9/api.php"  # nothing is sent in this test
    files = [noise_jpeg(tmp_path / "src" / f"w{i}.jpg", width=64, height=48) for i in range(2)]
    project = make_project(tmp_path / "p", files)
    deleted, taken = project.ids
    with project.open() as store:
        titles = {pid: store.photo(pid).title + ".jpg" for pid in project.ids}
        for pid, code in ((deleted, "was-deleted"), (taken, "exists")):
            state.save(store, state.UploadRow(pid, api, UploadState.NEEDS_ATTENTION, title=titles[pid],
                                              warning=Attention(code, titles[pid], "rename", "m")))
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view = open_in_window(window, qtbot, project, Account(parse_wiki(api), "U@x", "not-used"))
    select(view, taken)
    assert not view.anyway_button.isEnabled()
    select(view, deleted)
    assert view.anyway_button.isEnabled()
    view.anyway_button.click()  # No
    assert len(asked) == 1 and f"Publish File:{titles[deleted]}" in asked[0] and "never publishes over" in asked[0]
    assert row_of_id(project, deleted).state == UploadState.NEEDS_ATTENTION
    view.anyway_button.click()  # Yes
    assert row_of_id(project, deleted).state == UploadState.QUEUED and row_of_id(project, deleted).ignore_warnings
    # Both chosen: the button is off, since one of them may not go anyway.
    view.table.selectAll()
    assert not view.anyway_button.isEnabled()


def row_of_id(project: Project, pid: int) -> state.UploadRow:
    with project.open() as store:
        row = state.load(store, pid)
    assert row is not None
    return row


def test_numbered_titles_for_a_taken_one() -> None:
    assert numbered_titles("Боғи Рӯдакӣ.jpg", FileKind.JPEG, 2) == ["Боғи Рӯдакӣ (2).jpg", "Боғи Рӯдакӣ (3).jpg"]
    assert numbered_titles("Bogh (2).JPG", FileKind.JPEG, 1) == ["Bogh (3).JPG"]
    assert numbered_titles("Bogh", FileKind.JPEG, 1) == ["Bogh (2).jpg"]
    long = numbered_titles("ӣ" * 130 + ".jpg", FileKind.JPEG, 1)[0]
    assert long.endswith(" (2).jpg") and len(long.encode()) <= 240
def test_the_suggested_title_is_free_on_the_wiki_and_in_the_project(testwiki: dict[str, str], tmp_path: Path) -> None:
    from photowalk.upload.suggest import suggest_free_title
    from photowalk.upload.wiki import Wiki

    stem = f"Overwrite numbers {unique()}"
    for n in ("", " (2)"):
        upload_plain(testwiki, noise_jpeg(tmp_path / "n" / f"x{n}.jpg", width=90, height=60), f"{stem}{n}.jpg")
    wiki = Wiki(parse_wiki(testwiki["TESTWIKI_API"]))
    wiki.connect()
    try:
        assert suggest_free_title(wiki, f"{stem}.jpg", FileKind.JPEG) == f"{stem} (3).jpg"
        # Another photo of the project already has (3).
        assert suggest_free_title(wiki, f"{stem}.jpg", FileKind.JPEG, [f"{stem} (3).JPG"]) == f"{stem} (4).jpg"
    finally:
        wiki.close()
    q = api_get(testwiki, action="query", titles=f"File:{stem} (3).jpg")
    assert q["query"]["pages"][0].get("missing")
