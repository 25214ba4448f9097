"""What an upload tells the volunteer as it goes (light: the window receives these from its worker)."""

from __future__ import annotations

from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.upload.state import UploadRow, UploadState


@dataclass(frozen=True)
class UploadEvent:
    """Something a volunteer may want to see: a state change, a wait, a new login."""

    kind: str  # "state" | "waiting" | "relogin"
    photo_id: int | None
    title: str | None
    state: UploadState | None = None  # with kind "state": the photo's new state
    message: str = ""
    until: float | None = None  # time.time() a wait ends
    error: PhotowalkError | None = None  # why it waits, for the UI to say in the volunteer's language
    # With kind "state", in the process that uploads: the photo's row, to say `message` in the volunteer's language.
    row: UploadRow | None = None
