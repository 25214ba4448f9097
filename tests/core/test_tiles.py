"""Map tiles: Web Mercator maths, the pre-fill's limits, and the disk cache against a real tile server on 127.0.0.1."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from photowalk import __version__
from photowalk.tiles import (
    MAX_AGE,
    OSM_ATTRIBUTION,
    OSM_TILE_URL,
    PREFILL_MAX_TILES,
    TILE_URL_ENV,
    BBox,
    Tile,
    TileAreaTooLargeError,
    TileBoxError,
    TileCache,
    TileFetchError,
    TileSource,
    count_tiles,
    heading_of,
    heading_vector,
    is_tile_url,
    parse_bbox,
    parse_zooms,
    prefill,
    prefill_tiles,
    tile_at,
    tile_source,
    tiles_in_box,
    to_lat_lon,
    to_pixel,
    zoom_to_fit,
)
from tests.tileserver import tile_png, tile_server

DUSHANBE = (38.5598, 68.7870)
# Rudaki Park and the streets round it: an event's area.
EVENT = BBox(38.570, 68.775, 38.585, 68.790)


def slippy(lat: float, lon: float, z: int) -> tuple[int, int]:
    """The OpenStreetMap wiki's formula for a tile's numbers (Slippy map tilenames), written out again."""
    n = 2**z
    x = int((lon + 180.0) / 360.0 * n)
    r = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * n)
    return x, y


def test_known_tiles() -> None:
    assert tile_at(51.5074, -0.1278, 10) == Tile(10, 511, 340)  # London
    assert tile_at(0.0, 0.0, 0) == Tile(0, 0, 0)
    assert to_pixel(0.0, 0.0, 1) == pytest.approx((256.0, 256.0))
    for z in range(0, 19):
        t = tile_at(*DUSHANBE, z)
        assert (t.x, t.y) == slippy(*DUSHANBE, z)
    # The edges of the square world stay inside it.
    assert tile_at(89.0, 180.0, 3) == Tile(3, 7, 0) and tile_at(-89.0, -180.0, 3) == Tile(3, 0, 7)


@pytest.mark.parametrize("lat,lon", [DUSHANBE, (0.0, 0.0), (-33.8688, 151.2093), (64.1466, -21.9426), (85.0, -179.9)])
def test_pixel_and_point_are_inverse(lat: float, lon: float) -> None:
    for z in (0, 5, 12, 17, 19):
        x, y = to_pixel(lat, lon, z)
        back = to_lat_lon(x, y, z)
        assert back == pytest.approx((lat, lon), abs=1e-9)
        # One pixel at zoom 17 is about a metre: the map places a pin to within that.
    x, y = to_pixel(*DUSHANBE, 17)
    lat2, _lon2 = to_lat_lon(x, y + 1, 17)
    assert 0.5 < (DUSHANBE[0] - lat2) * 111_320 < 1.5


def test_tiles_in_a_box_and_their_count() -> None:
    for z in range(10, 18):
        tiles = tiles_in_box(EVENT, z)
        assert len(tiles) == count_tiles(EVENT, range(z, z + 1))
        assert len(set(tiles)) == len(tiles)
        assert tile_at(EVENT.north, EVENT.west, z) == tiles[0] and tile_at(EVENT.south, EVENT.east, z) == tiles[-1]
    every = prefill_tiles(EVENT, range(12, 18))
    assert len(every) == count_tiles(EVENT, range(12, 18)) < PREFILL_MAX_TILES
    assert [t.z for t in every] == sorted(t.z for t in every)  # the coarse zooms first


def test_a_prefill_beyond_the_limit_is_refused() -> None:
    city = BBox(38.50, 68.70, 38.60, 68.80)  # all Dushanbe, 0.1 degree a side
    with pytest.raises(TileAreaTooLargeError) as e:
        prefill_tiles(city, range(12, 18))
    assert e.value.params["count"] > PREFILL_MAX_TILES and "at most 800" in e.value.message
    assert prefill_tiles(city, range(12, 15))  # the same box at fewer zooms is small enough


@pytest.mark.parametrize("text", ["", "38.5,68.7,38.6", "a,b,c,d", "38.6,68.7,38.5,68.8", "38.5,68.7,39.5,68.8",
                                  "38.5,68.7,38.6,69.7", "91,0,92,0.1", "38.5 68.7 38.6 68.8"])
def test_boxes_that_are_refused(text: str) -> None:
    with pytest.raises(TileBoxError):
        parse_bbox(text)


def test_boxes_and_zooms_that_are_taken() -> None:
    assert parse_bbox("38.570,68.775,38.585,68.790") == EVENT
    assert parse_bbox("38.50,68.70,38.60,68.80") == BBox(38.5, 68.7, 38.6, 68.8)  # 0.1 exactly, as typed
    assert parse_zooms("12-17") == range(12, 18) and parse_zooms("15") == range(15, 16)
    for bad in ("12-18", "17-12", "x", "-1", "19"):
        with pytest.raises(TileBoxError):
            parse_zooms(bad)


def test_headings_on_the_screen() -> None:
    assert heading_of(0, -10) == 0 and heading_of(10, 0) == 90 and heading_of(0, 10) == 180 and heading_of(-10, 0) == 270
    assert heading_of(5, -5) == 45
    assert heading_of(-1, -1000) == 0  # 359.94 rounds to north, never to 360
    for h in (0.0, 33.0, 90.0, 181.0, 359.0):
        assert heading_of(*heading_vector(h, 40)) == h


def test_zoom_to_fit() -> None:
    near = [(38.5598, 68.7870), (38.5610, 68.7890)]
    far = [(38.5598, 68.7870), (39.9, 70.0)]
    assert zoom_to_fit(near, 400, 300) > zoom_to_fit(far, 400, 300)
    assert zoom_to_fit([DUSHANBE], 400, 300) == 17
    z = zoom_to_fit(far, 400, 300)
    (x1, y1), (x2, y2) = (to_pixel(*p, z) for p in far)
    assert abs(x2 - x1) <= 320 and abs(y2 - y1) <= 240


def test_the_server_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TILE_URL_ENV, raising=False)
    assert tile_source() == TileSource(OSM_TILE_URL, OSM_ATTRIBUTION)
    # OpenStreetMap's tiles always carry OpenStreetMap's attribution.
    assert tile_source(OSM_TILE_URL, "nobody").attribution == OSM_ATTRIBUTION
    monkeypatch.setenv(TILE_URL_ENV, "http://127.0.0.1:1/{z}/{x}/{y}.png")
    assert tile_source().url == "http://127.0.0.1:1/{z}/{x}/{y}.png"
    other = tile_source("https://tiles.example.org/{z}/{x}/{y}.png", "\u00a9 Example, OpenStreetMap contributors")
    assert other.attribution == "\u00a9 Example, OpenStreetMap contributors" and other.key != tile_source().key
    assert other.url_of(Tile(3, 1, 2)) == "https://tiles.example.org/3/1/2.png"
    assert is_tile_url("") and is_tile_url(" https://tiles.example.org/{z}/{x}/{y}.png ")
    assert not any(map(is_tile_url, ["tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/{z}/{x}.png",
                                     "file:///etc/{z}/{x}/{y}", "https:///{z}/{x}/{y}"]))


def test_a_tile_is_fetched_once_with_photowalks_user_agent_and_kept(tmp_path: Path) -> None:
    with tile_server() as server:
        cache = TileCache(TileSource(server.url), tmp_path)
        tile = tile_at(*DUSHANBE, 15)
        assert cache.get(tile) is None
        assert cache.load(tile) == tile_png(tile.z, tile.x, tile.y)
        assert cache.load(tile) == tile_png(tile.z, tile.x, tile.y)
        assert server.requests == [(f"/tiles/{tile}.png", f"photowalk/{__version__} (+https://github.com/tajik-wikimedians/photowalk)")]
        assert cache.path_for(tile).is_file() and cache.path_for(tile).is_relative_to(tmp_path)
        if os.name == "posix":
            assert cache.path_for(tile).stat().st_mode & 0o077 == 0
    # The server is gone: the kept tile is still there, also when old.
    old = cache.path_for(tile).stat().st_mtime - MAX_AGE - 10
    os.utime(cache.path_for(tile), (old, old))
    assert cache.load(tile) == tile_png(tile.z, tile.x, tile.y)
    assert cache.load(tile, online=False) == tile_png(tile.z, tile.x, tile.y)
    other = Tile(tile.z, tile.x + 1, tile.y)
    assert cache.load(other, online=False) is None
    with pytest.raises(TileFetchError) as e:
        cache.load(other)
    assert "127.0.0.1" in e.value.message and str(other) in e.value.message


def test_refusals_and_answers_that_are_not_pictures(tmp_path: Path) -> None:
    with tile_server() as server:
        cache = TileCache(TileSource(server.url), tmp_path)
        server.status = 429
        with pytest.raises(TileFetchError, match="HTTP 429"):
            cache.fetch(Tile(1, 0, 0))
        server.status = 200
        broken = TileCache(TileSource(server.url.replace("/tiles/", "/other/")), tmp_path)
        with pytest.raises(TileFetchError, match="HTTP 404"):
            broken.fetch(Tile(1, 0, 0))
        assert cache.get(Tile(1, 0, 0)) is None and broken.get(Tile(1, 0, 0)) is None


def test_prefill_fetches_what_the_cache_lacks(tmp_path: Path) -> None:
    tiles = prefill_tiles(EVENT, range(14, 16))
    with tile_server() as server:
        cache = TileCache(TileSource(server.url), tmp_path)
        seen: list[tuple[int, int]] = []
        first = prefill(cache, tiles, progress=seen.append)
        assert (first.fetched, first.cached, first.failed) == (len(tiles), 0, 0)
        assert seen[-1] == (len(tiles), len(tiles))
        again = prefill(cache, tiles)
        assert (again.fetched, again.cached) == (0, len(tiles))
        assert server.count() == len(tiles)
        stopped = prefill(TileCache(TileSource(server.url), tmp_path / "other"), tiles, cancel=lambda: True)
        assert stopped.fetched == 0 and server.count() == len(tiles)
