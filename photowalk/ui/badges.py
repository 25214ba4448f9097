"""The badges a grid cell carries: colours, upload states, problem counts."""

from __future__ import annotations

from PySide6.QtGui import QColor

from photowalk.problems import Problem
from photowalk.upload.state import UploadState

ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#ef8f00")
UPLOADED_COLOUR = QColor("#2e7d32")
ACTIVE_COLOUR = QColor("#1565c0")
PLACEHOLDER_COLOUR = QColor("#d9dde3")
CULLED_COLOUR = QColor("#5f6670")
CULLED_BADGE = ("⊘", CULLED_COLOUR)  # marked "not for upload"
NOT_OWN_COLOUR = QColor("#6a1b9a")
NOT_OWN_BADGE = ("©", NOT_OWN_COLOUR)  # someone else's work (photowalk.origin)

# How each upload state looks on a cell; a skipped photo carries no badge.
UPLOAD_BADGES: dict[UploadState, tuple[str, QColor] | None] = {
    UploadState.DONE: ("✓", UPLOADED_COLOUR),
    UploadState.QUEUED: ("…", ACTIVE_COLOUR),
    UploadState.STASHING: ("↑", ACTIVE_COLOUR),
    UploadState.PUBLISHING: ("↑", ACTIVE_COLOUR),
    UploadState.VERIFYING: ("↑", ACTIVE_COLOUR),
    UploadState.STRUCTURING: ("✓", UPLOADED_COLOUR),  # the file is on the wiki already
    UploadState.FAILED: ("✗", ERROR_COLOUR),
    UploadState.NEEDS_ATTENTION: ("?", WARNING_COLOUR),
    UploadState.SKIPPED: None,
}


def cell_badges(
    upload: UploadState | None, problems: list[Problem] | None, *, culled: bool = False, not_own: bool = False
) -> list[tuple[str, QColor]]:
    """The badges of a cell: the upload state, © for someone else's photo, then the number of errors
    (or ! for warnings only); a photo marked "not for upload" (and not uploaded) carries that mark alone."""
    if culled and upload != UploadState.DONE:
        return [CULLED_BADGE]
    badges: list[tuple[str, QColor]] = []
    badge = UPLOAD_BADGES[upload] if upload is not None else None
    if badge is not None:
        badges.append(badge)
    if not_own:
        badges.append(NOT_OWN_BADGE)
    if upload not in (UploadState.DONE, UploadState.STRUCTURING) and problems:
        errors = sum(1 for p in problems if p.is_error)
        badges.append((str(errors), ERROR_COLOUR) if errors else ("!", WARNING_COLOUR))
    return badges
