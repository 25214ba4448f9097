"""The worker's `prune` command also keeps the map's tile cache within the window's limit, off the window's thread."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from photowalk.project import ProjectStore
from photowalk.tiles import Tile, TileCache, TileSource, tiles_root
from tests.tileserver import tile_server
from tests.upload.test_worker import Child


def test_prune_removes_the_tiles_used_longest_ago(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(tmp_path / "cache"))  # the worker's too: it inherits it
    tiles = [Tile(14, 11_320 + i, 6_200) for i in range(4)]
    with tile_server() as server:
        cache = TileCache(TileSource(server.url))
        for k, tile in enumerate(tiles):
            cache.load(tile)
            os.utime(cache.path_for(tile), (time.time() - 1000 + k,) * 2)
    sizes = [cache.path_for(t).stat().st_size for t in tiles]
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    child = Child(project)
    try:
        child.send(cmd="prune", job="p1", max_bytes=10**9, tile_max_bytes=sizes[2] + sizes[3])
        done = child.until("done", "p1")
    finally:
        assert child.close() == 0
    assert done["event"] == "done", done
    assert done["result"]["tiles"] == {"removed": 2, "freed": sizes[0] + sizes[1], "kept": sizes[2] + sizes[3]}
    assert [cache.get(t) is not None for t in tiles] == [False, False, True, True]
    assert sorted(p.name for p in tiles_root().rglob("*.png")) == ["6200.png", "6200.png"]
