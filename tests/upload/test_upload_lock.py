"""Only one process uploads a project at a time; a crashed uploader leaves no lock behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from photowalk.upload.errors import UploadRunningElsewhere
from photowalk.upload.lock import lock_path, upload_lock
from photowalk.upload.queue import UploadBatch
from photowalk.upload.uploader import UploadItem
from tests.upload_helpers import make_project, noise_jpeg, upload_settings

HOLDER = """
import sys, time
from pathlib import Path
from photowalk.upload.lock import upload_lock
with upload_lock(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(600)
"""


def hold_in_another_process(project: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    project = tmp_path / "walk.photowalk"
    with upload_lock(project):
        with pytest.raises(UploadRunningElsewhere) as refused:
            with upload_lock(project):
                pass
        assert str(project.resolve()) in refused.value.message
    with upload_lock(project):  # free again
        pass
    assert lock_path(project).parent == tmp_path and lock_path(project).name.startswith(".")


def test_a_killed_uploader_frees_the_lock(tmp_path: Path) -> None:
    project = tmp_path / "walk.photowalk"
    proc = hold_in_another_process(project)
    try:
        with pytest.raises(UploadRunningElsewhere):
            with upload_lock(project):
                pass
    finally:
        proc.kill()  # SIGKILL: no clean-up runs
        proc.wait()
    with upload_lock(project):
        pass


def test_a_batch_sends_nothing_while_another_process_uploads_the_project(tmp_path: Path) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "a.jpg", width=64, height=48)])
    with project.open() as store:
        photo = store.photo(project.ids[0])
        item = UploadItem(photo_id=photo.id, path=store.resolve(photo.path), title=photo.title + ".jpg",
                          text="text", sha1=photo.sha1, size=photo.size, mtime=photo.mtime, kind=photo.kind,
                          remove_location=False)
    connected: list[object] = []

    def make_wiki(control: object) -> object:
        connected.append(control)
        raise AssertionError("no connection may be made while another process uploads")

    proc = hold_in_another_process(project.path)
    try:
        result = UploadBatch(project.path, make_wiki, upload_settings()).run([item], "http://127.0.0.1:9/api.php")  # type: ignore[arg-type]
    finally:
        proc.kill()
        proc.wait()
    assert isinstance(result.stopped, UploadRunningElsewhere) and not connected and not result.rows
    with project.open() as store:
        from photowalk.upload import state

        assert state.load(store, photo.id) is None  # nothing recorded as started
