"""Opening a project keeps the map's tile cache within Settings' limit; the worker prunes it, not the window."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photowalk.tiles import Tile, TileCache, TileSource, tiles_root
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from tests.tileserver import tile_server
from tests.ui.helpers import new_project


def test_opening_a_project_prunes_the_tiles_used_longest_ago(
        window: MainWindow, ui_settings: Settings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(tmp_path / "cache"))
    assert ui_settings.get("map_cache_mb") == 200
    big = Tile(16, 45_000, 25_000)
    with tile_server() as server:
        cache = TileCache(TileSource(server.url))
        for k in range(30):
            tile = Tile(big.z, big.x + k, big.y)
            cache.load(tile)
            os.utime(cache.path_for(tile), (time.time() - 100 * 86_400 + k,) * 2)  # used months ago
    # Months of maps: more than the limit (written here as one big old file beside the tiles).
    hoard = cache.root / "16" / "1" / "1.png"
    hoard.parent.mkdir(parents=True)
    with hoard.open("wb") as f:
        f.truncate(201 * 1_000_000)
    os.utime(hoard, (time.time() - 200 * 86_400,) * 2)
    new_project(window, tmp_path)
    qtbot.waitUntil(lambda: not hoard.exists(), timeout=30_000)
    # Only as much as needed went: the tiles used more lately stay.
    assert len(list(tiles_root().rglob("*.png"))) == 30
