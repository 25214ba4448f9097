"""`photowalk time` and `geotag`: when and where the photos were taken."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photowalk.cameras import Camera, cameras, find_camera
from photowalk.cli.describe import UsageError
from photowalk.cli.terminal import ctrl_c_cancels
from photowalk.clock import clear_clock_offset, clock_corrections, format_shift, offset_from_reference, parse_shift, set_clock_offset
from photowalk.geotag import DEFAULT_MAX_GAP, DEFAULT_PHONE_WINDOW, GeotagResult, geotag_project, undo_geotags
from photowalk.gpx import read_gpx
from photowalk.phototime import DEFAULT_TIME_ZONE, camera_time, corrected_camera_time, is_time_zone, project_zone
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings


def register(subparsers: Any) -> None:
    """Add the `time` and `geotag` commands to photowalk's argument parser."""
    p = subparsers.add_parser("time", help="correct a camera's clock (all its photos at once); without a "
                                           "correction, list the cameras and their corrections")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--camera", metavar="NAME", help="the camera, as `list` of this command names it (e.g. \"NIKON D5300\")")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--shift", metavar="[+-]HH:MM[:SS]", help="add this to the camera's times (e.g. +01:03, -0:05:30, +1h03m)")
    how.add_argument("--reference-photo", type=int, metavar="ID",
                     help="a photo of a clock or phone screen by this camera (give --shows)")
    how.add_argument("--undo", action="store_true", help="remove the camera's correction: its own times again")
    p.add_argument("--shows", metavar="HH:MM[:SS]", help="the time the clock in the reference photo shows")
    p.add_argument("--time-zone", metavar="ZONE",
                   help=f"the project's time zone, of camera times written without one (default {DEFAULT_TIME_ZONE}); "
                        "an empty ZONE goes back to the default")
    p.set_defaults(func=cmd_time)

    p = subparsers.add_parser("geotag", help="place photos from a GPS track (GPX) or the phone photos taken beside them")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--gpx", type=Path, metavar="FILE", help="a GPX track of the walk")
    p.add_argument("--max-gap", type=float, default=DEFAULT_MAX_GAP, metavar="SECONDS",
                   help=f"place no photo in a gap of the track longer than this (default {DEFAULT_MAX_GAP})")
    p.add_argument("--from-phone", action="store_true",
                   help="photos of the project with their own GPS place the others taken close in time")
    p.add_argument("--phone-window", type=float, default=DEFAULT_PHONE_WINDOW, metavar="SECONDS",
                   help=f"how close in time, for --from-phone (default {DEFAULT_PHONE_WINDOW})")
    p.add_argument("--replace", action="store_true",
                   help="also replace the camera's own GPS and positions set by hand")
    p.add_argument("--undo", action="store_true", help="forget the positions geotagging set")
    p.set_defaults(func=cmd_geotag)


def cmd_time(args: argparse.Namespace) -> int:
    """Set, undo or list camera clock corrections."""
    if (args.shows is None) != (args.reference_photo is None):
        raise UsageError(reason="--reference-photo and --shows go together: the photo of a clock, and the time it shows")
    shift = parse_shift(args.shift) if args.shift is not None else None
    if args.time_zone and not is_time_zone(args.time_zone.strip()):
        raise UsageError(reason=f"\u201c{args.time_zone}\u201d is not a time zone; name one as Asia/Dushanbe or Europe/Moscow")
    store = ProjectStore.open(args.project)
    try:
        if args.time_zone is not None:
            update_settings(store, time_zone=args.time_zone.strip() or None)
        zone_name = read_settings(store).time_zone
        zone = project_zone(zone_name)
        if args.reference_photo is not None:
            photo = store.photo(args.reference_photo)
            camera = Camera.of(photo)
            if args.camera is not None and find_camera(store, args.camera) != camera:
                raise UsageError(reason=f"photo {photo.id} was taken with {camera.label or 'an unnamed camera'}, "
                                        f"not {args.camera}")
            seconds = offset_from_reference(photo, args.shows)
            set_clock_offset(store, camera, seconds, reference_photo=photo.id, shows=args.shows)
            photo = store.photo(photo.id)
            before, after = camera_time(photo, zone), corrected_camera_time(photo, zone)
            print(f"{camera.label or 'unnamed camera'}: {format_shift(seconds)} "
                  f"(photo {photo.id}: {_clock(before)} -> {_clock(after)}).")
        elif shift is not None or args.undo:
            if args.camera is None:
                raise UsageError(reason="name the camera with --camera (see `photowalk time --project P`)")
            camera = find_camera(store, args.camera)
            if args.undo:
                clear_clock_offset(store, camera)
                print(f"{camera.label}: the camera's own times again.")
            else:
                assert shift is not None
                set_clock_offset(store, camera, shift)
                print(f"{camera.label}: {format_shift(shift)}.")
        print(f"Times without their own offset are {zone_name or DEFAULT_TIME_ZONE} time"
              + ("." if zone_name else " (the default; --time-zone names another)."))
        corrections = clock_corrections(store)
        for camera, count in cameras(store).items():
            fix = corrections.get(camera)
            what = format_shift(fix.offset) if fix else "as the camera wrote them"
            print(f"  {camera.label or '(no camera name)'}: {count} photo(s), times {what}")
    finally:
        store.close()
    return 0


def _clock(moment: Any) -> str:
    return moment.isoformat(sep=" ", timespec="seconds") if moment is not None else "-"


def cmd_geotag(args: argparse.Namespace) -> int:
    """Place the photos and print how many were placed and why the others were not."""
    if args.undo:
        store = ProjectStore.open(args.project)
        try:
            print(f"{undo_geotags(store)} photo(s) lost the position geotagging had given them.")
        finally:
            store.close()
        return 0
    if args.gpx is None and not args.from_phone:
        raise UsageError(reason="give a track with --gpx FILE, or --from-phone, or both")
    if args.max_gap < 0 or args.phone_window < 0:
        raise UsageError(reason="--max-gap and --phone-window are numbers of seconds, 0 or more")
    track = read_gpx(args.gpx) if args.gpx is not None else None
    store = ProjectStore.open(args.project)
    try:
        zone = project_zone(read_settings(store).time_zone)
        with ctrl_c_cancels() as cancel:
            result = geotag_project(store, zone, track=track, max_gap=args.max_gap, from_phone=args.from_phone,
                                    phone_window=args.phone_window, replace=args.replace, cancel=cancel.is_set)
            if cancel.is_set():
                print("Stopped; no position was changed.")
                return 130
    finally:
        store.close()
    print_summary(result)
    return 0


def print_summary(result: GeotagResult) -> None:
    sources = result.by_source()
    print(f"{len(result.placed)} photo(s) placed ({sources['gpx']} from the track, {sources['phone']} from phone photos).")
    if result.not_placed:
        print(f"{len(result.not_placed)} photo(s) not placed:")
        for code, count in result.counts().items():
            # One photo's reason, with its numbers, stands for the others of the same kind.
            pid, example = next((pid, r) for pid, r in result.not_placed.items() if r.code == code)
            print(f"  {count:5d}  {example.message} (e.g. photo {pid})")
