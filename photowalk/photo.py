"""What the project knows about one photo: the camera's metadata and the volunteer's edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from photowalk.depicts import DepictedItem
from photowalk.origin import Origin
from photowalk.pathtext import shown
from photowalk.reasons import Reason


class FileKind(StrEnum):
    """The real content type of a file, sniffed from its bytes."""

    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    WEBP = "webp"
    GIF = "gif"
    HEIC = "heic"
    RAW = "raw"
    VIDEO = "video"
    NOT_IMAGE = "not-image"

    @property
    def accepted(self) -> bool:
        """True for the photo formats Commons accepts."""
        return self in ACCEPTED_KINDS

    @property
    def extensions(self) -> tuple[str, ...]:
        """File name extensions Commons accepts for this kind, preferred first."""
        return _EXTENSIONS.get(self, ())


ACCEPTED_KINDS = frozenset({FileKind.JPEG, FileKind.PNG, FileKind.TIFF, FileKind.WEBP, FileKind.GIF})

_EXTENSIONS = {
    FileKind.JPEG: ("jpg", "jpeg"),
    FileKind.PNG: ("png",),
    FileKind.TIFF: ("tif", "tiff"),
    FileKind.WEBP: ("webp",),
    FileKind.GIF: ("gif",),
}


@dataclass(frozen=True)
class Note(Reason):
    """A warning about a photo's camera data: a reason whose template is marked in context "camera"."""

    context: str = "camera"


@dataclass(frozen=True)
class PictureStats:
    """What the import measured on a picture's thumbnail (photowalk.picturestats), for culling."""

    dhash: int  # 64-bit difference hash: near duplicates differ in few bits
    sharpness: float  # variance of the Laplacian of the grey thumbnail: low is blurred
    brightness: float  # mean grey level, 0-255


@dataclass
class CameraData:
    """What the camera wrote: read once at import, never edited."""

    taken: str | None = None  # ISO 8601 as the camera wrote it, with offset if known
    make: str | None = None
    model: str | None = None
    orientation: int | None = None
    width: int | None = None  # pixel size after orientation is applied
    height: int | None = None
    lat: float | None = None
    lon: float | None = None
    alt: float | None = None
    heading: float | None = None
    description: str | None = None  # EXIF ImageDescription
    artist: str | None = None
    warnings: list[Note] = field(default_factory=list)
    serial: str | None = None  # the camera body's serial number (EXIF BodySerialNumber)
    dest_lat: float | None = None  # where the subject is (EXIF GPSDestLatitude/Longitude)
    dest_lon: float | None = None


@dataclass
class Photo:
    """One row of the project: the file, the camera's data and the volunteer's edits."""

    id: int
    path: str  # as stored: relative to the project folder where possible
    sha1: str
    size: int
    mtime: float
    kind: FileKind
    camera: CameraData
    error: Reason | None = None  # why the photo cannot be uploaded at all
    missing: bool = False
    added: str = ""
    title: str | None = None
    licence: str | None = None
    author: str | None = None
    attribution: str | None = None
    edit_date: str | None = None
    edit_lat: float | None = None
    edit_lon: float | None = None
    edit_heading: float | None = None
    location_removed: bool = False
    extra_wikitext: str | None = None
    pixels_checked: bool = True  # False until the picture has been decoded once (see schema v3)
    location_source: str | None = None  # what set edit_lat/edit_lon: 'gpx', 'phone', None for the volunteer
    edit_dest_lat: float | None = None  # where the subject is, moved by the volunteer (else the camera's dest_*)
    edit_dest_lon: float | None = None
    clock_offset: int = 0  # seconds the project adds to this camera's times (photowalk.clock)
    culled: bool = False  # marked "not for upload" by the volunteer (photowalk.culling)
    picture: PictureStats | None = None  # measured at import; None until the picture was decoded
    descriptions: dict[str, str] = field(default_factory=dict)  # lang -> text, in display order
    categories: list[str] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)  # lang -> caption (structured data), in display order
    depicts: list[DepictedItem] = field(default_factory=list)  # items the photo shows, in the order added
    origin: Origin | None = None  # someone else's work (photowalk.origin); None: the volunteer's own

    @property
    def file_name(self) -> str:
        """The original file name, without folders, as shown (bytes that are not UTF-8 replaced)."""
        return shown(self.path.replace("\\", "/").rsplit("/", 1)[-1])
