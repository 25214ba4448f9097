"""HEIC/HEIF photos from phones as JPEG files Commons takes, with all their metadata; the original untouched.

The picture is decoded by libheif (pillow-heif) with the HEIF file's rotation applied, so the
JPEG's EXIF Orientation is set to 1 in place (every other byte of the camera's EXIF is kept:
date, GPS, camera, maker notes); the XMP packet and the colour profile go along too. The JPEG is
written in a folder of the volunteer's (beside the project by default), never beside the
original: that may be the camera card or the phone.
"""

from __future__ import annotations

import io
import os
import struct
import threading
from pathlib import Path

from PIL import Image

from photowalk.budget import DECODE_BUDGET, decode_bytes
from photowalk.errors import PhotowalkError
from photowalk.exif_edit import Tiff, TiffError
from photowalk.files import os_reason
from photowalk.filesystems import filesystem_of
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.private import write_private
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.reasons import reason

JPEG_QUALITY = 92  # visually lossless for a phone photo, about the size of the HEIC's camera JPEG
FOLDER_NAME = "JPEG"  # beside the project, when the volunteer chose no other folder
ORIENTATION = 0x0112
# One conversion at a time: two photos of one name converted at once must not choose the same JPEG
# name (libheif decodes on several threads of its own anyway).
_CONVERTING = threading.Lock()


class HeicConversionError(PhotowalkError):
    code = "heic-conversion"
    template = QT_TRANSLATE_NOOP(
        "errors", "The HEIC photo {path} could not be converted to JPEG: {reason}. Export it as JPEG on the phone "
        "(or in the computer's photo program) and import that."
    )


class ConvertOntoSourceError(PhotowalkError):
    code = "heic-folder"
    template = QT_TRANSLATE_NOOP(
        "errors", "photowalk does not write converted photos into {folder}, where the originals are (a camera card "
        "or a phone). Choose another folder for them."
    )


def heif_available() -> bool:
    """True when the HEIF decoder (pillow-heif) can be loaded."""
    try:
        import pillow_heif  # noqa: F401
    except ImportError:
        return False
    return True


def _upright_exif(exif: bytes) -> bytes:
    """The EXIF block with its Orientation set to 1 (the decoded picture is already upright); nothing else moves."""
    header = b"Exif\x00\x00"
    body = exif[len(header):] if exif.startswith(header) else exif
    buf = bytearray(body)
    try:
        tiff = Tiff(buf)
    except TiffError:
        return header + body
    for entry in tiff.entries(ORIENTATION):
        if entry.ifd == "IFD0" and entry.type == 3 and entry.count == 1:
            struct.pack_into(tiff.order + "H", buf, entry.value_at, 1)
    return header + bytes(buf)


XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"


def with_xmp(jpeg: bytes, packet: bytes) -> bytes:
    """The JPEG with an XMP segment (APP1) after its JFIF and EXIF segments, as cameras write it.

    A packet too large for one segment (extended XMP) is left out: the EXIF holds what Commons reads."""
    payload = XMP_HEADER + packet.rstrip(b"\x00")
    if len(payload) + 2 > 0xFFFF or not jpeg.startswith(b"\xff\xd8"):
        return jpeg
    at = 2
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF and jpeg[at + 1] in (0xE0, 0xE1):
        at += 2 + struct.unpack(">H", jpeg[at + 2 : at + 4])[0]
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:at] + segment + jpeg[at:]


def jpeg_name(source: Path, folder: Path, mtime_ns: int) -> tuple[Path, bool]:
    """Where the JPEG of `source` goes in `folder`, and whether it is there already.

    Its name with .jpg; a JPEG of that name made from another photo (two phones both have an
    IMG_0001.HEIC) is never replaced: the name gets -2, -3, ... The JPEG keeps its original's
    modification time to the nanosecond, which is how the one made before is known again."""
    for n in range(1, 1000):
        target = folder / (f"{source.stem}.jpg" if n == 1 else f"{source.stem}-{n}.jpg")
        try:
            st = target.stat()
        except FileNotFoundError:
            return target, False
        except OSError:
            continue
        if st.st_mtime_ns == mtime_ns:
            return target, True
    raise HeicConversionError(path=str(source), reason=reason(
        "heic-names", QT_TRANSLATE_NOOP("errors", "{folder} holds too many photos of that name"), folder=str(folder)))


def convert_to_jpeg(source: Path, folder: Path) -> Path:
    """Write `source` (HEIC/HEIF) as a JPEG in `folder` and return its path; one already made from it is reused.

    The JPEG gets the original's modification time, so photowalk and the volunteer see when it was taken."""
    with _CONVERTING:
        return _convert(source, folder)


def _convert(source: Path, folder: Path) -> Path:
    try:
        st = source.stat()
    except OSError as exc:
        raise HeicConversionError(path=str(source), reason=os_reason(exc)) from exc
    target, made = jpeg_name(source, folder, st.st_mtime_ns)
    if made:
        return target
    try:
        from pillow_heif import register_heif_opener
    except ImportError as exc:
        raise HeicConversionError(path=str(source), reason=reason(
            "heif-missing", QT_TRANSLATE_NOOP("errors", "the HEIF decoder (pillow-heif) is not installed"))) from exc
    register_heif_opener()
    try:
        with Image.open(source) as im:
            # The decoded picture, its RGB copy and the JPEG being written, from the budget every decode shares.
            need = 3 * decode_bytes(im)
            if not DECODE_BUDGET.fits(need):
                raise HeicConversionError(path=str(source), reason=reason("heic-too-large", QT_TRANSLATE_NOOP(
                    "errors", "its {width} x {height} pixels need more memory than photowalk gives one picture"),
                    width=im.width, height=im.height))
            with DECODE_BUDGET.reserve(need):
                im.load()
                exif = im.info.get("exif") or b""
                xmp = im.info.get("xmp") or b""
                icc = im.info.get("icc_profile") or None
                picture = im.convert("RGB") if im.mode != "RGB" else im
                out = io.BytesIO()
                options: dict[str, object] = {"quality": JPEG_QUALITY, "optimize": True}
                if exif:
                    options["exif"] = _upright_exif(bytes(exif))
                if icc:
                    options["icc_profile"] = icc
                picture.save(out, "JPEG", **options)
    except (OSError, ValueError, SyntaxError) as exc:
        raise HeicConversionError(path=str(source), reason=reason(
            "heic-damaged", QT_TRANSLATE_NOOP("errors", "the decoder reported: {error}"),
            error=str(exc) or type(exc).__name__)) from exc
    data = out.getvalue()
    if xmp:
        data = with_xmp(data, xmp if isinstance(xmp, bytes) else str(xmp).encode("utf-8"))
    try:
        write_private(target, data)
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    except OSError as exc:
        raise HeicConversionError(path=str(source), reason=os_reason(exc)) from exc
    return target


def check_folder(folder: Path, sources: list[Path]) -> None:
    """Refuse a folder for converted photos where the originals are: inside a folder being imported,
    or anywhere on the memory card or stick an import reads from."""
    where = folder.resolve()
    existing = next((p for p in (where, *where.parents) if p.is_dir()), None)
    for s in sources:
        base = s.resolve() if s.is_dir() else s.resolve().parent
        if where == base or base in where.parents:
            raise ConvertOntoSourceError(folder=str(folder))
        try:
            same_drive = existing is not None and os.stat(existing).st_dev == os.stat(base).st_dev
        except OSError:
            continue
        if same_drive and filesystem_of(base).kind == "removable":
            raise ConvertOntoSourceError(folder=str(folder))


def heic_target(store: ProjectStore) -> Path | None:
    """Where the project's import writes JPEG copies of HEIC photos; None when it imports them as they are."""
    settings = read_settings(store)
    if not settings.convert_heic:
        return None
    return Path(settings.converted_folder) if settings.converted_folder else store.root / FOLDER_NAME
