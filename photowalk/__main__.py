"""Entry point: no arguments (or a project file) opens the window; a sub-command runs the CLI."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

# Modules that add sub-commands, outermost layer last; each has register(subparsers).
_COMMAND_MODULES = ("photowalk.upload.cli",)


def _registrars() -> list[Callable[[Any], None]]:
    found = []
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # An absent layer is skipped; a missing third-party dependency is a real error.
            if not exc.name or not (name == exc.name or name.startswith(exc.name + ".")):
                raise
            continue
        found.append(module.register)
    return found


def _wants_gui(argv: list[str]) -> bool:
    return not argv or (len(argv) == 1 and argv[0].endswith(".photowalk"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["worker"]:  # the window's worker process (photowalk.worker), not for people
        from photowalk.worker.run import main as worker_main

        return worker_main(args[1:])
    if _wants_gui(args):
        try:
            from photowalk.ui.app import run  # Qt is imported only here
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("photowalk.ui"):
                raise
        else:
            return run(args)
    from photowalk.cli import main as cli_main

    return cli_main(args or ["--help"], _registrars())


if __name__ == "__main__":
    sys.exit(main())
