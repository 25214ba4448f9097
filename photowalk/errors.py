"""Typed errors with a message a volunteer can read; templates are translated by the UI."""

from __future__ import annotations

from typing import Any

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.pathtext import shown_params
from photowalk.reasons import format_message as format_message  # messages everywhere fill templates alike


class PhotowalkError(Exception):
    """Base of every error photowalk raises on purpose.

    `template` is an English text with `{name}` placeholders, marked for translation;
    `params` fill it in. Never put a secret in `params`.
    """

    code = "error"
    template = QT_TRANSLATE_NOOP("errors", "Something went wrong.")
    # What to type next, said by the command line only (the window has its own buttons for it). English.
    command_hint: str | None = None

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        # A file name that is not UTF-8 is shown with replacement characters, never crashes a message.
        self.params = shown_params(params)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        return format_message(self.template, self.params)

    def __str__(self) -> str:
        return self.message


class ProjectError(PhotowalkError):
    code = "project"
    template = QT_TRANSLATE_NOOP("errors", "The project file {path} cannot be used: {reason}")


class NotAProjectError(ProjectError):
    code = "not-a-project"
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is not a photowalk project (it is {reason}). Choose another file name."
    )


class ProjectTooNewError(ProjectError):
    code = "project-too-new"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was saved by a newer photowalk (format {found}, this one reads up to {supported}). "
        "Update photowalk to open it.",
    )


class ProjectReadOnlyError(ProjectError):
    code = "project-read-only"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk cannot save {path}: the folder {folder} cannot be written (a locked card or stick, a "
        "disc, or a folder you have no permission for). Copy the project file to a folder you can write "
        "to, such as Documents, and open it from there.",
    )


class ProjectBusyError(ProjectError):
    code = "project-busy"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is in use by another program or computer and cannot be opened now. Close it there, "
        "then open it again.",
    )


class StorageError(ProjectError):
    """The disk or card holding a project failed under an open project (I/O error, damage, removal)."""

    code = "storage"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk could not save to {path} ({reason}). To keep your work safe it saves nothing more "
        "until the project is opened again: check that the card or disk is still there, then reopen the "
        "project. Everything saved before this message is kept.",
    )


class DiskFullError(PhotowalkError):
    code = "disk-full"
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk holding {path} is full. Free some space and try again; nothing was lost."
    )


class FileReadError(PhotowalkError):
    code = "file-read"
    template = QT_TRANSLATE_NOOP("errors", "{path} could not be read: {reason}")


class FolderReadError(PhotowalkError):
    code = "folder-read"
    template = QT_TRANSLATE_NOOP("errors", "The folder {path} could not be read: {reason}")


class ImageError(PhotowalkError):
    """A file that is not an image Commons can take, or whose image data is damaged."""

    code = "image"
    template = QT_TRANSLATE_NOOP("errors", "{path}: {reason}")


class Cancelled(PhotowalkError):
    code = "cancelled"
    template = QT_TRANSLATE_NOOP("errors", "Stopped at your request.")
