"""Projects on memory sticks and network folders: recognised, worked on as a local copy, written back."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from photowalk.filesystems import camera_card_folder, classify, filesystem_of, parse_mountinfo
from photowalk.project import ProjectStore
from photowalk.workingcopy import SafeModeBusyError, working_path

REPO = Path(__file__).resolve().parents[2]

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:1 / / rw,relatime - ext4 /dev/vda rw
80 27 8:17 / /media/alice/NIKON\040D5300 rw,nosuid - vfat /dev/sdb1 rw,uid=1000
81 27 8:33 / /media/alice/CARD rw,nosuid - exfat /dev/sdc1 rw
82 27 0:55 / /mnt/share rw,relatime - cifs //nas/photos rw
83 82 0:56 / /mnt/share/local rw,relatime - ext4 /dev/sdd1 rw
84 27 0:57 / /home/alice/nfs rw - nfs4 server:/export rw
"""


@pytest.mark.parametrize(
    ("path", "fs_type", "kind"),
    [
        ("/home/alice/walk.photowalk", "ext4", "local"),
        ("/media/alice/NIKON D5300/DCIM/walk.photowalk", "vfat", "removable"),
        ("/media/alice/CARD/walk.photowalk", "exfat", "removable"),
        ("/mnt/share/walk.photowalk", "cifs", "network"),
        ("/mnt/share/local/walk.photowalk", "ext4", "local"),  # a local disk mounted inside the share
        ("/home/alice/nfs/a/walk.photowalk", "nfs4", "network"),
        ("/media/alice/CARDS/walk.photowalk", "ext4", "local"),  # a name that only starts like a mount point
    ],
)
def test_drives_are_recognised_from_the_mount_table(path: str, fs_type: str, kind: str) -> None:
    found = parse_mountinfo(MOUNTINFO, path)
    assert found is not None and found[0] == fs_type
    assert classify(found[0]) == kind


@pytest.mark.parametrize(("name", "kind"), [("FAT32", "removable"), ("exFAT", "removable"), ("NTFS", "local"),
                                            ("msdos", "removable"), ("smbfs", "network"), ("apfs", "local")])
def test_windows_and_macos_type_names(name: str, kind: str) -> None:
    assert classify(name) == kind


def test_a_stick_windows_calls_removable_is_removable_whatever_its_file_system() -> None:
    assert classify("NTFS", removable_drive=True) == "removable"  # E:\ on an NTFS-formatted stick
    assert classify("ReFS") == "local"
    assert classify("smb", removable_drive=True) == "network"


def test_this_machines_temporary_folder_is_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOTOWALK_SAFE_MODE", raising=False)
    fs = filesystem_of(tmp_path)
    assert fs.type != "unknown" and not fs.needs_safe_mode


def run_holder(project: Path, code: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, str(project)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)


@pytest.fixture
def safe_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every drive treated like a memory stick, as PHOTOWALK_SAFE_MODE=1 tells photowalk to."""
    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "1")
    import os

    return {**os.environ, "PHOTOWALK_SAFE_MODE": "1"}


def plain_read(project: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the original file as any program would (not through photowalk)."""
    conn = sqlite3.connect(project, timeout=0.5)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_stick_project_is_written_back_and_kept_from_other_programs(
    tmp_path: Path, safe_env: dict[str, str]
) -> None:
    project = tmp_path / "walk.photowalk"
    store = ProjectStore.open(project, create=True)
    assert store.safe_mode and store.db_path != project
    store.set_setting("author", "Alice")
    other = ProjectStore.open(project)  # another thread of this process shares the working copy
    other.set_setting("place", "Dushanbe")
    other.close()
    out = subprocess.run([sys.executable, "-m", "photowalk", "list", "--project", str(project)],
                         capture_output=True, text=True, cwd=REPO, env=safe_env, timeout=60)
    assert out.returncode == 1 and "only one program" in out.stderr
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        plain_read(project, "SELECT * FROM settings")  # the original is held exclusively meanwhile
    store.close()
    assert not store.db_path.exists()  # the working copy is gone once everything is written back
    assert dict(plain_read(project, "SELECT key, value FROM settings")) == {
        "author": '"Alice"', "place": '"Dushanbe"'}
    assert plain_read(project, "PRAGMA integrity_check") == [("ok",)]


HOLD = r"""
import sys, time, json
from photowalk.project import ProjectStore
s = ProjectStore.open(sys.argv[1])
print(s.db_path, flush=True)
for line in sys.stdin:
    key, _, wait = line.strip().partition(" ")
    s.set_setting(key, key)
    if wait:  # until the quiet-moment copy has written it to the original
        mark = s.change_mark()
        while json.load(open(str(s.db_path) + ".json"))["synced"] < mark:
            time.sleep(0.1)
    print("ok", flush=True)
"""


def test_a_quiet_moment_writes_the_original_so_a_crash_loses_nothing(
    tmp_path: Path, safe_env: dict[str, str]
) -> None:
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    proc = run_holder(project, HOLD, safe_env)
    assert proc.stdout is not None and proc.stdin is not None
    work = Path(proc.stdout.readline().strip())
    proc.stdin.write("synced wait\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ok"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Without photowalk: the original alone has the change.
    assert ("synced", '"synced"') in plain_read(project, "SELECT key, value FROM settings")
    assert work.exists()  # left by the crash; nothing in it is newer than the original
    with ProjectStore.open(project) as store:
        assert store.safe_mode_recovered().saved_changes == 0  # type: ignore[union-attr]


def test_changes_not_yet_written_back_are_saved_at_the_next_opening(
    tmp_path: Path, safe_env: dict[str, str]
) -> None:
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    proc = run_holder(project, HOLD, safe_env)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.readline()
    for key in ("a", "b", "c"):
        proc.stdin.write(key + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "ok"
    proc.send_signal(signal.SIGKILL)  # at once: before any quiet moment
    proc.wait()
    with ProjectStore.open(project) as store:
        recovered = store.safe_mode_recovered()
        assert recovered is not None and recovered.saved_changes == 3
        assert [store.setting(k) for k in "abc"] == ["a", "b", "c"]
    assert dict(plain_read(project, "SELECT key, value FROM settings")) == {"a": '"a"', "b": '"b"', "c": '"c"'}


def test_a_crash_copy_never_overwrites_changes_made_elsewhere_since(
    tmp_path: Path, safe_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    proc = run_holder(project, HOLD, safe_env)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.readline()
    proc.stdin.write("here\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ok"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # The stick goes to another computer, which changes the project there.
    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "0")
    with ProjectStore.open(project) as store:
        store.set_setting("there", "there")
    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "1")
    with ProjectStore.open(project) as store:
        recovered = store.safe_mode_recovered()
        assert recovered is not None and recovered.conflict_copy is not None
        assert store.setting("there") == "there" and store.setting("here") is None
        copy = recovered.conflict_copy
    assert copy.parent == project.parent and "changes kept" in copy.name
    assert ("here", '"here"') in plain_read(copy, "SELECT key, value FROM settings")


def test_removed_photos_and_many_changes_reach_the_original(tmp_path: Path, safe_env: dict[str, str]) -> None:
    from tests.core.test_project import new_photo

    project = tmp_path / "walk.photowalk"
    with ProjectStore.open(project, create=True) as store:
        ids = [r.photo_id for r in store.add_photos([new_photo(tmp_path / f"{i}.jpg", f"s{i}") for i in range(50)])]
        from photowalk.edits import add_categories, set_description

        set_description(store, ids, "tg", "Боғи Рӯдакӣ")
        add_categories(store, ids[:10], ["Dushanbe"])
        assert store.db_path != project
        time.sleep(2.5)  # one quiet-moment copy, then more changes on top of it
        store.remove_photos(ids[:5])
        set_description(store, ids[5:7], "en", "Rudaki Park")
    assert plain_read(project, "SELECT count(*) FROM photos") == [(45,)]
    assert plain_read(project, "SELECT count(*) FROM descriptions WHERE lang='tg'") == [(45,)]
    assert plain_read(project, "SELECT count(*) FROM descriptions WHERE lang='en'") == [(2,)]
    assert plain_read(project, "SELECT count(*) FROM categories") == [(5,)]
    assert plain_read(project, "PRAGMA foreign_key_check") == []


def test_two_holders_on_one_computer_are_refused(tmp_path: Path, safe_env: dict[str, str]) -> None:
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    proc = run_holder(project, HOLD, safe_env)
    assert proc.stdout is not None
    proc.stdout.readline()
    try:
        code = ("import sys; from photowalk.project import ProjectStore\n"
                "try: ProjectStore.open(sys.argv[1])\n"
                "except Exception as e: print(type(e).__name__)")
        out = subprocess.run([sys.executable, "-c", code, str(project)], capture_output=True, text=True,
                             cwd=REPO, env=safe_env, timeout=60)
        assert out.stdout.strip() == SafeModeBusyError.__name__
    finally:
        proc.kill()
        proc.wait()


def test_working_copies_are_named_per_project(tmp_path: Path, safe_env: dict[str, str]) -> None:
    a, b = working_path(tmp_path / "a" / "walk.photowalk"), working_path(tmp_path / "b" / "walk.photowalk")
    assert a != b and a.parent == b.parent
    assert json.dumps(str(a))  # a plain local path


def test_a_camera_card_is_found_among_the_mounted_volumes(tmp_path: Path) -> None:
    nikon = tmp_path / "Volumes" / "NIKON D5300"
    (nikon / "DCIM" / "100NIKON").mkdir(parents=True)
    stick = tmp_path / "media" / "ann" / "STICK"
    stick.mkdir(parents=True)
    share = tmp_path / "share"
    (share / "DCIM").mkdir(parents=True)
    (tmp_path / "file-not-folder").mkdir()
    (tmp_path / "file-not-folder" / "DCIM").write_bytes(b"")
    volumes = [(str(tmp_path / "gone"), "ext4"), (str(tmp_path / "file-not-folder"), "exfat"), (str(stick), "vfat"),
               (str(share), "smbfs"), (str(nikon), "msdos")]
    assert camera_card_folder(volumes) == nikon / "DCIM"
    assert camera_card_folder(volumes[:4]) is None  # a network share is not looked into
