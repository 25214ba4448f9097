"""256 px thumbnails in an on-disk cache keyed by the file's SHA-1."""

from __future__ import annotations

import errno
import os
import tempfile
import warnings
from pathlib import Path

from PIL import Image

from photowalk.errors import DiskFullError, FileReadError, ImageError
from photowalk.exif import read_camera_data
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.paths import cache_dir
from photowalk.photo import FileKind

THUMB_SIZE = 256
THUMB_QUALITY = 80
# Commons takes panoramas far beyond Pillow's default bomb limit (~179 MP); 1 GP still
# refuses files made to exhaust memory.
Image.MAX_IMAGE_PIXELS = 1_000_000_000
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


def render_thumbnail(source: Path, size: int = THUMB_SIZE, orientation: int | None = None) -> Image.Image:
    """Decode `source` at reduced size (JPEG draft mode), orient it and fit it in `size` px.

    `orientation` is the EXIF value the photo's metadata holds; read from the file when None.
    """
    if orientation is None:
        # The same reader as the photo's metadata, so the thumbnail and width/height agree.
        orientation = read_camera_data(source, FileKind.JPEG).orientation or 1
    try:
        with Image.open(source) as im:
            if im.format == "JPEG":
                # DCT scaling: decode at 1/2..1/8 straight to about `size`, far cheaper than full size.
                im.draft("RGB", (size, size))
            im.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
            out: Image.Image = im
            if out.mode in ("RGBA", "LA", "PA") or (out.mode == "P" and "transparency" in out.info):
                rgba = out.convert("RGBA")
                out = Image.new("RGB", rgba.size, (255, 255, 255))
                out.paste(rgba, mask=rgba.getchannel("A"))
            elif out.mode != "RGB":
                out = out.convert("RGB")
            else:
                out = out.copy()
    except FileNotFoundError as exc:
        raise FileReadError(path=str(source), reason=QT_TRANSLATE_NOOP("errors", "the file is gone")) from exc
    except PermissionError as exc:
        raise FileReadError(path=str(source), reason=QT_TRANSLATE_NOOP("errors", "permission denied")) from exc
    except Image.DecompressionBombError as exc:
        raise ImageError(path=str(source), reason=QT_TRANSLATE_NOOP("errors", "the picture is too large to open")) from exc
    except (OSError, SyntaxError, ValueError, Image.UnidentifiedImageError, EOFError) as exc:
        # Pillow reports truncated or corrupt image data as OSError/SyntaxError.
        raise ImageError(path=str(source), reason=damage_reason(exc)) from exc
    for step in _TRANSPOSE.get(orientation, ()):
        out = out.transpose(step)
    return out


def damage_reason(exc: BaseException) -> str:
    """A plain reason for a Pillow decoding failure."""
    text = str(exc).lower()
    if "truncated" in text or isinstance(exc, EOFError):
        return QT_TRANSLATE_NOOP("errors", "the picture is incomplete (the file was cut short)")
    if isinstance(exc, Image.UnidentifiedImageError) or "cannot identify" in text:
        return QT_TRANSLATE_NOOP("errors", "the picture cannot be opened (unknown or damaged format)")
    return QT_TRANSLATE_NOOP("errors", "the picture data is damaged")


class ThumbnailCache:
    """Thumbnails as small JPEG files under the user's cache folder, one per file content."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir() / "thumbnails"

    def path_for(self, sha1: str) -> Path:
        return self.root / sha1[:2] / f"{sha1}.jpg"

    def get(self, sha1: str) -> Path | None:
        """The cached thumbnail of this content, if there is one."""
        p = self.path_for(sha1)
        return p if p.exists() else None

    def ensure(self, source: Path, sha1: str, orientation: int | None = None) -> Path:
        """The thumbnail of `source`, made now unless it is already cached."""
        existing = self.get(sha1)
        if existing is not None:
            return existing
        image = render_thumbnail(source, orientation=orientation)
        return self._store(image, sha1)

    def _store(self, image: Image.Image, sha1: str) -> Path:
        target = self.path_for(sha1)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a half-written thumbnail is never visible, even after a crash.
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    image.save(f, "JPEG", quality=THUMB_QUALITY, optimize=False)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise DiskFullError(path=str(self.root)) from exc
            raise FileReadError(path=str(target), reason=exc.strerror or str(exc)) from exc
        return target

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob("*/*.jpg"))

    def prune(self, max_bytes: int) -> int:
        """Delete the least recently used thumbnails until the cache fits in `max_bytes`; returns files removed."""
        files = []
        for p in self.root.glob("*/*.jpg"):
            try:
                st = p.stat()
            except OSError:
                continue
            files.append((max(st.st_atime, st.st_mtime), st.st_size, p))
        total = sum(size for _, size, _ in files)
        removed = 0
        for _, size, p in sorted(files):
            if total <= max_bytes:
                break
            p.unlink(missing_ok=True)
            total -= size
            removed += 1
        return removed
