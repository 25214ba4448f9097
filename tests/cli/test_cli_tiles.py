"""`photowalk tiles`: the map's cache filled for an event's area from a real tile server on 127.0.0.1, within the limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photowalk.cli.main import main
from photowalk.tiles import TileCache, TileSource, parse_bbox, prefill_tiles
from tests.tileserver import tile_png, tile_server

EVENT = "38.570,68.775,38.585,68.790"


def test_tiles_fill_the_cache_once(capsys: pytest.CaptureFixture[str]) -> None:
    tiles = prefill_tiles(parse_bbox(EVENT), range(13, 16))
    with tile_server() as server:
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13-15", "--server", server.url, "--dry-run"]) == 0
        assert f"{len(tiles)} tile(s) at zoom 13-15 from 127.0.0.1" in capsys.readouterr().out
        assert server.count() == 0
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13-15", "--server", server.url]) == 0
        out = capsys.readouterr().out
        assert f"{len(tiles)} fetched, 0 already in the cache, 0 failed." in out and "OpenStreetMap contributors" in out
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13-15", "--server", server.url]) == 0
        assert f"0 fetched, {len(tiles)} already in the cache, 0 failed." in capsys.readouterr().out
        assert server.count() == len(tiles)
    # The tiles are where the map reads them (photowalk's cache folder), as the server sent them.
    cache = TileCache(TileSource(server.url))
    assert cache.root.is_relative_to(Path(os.environ["PHOTOWALK_CACHE_DIR"]))
    assert all(cache.get(t) == tile_png(t.z, t.x, t.y) for t in tiles)


def test_the_server_set_for_the_map_is_used(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with tile_server() as server:
        monkeypatch.setenv("PHOTOWALK_TILE_URL", server.url)
        assert main(["tiles", "--bbox", EVENT, "--zoom", "12"]) == 0
        n = len(prefill_tiles(parse_bbox(EVENT), range(12, 13)))
        assert server.count() == n and f"{n} fetched" in capsys.readouterr().out


@pytest.mark.parametrize("argv,said", [
    (["--bbox", "38.50,68.70,38.60,68.80", "--zoom", "12-17"], "needs"),  # a city, not an event
    (["--bbox", "38,68,40,70"], "at most 0.1"),
    (["--bbox", "38.57,68.775,38.585,68.79", "--zoom", "12-19"], "zoom levels 0 to 17"),
])
def test_large_areas_are_refused_before_anything_is_fetched(argv: list[str], said: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    with tile_server() as server:
        assert main(["tiles", *argv, "--server", server.url]) == 1
        assert said in capsys.readouterr().err
        assert server.count() == 0


def test_a_server_that_refuses_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with tile_server() as server:
        server.status = 403
        assert main(["tiles", "--bbox", EVENT, "--zoom", "12", "--server", server.url]) == 1
        captured = capsys.readouterr()
        n = len(prefill_tiles(parse_bbox(EVENT), range(12, 13)))
        assert f"0 fetched, 0 already in the cache, {n} failed." in captured.out and "HTTP 403" in captured.err


def test_the_area_of_a_projects_photos(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from photowalk.edits import set_locations
    from photowalk.project import ProjectStore
    from photowalk.tiles import box_around, check_box
    from tests.describing import project_with

    store, ids = project_with(tmp_path, ["cameras/DSCN0138.JPG", "cameras/Canon_EOS_D60.jpg"])
    project = str(store.path)
    with tile_server() as server:
        # No photo has a place yet: nothing to fetch, and the command says what to give instead.
        assert main(["tiles", "--project", project, "--server", server.url, "--dry-run"]) == 1
        assert "no photo of the project has a place yet" in capsys.readouterr().err
        first, second = ids.values()
        set_locations(store, {first: (38.5760, 68.7830, None), second: (38.5790, 68.7870, 90.0)})
        store.close()
        box = box_around([(38.5760, 68.7830), (38.5790, 68.7870)])
        assert box is not None and (box.south, box.north) == (pytest.approx(38.574), pytest.approx(38.581))
        n = len(prefill_tiles(check_box(box), range(14, 17)))
        assert main(["tiles", "--project", project, "--zoom", "14-16", "--server", server.url]) == 0
        assert f"{n} fetched" in capsys.readouterr().out and server.count() == n
        # A project spread over a country is more than a pre-fill may cover.
        with ProjectStore.open(project) as again:
            set_locations(again, {first: (38.5, 68.7, None), second: (39.9, 70.0, None)})
        assert main(["tiles", "--project", project, "--server", server.url]) == 1
        assert "at most 0.1" in capsys.readouterr().err and server.count() == n


def test_the_cache_is_kept_within_its_limit_and_what_went_is_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    from photowalk.tiles import tiles_root

    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(tmp_path / "cache"))
    with tile_server() as old_server, tile_server() as server:
        # An earlier event's tiles, from another server, used long ago.
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13", "--server", old_server.url]) == 0
        old = TileCache(TileSource(old_server.url))
        earlier = list(old.root.rglob("*.png"))
        for p in earlier:
            os.utime(p, (time.time() - 30 * 86_400,) * 2)
        capsys.readouterr()
        tiles = prefill_tiles(parse_bbox(EVENT), range(13, 15))
        new_bytes = sum(len(tile_png(t.z, t.x, t.y)) for t in tiles)
        limit_mb = (new_bytes + 10) / 1_000_000  # room for this event's tiles only
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13-14", "--server", server.url,
                     "--cache-limit", str(limit_mb)]) == 0
        out = capsys.readouterr().out
    assert f"{len(earlier)} tile(s) used longest ago removed (" in out and "to keep the cache within 0.0 MB" in out
    assert not any(p.exists() for p in earlier)
    cache = TileCache(TileSource(server.url))
    assert all(cache.get(t) == tile_png(t.z, t.x, t.y) for t in tiles)  # the event's own tiles stay
    assert sum(p.stat().st_size for p in tiles_root().rglob("*.png")) == new_bytes


def test_a_cache_limit_that_is_not_a_size_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("-1", "nan"):
        assert main(["tiles", "--bbox", EVENT, "--zoom", "13", "--cache-limit", bad]) == 1
        assert "--cache-limit is a number of MB" in capsys.readouterr().err
