"""Uploading batches to the real test wiki: every file checked on the wiki by SHA-1, size and page text."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import unquote

from photowalk import edits
from photowalk.projectsettings import read_settings
from photowalk.upload import state
from photowalk.upload.remote import normalize_text
from photowalk.upload.state import UploadState
from photowalk.wikitext import page_text
from tests.upload_helpers import (
    REAL_PHOTOS,
    KiB,
    Project,
    WikiRecorder,
    download,
    file_versions,
    files_with_sha1,
    make_project,
    noise_jpeg,
    page_wikitext,
    run_batch,
    sha1_of,
    unique,
    upload_settings,
)


def assert_on_wiki_exactly_once(testwiki: dict[str, str], project: Project) -> None:
    """Each photo: one file with its SHA-1, at its title, byte-identical, one version, exact page text."""
    with project.open() as store:
        rows = state.load_all(store)
        photos = {p.id: p for p in store.photos()}
        settings = read_settings(store)
    for pid in project.ids:
        row = rows[pid]
        assert row.state == UploadState.DONE, (pid, row)
        assert row.outcome == "uploaded"
        local = project.files[pid]
        photo = photos[pid]
        sent = local.read_bytes() if not photo.location_removed else None
        if sent is not None:
            assert row.sent_sha1 == sha1_of(local) and row.sent_size == len(sent)
        titles = files_with_sha1(testwiki, str(row.sent_sha1))
        assert titles == [f"File:{row.title}"], titles
        versions = file_versions(testwiki, str(row.title))
        assert len(versions) == 1, versions
        assert versions[0]["sha1"] == row.sent_sha1 and versions[0]["size"] == row.sent_size
        body = download(versions[0]["url"])
        assert len(body) == row.sent_size
        if sent is not None:
            assert body == sent
        expected = page_text(photo, settings)
        assert page_wikitext(testwiki, str(row.title)) == normalize_text(expected)
        assert row.url and unquote(row.url).endswith("File:" + str(row.title).replace(" ", "_"))


def test_batch_of_real_camera_files(own_testwiki: dict[str, str], photos_dir: Path, tmp_path: Path) -> None:
    testwiki = own_testwiki  # the real files are uploaded by other tests too: a wiki of its own
    project = make_project(tmp_path, [photos_dir / p for p in REAL_PHOTOS])
    assert len(project.ids) == len(REAL_PHOTOS)
    run = run_batch(project, testwiki)
    assert run.result.stopped is None and not run.result.cancelled
    assert_on_wiki_exactly_once(testwiki, project)
    # Progress: every byte counted once, files counted, a rate and an ETA were reported.
    last = run.progress[-1]
    total = sum(p.stat().st_size for p in project.files.values())
    assert last.files_done == last.files_total == len(REAL_PHOTOS)
    assert last.bytes_done == last.bytes_total == total
    assert any(p.rate for p in run.progress) and any(p.eta is not None for p in run.progress)
    assert max(p.bytes_done for p in run.progress) == total
    # The states were walked in order for each photo.
    seen = [e.state for e in run.events if e.kind == "state" and e.photo_id == project.ids[0]]
    assert seen == ["queued", "stashing", "publishing", "verifying", "done"]
    # A second run sends nothing and changes nothing.
    again = run_batch(project, testwiki)
    assert not again.progress and not [e for e in again.events if e.kind == "state"]
    assert_on_wiki_exactly_once(testwiki, project)


def test_file_larger_than_several_chunks(testwiki: dict[str, str], tmp_path: Path) -> None:
    big = noise_jpeg(tmp_path / "src" / "big.jpg", width=900, height=700)
    size = big.stat().st_size
    chunk = 64 * KiB
    assert size > 6 * chunk
    project = make_project(tmp_path / "p", [big])
    sent_points: list[int] = []
    run = run_batch(project, testwiki, settings=upload_settings(chunk_size=chunk),
                    on_progress=lambda p: sent_points.append(p.bytes_done))
    assert run.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)
    # Progress moved chunk by chunk.
    steps = sorted(set(sent_points))
    assert len(steps) >= size // chunk and steps[-1] == size


def test_tajik_title_and_text_arrive_exactly(testwiki: dict[str, str], tmp_path: Path) -> None:
    f = noise_jpeg(tmp_path / "src" / "a.jpg")
    project = make_project(tmp_path / "p", [f], descriptions={"tg": "Манораи Исмоили Сомонӣ\nдар Душанбе"})
    with project.open() as store:
        edits.set_title(store, project.ids[0], f"Манораи Исмоили Сомонӣ {unique()}")
    run_batch(project, testwiki)
    assert_on_wiki_exactly_once(testwiki, project)


def test_two_uploads_at_a_time(testwiki: dict[str, str], tmp_path: Path) -> None:
    # Enough to send that the first worker is still at it when the second has logged in (after it).
    files = [noise_jpeg(tmp_path / "src" / f"n{i}.jpg", width=800, height=600) for i in range(6)]
    project = make_project(tmp_path / "p", files)
    settings = upload_settings(concurrency=2)
    factory = WikiRecorder(testwiki, settings=settings)
    active: set[int] = set()
    overlap = threading.Event()
    lock = threading.Lock()

    def on_event(e: object) -> None:
        with lock:
            s = getattr(e, "state", None)
            pid = getattr(e, "photo_id", None)
            if s == "stashing":
                active.add(pid)  # type: ignore[arg-type]
            elif s in ("done", "failed", "needs-attention"):
                active.discard(pid)  # type: ignore[arg-type]
            if len(active) >= 2:
                overlap.set()

    run = run_batch(project, testwiki, settings=settings, factory=factory, on_event=on_event)
    assert run.result.stopped is None
    assert len(factory.made) == 2  # one session per worker
    assert overlap.is_set()
    assert_on_wiki_exactly_once(testwiki, project)


def test_pause_and_cancel_between_chunks_then_resume_reuses_the_stash(testwiki: dict[str, str], tmp_path: Path) -> None:
    big = noise_jpeg(tmp_path / "src" / "big.jpg", width=900, height=700)
    size = big.stat().st_size
    project = make_project(tmp_path / "p", [big])
    holder: dict[str, object] = {}
    paused_at: list[int] = []

    def on_progress(p: object) -> None:
        batch = holder["run"].batch if "run" in holder else None  # type: ignore[attr-defined]
        done = p.bytes_done
        if batch is None or not done:
            return
        if not paused_at:
            paused_at.append(done)
            batch.pause()
            # Resume from another thread after a while; meanwhile nothing may move.
            threading.Timer(0.6, batch.resume).start()
        elif done >= size // 2 and len(paused_at) == 1:
            paused_at.append(done)
            batch.cancel()

    from photowalk.upload.plan import plan_upload
    from photowalk.upload.queue import UploadBatch

    settings = upload_settings()
    with project.open() as store:
        plan = plan_upload(store, None, api_url=testwiki["TESTWIKI_API"])
    times: list[tuple[float, int]] = []

    def record(p: object) -> None:
        times.append((time.monotonic(), p.bytes_done))
        on_progress(p)

    batch = UploadBatch(project.path, WikiRecorder(testwiki, settings=settings), settings, on_progress=record)
    holder["run"] = type("R", (), {"batch": batch})()
    result = batch.run(plan.items, testwiki["TESTWIKI_API"])
    assert result.cancelled
    # While paused (0.6 s), no bytes moved.
    first = next(i for i, (_, b) in enumerate(times) if b == paused_at[0])
    nxt = next((t for t, b in times[first:] if b > paused_at[0]), None)
    assert nxt is not None and nxt - times[first][0] >= 0.5
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None and row.state == UploadState.STASHING
    assert row.filekey and 0 < row.bytes_confirmed < size
    confirmed = row.bytes_confirmed
    # Resuming continues the same stash: the progress starts at the confirmed bytes.
    run = run_batch(project, testwiki)
    assert run.progress[0].bytes_done >= confirmed
    assert_on_wiki_exactly_once(testwiki, project)


def test_expired_stash_is_started_over(testwiki: dict[str, str], tmp_path: Path) -> None:
    big = noise_jpeg(tmp_path / "src" / "big.jpg", width=700, height=500)
    project = make_project(tmp_path / "p", [big])
    pid = project.ids[0]
    with project.open() as store:
        sha1 = sha1_of(big)
        state.save(store, state.UploadRow(pid, testwiki["TESTWIKI_API"], UploadState.STASHING,
                                          title=store.photo(pid).title + ".jpg", filekey="1zzzzzzzzzzz.abcdef.1.jpg",
                                          bytes_confirmed=64 * KiB, sent_sha1=sha1, sent_size=big.stat().st_size))
    run = run_batch(project, testwiki)
    assert run.result.stopped is None
    with project.open() as store:
        row = state.load(store, pid)
    assert row is not None and row.restarts == 1
    assert_on_wiki_exactly_once(testwiki, project)


def test_asynchronous_assembly_and_publish_are_polled(
    testwiki: dict[str, str], wiki_settings: object, tmp_path: Path
) -> None:
    from tests.upload_helpers import run_php_maintenance

    big = noise_jpeg(tmp_path / "src" / "big.jpg", width=600, height=500)
    project = make_project(tmp_path / "p", [big])
    wiki_settings("$wgEnableAsyncUploads = true;")  # type: ignore[operator]
    stop = threading.Event()
    ran: list[str] = []

    def job_runner() -> None:
        # Wikimedia runs these in dedicated job runners; here the test is the runner.
        while not stop.is_set():
            for job in ("AssembleUploadChunks", "PublishStashedFile"):
                out = run_php_maintenance(testwiki, "runJobs.php", "--type", job)
                if job in out:
                    ran.append(job)
            stop.wait(0.2)

    t = threading.Thread(target=job_runner, daemon=True)
    t.start()
    try:
        run = run_batch(project, testwiki)
    finally:
        stop.set()
        t.join()
    assert run.result.stopped is None
    assert "AssembleUploadChunks" in ran and "PublishStashedFile" in ran
    assert_on_wiki_exactly_once(testwiki, project)


def test_file_edited_while_it_is_sent_is_not_published(testwiki: dict[str, str], tmp_path: Path) -> None:
    big = noise_jpeg(tmp_path / "src" / "big.jpg", width=800, height=600)
    project = make_project(tmp_path / "p", [big])
    local = project.files[project.ids[0]]
    edited: list[bool] = []

    def edit_it(p: object) -> None:
        if not edited and p.bytes_done > 0:
            edited.append(True)
            data = bytearray(local.read_bytes())
            data[-1000] ^= 0xFF  # a later chunk changes; size and name stay
            local.write_bytes(bytes(data))

    run = run_batch(project, testwiki, on_progress=edit_it)
    row = run.result.rows[project.ids[0]]
    assert row.state == UploadState.FAILED and row.error is not None and row.error.code == "file-changed"
    assert "Add the folder again" in row.error.message
    assert not files_with_sha1(testwiki, sha1_of(local)) and not files_with_sha1(testwiki, str(row.sent_sha1))
    with project.open() as store:
        assert page_wikitext(testwiki, store.photo(project.ids[0]).title + ".jpg") is None


def test_resumed_while_an_asynchronous_publish_is_still_running(
    testwiki: dict[str, str], wiki_settings: object, tmp_path: Path
) -> None:
    from photowalk.upload.plan import plan_upload
    from photowalk.upload.queue import UploadBatch
    from tests.upload_helpers import run_php_maintenance

    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "a.jpg", width=500, height=400)])
    wiki_settings("$wgEnableAsyncUploads = true;")  # type: ignore[operator]
    settings = upload_settings()
    with project.open() as store:
        plan = plan_upload(store, None, api_url=testwiki["TESTWIKI_API"])
    batches: list[UploadBatch] = []

    def on_event(e: object) -> None:
        if getattr(e, "state", None) == "stashing":
            # Assembly is queued as a job: run it, so that the publish (also a job) is what waits.
            threading.Timer(0.5, lambda: run_php_maintenance(testwiki, "runJobs.php", "--type",
                                                             "AssembleUploadChunks")).start()
        if getattr(e, "state", None) == "publishing":
            threading.Timer(1.5, batches[0].cancel).start()  # stopped while polling the publish

    batch = UploadBatch(project.path, WikiRecorder(testwiki, settings=settings), settings, on_event=on_event)
    batches.append(batch)
    first = batch.run(plan.items, testwiki["TESTWIKI_API"])
    assert first.cancelled and first.rows[project.ids[0]].state == UploadState.PUBLISHING
    # The publish job is still queued on the wiki; a new run must wait for it, not publish again.
    stop = threading.Event()

    def runner() -> None:
        stop.wait(1.0)
        while not stop.is_set():
            run_php_maintenance(testwiki, "runJobs.php", "--type", "PublishStashedFile")
            stop.wait(0.3)

    t = threading.Thread(target=runner, daemon=True)
    t.start()
    try:
        second = run_batch(project, testwiki)
    finally:
        stop.set()
        t.join()
    assert second.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)
