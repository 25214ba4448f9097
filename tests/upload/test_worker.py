"""The worker process, spoken to as the window speaks to it: one JSON line a command, events back."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from photowalk.project import ProjectStore
from photowalk.worker import protocol

REPO = Path(__file__).resolve().parents[2]


class Child:
    """`photowalk worker --project P` in a process of its own."""

    def __init__(self, project: Path, *extra: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "photowalk", "worker", "--project", str(project), *extra],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
        self.events: list[dict[str, Any]] = []
        self._pending = b""
        assert self.next()["event"] == "hello"

    def send(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(protocol.encode(command))
        self.proc.stdin.flush()

    def next(self, timeout: float = 60) -> dict[str, Any]:
        assert self.proc.stdout is not None
        # Read from the pipe itself: a buffered readline may take several events at once, and select
        # would then wait for the next write with the rest of them already read.
        fd = self.proc.stdout.fileno()
        end = time.monotonic() + timeout
        while b"\n" not in self._pending:
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
            assert ready, "no event in time"
            chunk = os.read(fd, 1 << 16)
            assert chunk, "the worker ended"
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        event = protocol.decode(line)
        self.events.append(event)
        return event

    def until(self, event: str, job: str, timeout: float = 120) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            e = self.next(end - time.monotonic())
            if e.get("job") == job and e["event"] in (event, "error"):
                return e
        raise AssertionError(f"no {event} for {job}")

    def close(self) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        return self.proc.wait(60)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "walk.photowalk"
    ProjectStore.open(path, create=True).close()
    return path


def test_import_then_checks_report_by_event(project: Path, photos_dir: Path) -> None:
    child = Child(project)
    child.send(cmd="import", job="i1", sources=[str(photos_dir / "gps")], record_first=True)
    done = child.until("done", "i1")
    assert done["event"] == "done", done
    report = protocol.report_from_json(done["result"])
    assert len(report.added) == 20
    batched = {i for e in child.events if e["event"] == "batch" for i in e["ids"]}
    assert batched == {pid for pid, _ in report.added}
    from photowalk.thumbnails import ThumbnailCache

    with ProjectStore.open(project) as store:
        sha1s = [p.sha1 for p in store.photos()]
    # The camera's own previews are kept for the window, which never reads camera data itself.
    assert sum(ThumbnailCache().get_preview(s) is not None for s in sha1s) >= 10
    assert any(e["event"] == "progress" for e in child.events)
    child.send(cmd="check", job="c1", ids=None)
    problems: dict[int, Any] = {}
    while True:
        e = child.until("problems", "c1")
        problems.update(protocol.problems_from_json(e["by_id"]))
        if not e["partial"]:
            break
    assert e["complete"] and set(problems) == batched
    assert all(any(p.code == "no-description" for p in found) for found in problems.values())
    assert child.close() == 0


def test_a_killed_worker_loses_nothing_and_the_next_one_finishes_the_import(
    project: Path, tmp_path: Path, photos_dir: Path
) -> None:
    from tests.cards import make_copies

    # Camera-sized photos, each decoded before it is recorded: the import is still running when killed.
    card = tmp_path / "card"
    make_copies(card, photos_dir / "cameras" / "Sigma_DP1.jpg", 150)
    child = Child(project)
    child.send(cmd="import", job="i1", sources=[str(card)], record_first=False)
    while True:  # killed once some photos are in
        e = child.next()
        if e["event"] == "batch" and e["ids"]:
            break
    child.proc.send_signal(signal.SIGKILL)
    child.proc.wait()
    with ProjectStore.open(project) as store:
        first = store.count()
        assert 0 < first < 150
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = Child(project)
    again.send(cmd="import", job="i2", sources=[str(card)], record_first=False)
    done = again.until("done", "i2")
    report = protocol.report_from_json(done["result"])
    with ProjectStore.open(project) as store:
        assert store.count() == 150
    assert report.unchanged == first and len(report.added) + report.unchanged == 150
    again.close()


def test_closing_stdin_cancels_and_ends_the_worker(project: Path, photos_dir: Path) -> None:
    child = Child(project)
    child.send(cmd="import", job="i1", sources=[str(photos_dir)], record_first=True)
    child.next()
    started = time.monotonic()
    assert child.close() == 0
    assert time.monotonic() - started < 30


def test_unknown_and_broken_commands_are_answered_not_fatal(project: Path) -> None:
    child = Child(project)
    assert child.proc.stdin is not None
    child.proc.stdin.write(b"not json\n")
    child.send(cmd="fly", job="x")
    e = child.until("error", "x")
    assert e["event"] == "error" and "fly" in protocol.error_from_json(e["error"]).message
    child.send(cmd="missing", job="m")
    assert child.until("done", "m")["result"] == {"changed": [], "undecoded": False}
    assert child.close() == 0
    assert os.environ.get("PHOTOWALK_CACHE_DIR")  # the test's own cache, never the user's


def test_upload_states_cross_the_pipe_as_the_engine_s_states() -> None:
    from photowalk.upload.events import UploadEvent
    from photowalk.upload.progress import ProgressTracker
    from photowalk.upload.state import UploadState

    event = UploadEvent("state", 7, "Боғ.jpg", UploadState.NEEDS_ATTENTION, "a file has this title")
    back = protocol.upload_event_from_json(protocol.decode(protocol.encode(protocol.upload_event_to_json(event))))
    assert back == event and back.state is UploadState.NEEDS_ATTENTION
    tracker = ProgressTracker()
    tracker.add_file(7, "Боғ.jpg", 1000)
    tracker.set_state(7, UploadState.STASHING)
    tracker.set_sent(7, 400)
    snapshot = tracker.snapshot()
    line = protocol.encode({"event": "upload_progress", **protocol.upload_progress_to_json(snapshot)})
    [current] = protocol.upload_progress_from_json(protocol.decode(line)).current
    assert current.state is UploadState.STASHING and current.sent == 400
