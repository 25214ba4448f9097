"""One project open in several processes: nothing lost, nothing corrupted, every change seen."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from photowalk.errors import NotAProjectError, ProjectReadOnlyError
from photowalk.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]

# A process that holds the project the way the window does: one connection on its main thread, and
# stores opened and closed by other threads (checks, imports) while it stays open.
HOLDER = r"""
import os, sys, threading
from photowalk.project import ProjectStore
main = ProjectStore.open(sys.argv[1])
for line in sys.stdin:
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "thread":
        def work():
            with ProjectStore.open(sys.argv[1]) as s:
                s.photo_ids()
        t = threading.Thread(target=work); t.start(); t.join()
    elif cmd == "set":
        main.set_setting(arg, arg)
    elif cmd == "fds":
        fds = []
        for n in os.listdir("/proc/self/fd"):
            try:
                fds.append(os.readlink(f"/proc/self/fd/{n}"))
            except OSError:
                pass  # the descriptor of the listing itself
        print("|".join(f for f in fds if "photowalk" in f), flush=True)
        continue
    print("ok", flush=True)
"""


def photowalk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "photowalk", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


@contextmanager
def holder(project: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def ask(proc: subprocess.Popen[str], line: str) -> str:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def test_other_processes_never_take_the_log_from_under_an_open_project(tmp_path: Path, photos_dir: Path) -> None:
    project = tmp_path / "walk.photowalk"
    assert photowalk("import", str(photos_dir / "orientation"), "--project", str(project)).returncode == 0
    with holder(project) as proc:
        for round_ in range(3):
            assert ask(proc, "thread") == "ok"  # a store opened and closed beside the open one
            for args in (["status"], ["list"], ["check"], ["report"], ["edit", "--all", "--description",
                                                                        f"en=round {round_}"]):
                out = photowalk(*args, "--project", str(project))
                assert out.returncode in (0, 1), out.stderr
            assert ask(proc, f"set key{round_}") == "ok"
            fds = ask(proc, "fds")
            assert "(deleted)" not in fds and "-wal" in fds, fds
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with ProjectStore.open(project) as store:
        assert [store.setting(f"key{i}") for i in range(3)] == ["key0", "key1", "key2"]
        assert {p.descriptions.get("en") for p in store.photos()} == {"round 2"}
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_changes_by_another_process_are_seen_by_id(tmp_path: Path) -> None:
    project = tmp_path / "p.photowalk"
    with ProjectStore.open(project, create=True) as store:
        from tests.core.test_project import new_photo

        ids = [r.photo_id for r in store.add_photos([new_photo(tmp_path / f"{i}.jpg", f"s{i}") for i in range(3)])]
        version, mark = store.data_version(), store.change_mark()
        assert store.data_version() == version  # nothing new: the cheap poll says so
        out = photowalk("edit", "--photo", str(ids[1]), "--description", "en=from the terminal",
                        "--project", str(project))
        assert out.returncode == 0, out.stderr
        assert store.data_version() != version
        mark2, changed = store.changes_since(mark)
        assert changed == {ids[1]} and mark2 > mark
        store.set_setting("author", "Alice")
        assert store.changes_since(mark2)[1] == {0}  # 0: the project's settings


def test_a_change_log_pruned_past_the_mark_asks_for_a_full_reread(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        store.set_setting("a", 1)
        mark = store.change_mark()
        store.set_setting("a", 2)
        store.set_setting("a", 3)
        with store.transaction() as c:
            c.execute("DELETE FROM changes WHERE seq <= ?", (mark + 1,))
        assert store.changes_since(mark)[1] is None
        assert store.changes_since(mark + 1)[1] == {0}


def test_project_files_are_private_to_their_owner(tmp_path: Path) -> None:
    project = tmp_path / "p.photowalk"
    with ProjectStore.open(project, create=True) as store:
        store.set_setting("author", "Alice")
        for f in (project, Path(f"{project}-wal"), Path(f"{project}-shm")):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    project.chmod(0o644)  # made by an older photowalk
    with ProjectStore.open(project):
        assert stat.S_IMODE(project.stat().st_mode) == 0o600


def test_a_pipe_is_not_opened_as_a_project(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.photowalk"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(NotAProjectError, match="not a regular file"):
        ProjectStore.open(fifo)
    assert time.monotonic() - started < 5


@contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write: a read-only bind mount as root, permission bits otherwise."""
    src = tmp_path / "src"
    src.mkdir()
    with ProjectStore.open(src / "walk.photowalk", create=True) as store:
        store.set_setting("author", "Alice")
    if os.geteuid() != 0:
        src.chmod(0o555)
        try:
            yield src
        finally:
            src.chmod(0o755)
        return
    ro = tmp_path / "ro"
    ro.mkdir()
    subprocess.run(["mount", "--bind", str(src), str(ro)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], check=True)
        yield ro
    finally:
        subprocess.run(["umount", str(ro)], check=True)


def test_a_read_only_folder_is_named_as_such(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        for path, create in ((folder / "walk.photowalk", False), (folder / "new.photowalk", True)):
            with pytest.raises(ProjectReadOnlyError) as info:
                ProjectStore.open(path, create=create)
            assert "cannot be written" in info.value.message and str(folder) in info.value.message
            assert "not a photowalk project" not in info.value.message
        out = photowalk("list", "--project", str(folder / "walk.photowalk"))
        assert out.returncode == 1 and "cannot be written" in out.stderr


def test_importing_the_folder_that_holds_the_project_never_opens_it(tmp_path: Path, photos_dir: Path) -> None:
    """Projects saved in the card's own folder: the scan must not open (and close) them or their log."""
    import shutil

    card = tmp_path / "card"
    shutil.copytree(photos_dir / "gps", card)
    project = card / "walk.db"  # any name: the project is known by identity too
    other = card / "older.photowalk"
    ProjectStore.open(other, create=True).close()
    with ProjectStore.open(project, create=True) as store:
        store.set_setting("author", "Alice")
        from photowalk.importer import import_paths

        report = import_paths([card], store, make_thumbnails=False)
        skipped = {p.name for p, _why in report.skipped}
        assert {"walk.db", "walk.db-wal", "walk.db-shm", "older.photowalk"} <= skipped
        assert len(report.added) == 20
        # A command in another process closes the project: the log must survive it.
        assert photowalk("status", "--project", str(project)).returncode == 0
        store.set_setting("place", "Dushanbe")
        fds = [os.readlink(f"/proc/self/fd/{n}") for n in os.listdir("/proc/self/fd")
               if os.path.exists(f"/proc/self/fd/{n}")]
        assert not [f for f in fds if "walk.db" in f and "(deleted)" in f]
    with ProjectStore.open(project) as store:
        assert store.setting("place") == "Dushanbe"
