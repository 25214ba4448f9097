"""Files and titles already on the wiki: nothing is uploaded twice, no warning is ignored unasked."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk import edits
from photowalk.upload import state
from photowalk.upload.errors import OverwriteRefused
from photowalk.upload.state import UploadState
from photowalk.upload.uploader import UploadEvent
from tests.upload.test_upload_batch import assert_on_wiki_exactly_once
from tests.upload_helpers import (
    admin_site,
    download,
    file_versions,
    files_with_sha1,
    make_project,
    noise_jpeg,
    page_wikitext,
    run_batch,
    sha1_of,
    unique,
    upload_plain,
)


def all_files(testwiki: dict[str, str]) -> set[str]:
    site = admin_site(testwiki)
    return {p.name for p in site.allimages()}


def test_duplicate_already_on_the_wiki_is_not_uploaded(testwiki: dict[str, str], tmp_path: Path) -> None:
    f = noise_jpeg(tmp_path / "src" / "dup.jpg")
    other_title = f"Already here {unique()}.jpg"
    upload_plain(testwiki, f, other_title)
    before = all_files(testwiki)
    project = make_project(tmp_path / "p", [f])
    run = run_batch(project, testwiki)
    row = run.result.rows[project.ids[0]]
    assert row.state == UploadState.DONE and row.outcome == "already-there"
    assert row.url is not None and other_title.replace(" ", "_") in row.url
    assert not run.progress or run.progress[-1].bytes_done == 0  # not a byte was sent
    assert all_files(testwiki) == before
    assert files_with_sha1(testwiki, sha1_of(f)) == [f"File:{other_title}"]
    messages = [e.message for e in run.events if e.kind == "state" and e.state == "done"]
    assert messages and messages[0].startswith("already on the wiki")


def test_title_taken_by_another_picture_needs_a_decision(testwiki: dict[str, str], tmp_path: Path) -> None:
    theirs = noise_jpeg(tmp_path / "src" / "theirs.jpg")
    ours = noise_jpeg(tmp_path / "src2" / "ours.jpg")
    project = make_project(tmp_path / "p", [ours])
    pid = project.ids[0]
    with project.open() as store:
        title = store.photo(pid).title + ".jpg"
    upload_plain(testwiki, theirs, title)
    run = run_batch(project, testwiki)
    row = run.result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION
    assert row.warning is not None and row.warning.code == "exists" and row.warning.action == "rename"
    assert "another title" in row.warning.message
    assert row.filekey is None  # noticed before sending anything
    assert [v["sha1"] for v in file_versions(testwiki, title)] == [sha1_of(theirs)]
    # Running again without a decision changes nothing.
    again = run_batch(project, testwiki)
    assert again.result.rows[pid].state == UploadState.NEEDS_ATTENTION and not again.events
    # Renaming is the decision: the photo goes under its new title.
    with project.open() as store:
        edits.set_title(store, pid, f"Renamed {unique()}")
    renamed = run_batch(project, testwiki)
    assert renamed.result.rows[pid].state == UploadState.DONE
    assert_on_wiki_exactly_once(testwiki, project)
    assert [v["sha1"] for v in file_versions(testwiki, title)] == [sha1_of(theirs)]


def test_title_taken_while_uploading_keeps_the_stash_for_another_title(
    testwiki: dict[str, str], tmp_path: Path
) -> None:
    """The publish step reports `exists`; upload anyway is refused (the file there is someone else's),
    and the whole stashed file is published under the free title suggested instead."""
    theirs = noise_jpeg(tmp_path / "src" / "theirs.jpg", width=300, height=200)
    ours = noise_jpeg(tmp_path / "src2" / "ours.jpg", width=800, height=600)
    project = make_project(tmp_path / "p", [ours])
    pid = project.ids[0]
    with project.open() as store:
        title = store.photo(pid).title + ".jpg"

    def someone_else_is_faster(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "publishing":
            upload_plain(testwiki, theirs, title)

    run = run_batch(project, testwiki, on_event=someone_else_is_faster)
    row = run.result.rows[pid]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning is not None
    assert row.warning.code == "exists" and row.stash_complete and row.filekey
    suggestion = title[: -len(".jpg")] + " (2).jpg"
    assert row.warning.suggestion == suggestion
    assert [v["sha1"] for v in file_versions(testwiki, title)] == [sha1_of(theirs)]
    with project.open() as store:
        with pytest.raises(OverwriteRefused):
            state.decide(store, pid, "upload-anyway")
        edits.set_title(store, pid, suggestion)
    done = run_batch(project, testwiki)
    row = done.result.rows[pid]
    assert row.state == UploadState.DONE and row.outcome == "uploaded" and row.title == suggestion
    assert not [e for e in done.events if e.state == "stashing"]  # published from the kept stash
    assert [v["sha1"] for v in file_versions(testwiki, title)] == [sha1_of(theirs)]
    versions = file_versions(testwiki, suggestion)
    assert [v["sha1"] for v in versions] == [sha1_of(ours)] and versions[0]["size"] == ours.stat().st_size
    assert download(versions[0]["url"]) == ours.read_bytes()


def test_skip_is_remembered(testwiki: dict[str, str], tmp_path: Path) -> None:
    theirs = noise_jpeg(tmp_path / "src" / "theirs.jpg")
    ours = noise_jpeg(tmp_path / "src2" / "ours.jpg")
    project = make_project(tmp_path / "p", [ours])
    pid = project.ids[0]
    with project.open() as store:
        title = store.photo(pid).title + ".jpg"
    upload_plain(testwiki, theirs, title)
    run_batch(project, testwiki)
    with project.open() as store:
        assert state.decide(store, pid, "skip").state == UploadState.SKIPPED
    later = run_batch(project, testwiki)
    assert not later.events and not later.result.rows
    with project.open() as store:
        row = state.load(store, pid)
    assert row is not None and row.state == UploadState.SKIPPED


def test_same_file_deleted_before_asks_first(testwiki: dict[str, str], tmp_path: Path) -> None:
    f = noise_jpeg(tmp_path / "src" / "gone.jpg")
    gone_title = f"Deleted earlier {unique()}.jpg"
    upload_plain(testwiki, f, gone_title)
    admin = admin_site(testwiki)
    admin.post("delete", title=f"File:{gone_title}", reason="test", token=admin.get_token("csrf"))
    project = make_project(tmp_path / "p", [f])
    run = run_batch(project, testwiki)
    row = run.result.rows[project.ids[0]]
    assert row.state == UploadState.NEEDS_ATTENTION and row.warning is not None
    assert row.warning.code == "duplicate-archive" and gone_title.replace(" ", "_") in row.warning.message
    assert row.stash_complete  # the decision can publish it without sending it again
    with project.open() as store:
        assert page_wikitext(testwiki, store.photo(project.ids[0]).title + ".jpg") is None
