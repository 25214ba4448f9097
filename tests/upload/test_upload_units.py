"""The engine's small parts on their own: backoff, progress, warnings, state rows."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from photowalk.errors import Cancelled
from photowalk.project import ProjectStore
from photowalk.schema import MIGRATIONS
from photowalk.upload import state
from photowalk.upload.attention import attention_for
from photowalk.upload.backoff import BackoffSettings, Retrier, Waiting
from photowalk.upload.control import Control
from photowalk.upload.errors import GaveUp, MaxLag, OverwriteRefused, Transient, WikiError
from photowalk.upload.progress import ProgressTracker
from photowalk.upload.state import Attention, Failure, UploadRow, UploadState


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    r = Retrier(BackoffSettings(base=1.0, cap=8.0, give_up_after=100), Control(), rng=random.Random(1))
    for attempt, ceiling in enumerate((1, 2, 4, 8, 8, 8)):
        delays = {r.delay(attempt, None) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays) and len(delays) > 10  # jittered
    assert r.delay(0, 5.0) >= 5.0  # Retry-After wins over a shorter backoff


def test_retrier_retries_then_gives_up_after_a_bounded_time() -> None:
    waits: list[Waiting] = []
    r = Retrier(BackoffSettings(base=0.01, cap=0.02, give_up_after=0.2), Control(), on_wait=waits.append)
    calls = {"n": 0}

    def flaky() -> str:
        calls["n"] += 1
        if calls["n"] < 3:
            raise Transient(reason="cut")
        return "ok"

    assert r.run(flaky) == "ok" and len(waits) == 2 and waits[0].until > time.time() - 1

    def always() -> None:
        raise MaxLag(lag=9, retry_after=0.05)

    start = time.monotonic()
    with pytest.raises(GaveUp) as info:
        r.run(always)
    assert time.monotonic() - start < 1.0 and "lag 9" in info.value.message
    with pytest.raises(WikiError):  # not retryable: raised at once
        r.run(lambda: (_ for _ in ()).throw(WikiError(info="x", api_code="y")))


def test_cancel_interrupts_a_wait_and_pause_holds() -> None:
    control = Control()
    r = Retrier(BackoffSettings(base=30, cap=30, give_up_after=1000), control)
    threading.Timer(0.2, control.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        r.run(lambda: (_ for _ in ()).throw(Transient(reason="x")))
    assert time.monotonic() - start < 5
    c2 = Control()
    c2.pause()
    released = threading.Event()

    def worker() -> None:
        c2.checkpoint()
        released.set()

    threading.Thread(target=worker, daemon=True).start()
    assert not released.wait(0.3)
    c2.resume()
    assert released.wait(2)


def test_progress_totals_rate_and_eta() -> None:
    now = [0.0]
    seen: list[object] = []
    t = ProgressTracker(seen.append, clock=lambda: now[0])
    t.add_file(1, "a.jpg", 1000)
    t.add_file(2, "b.jpg", 3000, already_sent=1000)  # resumed: its confirmed bytes count as done
    t.add_file(3, "c.jpg", 500)
    t.set_state(1, UploadState.STASHING)
    for step in range(1, 11):
        now[0] = step * 1.0
        t.set_sent(1, step * 100)
    p = t.snapshot()
    assert (p.bytes_total, p.bytes_done) == (4500, 2000)
    assert p.rate == pytest.approx(100.0) and p.eta == pytest.approx(25.0)
    assert [f.photo_id for f in p.current] == [1] and p.current[0].sent == 1000
    t.finish(1, UploadState.DONE)
    t.finish(3, UploadState.DONE)  # already on the wiki: its bytes leave the total
    p = t.snapshot()
    assert (p.files_done, p.files_total, p.bytes_total) == (2, 3, 4000)
    assert len(seen) >= 13


def test_every_warning_gets_an_action_and_a_message() -> None:
    cases = {
        "exists": "rename", "exists-normalized": "rename", "page-exists": "rename", "was-deleted": "rename",
        "badfilename": "rename", "bad-prefix": "rename", "duplicate": "skip", "duplicate-archive": "skip",
        "nochange": "skip",
    }
    for code, action in cases.items():
        a = attention_for({code: "Other.jpg"}, "Mine.jpg")
        assert (a.code, a.action) == (code, action)
        assert "{" not in a.message and ("Other.jpg" in a.message or "Mine.jpg" in a.message)
    # Several at once: the one to act on first wins.
    assert attention_for({"duplicate": ["X.jpg"], "badfilename": "Y.jpg"}, "Z").code == "badfilename"
    odd = attention_for({"something-new": 1}, "Z.jpg")
    assert odd.action == "skip" and "something-new" in odd.message


def test_state_rows_round_trip_and_decisions(tmp_path: Path) -> None:
    assert len(MIGRATIONS) >= 2
    with ProjectStore.open(tmp_path / "s.photowalk", create=True) as store:
        store.conn.execute(
            "INSERT INTO photos(path, sha1, size, mtime, kind, added) VALUES ('a.jpg', 'ab', 1, 0, 'jpeg', 'now')"
        )
        row = UploadRow(1, "http://127.0.0.1:1/api.php", UploadState.NEEDS_ATTENTION, title="A.jpg", filekey="k.jpg",
                        bytes_confirmed=10, stash_complete=True, sent_sha1="ab", sent_size=10,
                        warning=Attention("exists", "A.jpg", "rename", "m"),
                        error=Failure("c", "t {x}", {"x": 1}, "t 1"))
        saved = state.save(store, row)
        assert state.load(store, 1) == saved and saved.updated
        # Never over a taken title: the row is left as it was.
        with pytest.raises(OverwriteRefused) as refused:
            state.decide(store, 1, "upload-anyway")
        assert "A.jpg" in refused.value.message and "another title" in refused.value.message
        assert state.load(store, 1) == saved
        # A title whose file was deleted before may be used after all, if the volunteer says so.
        state.save(store, row.but(warning=Attention("was-deleted", "A.jpg", "rename", "m", "A (2).jpg")))
        assert state.load(store, 1).warning.suggestion == "A (2).jpg"  # type: ignore[union-attr]
        assert state.decide(store, 1, "upload-anyway").state == UploadState.PUBLISHING
        assert state.load(store, 1).ignore_warnings  # type: ignore[union-attr]
        assert state.decide(store, 1, "skip").state == UploadState.SKIPPED
        assert state.decide(store, 1, "retry").state == UploadState.QUEUED
        store.remove_photos([1])
        assert state.load(store, 1) is None  # rows go with their photo


def test_plan_gives_the_reasons_a_photo_is_not_ready_as_translatable_problems(tmp_path: Path) -> None:
    from photowalk import edits
    from photowalk.edits import InvalidDateError
    from photowalk.problems import from_error
    from photowalk.upload.plan import plan_upload
    from tests.upload_helpers import make_project, noise_jpeg

    files = [noise_jpeg(tmp_path / "src" / f"p{i}.jpg", width=64, height=48) for i in range(3)]
    project = make_project(tmp_path, files)
    ready, untitled, undescribed = project.ids
    with project.open() as store:
        edits.set_title(store, untitled, None)
        edits.set_description(store, [undescribed], "en", None)
        edits.set_description(store, [undescribed], "tg", None)
        plan = plan_upload(store, None, api_url="http://127.0.0.1:9/api.php")
    assert [i.photo_id for i in plan.items] == [ready]
    why = {n.photo_id: n for n in plan.not_ready}
    assert [p.code for p in why[untitled].problems] == ["title-missing"]
    assert "no-description" in [p.code for p in why[undescribed].problems]
    for n in plan.not_ready:
        assert all(p.context == "checks" and p.is_error for p in n.problems)
        assert n.reasons == tuple(p.message for p in n.problems)
    # A typed error (e.g. from making the page text) keeps its template, translated as an error.
    exc = InvalidDateError(date="2025-13-40")
    problem = from_error(exc)
    assert (problem.context, problem.template, problem.message, problem.is_error) == (
        "errors", exc.template, exc.message, True)


def test_many_upload_rows_are_read_together_and_match_one_by_one(tmp_path: Path) -> None:
    from tests.upload_helpers import make_project, noise_jpeg

    files = [noise_jpeg(tmp_path / "src" / f"m{i}.jpg", width=64, height=48) for i in range(3)]
    project = make_project(tmp_path, files)
    with ProjectStore.open(project.path) as store:
        for pid in project.ids[:2]:
            state.save(store, UploadRow(pid, "https://commons.example/w/api.php", UploadState.QUEUED, title=f"T{pid}.jpg"))
        wanted = [*project.ids, *range(10_000, 10_700)]  # more ids than one query takes, most without a row
        many = state.load_many(store, wanted)
        assert many == {pid: row for pid in wanted if (row := state.load(store, pid)) is not None}
        assert set(many) == set(project.ids[:2])


def test_a_batch_of_nothing_but_duplicates_is_wholly_done() -> None:
    t = ProgressTracker()
    for pid in range(1, 5):
        t.add_file(pid, f"{pid}.jpg", 1_800_000)
    assert t.snapshot().fraction == 0.0
    t.set_sent(1, 900_000)
    assert t.snapshot().fraction == pytest.approx(900_000 / 7_200_000)  # by bytes while bytes are sent
    t.set_sent(1, 0)  # the wiki has the picture already: the file is not sent
    for pid in range(1, 4):
        t.finish(pid, UploadState.DONE)
        p = t.snapshot()
        assert (p.bytes_total, p.bytes_done) == (1_800_000 * (4 - pid), 0) and p.fraction == 0.0
    t.finish(4, UploadState.DONE)
    p = t.snapshot()
    assert (p.files_done, p.files_total, p.bytes_total, p.bytes_done) == (4, 4, 0, 0)
    assert p.fraction == 1.0  # "4 of 4 files" beside a full bar


def test_photos_waiting_after_an_interrupted_upload(tmp_path: Path) -> None:
    from tests.describing import project_with

    wiki, other = "https://commons.example/w/api.php", "https://other.example/w/api.php"
    rels = ["gps/elephants.jpg", "gps/Samsung_GT-I9000_Galaxy_S.jpg", "cameras/DSCN0138.JPG",
            "cameras/Sigma_DP1.jpg", "other-formats/IMG_2682.heic"]
    store, ids = project_with(tmp_path, rels)
    with store:
        a, b, c, d, heic = (ids[r] for r in rels)
        photos = store.photos()
        assert state.waiting_after_interruption(state.load_all(store), wiki, photos) == 0  # never uploaded
        state.save(store, UploadRow(a, wiki, UploadState.DONE, title="A.jpg"))
        state.save(store, UploadRow(b, wiki, UploadState.FAILED, title="B.jpg"))
        # A run that ended: every photo it touched is settled or failed; nothing stopped part way.
        assert state.waiting_after_interruption(state.load_all(store), wiki, photos) == 0
        state.save(store, UploadRow(c, wiki, UploadState.STASHING, title="C.jpg", bytes_confirmed=65536))
        # Stopped while sending C: B (failed), C and D (never started) wait; A is on the wiki, the HEIC never goes.
        assert state.waiting_after_interruption(state.load_all(store), wiki, photos) == 3
        state.save(store, UploadRow(d, wiki, UploadState.SKIPPED, title="D.jpg"))
        assert state.waiting_after_interruption(state.load_all(store), wiki, photos) == 2
        assert state.waiting_after_interruption(state.load_all(store), other, photos) == 0  # another wiki's upload
        assert heic in {p.id for p in photos}


def test_a_gallery_caption_cannot_break_out_of_its_tag() -> None:
    from photowalk.upload.report import Uploaded, gallery_wikitext

    files = [Uploaded("A.jpg", "https://x/A")]
    text = gallery_wikitext(files, 'WLTJ "2025"\n<b>bold</b> & more">\n[[File:Evil.jpg]]')
    head = text.splitlines()[0]
    assert head == '<gallery caption="WLTJ &quot;2025&quot; &lt;b&gt;bold&lt;/b&gt; &amp; more&quot;&gt; [[File:Evil.jpg]]">'
    assert text.splitlines()[1:] == ["File:A.jpg", "</gallery>"]
