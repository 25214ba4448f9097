"""Writes the build's name (commit and date, or PHOTOWALK_BUILD) into the wheel as photowalk/_build.txt,
for `photowalk --version` and the About box. Everything else is in pyproject.toml."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(HERE))
        from photowalk.version import BUILD_FILE, describe_checkout

        name = os.environ.get("PHOTOWALK_BUILD") or describe_checkout(HERE) or "source"
        target = Path(self.build_lib) / "photowalk" / BUILD_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(name + "\n", encoding="utf-8")


setup(cmdclass={"build_py": BuildPy})
