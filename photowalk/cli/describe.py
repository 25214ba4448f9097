"""`photowalk edit`, `check` and `wikitext`: describing photos from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from photowalk.checks import check_photos, has_errors
from photowalk.cli.text import CommandLine, core_text
from photowalk.depicts import normalize_item_id
from photowalk.edits import (
    InvalidLocationError,
    UnknownPhotoError,
    add_categories,
    add_depicts,
    apply_title_pattern,
    check_location,
    clear_location,
    normalize_categories,
    parse_date,
    remove_categories,
    remove_depicts,
    remove_location,
    restore_location,
    set_author,
    set_caption,
    set_date,
    set_description,
    set_licence,
    set_location,
    set_origin,
    set_title,
    update_origin,
)
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import normalize_licence
from photowalk.names import normalize_language, normalize_user_name
from photowalk.origin import make_origin, reason_keys
from photowalk.photo import Photo
from photowalk.presets import apply_preset, load_preset
from photowalk.problems import Problem
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.structured import CAPTION_LIMIT, entity_data, normalize_caption, structured_data
from photowalk.titles import parse_pattern
from photowalk.wikitext import page_text


class UsageError(PhotowalkError):
    code = "usage"
    template = QT_TRANSLATE_NOOP("errors", "{reason}")


def register(subparsers: Any) -> None:
    """Add the `edit`, `check` and `wikitext` commands to photowalk's argument parser."""
    p = subparsers.add_parser("edit", help=CommandLine.tr("set titles, descriptions, categories, licence ... of photos"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help=CommandLine.tr("every photo of the project"))
    which.add_argument("--photo", type=int, nargs="+", action="extend", metavar=CommandLine.tr("ID"), help=CommandLine.tr("these photos"))
    titles = p.add_mutually_exclusive_group()
    titles.add_argument("--title", metavar=CommandLine.tr("T"), help=CommandLine.tr("the title (file name on Commons) of one photo"))
    titles.add_argument(
        "--title-pattern", metavar=CommandLine.tr("P"),
        help=CommandLine.tr("titles from a pattern: {description} {place} {event} {date} {year} {n} {name}"),
    )
    p.add_argument("--description", action="append", default=[], metavar=CommandLine.tr("LANG=TEXT"),
                   help=CommandLine.tr("description in a language; an empty TEXT removes that language"))
    p.add_argument("--caption", action="append", default=[], metavar=CommandLine.tr("LANG=TEXT"),
                   help=CommandLine.tr("caption (structured data, at most {limit} characters) in a language; "
                                       "an empty TEXT removes that language", limit=CAPTION_LIMIT))
    p.add_argument("--depicts", action="append", default=[], metavar=CommandLine.tr("QID"),
                   help=CommandLine.tr("add an item the photos depict"))
    p.add_argument("--remove-depicts", action="append", default=[], metavar=CommandLine.tr("QID"),
                   help=CommandLine.tr("remove a depicted item"))
    p.add_argument("--category", action="append", default=[], metavar=CommandLine.tr("NAME"), help=CommandLine.tr("add a category"))
    p.add_argument("--remove-category", action="append", default=[], metavar=CommandLine.tr("NAME"), help=CommandLine.tr("remove a category"))
    p.add_argument("--licence", metavar=CommandLine.tr("CODE"), help=CommandLine.tr("cc-by-sa-4.0, cc-by-4.0 or cc-zero"))
    p.add_argument("--author", metavar=CommandLine.tr("NAME"), help=CommandLine.tr("the Commons user name credited as author"))
    origin = p.add_argument_group(CommandLine.tr("someone else's photo"))
    origin.add_argument("--own-work", action="store_true",
                        help=CommandLine.tr("the photos are your own work again (the default)"))
    origin.add_argument("--original-author", metavar=CommandLine.tr("TEXT"),
                        help=CommandLine.tr("the photos are someone else's work: who took them"))
    origin.add_argument("--source", metavar=CommandLine.tr("TEXT"),
                        help=CommandLine.tr("where someone else's photos come from: a web address, or e.g. "
                                            "\"family album, printed 1965\""))
    origin.add_argument("--reason", metavar=CommandLine.tr("KEY"),
                        help=CommandLine.tr("why Commons may have someone else's photos: {keys}",
                                            keys=", ".join(reason_keys())))
    origin.add_argument("--death-year", metavar=CommandLine.tr("YEAR"), help=CommandLine.tr("the year the author died"))
    origin.add_argument("--year", metavar=CommandLine.tr("YEAR"),
                        help=CommandLine.tr("the year the photo was made or first published"))
    p.add_argument("--date", metavar=CommandLine.tr("DATE"),
                   help=CommandLine.tr("when the photos were taken: YYYY-MM-DD (or YYYY-MM, YYYY), optionally with "
                                       "HH:MM; an empty DATE goes back to the camera's"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--location", metavar=CommandLine.tr("LAT,LON[,HEADING]"),
                       help=CommandLine.tr("where the photos were taken, in decimal degrees (e.g. 38.5598,68.7870)"))
    where.add_argument("--camera-location", action="store_true",
                       help=CommandLine.tr("forget the location given with --location: the camera's GPS (if any) again"))
    privacy = p.add_mutually_exclusive_group()
    privacy.add_argument("--remove-location", action="store_true", help=CommandLine.tr("leave the location off the page"))
    privacy.add_argument("--show-location", action="store_true", help=CommandLine.tr("put the location on the page again"))
    p.add_argument("--preset", type=Path, metavar=CommandLine.tr("FILE.toml"), help=CommandLine.tr("fill in an event preset"))
    p.set_defaults(func=cmd_edit)

    p = subparsers.add_parser("check", help=CommandLine.tr("check photos against Commons' rules before upload"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--json", action="store_true", help=CommandLine.tr("print a JSON array, one object per photo"))
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser("wikitext", help=CommandLine.tr("print the description page a photo will get"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--photo", type=int, required=True, metavar=CommandLine.tr("ID"))
    p.add_argument("--sdc", action="store_true",
                   help=CommandLine.tr("print the structured data (captions, depicts, point of view) as the JSON sent to the wiki"))
    p.set_defaults(func=cmd_wikitext)


def _parse_descriptions(items: list[str], option: str = "--description") -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        lang, sep, text = item.partition("=")
        if not sep:
            raise UsageError(reason=CommandLine.tr("{option} needs LANG=TEXT (e.g. \"tg=Боғи Рӯдакӣ\"), not \u201c{item}\u201d",
                                                   option=option, item=item))
        pairs.append((normalize_language(lang), text))
    return pairs


def _selected(store: ProjectStore, args: argparse.Namespace) -> list[int]:
    if args.all:
        return store.photo_ids()
    known = set(store.photo_ids())
    unknown = [i for i in args.photo if i not in known]
    if unknown:
        raise UnknownPhotoError(ids=", ".join(map(str, unknown)))
    return list(dict.fromkeys(args.photo))


def _parse_location(text: str) -> tuple[float, float, float | None]:
    parts = [p.strip() for p in text.split(",")]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 3):
        raise InvalidLocationError(lat=text, lon="")
    lat, lon = numbers[0], numbers[1]
    heading = numbers[2] if len(numbers) == 3 else None
    check_location(lat, lon, heading)
    return lat, lon, heading


def _origin_changes(args: argparse.Namespace) -> dict[str, str | int | None]:
    """The origin fields given on the command line, checked (a bad reason or year changes nothing)."""
    given = {"author": args.original_author, "source": args.source, "reason": args.reason,
             "death_year": args.death_year, "year": args.year}
    changes = {k: v for k, v in given.items() if v is not None}
    if changes and args.own_work:
        raise UsageError(reason=CommandLine.tr("--own-work cannot go with --original-author, --source, --reason, "
                                               "--death-year or --year"))
    typed = make_origin(changes.get("author"), changes.get("source"), changes.get("reason"),
                        changes.get("death_year"), changes.get("year"))
    return {k: getattr(typed, k) for k in changes}


def cmd_edit(args: argparse.Namespace) -> int:
    """Apply the given fields to the chosen photos; fields not given are left alone."""
    # Everything is checked before the first change, so a typo changes nothing.
    descriptions = _parse_descriptions(args.description)
    captions = [(lang, text) for lang, text in _parse_descriptions(args.caption, "--caption")]
    for lang, text in captions:
        normalize_caption(lang, text)  # too long: refused before anything changes
    depicts = [normalize_item_id(q) for q in args.depicts]
    undepicts = [normalize_item_id(q) for q in args.remove_depicts]
    add = normalize_categories(args.category)
    remove = normalize_categories(args.remove_category)
    licence = normalize_licence(args.licence) if args.licence is not None else None
    author = normalize_user_name(args.author) if args.author is not None else None
    if args.title_pattern is not None:
        parse_pattern(args.title_pattern)
    preset = load_preset(args.preset) if args.preset else None
    date = parse_date(args.date) if args.date is not None else None
    location = _parse_location(args.location) if args.location is not None else None
    origin = _origin_changes(args)

    store = ProjectStore.open(args.project)
    try:
        ids = _selected(store, args)
        if args.title is not None and len(ids) != 1:
            raise UsageError(reason=CommandLine.tr("--title gives one photo its title; for several photos use --title-pattern"))
        done: list[str] = []

        def explicit(store: ProjectStore) -> None:
            """The values given on the command line, for the chosen photos."""
            for lang, text in descriptions:
                set_description(store, ids, lang, text)
                done.append(CommandLine.tr("description {language}", language=lang) if text.strip()
                            else CommandLine.tr("description {language} removed", language=lang))
            for lang, text in captions:
                set_caption(store, ids, lang, text)
                done.append(CommandLine.tr("caption {language}", language=lang) if text.strip()
                            else CommandLine.tr("caption {language} removed", language=lang))
            if depicts:
                offered = {i.id: i for i in read_settings(store).depicts}  # labels from the event preset
                add_depicts(store, ids, [offered.get(q) or q for q in depicts])
                done.append(CommandLine.tr("depicts added: {items}", items=", ".join(depicts)))
            if undepicts:
                remove_depicts(store, ids, undepicts)
                done.append(CommandLine.tr("depicts removed: {items}", items=", ".join(undepicts)))
            if add:
                add_categories(store, ids, add)
                done.append(CommandLine.tr("categories added: {names}", names=", ".join(add)))
            if remove:
                remove_categories(store, ids, remove)
                done.append(CommandLine.tr("categories removed: {names}", names=", ".join(remove)))
            if licence is not None:
                set_licence(store, ids, licence)
                done.append(CommandLine.tr("licence {licence}", licence=licence))
            if author is not None:
                set_author(store, ids, author)
                done.append(CommandLine.tr("author {author}", author=author))
            if args.own_work:
                set_origin(store, ids, None)
                done.append(CommandLine.tr("own work"))
            if origin:
                update_origin(store, ids, origin)
                done.append(CommandLine.tr("someone else's work: {fields}", fields=", ".join(origin)))
            if args.date is not None:
                set_date(store, ids, date)
                done.append(CommandLine.tr("date {date}", date=date) if date else CommandLine.tr("date from the camera"))
            if location is not None:
                set_location(store, ids, *location)
                done.append(CommandLine.tr("location {place}", place=", ".join(f"{v:g}" for v in location if v is not None)))
            if args.camera_location:
                clear_location(store, ids)
                done.append(CommandLine.tr("location from the camera"))
            if args.remove_location:
                remove_location(store, ids)
                done.append(CommandLine.tr("location removed"))
            if args.show_location:
                restore_location(store, ids)
                done.append(CommandLine.tr("location shown"))
            if args.title is not None:
                set_title(store, ids[0], args.title)
                done.append(CommandLine.tr("title"))
            if args.title_pattern is not None:
                titles = apply_title_pattern(store, ids, args.title_pattern)
                for pid in ids:
                    title = titles.get(pid) or CommandLine.tr("(no title: description or date missing)")
                    print(f"{pid:5d}  {title}")
                done.append(CommandLine.tr("%n title(s) from the pattern", "", len(titles)))

        if preset is None:
            explicit(store)
        else:
            # The one order (photowalk.presets): the preset's settings, the values given here, then
            # the preset fills what is still empty.
            user_titles = args.title is not None or args.title_pattern is not None
            # --all is the whole project: the preset's event keys (wiki, hashtag, ...) become the project's.
            result = apply_preset(store, preset, None if args.all else ids, explicit=explicit, user_titles=user_titles)
            if result.captions:
                done.append(CommandLine.tr("the caption prefix before %n caption(s)", "", result.captions))
            if result.wiki_to is not None:
                done.append(CommandLine.tr("uploads now go to {wiki}", wiki=result.wiki_to))
            done.append(CommandLine.tr(
                "preset: {licences} licence(s), {categories} photo(s) got categories, {templates} template(s), "
                "{prefixes} prefix(es), {titles} title(s)", licences=result.licences, categories=result.categories,
                templates=result.templates, prefixes=result.prefixes, titles=result.titles,
            ))
    finally:
        store.close()
    what = "; ".join(done) if done else CommandLine.tr("nothing to change")
    print(CommandLine.tr("%n photo(s): {what}.", "", len(ids), what=what))
    return 0


def photo_json_fields(photo: Photo, problems: list[Problem]) -> dict[str, Any]:
    """The describing fields of one photo for `photowalk list --json`."""
    return {
        "title": photo.title,
        "descriptions": dict(photo.descriptions),
        "categories": list(photo.categories),
        "captions": dict(photo.captions),
        "depicts": [d.to_json() for d in photo.depicts],
        "licence": photo.licence,
        "author": photo.author,
        "location_removed": photo.location_removed,
        "origin": photo.origin.to_json() if photo.origin is not None else {"own_work": True},
        "problems": [p.to_json() for p in problems],
    }


def cmd_check(args: argparse.Namespace) -> int:
    """Print each photo's problems; exit status 1 when any photo has an error."""
    store = ProjectStore.open(args.project)
    try:
        results = check_photos(store)
        photos = {p.id: p for p in store.photos()}
    finally:
        store.close()
    failing = [pid for pid, problems in results.items() if has_errors(problems)]
    if args.json:
        out = [
            {"id": pid, "path": photos[pid].path, "ok": not has_errors(problems),
             "problems": [p.to_json() for p in problems]}
            for pid, problems in results.items()
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for pid, problems in results.items():
            for p in problems:
                severity = CommandLine.tr("error") if p.is_error else CommandLine.tr("warning")
                message = core_text(p.context, p.template, p.params)
                print(f"{pid:5d}  {severity:7s}  {photos[pid].file_name}: {message}")
                if p.suggestion:
                    print(f"{'':16s}" + CommandLine.tr("suggestion: {suggestion}", suggestion=p.suggestion))
        warnings = sum(1 for problems in results.values() for p in problems if not p.is_error)
        print(CommandLine.tr("%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).", "",
                             len(results), ready=len(results) - len(failing), failing=len(failing), warnings=warnings))
    return 1 if failing else 0


def cmd_wikitext(args: argparse.Namespace) -> int:
    """Print the page text one photo will be uploaded with (with --sdc: its structured data)."""
    store = ProjectStore.open(args.project)
    try:
        photo = store.photo(args.photo)
        if args.sdc:
            # The whole of it; the upload sends only what the file's entity lacks.
            text = json.dumps(entity_data(structured_data(photo)), ensure_ascii=False, indent=2)
        else:
            text = page_text(photo, read_settings(store))
    finally:
        store.close()
    sys.stdout.write(text + "\n")  # the page's last line, ended like every line printed
    return 0
