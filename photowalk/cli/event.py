"""`photowalk end-of-event`: a shared computer handed back after an event."""

from __future__ import annotations

import argparse
from typing import Any

from photowalk.cli.text import CommandLine
from photowalk.upload.endofevent import EventEnded, end_event


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("end-of-event", help=CommandLine.tr(
        "log every participant out and remove every saved password and login from the system keyring"))
    p.add_argument("--thumbnails", action="store_true",
                   help=CommandLine.tr("also delete the thumbnails of everyone's photos"))
    p.add_argument("--participants", action="store_true",
                   help=CommandLine.tr("also forget the participants: their names, accounts and project lists"))
    p.set_defaults(func=cmd_end_of_event)


def summary(ended: EventEnded) -> str:
    """What was removed, as one line."""
    text = CommandLine.tr("Saved passwords removed: {passwords}. Login tokens removed: {tokens}. Participants "
                          "logged out: {profiles}.", passwords=ended.forgotten.passwords,
                          tokens=ended.forgotten.tokens + ended.forgotten.client_secrets, profiles=ended.profiles)
    if ended.participants_forgotten:
        text += " " + CommandLine.tr("Participants forgotten: {count}.", count=ended.participants_forgotten)
    if ended.thumbnails_emptied:
        text += " " + CommandLine.tr("Thumbnails deleted: {mb} MB.", mb=f"{ended.thumbnail_mb:.1f}")
    return text


def cmd_end_of_event(args: argparse.Namespace) -> int:
    print(summary(end_event(thumbnails=args.thumbnails, participants=args.participants)))
    return 0
