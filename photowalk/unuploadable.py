"""Files no edit can make uploadable (HEIC, RAW, video, not a picture, damaged): their one problem and what to do.

Kept apart from photowalk.checks so the window can ask about one photo without loading the checks of a project.
"""

from __future__ import annotations

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import FileKind, Photo
from photowalk.problems import Problem, error

# What to do with a file no edit can make uploadable, by its real content type; "damaged" for a
# picture of an accepted type that does not decode whole.
_UNUPLOADABLE_ADVICE = {
    FileKind.HEIC: QT_TRANSLATE_NOOP(
        "checks", "Export the photo as JPEG (in the phone's or the computer's photo program), import the JPEG, "
        "and remove this file from the project."),
    FileKind.RAW: QT_TRANSLATE_NOOP(
        "checks", "Export the photo as JPEG (in the camera's or the computer's photo program), import the JPEG, "
        "and remove this file from the project."),
    FileKind.VIDEO: QT_TRANSLATE_NOOP(
        "checks", "photowalk uploads photos only: upload the video with Commons' own Upload Wizard, and remove "
        "it from the project."),
    FileKind.NOT_IMAGE: QT_TRANSLATE_NOOP("checks", "It is not a photo: remove it from the project."),
    "damaged": QT_TRANSLATE_NOOP(
        "checks", "Import the original file again (from the camera card, or wherever it was copied from); if the "
        "original is damaged too, remove this file from the project."),
}


def never_uploadable(photo: Photo) -> Problem | None:
    """The one problem of a file no edit can make uploadable (HEIC, RAW, video, not a picture, damaged), or None.

    Such a file gets this problem only: a missing title or description is no reason to stop it.
    """
    if photo.error:
        return error(
            "file-error", QT_TRANSLATE_NOOP("checks", "The file cannot be uploaded: {reason}"), reason=photo.error
        )
    if not photo.kind.accepted:
        return error(
            "file-type",
            QT_TRANSLATE_NOOP("checks", "Commons does not accept {kind} files; convert the photo to JPEG first."),
            kind=photo.kind.value.upper(),
        )
    return None


def unuploadable_advice(photo: Photo) -> str:
    """What to do with a file `never_uploadable` stops (English, marked in context "checks")."""
    return _UNUPLOADABLE_ADVICE.get(photo.kind, _UNUPLOADABLE_ADVICE["damaged"])
