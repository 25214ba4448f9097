"""Files holding a position in every place a camera, a phone or a tool puts one, made from real files.

Each builder takes the shared camera photos and returns the bytes of one input (and its kind).
ExifTool is the referee: `exiftool_positions` lists every GPS or position tag it finds.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from photowalk.photo import FileKind

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "photos"

# A tag that places the photo: anything GPS, a latitude or longitude, coordinates or a position.
_POSITION_TAG = re.compile(r"^(GPS.*|.*Latitude.*|.*Longitude.*|.*Coordinates.*)$", re.IGNORECASE)


def exiftool_positions(data: bytes, suffix: str) -> list[str]:
    """The position tags `exiftool -j -a -G1 -n` reads from `data` (group:tag=value)."""
    exiftool = shutil.which("exiftool")
    assert exiftool, "exiftool is missing: scripts/install-system-deps test installs libimage-exiftool-perl"
    out = subprocess.run([exiftool, "-j", "-a", "-G1", "-n", "-"], input=data, capture_output=True, check=True).stdout
    (info,) = json.loads(out.decode("utf-8", "replace"))  # damaged text may not be UTF-8
    tags = []
    for key, value in info.items():
        group, _, tag = key.partition(":")
        if tag and _POSITION_TAG.match(tag):
            tags.append(f"{group}:{tag}={value}")
    return tags


def jpeg_segments(data: bytes) -> tuple[list[bytes], int]:
    """The marker segments before the first scan, and where the scan starts (a test's own walk)."""
    assert data[:2] == b"\xff\xd8"
    pos, segments = 2, []
    while data[pos + 1] != 0xDA:
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segments.append(data[pos : pos + 2 + length])
        pos += 2 + length
    return segments, pos


def image_data(data: bytes) -> bytes:
    """A JPEG's compressed image data: from the first scan to the end-of-image marker."""
    _, sos = jpeg_segments(data)
    return data[sos : data.index(b"\xff\xd9", sos) + 2]  # 0xFF 0xD9 never occurs in the scan data


def with_segments(data: bytes, extra: list[bytes], *, keep: Callable[[bytes], bool] = lambda s: True) -> bytes:
    """A JPEG with `extra` segments after SOI and only the kept ones of its own."""
    segments, sos = jpeg_segments(data)
    return data[:2] + b"".join(extra) + b"".join(s for s in segments if keep(s)) + data[sos:]


def app(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def is_exif(segment: bytes) -> bool:
    return segment[:2] == b"\xff\xe1" and segment[4:8] == b"Exif"


def no_gps_jpeg() -> bytes:
    """A real camera JPEG with EXIF but no position."""
    return (PHOTOS / "cameras" / "Canon_EOS_D60.jpg").read_bytes()


def gps_jpeg() -> bytes:
    return (PHOTOS / "gps" / "DSCN0010.jpg").read_bytes()


XMP_TEMPLATE = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpNote="http://ns.adobe.com/xmp/note/" {attrs}>\n'
    "{body}</rdf:Description></rdf:RDF></x:xmpmeta>\n"
    '<?xpacket end="w"?>'
)
GPS_ELEMENTS = "<exif:GPSLatitude>53,21.5679N</exif:GPSLatitude><exif:GPSLongitude>6,15.4939W</exif:GPSLongitude>\n"
GPS_ATTRIBUTES = 'exif:GPSLatitude="53,21.5679N" exif:GPSLongitude="6,15.4939W"'
DESCRIPTION = "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">A bridge</rdf:li></rdf:Alt></dc:description>\n"


def xmp_packet(attrs: str = "", body: str = "") -> bytes:
    return XMP_TEMPLATE.format(attrs=attrs, body=body).encode("utf-8")


XMP_APP1 = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_APP1 = b"http://ns.adobe.com/xmp/extension/\x00"


# --- The inputs ---------------------------------------------------------------------------------


def exif_ff_variant() -> bytes:
    """"Exif\\0\\xff" instead of "Exif\\0\\0": some writers pad the EXIF header that way."""
    data = gps_jpeg()
    at = data.index(b"Exif\x00\x00")
    return data[:at] + b"Exif\x00\xff" + data[at + 6 :]


def exif_with_garbage_prefix() -> bytes:
    """Two stray bytes before "Exif\\0\\0": ExifTool still reads the EXIF (and its GPS)."""
    data = gps_jpeg()
    segments, _ = jpeg_segments(data)
    exif = next(s for s in segments if is_exif(s))
    return with_segments(data, [app(0xE1, b"\x00\x00" + exif[4:])], keep=lambda s: not is_exif(s))


def second_exif_segment() -> bytes:
    """A GPS-free EXIF segment followed by a second EXIF segment holding the GPS."""
    gps_exif = next(s for s in jpeg_segments(gps_jpeg())[0] if is_exif(s))
    data = no_gps_jpeg()
    segments, sos = jpeg_segments(data)
    first = next(i for i, s in enumerate(segments) if is_exif(s))
    return data[:2] + b"".join(segments[: first + 1] + [gps_exif] + segments[first + 1 :]) + data[sos:]


def fff_store(records: list[tuple[int, bytes]]) -> bytes:
    """A FLIR FFF record store (big-endian, version 100) holding these (type, data) records."""
    header_size, entry_size = 0x40, 0x20
    directory = header_size
    data_at = directory + entry_size * len(records)
    header = bytearray(header_size)
    header[:4] = b"FFF\x00"
    header[4:20] = b"Test".ljust(16, b"\x00")
    struct.pack_into(">III", header, 0x14, 100, directory, len(records))
    entries, blobs = b"", b""
    for kind, blob in records:
        entries += struct.pack(">HHIIIIIII", kind, 1, 100, 1, data_at + len(blobs), len(blob), 0, 0, 0)
        blobs += blob
    return bytes(header) + entries + blobs


def flir_gps_record(lat: float, lon: float) -> bytes:
    record = bytearray(0x60)
    struct.pack_into(">I", record, 0, 1)  # GPSValid
    record[4:8] = b"\x02\x02\x00\x00"
    record[8:10], record[10:12] = b"N\x00", b"W\x00"
    struct.pack_into(">ddf", record, 0x10, lat, lon, 123.0)
    return bytes(record)


RAW_THERMAL = bytes(range(256)) * 8  # stands for the thermal raw data that must survive


def flir_store(data: bytes) -> bytes:
    """The FFF store put together from a JPEG's FLIR segments."""
    return b"".join(s[12:] for s in jpeg_segments(data)[0] if s[4:9] == b"FLIR\x00")


def flir_segments() -> bytes:
    """A FLIR thermal camera's APP1 "FLIR" segments (two chunks) with a GPS record."""
    fff = fff_store([(0x01, RAW_THERMAL), (0x2B, flir_gps_record(53.359465, -6.258232))])
    half = len(fff) // 2
    chunks = [fff[:half], fff[half:]]
    extra = [app(0xE1, b"FLIR\x00\x01" + bytes([i, len(chunks) - 1]) + c) for i, c in enumerate(chunks)]
    return with_segments(no_gps_jpeg(), extra)


def xmp_elements() -> bytes:
    return with_segments(no_gps_jpeg(), [app(0xE1, XMP_APP1 + xmp_packet(body=GPS_ELEMENTS + DESCRIPTION))])


def xmp_attributes() -> bytes:
    """XMP's other spelling: the position as attributes of rdf:Description."""
    return with_segments(no_gps_jpeg(), [app(0xE1, XMP_APP1 + xmp_packet(attrs=GPS_ATTRIBUTES, body=DESCRIPTION))])


def extended_xmp() -> bytes:
    """The position in extended XMP spread over two APP1 segments, split inside "GPSLatitude"."""
    extended = xmp_packet(body=GPS_ELEMENTS)
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    main = xmp_packet(attrs=f'xmpNote:HasExtendedXMP="{guid.decode()}"', body=DESCRIPTION)
    cut = extended.index(b"GPSLatitude") + 5
    parts = [(0, extended[:cut]), (cut, extended[cut:])]
    segments = [app(0xE1, XMP_APP1 + main)]
    for offset, part in parts:
        segments.append(app(0xE1, XMP_EXT_APP1 + guid + struct.pack(">II", len(extended), offset) + part))
    return with_segments(no_gps_jpeg(), segments)


def irb_resource(res_id: int, data: bytes) -> bytes:
    pad = b"\x00" if len(data) & 1 else b""
    return b"8BIM" + struct.pack(">H", res_id) + b"\x00\x00" + struct.pack(">I", len(data)) + data + pad


def photoshop_xmp() -> bytes:
    """Photoshop's APP13 image resources: IPTC, and a copy of the XMP holding the position."""
    iim = b"\x1c\x02\x78" + struct.pack(">H", 8) + b"A bridge"
    irb = irb_resource(0x0404, iim) + irb_resource(0x0424, xmp_packet(body=GPS_ELEMENTS))
    return with_segments(no_gps_jpeg(), [app(0xED, b"Photoshop 3.0\x00" + irb)])


def gpmf_segment() -> bytes:
    """An action camera's APP6 "GoPro" segment with a GPS5 stream."""
    def klv(key: bytes, kind: bytes, size: int, values: bytes) -> bytes:
        body = values + bytes(-len(values) % 4)
        return key + kind + bytes([size]) + struct.pack(">H", len(values) // size) + body

    scal = klv(b"SCAL", b"l", 4, struct.pack(">5i", 10_000_000, 10_000_000, 1000, 1000, 100))
    gps5 = klv(b"GPS5", b"l", 20, struct.pack(">5i", 533594650, -62582320, 35000, 0, 0))
    strm = klv(b"STRM", b"\x00", 1, scal + gps5)
    devc = klv(b"DEVC", b"\x00", 1, strm)
    return with_segments(no_gps_jpeg(), [app(0xE6, b"GoPro\x00" + devc)])


def gps_trailer() -> bytes:
    """A second picture after the end of the image (as multi-picture phones write), with GPS."""
    return no_gps_jpeg() + gps_jpeg()


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def _small_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (7, 5), "teal").save(buf, "PNG")
    return buf.getvalue()


def _png_with(chunks: list[bytes]) -> bytes:
    png = _small_png()
    at = png.index(b"IDAT") - 4
    return png[:at] + b"".join(chunks) + png[at:]


def gps_exif_payload() -> bytes:
    """The APP1 payload ("Exif\\0\\0" + TIFF) of a real GPS camera JPEG."""
    return next(s for s in jpeg_segments(gps_jpeg())[0] if is_exif(s))[4:]


def imagemagick_profile(name: str, payload: bytes) -> bytes:
    """ImageMagick's "Raw profile type NAME" text: name, length, then hex in lines of 72."""
    hexed = payload.hex()
    lines = "\n".join(hexed[i : i + 72] for i in range(0, len(hexed), 72))
    return f"\n{name}\n{len(payload):8d}\n{lines}\n".encode("ascii")


def png_raw_profile_exif() -> bytes:
    """ImageMagick's PNG: the camera's EXIF as hex in a compressed zTXt "Raw profile type exif"."""
    text = imagemagick_profile("exif", gps_exif_payload())
    return _png_with([_png_chunk(b"zTXt", b"Raw profile type exif\x00\x00" + zlib.compress(text))])


def png_raw_profile_xmp() -> bytes:
    text = imagemagick_profile("xmp", xmp_packet(body=GPS_ELEMENTS))
    return _png_with([_png_chunk(b"tEXt", b"Raw profile type xmp\x00" + text)])


def png_compressed_xmp() -> bytes:
    """XMP in a compressed iTXt chunk: no position text visible in the file's bytes."""
    body = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + zlib.compress(xmp_packet(body=GPS_ELEMENTS + DESCRIPTION))
    return _png_with([_png_chunk(b"iTXt", body)])


def png_exif_chunk() -> bytes:
    return _png_with([_png_chunk(b"eXIf", gps_exif_payload()[6:])])


def webp_xmp() -> bytes:
    """A WebP (with EXIF GPS) whose XMP chunk holds the position too."""
    data = bytearray((PHOTOS / "other-formats" / "HTC_Desire.webp").read_bytes())
    packet = xmp_packet(body=GPS_ELEMENTS)
    chunk = b"XMP " + struct.pack("<I", len(packet)) + packet + (b"\x00" if len(packet) & 1 else b"")
    assert data[12:16] == b"VP8X"
    data[20] |= 0x04
    data += chunk
    data[4:8] = struct.pack("<I", len(data) - 8)
    return bytes(data)


MADE: dict[str, tuple[Callable[[], bytes], FileKind, str]] = {
    "exif-ff-variant": (exif_ff_variant, FileKind.JPEG, ".jpg"),
    "exif-garbage-prefix": (exif_with_garbage_prefix, FileKind.JPEG, ".jpg"),
    "second-exif-segment": (second_exif_segment, FileKind.JPEG, ".jpg"),
    "flir-app1": (flir_segments, FileKind.JPEG, ".jpg"),
    "xmp-elements": (xmp_elements, FileKind.JPEG, ".jpg"),
    "xmp-attributes": (xmp_attributes, FileKind.JPEG, ".jpg"),
    "extended-xmp": (extended_xmp, FileKind.JPEG, ".jpg"),
    "photoshop-irb-xmp": (photoshop_xmp, FileKind.JPEG, ".jpg"),
    "gopro-app6": (gpmf_segment, FileKind.JPEG, ".jpg"),
    "gps-trailer": (gps_trailer, FileKind.JPEG, ".jpg"),
    "png-raw-profile-exif": (png_raw_profile_exif, FileKind.PNG, ".png"),
    "png-raw-profile-xmp": (png_raw_profile_xmp, FileKind.PNG, ".png"),
    "png-compressed-itxt-xmp": (png_compressed_xmp, FileKind.PNG, ".png"),
    "png-exif-chunk": (png_exif_chunk, FileKind.PNG, ".png"),
    "webp-xmp": (webp_xmp, FileKind.WEBP, ".webp"),
}

_KINDS = {".jpg": FileKind.JPEG, ".jpeg": FileKind.JPEG, ".png": FileKind.PNG, ".webp": FileKind.WEBP}


def shared_with_position() -> list[tuple[str, FileKind]]:
    """The shared photos of uploadable kinds in which ExifTool finds any GPS or position tag."""
    with open(PHOTOS / "exiftool-n.json", encoding="utf-8") as f:
        entries = json.load(f)
    found = []
    for entry in entries:
        path = entry["SourceFile"]
        kind = _KINDS.get(Path(path).suffix.lower())
        if kind is not None and any(_POSITION_TAG.match(tag) for tag in entry):
            found.append((path, kind))
    return sorted(found)
