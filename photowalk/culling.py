"""Choosing the photos worth uploading: the "not for upload" mark, bursts of near-duplicates, quality hints.

A culled photo stays in the project (and can be marked again for upload); the checks and the
upload plan pass it by. Bursts and hints use what the import measured on each thumbnail
(photowalk.picturestats); hints are warnings, never reasons to refuse an upload.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from photowalk.edits import UnknownPhotoError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.picturestats import hash_distance
from photowalk.problems import Problem, warning
from photowalk.project import ProjectStore

# Photos of one burst are taken within seconds of each other and look alike: at most this many
# seconds from the previous photo of the group, and at most this many of 64 hash bits apart.
BURST_SECONDS = 10.0
BURST_BITS = 10
# Hints, on the 256 px thumbnail: a mean grey level below DARK is a very dark picture; a variance
# of the Laplacian below BLURRED is one without a sharp edge anywhere. A thumbnail hides all but
# strong blur (a 24 MP photo is shrunk 23 times) and JPEG noise alone gives about 80, so only a
# very blurred photo is flagged: the softest real camera photos in the test set measure 105 and up.
DARK = 30.0
BLURRED = 90.0
SMALL_PIXELS = 100_000  # about 365 x 275: a web picture or a thumbnail more likely than a camera's photo
# Sizes of common screens (either way round): a picture without camera data at one of them is a screenshot.
SCREEN_SIZES = frozenset(
    size
    for w, h in ((1280, 720), (1280, 800), (1366, 768), (1440, 900), (1536, 864), (1600, 900), (1680, 1050),
                 (1920, 1080), (1920, 1200), (2560, 1440), (2560, 1600), (2880, 1800), (3840, 2160),
                 (1080, 1920), (1080, 2340), (1080, 2400), (1170, 2532), (1179, 2556), (1284, 2778),
                 (1290, 2796), (720, 1600), (750, 1334), (828, 1792))
    for size in ((w, h), (h, w))
)
_SCREENSHOT_NAME = re.compile(r"screen\s*shot|screenshot|скриншот|снимок\s+экрана|bildschirmfoto", re.I)


def known_ids(store: ProjectStore, ids: Iterable[int]) -> list[int]:
    """The ids in order without repeats; UnknownPhotoError names those the project does not have."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    known = set(store.photo_ids())
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise UnknownPhotoError(ids=", ".join(map(str, unknown)))
    return wanted


def set_culled(store: ProjectStore, ids: Iterable[int], culled: bool) -> list[int]:
    """Mark photos "not for upload" (or for upload again); returns the ids. Unknown ids raise UnknownPhotoError."""
    wanted = known_ids(store, ids)
    store.set_culled(wanted, culled)
    return wanted


def _seconds(photo: Photo) -> float | None:
    """When the photo was taken, in seconds, with the project's correction of its camera's clock."""
    taken = photo.camera.taken
    if not taken:
        return None
    try:
        when = datetime.fromisoformat(taken)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # the camera's own clock: compared only with itself and its neighbours
    return when.timestamp() + photo.clock_offset


def bursts(photos: Iterable[Photo]) -> list[list[int]]:
    """Groups (of two or more photo ids, in shooting order) of photos taken seconds apart that look alike.

    A photo joins the group being made when it was taken at most BURST_SECONDS after the group's
    last photo and its hash is at most BURST_BITS from one of the group's. Photos without a time
    or without measurements are in no group.
    """
    timed = sorted(
        ((t, p.id, p.picture.dhash) for p in photos
         if p.picture is not None and (t := _seconds(p)) is not None),
    )
    groups: list[list[int]] = []
    current: list[tuple[float, int, int]] = []
    for item in timed:
        t, _pid, h = item
        if current and t - current[-1][0] <= BURST_SECONDS and any(
            hash_distance(h, other) <= BURST_BITS for _t, _p, other in current
        ):
            current.append(item)
            continue
        if len(current) > 1:
            groups.append([pid for _t, pid, _h in current])
        current = [item]
    if len(current) > 1:
        groups.append([pid for _t, pid, _h in current])
    return groups


def sharpest(group: Sequence[int], photos: dict[int, Photo]) -> int:
    """The photo of a group whose thumbnail has the most detail (the first of equals)."""
    def detail(pid: int) -> float:
        stats = photos[pid].picture
        return stats.sharpness if stats is not None else -1.0
    return max(group, key=detail)


def keep_sharpest(groups: Iterable[Sequence[int]], photos: dict[int, Photo]) -> tuple[list[int], list[int]]:
    """For each group, the sharpest photo to keep and the others to cull: (keep, cull)."""
    keep: list[int] = []
    cull: list[int] = []
    for group in groups:
        best = sharpest(group, photos)
        keep.append(best)
        cull.extend(pid for pid in group if pid != best)
    return keep, cull


def quality_hints(photo: Photo) -> list[Problem]:
    """Warnings about a picture a volunteer may not want to upload: very dark, blurred, tiny, a screenshot."""
    hints: list[Problem] = []
    stats = photo.picture
    if stats is not None and stats.brightness < DARK:
        hints.append(warning("picture-dark", QT_TRANSLATE_NOOP(
            "checks", "The photo is very dark; little of it can be seen. Mark it not for upload if it is a failed shot.")))
    if stats is not None and stats.sharpness < BLURRED:
        hints.append(warning("picture-blurred", QT_TRANSLATE_NOOP(
            "checks", "The photo looks blurred (nothing in it is sharp). If another photo shows the same, "
                      "upload the sharper one.")))
    w, h = photo.camera.width, photo.camera.height
    if w and h and w * h < SMALL_PIXELS:
        hints.append(warning("picture-small", QT_TRANSLATE_NOOP(
            "checks", "The picture is only {width} \u00d7 {height} pixels. Upload the full-size photo from the "
                      "camera if you have it; a small copy from the web is often someone else's work."),
            width=w, height=h))
    if is_screenshot(photo):
        hints.append(warning("picture-screenshot", QT_TRANSLATE_NOOP(
            "checks", "This looks like a screenshot. A screenshot of a website, a program or a film shows "
                      "other people's work, which Commons deletes; upload only photos you took yourself.")))
    return hints


def is_screenshot(photo: Photo) -> bool:
    """A file named like a screenshot, or a picture without camera data at exactly a screen's size."""
    if _SCREENSHOT_NAME.search(photo.file_name):
        return True
    cam = photo.camera
    return not cam.make and not cam.model and (cam.width, cam.height) in SCREEN_SIZES
