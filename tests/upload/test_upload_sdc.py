"""Uploads whose photos carry captions and depicts: the file goes to the real test wiki, its structured
data to a server answering as the recorded Commons-like wiki (the test wiki has no Wikibase)."""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path

from photowalk import edits
from photowalk.depicts import DepictedItem
from photowalk.upload import state
from photowalk.upload.settings import KEY_BACKOFF, KEY_CHUNK_SIZE, KEY_STATEMENTS_API, KEY_TIMEOUT
from photowalk.upload.state import UploadState
from tests.upload.test_upload_resume import read_rows, start_upload
from tests.upload_helpers import KiB, Project, make_project, noise_jpeg, run_batch, upload_settings
from tests.wikibase_server import fake_commons


def _described(tmp_path: Path, *, depicts: tuple[str, ...] = ("Q1",),
               settings: dict[str, object] | None = None) -> tuple[Project, str]:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "a.jpg", gps=True)], settings=settings)
    pid = project.ids[0]
    with project.open() as store:
        edits.set_caption(store, [pid], "tg", "Фаввора дар Боғи Рӯдакӣ")
        edits.set_caption(store, [pid], "en", "Fountain in Rudaki Park")
        edits.add_depicts(store, [pid], [DepictedItem(q) for q in depicts])
        edits.set_location(store, [pid], 38.5762, 68.7794, 135)
        title = store.photo(pid).title + ".jpg"
    return project, title


def test_upload_writes_captions_and_depicts_once(testwiki: dict[str, str], tmp_path: Path) -> None:
    project, title = _described(tmp_path)
    pid = project.ids[0]
    with fake_commons(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]) as commons:
        commons.add_file(title)
        settings = upload_settings(statements_api=commons.url)
        run = run_batch(project, testwiki, settings=settings)
        assert run.result.stopped is None
        seen = [e.state for e in run.events if e.kind == "state" and e.photo_id == pid]
        assert seen == ["queued", "stashing", "publishing", "verifying", "structuring", "done"]
        entity = commons.entity(title)
        assert entity.labels == {"tg": "Фаввора дар Боғи Рӯдакӣ", "en": "Fountain in Rudaki Park"}
        assert [s["mainsnak"]["datavalue"]["value"]["id"] for s in entity.statements["P180"]] == ["Q1"]
        heading = entity.statements["P1259"][0]["qualifiers"]["P7787"][0]["datavalue"]["value"]
        assert heading == {"amount": "+135", "unit": "http://www.wikidata.org/entity/Q28390"}
        with project.open() as store:
            row = state.load(store, pid)
        assert row is not None and row.state == UploadState.DONE and row.outcome == "uploaded"
        assert row.sdc_sent is not None and row.sdc_error is None
        # Nothing new: a second run sends nothing, not even to the statements' wiki.
        edits_before = len(commons.edits())
        again = run_batch(project, testwiki, settings=settings)
        assert not [e for e in again.events if e.kind == "state"]
        assert len(commons.edits()) == edits_before == 1
        # A depicts added after the upload: only it is written, on the revision read.
        with project.open() as store:
            edits.add_depicts(store, [pid], ["Q2"])
        later = run_batch(project, testwiki, settings=settings)
        assert [e.state for e in later.events if e.kind == "state"] == ["structuring", "done"]
        data = json.loads(commons.edits()[-1]["data"])
        assert list(data) == ["claims"] and len(data["claims"]) == 1
        assert commons.edits()[-1]["baserevid"]
        assert [s["mainsnak"]["datavalue"]["value"]["id"] for s in commons.entity(title).statements["P180"]] == ["Q1", "Q2"]


def test_refused_structured_data_leaves_the_photo_uploaded_with_retry(testwiki: dict[str, str], tmp_path: Path) -> None:
    project, title = _described(tmp_path, depicts=("Q999999",))
    pid = project.ids[0]
    with fake_commons(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]) as commons:
        commons.add_file(title)
        settings = upload_settings(statements_api=commons.url)
        run = run_batch(project, testwiki, settings=settings)
        assert run.result.stopped is None
        with project.open() as store:
            row = state.load(store, pid)
        assert row is not None and row.state == UploadState.DONE and row.outcome == "uploaded"
        assert row.sdc_error is not None and row.sdc_error.code == "sdc-unknown-item"
        assert "Q999999" in row.sdc_error.message and title in row.sdc_error.message
        # The next upload tries again (as for a failed photo); the file is not sent again.
        again = run_batch(project, testwiki, settings=settings)
        assert [e.state for e in again.events if e.kind == "state"] == ["structuring", "done"]
        with project.open() as store:
            row = state.load(store, pid)
            assert row is not None and row.sdc_error is not None and row.sent_sha1
            # Fixed by the volunteer, then "retry" (photowalk decide --retry) writes it.
            edits.remove_depicts(store, [pid], ["Q999999"])
            edits.add_depicts(store, [pid], ["Q1"])
            assert state.decide(store, pid, "retry").state == UploadState.STRUCTURING
        retried = run_batch(project, testwiki, settings=settings)
        assert [e.state for e in retried.events if e.kind == "state"] == ["structuring", "done"]
        with project.open() as store:
            row = state.load(store, pid)
        assert row is not None and row.sdc_error is None and row.state == UploadState.DONE
        assert len(commons.entity(title).statements["P180"]) == 1


def test_a_block_stops_the_batch_and_the_step_resumes(testwiki: dict[str, str], tmp_path: Path) -> None:
    project, title = _described(tmp_path)
    pid = project.ids[0]
    with fake_commons(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]) as commons:
        commons.add_file(title)
        commons.blocked = True
        settings = upload_settings(statements_api=commons.url)
        run = run_batch(project, testwiki, settings=settings)
        assert run.result.stopped is not None and run.result.stopped.code == "blocked"
        with project.open() as store:
            row = state.load(store, pid)
        assert row is not None and row.state == UploadState.STRUCTURING and row.outcome == "uploaded"
        commons.blocked = False
        resumed = run_batch(project, testwiki, settings=settings)
        assert [e.state for e in resumed.events if e.kind == "state"] == ["structuring", "done"]
        assert len(commons.edits()) == 1 and commons.entity(title).labels


def test_kill_while_the_edit_answer_is_pending_never_adds_twice(testwiki: dict[str, str], tmp_path: Path) -> None:
    """SIGKILL of `photowalk upload` after the wiki made the edit, before its answer came back."""
    with fake_commons(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]) as commons:
        project, title = _described(tmp_path, settings={
            KEY_CHUNK_SIZE: 64 * KiB, KEY_BACKOFF: {"base": 0.05, "cap": 0.5, "give_up_after": 30}, KEY_TIMEOUT: 15,
            KEY_STATEMENTS_API: commons.url,
        })
        commons.add_file(title)
        edited = threading.Event()
        release = threading.Event()

        def hold() -> None:
            edited.set()
            release.wait(30)

        commons.on_edit = hold
        proc = start_upload(project.path, testwiki["TESTWIKI_API"], testwiki)
        try:
            assert edited.wait(60), proc.communicate(timeout=5)
            assert read_rows(project.path)[0][1] == "structuring"
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        finally:
            commons.on_edit = None
            release.set()
        assert proc.returncode == -signal.SIGKILL
        time.sleep(0.1)
        final = start_upload(project.path, testwiki["TESTWIKI_API"], testwiki)
        out, err = final.communicate(timeout=120)
        assert final.returncode == 0, out.decode() + err.decode()
        assert "Uploaded 1," in out.decode()  # published by the killed run: one file, counted once
        assert len(commons.edits()) == 1  # read again, nothing missing: no second edit
        assert len(commons.entity(title).statements["P180"]) == 1
        # Then a depicts added: only it is written, and said so.
        with project.open() as store:
            edits.add_depicts(store, project.ids, ["Q2"])
        again = start_upload(project.path, testwiki["TESTWIKI_API"], testwiki)
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, out.decode() + err.decode()
        assert "Uploaded 0," in out.decode() and f"captions and depicts written to File:{title}" in out.decode()
        assert len(commons.edits()) == 2
        entity = commons.entity(title)
        assert len(entity.statements["P180"]) == 2 and len(entity.statements["P1259"]) == 1
        assert read_rows(project.path)[0][1] == "done"


def test_a_wiki_without_structured_data_uploads_the_files_and_says_so_once(testwiki: dict[str, str],
                                                                           tmp_path: Path) -> None:
    # The test wiki has no Wikibase: what a practice round on such a wiki meets.
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"{n}.jpg", width=60 + n) for n in (1, 2)])
    with project.open() as store:
        edits.set_caption(store, project.ids, "tg", "Фаввора дар Боғи Рӯдакӣ")
    run = run_batch(project, testwiki)
    assert run.result.stopped is None
    with project.open() as store:
        rows = [state.load(store, pid) for pid in project.ids]
    for row in rows:
        assert row is not None and row.state == UploadState.DONE and row.outcome == "uploaded" and row.url
        assert row.sdc_error is not None and row.sdc_error.code == "sdc-not-kept" and row.sdc_sent is None
        assert str(row.title) in row.sdc_error.message and "Commons" in row.sdc_error.message
    # Nothing is asked again at the next upload: that wiki will not keep them then either.
    again = run_batch(project, testwiki)
    assert not [e for e in again.events if e.kind == "state"]
    # "retry" still can, and meets the same answer, typed.
    with project.open() as store:
        assert state.decide(store, project.ids[0], "retry").state == UploadState.STRUCTURING
    retried = run_batch(project, testwiki)
    assert [e.state for e in retried.events if e.kind == "state"] == ["structuring", "done"]
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None and row.sdc_error is not None and row.sdc_error.code == "sdc-not-kept"
