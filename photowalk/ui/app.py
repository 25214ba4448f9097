"""Starts the desktop app: QApplication, translations, error hooks, the main window."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from photowalk.__main__ import WindowArgs
    from photowalk.ui.i18n import Translators
    from photowalk.ui.mainwindow import MainWindow
    from photowalk.ui.settings import Settings

log = logging.getLogger(__name__)


def _no_display() -> bool:
    """True on Linux without a display, where Qt would abort instead of failing politely."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_window(settings: Settings, translators: Translators) -> MainWindow:
    """The main window with every panel in place (the tests build it the same way)."""
    from photowalk.ui.mainwindow import MainWindow

    return MainWindow(settings, translators)


def run(args: WindowArgs) -> int:
    """Open the window (on the project, importing the folder, as the arguments say); returns the exit status."""
    if _no_display():
        print(
            "photowalk: no display found (DISPLAY is not set). Run it in a desktop session, "
            "or use the command line: photowalk --help",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from photowalk import APP_NAME, __version__
    from photowalk.logs import setup_logging
    from photowalk.paths import tighten_user_folders
    from photowalk.ui.errors import install_excepthooks
    from photowalk.ui.i18n import Translators
    from photowalk.ui.resources import icon_path
    from photowalk.ui.settings import Settings

    tighten_user_folders()
    try:
        setup_logging()
    except OSError:
        log.warning("no log file", exc_info=True)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Tajik Wikimedians User Group")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("photowalk")
    app.setWindowIcon(QIcon(str(icon_path("photowalk.svg"))))
    settings = Settings()
    translators = Translators()
    translators.install(settings.get("language"))
    install_excepthooks()
    window = build_window(settings, translators)
    window.show()
    window.show_first_run_guide()  # once: finished or skipped, it waits in the Help menu
    window.check_for_update()  # only if allowed in Settings, at most once a week
    if args.importing:
        window.open_for_import(args.project, args.folder)
    elif args.project is not None:
        window.open_project(args.project, create=not args.project.exists())
    return app.exec()
