"""What photowalk learnt of each wiki on this computer: the link's upload speed over the last
batches, and each account's rate limits as read at its last login (upload-stats.json in the
config folder). A new batch estimates its time from these before it has sent a byte.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from photowalk.paths import config_dir
from photowalk.private import write_private
from photowalk.upload.limits import AccountLimits

log = logging.getLogger(__name__)

KEEP_BATCHES = 5  # the speed is taken over this many recent batches
MIN_BYTES = 256 * 1024  # a batch that sent less says little about the link


def _file() -> Path:
    return config_dir() / "upload-stats.json"


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(data: dict[str, Any]) -> None:
    try:
        write_private(_file(), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:  # an estimate is not worth stopping an upload for
        log.warning("upload statistics not saved: %s", exc)


def _wiki(data: dict[str, Any], api_url: str) -> dict[str, Any]:
    entry = data.get(api_url)
    if not isinstance(entry, dict):
        entry = data[api_url] = {}
    return entry


def measured_rate(api_url: str) -> float | None:
    """Bytes per second over the last batches sent to this wiki from here; None before the first."""
    entry = _read().get(api_url)
    batches = entry.get("batches") if isinstance(entry, dict) else None
    pairs = [(b[0], b[1]) for b in batches or [] if isinstance(b, list) and len(b) == 2
             and all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in b)]
    sent, seconds = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    return sent / seconds if pairs and seconds > 0 else None


def record_batch(api_url: str, sent: int, seconds: float) -> None:
    """Add one batch's bytes and the seconds they took to the wiki's speed."""
    if sent < MIN_BYTES or seconds <= 0:
        return
    data = _read()
    entry = _wiki(data, api_url)
    batches = [b for b in entry.get("batches", []) if isinstance(b, list)]
    entry["batches"] = [*batches, [sent, round(seconds, 3)]][-KEEP_BATCHES:]
    entry["measured_at"] = int(time.time())
    _write(data)


def saved_limits(api_url: str, user: str) -> AccountLimits | None:
    """The account's limits as read at its last login to this wiki."""
    entry = _read().get(api_url)
    accounts = entry.get("accounts") if isinstance(entry, dict) else None
    return AccountLimits.from_json(accounts.get(user)) if isinstance(accounts, dict) else None


def save_limits(api_url: str, user: str, limits: AccountLimits) -> None:
    data = _read()
    entry = _wiki(data, api_url)
    accounts = entry.get("accounts")
    if not isinstance(accounts, dict):
        accounts = entry["accounts"] = {}
    if accounts.get(user) == limits.to_json():
        return
    accounts[user] = limits.to_json()
    _write(data)
