"""One upload of a project at a time, across processes: the window and the command line."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from photowalk.locks import try_lock
from photowalk.private import open_private
from photowalk.upload.errors import UploadRunningElsewhere


def lock_path(project: Path) -> Path:
    """The hidden file beside the project that an uploading process holds locked."""
    project = Path(project).resolve()
    return project.with_name(f".{project.name}.upload-lock")


@contextmanager
def upload_lock(project: Path) -> Iterator[None]:
    """Hold the project's upload lock, or raise UploadRunningElsewhere at once.

    The operating system drops the lock when the process ends, even by kill -9 or a crash, so a
    stale lock cannot block the next upload. The file is left in place: removing it while another
    process opens it would let two processes each lock a different file.
    """
    path = lock_path(project)
    f = open_private(path, "a+b")  # held for the whole upload; it names which process uploads
    try:
        if not try_lock(f):
            raise UploadRunningElsewhere(path=str(project))
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()}\n".encode())  # for whoever looks: which process uploads
        f.flush()
        yield
    finally:
        f.close()  # closing releases the lock
