"""256 px thumbnails in an on-disk cache keyed by the file's SHA-1."""

from __future__ import annotations

import errno
import hashlib
import io
import re
import struct
import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image

from photowalk.budget import DECODE_BUDGET, decode_bytes
from photowalk.cacheprune import prune_least_used
from photowalk.errors import DiskFullError, FileReadError, ImageError, PhotowalkError
from photowalk.files import NOT_A_FILE, open_regular, os_reason, size_of
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.integrity import grey_last_row, jpeg_cut_short, jpeg_data_too_short, jpeg_layout
from photowalk.paths import cache_dir
from photowalk.pathtext import shown
from photowalk.photo import FileKind
from photowalk.private import write_private
from photowalk.reasons import Reason

THUMB_SIZE = 256
THUMB_QUALITY = 80
# Commons takes panoramas far beyond Pillow's default bomb limit (~179 MP). Memory is guarded by
# the decode budget instead (photowalk.budget), which counts what a decode really allocates.
Image.MAX_IMAGE_PIXELS = None
_JPEG_FORMATS = ("JPEG", "MPO")  # MPO: a camera JPEG with extra preview images after it
# Pillow warns about each damaged EXIF tag it skips; the EXIF reader reports damage per photo.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.TiffImagePlugin")

_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


INCOMPLETE = Reason("picture-incomplete", QT_TRANSLATE_NOOP("errors", "the picture is incomplete (the file was cut short)"))
DAMAGED = Reason("picture-damaged", QT_TRANSLATE_NOOP("errors", "the picture data is damaged"))
TOO_LARGE = Reason("picture-too-large", QT_TRANSLATE_NOOP("errors", "the picture is too large to open"))
UNREADABLE = Reason("picture-unreadable", QT_TRANSLATE_NOOP(
    "errors", "the picture cannot be opened (unknown or damaged format)"))


class PreviewTooLarge(PhotowalkError):
    """The picture needs more memory to decode than photowalk allows itself: no thumbnail.

    Not damage: the importer checks such a file another way (see integrity.verify_png).
    """

    code = "preview-too-large"
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is too large to show ({megapixels} megapixels); it has no thumbnail."
    )


def render_thumbnail(source: Path, size: int = THUMB_SIZE, orientation: int | None = None) -> Image.Image:
    """Decode `source` whole, at reduced size where the format allows (JPEG draft mode), orient it
    and fit it in `size` px. Damage raises ImageError; a picture beyond the memory budget raises
    PreviewTooLarge before anything is decoded.

    `orientation` is the EXIF value the photo's metadata holds; read from the file when None.
    """
    if orientation is None:
        # The same reader as the photo's metadata, so the thumbnail and width/height agree.
        from photowalk.exif import read_camera_data  # here: the window uses this module's cache only

        orientation = read_camera_data(source, FileKind.JPEG).orientation or 1
    try:
        with open_regular(source) as f:
            out = _render(f, source, size)
    except FileNotFoundError as exc:
        raise FileReadError(path=shown(source), reason=Reason("gone", QT_TRANSLATE_NOOP("errors", "the file is gone"))) from exc
    except PermissionError as exc:
        raise FileReadError(path=shown(source), reason=os_reason(exc)) from exc
    except Image.DecompressionBombError as exc:
        raise ImageError(path=shown(source), reason=TOO_LARGE) from exc
    except (OSError, SyntaxError, ValueError, Image.UnidentifiedImageError, EOFError, struct.error) as exc:
        if isinstance(exc, OSError) and exc.strerror == NOT_A_FILE:
            raise FileReadError(path=shown(source), reason=os_reason(exc)) from exc
        # Pillow reports truncated or corrupt image data as OSError/SyntaxError.
        raise ImageError(path=shown(source), reason=damage_reason(exc)) from exc
    for step in _TRANSPOSE.get(orientation, ()):
        out = out.transpose(step)
    return out


def _render(f: BinaryIO, source: Path, size: int) -> Image.Image:
    layout = jpeg_layout(f)
    if layout is not None and jpeg_data_too_short(layout, size_of(f)):
        raise ImageError(path=shown(source), reason=INCOMPLETE)
    f.seek(0)
    with Image.open(f) as im:
        if im.format in _JPEG_FORMATS:
            # DCT scaling: decode at 1/2..1/8 straight to about `size`, far cheaper than full size.
            im.draft("RGB", (size, size))
        need = decode_bytes(im)
        if not DECODE_BUDGET.fits(need):
            w, h = im.size
            raise PreviewTooLarge(path=shown(source), megapixels=round(w * h / 1e6))
        with DECODE_BUDGET.reserve(need):
            im.load()
            if layout is not None and im.format in _JPEG_FORMATS and grey_last_row(im):
                # Grey where the data ran out, or a grey picture: look at the data itself.
                if jpeg_cut_short(f, layout, "RGB", (size, size)):
                    raise ImageError(path=shown(source), reason=INCOMPLETE)
            return _small_rgb(im, size)


def _small_rgb(im: Image.Image, size: int) -> Image.Image:
    """`im` fitted in `size` px as 8-bit RGB, transparency flattened on white."""
    out: Image.Image = im
    if out.mode.startswith("I;16") or out.mode in ("I", "F"):
        return _high_bit_depth(out, size)
    out.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
    if out.mode in ("RGBA", "LA", "PA") or (out.mode == "P" and "transparency" in out.info):
        rgba = out.convert("RGBA")
        out = Image.new("RGB", rgba.size, (255, 255, 255))
        out.paste(rgba, mask=rgba.getchannel("A"))
    elif out.mode != "RGB":
        out = out.convert("RGB")
    else:
        out = out.copy()
    return out


def _high_bit_depth(im: Image.Image, size: int) -> Image.Image:
    """A thumbnail of a 16-bit (or 32-bit) grey picture, such as a drone's thermal or multispectral TIFF.

    16-bit values are scaled to 8 bits as Commons' thumbnailers do (0-65535 to 0-255); 32-bit
    integer and float pictures have no fixed range, so theirs is stretched to 0-255.
    """
    wide = im.convert("I") if im.mode.startswith("I;16") else im
    wide.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
    if im.mode.startswith("I;16"):
        low, high = 0.0, 65535.0
    else:
        low, high = (float(v) for v in wide.getextrema())  # type: ignore[arg-type]
    span = (high - low) or 1.0
    grey = wide.point(lambda v: (v - low) * 255.0 / span)  # type: ignore[operator,arg-type]
    return grey.convert("L").convert("RGB")


def damage_reason(exc: BaseException) -> Reason:
    """A plain reason for a Pillow decoding failure."""
    text = str(exc).lower()
    if "truncated" in text or isinstance(exc, EOFError):
        return INCOMPLETE
    if isinstance(exc, Image.UnidentifiedImageError) or "cannot identify" in text:
        return UNREADABLE
    return DAMAGED


_SHA1 = re.compile(r"[0-9a-f]{40}")


def _key(sha1: str) -> str:
    """The cache's file name for a content hash: the hash itself, or, for anything else a damaged or
    hostile project may hold ("..\\..\\x", "C:\\x", "CON"), a hash of it, so no name leaves the cache."""
    if _SHA1.fullmatch(sha1):
        return sha1
    return hashlib.sha1(("not-a-sha1:" + sha1).encode("utf-8", "surrogatepass")).hexdigest()


class ThumbnailCache:
    """Thumbnails as small JPEG files under the user's cache folder, one per file content."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir() / "thumbnails"

    def path_for(self, sha1: str) -> Path:
        key = _key(sha1)
        return self.root / key[:2] / f"{key}.jpg"

    def get(self, sha1: str) -> Path | None:
        """The cached thumbnail of this content, if there is one."""
        p = self.path_for(sha1)
        return p if p.exists() else None

    def preview_path_for(self, sha1: str) -> Path:
        """Where the camera's own small preview of this content is kept (read at import)."""
        key = _key(sha1)
        return self.root / key[:2] / f"{key}.preview.jpg"

    def get_preview(self, sha1: str) -> bytes | None:
        """The camera's preview, as the import kept it; None if it had none (or it was never kept)."""
        try:
            return self.preview_path_for(sha1).read_bytes()
        except OSError:
            return None

    def store_preview(self, sha1: str, data: bytes) -> None:
        """Keep the camera's preview, so the window shows it without reading the photo's camera data."""
        self._write(self.preview_path_for(sha1), data)

    def ensure(self, source: Path, sha1: str, orientation: int | None = None) -> Path:
        """The thumbnail of `source`, made now unless it is already cached."""
        existing = self.get(sha1)
        if existing is not None:
            return existing
        image = render_thumbnail(source, orientation=orientation)
        return self._store(image, sha1)

    def ensure_image(self, source: Path, sha1: str, orientation: int | None = None) -> Image.Image:
        """Like `ensure`, returning the thumbnail's picture: the one just made, or the cached file's."""
        existing = self.get(sha1)
        if existing is not None:
            try:
                with Image.open(existing) as cached:
                    cached.load()
                    return cached.convert("RGB")
            except (OSError, SyntaxError, ValueError):
                pass  # a damaged cache file: made again below
        image = render_thumbnail(source, orientation=orientation)
        self._store(image, sha1)
        return image

    def _store(self, image: Image.Image, sha1: str) -> Path:
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=THUMB_QUALITY, optimize=False)
        return self._write(self.path_for(sha1), buf.getvalue())

    def _write(self, target: Path, data: bytes) -> Path:
        try:
            # Written whole then renamed: a half-written thumbnail is never visible, even after a crash.
            write_private(target, data)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise DiskFullError(path=str(self.root)) from exc
            raise FileReadError(path=str(target), reason=os_reason(exc)) from exc
        return target

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob("*/*.jpg"))

    def prune(self, max_bytes: int) -> int:
        """Delete the least recently used thumbnails until the cache fits in `max_bytes`; returns files removed."""
        return len(prune_least_used(self.root.glob("*/*.jpg"), max_bytes).removed)
