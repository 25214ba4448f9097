"""kill -9 of `photowalk upload` at several points, then running it again: every photo ends up on
the wiki exactly once, byte-identical, with its exact page text."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from photowalk.upload.settings import KEY_BACKOFF, KEY_CHUNK_SIZE, KEY_TIMEOUT
from tests.upload.test_upload_batch import assert_on_wiki_exactly_once
from tests.upload_helpers import KiB, admin_site, file_versions, make_project, noise_jpeg, proxy_for, unique

REPO = Path(__file__).resolve().parents[2]
Rows = list[tuple[int, str, int]]  # (photo_id, state, bytes_confirmed)


def read_rows(db: Path) -> Rows:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return list(con.execute("SELECT photo_id, state, bytes_confirmed FROM uploads ORDER BY photo_id"))
        finally:
            con.close()
    except sqlite3.Error:
        return []


def start_upload(project: Path, api: str, testwiki: dict[str, str]) -> subprocess.Popen[bytes]:
    p = subprocess.Popen(
        [sys.executable, "-m", "photowalk", "upload", "--project", str(project), "--wiki", api,
         "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=dict(os.environ),
    )
    assert p.stdin is not None
    p.stdin.write(testwiki["TESTWIKI_BOTPASSWORD"].encode() + b"\n")
    p.stdin.close()
    p.stdin = None  # communicate() must not flush it again
    return p


def kill_when(project: Path, api: str, testwiki: dict[str, str], condition: Callable[[Rows], bool],
              what: str, hold: float = 0.0) -> Rows:
    """Run the upload command and SIGKILL it `hold` seconds after the project's upload rows meet
    `condition`."""
    proc = start_upload(project, api, testwiki)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        rows = read_rows(project)
        if condition(rows):
            time.sleep(hold)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            assert proc.returncode == -signal.SIGKILL, f"{what}: the upload had already ended"
            return rows
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"{what}: upload ended ({proc.returncode}) before the kill point\n{out.decode()}\n{err.decode()}")
        time.sleep(0.005)
    proc.kill()
    pytest.fail(f"{what}: kill point never reached; rows {read_rows(project)}")


def in_state(state: str, min_bytes: int = 0) -> Callable[[Rows], bool]:
    return lambda rows: any(s == state and b >= min_bytes for _, s, b in rows)


def done_count(n: int) -> Callable[[Rows], bool]:
    return lambda rows: sum(1 for _, s, _ in rows if s == "done") >= n


def test_kill_at_several_points_then_resume(own_testwiki: dict[str, str], photos_dir: Path, tmp_path: Path) -> None:
    testwiki = own_testwiki  # real camera files that other tests upload too: a wiki of its own
    token = unique("K")
    files = [noise_jpeg(tmp_path / "src" / f"k{i}.jpg", width=700, height=500) for i in range(4)]
    files += [photos_dir / "gps/DSCN0010.jpg", photos_dir / "cameras/Kodak_DC240.jpg"]
    project = make_project(tmp_path / "p", files, token=token, settings={
        KEY_CHUNK_SIZE: 64 * KiB,
        KEY_BACKOFF: {"base": 0.05, "cap": 0.5, "give_up_after": 30},
        KEY_TIMEOUT: 15,
    })
    with project.open() as store:
        # One photo goes without its location: its copy must be re-made identically after each kill.
        from photowalk import edits

        edits.remove_location(store, [project.ids[4]])
    db = project.path
    kills: list[tuple[str, Rows]] = []
    with proxy_for(testwiki) as proxy:
        # Slow answers widen every window (each request takes at least 0.25 s to be answered).
        proxy.response_delay = 0.25
        points: list[tuple[str, Callable[[Rows], bool], float]] = [
            ("mid-stash", in_state("stashing", 2 * 64 * KiB), 0.0),
            # Killed after the publish request reached the wiki but before its answer came back:
            # the wiki publishes the file, and the photo's state still says "publishing".
            ("publish sent, answer pending", in_state("publishing"), 0.15),
            ("verifying", in_state("verifying"), 0.0),
            ("between photos", done_count(3), 0.0),
            ("mid-stash again", in_state("stashing", 64 * KiB), 0.0),
        ]
        for what, condition, hold in points:
            rows = kill_when(db, proxy.api, testwiki, condition, what, hold)
            kills.append((what, rows))
            if what.startswith("publish sent"):
                pid = next(p for p, s, _ in read_rows(db) if s == "publishing")
                with project.open() as store:
                    title = store.photo(pid).title + ".jpg"
                time.sleep(0.5)
                assert file_versions(testwiki, title), "the killed run's publish did not reach the wiki"
        # A few kills at random moments too.
        rnd = random.Random(4)
        for i in range(2):
            proc = start_upload(db, proxy.api, testwiki)
            time.sleep(rnd.uniform(0.8, 2.0))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills.append((f"random {i}", read_rows(db)))
        # The last run, left to finish (same address: the state belongs to that wiki address).
        proxy.response_delay = 0
        final = start_upload(db, proxy.api, testwiki)
        out, err = final.communicate(timeout=120)
    assert final.returncode == 0, out.decode() + err.decode()
    assert "Uploaded" in out.decode()
    assert [what for what, _ in kills][:5] == [p[0] for p in points]
    assert_on_wiki_exactly_once(testwiki, project)
    # And nothing else was uploaded under this batch's titles.
    site = admin_site(testwiki)
    ours = [p.name for p in site.allimages(prefix=f"Photowalk test {token}")]
    assert len(ours) == len(files), ours


def test_ctrl_c_stops_cleanly_and_the_next_run_goes_on(testwiki: dict[str, str], tmp_path: Path) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"c{i}.jpg", width=700, height=500) for i in range(2)]
    project = make_project(tmp_path / "p", files, settings={KEY_CHUNK_SIZE: 64 * KiB, KEY_TIMEOUT: 15})
    with proxy_for(testwiki) as proxy:
        proxy.response_delay = 0.1
        proc = start_upload(project.path, proxy.api, testwiki)
        deadline = time.monotonic() + 60
        while not in_state("stashing", 64 * KiB)(read_rows(project.path)):
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, out.decode() + err.decode()
        assert "Stopped at your request" in out.decode() and "run the same command again" in out.decode()
        rows = read_rows(project.path)
        assert any(s == "stashing" and b > 0 for _, s, b in rows), rows
        proxy.response_delay = 0
        again = start_upload(project.path, proxy.api, testwiki)
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, out.decode() + err.decode()
    assert_on_wiki_exactly_once(testwiki, project)


def test_a_stash_made_before_the_location_was_removed_is_never_published(
    testwiki: dict[str, str], photos_dir: Path, tmp_path: Path
) -> None:
    """The location removed while the photo's stash waits to be published: the stash (with GPS) must not go."""
    from photowalk import edits
    from photowalk.exif import read_camera_data
    from photowalk.photo import FileKind
    from tests.upload_helpers import download, run_batch

    project = make_project(tmp_path / "p", [photos_dir / "gps/DSCN0010.jpg"])

    def volunteer(event: object) -> None:
        # The moment the stash is complete and the photo waits to be published (the engine's own
        # thread, before it publishes), the volunteer removes the location in the window.
        if getattr(event, "state", None) == "publishing":
            with project.open() as store:
                if not store.photo(project.ids[0]).location_removed:
                    edits.remove_location(store, project.ids)

    run = run_batch(project, testwiki, on_event=volunteer)
    assert all(r.state.value == "done" for r in run.result.rows.values()), run.result.rows
    with project.open() as store:
        title = store.photo(project.ids[0]).title + ".jpg"
    versions = file_versions(testwiki, title)
    assert len(versions) == 1, versions
    sent = tmp_path / "sent.jpg"
    sent.write_bytes(download(versions[0]["url"]))
    camera = read_camera_data(sent, FileKind.JPEG)
    assert camera.lat is None and camera.lon is None
