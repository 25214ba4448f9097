"""The cross-process lock (photowalk.locks): one holder at a time, freed by the system when the holder dies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from photowalk.locks import try_lock

REPO = Path(__file__).resolve().parents[2]
HOLDER = """
import os, sys, time
from photowalk.locks import try_lock
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
print("holding" if try_lock(fd) else "refused", flush=True)
time.sleep(600)
"""


def hold(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_a_lock_held_by_another_process_is_refused_until_it_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "held.lock"
    proc = hold(path)
    fd = os.open(path, os.O_RDWR)
    try:
        assert not try_lock(fd)
        proc.kill()  # kill -9 (TerminateProcess on Windows): nothing of the holder's runs
        proc.wait()
        assert try_lock(fd)  # the system dropped the dead holder's lock
        second = hold_refused(path)
        assert second == "refused"  # and this process now holds it against others
    finally:
        os.close(fd)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def hold_refused(path: Path) -> str:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert proc.stdout is not None
        return proc.stdout.readline().strip()
    finally:
        proc.kill()
        proc.wait()


def test_closing_the_descriptor_lets_the_next_holder_in(tmp_path: Path) -> None:
    path = tmp_path / "held.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    assert try_lock(first)
    with open(path, "a+b") as second:  # another descriptor of this process counts as another holder
        assert not try_lock(second)
        os.close(first)
        assert try_lock(second)
    proc = hold(path)  # and the file object's close released it again
    proc.kill()
    proc.wait()
