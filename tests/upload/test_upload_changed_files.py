"""Uploading to the real test wiki after hostile import cases: a name that is not UTF-8, a file edited after import."""

from __future__ import annotations

import os
from pathlib import Path

from photowalk.importer import import_paths
from photowalk.project import ProjectStore
from photowalk.upload import state
from photowalk.upload.plan import plan_upload
from photowalk.upload.state import UploadRow, UploadState
from photowalk.upload.wiki import parse_wiki
from tests import hostile
from tests.upload_helpers import file_versions, files_with_sha1, make_project, noise_jpeg, run_batch, sha1_of


def test_a_file_whose_name_is_not_utf8_is_uploaded_from_its_own_path(testwiki: dict[str, str], tmp_path: Path) -> None:
    source = noise_jpeg(tmp_path / "src" / hostile.legacy_name("Памятник", "cp1251"))
    project = make_project(tmp_path / "p", [source])
    [pid] = project.ids
    assert project.files[pid].name == source.name  # the exact bytes of the name
    run_batch(project, testwiki)
    with project.open() as store:
        done = state.load(store, pid)
    assert done is not None and done.state == UploadState.DONE, done
    assert files_with_sha1(testwiki, sha1_of(source)) == [f"File:{done.title}"]


def test_an_edited_file_uploads_its_new_bytes_and_a_finished_upload_stays(
    testwiki: dict[str, str], tmp_path: Path
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"IMG_{n}.jpg", seed=n) for n in (1, 2)]
    project = make_project(tmp_path / "p", files)
    first, second = project.ids
    api_url = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    run_batch(project, testwiki, ids=[second])
    with project.open() as store:
        uploaded = state.load(store, second)
        assert uploaded is not None and uploaded.state == UploadState.DONE
        # The first photo's upload was under way (a stash begun) when the volunteer edited it.
        state.save(store, UploadRow(first, api_url, UploadState.STASHING, title="x.jpg", filekey="gone.1",
                                    bytes_confirmed=65536, sent_sha1=store.photo(first).sha1, sent_size=9))
    for n, pid in enumerate((first, second), start=3):
        path = project.files[pid]
        mtime = path.stat().st_mtime
        noise_jpeg(path, seed=n)  # edited and saved over
        os.utime(path, (mtime + 10, mtime + 10))
    with ProjectStore.open(project.path) as store:
        report = import_paths([project.path.parent / "photos"], store, make_thumbnails=False)
        assert sorted(pid for pid, _p, _b in report.changed) == [first, second] and not report.added
        plan = plan_upload(store, None, api_url=api_url)
        assert plan.finished == [second] and [i.photo_id for i in plan.items] == [first]
    run_batch(project, testwiki, ids=[first])
    with project.open() as store:
        row = state.load(store, first)
        assert row is not None and row.state == UploadState.DONE and row.outcome == "uploaded", row
        assert row.sent_sha1 == sha1_of(project.files[first])
        kept = state.load(store, second)
    # The wiki holds the first photo's new bytes, and still only the old version of the second.
    assert files_with_sha1(testwiki, sha1_of(project.files[first])) == [f"File:{row.title}"]
    assert kept is not None and kept.state == UploadState.DONE
    versions = file_versions(testwiki, str(kept.title))
    assert len(versions) == 1 and versions[0]["sha1"] == uploaded.sent_sha1 != sha1_of(project.files[second])
