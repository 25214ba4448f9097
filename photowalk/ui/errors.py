"""The one way errors reach the volunteer: typed errors in their language, the rest with details."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from keyring.errors import KeyringError
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from photowalk.errors import Cancelled, PhotowalkError
from photowalk.logs import redact
from photowalk.paths import log_dir
from photowalk.project import is_storage_failure, storage_error
from photowalk.ui.i18n import core_text

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What to tell the volunteer about a known error, in their language."""
    if isinstance(exc, PhotowalkError):
        return core_text("errors", exc.template, exc.params)
    if _is_keyring_error(exc):
        return QCoreApplication.translate(
            "errors",
            "The system keyring could not be used, so the password was not remembered. "
            "You can log in without remembering it.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "{path}: {reason}").format(
            path=exc.filename or "", reason=exc.strerror or str(exc)
        )
    return ""


def _is_keyring_error(exc: BaseException) -> bool:
    return isinstance(exc, KeyringError)


def details_text(exc: BaseException) -> str:
    """A traceback a volunteer can copy into a bug report, with every registered secret masked."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return redact(text)


# Dialogs on screen by what they say: the same failure again adds to its count instead of stacking.
_open: dict[str, tuple[QMessageBox, int]] = {}


def _dialog_key(exc: BaseException, text: str) -> str:
    # Every storage failure is one event for the volunteer, whatever SQLite called each symptom.
    if is_storage_failure(exc):
        return "storage"
    return f"{type(exc).__name__}:{text}"


def open_error_dialogs() -> list[QMessageBox]:
    """The error dialogs on screen now (one per distinct failure)."""
    return [box for box, _n in _open.values()]


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Show an error: a known one as a plain message, an unexpected one with copyable details.

    The dialog does not block; while it is open, the same failure again only updates its count.
    """
    if isinstance(exc, Cancelled):
        return None  # the volunteer asked for it: nothing to report
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
        exc = storage_error(exc, Path(getattr(exc, "filename", "") or "?"))
    known = error_text(exc)
    key = _dialog_key(exc, known or type(exc).__name__)
    if key in _open:
        box, count = _open[key]
        count += 1
        _open[key] = (box, count)
        times = _Counted().times(count)
        box.setInformativeText(times if known else times + "\n" + _details_hint())
        return box
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("errors", "photowalk"))
    if known:
        log.warning("%s", redact(known))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(known)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "errors", "Something unexpected went wrong. Your project is saved; you can go on working."
            )
        )
        box.setInformativeText(_details_hint())
        box.setDetailedText(details_text(exc))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[key] = (box, 1)
    box.finished.connect(lambda _r, k=key: _open.pop(k, None))
    box.open()
    return box


class _Counted(QObject):
    """The count of a repeated failure (lupdate makes plural forms only from tr(), with a plain name as count)."""

    def times(self, count: int) -> str:
        return self.tr("This happened %n time(s).", "", count)


def _details_hint() -> str:
    return QCoreApplication.translate(
        "errors", "If it happens again, please send the details below and the log from {folder}."
    ).format(folder=str(log_dir()))


class _Relay(QObject):
    """Carries exceptions from any thread to the GUI thread."""

    raised = Signal(object)


_relay: _Relay | None = None


def install_excepthooks() -> None:
    """Route uncaught exceptions of every thread to `show_error` on the GUI thread."""
    global _relay
    _relay = _Relay()

    def window() -> QWidget | None:
        return QApplication.activeWindow()

    _relay.raised.connect(lambda exc: show_error(window(), exc), Qt.ConnectionType.QueuedConnection)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if _relay is not None:
            _relay.raised.emit(exc.with_traceback(tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
