"""Files only their owner can read (0600) and folders only their owner can open (0700).

What photowalk writes names accounts, places and people: on a shared computer no other user may read
it, whatever the umask. Every file and folder photowalk makes goes through these functions.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from photowalk.filenames import system_path
from photowalk.files import NOT_A_FILE

FILE_MODE = 0o600
DIR_MODE = 0o700

# O_NOFOLLOW: a link planted where photowalk writes must not redirect the write to another file.
# O_NONBLOCK: a pipe planted there fails at once instead of waiting for a reader for ever.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FLAGS = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_MODES = {"w": os.O_WRONLY | os.O_TRUNC, "a": os.O_WRONLY | os.O_APPEND, "a+": os.O_RDWR | os.O_APPEND}
# Windows has no owner/group/other bits: there a user's profile folders are private by their access lists.
_POSIX = os.name == "posix"


def _set_mode(target: str | os.PathLike[str] | int, mode: int) -> None:
    """chmod as far as the drive allows: a FAT memory stick or a network share may refuse any mode
    (there the mount decides who reads what); on a drive with owners the owner never fails."""
    if sys.platform == "win32":  # no mode bits to set (and no os.fchmod before Python 3.13)
        return
    try:
        if isinstance(target, int):
            os.fchmod(target, mode)
        else:
            os.chmod(target, mode)
    except OSError:
        pass


def _tighten(target: str | os.PathLike[str] | int, st: os.stat_result) -> None:
    """Take other users' access to a file or folder of this user away (an older photowalk or the
    umask may have given it); the owner's own bits stay, so a read-only file stays read-only.
    Another user's file is left alone."""
    if sys.platform == "win32":  # no owners in the mode bits (nor os.geteuid): access lists decide
        return
    if _POSIX and st.st_mode & 0o077 and st.st_uid == os.geteuid():
        _set_mode(target, stat.S_IMODE(st.st_mode) & 0o700)


def make_private(path: str | os.PathLike[str]) -> None:
    """Take other users' access to an existing file of this user away, by its name alone (no
    descriptor is opened: closing one would drop SQLite's locks on a project); a missing file is left missing."""
    try:
        st = os.stat(path)
    except OSError:
        return
    _tighten(path, st)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Make the folder `path` and any missing parents 0700, whatever the umask; returns it.

    A folder `path` that exists already loses other users' access when it is this user's: it is
    photowalk's own. Parents that existed keep their modes.
    """
    path = Path(path)
    missing = []
    p = path
    while not os.path.lexists(system_path(p)) and p.parent != p:
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            os.mkdir(system_path(d), DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by another process of photowalk: checked below
        if _POSIX:
            _set_mode(d, DIR_MODE)  # the umask may have taken away the owner's own bits
    st = os.stat(system_path(path))
    if not stat.S_ISDIR(st.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    _tighten(path, st)
    return path


def private_fd(path: str | os.PathLike[str], flags: int, *, follow_links: bool = False) -> int:
    """os.open() of a regular file, created 0600 when it is not there (one of this user's loses other
    users' access); `flags` say how to open it, O_CREAT is added. A link is refused unless `follow_links`."""
    fd = os.open(system_path(path), flags | os.O_CREAT | _FLAGS | (0 if follow_links else _NOFOLLOW), FILE_MODE)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, NOT_A_FILE, os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        _tighten(fd, st)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_private(path: str | os.PathLike[str], mode: str = "w", *, follow_links: bool = False,
                 **kwargs: Any) -> IO[Any]:
    """open() for writing a file only its owner can read: `mode` is w, a or a+, with b for bytes;
    `kwargs` go to open() (encoding, errors)."""
    fd = private_fd(path, _MODES[mode.replace("b", "")], follow_links=follow_links)
    try:
        return open(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def private_file(path: str | os.PathLike[str]) -> Path:
    """Make `path` a file only its owner can read, empty if it was not there, in a 0700 folder if that
    was missing; for a file another library writes, keeping the mode of the file it replaces (QSettings)."""
    path = Path(path)
    private_dir(path.parent)
    os.close(private_fd(path, os.O_WRONLY))
    return path


def create_private(path: str | os.PathLike[str]) -> None:
    """Create an empty file only its owner can read; FileExistsError if anything is there already."""
    os.close(private_fd(path, os.O_WRONLY | os.O_EXCL))


def write_private(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `target` whole or not at all (a new file renamed over it), only its owner can read it;
    its folder is made (0700) when missing. OSError as the system reported it; no partial file is left."""
    target = Path(target)
    folder = private_dir(target.parent)
    fd, tmp = tempfile.mkstemp(dir=system_path(folder), prefix=f".{target.name}.", suffix=".tmp")
    try:
        with open(fd, "wb") as f:  # mkstemp makes it 0600
            f.write(data)
        os.replace(tmp, system_path(target))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
