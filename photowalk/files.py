"""Opening only real files: a FIFO, a device or a socket named like a photo would block or never end."""

from __future__ import annotations

import errno
import io
import os
import stat
from typing import BinaryIO

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason

NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "it is not a file but a device, pipe or socket")
GREW = QT_TRANSLATE_NOOP("errors", "the file changed while it was read (is it still being copied?)")
PERMISSION_DENIED = QT_TRANSLATE_NOOP("errors", "permission denied")

# What the system said, by error number, in words a volunteer reads in their language.
_OS_REASONS = {
    errno.ENOENT: ("not-found", QT_TRANSLATE_NOOP("errors", "it does not exist")),
    errno.EACCES: ("permission-denied", PERMISSION_DENIED),
    errno.EPERM: ("permission-denied", PERMISSION_DENIED),
    errno.ELOOP: ("link-loop", QT_TRANSLATE_NOOP("errors", "its links lead round in a circle")),
    errno.EIO: ("io-error", QT_TRANSLATE_NOOP("errors", "the card or disk could not be read (input/output error)")),
    errno.ENAMETOOLONG: ("name-too-long", QT_TRANSLATE_NOOP("errors", "its name is too long for the system")),
}

# O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer;
# on a regular file it changes nothing.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class Stopped(Exception):
    """A read was stopped because the volunteer cancelled."""


def is_regular(st: os.stat_result) -> bool:
    return stat.S_ISREG(st.st_mode)


def open_regular(path: str | os.PathLike[str]) -> io.BufferedReader:
    """Open a regular file for reading; anything else raises OSError with the reason NOT_A_FILE."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not is_regular(os.fstat(fd)):
            raise OSError(errno.EINVAL, NOT_A_FILE, os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise


def os_reason(exc: OSError) -> Reason:
    """Why the system could not open or read a file; an error without words of ours quotes the system."""
    if exc.strerror == NOT_A_FILE:
        return Reason("not-a-file", NOT_A_FILE)
    if exc.errno in _OS_REASONS:
        code, template = _OS_REASONS[exc.errno]
        return Reason(code, template)
    return reason("os-error", QT_TRANSLATE_NOOP("errors", "the system reported: {error}"),
                  error=exc.strerror or type(exc).__name__)


def size_of(f: BinaryIO) -> int:
    """The size of an open file now."""
    return os.fstat(f.fileno()).st_size
