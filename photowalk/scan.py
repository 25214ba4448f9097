"""Walk a camera folder and recognise each file by its content, not its name."""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from photowalk.errors import FolderReadError
from photowalk.files import is_regular, open_regular, os_reason
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.pathtext import shown
from photowalk.photo import FileKind
from photowalk.reasons import Reason

# Sidecars a camera or a photo manager writes next to the photo; never photos themselves
# (a .THM is a small JPEG, so sniffing alone would import it).
# A photowalk project and SQLite's files beside it: never opened by the scan, since closing any
# other descriptor of a project file drops the locks this process holds on it (photowalk.project).
PROJECT_FILE_ENDINGS = (".photowalk", ".photowalk-wal", ".photowalk-shm", ".photowalk-journal")
SIDECAR_EXTENSIONS = frozenset({"thm", "xmp", "aae", "pp3", "dop", "lrv", "ctg", "xml", "json"})
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", ".ds_store", "zbthumbnail.info"})
JUNK_FOLDERS = frozenset({"system volume information", "$recycle.bin", "__macosx"})

RAW_EXTENSIONS = frozenset(
    {"cr2", "cr3", "crw", "nef", "nrw", "arw", "srf", "sr2", "dng", "orf", "rw2", "raf", "pef",
     "srw", "x3f", "3fr", "erf", "kdc", "mef", "mos", "mrw", "iiq", "rwl", "raw", "gpr"}
)
VIDEO_EXTENSIONS = frozenset(
    {"mp4", "mov", "m4v", "avi", "mts", "m2ts", "3gp", "mkv", "webm", "wmv", "mpg", "mpeg", "insv", "lrv"}
)
IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "jpe", "png", "tif", "tiff", "webp", "gif", "heic", "heif", "hif", "avif"})
# Names that claim to be media: a file with such a name whose content is not recognised is
# reported (a text file named .jpg), while unknown files with other names are only counted.
MEDIA_EXTENSIONS = IMAGE_EXTENSIONS | RAW_EXTENSIONS | VIDEO_EXTENSIONS

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}
_CANON_RAW_BRANDS = {b"crx "}

SNIFF_BYTES = 4096


@dataclass(frozen=True)
class ScanEntry:
    """One media file found: its path, its real kind, size and modification time."""

    path: Path
    kind: FileKind
    size: int
    mtime: float


@dataclass
class ScanResult:
    """What a walk found: media files, and what was skipped or could not be read."""

    entries: list[ScanEntry]
    skipped: list[tuple[Path, Reason]]  # sidecars, junk, unknown files: (path, reason)
    unreadable: list[tuple[Path, Reason]]  # folders or files the walk could not read


def extension(path: Path) -> str:
    return path.suffix[1:].lower()


def sniff(head: bytes, ext: str = "") -> FileKind:
    """The content type of a file from its first bytes; `ext` only tells TIFF-based RAW from TIFF."""
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return FileKind.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.WEBP
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"AVIX"):
        return FileKind.VIDEO
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return FileKind.HEIC
        if brand in _CANON_RAW_BRANDS:
            return FileKind.RAW
        return FileKind.VIDEO  # mp4, qt, 3gp, M4V, ...
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"):
        return FileKind.VIDEO  # old QuickTime files without ftyp
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FileKind.VIDEO  # Matroska / WebM
    if head.startswith(b"\x00\x00\x01\xba") or (len(head) > 188 and head[0] == 0x47 and head[188] == 0x47):
        return FileKind.VIDEO  # MPEG-PS, MPEG-TS
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return FileKind.RAW
    if head[:4] in (b"IIRO", b"IIRS", b"MMOR", b"IIU\x00"):
        return FileKind.RAW  # Olympus ORF, Panasonic RW2
    if head.startswith(b"II\x1a\x00\x00\x00HEAPCCDR"):
        return FileKind.RAW  # Canon CRW
    if head.startswith(b"FOVb"):
        return FileKind.RAW  # Sigma X3F
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        if head[8:10] == b"CR":
            return FileKind.RAW  # Canon CR2
        if ext in RAW_EXTENSIONS or _tiff_has_dng_tag(head):
            return FileKind.RAW
        return FileKind.TIFF
    return FileKind.NOT_IMAGE


def _tiff_has_dng_tag(head: bytes) -> bool:
    """True if IFD0 (within the sniffed bytes) holds DNGVersion: a DNG renamed .tif is still RAW."""
    try:
        endian = "<" if head[:2] == b"II" else ">"
        (offset,) = struct.unpack_from(endian + "I", head, 4)
        (count,) = struct.unpack_from(endian + "H", head, offset)
        for i in range(min(count, 512)):
            (tag,) = struct.unpack_from(endian + "H", head, offset + 2 + 12 * i)
            if tag == 0xC612:
                return True
    except struct.error:
        return False
    return False


def sniff_file(path: Path) -> FileKind:
    """Read the first bytes of `path` and sniff them (a regular file only: see open_regular)."""
    with open_regular(path) as f:
        return sniff(f.read(SNIFF_BYTES), extension(path))


def is_junk(name: str) -> bool:
    """OS and camera clutter: hidden files, AppleDouble files, thumbnail databases."""
    return name.startswith(".") or name.lower() in JUNK_NAMES


# Why a file is skipped (context "scan").
LINK_SEEN = Reason("link-seen", QT_TRANSLATE_NOOP("scan", "a link to a folder already looked in"), context="scan")
SYSTEM_FILE = Reason("system-file", QT_TRANSLATE_NOOP("scan", "system file"), context="scan")
PROJECT_FILE = Reason("project-file", QT_TRANSLATE_NOOP("scan", "a photowalk project"), context="scan")
SIDECAR = Reason("sidecar", QT_TRANSLATE_NOOP("scan", "sidecar file"), context="scan")
NOT_REGULAR = Reason("not-a-file", QT_TRANSLATE_NOOP("scan", "not a file (a device, pipe or socket)"), context="scan")
NOT_A_PHOTO = Reason("not-a-photo", QT_TRANSLATE_NOOP("scan", "not a photo"), context="scan")


class _Walk:
    """Every file under some folders, with its stat (links followed once).

    A folder is entered once, by identity (st_dev, st_ino): a link to a folder already seen,
    such as `ln -s . loop`, is skipped, so the walk ends whatever links the card holds.
    """

    def __init__(self, unreadable: list[tuple[Path, Reason]], skipped: list[tuple[Path, Reason]],
                 cancel: Callable[[], bool]) -> None:
        self.unreadable, self.skipped, self.cancel = unreadable, skipped, cancel
        self.seen: set[tuple[int, int]] = set()

    def enter(self, folder: Path, st: os.stat_result) -> bool:
        """True the first time this folder (by identity) is met."""
        key = (st.st_dev, st.st_ino)
        if key in self.seen:
            self.skipped.append((folder, LINK_SEEN))
            return False
        self.seen.add(key)
        return True

    def files(self, root: Path, root_stat: os.stat_result) -> Iterator[tuple[Path, os.stat_result]]:
        stack = [root] if self.enter(root, root_stat) else []
        while stack and not self.cancel():
            folder = stack.pop()
            try:
                with os.scandir(folder) as it:
                    items = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.unreadable.append((folder, os_reason(exc)))
                continue
            subfolders = []
            for entry in items:
                path = Path(entry.path)
                try:
                    st = entry.stat()  # follows a link; a dangling or looping one fails here
                except OSError as exc:
                    if not is_junk(entry.name):
                        self.unreadable.append((path, os_reason(exc)))
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if not is_junk(entry.name) and entry.name.lower() not in JUNK_FOLDERS and self.enter(path, st):
                        subfolders.append(path)
                else:
                    yield path, st
            stack.extend(reversed(subfolders))


def iter_candidate_files(
    sources: Iterable[Path],
    unreadable: list[tuple[Path, Reason]],
    skipped: list[tuple[Path, Reason]],
    cancel: Callable[[], bool] | None = None,
    exclude: frozenset[tuple[int, int]] = frozenset(),
) -> Iterator[tuple[Path, int, float]]:
    """Every regular file under the sources that may be a photo, video or RAW, with its size and mtime.

    `exclude`: (device, inode) of files never to open, e.g. the project being imported into.
    """
    walk = _Walk(unreadable, skipped, cancel or (lambda: False))
    for src in sources:
        try:
            src_stat = src.stat()
        except FileNotFoundError as exc:
            raise FolderReadError(path=shown(src), reason=QT_TRANSLATE_NOOP("errors", "it does not exist")) from exc
        except OSError as exc:
            unreadable.append((src, os_reason(exc)))
            continue
        if stat.S_ISDIR(src_stat.st_mode):
            entries: Iterable[tuple[Path, os.stat_result]] = walk.files(src, src_stat)
        else:
            entries = [(src, src_stat)]
        for path, st in entries:
            name = path.name
            if is_junk(name):
                skipped.append((path, SYSTEM_FILE))
            elif name.lower().endswith(PROJECT_FILE_ENDINGS) or (st.st_dev, st.st_ino) in exclude:
                skipped.append((path, PROJECT_FILE))
            elif extension(path) in SIDECAR_EXTENSIONS:
                skipped.append((path, SIDECAR))
            elif not is_regular(st):
                # A FIFO, a socket or a device (a link to /dev/zero): reading it blocks or never ends.
                skipped.append((path, NOT_REGULAR))
            else:
                yield path, st.st_size, st.st_mtime


def scan(
    sources: Iterable[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    exclude: Iterable[Path] = (),
    head_start: tuple[int, Callable[[list[ScanEntry]], None]] | None = None,
) -> ScanResult:
    """Find and sniff every media file under `sources` (folders or single files); `exclude`: files never opened.

    head_start (n, fn): fn gets the first n entries as soon as they are found, before the scan goes on.
    """
    result = ScanResult([], [], [])
    stop = cancel or (lambda: False)
    identities = frozenset(_identities(exclude))
    candidates = iter_candidate_files(sources, result.unreadable, result.skipped, stop, identities)
    for n, (path, size, mtime) in enumerate(candidates, 1):
        if stop():
            break
        try:
            kind = sniff_file(path)
        except OSError as exc:
            result.unreadable.append((path, os_reason(exc)))
            continue
        if kind is FileKind.NOT_IMAGE and extension(path) not in MEDIA_EXTENSIONS:
            result.skipped.append((path, NOT_A_PHOTO))
            continue
        result.entries.append(ScanEntry(path, kind, size, mtime))
        if head_start is not None and len(result.entries) == head_start[0]:
            head_start[1](list(result.entries))
        if progress is not None:
            progress(n, 0)
    return result


def _identities(paths: Iterable[Path]) -> Iterator[tuple[int, int]]:
    for p in paths:
        try:
            st = os.stat(p)  # a stat, not an open: it touches no lock
        except OSError:
            continue
        yield st.st_dev, st.st_ino
