"""The layering rules: the core, the uploader and the command line never load Qt; the core never loads
the uploader; neither loads the command line."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "photowalk"


def modules(under: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    names = []
    for path in sorted(under.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        if not any(name == e or name.startswith(e + ".") for e in exclude):
            names.append(name)
    return names


def loaded_after_import(names: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent).stdout
    return set(json.loads(out))


def test_nothing_outside_ui_loads_qt() -> None:
    names = modules(PACKAGE, exclude=("photowalk.ui", "photowalk.__main__"))
    assert "photowalk.project" in names and "photowalk.importer" in names
    loaded = loaded_after_import(names)
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6")}


def test_core_does_not_load_the_uploader() -> None:
    core = modules(PACKAGE, exclude=("photowalk.ui", "photowalk.upload", "photowalk.cli", "photowalk.worker",
                                     "photowalk.__main__"))
    loaded = loaded_after_import(core)
    assert not {m for m in loaded if m.startswith("photowalk.upload") or m.split(".")[0] == "mwclient"}


def imported_names(module: str) -> set[str]:
    """Every module an `import` statement of this module names, also those inside functions."""
    path = PACKAGE.parent.joinpath(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    names = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_core_and_uploader_do_not_load_the_command_line() -> None:
    below = modules(PACKAGE, exclude=("photowalk.ui", "photowalk.cli", "photowalk.__main__"))
    assert "photowalk.upload.uploader" in below and "photowalk.project" in below
    loaded = loaded_after_import(below)
    assert not {m for m in loaded if m == "photowalk.cli" or m.startswith("photowalk.cli.")}
    # An import inside a function only runs later: the source must not name the command line either.
    for name in below:
        cli = {n for n in imported_names(name) if n == "photowalk.cli" or n.startswith("photowalk.cli.")}
        assert not cli, (name, sorted(cli))


def test_version_does_not_load_qt() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from photowalk.__main__ import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    try: main(['--version'])\n"
        "    except SystemExit: pass\n"
        "print(buf.getvalue().strip()); print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent).stdout.split("\n")
    from photowalk import __version__

    assert out[0].startswith(f"photowalk {__version__} (build ")
    assert out[1] == "False"


def test_the_worker_and_upload_layers_do_not_load_the_window() -> None:
    """The worker process runs core and upload code only: no Qt, no window modules."""
    names = modules(PACKAGE / "worker")
    loaded = loaded_after_import(names)
    assert "photowalk.worker.run" in loaded
    assert not {m for m in loaded if m.startswith("photowalk.ui") or m.split(".")[0] in ("PySide6", "shiboken6")}
