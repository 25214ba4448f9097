"""A plain `pip install .` gets every module and the resources (translations, icons, presets)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("photowalk-*.whl")
    return found


@pytest.mark.slow
def test_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "photowalk").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    shipped = {
        "photowalk/resources/" + p.relative_to(REPO / "resources").as_posix()
        for pattern in ("i18n/*.qm", "i18n/*.json", "icons/*", "presets/*.toml", "guide/*/*.html", "*.desktop")
        for p in (REPO / "resources").glob(pattern)
    }
    assert any(n.endswith("qtbase_tg.qm") for n in shipped)
    assert any(n.endswith("photowalk_tg.json") for n in shipped)
    assert any(n.endswith("tg/04-panorama.html") for n in shipped)
    assert shipped <= names, sorted(shipped - names)


@pytest.mark.slow
def test_installed_package_finds_its_translations_and_icon(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    script = (
        "import photowalk\n"
        "from PySide6.QtWidgets import QApplication, QDialogButtonBox\n"
        "app = QApplication([])\n"
        "from photowalk.ui.i18n import Translators\n"
        "from photowalk.ui.resources import icon_path, i18n_dir, presets_dir\n"
        "Translators().install('tg')\n"
        "box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)\n"
        "print(photowalk.__file__)\n"
        "print(i18n_dir())\n"
        "print(icon_path('photowalk.png').is_file(), any(presets_dir().glob('*.toml')))\n"
        "print(box.buttons()[0].text())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert Path(out[0]).is_relative_to(site)  # the installed copy, not the checkout
    assert Path(out[1]) == site / "photowalk" / "resources" / "i18n"
    assert out[2] == "True True"
    assert out[3].replace("&", "") == "Бекор кардан"  # Qt's Cancel, from the shipped qtbase_tg.qm


@pytest.mark.slow
def test_pipx_installs_the_wheel_whose_version_names_its_build(wheel: Path, tmp_path: Path) -> None:
    from photowalk import __version__
    from photowalk.version import describe_checkout

    env = {**os.environ, "PIPX_HOME": str(tmp_path / "pipx"), "PIPX_BIN_DIR": str(tmp_path / "bin"),
           "PIPX_MAN_DIR": str(tmp_path / "man")}
    run = subprocess.run([sys.executable, "-m", "pipx", "install", str(wheel)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    program = shutil.which("photowalk", path=str(tmp_path / "bin"))
    assert program is not None, sorted(p.name for p in (tmp_path / "bin").iterdir())
    out = subprocess.run([program, "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
                         check=True).stdout
    # The wheel was built from this checkout: it names its commit (or what the CI's build said it is).
    build = os.environ.get("PHOTOWALK_BUILD") or describe_checkout(REPO)
    assert build is not None
    assert out.strip() == f"photowalk {__version__} (build {build})"
    venv = tmp_path / "pipx" / "venvs" / "photowalk"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installed = subprocess.run([str(python), "-c", "import photowalk; print(photowalk.__file__)"], cwd=tmp_path,
                               capture_output=True, text=True, check=True).stdout
    assert Path(installed.strip()).is_relative_to(venv)  # its own environment, not this checkout
