"""`photowalk tiles`: fill the map's cache for an event's area before going where there is no connection."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photowalk.cli.describe import UsageError
from photowalk.cli.terminal import ctrl_c_cancels, error
from photowalk.cli.text import CommandLine, error_text
from photowalk.fields import effective_location
from photowalk.project import ProjectStore
from photowalk.tiles import (
    DEFAULT_CACHE_MB,
    PREFILL_MAX_SPAN,
    PREFILL_MAX_TILES,
    PREFILL_MAX_ZOOM,
    TileCache,
    box_around,
    check_box,
    parse_bbox,
    parse_zooms,
    prefill,
    prefill_tiles,
    prune_tiles,
    tile_source,
)


def register(subparsers: Any) -> None:
    """Add the `tiles` command to photowalk's argument parser."""
    p = subparsers.add_parser(
        "tiles", help=CommandLine.tr("fetch the map tiles of a small area (the event's streets) for the map to show offline; "
                                     "at most {tiles} tiles, {span} degrees on a side, zoom up to {zoom}",
                                     tiles=PREFILL_MAX_TILES, span=PREFILL_MAX_SPAN, zoom=PREFILL_MAX_ZOOM))
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--bbox", metavar=CommandLine.tr("SOUTH,WEST,NORTH,EAST"),
                       help=CommandLine.tr("the area in degrees, e.g. 38.55,68.76,38.59,68.80"))
    where.add_argument("--project", type=Path, metavar=CommandLine.tr("PROJECT"),
                       help=CommandLine.tr("the area of the project's photos that have a place (and 200 m round it)"))
    p.add_argument("--zoom", default="12-17", metavar=CommandLine.tr("LOW-HIGH"), help=CommandLine.tr("zoom levels (default 12-17)"))
    p.add_argument("--server", metavar=CommandLine.tr("URL"),
                   help=CommandLine.tr("a tile server's URL with {z}, {x}, {y} (default: the map's, "
                                       "OpenStreetMap's unless PHOTOWALK_TILE_URL names another)"))
    p.add_argument("--dry-run", action="store_true", help=CommandLine.tr("only say how many tiles the area needs"))
    p.add_argument("--cache-limit", type=float, default=DEFAULT_CACHE_MB, metavar=CommandLine.tr("MB"),
                   help=CommandLine.tr("then keep the tile cache (all servers) within this many MB, removing the tiles "
                                       "used longest ago (default {mb})", mb=DEFAULT_CACHE_MB))
    p.set_defaults(func=cmd_tiles)


def cmd_tiles(args: argparse.Namespace) -> int:
    """Fetch the tiles the cache lacks, one at a time, and say how many were fetched."""
    zooms = parse_zooms(args.zoom)
    if not args.cache_limit >= 0:  # also NaN
        raise UsageError(reason=CommandLine.tr("--cache-limit is a number of MB, 0 or more"))
    if args.bbox is not None:
        box = parse_bbox(args.bbox)
    else:
        with ProjectStore.open(args.project) as store:
            places = [(loc.lat, loc.lon) for loc in map(effective_location, store.photos()) if loc is not None]
        around = box_around(places)
        if around is None:
            raise UsageError(reason=CommandLine.tr("no photo of the project has a place yet; give the area with --bbox"))
        box = check_box(around)
    tiles = prefill_tiles(box, zooms)  # refuses an area beyond the limit before anything is asked
    source = tile_source(args.server)
    if args.dry_run:
        print(CommandLine.tr("%n tile(s) at zoom {low}-{high} from {server}.", "", len(tiles),
                             low=zooms.start, high=zooms.stop - 1, server=source.host))
        return 0
    cache = TileCache(source)
    print(CommandLine.tr("Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).",
                         "", len(tiles), low=zooms.start, high=zooms.stop - 1, server=source.host, folder=cache.root,
                         attribution=source.attribution))
    with ctrl_c_cancels() as cancel:
        result = prefill(cache, tiles, cancel=cancel.is_set)
        stopped = cancel.is_set()
    print(CommandLine.tr("{fetched} fetched, {cached} already in the cache, {failed} failed.",
                         fetched=result.fetched, cached=result.cached, failed=result.failed))
    if not stopped:
        pruned = prune_tiles(round(args.cache_limit * 1_000_000))
        if pruned.removed:
            print(CommandLine.tr("%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.",
                                 "", pruned.removed, freed=_mb(pruned.freed), limit=_mb(args.cache_limit * 1_000_000)))
    if result.first_error is not None:
        error(error_text(result.first_error))
    if stopped:
        return 130
    return 1 if result.failed else 0


def _mb(size: float) -> str:
    return f"{size / 1_000_000:.1f}"
