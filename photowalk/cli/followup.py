"""`photowalk followup` (what became of a project's uploaded files) and `photowalk report --event`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from photowalk.cli.terminal import error
from photowalk.cli.text import CommandLine, core_text, reason_text
from photowalk.project import ProjectStore
from photowalk.upload import eventreport, followup
from photowalk.upload.settings import settings_from_project

EXIT_OK = 0
EXIT_ATTENTION = 1  # some file needs the volunteer (a deletion request, a deleted file, ...)


def register(subparsers: Any) -> None:
    """Add the followup sub-command."""
    p = subparsers.add_parser("followup", help=CommandLine.tr(
        "what became of the uploaded files: deletion requests, problem tags, deleted files, where they are used"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--offline", action="store_true", help=CommandLine.tr("show the results of the last check, without asking the wiki"))
    p.add_argument("--json", action="store_true", help=CommandLine.tr("print a JSON array, one object per photo"))
    p.set_defaults(func=cmd_followup)


def check_project(path: Path) -> followup.FollowupResult | None:
    """Ask each wiki the project has files on; None when it has none."""
    with ProjectStore.open(path) as store:
        wikis = followup.project_wikis(store)
        connection = settings_from_project(store).connection
        result = None
        for api_url in wikis:
            wiki = followup.reading_wiki(api_url, connection)
            try:
                result = followup.follow_up(store, wiki)
            finally:
                wiki.close()
        return result


def cmd_followup(args: argparse.Namespace) -> int:
    if not args.offline:
        check_project(args.project)
    with ProjectStore.open(args.project) as store:
        found = followup.load_store(store)
        names = {p.id: p.title or p.path for p in store.photos()}
    if args.json:
        json.dump([{"photo": f.photo_id, "title": f.title, "wiki": f.wiki, "checked": f.checked, "present": f.present,
                    "user": f.user, "size": f.size, "states": [s.value for s in f.states],
                    "usage": [u.to_json() for u in f.usage]} for f in found.values()],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif not found:
        print(CommandLine.tr("No uploaded file has been checked yet."))
    else:
        for f in found.values():
            print(f"{f.photo_id}  File:{f.title}  ({names.get(f.photo_id, '')})")
            for reason in f.findings:
                print("    " + reason_text(reason))
        checked = max(f.checked for f in found.values())
        print(CommandLine.tr("Checked {when}.", when=checked))
    return EXIT_ATTENTION if any(f.worst.needs_action for f in found.values()) else EXIT_OK


def event_report_command(args: argparse.Namespace) -> int:
    """`photowalk report --event P1 P2 ...`."""
    if args.check:
        for path in args.event:
            check_project(path)
    report = eventreport.event_report(args.event)
    headings = [core_text(eventreport.CONTEXT, h) for h in eventreport.HEADINGS]
    total = core_text(eventreport.CONTEXT, eventreport.TOTAL)
    if args.csv:
        sys.stdout.write(eventreport.csv_table(report, headings, total))
    elif args.meta:
        sys.stdout.write(eventreport.meta_table(report, headings, total))
    elif args.gallery:
        if args.caption:
            report = eventreport.EventReport(args.caption, report.files, report.lines, report.totals,
                                             report.unchecked, report.projects)
        sys.stdout.write(eventreport.gallery(report))
    else:
        rows = [headings] + [[line.user, *map(str, line.numbers())] for line in report.lines]
        rows.append([total, *map(str, report.totals.numbers())])
        widths = [max(len(r[i]) for r in rows) for i in range(len(headings))]
        for r in rows:
            print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths, strict=True))))
    if report.unchecked:
        error(CommandLine.tr("%n file(s) never checked on the wiki: their uploader, deletion and use are not known. "
                             "Add --check to ask the wiki.", "", report.unchecked))
    return EXIT_OK
