"""Which camera took a photo: make, model and, when the camera wrote it, the body's serial number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.project import ProjectStore


class UnknownCameraError(PhotowalkError):
    code = "unknown-camera"
    template = QT_TRANSLATE_NOOP(
        "errors", "No photo of the project was taken with a camera called \u201c{name}\u201d. Its cameras: {cameras}."
    )


class AmbiguousCameraError(PhotowalkError):
    code = "ambiguous-camera"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{name}\u201d names more than one camera of the project ({cameras}); add its serial number."
    )


@dataclass(frozen=True, order=True)
class Camera:
    """One camera body as its photos name it; '' for a value the camera did not write."""

    make: str = ""
    model: str = ""
    serial: str = ""

    @classmethod
    def of(cls, photo: Photo) -> Camera:
        c = photo.camera
        return cls(c.make or "", c.model or "", c.serial or "")

    @property
    def name(self) -> str:
        """Make and model as people say it: `NIKON D3500` (not `NIKON CORPORATION NIKON D3500`)."""
        brand = self.make.split(" ", 1)[0]
        if self.model and brand and self.model.casefold().startswith(brand.casefold()):
            return self.model
        return " ".join(p for p in (brand, self.model) if p)

    @property
    def label(self) -> str:
        """The name with the serial number, when known: `NIKON D3500 #6012345`."""
        return f"{self.name} #{self.serial}".strip() if self.serial else self.name

    def matches(self, text: str) -> bool:
        """True when `text` names this camera: its name or label, make and model, or its serial number."""
        wanted = " ".join(text.split()).casefold()
        names = {self.name, self.label, f"{self.make} {self.model}", self.model, self.serial}
        return bool(wanted) and wanted in {n.casefold() for n in names if n}


def cameras(store: ProjectStore) -> dict[Camera, int]:
    """Every camera of the project with its number of photos."""
    rows = store.conn.execute(
        "SELECT coalesce(make, ''), coalesce(model, ''), coalesce(serial, ''), count(*) FROM photos "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    return {Camera(make, model, serial): n for make, model, serial, n in rows}


def photos_of(photos: Iterable[Photo], camera: Camera) -> list[Photo]:
    """The photos this camera took."""
    return [p for p in photos if Camera.of(p) == camera]


def find_camera(store: ProjectStore, text: str) -> Camera:
    """The one camera of the project that `text` names; UnknownCameraError or AmbiguousCameraError otherwise."""
    known = [c for c in cameras(store) if c.make or c.model or c.serial]
    found = [c for c in known if c.matches(text)]
    # A name that is a camera's exact label wins over the same model with another serial number.
    exact = [c for c in found if c.label.casefold() == " ".join(text.split()).casefold()]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(c.label for c in (found or known)) or "-"
    if found:
        raise AmbiguousCameraError(name=text, cameras=listed)
    raise UnknownCameraError(name=text, cameras=listed)
