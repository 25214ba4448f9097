"""The Windows installer script compiles with makensis and does what it promises, on a stand-in payload
shaped like build.spec's Windows bundle (photowalk.exe and _internal/)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "packaging" / "windows" / "photowalk.nsi"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The installer built from a stand-in payload, and makensis' full log (-V4) of what went in."""
    root = tmp_path_factory.mktemp("installer")
    payload = root / "photowalk"
    (payload / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (payload / "photowalk.exe").write_bytes(b"MZ" + b"\0" * 62)
    (payload / "_internal" / "python311.dll").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"MZ stand-in")
    out = root / "photowalk-0.1.0-setup.exe"
    run = subprocess.run(["makensis", "-V4", "-WX", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}",
                          SCRIPT.name], cwd=SCRIPT.parent, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    return out, run.stdout


def section(log: str, name: str) -> list[str]:
    """The commands makensis compiled into one section, in order."""
    start = log.index(f'Section: "{name}"')
    return log[start:log.index("SectionEnd", start)].splitlines()[1:]


def test_the_installer_is_a_windows_program_holding_the_whole_bundle(compiled: tuple[Path, str]) -> None:
    out, log = compiled
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 50_000
    packed = re.findall(r'^File: "([^"]+)" [0-9/]+ bytes', log, re.M)  # n/m: stored once for equal files
    assert sorted(packed) == ["photowalk.exe", "python311.dll", "qwindows.dll"]
    assert "WriteUninstaller: \"$INSTDIR\\uninstall.exe\"" in log


def test_a_start_menu_entry_and_the_photowalk_file_association(compiled: tuple[Path, str]) -> None:
    install = section(compiled[1], "photowalk")
    assert any(c.startswith('CreateShortcut: "$SMPROGRAMS\\photowalk.lnk"->"$INSTDIR\\photowalk.exe"') for c in install)
    assert "WriteRegStr: HKLM\\Software\\Classes\\.photowalk\\=photowalk.project" in install
    assert 'WriteRegStr: HKLM\\Software\\Classes\\photowalk.project\\shell\\open\\command\\="$INSTDIR\\photowalk.exe" "%1"' in install


def test_the_uninstaller_removes_only_what_was_installed(compiled: tuple[Path, str]) -> None:
    """Projects kept in the program's folder, settings, the cache and passwords all stay."""
    removed = [c for c in section(compiled[1], "Uninstall") if c.startswith(("Delete:", "RMDir:"))]
    assert removed == ['Delete: "$SMPROGRAMS\\photowalk.lnk"', 'Delete: "$INSTDIR\\photowalk.exe"',
                       'RMDir: /r "$INSTDIR\\_internal"', 'Delete: "$INSTDIR\\uninstall.exe"',
                       'RMDir: "$INSTDIR"']  # the folder itself only if nothing else is left in it


def test_the_payload_is_shaped_like_the_bundle_build_spec_makes() -> None:
    """PyInstaller's one-folder layout (program beside _internal/) is what the installer packs."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert "contents_directory" not in spec  # PyInstaller 6's default: _internal
    assert "name=APP_NAME" in spec and 'APP_NAME = "photowalk"' in (REPO / "photowalk" / "__init__.py").read_text()
