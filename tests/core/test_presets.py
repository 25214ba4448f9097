"""Event presets: strict loading with clear errors, and filling without overwriting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photowalk.edits import UnknownPhotoError, add_categories, set_description, set_extra_wikitext, set_licence, set_title
from photowalk.presets import (
    MAX_PRESET_BYTES,
    Preset,
    PresetError,
    PresetFieldError,
    PresetSyntaxError,
    PresetTooLargeError,
    apply_preset,
    load_preset,
)
from photowalk.project import ProjectStore
from tests.describing import project_with

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "presets" / "example-photowalk.toml"
FILES = ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG", "cameras/P1000240.JPG"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "event.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[ProjectStore, list[int]]]:
    store, ids = project_with(tmp_path, FILES)
    yield store, [ids[f] for f in FILES]
    store.close()


def test_example_preset_loads() -> None:
    preset = load_preset(EXAMPLE)
    assert preset.name == "Dushanbe photowalk, May 2025"
    assert preset.place == "Dushanbe" and preset.country == "Tajikistan"
    assert preset.licence == "cc-by-sa-4.0"
    assert preset.languages == ("tg", "ru", "en")
    assert preset.title_pattern == "{description} - {place} {date} {n:2}"
    assert preset.categories == ("Dushanbe", "Photowalks in Tajikistan")
    assert preset.description_prefix == {"tg": "Сайругашти аксбардорӣ дар Душанбе: "}


def test_values_are_normalised(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, '''
        licence = "CC-BY-4.0"
        languages = ["TG", "ru", "tg"]
        categories = ["Category:Rudaki_Park", "Rudaki Park", "Dushanbe"]
        templates = "{{Event}}"
        description_prefix = "Сайругашт: "
    '''))
    assert preset == Preset(
        licence="cc-by-4.0", languages=("tg", "ru"), categories=("Rudaki Park", "Dushanbe"),
        templates=("{{Event}}",), description_prefix={"tg": "Сайругашт: "},
    )


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        ('name = "x"\nname = "y"', PresetSyntaxError, "not valid TOML"),
        ('categories = ["a"', PresetSyntaxError, "not valid TOML"),
        ('categores = ["Dushanbe"]', PresetFieldError, "\u201ccategores\u201d"),
        ("licence = 4", PresetFieldError, "must be text"),
        ('licence = "gfdl"', PresetFieldError, "not a licence photowalk knows"),
        ('languages = ["Tajik"]', PresetFieldError, "not a language code"),
        ('categories = ["Bad|name"]', PresetFieldError, "not a possible category name"),
        ("categories = [1, 2]", PresetFieldError, "list of texts"),
        ('title_pattern = "{descripton}"', PresetFieldError, "not a placeholder"),
        ('title_pattern = "{description}: {n}"', PresetFieldError, "cannot contain :"),
        ('description_prefix = "x"', PresetFieldError, "needs `languages`"),
        ("description_prefix = 3", PresetFieldError, "a table like"),
        ('[description_prefix]\n"Tajik" = "x"', PresetFieldError, "not a language code"),
    ],
)
def test_bad_presets_say_what_is_wrong(tmp_path: Path, text: str, error: type[PresetError], fragment: str) -> None:
    with pytest.raises(error) as info:
        load_preset(write(tmp_path, text))
    assert fragment in info.value.message
    assert str(tmp_path / "event.toml") in info.value.message


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(PresetError) as info:
        load_preset(tmp_path / "nope.toml")
    assert "nope.toml" in info.value.message
    path = tmp_path / "photo.toml"
    path.write_bytes((Path(__file__).resolve().parents[3] / "shared/photos/cameras/DSCN0138.JPG").read_bytes()[:200])
    with pytest.raises(PresetSyntaxError):
        load_preset(path)


def test_applying_fills_empty_fields_only(project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    # A volunteer already worked on photo a.
    set_licence(store, [a], "cc-zero")
    add_categories(store, [a], ["Fountains"])
    set_extra_wikitext(store, [a], "{{Own template}}")
    set_description(store, [a], "tg", "Фаввора дар боғ")
    set_title(store, a, "Фаввора.jpg")
    set_description(store, [b], "tg", "Сайругашти аксбардорӣ дар Душанбе: Бозор")

    result = apply_preset(store, load_preset(EXAMPLE))
    pa, pb, pc = store.photo(a), store.photo(b), store.photo(c)
    assert pa.licence == "cc-zero" and pb.licence == pc.licence == "cc-by-sa-4.0"
    assert pa.categories == ["Fountains", "Dushanbe", "Photowalks in Tajikistan"]
    assert pc.categories == ["Dushanbe", "Photowalks in Tajikistan"]
    assert pa.extra_wikitext == "{{Own template}}"
    assert pa.descriptions["tg"] == "Сайругашти аксбардорӣ дар Душанбе: Фаввора дар боғ"
    assert pb.descriptions["tg"] == "Сайругашти аксбардорӣ дар Душанбе: Бозор"  # already had it
    assert pc.descriptions == {}
    assert pa.title == "Фаввора.jpg"  # kept
    assert pb.title == "Бозор - Dushanbe 2022-01-20 01.jpg"  # made from the pattern, without the prefix
    assert pc.title is None  # no description to make a title from
    assert (result.licences, result.categories, result.prefixes, result.titles) == (2, 3, 1, 1)
    assert store.setting("country") == "Tajikistan" and store.setting("languages") == ["tg", "ru", "en"]
    assert sorted(result.settings) == sorted(
        ["event", "place", "country", "licence", "languages", "title_pattern", "description_prefix"]
    )


def test_applying_twice_changes_nothing_more(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_description(store, ids, "tg", "Бозор")
    preset = load_preset(EXAMPLE)
    apply_preset(store, preset)
    once = [(p.title, p.licence, p.categories, p.descriptions, p.extra_wikitext) for p in store.photos()]
    result = apply_preset(store, preset)
    assert [(p.title, p.licence, p.categories, p.descriptions, p.extra_wikitext) for p in store.photos()] == once
    assert (result.licences, result.categories, result.prefixes, result.titles, result.settings) == (0, 0, 0, 0, [])


def test_templates_are_added_once_after_the_volunteers(project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, _) = project
    set_extra_wikitext(store, [a], "{{Mine}}\n{{Event}}")
    preset = Preset(templates=("{{Event}}", "{{Wiki Loves Tajikistan}}"))
    apply_preset(store, preset, [a, b])
    assert store.photo(a).extra_wikitext == "{{Mine}}\n{{Event}}\n{{Wiki Loves Tajikistan}}"
    assert store.photo(b).extra_wikitext == "{{Event}}\n{{Wiki Loves Tajikistan}}"


def test_only_the_chosen_photos_are_touched(project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    apply_preset(store, Preset(licence="cc-by-4.0", categories=("Dushanbe",)), [b])
    assert [(p.licence, p.categories) for p in store.photos([a, b, c])] == [
        (None, []), ("cc-by-4.0", ["Dushanbe"]), (None, []),
    ]
    with pytest.raises(UnknownPhotoError):
        apply_preset(store, Preset(licence="cc-zero"), [a, 999])
    assert store.photo(a).licence is None


def test_existing_project_settings_are_kept(project: tuple[ProjectStore, list[int]]) -> None:
    store, _ = project
    store.set_setting("country", "Uzbekistan")
    result = apply_preset(store, load_preset(EXAMPLE))
    assert store.setting("country") == "Uzbekistan" and "country" not in result.settings


def test_pattern_needing_a_place_the_project_lacks_sets_no_titles(project: tuple[ProjectStore, list[int]]) -> None:
    store, ids = project
    set_description(store, ids, "tg", "Бозор")
    result = apply_preset(store, Preset(title_pattern="{description} {place}"))
    assert result.titles == 0 and all(p.title is None for p in store.photos())


# -- reading a preset safely -----------------------------------------------------------------

_LOAD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))  # 2 GiB: reading a device to the end fails
from photowalk.presets import PresetError, load_preset
try:
    load_preset(sys.argv[1])
except PresetError as exc:
    print(json.dumps({"type": type(exc).__name__, "message": exc.message}))
else:
    print(json.dumps({"type": None}))
"""


def load_elsewhere(path: Path) -> dict[str, str | None]:
    """load_preset(path) in a process of its own, with a memory limit, that must end within 20 s."""
    run = subprocess.run([sys.executable, "-c", _LOAD, str(path)], capture_output=True, text=True, timeout=20,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def test_devices_pipes_and_folders_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "event.toml"
    os.mkfifo(fifo)  # nobody writes to it: opening it to read would wait for ever
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), fifo, link, tmp_path):
        got = load_elsewhere(path)
        assert got["type"] == "PresetError", (path, got)
        assert str(path) in str(got["message"]) and "not a file" in str(got["message"])


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "event.toml"
    with big.open("wb") as f:
        f.truncate(2 * 1024**3)  # 2 GiB, sparse: takes no room on the disk
    got = load_elsewhere(big)
    assert got["type"] == "PresetTooLargeError" and str(big) in str(got["message"])
    just_over = write(tmp_path, "# " + "x" * MAX_PRESET_BYTES)
    with pytest.raises(PresetTooLargeError):
        load_preset(just_over)


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 50_000 + "1" + "}" * 50_000,
        "name = [" + "[" * 3000 + "]" * 3000 + "]",
    ],
)
def test_deeply_nested_values_are_a_clear_error(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    got = load_elsewhere(path)  # a RecursionError traceback before
    assert got["type"] in ("PresetSyntaxError", "PresetFieldError"), got
    assert str(path) in str(got["message"])


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "event.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'place = "Dushanbe"\n')
    assert load_preset(path).place == "Dushanbe"


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_probe_any_bytes_give_a_preset_or_a_preset_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "event.toml"
    path.write_bytes(data)
    try:
        load_preset(path)
    except PresetError as exc:
        assert str(path) in exc.message


_TOML_VALUES = st.recursive(
    st.none().map(lambda _: "1") | st.text(max_size=12).map(json.dumps) | st.sampled_from(["true", "1.5", '"cc-zero"']),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    | st.dictionaries(st.sampled_from(["a", "tg", "b-c"]), inner, max_size=3).map(
        lambda d: "{" + ", ".join(f"{k} = {v}" for k, v in d.items()) + "}"),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from(["name", "place", "country", "licence", "languages", "title_pattern", "categories",
                            "templates", "description_prefix", "other"]), value=_TOML_VALUES)
def test_probe_any_value_of_any_key_gives_a_preset_or_a_preset_error(
    tmp_path_factory: pytest.TempPathFactory, key: str, value: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "event.toml"
    path.write_text(f"{key} = {value}\n", encoding="utf-8")
    try:
        load_preset(path)
    except PresetError as exc:
        assert str(path) in exc.message


# -- one order ---------------------------------------------------------------------------------

PREFIX = "Сайругашти аксбардорӣ дар Душанбе: "


def test_a_description_first_written_after_the_preset_gets_its_prefix(project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    set_description(store, [c], "tg", "Бозор")  # before the preset: the preset's pass adds the prefix
    apply_preset(store, load_preset(EXAMPLE))
    assert store.photo(c).descriptions["tg"] == PREFIX + "Бозор"
    set_description(store, [a, b], "tg", "Фаввора")  # first written: prefixed
    set_description(store, [a], "tg", "Фаввора дар боғ")  # the window sends the field's text: kept prefixed
    set_description(store, [b], "tg", PREFIX + "Дарахт")  # already there: not twice
    set_description(store, [a], "ru", "Фонтан")  # no prefix for Russian
    assert store.photo(a).descriptions == {"tg": PREFIX + "Фаввора дар боғ", "ru": "Фонтан"}
    assert store.photo(b).descriptions == {"tg": PREFIX + "Дарахт"}


def test_preview_says_what_applying_changes_and_changes_nothing(project: tuple[ProjectStore, list[int]]) -> None:
    from photowalk.presets import preview_preset
    from photowalk.projectsettings import read_settings

    store, ids = project
    set_description(store, ids[:2], "tg", "Бозор")
    set_licence(store, ids[:1], "cc-zero")
    before = (repr(store.photos()), read_settings(store))
    preview = preview_preset(store, load_preset(EXAMPLE))
    assert (repr(store.photos()), read_settings(store)) == before
    assert preview == apply_preset(store, load_preset(EXAMPLE))
    assert (preview.licences, preview.categories, preview.prefixes, preview.titles) == (2, 3, 2, 2)


def test_a_new_projects_defaults_give_way_to_the_preset(tmp_path: Path) -> None:
    from photowalk.projectsettings import read_settings, update_settings

    store, _ = project_with(tmp_path, FILES[:1])
    update_settings(store, licence="cc-zero", author="Photowalker")  # what the app puts in a new project
    apply_preset(store, Preset(licence="cc-by-4.0", place="Dushanbe"), new_project=True)
    settings = read_settings(store)
    assert (settings.licence, settings.author, settings.place) == ("cc-by-4.0", "Photowalker", "Dushanbe")
    apply_preset(store, Preset(licence="cc-by-sa-4.0", place="Khujand"))  # an existing project keeps its own
    assert (read_settings(store).licence, read_settings(store).place) == ("cc-by-4.0", "Dushanbe")
    store.close()
