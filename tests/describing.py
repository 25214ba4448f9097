"""Project rows made from the real camera files in ../shared/photos, for the describing tests."""

from __future__ import annotations

import csv
import hashlib
from functools import cache
from pathlib import Path

from photowalk.photo import CameraData
from photowalk.project import NewPhoto, ProjectStore
from photowalk.reasons import Reason
from photowalk.scan import sniff_file

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "photos"


@cache
def manifest() -> dict[str, dict[str, str]]:
    """The ExifTool ground truth of every real file, by path inside photos/."""
    with (PHOTOS / "MANIFEST.tsv").open(newline="", encoding="utf-8") as f:
        return {row["path"]: row for row in csv.DictReader(f, delimiter="\t")}


def _number(text: str) -> float | None:
    text = (text or "").strip().strip('"')
    return float(text) if text else None


def camera_data(rel: str) -> CameraData:
    """What the camera wrote in that file, as ExifTool read it."""
    row = manifest()[rel]
    when = row["datetime_original"].strip()
    taken = None
    if when:
        day, _, time = when.partition(" ")
        taken = day.replace(":", "-") + ("T" + time if time else "")
    return CameraData(
        taken=taken,
        make=row["make"] or None,
        model=row["model"] or None,
        lat=_number(row["gps_lat"]),
        lon=_number(row["gps_lon"]),
        heading=_number(row["gps_img_direction"]),
    )


def new_photo(path: Path, rel: str | None = None, error: Reason | None = None) -> NewPhoto:
    """A NewPhoto for a real file; `rel` names its manifest row when `path` is a copy."""
    data = path.read_bytes()
    return NewPhoto(
        path=path,
        sha1=hashlib.sha1(data).hexdigest(),
        size=len(data),
        mtime=path.stat().st_mtime,
        kind=sniff_file(path),
        camera=camera_data(rel or path.relative_to(PHOTOS).as_posix()),
        error=error,
    )


def project_with(tmp_path: Path, rels: list[str]) -> tuple[ProjectStore, dict[str, int]]:
    """A new project holding these real files; returns the store and each file's photo id."""
    store = ProjectStore.open(tmp_path / "walk.photowalk", create=True)
    results = store.add_photos([new_photo(PHOTOS / rel) for rel in rels])
    return store, {rel: r.photo_id for rel, r in zip(rels, results, strict=True)}
