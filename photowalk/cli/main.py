"""`photowalk COMMAND ...`: the parser of every command, the log, and how a command's errors end."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from photowalk import __version__
from photowalk.cli import describe, project, tiles, upload, where
from photowalk.cli.terminal import error, printable_streams
from photowalk.errors import PhotowalkError
from photowalk.logs import log_file, setup_logging
from photowalk.paths import tighten_user_folders
from photowalk.version import version_text

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photowalk",
        description="From a camera folder to finished files on Wikimedia Commons.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # The order of `photowalk --help`: a project, describing its photos, uploading them.
    project.register(sub)
    describe.register(sub)
    where.register(sub)
    tiles.register(sub)
    upload.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    printable_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    tighten_user_folders()
    try:
        # The same log file as the window's: "the details are in the log" must be true here too.
        setup_logging()
    except OSError as exc:
        print(f"photowalk: no log file ({exc.strerror}); going on without one.", file=sys.stderr)
    log.info("photowalk %s: %s", __version__, args.command)
    try:
        return int(args.func(args))
    except PhotowalkError as exc:
        log.warning("%s stopped: %s", args.command, exc.message)
        error(f"{exc.message} {exc.command_hint}" if exc.command_hint else exc.message)
        return 1
    except KeyboardInterrupt:
        print("photowalk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: its details go to the log, not a traceback to the terminal
        log.exception("%s failed", args.command)
        print(f"photowalk: an unexpected error stopped the command ({type(exc).__name__}); the details are "
              f"in the log: {log_file()}", file=sys.stderr)
        return 1
