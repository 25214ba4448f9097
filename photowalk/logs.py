"""Logging to a rotating file in the user's log folder, with secrets masked."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path

from photowalk.paths import log_dir
from photowalk.private import private_dir, private_fd

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "********"
LOG_NAME = "photowalk.log"


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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file only its owner can read (it names accounts and wikis), that stays quiet
    when it cannot be written (a full disk must not print a traceback for every record)."""

    _warned = False

    def _open(self) -> io.TextIOWrapper:
        # private_fd also takes other users' access to a file an older photowalk made readable by all.
        fd = private_fd(self.baseFilename, os.O_WRONLY | os.O_APPEND)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)
        elif not self._warned:
            self._warned = True
            print(f"photowalk: the log file {self.baseFilename} cannot be written ({exc.strerror})", file=sys.stderr)


def log_file(folder: Path | None = None) -> Path:
    """Where photowalk's log is written."""
    return (folder or log_dir()) / LOG_NAME


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send photowalk's log to `photowalk.log` in the log folder (the window and the command line
    alike); returns the file's path."""
    target = log_file(folder)
    private_dir(target.parent)
    root = logging.getLogger("photowalk")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = PrivateRotatingFileHandler(target, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    return target
