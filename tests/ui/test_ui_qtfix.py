"""Tens of thousands of Qt calls returning None do not abort the interpreter (see photowalk.ui.qtfix)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import photowalk.ui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(100_000):
    label.setText("x")
print("done")
"""


def test_many_calls_returning_none_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "done"
