"""Entry point: no arguments (or a project file, or --import) opens the window; a sub-command runs the CLI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from photowalk.project import PROJECT_SUFFIX


class WindowArgs(NamedTuple):
    """What the window is started with: `photowalk [PROJECT.photowalk] [--import [FOLDER]]`."""

    project: Path | None = None  # opened, created if missing
    importing: bool = False  # --import given: import FOLDER, or ask for a folder
    folder: Path | None = None


def window_args(argv: list[str]) -> WindowArgs | None:
    """The window's arguments, or None when argv is a command for the command line."""
    project: Path | None = None
    folder: Path | None = None
    importing = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.endswith(PROJECT_SUFFIX) and not arg.startswith("-") and project is None:
            project = Path(arg)
        elif arg == "--import" and not importing:
            importing = True
            # A launcher drops %f when it has no folder to give: then the window asks for one.
            following = argv[i + 1] if i + 1 < len(argv) else None
            if following is not None and not following.startswith("-") and not following.endswith(PROJECT_SUFFIX):
                folder = Path(following)
                i += 1
        elif arg.startswith("--import=") and not importing:
            importing = True
            value = arg.split("=", 1)[1]
            folder = Path(value) if value else None
        else:
            return None
        i += 1
    return WindowArgs(project, importing, folder)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["worker"]:  # the window's worker process (photowalk.worker), not for people
        from photowalk.worker.run import main as worker_main

        return worker_main(args[1:])
    gui = window_args(args)
    if gui is not None:
        from photowalk.ui.app import run  # Qt is imported only here

        return run(gui)
    from photowalk.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
