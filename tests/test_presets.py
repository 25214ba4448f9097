"""Event presets: strict loading with clear errors, and filling without overwriting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photowalk.edits import UnknownPhotoError, add_categories, set_description, set_extra_wikitext, set_licence, set_title
from photowalk.presets import (
    Preset,
    PresetError,
    PresetFieldError,
    PresetSyntaxError,
    apply_preset,
    load_preset,
)
from photowalk.project import ProjectStore
from tests.describing import project_with

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "presets" / "example-photowalk.toml"
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
    path.write_bytes((Path(__file__).resolve().parents[2] / "shared/photos/cameras/DSCN0138.JPG").read_bytes()[:200])
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
