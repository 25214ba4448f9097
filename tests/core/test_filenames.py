"""File names made from text are valid and unchanged on Windows, macOS and Linux (photowalk.filenames)."""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photowalk.filenames import MAX_NAME_BYTES, is_device_name, safe_file_name, windows_long_path

BASES = [PureWindowsPath("C:/Users/Фарҳод/Documents"), PureWindowsPath(r"\\server\share\walks"),
         PureWindowsPath(r"E:\DCIM"), PurePosixPath("/Volumes/NIKON D5300/DCIM"), PurePosixPath("/home/user")]


def assert_portable(name: str) -> None:
    """The name means itself on every system: one component, no device, nothing Windows drops."""
    assert name and name == unicodedata.normalize("NFC", name)
    assert not set(name) & set('<>:"/\\|?*') and all(ord(c) >= 32 and c != "\x7f" for c in name)
    assert name[-1] not in ". " and name[0] not in ". "
    assert PureWindowsPath(name).name == name and PurePosixPath(name).name == name
    assert not PureWindowsPath(name).is_reserved() and not is_device_name(name)
    assert len(name.encode("utf-8")) <= 255 and len(name.encode("utf-16-le")) // 2 <= 255
    for base in BASES:
        joined = base / name
        assert joined.parent == base and joined.name == name  # never a drive, a root or a ".." step


@pytest.mark.parametrize(("text", "suffix", "expected"), [
    ("Душанбе: боғи Рӯдакӣ?", ".csv", "Душанбе_ боғи Рӯдакӣ_.csv"),
    ('a<b>c"d/e\\f|g?h*i', ".txt", "a_b_c_d_e_f_g_h_i.txt"),
    ("CON", ".photowalk", "_CON.photowalk"),
    ("nul", ".txt", "_nul.txt"),
    ("com1 ", ".jpg", "_com1.jpg"),
    ("LPT9", "", "_LPT9"),
    ("COM¹", ".csv", "_COM¹.csv"),
    ("CONOUT$", "", "_CONOUT$"),
    ("Console", ".txt", "Console.txt"),  # only the device names themselves
    ("walk. . ", ".photowalk", "walk.photowalk"),
    ("...", ".csv", "photowalk.csv"),
    ("..", "", "photowalk"),
    ("   ", ".txt", "photowalk.txt"),
    ("::", ".txt", "photowalk.txt"),
    ("tab\there\nline", ".txt", "tab here line.txt"),
    ("Ҳисор (copy)", ".photowalk", "Ҳисор (copy).photowalk"),
    ("и\u0306", ".txt", "й.txt"),  # composed as macOS's decomposed names are not
    ("\udcff\udce9bad", ".txt", "__bad.txt"),  # undecodable bytes of a file name
])
def test_names_windows_refuses_are_made_acceptable(text: str, suffix: str, expected: str) -> None:
    name = safe_file_name(text, suffix)
    assert name == expected
    assert_portable(name)


def test_a_long_name_is_cut_at_a_whole_character_and_keeps_its_suffix() -> None:
    name = safe_file_name("ғӯҳ" * 200, ".photowalk")
    assert name.endswith(".photowalk") and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name[:-len(".photowalk")].strip("ғӯҳ") == ""
    assert_portable(name)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["", ".txt", ".csv", ".photowalk"]))
def test_any_text_gives_a_portable_name(text: str, suffix: str) -> None:
    assert_portable(safe_file_name(text, suffix))


@pytest.mark.parametrize(("path", "expected"), [
    (r"C:\Users\me\AppData\Local\photowalk\Cache\thumbnails\ab\x.jpg",
     r"\\?\C:\Users\me\AppData\Local\photowalk\Cache\thumbnails\ab\x.jpg"),
    ("C:/Users/me/walk.photowalk", r"\\?\C:\Users\me\walk.photowalk"),
    (r"C:\Users\me\..\you\walk.photowalk", r"\\?\C:\Users\you\walk.photowalk"),
    (r"\\server\share\walks\walk.photowalk", r"\\?\UNC\server\share\walks\walk.photowalk"),
    (r"\\?\C:\already\long", r"\\?\C:\already\long"),
    (r"walks\walk.photowalk", r"walks\walk.photowalk"),  # relative: the current folder decides
    (r"\walks\walk.photowalk", r"\walks\walk.photowalk"),  # no drive named
    ("C:walk.photowalk", "C:walk.photowalk"),  # relative to drive C's current folder
])
def test_windows_paths_past_260_characters_use_the_extended_form(path: str, expected: str) -> None:
    assert windows_long_path(path) == expected
    long = windows_long_path(path + "\\" + "ҷ" * 300)
    assert long.startswith("\\\\?\\") == expected.startswith("\\\\?\\")


def test_a_file_deeper_than_260_characters_is_written_whole(tmp_path: Path) -> None:
    """On Windows this goes through the extended form (no LongPathsEnabled needed); elsewhere the path as is."""
    from photowalk.filenames import system_path
    from photowalk.private import open_private, write_private

    deep = tmp_path.joinpath(*[safe_file_name("Ҳисор ғӯҷ " * 3)] * 8) / safe_file_name("ҳисобот", ".csv")
    assert len(str(deep)) > 300
    write_private(deep, "Душанбе\n".encode())
    with open_private(deep, "a", encoding="utf-8") as f:
        f.write("Хуҷанд\n")
    with open(system_path(deep), encoding="utf-8") as f:
        assert f.read() == "Душанбе\nХуҷанд\n"


def test_a_name_suggested_to_a_person_turns_forbidden_characters_into_single_spaces() -> None:
    assert safe_file_name('Душанбе / "Боғи Рӯдакӣ"?', ".photowalk", readable=True) == "Душанбе Боғи Рӯдакӣ.photowalk"
    assert safe_file_name('Душанбе / "Боғи Рӯдакӣ"?', ".photowalk") == "Душанбе _ _Боғи Рӯдакӣ__.photowalk"
    assert safe_file_name("CON: ", ".txt", readable=True) == "_CON.txt"
