"""The guide's hints on real photos: a photo without camera data may not be one's own; a monument may be protected."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from photowalk.checks import check_photos, has_errors
from photowalk.depicts import DepictedItem
from photowalk.edits import add_categories, add_depicts, set_date, set_origin
from photowalk.guide import guide_pages
from photowalk.hints import FREEDOM_OF_PANORAMA, GUIDE_PAGES, NO_CAMERA_DATA, names_monument
from photowalk.importer import import_paths
from photowalk.origin import Origin
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from tests.core.test_checks import _messenger_copy, describe
from tests.describing import PHOTOS

TODAY = date(2025, 5, 1)
CAMERA = "cameras/DSCN0138.JPG"  # a Nikon's photo with all its camera data
NO_EXIF = "orientation/Landscape_1.jpg"  # a real photo whose file has no camera tags at all (MANIFEST.tsv)
NO_EXIF_SMALL = "broken/Casio_QV-7000SX.jpg"  # an early Casio's JPEG: JFIF only, no EXIF


def imported(tmp_path: Path, store: ProjectStore, files: dict[str, Path]) -> dict[str, int]:
    """Copies of real files under these names, imported as a card is; returns each name's photo id."""
    card = tmp_path / "card"
    card.mkdir(exist_ok=True)
    for name, source in files.items():
        if not (card / name).exists():
            shutil.copy(source, card / name)
    import_paths([card], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"))
    return {p.file_name: p.id for p in store.photos()}


def codes(store: ProjectStore, pid: int) -> list[str]:
    return [p.code for p in check_photos(store, [pid], today=TODAY)[pid]]


def test_a_photo_without_any_camera_data_may_not_be_ones_own(tmp_path: Path, store: ProjectStore) -> None:
    ids = imported(tmp_path, store, {
        "Landscape_1.jpg": PHOTOS / NO_EXIF, "Casio.jpg": PHOTOS / NO_EXIF_SMALL, "DSCN0138.JPG": PHOTOS / CAMERA,
    })
    describe(store, list(ids.values()))
    set_date(store, list(ids.values()), "2025-05-01")
    found = check_photos(store, today=TODAY)
    hint = next(p for p in found[ids["Landscape_1.jpg"]] if p.code == NO_CAMERA_DATA)
    assert hint.severity == "warning" and "may not be your own photo" in hint.message
    assert "import the original from your camera or phone" in hint.message
    assert not has_errors(found[ids["Landscape_1.jpg"]])  # a hint, never a reason to refuse the upload
    # The early camera's tiny JPEG: both what it is (small) and whose it may be.
    assert {"picture-small", NO_CAMERA_DATA} <= set(codes(store, ids["Casio.jpg"]))
    assert NO_CAMERA_DATA not in codes(store, ids["DSCN0138.JPG"])
    # Once the volunteer says it is someone else's photo (an old print, say), the hint has said its piece.
    set_origin(store, [ids["Landscape_1.jpg"]], Origin("Раҳим Каримов", "family album", "pd-old-70-expired", 1950, 1929))
    assert NO_CAMERA_DATA not in codes(store, ids["Landscape_1.jpg"])


def test_a_messenger_copy_or_a_screenshot_gets_its_own_warning_not_also_this_one(
    tmp_path: Path, store: ProjectStore
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    _messenger_copy(PHOTOS / CAMERA, card / "IMG-20250501-WA0003.jpg", 800)  # named as WhatsApp names them
    _messenger_copy(PHOTOS / CAMERA, card / "DSC_0042.jpg", 1280)  # a messenger's size, no camera data
    _messenger_copy(PHOTOS / CAMERA, card / "picture.jpg", 1000)  # neither: only "no camera data" says it
    from PIL import Image

    Image.new("RGB", (1366, 768), (240, 240, 240)).save(card / "desktop.png")  # a screen's size: a screenshot
    ids = imported(tmp_path, store, {})
    assert codes(store, ids["IMG-20250501-WA0003.jpg"]).count("messenger-copy") == 1
    assert NO_CAMERA_DATA not in codes(store, ids["IMG-20250501-WA0003.jpg"])
    assert "messenger-copy" in codes(store, ids["DSC_0042.jpg"]) and NO_CAMERA_DATA not in codes(store, ids["DSC_0042.jpg"])
    assert "picture-screenshot" in codes(store, ids["desktop.png"]) and NO_CAMERA_DATA not in codes(store, ids["desktop.png"])
    assert NO_CAMERA_DATA in codes(store, ids["picture.jpg"]) and "messenger-copy" not in codes(store, ids["picture.jpg"])


def test_a_photo_of_a_monument_gets_the_freedom_of_panorama_note(tmp_path: Path, store: ProjectStore) -> None:
    ids = imported(tmp_path, store, {"a.jpg": PHOTOS / CAMERA, "b.jpg": PHOTOS / "cameras/Sigma_DP1.jpg",
                                     "c.jpg": PHOTOS / "cameras/Nokia_3110c_Mobile_Phone.jpg"})
    describe(store, list(ids.values()))
    set_date(store, list(ids.values()), "2025-05-01")
    assert FREEDOM_OF_PANORAMA not in codes(store, ids["a.jpg"])  # "Rudaki Park": no monument named
    add_categories(store, [ids["a.jpg"]], ["Monuments and memorials in Dushanbe"])
    add_depicts(store, [ids["b.jpg"]], [DepictedItem("Q1", {"tg": "Ҳайкали Исмоили Сомонӣ", "en": "Somoni"})])
    add_categories(store, [ids["c.jpg"]], ["Monumental architecture"])
    found = check_photos(store, today=TODAY)
    (note,) = [p for p in found[ids["a.jpg"]] if p.code == FREEDOM_OF_PANORAMA]
    assert note.severity == "warning" and note.params == {"name": "Monuments and memorials in Dushanbe"}
    assert "freedom of panorama" in note.message and "50 years" in note.message
    (note,) = [p for p in found[ids["b.jpg"]] if p.code == FREEDOM_OF_PANORAMA]
    assert note.params == {"name": "Ҳайкали Исмоили Сомонӣ"}
    assert FREEDOM_OF_PANORAMA not in [p.code for p in found[ids["c.jpg"]]]  # a style, not a sculptor's work
    assert not has_errors(found[ids["a.jpg"]])


@pytest.mark.parametrize("text", [
    "Monuments in Dushanbe", "Statue of Ismoil Somoni", "Sculptures in Tajikistan", "Memorials", "Busts in Khujand",
    "Obelisk", "Памятники Душанбе", "Памятник Рудаки", "Статуя Свободы", "Скульптурная композиция", "Монументы",
    "Ҳайкали Рӯдакӣ", "Ҳайкалҳои Душанбе", "Ёдгории Исмоили Сомонӣ", "Ёдгориҳои таърихӣ", "Муҷассамаи шер",
    "Хайкали Фирдавсӣ",  # typed on a Russian keyboard: х for ҳ
    "PAMIATNIK", "ПАМЯТНИКИ",
])
def test_words_that_name_a_monument(text: str) -> None:
    assert names_monument(text) == (text != "PAMIATNIK")


@pytest.mark.parametrize("text", [
    "Monumental architecture", "Монументальная живопись", "Statuesque", "Robust design", "Rudaki Park",
    "Boats", "Dushanbe", "Sculptors", "Ҳайкалтарошон", "Памятное место",
])
def test_no_false_positive_on_words_that_merely_begin_alike(text: str) -> None:
    assert not names_monument(text)


def test_each_hint_points_to_a_page_of_the_guide_in_every_language() -> None:
    for language in ("en", "ru", "tg"):
        keys = {page.key for page in guide_pages(language)}
        assert set(GUIDE_PAGES) == {NO_CAMERA_DATA, FREEDOM_OF_PANORAMA}
        assert set(GUIDE_PAGES.values()) <= keys, language
