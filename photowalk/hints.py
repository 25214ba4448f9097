"""Hints that teach where it matters: a photo that may not be the volunteer's own, a monument that may be protected.

Both are warnings, never reasons to refuse an upload; each points to the page of the first-run
guide (photowalk.guide) that explains it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from photowalk.culling import is_screenshot
from photowalk.guide import NOT_OWN_PAGE, PANORAMA_PAGE
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.problems import Problem, warning
from photowalk.text import normalize

NO_CAMERA_DATA = "no-camera-data"
FREEDOM_OF_PANORAMA = "freedom-of-panorama"
# The guide page that says more about a hint, by the hint's code.
GUIDE_PAGES = {NO_CAMERA_DATA: NOT_OWN_PAGE, FREEDOM_OF_PANORAMA: PANORAMA_PAGE}

# Words that name a statue or a monument, as whole words with the endings each language gives them
# (Russian and Tajik nouns are inflected). Adjectives such as "monumental" or "монументальный" are left
# out: "Monumental architecture" names a style, not a work of a sculptor.
_MONUMENT_WORDS = (
    # English
    r"monuments?", r"statues?", r"statuettes?", r"sculptures?", r"memorials?", r"busts?", r"obelisks?",
    # Russian (also used in Tajik for the same things)
    r"памятник(?:и|а|ов|ам|ами|ах|е|у|ом)?", r"стату(?:я|и|й|ю|ей|ям|ями|ях|этк[аиуе]|эток)",
    r"скульптур(?:а|ы|е|у|ой|ам|ами|ах)?", r"скульптурн(?:ая|ый|ое|ые|ой|ую|ых|ым)",
    r"монумент(?:ы|а|ов|ам|ами|ах|е|у|ом)?", r"мемориал(?:ы|а|ов|ам|ами|ах|е|у|ом)?",
    r"бюст(?:ы|а|ов|ам|ами|ах|е|у|ом)?", r"обелиск(?:и|а|ов|ам|ами|ах|е|у|ом)?",
    # Tajik: ҳайкал (statue), ёдгорӣ (monument), муҷассама (sculpture); also typed with a Russian х
    r"[ҳх]айкал(?:и|ҳо|ҳои|хо|хои)?", r"[ҳх]айкалтарошӣ", r"ёдгор(?:ӣ|ии|иҳо|иҳои|ихо|ихои|и)",
    r"му[ҷч]ассама(?:и|ҳо|ҳои|хо|хои)?",
)
_MONUMENT = re.compile(r"(?<!\w)(?:" + "|".join(_MONUMENT_WORDS) + r")(?!\w)", re.IGNORECASE)


def names_monument(text: str) -> bool:
    """True when the text (a category, a label) names a statue, a sculpture or a monument."""
    return _MONUMENT.search(normalize(text)) is not None


def monument_name(photo: Photo) -> str | None:
    """The first of the photo's categories and depicted items' labels that names a monument or a statue."""
    labels: Iterable[str] = (label for item in photo.depicts for label in item.labels.values())
    for text in (*photo.categories, *labels):
        if names_monument(text):
            return text
    return None


def has_camera_data(photo: Photo) -> bool:
    """True when the file says anything a camera writes: its make or model, when or where it was taken."""
    cam = photo.camera
    return bool(cam.make or cam.model or cam.taken or cam.serial) or cam.lat is not None


def learning_hints(photo: Photo, *, messenger: bool = False) -> list[Problem]:
    """The guide's hints for one photo; `messenger` is whether the messenger-copy warning is given.

    A photo without camera data gets the not-own-work hint only when no more precise warning says
    why already: the messenger's copy (import the original from the phone) or the screenshot; and not
    once the volunteer has said whose photo it is (someone else's, photowalk.origin).
    """
    hints = []
    if not has_camera_data(photo) and not messenger and not is_screenshot(photo) and photo.origin is None:
        hints.append(warning(NO_CAMERA_DATA, QT_TRANSLATE_NOOP(
            "checks",
            "This photo has no camera data at all (no camera, no date): it may not be your own photo. Commons "
            "takes only photos you took yourself. If you took it, import the original from your camera or "
            "phone (its DCIM folder), which keeps this data; if someone else took it, say whose it is under "
            "\u201cWhose photo is this?\u201d, or mark it not for upload.")))
    name = monument_name(photo)
    if name is not None:
        hints.append(warning(FREEDOM_OF_PANORAMA, QT_TRANSLATE_NOOP(
            "checks",
            "\u201c{name}\u201d names a monument or a statue. Tajikistan has no freedom of panorama Commons can "
            "use: a statue, monument or building is protected until 50 years after its author's death, and a "
            "photo whose main subject is a recent one is deleted. Old works, and wide views where the work is a "
            "small part, are fine."), name=name))
    return hints
