"""The badges a grid cell carries: colours, upload states, problem counts."""

from __future__ import annotations

from PySide6.QtGui import QColor

from photowalk.problems import Problem

ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#ef8f00")
UPLOADED_COLOUR = QColor("#2e7d32")
ACTIVE_COLOUR = QColor("#1565c0")
PLACEHOLDER_COLOUR = QColor("#d9dde3")

# Upload states the engine reports (photowalk.upload.state.UploadState), by how the badge looks.
_UPLOAD_BADGES = {
    "done": ("✓", UPLOADED_COLOUR),
    "queued": ("…", ACTIVE_COLOUR),
    "stashing": ("↑", ACTIVE_COLOUR),
    "publishing": ("↑", ACTIVE_COLOUR),
    "verifying": ("↑", ACTIVE_COLOUR),
    "failed": ("✗", ERROR_COLOUR),
    "needs-attention": ("?", WARNING_COLOUR),
}


def cell_badges(upload: str | None, problems: list[Problem] | None) -> list[tuple[str, QColor]]:
    """The badges of a cell: the upload state, then the number of errors (or ! for warnings only)."""
    badges: list[tuple[str, QColor]] = []
    if upload in _UPLOAD_BADGES:
        badges.append(_UPLOAD_BADGES[upload])
    if upload != "done" and problems:
        errors = sum(1 for p in problems if p.is_error)
        badges.append((str(errors), ERROR_COLOUR) if errors else ("!", WARNING_COLOUR))
    return badges
