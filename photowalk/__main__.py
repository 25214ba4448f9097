"""Entry point: no arguments (or a project file) opens the window; a sub-command runs the CLI."""

from __future__ import annotations

import sys


def _wants_gui(argv: list[str]) -> bool:
    return not argv or (len(argv) == 1 and argv[0].endswith(".photowalk"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["worker"]:  # the window's worker process (photowalk.worker), not for people
        from photowalk.worker.run import main as worker_main

        return worker_main(args[1:])
    if _wants_gui(args):
        from photowalk.ui.app import run  # Qt is imported only here

        return run(args)
    from photowalk.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
