"""The event's keys of a preset (wiki, tracking_category, hashtag, gallery_title, caption_prefix,
photowalk_version): checked when read, set when applied, shown in the preview, undone as one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photowalk import __version__
from photowalk.edits import set_caption, set_categories, set_description, set_licence
from photowalk.hashtags import InvalidHashtagError, normalize_hashtag, with_hashtags
from photowalk.presets import (
    PresetError,
    PresetFieldError,
    PresetNewerError,
    apply_preset,
    load_preset,
    preview_preset,
    redo_preset,
    undo_preset,
)
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings
from photowalk.structured import CAPTION_LIMIT
from photowalk.upload.settings import settings_from_project
from photowalk.wikiaddress import COMMONS_API, TEST_WIKIPEDIA_API
from photowalk.wikitext import page_text
from tests.describing import project_with

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "presets" / "example-photowalk.toml"
FILES = ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG", "cameras/P1000240.JPG"]
PRACTICE = '''
    name = "Wiki Loves Tajikistan 2025"
    licence = "cc-by-sa-4.0"
    languages = ["tg", "en"]
    wiki = "test.wikipedia"
    tracking_category = "Wiki Loves Tajikistan 2025 (practice)"
    hashtag = "#WLTJ2025"
    gallery_title = "Practice round"
    caption_prefix = { tg = "WLTJ: " }
    photowalk_version = "0.1.0"
'''
REAL = PRACTICE.replace('"test.wikipedia"', '"commons"').replace(" (practice)", "").replace("Practice round", "Dushanbe")


def write(tmp_path: Path, text: str, name: str = "event.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[ProjectStore, list[int]]]:
    store, ids = project_with(tmp_path, FILES)
    yield store, [ids[f] for f in FILES]
    store.close()


def test_the_event_keys_are_read_and_normalised(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, PRACTICE))
    assert preset.wiki == TEST_WIKIPEDIA_API
    assert preset.tracking_categories == ("Wiki Loves Tajikistan 2025 (practice)",)
    assert preset.hashtags == ("#WLTJ2025",)
    assert (preset.gallery_title, preset.caption_prefix, preset.photowalk_version) == ("Practice round", {"tg": "WLTJ: "}, "0.1.0")
    lists = load_preset(write(tmp_path, '''
        wiki = "http://127.0.0.1:8080/w/api.php"
        tracking_category = ["Category:Event_2025", "[[Category:Uploads]]"]
        hashtag = ["wltj2025", "#Сайругашт_2025", "#wltj2025"]
        languages = ["tg"]
        caption_prefix = "Сайругашт: "
    '''))
    assert lists.wiki == "http://127.0.0.1:8080/w/api.php"  # a test wiki on this computer
    assert lists.tracking_categories == ("Event 2025", "Uploads")
    assert lists.hashtags == ("#wltj2025", "#Сайругашт_2025")
    assert lists.caption_prefix == {"tg": "Сайругашт: "}
    assert load_preset(write(tmp_path, 'wiki = "Commons"')).wiki == COMMONS_API


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ('wiki = "http://wiki.example.org/w/api.php"', "wiki", "https://"),
        ('wiki = "https://commons.wikimedia.org/wiki/Main_Page"', "wiki", "api.php"),
        ('wiki = "wikipedia"', "wiki", "test.wikipedia"),
        ("wiki = 1", "wiki", "must be text"),
        ('tracking_category = "Bad|name"', "tracking_category", "not a possible category name"),
        ("tracking_category = [1]", "tracking_category", "list of texts"),
        ('hashtag = "#2025"', "hashtag", "not only digits"),
        ('hashtag = "#WLT 2025"', "hashtag", "#WLTJ2025"),
        ('hashtag = "#wlt-2025"', "hashtag", "letters, digits or _"),
        ('hashtag = "#"', "hashtag", "#WLTJ2025"),
        ('hashtag = "#' + "a" * 51 + '"', "hashtag", "at most 50"),
        ("gallery_title = []", "gallery_title", "must be text"),
        ('caption_prefix = "x"', "caption_prefix", "needs `languages`"),
        ('caption_prefix = { Tajik = "x" }', "caption_prefix", "not a language code"),
        ('photowalk_version = "soon"', "photowalk_version", "photowalk version"),
        ("photowalk_version = 2", "photowalk_version", "photowalk version"),
    ],
)
def test_bad_event_keys_name_the_key(tmp_path: Path, text: str, field: str, fragment: str) -> None:
    with pytest.raises(PresetFieldError) as info:
        load_preset(write(tmp_path, text))
    assert f"\u201c{field}\u201d" in info.value.message and fragment in info.value.message


def test_a_newer_presets_unknown_key_says_to_update_photowalk(tmp_path: Path) -> None:
    newer = 'photowalk_version = "99.0"\nname = "x"\nupload_window = "18:00-22:00"\n'
    with pytest.raises(PresetNewerError) as info:
        load_preset(write(tmp_path, newer))
    message = info.value.message
    assert "\u201cupload_window\u201d" in message and "99.0" in message and __version__ in message
    assert "Update photowalk" in message
    # Written for this photowalk or an older one, an unknown key is a typo: the list of known keys.
    for version in (__version__, "0.0.1"):
        with pytest.raises(PresetFieldError) as typo:
            load_preset(write(tmp_path, newer.replace("99.0", version)))
        assert not isinstance(typo.value, PresetNewerError) and "not a preset key" in typo.value.message
    # A newer preset with only known keys, and an older one, work.
    assert load_preset(write(tmp_path, 'photowalk_version = "99.0"\nname = "x"')).name == "x"
    assert load_preset(write(tmp_path, 'photowalk_version = "0.0.1"\nname = "x"')).photowalk_version == "0.0.1"
    assert load_preset(EXAMPLE).photowalk_version is None  # a preset from before the key


def test_hashtags_follow_every_summary() -> None:
    assert normalize_hashtag(" WLTJ2025 ") == "#WLTJ2025"
    with pytest.raises(InvalidHashtagError):
        normalize_hashtag("#___")
    assert with_hashtags("Uploaded with photowalk 0.1.0", ["#WLTJ2025", "#wikiloves"]) == \
        "Uploaded with photowalk 0.1.0 #WLTJ2025 #wikiloves"
    assert with_hashtags("Fixed #WLTJ2025", ["#WLTJ2025"]) == "Fixed #WLTJ2025"
    assert with_hashtags("Uploaded", []) == "Uploaded"


def test_practice_then_real_round_from_the_presets(tmp_path: Path, project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    update_settings(store, licence="cc-zero")  # an existing project: its own settings stay
    set_description(store, [a], "tg", "Бозор")
    practice = load_preset(write(tmp_path, PRACTICE, "practice.toml"))
    preview = preview_preset(store, practice)
    assert (preview.wiki_from, preview.wiki_to) == (None, TEST_WIKIPEDIA_API)
    assert {"wiki", "tracking_categories", "hashtags", "gallery_title"} <= set(preview.settings)
    assert "licence" not in preview.settings
    apply_preset(store, practice)
    settings = read_settings(store)
    assert (settings.wiki, settings.hashtags, settings.gallery_title) == (TEST_WIKIPEDIA_API, ("#WLTJ2025",), "Practice round")
    assert settings_from_project(store).summary("Uploaded with photowalk") == "Uploaded with photowalk #WLTJ2025"
    text = page_text(store.photo(a), settings)
    assert text.endswith("{{subst:unc}}\n[[Category:Wiki Loves Tajikistan 2025 (practice)]]")
    # Always kept: the photo's own categories do not hold it, so removing them leaves it there.
    set_categories(store, [b], ["Dushanbe"])
    assert page_text(store.photo(b), settings).endswith(
        "[[Category:Dushanbe]]\n[[Category:Wiki Loves Tajikistan 2025 (practice)]]")
    set_categories(store, [b], [])
    assert "[[Category:Wiki Loves Tajikistan 2025 (practice)]]" in page_text(store.photo(b), settings)
    # The real round: its preset switches the wiki and the event's keys, nothing a volunteer wrote.
    real = load_preset(write(tmp_path, REAL, "real.toml"))
    preview = preview_preset(store, real)
    assert (preview.wiki_from, preview.wiki_to) == (TEST_WIKIPEDIA_API, COMMONS_API)
    apply_preset(store, real)
    settings = read_settings(store)
    assert (settings.wiki, settings.gallery_title, settings.licence) == (COMMONS_API, "Dushanbe", "cc-zero")
    assert settings.tracking_categories == ("Wiki Loves Tajikistan 2025",)
    page = page_text(store.photo(a), settings)
    assert "(practice)" not in page and page.endswith("[[Category:Wiki Loves Tajikistan 2025]]")
    # Filling newly imported photos from the project's preset file switches nothing back.
    update_settings(store, wiki=TEST_WIKIPEDIA_API)  # or the one setting, changed by hand
    apply_preset(store, real, [c])
    assert read_settings(store).wiki == TEST_WIKIPEDIA_API
    assert preview_preset(store, real, [c]).wiki_to is None


def test_a_tracking_category_the_photo_has_is_written_once(project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, _b, _c) = project
    set_licence(store, [a], "cc-by-4.0")
    set_categories(store, [a], ["Event 2025"])
    settings = update_settings(store, tracking_categories=["Event 2025", "Uploads"])
    assert page_text(store.photo(a), settings).endswith("[[Category:Event 2025]]\n[[Category:Uploads]]")


def test_caption_prefix_goes_before_captions(tmp_path: Path, project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    set_caption(store, [a], "tg", "Бозор")  # before the preset: its pass adds the prefix
    set_caption(store, [b], "tg", "x" * (CAPTION_LIMIT - 2))  # no room for the prefix: left as written
    set_caption(store, [c], "en", "Market")  # no English prefix
    preset = load_preset(write(tmp_path, PRACTICE))
    assert preview_preset(store, preset).captions == 1
    apply_preset(store, preset)
    assert store.photo(a).captions == {"tg": "WLTJ: Бозор"}
    assert store.photo(b).captions == {"tg": "x" * (CAPTION_LIMIT - 2)}
    set_caption(store, [c], "tg", "Фаввора")  # first written after the preset: prefixed
    set_caption(store, [a], "tg", "Бозори калон")  # the old one had it: kept prefixed
    set_caption(store, [c], "tg", "WLTJ: Дарахт")  # already there: not twice
    set_caption(store, [c], "en", "Fountain")
    assert store.photo(a).captions == {"tg": "WLTJ: Бозори калон"}
    assert store.photo(c).captions == {"tg": "WLTJ: Дарахт", "en": "Fountain"}


def test_undo_puts_back_everything_and_redo_makes_it_again(tmp_path: Path, project: tuple[ProjectStore, list[int]]) -> None:
    store, (a, b, c) = project
    set_description(store, [a], "tg", "Бозор")
    set_caption(store, [b], "tg", "Фаввора")
    set_categories(store, [c], ["Fountains"])
    update_settings(store, wiki="commons", gallery_title="Before")
    before = (repr(store.photos()), read_settings(store))
    preset = load_preset(write(tmp_path, PRACTICE + '''
        title_pattern = "{description} {n}"
        categories = ["Dushanbe"]
        templates = ["{{Wiki Loves Tajikistan}}"]
        description_prefix = { tg = "Сайругашт: " }
    '''))
    result = apply_preset(store, preset, follow=str(EXAMPLE))
    assert result.edit is not None and result.titles == 1 and result.captions == 1
    after = (repr(store.photos()), read_settings(store))
    assert after != before and after[1].preset_file == str(EXAMPLE) and after[1].wiki == TEST_WIKIPEDIA_API
    assert sorted(result.edit.photo_ids) == sorted([a, b, c])
    undo_preset(store, result.edit)
    assert (repr(store.photos()), read_settings(store)) == before
    redo_preset(store, result.edit)
    assert (repr(store.photos()), read_settings(store)) == after


def test_stored_event_settings_photowalk_cannot_use_read_as_unset(project: tuple[ProjectStore, list[int]]) -> None:
    store, _ = project
    store.set_setting("wiki", "http://wiki.example.org/w/api.php")  # would carry a password unencrypted
    store.set_setting("hashtags", ["#ok", "#2025", 3])
    store.set_setting("tracking_categories", ["Good", "Bad|name"])
    settings = read_settings(store)
    assert (settings.wiki, settings.hashtags, settings.tracking_categories) == (None, ("#ok",), ("Good",))


_VALUES = st.recursive(
    st.text(max_size=40).map(json.dumps)
    | st.sampled_from(['"commons"', '"http://127.0.0.1/api.php"', '"javascript:alert(1)//api.php"', '"#WLTJ"',
                       '"99.0"', '"0.0.1"', "1", "true", "1.5"]),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    | st.dictionaries(st.sampled_from(["tg", "en", "x y"]), inner, max_size=3).map(
        lambda d: "{" + ", ".join(f'"{k}" = {v}' for k, v in d.items()) + "}"),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(key=st.sampled_from(["wiki", "tracking_category", "hashtag", "gallery_title", "caption_prefix",
                            "photowalk_version", "not_yet_a_key"]), value=_VALUES,
       version=st.sampled_from(["", 'photowalk_version = "99.0"\n', 'photowalk_version = "0.0.1"\n']))
def test_probe_any_value_of_an_event_key_gives_a_preset_or_a_preset_error(
    tmp_path_factory: pytest.TempPathFactory, key: str, value: str, version: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "event.toml"
    text = (version if key != "photowalk_version" else "") + f"languages = [\"tg\"]\n{key} = {value}\n"
    path.write_text(text, encoding="utf-8")
    try:
        preset = load_preset(path)
    except PresetError as exc:
        assert str(path) in exc.message
        return
    # What a preset lets through is safe where it goes: an API address, one-word hashtags, category names.
    assert preset.wiki is None or preset.wiki.endswith("/api.php")
    assert all(re.fullmatch(r"#\w+", tag) for tag in preset.hashtags)


@given(st.text(max_size=60))
def test_probe_a_hashtag_is_one_word_or_refused(text: str) -> None:
    try:
        tag = normalize_hashtag(text)
    except InvalidHashtagError:
        return
    assert re.fullmatch(r"#\w{1,50}", tag) and not tag[1:].isdigit()
    assert with_hashtags("Uploaded", [tag]).split() == ["Uploaded", tag]
