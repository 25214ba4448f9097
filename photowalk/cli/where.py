"""`photowalk time` and `geotag`: when and where the photos were taken."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photowalk.cameras import Camera, cameras, find_camera
from photowalk.cli.describe import UsageError
from photowalk.cli.terminal import ctrl_c_cancels
from photowalk.cli.text import CommandLine, reason_text
from photowalk.clock import clear_clock_offset, clock_corrections, format_shift, offset_from_reference, parse_shift, set_clock_offset
from photowalk.geotag import DEFAULT_MAX_GAP, DEFAULT_PHONE_WINDOW, GeotagResult, geotag_project, undo_geotags
from photowalk.gpx import read_gpx
from photowalk.phototime import DEFAULT_TIME_ZONE, camera_time, corrected_camera_time, is_time_zone, project_zone
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings


def register(subparsers: Any) -> None:
    """Add the `time` and `geotag` commands to photowalk's argument parser."""
    p = subparsers.add_parser("time", help=CommandLine.tr(
        "correct a camera's clock (all its photos at once); without a correction, list the cameras and their "
        "corrections"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--camera", metavar=CommandLine.tr("NAME"), help=CommandLine.tr("the camera, as `list` of this command names it (e.g. \"NIKON D5300\")"))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--shift", metavar=CommandLine.tr("[+-]HH:MM[:SS]"), help=CommandLine.tr("add this to the camera's times (e.g. +01:03, -0:05:30, +1h03m)"))
    how.add_argument("--reference-photo", type=int, metavar=CommandLine.tr("ID"),
                     help=CommandLine.tr("a photo of a clock or phone screen by this camera (give --shows)"))
    how.add_argument("--undo", action="store_true", help=CommandLine.tr("remove the camera's correction: its own times again"))
    p.add_argument("--shows", metavar=CommandLine.tr("HH:MM[:SS]"), help=CommandLine.tr("the time the clock in the reference photo shows"))
    p.add_argument("--time-zone", metavar=CommandLine.tr("ZONE"),
                   help=CommandLine.tr("the project's time zone, of camera times written without one (default {zone}); "
                                       "an empty ZONE goes back to the default", zone=DEFAULT_TIME_ZONE))
    p.set_defaults(func=cmd_time)

    p = subparsers.add_parser("geotag", help=CommandLine.tr("place photos from a GPS track (GPX) or the phone photos taken beside them"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--gpx", type=Path, metavar=CommandLine.tr("FILE"), help=CommandLine.tr("a GPX track of the walk"))
    p.add_argument("--max-gap", type=float, default=DEFAULT_MAX_GAP, metavar=CommandLine.tr("SECONDS"),
                   help=CommandLine.tr("place no photo in a gap of the track longer than this (default {seconds})",
                                       seconds=DEFAULT_MAX_GAP))
    p.add_argument("--from-phone", action="store_true",
                   help=CommandLine.tr("photos of the project with their own GPS place the others taken close in time"))
    p.add_argument("--phone-window", type=float, default=DEFAULT_PHONE_WINDOW, metavar=CommandLine.tr("SECONDS"),
                   help=CommandLine.tr("how close in time, for --from-phone (default {seconds})",
                                       seconds=DEFAULT_PHONE_WINDOW))
    p.add_argument("--replace", action="store_true",
                   help=CommandLine.tr("also replace the camera's own GPS and positions set by hand"))
    p.add_argument("--undo", action="store_true", help=CommandLine.tr("forget the positions geotagging set"))
    p.set_defaults(func=cmd_geotag)


def cmd_time(args: argparse.Namespace) -> int:
    """Set, undo or list camera clock corrections."""
    if (args.shows is None) != (args.reference_photo is None):
        raise UsageError(reason=CommandLine.tr(
            "--reference-photo and --shows go together: the photo of a clock, and the time it shows"))
    shift = parse_shift(args.shift) if args.shift is not None else None
    if args.time_zone and not is_time_zone(args.time_zone.strip()):
        raise UsageError(reason=CommandLine.tr(
            "\u201c{zone}\u201d is not a time zone; name one as Asia/Dushanbe or Europe/Moscow", zone=args.time_zone))
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
                raise UsageError(reason=CommandLine.tr(
                    "photo {id} was taken with {camera}, not {named}", id=photo.id,
                    camera=camera.label or CommandLine.tr("an unnamed camera"), named=args.camera))
            seconds = offset_from_reference(photo, args.shows)
            set_clock_offset(store, camera, seconds, reference_photo=photo.id, shows=args.shows)
            photo = store.photo(photo.id)
            before, after = camera_time(photo, zone), corrected_camera_time(photo, zone)
            print(CommandLine.tr("{camera}: {shift} (photo {id}: {before} -> {after}).",
                                 camera=camera.label or CommandLine.tr("unnamed camera"), shift=format_shift(seconds),
                                 id=photo.id, before=_clock(before), after=_clock(after)))
        elif shift is not None or args.undo:
            if args.camera is None:
                raise UsageError(reason=CommandLine.tr("name the camera with --camera (see `photowalk time --project P`)"))
            camera = find_camera(store, args.camera)
            if args.undo:
                clear_clock_offset(store, camera)
                print(CommandLine.tr("{camera}: the camera's own times again.", camera=camera.label))
            else:
                assert shift is not None
                set_clock_offset(store, camera, shift)
                print(CommandLine.tr("{camera}: {shift}.", camera=camera.label, shift=format_shift(shift)))
        if zone_name:
            print(CommandLine.tr("Times without their own offset are {zone} time.", zone=zone_name))
        else:
            print(CommandLine.tr("Times without their own offset are {zone} time (the default; --time-zone names "
                                 "another).", zone=DEFAULT_TIME_ZONE))
        corrections = clock_corrections(store)
        for camera, count in cameras(store).items():
            fix = corrections.get(camera)
            label = camera.label or CommandLine.tr("(no camera name)")
            if fix:
                print("  " + CommandLine.tr("{camera}: %n photo(s), times {shift}", "", count, camera=label,
                                            shift=format_shift(fix.offset)))
            else:
                print("  " + CommandLine.tr("{camera}: %n photo(s), times as the camera wrote them", "", count,
                                            camera=label))
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
            print(CommandLine.tr("%n photo(s) lost the position geotagging had given them.", "", undo_geotags(store)))
        finally:
            store.close()
        return 0
    if args.gpx is None and not args.from_phone:
        raise UsageError(reason=CommandLine.tr("give a track with --gpx FILE, or --from-phone, or both"))
    if args.max_gap < 0 or args.phone_window < 0:
        raise UsageError(reason=CommandLine.tr("--max-gap and --phone-window are numbers of seconds, 0 or more"))
    track = read_gpx(args.gpx) if args.gpx is not None else None
    store = ProjectStore.open(args.project)
    try:
        zone = project_zone(read_settings(store).time_zone)
        with ctrl_c_cancels() as cancel:
            result = geotag_project(store, zone, track=track, max_gap=args.max_gap, from_phone=args.from_phone,
                                    phone_window=args.phone_window, replace=args.replace, cancel=cancel.is_set)
            if result.cancelled:
                print(CommandLine.tr("Stopped; no position was changed."))
                return 130
    finally:
        store.close()
    print_summary(result)
    return 0


def print_summary(result: GeotagResult) -> None:
    sources = result.by_source()
    print(CommandLine.tr("%n photo(s) placed ({gpx} from the track, {phone} from phone photos).", "",
                         len(result.placed), gpx=sources["gpx"], phone=sources["phone"]))
    if result.not_placed:
        print(CommandLine.tr("%n photo(s) not placed:", "", len(result.not_placed)))
        for code, count in result.counts().items():
            # One photo's reason, with its numbers, stands for the others of the same kind.
            pid, example = next((pid, r) for pid, r in result.not_placed.items() if r.code == code)
            print(f"  {count:5d}  " + CommandLine.tr("{reason} (e.g. photo {id})", reason=reason_text(example), id=pid))
