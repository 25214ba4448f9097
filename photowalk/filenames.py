"""File names photowalk makes from text (a project's name, a title, a translated default): valid on
Windows, macOS and Linux alike, so a project or report moved between them keeps its name.

Windows is the strictest: it forbids `< > : " / \\ | ? *` and control characters, gives the device
names (CON, PRN, AUX, NUL, COM1-9, LPT1-9) a meaning of their own whatever the extension, and drops
trailing dots and spaces. Linux counts a name's UTF-8 bytes (255 at most), Windows its UTF-16 units.
"""

from __future__ import annotations

import ntpath
import os
import re
import unicodedata

# Characters Windows refuses in a name, and every control character (which no file system needs).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff]')
# Device names, with or without an extension ("NUL.txt" is the device too); ¹²³ count as digits there.
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{kind}{n}" for kind in ("COM", "LPT") for n in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³")]
)
# Room under the 255-byte limit for what is added later: " (2)", a temporary ".tmp-123456" suffix.
MAX_NAME_BYTES = 200
REPLACEMENT = "_"


def is_device_name(name: str) -> bool:
    """True if Windows takes this name for a device (CON, nul.txt, "COM1 .jpg", ...)."""
    return name.partition(".")[0].rstrip(" ").upper() in _DEVICES


def _fit(stem: str, room: int) -> str:
    """The longest start of `stem` whose UTF-8 bytes fit in `room` (never half a character)."""
    encoded = stem.encode("utf-8")
    if len(encoded) <= room:
        return stem
    return encoded[:room].decode("utf-8", errors="ignore")


def safe_file_name(text: str, suffix: str = "", *, fallback: str = "photowalk", readable: bool = False) -> str:
    """`text` + `suffix` as a file name every system accepts and keeps as written.

    Forbidden characters become "_" (with `readable`, a name only suggested to a person: a space, and
    runs of spaces one), leading and trailing dots and spaces go, a device name gets an "_" in front,
    and a long name is shortened (by whole characters) to MAX_NAME_BYTES. An empty result is
    `fallback`. `suffix` (".csv") is kept whole.
    """
    stem = unicodedata.normalize("NFC", text)
    stem = re.sub(r"\s+", " ", stem)  # tabs and line breaks read as the spaces they stand for
    if readable:
        stem = " ".join(_FORBIDDEN.sub(" ", stem).split())
    stem = _FORBIDDEN.sub(REPLACEMENT, stem)
    stem = _fit(stem.strip(" ."), MAX_NAME_BYTES - len(suffix.encode("utf-8"))).rstrip(" .")
    if not stem.strip(REPLACEMENT + " "):
        stem = fallback
    if is_device_name(stem + suffix):
        stem = REPLACEMENT + stem
    return stem + suffix


def windows_long_path(path: str) -> str:
    r"""An absolute Windows path in the extended form (\\?\C:\..., \\?\UNC\server\share\...) that
    Windows opens past 260 characters; a relative or already extended path is returned unchanged."""
    if path.startswith("\\\\?\\") or not ntpath.splitdrive(path)[0] or not ntpath.isabs(path):
        return path
    path = ntpath.normpath(path)  # the extended form takes the path literally: no "..", no "/"
    if path.startswith("\\\\"):
        return "\\\\?\\UNC\\" + path[2:]
    return "\\\\?\\" + path


def system_path(path: str | os.PathLike[str]) -> str:
    """`path` as this system's file functions take it: on Windows, the extended form once it nears the
    260-character limit (a deep folder, a long user name), elsewhere unchanged."""
    text = os.fspath(path)
    return windows_long_path(text) if os.name == "nt" and len(text) >= 240 else text
