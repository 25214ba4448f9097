"""`photowalk import`, `list`, `cull`, `relink` and `export`: a project and its files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from photowalk.checks import check_photos
from photowalk.cli import describe, upload
from photowalk.cli.terminal import TerminalProgress, ctrl_c_cancels
from photowalk.cli.text import CommandLine, reason_text
from photowalk.culling import bursts, known_ids, quality_hints, set_culled
from photowalk.importer import ImportReport, import_paths, refresh_missing, relink_folder
from photowalk.pathtext import shown
from photowalk.photo import Photo
from photowalk.problems import Problem
from photowalk.project import ChangedFile, ProjectStore
from photowalk.projectsettings import update_settings


def register(subparsers: Any) -> None:
    """Add the `import`, `list`, `cull`, `relink` and `export` commands to photowalk's argument parser."""
    p = subparsers.add_parser("import", help=CommandLine.tr("import photos from camera folders into a project"))
    p.add_argument("folders", nargs="+", type=Path, metavar=CommandLine.tr("FOLDER"),
                   help=CommandLine.tr("folders or files to import"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"), help=CommandLine.tr("project file (created if missing)"))
    p.add_argument("--workers", type=int, default=None, metavar=CommandLine.tr("WORKERS"), help=CommandLine.tr("threads for hashing and thumbnails"))
    heic = p.add_mutually_exclusive_group()
    heic.add_argument("--heic-to-jpeg", nargs="?", const="", metavar=CommandLine.tr("FOLDER"),
                      help=CommandLine.tr("import HEIC/HEIF photos as JPEG copies with all their metadata, written in FOLDER (default: a "
                                          "JPEG folder beside the project; never where the originals are); the project remembers it"))
    heic.add_argument("--keep-heic", action="store_true", help=CommandLine.tr("import HEIC/HEIF photos as they are again"))
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("list", help=CommandLine.tr("list the photos of a project"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--json", action="store_true", help=CommandLine.tr("print a JSON array, one object per photo"))
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("cull", help=CommandLine.tr("mark photos not for upload (or for upload again)"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--skip", type=_id_list, default=[], metavar=CommandLine.tr("IDS"),
                   help=CommandLine.tr("photo numbers not to upload, e.g. 3,4,9 (checks and upload pass them by)"))
    p.add_argument("--keep", type=_id_list, default=[], metavar=CommandLine.tr("IDS"),
                   help=CommandLine.tr("photo numbers to upload again"))
    p.set_defaults(func=cmd_cull)

    p = subparsers.add_parser("relink", help=CommandLine.tr("find photos whose files moved (e.g. the card is mounted elsewhere)"))
    p.add_argument("folder", type=Path, metavar=CommandLine.tr("folder"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.set_defaults(func=cmd_relink)

    p = subparsers.add_parser("export", help=CommandLine.tr("write a complete copy of a project to a new file (safe while it is open)"))
    p.add_argument("target", type=Path, metavar=CommandLine.tr("FILE"), help=CommandLine.tr("the new project file"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.set_defaults(func=cmd_export)


def open_project(path: Path, *, create: bool = False) -> ProjectStore:
    return ProjectStore.open(path, create=create)


def cmd_import(args: argparse.Namespace) -> int:
    store = open_project(args.project, create=True)
    bar = TerminalProgress()
    try:
        if args.heic_to_jpeg is not None or args.keep_heic:
            folder = str(Path(args.heic_to_jpeg).resolve()) if args.heic_to_jpeg else None
            update_settings(store, convert_heic=args.heic_to_jpeg is not None, converted_folder=folder)
        with ctrl_c_cancels() as cancel:
            report = import_paths(args.folders, store, progress=bar, cancel=cancel.is_set, workers=args.workers)
    finally:
        bar.close()
        store.close()
    print_import_report(report)
    return 130 if report.cancelled else 0


def print_import_report(report: ImportReport, out: TextIO = sys.stdout) -> None:
    print(CommandLine.tr("Imported %n new photo(s).", "", len(report.added)), file=out)
    if report.unchanged:
        print(CommandLine.tr("%n file(s) were already in the project.", "", report.unchanged), file=out)
    if report.relinked:
        print(CommandLine.tr("%n photo(s) found again at a new place.", "", len(report.relinked)), file=out)
    if report.changed:
        print(CommandLine.tr("%n photo(s) were edited after they were imported; each now uses the new file, with "
                             "its title and descriptions kept:", "", len(report.changed)), file=out)
        for _pid, path, before in report.changed:
            print(f"  {shown(path)}: {_what_changed(before, path)}", file=out)
    for path, existing in report.duplicates:
        print("  " + CommandLine.tr("same photo already in the project: {path} (as {existing})",
                                    path=shown(path), existing=shown(existing)), file=out)
    if report.rejected:
        print(CommandLine.tr("%n file(s) cannot be uploaded to Commons:", "", len(report.rejected)), file=out)
        for _pid, path, reason in report.rejected:
            print(f"  {shown(path)}: {reason_text(reason)}", file=out)
    if report.failed:
        print(CommandLine.tr("%n file(s) could not be read:", "", len(report.failed)), file=out)
        for path, reason in report.failed:
            print(f"  {shown(path)}: {reason_text(reason)}", file=out)
    if report.skipped:
        print(CommandLine.tr("%n other file(s) skipped (sidecars, system files, not photos).", "",
                             len(report.skipped)), file=out)
    if report.cancelled:
        print(CommandLine.tr("Stopped before the end; run the same command again to import the rest."), file=out)


def _what_changed(before: ChangedFile, path: Path) -> str:
    try:
        text = CommandLine.tr("{before} bytes before, {now} bytes now", before=before.size, now=path.stat().st_size)
    except OSError:
        text = CommandLine.tr("{before} bytes before, now", before=before.size)
    if before.upload_state in ("done", "verifying", "structuring"):
        text += CommandLine.tr("; the wiki keeps the version uploaded before (photowalk never replaces a file there)")
    elif before.upload_state != "skipped":
        text += CommandLine.tr("; an unfinished upload will start again with the new file")
    return text


def photo_json(store: ProjectStore, photo: Photo, problems: list[Problem], burst: int | None = None) -> dict[str, Any]:
    """One photo as `photowalk list --json` prints it; `burst` numbers its group of near duplicates (from 1)."""
    cam = photo.camera
    obj: dict[str, Any] = {
        "id": photo.id,
        "path": shown(store.resolve(photo.path)),
        "sha1": photo.sha1,
        "size": photo.size,
        "type": photo.kind.value,
        "taken": cam.taken,
        "make": cam.make,
        "model": cam.model,
        "orientation": cam.orientation,
        "width": cam.width,
        "height": cam.height,
        "lat": cam.lat,
        "lon": cam.lon,
        "alt": cam.alt,
        "heading": cam.heading,
        "warnings": [n.message for n in cam.warnings],
        "error": photo.error.message if photo.error else None,
        "missing": photo.missing,
        "not_for_upload": photo.culled,
        "burst": burst,
        "hints": [h.code for h in quality_hints(photo)],
        "sharpness": photo.picture.sharpness if photo.picture else None,
        "brightness": photo.picture.brightness if photo.picture else None,
    }
    obj.update(describe.photo_json_fields(photo, problems))
    obj.update(upload.photo_json_fields(store, photo.id))
    return obj


def cmd_list(args: argparse.Namespace) -> int:
    store = open_project(args.project)
    try:
        refresh_missing(store)
        photos = store.photos()
        if args.json:
            # Checked together: duplicate titles are found across the whole project.
            problems = check_photos(store)
            group_of = {pid: n for n, group in enumerate(bursts(photos), 1) for pid in group}
            rows = [photo_json(store, p, problems.get(p.id, []), group_of.get(p.id)) for p in photos]
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for p in photos:
            flags = (CommandLine.tr("MISSING") + " " if p.missing else "") + (
                CommandLine.tr("NOT-FOR-UPLOAD") + " " if p.culled else "")
            status = f"  ! {reason_text(p.error)}" if p.error else ""
            warn = "  (" + CommandLine.tr("%n warning(s)", "", len(p.camera.warnings)) + ")" if p.camera.warnings else ""
            print(f"{p.id:5d}  {flags}{p.camera.taken or '-':25s} {shown(p.path)}{status}{warn}")
        print(CommandLine.tr("%n photo(s)", "", len(photos)))
    finally:
        store.close()
    return 0


def _id_list(text: str) -> list[int]:
    """Photo numbers as `--skip 3,4 9` gives them."""
    try:
        return [int(part) for part in text.replace(",", " ").split()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            CommandLine.tr("photo numbers separated by commas, e.g. 3,4,9; not “{value}”", value=text)) from None


def cmd_cull(args: argparse.Namespace) -> int:
    both = set(args.skip) & set(args.keep)
    if both:
        raise describe.UsageError(reason=CommandLine.tr("photo {ids} cannot be both skipped and kept",
                                                         ids=", ".join(map(str, sorted(both)))))
    if not args.skip and not args.keep:
        raise describe.UsageError(reason=CommandLine.tr("name photos with --skip IDS or --keep IDS"))
    store = open_project(args.project)
    try:
        known_ids(store, [*args.skip, *args.keep])  # nothing is marked when a number is wrong
        skipped = set_culled(store, args.skip, True)
        kept = set_culled(store, args.keep, False)
        total = len(store.culled_ids())
    finally:
        store.close()
    if skipped:
        print(CommandLine.tr("%n photo(s) marked not for upload.", "", len(skipped)))
    if kept:
        print(CommandLine.tr("%n photo(s) marked for upload again.", "", len(kept)))
    print(CommandLine.tr("%n photo(s) of the project are not for upload.", "", total))
    return 0


def cmd_relink(args: argparse.Namespace) -> int:
    store = open_project(args.project)
    try:
        with ctrl_c_cancels() as cancel:
            found = relink_folder(store, args.folder, cancel=cancel.is_set)
        still = refresh_missing(store)
    finally:
        store.close()
    print(CommandLine.tr("Found %n photo(s) in {folder}; {missing} still missing.", "", len(found),
                         folder=shown(args.folder), missing=len(still)))
    return 0 if not still else 1


def cmd_export(args: argparse.Namespace) -> int:
    target = args.target if args.target.suffix == ".photowalk" else args.target.with_name(args.target.name + ".photowalk")
    with open_project(args.project) as store:
        store.copy_to(target)
    print(CommandLine.tr("Copied {project} to {target}.", project=args.project, target=target))
    return 0
