"""The worker's `geotag` command, spoken to as the window speaks to it: progress, the result, cancel, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from photowalk.cameras import Camera
from photowalk.clock import set_clock_offset
from photowalk.geotag import BEFORE_TRACK, GeotagResult, Placement
from photowalk.project import ProjectStore
from photowalk.worker import protocol
from tests.upload.test_worker import REPO, Child
from tests.walk import Walk, make_corpus, make_walk, metres

CLOCK_ERROR = -(1 * 3600 + 3 * 60)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 10)


@pytest.fixture
def walk(corpus: Path, tmp_path: Path) -> tuple[Path, Walk]:
    """The camera's photos imported, its clock corrected."""
    walk = make_walk(corpus, tmp_path / "walk", CLOCK_ERROR)
    project = tmp_path / "walk.photowalk"
    subprocess.run([sys.executable, "-m", "photowalk", "import", str(walk.photos), "--project", str(project),
                    "--workers", "1"], check=True, capture_output=True, cwd=REPO)
    with ProjectStore.open(project) as store:
        set_clock_offset(store, Camera("NIKON CORPORATION", "NIKON D3500", "6012345"), -CLOCK_ERROR)
    return project, walk


def positions(project: Path) -> dict[int, tuple[float | None, float | None, str | None]]:
    with ProjectStore.open(project) as store:
        return {p.id: (p.edit_lat, p.edit_lon, p.location_source) for p in store.photos()}


def gathered(child: Child, job: str) -> GeotagResult:
    """The placements and priors of a job's `geotag_part` events, as the window gathers them."""
    result = GeotagResult()
    for e in child.events:
        if e.get("job") == job and e["event"] == "geotag_part":
            protocol.add_geotag_part(result, e)
    return result


def test_a_result_crosses_the_pipe_in_parts() -> None:
    result = GeotagResult()
    for pid in range(1, 8):
        result.placed[pid] = Placement(38.5 + pid / 1000, 68.7, "gpx" if pid % 2 else "phone")
        result.before[pid] = (1.0, 2.0, "phone") if pid == 3 else (None, None, None)
    parts = [protocol.decode(protocol.encode(part)) for part in protocol.geotag_parts(result, 3)]
    assert [len(part["placed"]) for part in parts] == [3, 3, 1]
    back = GeotagResult()
    for part in parts:
        protocol.add_geotag_part(back, part)
    assert back.placed == result.placed and back.before == result.before


def test_geotag_reports_progress_then_what_it_placed_and_what_was_there(walk: tuple[Path, Walk]) -> None:
    project, w = walk
    child = Child(Path(project))
    try:
        child.send(cmd="geotag", job="g1", gpx=str(w.gpx), max_gap=300, from_phone=False, replace=False)
        done = child.until("done", "g1")
    finally:
        assert child.close() == 0
    assert done["event"] == "done", done
    progress = [e for e in child.events if e.get("job") == "g1" and e["event"] == "progress"]
    assert progress and progress[-1]["done"] == progress[-1]["total"] == 10
    result = gathered(child, "g1")
    summary = protocol.geotag_summary_from_json(done["result"])
    assert done["result"]["cancelled"] is False
    now = positions(Path(project))
    with ProjectStore.open(project) as store:
        names = {p.id: p.file_name for p in store.photos()}
    assert result.placed and set(result.placed) == {pid for pid, (lat, _, _) in now.items() if lat is not None}
    for pid, place in result.placed.items():
        assert now[pid] == (place.lat, place.lon, "gpx")
        shot = w.shots[names[pid]]
        assert shot.lat is not None and shot.lon is not None and metres(place.lat, place.lon, shot.lat, shot.lon) < 15
    assert result.before == {pid: (None, None, None) for pid in result.placed}
    assert sum(n.count for n in summary) == 10 - len(result.placed)
    assert BEFORE_TRACK in {n.code for n in summary}
    first = next(n for n in summary if n.code == BEFORE_TRACK)
    assert first.example in names and "before the track starts" in first.reason.message


def test_a_cancelled_geotag_writes_nothing(walk: tuple[Path, Walk]) -> None:
    project, w = walk
    child = Child(Path(project))
    try:
        # As a job given back after a crash while its Cancel was on the way: it stops at the first look.
        child.send(cmd="geotag", job="g2", gpx=str(w.gpx), max_gap=300, from_phone=True, replace=True,
                   cancelled=True)
        done = child.until("done", "g2")
        child.send(cmd="geotag", job="g3", gpx=str(w.gpx), max_gap=300, from_phone=False, replace=False)
        child.send(cmd="cancel", job="g3")
        late = child.until("done", "g3")
    finally:
        assert child.close() == 0
    assert done["event"] == "done" and done["result"]["cancelled"] is True
    assert not gathered(child, "g2").placed and not protocol.geotag_summary_from_json(done["result"])
    # A Cancel that comes while the job runs: either it stopped in time and wrote nothing, or it had
    # finished and says so (never half).
    written = {pid for pid, (lat, _, _) in positions(Path(project)).items() if lat is not None}
    assert (late["result"]["cancelled"], written) in ((True, set()), (False, set(gathered(child, "g3").placed)))


def test_a_gpx_file_that_cannot_be_read_is_a_typed_error(walk: tuple[Path, Walk], tmp_path: Path) -> None:
    project, _w = walk
    missing = tmp_path / "no such track.gpx"
    child = Child(Path(project))
    try:
        child.send(cmd="geotag", job="g4", gpx=str(missing), max_gap=300, from_phone=False, replace=False)
        failed = child.until("done", "g4")
    finally:
        assert child.close() == 0
    assert failed["event"] == "error" and failed["error"]["code"] == "gpx"
    assert "no such track.gpx" in protocol.error_from_json(failed["error"]).message
    assert all(lat is None for lat, _, _ in positions(Path(project)).values())
