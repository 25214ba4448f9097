"""The upload controller without widgets, driven as the upload view drives it, against the real test wiki
through the project's real worker process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.ui.logindialog import Account
from photowalk.ui.session import ProjectSession
from photowalk.ui.uploadcontroller import POLL_MS, Counts, UploadController
from photowalk.ui.uploadmodel import COLUMNS, PhotoIdRole
from photowalk.upload import state
from photowalk.upload.settings import KEY_BACKOFF, KEY_CHUNK_SIZE, KEY_STATEMENTS_API
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from tests.upload.test_upload_batch import assert_on_wiki_exactly_once
from tests.upload.test_upload_sdc import _described as described_project
from tests.upload_helpers import KiB, Project, make_project, noise_jpeg
from tests.wikibase_server import fake_commons

REPO = Path(__file__).resolve().parents[2]


def account(testwiki: dict[str, str]) -> Account:
    return Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                   testwiki["TESTWIKI_BOTPASSWORD"])


@contextmanager
def controlled(project: Project) -> Iterator[tuple[UploadController, ProjectSession]]:
    """The project open as the window opens it (its worker process included), with a controller on it."""
    session = ProjectSession(project.path, None)
    session.load()
    controller = UploadController()
    controller.set_session(session)
    try:
        yield controller, session
    finally:
        controller.set_session(None)
        session.close()


def planned(qtbot: QtBot, controller: UploadController) -> None:
    qtbot.waitUntil(lambda: controller.plan is not None and not controller.planning, timeout=30_000)


def ticks(controller: UploadController) -> list[int]:
    """Counts the controller's progress polls (one every POLL_MS while an upload runs)."""
    seen: list[int] = []
    controller.progressed.connect(lambda: seen.append(len(seen)))
    return seen


def noise_project(tmp_path: Path, n: int, **settings: object) -> Project:
    """Photos of about 1.8 MB, sent in 64 KiB chunks: a second or so each to the local wiki."""
    files = [noise_jpeg(tmp_path / "src" / f"n{i}.jpg", width=1600, height=1200) for i in range(n)]
    return make_project(tmp_path / "p", files, settings={KEY_CHUNK_SIZE: 64 * KiB, **settings})


def started(qtbot: QtBot, c: UploadController, testwiki: dict[str, str]) -> None:
    """Logged in, planned, started, and the first bytes are on the wiki."""
    c.set_account(account(testwiki))
    planned(qtbot, c)
    c.start()
    qtbot.waitUntil(lambda: c.progress is not None and c.progress.bytes_done > 0, timeout=60_000)


def rows(project: Project) -> dict[int, state.UploadRow]:
    with project.open() as store:
        return state.load_all(store)


def test_the_controller_and_the_queue_model_load_no_widgets() -> None:
    code = ("import sys, photowalk.ui.uploadcontroller, photowalk.ui.uploadmodel\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip() == "['PySide6.QtCore', 'PySide6.QtGui']"


def test_plan_and_upload_of_two_real_photos(
    qtbot: QtBot, testwiki: dict[str, str], photos_dir: Path, tmp_path: Path, translators: object  # noqa: F811
) -> None:
    # Camera files no other test sends to this wiki: the wiki would call them duplicates.
    project = make_project(tmp_path, [photos_dir / "cameras/Casio_EX-S1.jpg", photos_dir / "cameras/Konica_Q-M100_1.jpg"])
    with controlled(project) as (c, session):
        running: list[bool] = []
        c.running_changed.connect(running.append)
        assert c.shown().notice == "Log in to see which photos are ready." and not c.planning
        c.set_account(account(testwiki))
        assert c.planning and c.shown().notice == "Checking the photos…"
        planned(qtbot, c)
        m = c.model
        assert {e.photo_id: e.state for e in m.entries} == {pid: UploadState.QUEUED for pid in project.ids}
        assert c.shown().counts == Counts(uploaded=0, to_send=2, attention=0, not_ready=0) and c.shown().can_start
        assert c.totals().permille == 0 and c.totals().text == ""

        c.start()
        qtbot.waitUntil(lambda: c.running, timeout=30_000)
        shown = c.shown()
        assert shown.running and not shown.can_start and not shown.paused
        qtbot.waitUntil(lambda: not c.running, timeout=120_000)
        assert running == [True, False]
        assert [e.state for e in m.entries] == [UploadState.DONE] * 2, [e.details for e in m.entries]
        assert all(e.percent == 100 and e.link for e in m.entries)
        # The grid's badges follow, as the enum.
        assert [session.model.upload_state(pid) for pid in project.ids] == [UploadState.DONE] * 2
        totals = c.totals()
        assert totals.permille == 1000 and totals.text.startswith("2 of 2 files · ") and totals.waiting is None
        assert c.shown().can_report and not c.shown().retry_visible
        assert sorted(f.title for f in m.uploaded()) == sorted(str(r.title) for r in rows(project).values())
        assert_on_wiki_exactly_once(testwiki, project)

        # After the run it plans again by itself; one more start has nothing to send.
        planned(qtbot, c)
        assert c.shown().counts == Counts(uploaded=2, to_send=0, attention=0, not_ready=0)
        c.start()
        planned(qtbot, c)
        assert not c.running and c.shown().notice == "Nothing to upload: every ready photo is on the wiki."
        assert running == [True, False]


def test_pause_pressed_at_once_holds_the_upload_until_resume(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, translators: object  # noqa: F811
) -> None:
    project = noise_project(tmp_path, 2)
    with controlled(project) as (c, _session):
        c.set_account(account(testwiki))
        planned(qtbot, c)
        c.start()
        qtbot.waitUntil(lambda: c.running, timeout=30_000)
        # Pressed while the worker still works out what to send, before its batch exists.
        c.pause()
        assert c.shown().paused and c.shown().running
        polls = ticks(c)
        # A photo of the local wiki is sent in well under a second; three seconds of polls see none move.
        qtbot.waitUntil(lambda: len(polls) >= 3000 // POLL_MS or not c.running, timeout=30_000)
        assert c.running and all(e.state == UploadState.QUEUED and e.sent == 0 for e in c.model.entries)
        assert all(r.bytes_confirmed == 0 and r.state != UploadState.DONE for r in rows(project).values())
        c.resume()
        assert not c.shown().paused
        qtbot.waitUntil(lambda: not c.running, timeout=120_000)
        assert c.model.count(UploadState.DONE) == 2
        assert_on_wiki_exactly_once(testwiki, project)


def test_cancel_stops_after_a_chunk_and_the_next_start_goes_on_from_there(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, translators: object  # noqa: F811
) -> None:
    project = noise_project(tmp_path, 2)
    with controlled(project) as (c, _session):
        started(qtbot, c, testwiki)
        c.cancel()
        assert c.shown().notice == "Stopping…"
        qtbot.waitUntil(lambda: not c.running, timeout=60_000)
        assert c.shown().notice == "Stopped. Press Upload to go on where it stopped."
        assert c.model.count(UploadState.DONE) < 2 and c.shown().can_start
        kept = {pid: r.bytes_confirmed for pid, r in rows(project).items() if r.state == UploadState.STASHING}
        assert kept and all(kept.values()), rows(project)  # a photo part sent
        c.refresh()
        planned(qtbot, c)
        # What the wiki confirmed is not sent again: the queue starts there.
        assert {pid: (e.state, e.sent) for pid in kept if (e := c.model.entry(pid))} == {
            pid: (UploadState.QUEUED, sent) for pid, sent in kept.items()}
        c.start()
        qtbot.waitUntil(lambda: c.running, timeout=30_000)
        qtbot.waitUntil(lambda: not c.running, timeout=120_000)
        assert c.model.count(UploadState.DONE) == 2
        assert_on_wiki_exactly_once(testwiki, project)


def test_a_wait_for_the_wiki_is_said_until_it_ends(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, wiki_fault: Callable[[str], None], translators: object  # noqa: F811
) -> None:
    project = noise_project(tmp_path, 2, **{KEY_BACKOFF: {"base": 60, "cap": 60, "give_up_after": 600}})
    with controlled(project) as (c, _session):
        started(qtbot, c, testwiki)
        # Part way, the wiki answers "busy" once; the upload waits half a minute or more before it asks again.
        c.pause()
        wiki_fault("POST 503 1")
        c.resume()
        qtbot.waitUntil(lambda: c.totals().waiting is not None, timeout=60_000)
        said = c.totals().waiting
        assert said is not None and said.startswith("Waiting until ") and "HTTP 503" in said
        polls = ticks(c)
        qtbot.waitUntil(lambda: len(polls) >= 5, timeout=30_000)
        assert c.totals().waiting == said  # still waiting: still said
        c.cancel()
        qtbot.waitUntil(lambda: not c.running, timeout=60_000)
        assert c.totals().waiting is None


def test_a_plan_for_a_closed_project_does_not_hold_up_the_next_one(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, translators: object  # noqa: F811
) -> None:
    first = make_project(tmp_path / "a", [noise_jpeg(tmp_path / "a-src" / "a.jpg")])
    second = make_project(tmp_path / "b", [noise_jpeg(tmp_path / "b-src" / "b.jpg")])
    c = UploadController()
    session = ProjectSession(first.path, None)
    session.load()
    c.set_session(session)
    c.set_account(account(testwiki))
    assert c.planning
    # The project is closed while its worker works out the plan: that plan never comes.
    c.set_session(None)
    session.close()
    session = ProjectSession(second.path, None)
    session.load()
    try:
        c.set_session(session)
        c.refresh()
        planned(qtbot, c)
        assert [e.photo_id for e in c.model.entries] == second.ids
    finally:
        c.set_session(None)
        session.close()


def state_texts(c: UploadController) -> dict[int, str]:
    """The state column of every photo in the queue, as the view shows it."""
    column = COLUMNS.index("state")
    return {int(c.model.index(r, 0).data(PhotoIdRole)): c.model.index(r, column).data()
            for r in range(c.model.rowCount())}


def test_pause_and_cancel_show_paused_photos_and_no_speed_or_time_left(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, translators: object  # noqa: F811
) -> None:
    project = noise_project(tmp_path, 2)
    with controlled(project) as (c, _session):
        started(qtbot, c, testwiki)
        qtbot.waitUntil(lambda: "MB/s" in c.totals().text and " left" in c.totals().text, timeout=30_000)
        sending = [e.photo_id for e in c.model.entries if e.state == UploadState.STASHING]
        assert sending and all(state_texts(c)[pid] == "Sending" for pid in sending)
        c.pause()
        assert all(state_texts(c)[pid] == "Paused" for pid in sending)
        assert "MB/s" not in c.totals().text and " left" not in c.totals().text
        assert " of 2 files" in c.totals().text  # what was done is still said
        c.resume()
        assert all(state_texts(c)[pid] == "Sending" for pid in sending
                   if (e := c.model.entry(pid)) is not None and e.state == UploadState.STASHING)
        c.cancel()
        qtbot.waitUntil(lambda: not c.running, timeout=60_000)
        kept = [pid for pid, r in rows(project).items() if r.state == UploadState.STASHING]
        assert kept and all(state_texts(c)[pid] == "Paused" for pid in kept), (rows(project), state_texts(c))
        assert "MB/s" not in c.totals().text and " left" not in c.totals().text


def test_when_every_photo_is_on_the_wiki_already_the_bar_is_full(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, translators: object  # noqa: F811
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"d{i}.jpg", width=800, height=600) for i in range(2)]
    for folder in ("first", "again"):  # the same pictures, in another project the second time
        project = make_project(tmp_path / folder, files)
        with controlled(project) as (c, _session):
            c.set_account(account(testwiki))
            planned(qtbot, c)
            c.start()
            qtbot.waitUntil(lambda: c.running, timeout=30_000)
            qtbot.waitUntil(lambda: not c.running, timeout=120_000)
            assert c.model.count(UploadState.DONE) == 2
            totals = c.totals()
    assert {r.outcome for r in rows(project).values()} == {"already-there"}
    assert totals.text.startswith("2 of 2 files") and totals.permille == 1000, totals


def test_photos_not_ready_join_the_queue_part_by_part_after_the_plan(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, monkeypatch: object
) -> None:
    import photowalk.ui.uploadcontroller as controller_module
    from photowalk import edits

    monkeypatch.setattr(controller_module, "UNREADY_PART", 2)  # type: ignore[attr-defined]
    files = [noise_jpeg(tmp_path / "src" / f"u{i}.jpg", width=64, height=48) for i in range(7)]
    project = make_project(tmp_path / "p", files)
    with project.open() as store:  # five of them lose their titles: not ready
        edits.set_titles(store, {pid: None for pid in project.ids[2:]})
    with controlled(project) as (c, _session):
        inserted: list[tuple[int, int]] = []
        c.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
        seen_while_filling: list[bool] = []
        c.changed.connect(lambda: seen_while_filling.append(c.planning))
        c.set_account(account(testwiki))
        planned(qtbot, c)
        # Two ready photos first; the five others in parts of two, planning said until the last one.
        assert inserted == [(2, 3), (4, 5), (6, 6)]
        assert seen_while_filling[-1] is False and True in seen_while_filling
        shown = [e.photo_id for e in c.model.entries]
        # (The two ready photos have no time taken: the plan may give them in either order.)
        assert sorted(shown[:2]) == project.ids[:2] and sorted(shown[2:]) == project.ids[2:]
        assert all(c.model.entry(pid) is e for pid, e in zip(shown, c.model.entries, strict=True))
        assert c.shown().counts == Counts(uploaded=0, to_send=2, attention=0, not_ready=5)


def test_refused_structured_data_shows_retry_which_sends_it_again(
    qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path
) -> None:
    with fake_commons(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]) as commons:
        project, title = described_project(tmp_path, depicts=("Q999999",), settings={KEY_STATEMENTS_API: commons.url})
        pid = project.ids[0]
        commons.add_file(title)
        with controlled(project) as (c, _session):
            c.set_account(account(testwiki))
            planned(qtbot, c)
            c.start()
            qtbot.waitUntil(lambda: c.running, timeout=30_000)
            qtbot.waitUntil(lambda: not c.running, timeout=120_000)
            entry = c.model.entry(pid)
            assert entry is not None and entry.state == UploadState.DONE and entry.refused
            assert "Q999999" in entry.details  # uploaded, and says why its structured data is not
            assert c.shown().retry_visible and c.model.refused() == 1
            # The volunteer fixes the item, then Retry sends the structured data (never the file again).
            with project.open() as store:
                edits.remove_depicts(store, [pid], ["Q999999"])
                edits.add_depicts(store, [pid], ["Q1"])
            planned(qtbot, c)
            c.retry()
            qtbot.waitUntil(lambda: c.running, timeout=30_000)
            qtbot.waitUntil(lambda: not c.running, timeout=120_000)
            entry = c.model.entry(pid)
            assert entry is not None and entry.state == UploadState.DONE and not entry.refused
            assert not c.shown().retry_visible and c.model.refused() == 0
        assert [s["mainsnak"]["datavalue"]["value"]["id"] for s in commons.entity(title).statements["P180"]] == ["Q1"]
