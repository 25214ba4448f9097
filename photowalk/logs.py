"""Logging to a rotating file in the user's log folder, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from photowalk.paths import log_dir

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "********"


def register_secret(secret: str) -> None:
    """Mask `secret` wherever it would appear in a log record from now on."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """`text` with every registered secret masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for s in secrets:
        text = text.replace(s, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Formats each record once and masks secrets in the message and the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send photowalk's log to `photowalk.log` in the log folder; returns the file's path."""
    target = (folder or log_dir()) / "photowalk.log"
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("photowalk")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(level)
    return target
