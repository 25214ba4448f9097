"""`photowalk COMMAND ...`: the parser of every command, the log, and how a command's errors end."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from photowalk import __version__
from photowalk.catalogue import LANGUAGES
from photowalk.cli import describe, event, followup, project, tiles, upload, use, where
from photowalk.cli.terminal import error, printable_streams
from photowalk.cli.text import CommandLine, error_text, translate_argparse, use_language
from photowalk.errors import PhotowalkError
from photowalk.logs import log_file, setup_logging
from photowalk.paths import tighten_user_folders
from photowalk.version import version_text

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photowalk",
        description=CommandLine.tr("From a camera folder to finished files on Wikimedia Commons."),
    )
    parser.add_argument("--version", action="version", version=version_text(),
                        help=CommandLine.tr("show program's version number and exit"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=CommandLine.tr("the language photowalk speaks (default: the system's, from LANGUAGE or LANG)"))
    sub = parser.add_subparsers(dest="command", metavar=CommandLine.tr("COMMAND"))
    # The order of `photowalk --help`: a project, describing its photos, uploading them, using them.
    project.register(sub)
    describe.register(sub)
    where.register(sub)
    tiles.register(sub)
    upload.register(sub)
    use.register(sub)
    event.register(sub)
    followup.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    printable_streams()
    use_language(_language_asked(sys.argv[1:] if argv is None else argv))
    translate_argparse()
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
        error(CommandLine.tr("no log file ({reason}); going on without one.", reason=exc.strerror))
    log.info("photowalk %s: %s", __version__, args.command)
    try:
        return int(args.func(args))
    except PhotowalkError as exc:
        log.warning("%s stopped: %s", args.command, exc.message)
        message = error_text(exc)
        error(f"{message} {CommandLine.tr(exc.command_hint)}" if exc.command_hint else message)
        return 1
    except KeyboardInterrupt:
        error(CommandLine.tr("stopped."))
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: its details go to the log, not a traceback to the terminal
        log.exception("%s failed", args.command)
        error(CommandLine.tr("an unexpected error stopped the command ({name}); the details are in the log: {log}",
                             name=type(exc).__name__, log=log_file()))
        return 1


def _language_asked(argv: list[str]) -> str | None:
    """The language of --lang, read before the parser is built: its help is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--" or not arg.startswith("-") and (i == 0 or argv[i - 1] != "--lang"):
            break  # the command: options after it are its own (`use --lang` is the article's language)
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            return value
    return None  # none, or one photowalk has not: the parser says so, in the system's language
