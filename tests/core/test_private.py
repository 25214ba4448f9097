"""photowalk.private: files 0600 and folders 0700 whatever the umask, links and pipes refused."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk.photo import FileKind
from photowalk.private import create_private, make_private, open_private, private_dir, private_file, write_private
from photowalk.project import ProjectStore
from photowalk.upload.lock import lock_path, upload_lock
from photowalk.upload.privacy import find_locations, prepare

REPO = Path(__file__).resolve().parents[2]


def mode(p: Path) -> int:
    return stat.S_IMODE(os.lstat(p).st_mode)


@pytest.fixture(params=[0o022, 0o002], ids=["umask022", "umask002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(int(request.param))
    yield int(request.param)
    os.umask(old)


def test_folders_are_made_0700_with_every_missing_parent(umask: int, tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    leaf = private_dir(tmp_path / "a" / "b" / "c")
    assert leaf == tmp_path / "a" / "b" / "c" and leaf.is_dir()
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", leaf)] == [0o700] * 3
    assert mode(tmp_path) == 0o755  # a parent that was there is not photowalk's to change


def test_files_are_made_0600(umask: int, tmp_path: Path) -> None:
    with open_private(tmp_path / "w.txt", "w", encoding="utf-8") as f:
        f.write("Боғи Рӯдакӣ\n")
    with open_private(tmp_path / "a.log", "a") as f:
        f.write("one\n")
    with open_private(tmp_path / "a.log", "a") as f:
        f.write("two\n")
    create_private(tmp_path / "new.photowalk")
    write_private(tmp_path / "deep" / "er" / "copy.jpg", b"\xff\xd8data")
    private_file(tmp_path / "conf" / "ui.ini")
    assert (tmp_path / "w.txt").read_text(encoding="utf-8") == "Боғи Рӯдакӣ\n"
    assert (tmp_path / "a.log").read_text() == "one\ntwo\n"
    assert (tmp_path / "deep" / "er" / "copy.jpg").read_bytes() == b"\xff\xd8data"
    made = [tmp_path / n for n in ("w.txt", "a.log", "new.photowalk", "deep/er/copy.jpg", "conf/ui.ini")]
    assert [mode(p) for p in made] == [0o600] * len(made)
    assert [mode(tmp_path / n) for n in ("deep", "deep/er", "conf")] == [0o700] * 3
    assert sorted(p.name for p in (tmp_path / "deep" / "er").iterdir()) == ["copy.jpg"]  # no temporary left
    with pytest.raises(FileExistsError):
        create_private(tmp_path / "new.photowalk")


def test_what_an_older_photowalk_left_open_loses_other_users_access_only(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    log = folder / "photowalk.log"
    log.write_text("an older line\n")
    log.chmod(0o644)
    ini = folder / "ui.ini"
    ini.write_text("[settings]\nlanguage=tg\n")
    ini.chmod(0o664)
    kept = folder / "read-only.photowalk"
    kept.write_bytes(b"x")
    kept.chmod(0o444)
    private_dir(folder)
    with open_private(log, "a") as f:
        f.write("a new line\n")
    private_file(ini)
    make_private(kept)
    make_private(folder / "gone.photowalk")  # nothing there: nothing made
    assert (mode(folder), mode(log), mode(ini), mode(kept)) == (0o700, 0o600, 0o600, 0o400)
    assert log.read_text() == "an older line\na new line\n"
    assert ini.read_text() == "[settings]\nlanguage=tg\n"  # kept as it was, only its mode changed
    assert not (folder / "gone.photowalk").exists()


def test_a_link_where_photowalk_writes_is_not_followed(tmp_path: Path) -> None:
    other = tmp_path / "someone-elses.txt"
    other.write_text("theirs\n")
    other.chmod(0o644)
    link = tmp_path / "photowalk.log"
    link.symlink_to(other)
    with pytest.raises(OSError) as exc:
        open_private(link, "a")
    assert exc.value.errno == errno.ELOOP
    project = tmp_path / "walk.photowalk"
    (tmp_path / f".{project.name}.upload-lock").symlink_to(other)
    with pytest.raises(OSError), upload_lock(project):
        pass
    assert other.read_text() == "theirs\n" and mode(other) == 0o644
    # A file the volunteer chose in a save dialog may be a link: followed, on purpose.
    with open_private(link, "w", follow_links=True) as f:
        f.write("report\n")
    assert other.read_text() == "report\n" and link.is_symlink()


def test_a_pipe_where_photowalk_writes_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "photowalk.log"
    os.mkfifo(fifo)
    result: list[BaseException | None] = []

    def write() -> None:
        try:
            with open_private(fifo, "a") as f:
                f.write("x")
            result.append(None)
        except OSError as exc:
            result.append(exc)

    t = threading.Thread(target=write, daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive(), "opening a pipe waited for a reader"
    assert isinstance(result[0], OSError)
    lock = lock_path(tmp_path / "walk.photowalk")
    os.mkfifo(lock)
    with pytest.raises(OSError), upload_lock(tmp_path / "walk.photowalk"):
        pass


def test_a_write_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "copy.jpg"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_private(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.jpg"] and target.is_dir()


def test_a_copy_without_location_is_private(umask: int, photos_dir: Path, tmp_path: Path) -> None:
    source = photos_dir / "gps" / "DSCN0010.jpg"
    data = source.read_bytes()
    workdir = tmp_path / "cache" / "upload-copies"
    prepared = prepare(source, kind=FileKind.JPEG, expected_sha1=hashlib.sha1(data).hexdigest(),
                       expected_size=len(data), expected_mtime=None, remove_location=True,
                       strip_identity=False, workdir=workdir)
    assert prepared.path.parent == workdir and not find_locations(prepared.path.read_bytes())
    assert (mode(tmp_path / "cache"), mode(workdir), mode(prepared.path)) == (0o700, 0o700, 0o600)


def test_folders_an_older_photowalk_left_open_are_closed_by_the_next_command(tmp_path: Path) -> None:
    """Thumbnails and accounts an older photowalk wrote readable by all go out of other users' reach."""
    cache, config = tmp_path / "cache", tmp_path / "config"
    old = [cache, cache / "thumbnails", cache / "thumbnails" / "ab", config]
    for d in old:
        d.mkdir(exist_ok=True)
        d.chmod(0o755)
    (cache / "thumbnails" / "ab" / "ab12.jpg").write_bytes(b"\xff\xd8")
    (config / "accounts.json").write_text("{}")
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    done = subprocess.run([sys.executable, "-m", "photowalk", "list", "--project", str(project)], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PHOTOWALK_CACHE_DIR": str(cache), "PHOTOWALK_CONFIG_DIR": str(config)})
    assert done.returncode == 0, done.stderr
    assert (mode(cache), mode(config)) == (0o700, 0o700)
