"""The real photowalk window in a process of its own, driven line by line from stdin (for tests).

    python tests/window_driver.py PROJECT SETTINGS.ini

It builds the window exactly as `photowalk PROJECT` does (photowalk.ui.app.build_window), opens the
project, prints "ready", then runs one command a line and answers one line:

    describe ID LANG TEXT   select photo ID and type TEXT into its LANG description, as a person would
    seen ID LANG TEXT       wait until the window shows TEXT as that description (another process wrote it)
    count                   how many photos the window shows
    fds                     the project's files this process has open (from /proc/self/fd)
    errors                  how many error dialogs are on screen, and their texts
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from photowalk.ui.app import build_window
from photowalk.ui.errors import install_excepthooks, open_error_dialogs
from photowalk.ui.i18n import Translators
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings


class Lines(QObject):
    line = Signal(str)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


class Driver(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.waiting: tuple[int, str, str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._check_seen)

    def answer(self, text: str) -> None:
        print(text, flush=True)

    def run(self, line: str) -> None:
        cmd, _, rest = line.rstrip("\n").partition(" ")
        w = self.window
        session = w.session
        assert session is not None
        if cmd == "describe":
            pid, lang, text = rest.split(" ", 2)
            w.select_ids([int(pid)])
            editor = w.editor  # type: ignore[attr-defined]
            row = editor.description_row(lang)
            row.text.setFocus()
            row.text.clear()
            type_text(row.text, text)
            editor.commit_pending()
            photo = session.model.photo(int(pid))
            self.answer("ok" if photo is not None and photo.descriptions.get(lang) == text else "not saved")
        elif cmd == "seen":
            pid, lang, text = rest.split(" ", 2)
            self.waiting = (int(pid), lang, text)
            self.timer.start()
        elif cmd == "count":
            self.answer(str(session.model.rowCount()))
        elif cmd == "fds":
            names = []
            for n in os.listdir("/proc/self/fd"):
                try:
                    names.append(os.readlink(f"/proc/self/fd/{n}"))
                except OSError:
                    pass
            self.answer("|".join(sorted(f for f in names if ".photowalk" in f)))
        elif cmd == "errors":
            boxes = open_error_dialogs()
            self.answer(f"{len(boxes)}|" + "|".join(b.text() for b in boxes))
        else:
            self.answer(f"unknown command {cmd}")

    def _check_seen(self) -> None:
        assert self.waiting is not None and self.window.session is not None
        pid, lang, text = self.waiting
        photo = self.window.session.model.photo(pid)
        if photo is not None and photo.descriptions.get(lang) == text:
            self.timer.stop()
            self.waiting = None
            self.answer("ok")


def main() -> int:
    project, ini = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([sys.argv[0]])
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set("language", "en")
    translators = Translators()
    translators.install("en")
    install_excepthooks()
    window = build_window(settings, translators)
    window.resize(1280, 800)
    window.show()
    if not window.open_project(project):
        print("not opened", flush=True)
        return 1
    driver = Driver(window)
    lines = Lines()
    lines.line.connect(driver.run, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for line in sys.stdin:
            lines.line.emit(line)
        QTimer.singleShot(0, app.quit)

    threading.Thread(target=read, daemon=True).start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
