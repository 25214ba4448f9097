"""The bandwidth cap, measured where the bytes arrive: a proxy in front of the real test wiki."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.bandwidth import BandwidthError, bandwidth_text, parse_bandwidth
from photowalk.project import ProjectStore
from photowalk.upload.bandwidth import TokenBucket
from photowalk.upload.settings import KEY_BANDWIDTH_CAP, settings_from_project
from photowalk.upload.state import UploadState
from tests.upload_helpers import KiB, make_project, noise_jpeg, proxy_for, run_batch, upload_settings

CAP = 256 * KiB  # bytes/s


def busiest_second(log: list[tuple[float, int]]) -> int:
    """The most bytes that arrived within any one second."""
    most, start, inside = 0, 0, 0
    for t, n in log:
        inside += n
        while log[start][0] <= t - 1.0:
            inside -= log[start][1]
            start += 1
        most = max(most, inside)
    return most


def test_cap_holds_for_parallel_uploads(testwiki: dict[str, str], tmp_path: Path) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"c{i}.jpg", width=640, height=480, seed=i) for i in range(3)]
    total = sum(f.stat().st_size for f in files)
    assert total > 3 * CAP  # long enough to measure a rate over several seconds
    project = make_project(tmp_path / "p", files)
    settings = upload_settings(concurrency=3).with_cap(CAP)
    with proxy_for(testwiki) as proxy:
        run = run_batch(project, testwiki, api=proxy.api, settings=settings)
        log = list(proxy.upstream_log)
    assert run.result.count(UploadState.DONE) == 3
    sent = sum(n for _, n in log)
    assert sent > total
    # Measured at the proxy: within any second, no more than the cap, its small burst and the
    # pieces already in flight (one per parallel upload) arrived.
    assert busiest_second(log) <= CAP * 1.1 + 4 * 16 * KiB
    # And the cap is not a slowdown far below it: the whole batch's bytes took about total/CAP.
    span = log[-1][0] - log[0][0]
    assert span >= (sent - CAP * 0.1 - 16 * KiB) / CAP * 0.95


def test_no_cap_is_not_held(testwiki: dict[str, str], tmp_path: Path) -> None:
    files = [noise_jpeg(tmp_path / "src" / "u.jpg", width=1280, height=960, seed=7)]
    project = make_project(tmp_path / "p", files)
    with proxy_for(testwiki) as proxy:
        run = run_batch(project, testwiki, api=proxy.api, settings=upload_settings(chunk_size=1024 * KiB))
        log = list(proxy.upstream_log)
    assert run.result.count(UploadState.DONE) == 1
    assert busiest_second(log) > CAP * 1.5  # the same measurement sees an uncapped link's speed


@pytest.mark.parametrize(("text", "rate"), [
    (4, 500_000), (0, 0), ("0", 0), ("8 Mbit/s", 1_000_000), ("512 KiB/s", 512 * 1024), ("1,5 MB/s", 1_500_000),
    ("2.5", 312_500), (0.001, 8 * 1024),  # below the least cap: the least cap
])
def test_parse_bandwidth(text: object, rate: int) -> None:
    assert parse_bandwidth(text) == rate


@pytest.mark.parametrize("bad", ["fast", "-1", "4 furlongs/s", True, None, [], float("inf"), -2])
def test_parse_bandwidth_refuses(bad: object) -> None:
    with pytest.raises(BandwidthError):
        parse_bandwidth(bad)


def test_bandwidth_text() -> None:
    assert bandwidth_text(1_000_000) == "8 Mbit/s"
    assert bandwidth_text(312_500) == "2.5 Mbit/s"
    assert bandwidth_text(0) == ""


def test_project_setting_gives_a_shared_cap(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        assert settings_from_project(store).bandwidth_cap == 0
        store.set_setting(KEY_BANDWIDTH_CAP, "2 Mbit/s")
        settings = settings_from_project(store)
        store.set_setting(KEY_BANDWIDTH_CAP, "lots")
        assert settings_from_project(store).bandwidth_cap == 0
    assert settings.bandwidth_cap == 250_000
    assert isinstance(settings.connection.bandwidth, TokenBucket)
    # Every session of the batch is made from the same connection settings: one bucket for all.
    assert settings.connection.bandwidth is settings.connection.bandwidth


def test_token_bucket_books_waits_in_order() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    bucket = TokenBucket(100_000, clock=lambda: now[0], sleep=sleep)
    assert bucket.take(16 * KiB) == 0.0  # the burst
    waits = [bucket.take(50_000) for _ in range(4)]
    assert waits[0] == pytest.approx((16 * KiB + 50_000 - bucket.capacity) / 100_000)
    assert all(w == pytest.approx(0.5) for w in waits[1:])
