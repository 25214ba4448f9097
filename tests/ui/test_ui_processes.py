"""The real window and the command line on one project at once: every edit of each survives kill -9 of any."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk.project import ProjectStore
from tests.upload_helpers import unique

REPO = Path(__file__).resolve().parents[2]
DRIVER = REPO / "tests" / "window_driver.py"
TIMEOUT = 60


class Window:
    """A photowalk window in its own process (tests/window_driver.py)."""

    def __init__(self, project: Path, ini: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, str(DRIVER), str(project), str(ini)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.proc.stdout is not None
        import select

        ready, _, _ = select.select([self.proc.stdout], [], [], TIMEOUT)
        assert ready, "the window did not answer in time"
        return self.proc.stdout.readline().strip()

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.read()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def fds_are_healthy(self) -> None:
        fds = self.ask("fds")
        assert "(deleted)" not in fds and ".photowalk-wal" in fds, fds


def photowalk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([sys.executable, "-m", "photowalk", *args], capture_output=True, text=True, cwd=REPO,
                         input=stdin, timeout=300)
    assert out.returncode in (0, 1), out.stdout + out.stderr
    return out


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[list[Window]]:
    opened: list[Window] = []
    yield opened
    for w in opened:
        if w.proc.poll() is None:
            w.kill()


def prepared_project(tmp_path: Path, photos_dir: Path) -> tuple[Path, list[int]]:
    project = tmp_path / "walk.photowalk"
    photowalk("import", str(photos_dir / "orientation"), "--project", str(project))
    tag = unique("procs")
    photowalk("edit", "--all", "--description", f"en={tag} photo", "--licence", "cc-by-sa-4.0",
              "--category", "Test uploads", "--date", "2024-05-01", "--project", str(project))
    photowalk("edit", "--all", "--title-pattern", "{description} {n}", "--project", str(project))
    with ProjectStore.open(project) as store:
        return project, store.photo_ids()


def upload_args(project: Path, testwiki: dict[str, str], photo: int) -> list[str]:
    return ["upload", "--project", str(project), "--wiki", testwiki["TESTWIKI_API"], "--user",
            testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin", "--photo", str(photo)]


def every_command(project: Path, photos_dir: Path, testwiki: dict[str, str], round_: int, ids: list[int]) -> str:
    """Each command once against the open project; returns the description the terminal wrote."""
    p = str(project)
    text = f"from the terminal {round_}"
    photowalk("edit", "--photo", str(ids[-1]), "--description", f"ru={text}", "--project", p)
    photowalk("import", str(photos_dir / "gps"), "--project", p)
    for cmd in ("check", "list", "status", "report"):
        photowalk(cmd, "--project", p)
    photowalk(*upload_args(project, testwiki, ids[round_]), stdin=testwiki["TESTWIKI_BOTPASSWORD"] + "\n")
    return text


def integrity(project: Path) -> str:
    conn = sqlite3.connect(project)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
def test_window_and_every_command_on_one_project_lose_nothing(
    tmp_path: Path, photos_dir: Path, testwiki: dict[str, str], windows: list[Window]
) -> None:
    project, ids = prepared_project(tmp_path, photos_dir)
    window = Window(project, tmp_path / "a.ini")
    windows.append(window)
    typed: dict[int, str] = {}
    for round_ in range(3):
        typed[ids[round_]] = f"Боғи Рӯдакӣ {round_}"
        assert window.ask(f"describe {ids[round_]} tg {typed[ids[round_]]}") == "ok"
        text = every_command(project, photos_dir, testwiki, round_, ids)
        assert window.ask(f"seen {ids[-1]} ru {text}") == "ok"  # shown without a restart
        window.fds_are_healthy()
    assert window.ask("count") == "31"  # the photos the terminal imported are shown too
    assert window.ask("errors") == "0|"
    window.kill()
    with ProjectStore.open(project) as store:
        photos = {p.id: p for p in store.photos()}
        for pid, text in typed.items():
            assert photos[pid].descriptions["tg"] == text
        assert photos[ids[-1]].descriptions["ru"] == "from the terminal 2"
        assert len(photos) == 31
        done = store.conn.execute("SELECT count(*) FROM uploads WHERE state='done'").fetchone()[0]
        states = store.conn.execute("SELECT photo_id, state, warning, error FROM uploads").fetchall()
        assert done == 3, states
    assert integrity(project) == "ok"
def test_two_windows_and_the_command_line_lose_nothing(
    tmp_path: Path, photos_dir: Path, testwiki: dict[str, str], windows: list[Window]
) -> None:
    project, ids = prepared_project(tmp_path, photos_dir)
    a = Window(project, tmp_path / "a.ini")
    windows.append(a)
    b = Window(project, tmp_path / "b.ini")
    windows.append(b)
    for round_ in range(3):
        assert a.ask(f"describe {ids[round_]} tg Якум {round_}") == "ok"
        assert b.ask(f"describe {ids[round_ + 4]} tg Дуюм {round_}") == "ok"
        assert b.ask(f"seen {ids[round_]} tg Якум {round_}") == "ok"
        assert a.ask(f"seen {ids[round_ + 4]} tg Дуюм {round_}") == "ok"
        text = every_command(project, photos_dir, testwiki, round_, ids)
        for w in (a, b):
            assert w.ask(f"seen {ids[-1]} ru {text}") == "ok"
            w.fds_are_healthy()
    a.kill()
    assert b.ask(f"describe {ids[8]} tg Охирин") == "ok"  # the other window goes on after one is killed
    b.fds_are_healthy()
    b.kill()
    with ProjectStore.open(project) as store:
        photos = {p.id: p for p in store.photos()}
    for round_ in range(3):
        assert photos[ids[round_]].descriptions["tg"] == f"Якум {round_}"
        assert photos[ids[round_ + 4]].descriptions["tg"] == f"Дуюм {round_}"
    assert photos[ids[8]].descriptions["tg"] == "Охирин"
    assert photos[ids[-1]].descriptions["ru"] == "from the terminal 2"
    assert integrity(project) == "ok"
