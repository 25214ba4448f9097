"""A plain `pip install .` gets every module and the resources (translations, icons, presets)."""

from __future__ import annotations

import os
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
        for pattern in ("i18n/*.qm", "icons/*", "presets/*.toml", "*.desktop")
        for p in (REPO / "resources").glob(pattern)
    }
    assert any(n.endswith("qtbase_tg.qm") for n in shipped)
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
