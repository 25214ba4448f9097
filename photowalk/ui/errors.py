"""The one way errors reach the volunteer: typed errors in their language, the rest with details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from keyring.errors import KeyringError
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from photowalk.errors import Cancelled, PhotowalkError
from photowalk.logs import redact
from photowalk.paths import log_dir
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


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error: a known one as a plain message, an unexpected one with copyable details."""
    if isinstance(exc, Cancelled):
        return  # the volunteer asked for it: nothing to report
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("errors", "photowalk"))
    known = error_text(exc)
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
        box.setInformativeText(
            QCoreApplication.translate(
                "errors", "If it happens again, please send the details below and the log from {folder}."
            ).format(folder=str(log_dir()))
        )
        box.setDetailedText(details_text(exc))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


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
