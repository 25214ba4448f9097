"""The map's tile cache kept within a size: the tiles used longest ago go first, across servers, from a real tile server."""

from __future__ import annotations

import os
import time
from pathlib import Path

from photowalk.tiles import Tile, TileCache, TileSource, prune_tiles
from tests.tileserver import tile_server

TILES = [Tile(15, 22_650 + i, 12_400) for i in range(6)]


def used(cache: TileCache, tile: Tile, when: float) -> None:
    """As if the tile was fetched and last shown at `when`."""
    os.utime(cache.path_for(tile), (when, when))


def size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def test_the_tiles_used_longest_ago_go_first_and_shown_ones_count_as_used(tmp_path: Path) -> None:
    now = time.time()
    with tile_server() as server:
        cache = TileCache(TileSource(server.url), tmp_path)
        for tile in TILES:
            cache.load(tile)
    for k, tile in enumerate(TILES):  # fetched a day apart, the first longest ago
        used(cache, tile, now - (10 - k) * 86_400)
    # The oldest tile is shown on the map again: it counts as just used.
    assert cache.get(TILES[0]) is not None
    assert cache.path_for(TILES[0]).stat().st_atime > now - 60
    assert cache.path_for(TILES[0]).stat().st_mtime < now - 9 * 86_400  # still as old for freshness

    sizes = {t: cache.path_for(t).stat().st_size for t in TILES}
    keep = sizes[TILES[0]] + sizes[TILES[4]] + sizes[TILES[5]]
    result = prune_tiles(keep, tmp_path)
    assert result.removed == 3 and result.freed == sum(sizes[t] for t in TILES[1:4]) and result.kept == keep
    assert [cache.get(t) is not None for t in TILES] == [True, False, False, False, True, True]
    assert size(tmp_path) == keep

    # Nothing to do within the limit; at 0 everything goes, folders too.
    assert prune_tiles(keep, tmp_path).removed == 0
    assert prune_tiles(0, tmp_path).removed == 3
    assert list(tmp_path.iterdir()) == []


def test_every_server_s_tiles_share_the_limit(tmp_path: Path) -> None:
    now = time.time()
    with tile_server() as one, tile_server() as other:
        first, second = TileCache(TileSource(one.url), tmp_path), TileCache(TileSource(other.url), tmp_path)
        assert first.root != second.root
        for tile in TILES[:3]:
            first.load(tile)
            second.load(tile)
    for k, tile in enumerate(TILES[:3]):
        used(first, tile, now - 1000 + k)  # the first server's tiles were used before all of the second's
        used(second, tile, now - 500 + k)
    half = size(tmp_path) // 2 + 1
    result = prune_tiles(half, tmp_path)
    assert result.removed >= 2 and size(tmp_path) <= half
    assert all(second.get(t) is not None for t in TILES[:3])


def test_a_cancelled_prune_removes_nothing(tmp_path: Path) -> None:
    with tile_server() as server:
        cache = TileCache(TileSource(server.url), tmp_path)
        for tile in TILES[:2]:
            cache.load(tile)
    before = size(tmp_path)
    result = prune_tiles(0, tmp_path, cancel=lambda: True)
    assert result.removed == 0 and result.kept == 0 and size(tmp_path) == before
