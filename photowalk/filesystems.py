"""Which kind of drive a project lives on: SQLite's write-ahead log is safe only on a local disk."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Network file systems: no shared memory between computers, locks that may not hold.
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "afpfs", "9p", "davfs",
     "webdav", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "glusterfs", "ceph", "lustre",
     "fuse.davfs2", "fuse.s3fs"}
)
# Memory sticks and cards: no journaling of their own; a stick pulled out mid-write loses more than the
# last change, and some of their drivers cannot share memory maps between programs.
REMOVABLE_TYPES = frozenset(
    {"vfat", "msdos", "fat", "fat32", "exfat", "fuse.exfat", "fuseblk", "fuse.fat", "umsdos"}
)
# PHOTOWALK_SAFE_MODE=1 treats every drive as one of these (a drive photowalk does not recognise), =0 none.
SAFE_MODE_ENV = "PHOTOWALK_SAFE_MODE"


@dataclass(frozen=True)
class FileSystem:
    """The file system under a path: its type name and whether projects on it need safe mode."""

    type: str
    mount: str
    kind: str  # "local" | "network" | "removable"

    @property
    def needs_safe_mode(self) -> bool:
        return self.kind != "local"


# Windows' own word for a drive (GetDriveTypeW): a stick or card reader whatever its file system.
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4


def classify(fs_type: str, *, removable_drive: bool = False) -> str:
    """"network", "removable" or "local" for a file system type name (as Linux, macOS or Windows name it);
    `removable_drive`: the system says the drive can be pulled out (an NTFS-formatted stick on Windows)."""
    t = fs_type.lower()
    if t in NETWORK_TYPES or t.startswith(("nfs", "smb", "cifs")):
        return "network"
    if t in REMOVABLE_TYPES or removable_drive:
        return "removable"
    return "local"


def _unescape_mountinfo(field: str) -> str:
    # Spaces, tabs, newlines and backslashes in mount points are written as octal escapes.
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str, path: str) -> tuple[str, str] | None:
    """(file system type, mount point) of the mount holding `path`, from /proc/self/mountinfo's text."""
    best: tuple[str, str] | None = None
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields, rest = left.split(), right.split()
        if len(fields) < 5 or not rest:
            continue
        mount = _unescape_mountinfo(fields[4])
        inside = path == mount or path.startswith(mount.rstrip("/") + "/")
        # The last mount of the longest matching point wins: later mounts cover earlier ones.
        if inside and (best is None or len(mount) >= len(best[1])):
            best = (rest[0], mount)
    return best


def _linux(path: str) -> tuple[str, str] | None:
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as f:
            return parse_mountinfo(f.read(), path)
    except OSError:
        return None


def _macos(path: str) -> tuple[str, str] | None:
    class StatFs(ctypes.Structure):
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
                    ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
                    ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(None)
    statfs = libc["statfs$INODE64"] if hasattr(libc, "statfs$INODE64") else libc.statfs
    buf = StatFs()
    if statfs(os.fsencode(path), ctypes.byref(buf)) != 0:
        return None
    return buf.f_fstypename.decode(errors="replace"), buf.f_mntonname.decode(errors="replace")


def _windows(path: str) -> tuple[str, str, bool] | None:
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    root = ctypes.create_unicode_buffer(1024)
    if not kernel32.GetVolumePathNameW(path, root, 1024):
        return None
    drive = kernel32.GetDriveTypeW(root.value)
    if drive == DRIVE_REMOTE:  # a mapped share (Z:\) or a UNC path (\\server\share\)
        return "smb", root.value, False
    name = ctypes.create_unicode_buffer(64)
    if not kernel32.GetVolumeInformationW(root.value, None, 0, None, None, None, name, 64):
        return None
    return name.value, root.value, drive == DRIVE_REMOVABLE


def filesystem_of(folder: Path) -> FileSystem:
    """The file system holding `folder` (an existing folder); unknown ones count as local."""
    forced = os.environ.get(SAFE_MODE_ENV)
    path = os.path.realpath(folder)
    if forced == "1":
        return FileSystem("forced", path, "removable")
    found: tuple[str, str] | None = None
    removable_drive = False
    if forced != "0":
        try:
            if sys.platform.startswith("linux"):
                found = _linux(path)
            elif sys.platform == "darwin":
                found = _macos(path)
            elif sys.platform == "win32":
                windows = _windows(path)
                if windows is not None:
                    found, removable_drive = windows[:2], windows[2]
        except (OSError, AttributeError, ValueError):
            found = None
    if found is None:
        return FileSystem("unknown", path, "local")
    return FileSystem(found[0], found[1], classify(found[0], removable_drive=removable_drive))


def camera_card_folder(volumes: Iterable[tuple[str, str]]) -> Path | None:
    """The DCIM folder at the top of the first local or removable volume that has one: a camera card or a
    phone mounted as a drive (E:\\DCIM, /Volumes/NIKON D5300/DCIM, /media/ann/3937-3534/DCIM).

    `volumes` are (root folder, file system type) as the system lists its mounted volumes; network
    volumes are not looked into (a share that went away can hold the caller for a long time).
    """
    for root, fs_type in volumes:
        if classify(fs_type) == "network":
            continue
        folder = Path(root) / "DCIM"
        try:
            if folder.is_dir():
                return folder
        except OSError:
            continue
    return None
