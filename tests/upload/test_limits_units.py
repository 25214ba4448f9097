"""Rate limits, pacing and the time estimate as plain functions (no wiki, no clock of the machine)."""

from __future__ import annotations

import pytest

from photowalk.upload import linkstats
from photowalk.upload.estimate import (
    AccountLimited,
    AccountLimitedNoTime,
    AccountNew,
    batch_seconds,
    limit_notice,
    pacing_seconds,
)
from photowalk.upload.limits import EDIT, UPLOAD, AccountLimits, RateLimit, account_limits, action_of
from photowalk.upload.pacer import Pacer, window

# userinfo's answer for a new Commons account (formatversion 2), groups * and user.
NEW_ON_COMMONS = {
    "upload": {"user": {"hits": 380, "seconds": 4320}, "newbie": {"hits": 8, "seconds": 3600},
               "ip": {"hits": 50, "seconds": 3600}},
    "edit": {"user": {"hits": 90, "seconds": 60}, "newbie": {"hits": 8, "seconds": 60}},
}


def test_new_account_limits() -> None:
    limits = account_limits(NEW_ON_COMMONS, ["*", "user"], editcount=0)
    assert limits.newbie
    assert limits.of(UPLOAD) == (RateLimit(8, 3600), RateLimit(50, 3600))
    assert limits.of(EDIT) == (RateLimit(8, 60),)


def test_most_generous_group_wins_over_user() -> None:
    answer = {"upload": {"user": {"hits": 380, "seconds": 4320}, "uploader": {"hits": 999, "seconds": 60}}}
    assert account_limits(answer, ["user", "uploader"]).of(UPLOAD) == (RateLimit(999, 60),)
    assert account_limits(answer, ["user"]).of(UPLOAD) == (RateLimit(380, 4320),)


@pytest.mark.parametrize("bad", [None, [], "x", {"upload": []}, {"upload": {"user": {"hits": "many", "seconds": 5}}},
                                 {"upload": {"user": {"hits": 0, "seconds": 5}}},
                                 {"upload": {"user": {"hits": True, "seconds": 5}}},
                                 {"upload": {"user": {"hits": 5, "seconds": -1}}}])
def test_odd_answers_give_no_limit(bad: object) -> None:
    assert not account_limits(bad, ["user"]).limited


def test_limits_round_trip() -> None:
    limits = account_limits(NEW_ON_COMMONS, ["user"], editcount=3, rights=["upload", "edit"])
    assert AccountLimits.from_json(limits.to_json()) == limits
    assert AccountLimits.from_json({"limits": {"upload": [["x", 1]]}}) is None


def test_what_counts() -> None:
    assert action_of({"action": "upload", "filekey": "k", "filename": "A.jpg"}) == UPLOAD
    assert action_of({"action": "upload", "stash": 1, "offset": 0}) is None
    assert action_of({"action": "upload", "checkstatus": 1}) is None
    assert action_of({"action": "wbeditentity"}) == EDIT
    assert action_of({"action": "edit"}) == EDIT
    assert action_of({"action": "query"}) is None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pacer_holds_the_fourth_of_three_per_window() -> None:
    clock = Clock()
    limit = RateLimit(3, 20)
    pacer = Pacer(AccountLimits({UPLOAD: (limit,)}), clock=clock)
    for _ in range(3):
        assert pacer.take(UPLOAD) == 0.0
        clock.now += 1
    when, holding = pacer.next_slot(UPLOAD)
    # The first went at 1000: the fourth may go once that one has left the (widened) window.
    assert holding == limit and when == pytest.approx(1000 + window(limit))
    assert window(limit) > 20
    assert pacer.next_slot(EDIT) == (clock.now, None)  # no edit limit


def test_every_limit_applies() -> None:
    clock = Clock()
    pacer = Pacer(AccountLimits({UPLOAD: (RateLimit(2, 10), RateLimit(3, 100))}), clock=clock)
    for _ in range(2):
        pacer.take(UPLOAD)
    clock.now += window(RateLimit(2, 10))
    pacer.take(UPLOAD)
    when, holding = pacer.next_slot(UPLOAD)
    assert holding == RateLimit(3, 100) and when == pytest.approx(1000 + window(RateLimit(3, 100)))


def test_pacing_time() -> None:
    limit = RateLimit(3, 20)
    assert pacing_seconds(0, limit) == 0
    assert pacing_seconds(3, limit) == 0  # three go at once
    assert pacing_seconds(4, limit) == pytest.approx(window(limit))
    assert pacing_seconds(7, limit) == pytest.approx(2 * window(limit))


def test_batch_time_is_the_slower_of_link_and_limit() -> None:
    limits = AccountLimits({UPLOAD: (RateLimit(8, 3600),)}, newbie=True)
    # 10 files of 2 MB at 1 MB/s: 20 s of sending, but the 9th waits an hour for the limit.
    assert batch_seconds(20_000_000, 10, 1e6, limits) == pytest.approx(window(RateLimit(8, 3600)))
    # Few enough files: the link decides.
    assert batch_seconds(8_000_000, 4, 1e6, limits) == pytest.approx(8.0)
    assert batch_seconds(8_000_000, 4, 1e6, None) == pytest.approx(8.0)
    # No speed known yet: only the limit's part can be said, if there is one.
    assert batch_seconds(20_000_000, 10, None, limits) == pytest.approx(window(RateLimit(8, 3600)))
    assert batch_seconds(8_000_000, 4, None, limits) is None
    assert batch_seconds(8_000_000, 4, 0.0, None) is None


def test_notice_text() -> None:
    new = AccountLimits({UPLOAD: (RateLimit(8, 3600), RateLimit(50, 3600))}, newbie=True)
    notice = limit_notice(new, 40, 12 * 60)
    assert isinstance(notice, AccountNew)
    assert notice.message == "This account is new: at most 8 uploads per 60 min; this batch of 40 will take about 12 min."
    user = AccountLimits({UPLOAD: (RateLimit(380, 4320),)})
    assert isinstance(limit_notice(user, 5, 30), AccountLimited)
    assert limit_notice(user, 5, 30).message == (  # type: ignore[union-attr]
        "This account may upload at most 380 files per 72 min; this batch of 5 will take about 30 s.")
    assert isinstance(limit_notice(user, 5, None), AccountLimitedNoTime)
    assert limit_notice(AccountLimits(), 5, 30) is None
    assert limit_notice(user, 0, 30) is None


def test_measured_rate_is_kept_per_wiki() -> None:
    a, b = "http://127.0.0.1:1/api.php", "http://127.0.0.1:2/api.php"
    assert linkstats.measured_rate(a) is None
    linkstats.record_batch(a, 10_000_000, 10.0)
    linkstats.record_batch(a, 30_000_000, 10.0)
    linkstats.record_batch(a, 100, 10.0)  # too little to say anything
    assert linkstats.measured_rate(a) == pytest.approx(2e6)
    assert linkstats.measured_rate(b) is None
    for _ in range(linkstats.KEEP_BATCHES):
        linkstats.record_batch(a, 5_000_000, 10.0)
    assert linkstats.measured_rate(a) == pytest.approx(5e5)  # only the last batches count
