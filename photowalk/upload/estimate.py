"""How long a batch will take: the link's measured speed and the account's upload limit, whichever is slower.

Also the notice said before a batch starts when the account's uploads are limited.
"""

from __future__ import annotations

import math
from typing import Any

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason
from photowalk.upload import linkstats
from photowalk.upload.backoff import duration_reason
from photowalk.upload.limits import UPLOAD, AccountLimits, RateLimit
from photowalk.upload.pacer import window


def pacing_seconds(count: int, limit: RateLimit) -> float:
    """The least time `count` publishes take under `limit`: `hits` at once, then `hits` per window."""
    if count <= 0:
        return 0.0
    return math.floor((count - 1) / limit.hits) * window(limit)


def batch_seconds(bytes_left: int, files_left: int, rate: float | None, limits: AccountLimits | None) -> float | None:
    """Seconds the rest of a batch takes: its bytes at `rate` (bytes/s), or the time the account's
    upload limits need for its files if that is longer. None when neither is known."""
    transfer = bytes_left / rate if rate and rate > 0 else None
    paced = max((pacing_seconds(files_left, r) for r in (limits.of(UPLOAD) if limits else ())), default=0.0)
    if transfer is None:
        return paced if paced > 0 else None
    return max(transfer, paced)


def about(seconds: float) -> Reason:
    """A duration as said in an estimate: 45 s, 12 min, 1.5 h."""
    return duration_reason(max(1.0, seconds))


class AccountLimited(PhotowalkError):
    """Said before a batch starts (not an error): the account's uploads are limited, and what that means."""

    code = "account-limited"
    template = QT_TRANSLATE_NOOP(
        "errors", "This account may upload at most {hits} files per {duration}; this batch of {count} will take about {time}.")


class AccountNew(AccountLimited):
    code = "account-new"
    template = QT_TRANSLATE_NOOP(
        "errors", "This account is new: at most {hits} uploads per {duration}; this batch of {count} will take about {time}.")


class AccountLimitedNoTime(AccountLimited):
    code = "account-limited-untimed"
    template = QT_TRANSLATE_NOOP(
        "errors", "This account may upload at most {hits} files per {duration}; this batch has {count}.")


class AccountNewNoTime(AccountLimited):
    code = "account-new-untimed"
    template = QT_TRANSLATE_NOOP("errors", "This account is new: at most {hits} uploads per {duration}; this batch has {count}.")


def limit_notice(limits: AccountLimits | None, count: int, seconds: float | None) -> AccountLimited | None:
    """What to tell the volunteer before `count` files go, when the account's uploads are limited."""
    limit = limits.tightest(UPLOAD) if limits is not None else None
    if limits is None or limit is None or count <= 0:
        return None
    params: dict[str, Any] = {"hits": limit.hits, "duration": duration_reason(limit.seconds), "count": count}
    if seconds is None:
        return AccountNewNoTime(**params) if limits.newbie else AccountLimitedNoTime(**params)
    if limits.newbie:
        return AccountNew(time=about(seconds), **params)
    return AccountLimited(time=about(seconds), **params)


class BatchEstimate(PhotowalkError):
    """Said before a batch starts when the account is not limited: how long it will take, from the speed measured before."""

    code = "batch-estimate"
    template = QT_TRANSLATE_NOOP(
        "errors", "Files in this batch: {count} ({mb} MB); about {time} at the speed measured before ({rate} Mbit/s).")


def before_start(api_url: str, user: str | None, count: int, size: int) -> PhotowalkError | None:
    """What to say before `count` files of `size` bytes go to a wiki: the account's limit as read at
    its last login, and the time the batch will take, from the speed measured in earlier batches."""
    if count <= 0:
        return None
    limits = linkstats.saved_limits(api_url, user) if user else None
    rate = linkstats.measured_rate(api_url)
    seconds = batch_seconds(size, count, rate, limits)
    notice = limit_notice(limits, count, seconds)
    if notice is not None:
        return notice
    if seconds is None or rate is None:
        return None
    return BatchEstimate(count=count, mb=round(size / 1e6, 1), time=about(seconds), rate=round(rate * 8 / 1e6, 1))
