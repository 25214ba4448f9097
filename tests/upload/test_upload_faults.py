"""Faults on the real test wiki: HTTP 500 and cut connections mid-chunk, rate limits, read-only,
maxlag, lost sessions and blocks. Each upload still arrives exactly once and byte-identical."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import mwclient
import pytest

from photowalk.upload import state
from photowalk.upload.errors import AuthError, Blocked, GaveUp, MaxLag, RateLimited, ReadOnly, SessionLost, Transient
from photowalk.upload.state import UploadState
from photowalk.upload.uploader import UploadEvent
from tests.upload.test_upload_batch import assert_on_wiki_exactly_once
from tests.upload_helpers import (
    FAST_BACKOFF,
    KiB,
    WikiRecorder,
    admin_site,
    make_project,
    noise_jpeg,
    proxy_for,
    run_batch,
    unique,
    upload_settings,
)

CHUNK = 64 * KiB


def big_project(tmp_path: Path, n: int = 1, width: int = 800, height: int = 600) -> Any:
    files = [noise_jpeg(tmp_path / "src" / f"big{i}.jpg", width=width, height=height) for i in range(n)]
    if width * height >= 800 * 600:
        assert all(f.stat().st_size > 4 * CHUNK for f in files)
    return make_project(tmp_path / "p", files)


def after_first_chunk(action: Callable[[], None]) -> Callable[[Any], None]:
    """A progress callback that runs `action` once, right after the wiki confirmed the first chunk."""
    fired = threading.Event()

    def on_progress(p: Any) -> None:
        if not fired.is_set() and p.bytes_done >= CHUNK and p.bytes_done < p.bytes_total:
            fired.set()
            action()

    return on_progress


def waits(events: list[UploadEvent]) -> list[UploadEvent]:
    return [e for e in events if e.kind == "waiting"]


def test_http_500_mid_upload_is_resent_by_photowalk(
    testwiki: dict[str, str], wiki_fault: Callable[[str], None], tmp_path: Path
) -> None:
    project = big_project(tmp_path)
    run = run_batch(project, testwiki, on_progress=after_first_chunk(lambda: wiki_fault("POST 500 1")))
    assert not Path(testwiki["TESTWIKI_DIR"], "fault").exists()  # the fault was consumed by a chunk
    w = waits(run.events)
    assert len(w) == 1 and "HTTP 500" in w[0].message
    assert_on_wiki_exactly_once(testwiki, project)


def test_connection_cut_while_a_chunk_is_sent(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path)
    with proxy_for(testwiki) as proxy:
        run = run_batch(project, testwiki, api=proxy.api,
                        on_progress=after_first_chunk(lambda: proxy.cut_request_after(CHUNK // 2)))
        assert proxy.cuts == 1
    assert run.result.stopped is None
    assert any("connection" in e.message for e in waits(run.events))
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None and row.restarts == 0
    assert_on_wiki_exactly_once(testwiki, project)


def test_answer_lost_after_the_wiki_stored_the_chunk(
    testwiki: dict[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The doubtful case: the chunk arrived, its answer did not. Re-sending must not duplicate it."""
    project = big_project(tmp_path)
    caplog.set_level(logging.INFO, logger="photowalk")
    with proxy_for(testwiki) as proxy:
        run = run_batch(project, testwiki, api=proxy.api,
                        on_progress=after_first_chunk(proxy.drop_next_response))
        assert proxy.dropped == 1
    assert run.result.stopped is None
    assert "continuing there" in caplog.text  # the wiki's offset was taken, the chunk not stored twice
    with project.open() as store:
        row = state.load(store, project.ids[0])
    assert row is not None and row.restarts == 0
    assert_on_wiki_exactly_once(testwiki, project)


def test_answer_to_publish_lost_is_not_published_twice(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path)
    with proxy_for(testwiki) as proxy:

        def on_event(e: UploadEvent) -> None:
            if e.kind == "state" and e.state == "publishing":
                proxy.drop_next_response()

        run = run_batch(project, testwiki, api=proxy.api, on_event=on_event)
        assert proxy.dropped >= 1
    assert run.result.stopped is None and waits(run.events)
    assert_on_wiki_exactly_once(testwiki, project)


def test_rate_limit_waits_and_goes_on(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"r{i}.jpg", width=200, height=150) for i in range(3)]
    project = make_project(tmp_path / "p", files)
    wiki_settings("$wgRateLimits['upload'] = ['user' => [2, 3], 'newbie' => [2, 3], 'ip' => [2, 3]];")
    # The same account uploads behind photowalk's back first: its pacer cannot know of those
    # uploads, so the wiki refuses and the backoff waits.
    site = mwclient.Site(testwiki["TESTWIKI_HOST"], path=testwiki["TESTWIKI_PATH"], scheme="http")
    site.login(testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    for i in range(2):
        with noise_jpeg(tmp_path / f"elsewhere{i}.jpg", width=120, height=90).open("rb") as f:
            site.upload(f, filename=f"Elsewhere {unique()}.jpg", description="elsewhere", ignore=True)
    started = time.monotonic()
    run = run_batch(project, testwiki, settings=upload_settings(
        backoff=FAST_BACKOFF.__class__(base=0.5, cap=2.0, give_up_after=30.0)))
    assert run.result.stopped is None
    w = [e for e in waits(run.events) if e.error is not None and e.error.code == RateLimited.code]
    assert w and all(e.message == RateLimited().message for e in w)
    assert time.monotonic() - started >= 1.0
    assert_on_wiki_exactly_once(testwiki, project)


def test_read_only_wiki_waits_until_writable(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    project = big_project(tmp_path, width=400, height=300)

    def on_event(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "queued":
            wiki_settings("$wgReadOnly = 'Database maintenance';")  # after login: login fails when read-only
        if e.kind == "waiting" and "read-only" in e.message:
            assert "Database maintenance" in e.message and e.until is not None and e.until > time.time()
            assert e.error is not None and e.error.message == e.message  # for the UI to translate
            threading.Timer(0.5, lambda: wiki_settings("")).start()

    run = run_batch(project, testwiki, on_event=on_event, settings=upload_settings(
        backoff=FAST_BACKOFF.__class__(base=0.2, cap=0.5, give_up_after=30.0)))
    assert run.result.stopped is None
    assert any("read-only" in e.message for e in waits(run.events))
    assert_on_wiki_exactly_once(testwiki, project)


def test_read_only_for_too_long_gives_up_with_the_reason(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    project = big_project(tmp_path, n=2, width=300, height=200)

    def on_event(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "queued":
            wiki_settings("$wgReadOnly = 'Upgrade';")

    run = run_batch(project, testwiki, on_event=on_event, settings=upload_settings(
        backoff=FAST_BACKOFF.__class__(base=0.1, cap=0.3, give_up_after=1.5)))
    assert isinstance(run.result.stopped, GaveUp)
    assert "read-only" in run.result.stopped.message and "Upgrade" in run.result.stopped.message
    rows = run.result.rows
    failed = [r for r in rows.values() if r.state == UploadState.FAILED]
    assert len(failed) == 1 and failed[0].error is not None and "Gave up" in failed[0].error.message
    # The batch stopped: the other photo was not kept waiting for another 1.5 s.
    assert all(r.state != UploadState.FAILED for pid, r in rows.items() if pid != failed[0].photo_id)
    wiki_settings("")
    again = run_batch(project, testwiki)
    assert again.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)


def test_maxlag_honours_retry_after(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    project = big_project(tmp_path, width=300, height=200)
    lag = "$wgHooks['ApiMaxLagInfo'][] = static function ( &$lagInfo ) { $lagInfo = [ 'host' => 'db-test', 'lag' => 7, 'type' => 'db' ]; };"
    waited: list[float] = []

    def on_event(e: UploadEvent) -> None:
        if e.kind == "state" and e.state == "queued" and not waited:
            wiki_settings(lag)
        if e.kind == "waiting" and e.until is not None:
            waited.append(e.until - time.time())
            wiki_settings("")

    started = time.monotonic()
    run = run_batch(project, testwiki, on_event=on_event)
    assert run.result.stopped is None
    w = waits(run.events)
    assert len(w) == 1 and "lag 7" in w[0].message
    assert waited[0] >= 4.5  # Retry-After: 5, although the backoff alone would wait 0.05 s
    assert time.monotonic() - started >= 4.5
    assert_on_wiki_exactly_once(testwiki, project)


def test_lost_session_logs_in_again_once_and_goes_on(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path)
    factory = WikiRecorder(testwiki)
    run = run_batch(project, testwiki, factory=factory,
                    on_progress=after_first_chunk(lambda: factory.made[0].site.connection.cookies.clear()))
    assert run.result.stopped is None
    assert factory.made[0].relogins == 1
    assert [e for e in run.events if e.kind == "relogin"]
    assert_on_wiki_exactly_once(testwiki, project)


def test_session_lost_again_after_logging_in_stops(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = big_project(tmp_path)
    factory = WikiRecorder(testwiki)

    def lose_session() -> None:
        wiki = factory.made[0]
        wiki.site.connection.cookies.clear()
        # Logging in again "succeeds" but the wiki still does not know the session.
        monkeypatch.setattr(wiki, "_login", lambda: None)

    run = run_batch(project, testwiki, factory=factory, on_progress=after_first_chunk(lose_session))
    assert isinstance(run.result.stopped, SessionLost)
    assert "logging in again did not help" in run.result.stopped.message
    assert factory.made[0].relogins == 1
    with project.open() as store:
        row = state.load(store, project.ids[0])
    # Not failed: the photo resumes on the next run.
    assert row is not None and row.state == UploadState.STASHING and row.error is not None
    again = run_batch(project, testwiki)
    assert again.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)


def test_wrong_password_on_relogin_stops_with_auth_error(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path)
    factory = WikiRecorder(testwiki)

    def lose_session() -> None:
        wiki = factory.made[0]
        wiki._Wiki__password = "0" * 32  # type: ignore[attr-defined]  # the bot password was revoked meanwhile
        wiki.site.connection.cookies.clear()

    run = run_batch(project, testwiki, factory=factory, on_progress=after_first_chunk(lose_session))
    assert isinstance(run.result.stopped, AuthError)


def test_blocked_user_stops_the_batch(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path, n=2, width=300, height=200)
    admin = admin_site(testwiki)
    user = testwiki["TESTWIKI_USER"]

    def block() -> None:
        admin.post("block", user=user, expiry="infinite", reason="Testing blocks", noautoblock=1,
                   token=admin.get_token("csrf"))

    try:
        run = run_batch(project, testwiki, on_event=lambda e: block() if e.state == "queued" and e.photo_id == project.ids[0] else None)
    finally:
        admin.post("unblock", user=user, reason="done", token=admin.get_token("csrf"))
    assert isinstance(run.result.stopped, Blocked)
    assert "Testing blocks" in run.result.stopped.message
    again = run_batch(project, testwiki)
    assert again.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)


def test_unreachable_wiki_gives_up_after_a_bounded_time(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = big_project(tmp_path, width=300, height=200)
    with proxy_for(testwiki) as proxy:
        api = proxy.api
    # The proxy is closed: nothing listens on its port any more.
    settings = upload_settings(backoff=FAST_BACKOFF.__class__(base=0.1, cap=0.2, give_up_after=1.0))
    started = time.monotonic()
    run = run_batch(project, testwiki, api=api, settings=settings)
    assert isinstance(run.result.stopped, GaveUp)
    assert isinstance(run.result.stopped.__cause__, Transient)
    assert time.monotonic() - started < 10


def test_waiting_errors_are_retryable_and_stopping_errors_stop() -> None:
    for exc in (ReadOnly(reason="x"), MaxLag(lag=7), RateLimited(), Transient(reason="x")):
        assert exc.retryable and not exc.stops_batch and exc.message.endswith(".")
    for stop in (AuthError(wiki="w", user="u"), SessionLost(wiki="w", user="u"), Blocked(wiki="w", user="u", reason="r"),
                 GaveUp(duration="1 s", reason="r")):
        assert stop.stops_batch and not stop.retryable
