"""Rate limits read from the wiki and kept to: the account's limits at login, a paced batch the wiki never refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from photowalk.upload import linkstats
from photowalk.upload.control import Control
from photowalk.upload.errors import RateLimited
from photowalk.upload.estimate import AccountNew
from photowalk.upload.limits import EDIT, UPLOAD, RateLimit
from photowalk.upload.pacer import Paced
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import Wiki, parse_wiki
from tests.upload_helpers import api_get, make_project, noise_jpeg, proxy_for, run_batch, upload_settings

# A brand-new Commons account, in small: not autoconfirmed, so the `newbie` limits apply.
NEW_ACCOUNT = (
    "$wgAutoConfirmAge = 4 * 86400; $wgAutoConfirmCount = 10;\n"
    "$wgRateLimits['upload'] = ['user' => [380, 4320], 'newbie' => [8, 3600], 'ip' => [50, 3600]];\n"
    "$wgRateLimits['edit'] = ['user' => [90, 60], 'newbie' => [8, 60]];\n"
)


def connected(testwiki: dict[str, str], user: str, password: str) -> Wiki:
    wiki = Wiki(parse_wiki(testwiki["TESTWIKI_API"]), user, password, control=Control())
    wiki.connect()
    return wiki


def test_limits_of_a_new_account_are_read_at_login(testwiki: dict[str, str], wiki_settings: Callable[[str], None]) -> None:
    wiki_settings(NEW_ACCOUNT)
    wiki = connected(testwiki, testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    try:
        limits = wiki.limits
    finally:
        wiki.close()
    assert limits.newbie and limits.limited
    # The new account's own limit and the per-address one both apply; `user` is overridden by `newbie`.
    assert limits.of(UPLOAD) == (RateLimit(8, 3600), RateLimit(50, 3600))
    assert limits.tightest(UPLOAD) == RateLimit(8, 3600)
    assert limits.of(EDIT) == (RateLimit(8, 60),)
    assert limits.editcount is not None and "upload" in limits.rights


def test_an_established_account_gets_the_user_limit(testwiki: dict[str, str], wiki_settings: Callable[[str], None]) -> None:
    wiki_settings("$wgRateLimits['upload'] = ['user' => [380, 4320], 'newbie' => [8, 3600], 'ip' => [50, 3600]];")
    wiki = connected(testwiki, testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    wiki.close()
    assert not wiki.limits.newbie
    assert wiki.limits.of(UPLOAD) == (RateLimit(380, 4320),)
    assert wiki.limits.of(EDIT) == ()


def test_an_account_without_limits_is_not_paced(testwiki: dict[str, str], wiki_settings: Callable[[str], None]) -> None:
    # Administrators hold `noratelimit`: the wiki lists no limits for them, whatever is configured.
    wiki_settings(NEW_ACCOUNT)
    wiki = connected(testwiki, testwiki["TESTWIKI_ADMIN_BOTPASSWORD_USER"], testwiki["TESTWIKI_ADMIN_BOTPASSWORD"])
    wiki.close()
    assert not wiki.limits.limited and wiki.limits.of(EDIT) == ()
    assert "noratelimit" in wiki.limits.rights


def upload_times(testwiki: dict[str, str], titles: set[str]) -> list[datetime]:
    """When the wiki logged each of these files' uploads, oldest first."""
    q = api_get(testwiki, action="query", list="logevents", letype="upload", lelimit="max", ledir="newer")
    times = [datetime.fromisoformat(e["timestamp"].replace("Z", "+00:00"))
             for e in q["query"]["logevents"] if e["title"].removeprefix("File:") in titles]
    assert len(times) == len(titles)
    return sorted(times)


def test_batch_is_paced_to_the_limit_and_never_refused(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"p{i}.jpg", width=160, height=120) for i in range(5)]
    project = make_project(tmp_path / "p", files)
    wiki_settings("$wgRateLimits['upload'] = ['user' => [3, 20], 'newbie' => [3, 20], 'ip' => [3, 20]];")
    run = run_batch(project, testwiki)
    assert run.result.stopped is None
    assert run.result.count(UploadState.DONE) == 5
    errors = [e.error for e in run.events if e.kind == "waiting" and e.error is not None]
    # The wiki never answered ratelimited: every wait was photowalk's own spacing.
    assert not [e for e in errors if e.code == RateLimited.code]
    assert errors and all(isinstance(e, Paced) and e.params["hits"] == 3 for e in errors)
    titles = {str(r.title) for r in run.result.rows.values()}
    times = upload_times(testwiki, titles)
    # The wiki's own log: no 20 s holds more than 3 of the batch's uploads.
    assert all((times[i + 3] - times[i]).total_seconds() >= 20 for i in range(len(times) - 3))
    # Told before the first file went: the account is limited (not new here: `user` binds).
    limits = [e for e in run.events if e.kind == "limits"]
    assert len(limits) == 1 and limits[0].error is not None and limits[0].error.params["count"] == 5
    assert linkstats.saved_limits(parse_wiki(testwiki["TESTWIKI_API"]).api_url,
                                  testwiki["TESTWIKI_BOTPASSWORD_USER"]) is not None


def test_new_account_is_told_before_the_batch(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"n{i}.jpg", width=160, height=120) for i in range(2)]
    project = make_project(tmp_path / "p", files)
    wiki_settings(NEW_ACCOUNT)
    api_url = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    linkstats.record_batch(api_url, 4_000_000, 8.0)  # an earlier batch here measured 500 kB/s
    run = run_batch(project, testwiki)
    assert run.result.count(UploadState.DONE) == 2
    notice = run.batch.notice
    assert isinstance(notice, AccountNew)
    # The files' bytes at the measured speed: a second or so.
    assert notice.message.startswith("This account is new: at most 8 uploads per 60 min; this batch of 2 will take about")
    assert notice.message.endswith(" s.")
    first = next(i for i, e in enumerate(run.events) if e.kind == "limits")
    assert all(e.kind != "state" or e.state in (UploadState.QUEUED, None) for e in run.events[:first])


def test_parallel_uploads_log_in_one_after_another(testwiki: dict[str, str], tmp_path: Path) -> None:
    """Each worker logs in once the one before has: the first upload starts sooner on a slow link."""
    files = [noise_jpeg(tmp_path / "src" / f"t{i}.jpg", width=160, height=120, seed=40 + i) for i in range(3)]
    project = make_project(tmp_path / "p", files)
    with proxy_for(testwiki) as proxy:
        proxy.response_delay = 0.2  # a far wiki: logins at once would overlap
        run = run_batch(project, testwiki, api=proxy.api, settings=upload_settings(concurrency=3))
        heads = [h.split(b"\r\n", 1)[0] for h in proxy.request_heads]
    assert run.result.count(UploadState.DONE) == 3
    # A login begins with its token and ends with the user's rights: in turn, never overlapping.
    steps = [b"login" if b"type=login" in h else b"read" for h in heads
             if b"type=login" in h or b"meta=siteinfo%7Cuserinfo" in h]
    # (The plan before the batch reads the wiki without an account first.)
    assert steps[steps.index(b"login"):] == [b"login", b"read"] * 3
