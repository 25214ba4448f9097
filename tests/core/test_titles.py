"""Commons file names: validation as Commons does it, suggested fixes, and title patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photowalk.photo import CameraData, FileKind, Photo
from photowalk.titles import (
    MAX_TITLE_BYTES,
    TitlePatternError,
    file_name,
    is_camera_name,
    make_titles,
    missing_values,
    parse_pattern,
    suggest_fix,
    title_bytes,
    title_key,
    validate_title,
)

PHOTOS = Path(__file__).resolve().parents[3] / "shared" / "photos"
JPEG = FileKind.JPEG


def codes(title: str | None, kind: FileKind = JPEG) -> set[str]:
    return {p.code for p in validate_title(title, kind)}


def errors(title: str | None, kind: FileKind = JPEG) -> set[str]:
    return {p.code for p in validate_title(title, kind) if p.severity == "error"}


# -- camera names ----------------------------------------------------------------------------

# The default names in the real test files, straight from cameras and cards.
REAL_CAMERA_NAMES = {
    "DSCN0138", "IMG_0308", "IMG_8568", "P1000240", "PA250004", "DCP_4385", "MVC-005S", "HPIM3424",
    "IMGP6668", "EPSN0011", "P1000244", "IMG_5910", "CRW_0313", "MVI_0121",
}


def test_real_camera_file_names_are_refused() -> None:
    stems = {p.stem for folder in ("cameras", "sidecars") for p in (PHOTOS / folder).iterdir()}
    assert REAL_CAMERA_NAMES <= stems  # the files are really there
    for stem in stems:
        assert is_camera_name(stem) == (stem in REAL_CAMERA_NAMES), stem
    for stem in REAL_CAMERA_NAMES:
        assert "title-camera-name" in errors(f"{stem}.JPG"), stem


@pytest.mark.parametrize(
    "stem",
    [
        "DSC_0001", "DSC01234", "dsc_0001", "IMG_1234", "img 1234", "MG_1234", "P1000123", "DCP 1234",
        "CIMG0001", "SANY0001", "PICT0001", "PANA1234", "SDC10001", "100-0001_IMG", "DC1234S", "IM001234",
        # photowalk's additions for phones
        "IMG_20250501_102133", "PXL_20250501_102133123", "20250501_102133", "VID_20250501_102133",
        "WhatsApp Image 2025-05-01 at 10.21.33", "GOPR0001", "DJI_0001", "1234",
    ],
)
def test_camera_default_names(stem: str) -> None:
    assert is_camera_name(stem)
    assert "title-camera-name" in errors(stem + ".jpg")


@pytest.mark.parametrize(
    "stem", ["Боғи Рӯдакӣ", "Dushanbe 2025-05-01", "Pamir Highway", "Imagine Dushanbe", "DSC of Dushanbe", "Kodak DC240"]
)
def test_descriptive_names_are_not_camera_names(stem: str) -> None:
    assert not is_camera_name(stem)
    assert not errors(stem + ".jpg")


# -- characters ------------------------------------------------------------------------------


@pytest.mark.parametrize("char", list("#<>[]|{}:/\\"))
def test_illegal_characters(char: str) -> None:
    problems = validate_title(f"Rudaki {char} Park.jpg", JPEG)
    (p,) = [p for p in problems if p.code == "title-illegal-chars"]
    assert p.severity == "error" and char in p.params["chars"]
    assert p.suggestion == "Rudaki - Park.jpg"


@pytest.mark.parametrize(
    "char", ["\u00a0", "\u2003", "\u200b", "\u3000", "\u202e", "\u2067", "\ufeff", "\u00ad", "\x07", "\ue000", "\U0001f600"]
)
def test_invisible_and_odd_characters(char: str) -> None:
    assert "title-invisible-chars" in errors(f"Rudaki{char}Park.jpg")
    fixed = suggest_fix(f"Rudaki{char}Park.jpg", JPEG)
    assert fixed in ("Rudaki Park.jpg", "RudakiPark.jpg")
    assert not errors(fixed)


@pytest.mark.parametrize("text", ["''", "~~~", "%41", "&amp;"])
def test_markup_sequences(text: str) -> None:
    assert "title-markup" in errors(f"Rudaki {text} Park.jpg")
    assert not errors(suggest_fix(f"Rudaki {text} Park.jpg", JPEG))


def test_ordinary_punctuation_is_fine() -> None:
    assert not codes("Rudaki Park, Dushanbe (2025) - fountain & trees; 50% off'.jpg")


# -- length ----------------------------------------------------------------------------------


def test_length_counts_utf8_bytes_including_extension() -> None:
    # Tajik letters are two bytes each: 118 of them and ".jpg" make exactly 240 bytes.
    fits = "ҳ" * 118 + ".jpg"
    assert len(fits.encode()) == MAX_TITLE_BYTES
    assert "title-too-long" not in codes(fits)
    too_long = "ҳ" * 119 + ".jpg"
    (p,) = [p for p in validate_title(too_long, JPEG) if p.code == "title-too-long"]
    assert p.params == {"bytes": 242, "max": 240}
    assert len(p.suggestion.encode()) <= MAX_TITLE_BYTES  # type: ignore[union-attr]


def test_the_added_extension_counts_too() -> None:
    assert "title-too-long" in codes("a" * 237)  # + ".jpg" = 241


def test_long_fix_cuts_at_a_word_end() -> None:
    title = ("Боғи Рӯдакӣ " * 20).strip() + ".jpg"
    fixed = suggest_fix(title, JPEG)
    assert len(fixed.encode()) <= MAX_TITLE_BYTES
    assert fixed.endswith("Рӯдакӣ.jpg") or fixed.endswith("Боғи.jpg")


# -- extensions ------------------------------------------------------------------------------


def test_title_without_extension_gets_the_real_one() -> None:
    assert file_name("Боғи Рӯдакӣ", JPEG) == "Боғи Рӯдакӣ.jpg"
    assert file_name("Боғи Рӯдакӣ", FileKind.PNG) == "Боғи Рӯдакӣ.png"
    assert file_name("Боғи Рӯдакӣ.JPEG", JPEG) == "Боғи Рӯдакӣ.JPEG"
    assert file_name("Version 2.5", JPEG) == "Version 2.5.jpg"
    assert not codes("Боғи Рӯдакӣ") and not codes("Боғи Рӯдакӣ.JPG") and not codes("Version 2.5")


@pytest.mark.parametrize(
    ("title", "kind", "fix"),
    [
        ("Rudaki Park.png", JPEG, "Rudaki Park.jpg"),
        ("Rudaki Park.heic", JPEG, "Rudaki Park.jpg"),
        ("Rudaki Park.jpg", FileKind.PNG, "Rudaki Park.png"),
        ("Rudaki Park.tif", FileKind.WEBP, "Rudaki Park.webp"),
    ],
)
def test_extension_must_match_the_real_format(title: str, kind: FileKind, fix: str) -> None:
    (p,) = [p for p in validate_title(title, kind) if p.code == "title-wrong-extension"]
    assert p.severity == "error" and p.suggestion == fix


@pytest.mark.parametrize("title", ["Rudaki Park.jpg.jpg", "Rudaki Park.jpeg.jpg", "Rudaki Park.JPG.jpeg", "Rudaki Park.png.jpg"])
def test_doubled_extension(title: str) -> None:
    (p,) = [p for p in validate_title(title, JPEG) if p.code == "title-double-extension"]
    assert p.suggestion is not None and p.suggestion.startswith("Rudaki Park.") and p.suggestion.count(".") == 1


def test_thumbnail_like_names() -> None:
    assert "title-thumbnail" in errors("120px-Rudaki Park.jpg")
    assert suggest_fix("120px-Rudaki Park.jpg", JPEG) == "Rudaki Park.jpg"


# -- warnings --------------------------------------------------------------------------------


def test_short_titles_and_extra_spaces_only_warn() -> None:
    problems = validate_title("Боғ.jpg", JPEG)
    assert [(p.code, p.severity) for p in problems] == [("title-too-short", "warning")]
    problems = validate_title("Rudaki  Park_.jpg", JPEG)
    assert [(p.code, p.severity) for p in problems] == [("title-spaces", "warning")]
    assert problems[0].suggestion == "Rudaki Park.jpg"


def test_missing_title() -> None:
    assert errors(None) == {"title-missing"} and errors("  ") == {"title-missing"}


# -- fixes never happen silently, and always give a valid title ------------------------------


def test_camera_name_fix_needs_a_hint() -> None:
    assert suggest_fix("DSC_0001.JPG", JPEG) == "DSC_0001.JPG"  # nothing to invent from
    fixed = suggest_fix("DSC_0001.JPG", JPEG, hint="Боғи Рӯдакӣ")
    assert fixed == "Боғи Рӯдакӣ DSC_0001.JPG"
    assert not errors(fixed)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([FileKind.JPEG, FileKind.PNG, FileKind.TIFF, FileKind.WEBP]))
def test_every_fix_is_a_valid_title(title: str, kind: FileKind) -> None:
    fixed = suggest_fix(title, kind, hint="Rudaki Park")
    assert fixed, title
    assert not errors(fixed, kind), (title, fixed, validate_title(fixed, kind))


@given(st.text(max_size=80))
def test_a_valid_title_is_its_own_fix(title: str) -> None:
    if not codes(title):
        assert suggest_fix(title, JPEG) == file_name(title.strip(), JPEG)


# -- uniqueness keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("боғи Рӯдакӣ.jpg", "Боғи Рӯдакӣ.jpg"),
        ("Rudaki_Park.jpg", "Rudaki Park.jpg"),
        ("Rudaki  Park.jpg", "Rudaki_Park.jpg"),
        ("Rudaki Park.JPG", "Rudaki Park.jpeg"),
        ("Boi\u0301.jpg", "Boí.jpg"),
    ],
)
def test_same_page_names(a: str, b: str) -> None:
    assert title_key(a) == title_key(b)


def test_different_page_names() -> None:
    assert title_key("Rudaki Park.jpg") != title_key("Rudaki park.jpg")  # only the first letter is folded
    assert title_key("Rudaki Park.jpg") != title_key("Rudaki Park.png")


# -- patterns --------------------------------------------------------------------------------


def photo(pid: int, *, desc: str | None = "Боғи Рӯдакӣ", taken: str | None = "2025-05-01T10:21:33+05:00",
          path: str = "DCIM/DSC_0001.JPG", kind: FileKind = JPEG, edit_date: str | None = None) -> Photo:
    return Photo(
        id=pid, path=path, sha1=f"s{pid}", size=1, mtime=0.0, kind=kind, camera=CameraData(taken=taken),
        descriptions={"tg": desc} if desc else {}, edit_date=edit_date,
    )


def test_pattern_fills_every_placeholder() -> None:
    p = photo(1, path="DCIM/100CANON/IMG_0308.JPG")
    titles = make_titles([p], "{description} - {place}, {event} {date} {year} {n:3} {name}", place="Dushanbe", event="Photowalk")
    assert titles == {1: "Боғи Рӯдакӣ - Dushanbe, Photowalk 2025-05-01 2025 001 IMG_0308.jpg"}


def test_pattern_titles_are_unique_and_use_the_real_extension() -> None:
    photos = [photo(1), photo(2), photo(3, kind=FileKind.PNG, path="a.png")]
    assert make_titles(photos, "{description} {date}") == {
        1: "Боғи Рӯдакӣ 2025-05-01.jpg",
        2: "Боғи Рӯдакӣ 2025-05-01 (2).jpg",
        3: "Боғи Рӯдакӣ 2025-05-01.png",
    }
    assert make_titles(photos[:2], "{description} {n}") == {1: "Боғи Рӯдакӣ 1.jpg", 2: "Боғи Рӯдакӣ 2.jpg"}


def test_pattern_avoids_titles_already_in_the_project() -> None:
    titles = make_titles([photo(1)], "{description} {n}", existing=["боғи_Рӯдакӣ 1.JPEG"])
    assert titles == {1: "Боғи Рӯдакӣ 1 (2).jpg"}


def test_pattern_skips_photos_missing_a_value() -> None:
    photos = [photo(1, desc=None), photo(2, taken=None), photo(3, taken=None, edit_date="2024-09")]
    assert make_titles(photos, "{description} {date}") == {3: "Боғи Рӯдакӣ 2024-09.jpg"}
    assert missing_values(photos[0], "{description} {date}") == ["description"]
    assert missing_values(photos[1], "{description} {date}") == ["date"]
    assert missing_values(photos[1], "{description} {n}") == []


def test_pattern_values_are_cleaned_and_long_descriptions_shortened() -> None:
    p = photo(1, desc="Боғ: [фаввора] | шом\nва шаб " + "Рӯдакӣ " * 40)
    (title,) = make_titles([p], "{description} {date}").values()
    assert title.startswith("Боғ - фаввора - шом ва шаб Рӯдакӣ")
    assert title.endswith(" 2025-05-01.jpg")  # the date survives: only the description is shortened
    assert not errors(title)


def test_pattern_prefix_is_left_out_of_titles() -> None:
    p = photo(1, desc="Сайругашт: Боғи Рӯдакӣ")
    assert make_titles([p], "{description}", description_prefix={"tg": "Сайругашт: "}) == {1: "Боғи Рӯдакӣ.jpg"}


def test_pattern_prefers_the_asked_language_then_tajik() -> None:
    p = photo(1)
    p.descriptions = {"en": "Rudaki Park", "tg": "Боғи Рӯдакӣ"}
    assert make_titles([p], "{description}") == {1: "Боғи Рӯдакӣ.jpg"}
    assert make_titles([p], "{description}", lang="en") == {1: "Rudaki Park.jpg"}


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        ("{descripton} {n}", "{descripton} is not a placeholder"),
        ("{description}: {n}", "cannot contain :"),
        ("Dushanbe", "no placeholder"),
        ("{description} {place}", "no place is set"),
    ],
)
def test_bad_patterns_are_refused_clearly(pattern: str, fragment: str) -> None:
    with pytest.raises(TitlePatternError) as info:
        parse_pattern(pattern)
        make_titles([photo(1)], pattern)
    assert fragment in info.value.message


def test_title_bytes_counts_the_uploaded_name() -> None:
    assert title_bytes(None, FileKind.JPEG) == title_bytes("  ", FileKind.JPEG) == 0
    assert title_bytes("Dushanbe", FileKind.JPEG) == len("Dushanbe.jpg")
    assert title_bytes("Боғи Рӯдакӣ.JPG", FileKind.JPEG) == len("Боғи Рӯдакӣ.JPG".encode())  # 2 bytes a letter
    at_limit = "ҷ" * ((MAX_TITLE_BYTES - 4) // 2)
    assert title_bytes(at_limit, FileKind.JPEG) == MAX_TITLE_BYTES
    assert not [p for p in validate_title(at_limit, FileKind.JPEG) if p.code == "title-too-long"]
    assert [p.code for p in validate_title(at_limit + "a", FileKind.JPEG) if p.code == "title-too-long"]
