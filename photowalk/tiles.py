"""Map tiles: Web Mercator maths, the tile server, the disk cache, and filling it for an event's area.

Slippy-map tiles (256 x 256 pixels, zoom z has 2^z x 2^z of them) as OpenStreetMap and most
servers serve them. The OpenStreetMap tile usage policy asks for a User-Agent naming the
application, the attribution "© OpenStreetMap contributors" shown on the map, few parallel
requests, and no bulk downloading: tiles are fetched one at a time, kept on disk, and a
pre-fill is refused beyond a small area and tile count (`PREFILL_MAX_TILES`, `PREFILL_MAX_SPAN`).
"""

from __future__ import annotations

import hashlib
import math
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from photowalk import APP_URL, __version__
from photowalk.cacheprune import prune_least_used
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.paths import cache_dir
from photowalk.private import write_private
from photowalk.reasons import reason

TILE_SIZE = 256
MIN_ZOOM, MAX_ZOOM = 0, 19
MAX_LAT = 85.0511287798  # Web Mercator's edge: the square world ends here

OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "\u00a9 OpenStreetMap contributors"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"
TILE_URL_ENV = "PHOTOWALK_TILE_URL"  # another tile server (a local one, a mirror, a test's)
USER_AGENT = f"photowalk/{__version__} (+{APP_URL})"

# A pre-fill is for the few streets of one event, not a city: at most this many tiles, a box at
# most this many degrees on a side, and no zoom above 17 (those tiles are rendered on demand).
PREFILL_MAX_TILES = 800
PREFILL_MAX_SPAN = 0.1
PREFILL_MAX_ZOOM = 17
# A cached tile older than this is fetched again when the map is online (the map keeps showing it).
MAX_AGE = 7 * 24 * 3600
MAX_TILE_BYTES = 2 * 1024 * 1024
TIMEOUT = 15.0
# The tile cache on disk, all servers together, is kept within this (Settings > Map tile cache; `tiles
# --cache-limit`): the least recently shown tiles go first. An event's pre-fill is a few MB.
DEFAULT_CACHE_MB = 200
# A shown tile's access time is written at most this often: the map draws the same tiles again and again.
TOUCH_SECONDS = 3600


class TileAreaTooLargeError(PhotowalkError):
    code = "tile-area-too-large"
    template = QT_TRANSLATE_NOOP(
        "errors", "This area needs {count} map tiles; photowalk fetches at most {limit} at once, as the tile server's "
        "usage policy asks. Choose a smaller area (the streets of the event) or fewer zoom levels."
    )


class TileBoxError(PhotowalkError):
    code = "tile-box"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{text}\u201d is not an area photowalk can fetch map tiles for: give SOUTH,WEST,NORTH,EAST "
        "in degrees (e.g. 38.55,68.76,38.59,68.80), at most {span}\u00b0 on a side, zoom levels {low} to {high}."
    )


class TileFetchError(PhotowalkError):
    code = "tile-fetch"
    template = QT_TRANSLATE_NOOP(
        "errors", "The map tile {tile} could not be fetched from {server}: {reason}. Check the connection or the "
        "tile server in Settings; the tiles fetched before still show."
    )


@dataclass(frozen=True, order=True)
class Tile:
    z: int
    x: int
    y: int

    def __str__(self) -> str:
        return f"{self.z}/{self.x}/{self.y}"


@dataclass(frozen=True)
class BBox:
    """A box on the map in degrees: south, west, north, east."""

    south: float
    west: float
    north: float
    east: float


# -- maths ---------------------------------------------------------------------------------------


def world_size(zoom: int) -> int:
    """The width (and height) of the whole world in pixels at this zoom."""
    return TILE_SIZE << zoom


def to_pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Where a point is on the world map at this zoom, in pixels from its top-left corner."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    size = world_size(zoom)
    x = (lon + 180.0) / 360.0 * size
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size
    return x, y


def to_lat_lon(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The point at a world pixel at this zoom (the inverse of to_pixel), longitude wrapped to -180..180."""
    size = world_size(zoom)
    lon = x / size * 360.0 - 180.0
    lon = (lon + 180.0) % 360.0 - 180.0
    n = math.pi * (1 - 2 * y / size)
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lon


def tile_at(lat: float, lon: float, zoom: int) -> Tile:
    """The tile that holds this point."""
    x, y = to_pixel(lat, lon, zoom)
    last = (1 << zoom) - 1
    return Tile(zoom, min(last, max(0, int(x // TILE_SIZE))), min(last, max(0, int(y // TILE_SIZE))))


def tiles_in_box(box: BBox, zoom: int) -> list[Tile]:
    """Every tile that covers part of the box at this zoom, row by row."""
    nw, se = tile_at(box.north, box.west, zoom), tile_at(box.south, box.east, zoom)
    return [Tile(zoom, x, y) for y in range(nw.y, se.y + 1) for x in range(nw.x, se.x + 1)]


def count_tiles(box: BBox, zooms: range) -> int:
    """How many tiles the box needs over these zoom levels (without listing them)."""
    total = 0
    for z in zooms:
        nw, se = tile_at(box.north, box.west, z), tile_at(box.south, box.east, z)
        total += (se.x - nw.x + 1) * (se.y - nw.y + 1)
    return total


def heading_of(dx: float, dy: float) -> float:
    """The compass heading (0 north, 90 east) of a screen direction (y downwards) on a north-up map.

    Web Mercator keeps angles, so the screen's angle is the heading on the ground. Whole degrees:
    a pixel at the end of a map's arrow is about one."""
    return float(round(math.degrees(math.atan2(dx, -dy))) % 360)


def heading_vector(heading: float, length: float) -> tuple[float, float]:
    """The screen offset (y downwards) of a compass heading, `length` pixels long."""
    a = math.radians(heading)
    return math.sin(a) * length, -math.cos(a) * length


def zoom_to_fit(points: list[tuple[float, float]], width: int, height: int, most: int = 17) -> int:
    """The highest zoom (up to `most`) at which all points fit in a view of this size in pixels."""
    if len(points) < 2:
        return most
    for z in range(most, MIN_ZOOM - 1, -1):
        xs, ys = zip(*(to_pixel(lat, lon, z) for lat, lon in points), strict=True)
        if max(xs) - min(xs) <= width * 0.8 and max(ys) - min(ys) <= height * 0.8:
            return z
    return MIN_ZOOM


def parse_bbox(text: str) -> BBox:
    """SOUTH,WEST,NORTH,EAST in degrees, as the command line takes it; TileBoxError when it is none."""
    try:
        south, west, north, east = (float(p) for p in text.replace(";", ",").split(","))
    except ValueError:
        raise _box_error(text) from None
    box = BBox(south, west, north, east)
    if not (-MAX_LAT <= south < north <= MAX_LAT and -180 <= west < east <= 180):
        raise _box_error(text)
    slack = 1e-9  # 38.60 - 38.50 is 0.10000000000000142 in floating point
    if north - south > PREFILL_MAX_SPAN + slack or east - west > PREFILL_MAX_SPAN + slack:
        raise _box_error(text)
    return box


def box_around(points: list[tuple[float, float]], margin: float = 0.002) -> BBox | None:
    """The box holding all these points with a margin (degrees, about 200 m); None without points."""
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return BBox(max(-MAX_LAT, min(lats) - margin), max(-180.0, min(lons) - margin),
                min(MAX_LAT, max(lats) + margin), min(180.0, max(lons) + margin))


def check_box(box: BBox) -> BBox:
    """The box itself when a pre-fill may cover it, TileBoxError otherwise."""
    text = f"{box.south:.5f},{box.west:.5f},{box.north:.5f},{box.east:.5f}"
    return parse_bbox(text)


def parse_zooms(text: str) -> range:
    """`12-17` or `15`: the zoom levels of a pre-fill; TileBoxError beyond 0..PREFILL_MAX_ZOOM."""
    low, _, high = text.strip().partition("-")
    try:
        zooms = range(int(low), int(high or low) + 1)
    except ValueError:
        raise _box_error(text) from None
    if not zooms or zooms.start < MIN_ZOOM or zooms.stop - 1 > PREFILL_MAX_ZOOM:
        raise _box_error(text)
    return zooms


def _box_error(text: str) -> TileBoxError:
    return TileBoxError(text=text, span=PREFILL_MAX_SPAN, low=MIN_ZOOM, high=PREFILL_MAX_ZOOM)


def prefill_tiles(box: BBox, zooms: range, limit: int = PREFILL_MAX_TILES) -> list[Tile]:
    """The tiles a pre-fill fetches, lowest zoom first; TileAreaTooLargeError beyond `limit`."""
    count = count_tiles(box, zooms)
    if count > limit:
        raise TileAreaTooLargeError(count=count, limit=limit)
    return [t for z in zooms for t in tiles_in_box(box, z)]


# -- the server and the cache ---------------------------------------------------------------------


@dataclass(frozen=True)
class TileSource:
    """A tile server: its URL with {z}, {x}, {y}, and the attribution its tiles need on the map."""

    url: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION

    @property
    def key(self) -> str:
        """The cache folder of this server's tiles: tiles of two servers never mix."""
        return hashlib.sha1(self.url.encode("utf-8")).hexdigest()[:16]

    @property
    def host(self) -> str:
        return urllib.parse.urlparse(self.url).netloc or self.url

    def url_of(self, tile: Tile) -> str:
        return self.url.replace("{z}", str(tile.z)).replace("{x}", str(tile.x)).replace("{y}", str(tile.y))


def is_tile_url(text: str) -> bool:
    """True for a tile server's address photowalk can use (http or https, with {z}, {x} and {y}); '' means OpenStreetMap's."""
    text = text.strip()
    if not text:
        return True
    parts = urllib.parse.urlparse(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and all(k in text for k in ("{z}", "{x}", "{y}"))


def tile_source(url: str | None = None, attribution: str | None = None) -> TileSource:
    """The tile server in use: `url` (a setting), else PHOTOWALK_TILE_URL, else OpenStreetMap's."""
    chosen = (url or "").strip() or os.environ.get(TILE_URL_ENV, "").strip() or OSM_TILE_URL
    if chosen == OSM_TILE_URL or not (attribution or "").strip():
        return TileSource(chosen, OSM_ATTRIBUTION)
    return TileSource(chosen, (attribution or "").strip())


class TileCache:
    """Tiles on disk under photowalk's cache folder, one folder per server: z/x/y.png."""

    def __init__(self, source: TileSource, root: Path | None = None) -> None:
        self.source = source
        self.root = tiles_root(root) / source.key

    def path_for(self, tile: Tile) -> Path:
        return self.root / str(tile.z) / str(tile.x) / f"{tile.y}.png"

    def get(self, tile: Tile) -> bytes | None:
        """The cached tile's bytes, however old; None when it was never fetched. Marks it used (pruning
        removes the tiles used longest ago)."""
        path = self.path_for(tile)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        _touch(path)
        return data

    def is_fresh(self, tile: Tile, now: float | None = None) -> bool:
        try:
            age = (now if now is not None else time.time()) - self.path_for(tile).stat().st_mtime
        except OSError:
            return False
        return age < MAX_AGE

    def put(self, tile: Tile, data: bytes) -> None:
        write_private(self.path_for(tile), data)

    def fetch(self, tile: Tile, timeout: float = TIMEOUT) -> bytes:
        """Fetch one tile from the server and keep it; TileFetchError when it cannot be had."""
        request = urllib.request.Request(self.source.url_of(tile), headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                data = answer.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise TileFetchError(tile=str(tile), server=self.source.host, reason=reason(
                "tile-http", QT_TRANSLATE_NOOP("errors", "the server answered HTTP {status}"), status=exc.code)) from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            why = getattr(exc, "reason", None) or exc
            raise TileFetchError(tile=str(tile), server=self.source.host, reason=str(why)) from exc
        if len(data) > MAX_TILE_BYTES or not data.startswith((b"\x89PNG", b"\xff\xd8", b"RIFF")):
            raise TileFetchError(tile=str(tile), server=self.source.host, reason=reason(
                "tile-not-picture", QT_TRANSLATE_NOOP("errors", "the answer is not a picture")))
        self.put(tile, data)
        return data

    def load(self, tile: Tile, *, online: bool = True) -> bytes | None:
        """The tile to show: the cached one when fresh (or when offline), else fetched; None when neither."""
        cached = self.get(tile)
        if cached is not None and (not online or self.is_fresh(tile)):
            return cached
        if not online:
            return None
        try:
            return self.fetch(tile)
        except TileFetchError:
            if cached is None:
                raise
            return cached  # offline or refused: the old tile is better than none


def tiles_root(root: Path | None = None) -> Path:
    """The folder of every tile server's cached tiles."""
    return root if root is not None else cache_dir() / "tiles"


def _touch(path: Path, now: float | None = None) -> None:
    """Set the access time (the mtime stays the time it was fetched: freshness); filesystems
    mounted noatime still take an explicit one."""
    now = time.time() if now is None else now
    try:
        st = path.stat()
        if now - st.st_atime > TOUCH_SECONDS:
            os.utime(path, (now, st.st_mtime))
    except OSError:
        pass  # gone or read-only: it is only a hint for pruning


@dataclass
class PruneResult:
    removed: int = 0  # tiles deleted
    freed: int = 0  # bytes
    kept: int = 0  # bytes still in the cache


def prune_tiles(max_bytes: int, root: Path | None = None, cancel: Callable[[], bool] | None = None) -> PruneResult:
    """Delete the least recently used tiles (of every server) until the cache fits in `max_bytes`.

    A tile's last use is the later of when it was fetched and when it was last shown. Folders left
    empty go too. Slow on a large cache: run it off the window's thread."""
    base = tiles_root(root)
    pruned = prune_least_used((Path(folder) / name for folder, _dirs, names in os.walk(base) for name in names),
                              max_bytes, cancel)
    result = PruneResult(removed=len(pruned.removed), freed=sum(size for _, size in pruned.removed), kept=pruned.kept)
    folders = {path.parent for path, _ in pruned.removed}
    for emptied in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        # x folders, then their z folders, when nothing is left in them; never the root.
        while emptied != base and emptied.is_relative_to(base):
            try:
                emptied.rmdir()
            except OSError:
                break
            emptied = emptied.parent
    return result


@dataclass
class PrefillResult:
    fetched: int = 0
    cached: int = 0  # already on disk and fresh: not asked for again
    failed: int = 0
    first_error: TileFetchError | None = None


def prefill(cache: TileCache, tiles: list[Tile], progress: Callable[[tuple[int, int]], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> PrefillResult:
    """Fetch the tiles the cache lacks (or holds stale), one at a time; stops at `cancel`."""
    result = PrefillResult()
    for n, tile in enumerate(_each(tiles, cancel)):
        if cache.is_fresh(tile):
            result.cached += 1
        else:
            try:
                cache.fetch(tile)
                result.fetched += 1
            except TileFetchError as exc:
                result.failed += 1
                result.first_error = result.first_error or exc
        if progress is not None:
            progress((n + 1, len(tiles)))
    return result


def _each(tiles: list[Tile], cancel: Callable[[], bool] | None) -> Iterator[Tile]:
    for tile in tiles:
        if cancel is not None and cancel():
            return
        yield tile
