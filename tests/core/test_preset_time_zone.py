"""An event preset's `time_zone`: an IANA name checked when the preset is read, and the project's zone once applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photowalk.phototime import is_time_zone, photo_time, project_zone
from photowalk.presets import PresetError, PresetFieldError, apply_preset, load_preset
from photowalk.projectsettings import read_settings, update_settings
from tests.core.test_presets import _TOML_VALUES
from tests.describing import project_with

FILES = ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "event.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_preset_s_zone_becomes_the_project_s(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, 'name = "Tashkent walk"\ntime_zone = " Asia/Tashkent "\n'))
    assert preset.time_zone == "Asia/Tashkent"
    store, ids = project_with(tmp_path, FILES)
    try:
        before = photo_time(store.photo(ids[FILES[0]]), project_zone(read_settings(store).time_zone))
        result = apply_preset(store, preset)
        assert "time_zone" in result.settings and read_settings(store).time_zone == "Asia/Tashkent"
        after = photo_time(store.photo(ids[FILES[0]]), project_zone(read_settings(store).time_zone))
        # The camera wrote no offset: the same wall-clock time, now read in Tashkent (UTC+5 too) ...
        assert before is not None and after is not None and str(after.tzinfo) == "Asia/Tashkent"
        # ... and a project that chose its own zone keeps it.
        update_settings(store, time_zone="Europe/Moscow")
        again = apply_preset(store, preset)
        assert "time_zone" not in again.settings and read_settings(store).time_zone == "Europe/Moscow"
    finally:
        store.close()


@pytest.mark.parametrize("value, fragment", [
    ('"Asia/Dushambe"', "\u201cAsia/Dushambe\u201d is not a time zone"),
    ('"../../etc/passwd"', "is not a time zone"),
    ('"/usr/share/zoneinfo/UTC"', "is not a time zone"),
    ("5", "it must be text in quotes"),
])
def test_a_wrong_zone_is_an_error_naming_the_key(tmp_path: Path, value: str, fragment: str) -> None:
    path = write(tmp_path, f"time_zone = {value}\n")
    with pytest.raises(PresetFieldError) as caught:
        load_preset(path)
    assert caught.value.params["field"] == "time_zone"
    assert str(path) in caught.value.message and fragment in caught.value.message


def test_no_zone_leaves_the_project_s_alone(tmp_path: Path) -> None:
    assert load_preset(write(tmp_path, 'name = "x"\n')).time_zone is None
    assert load_preset(write(tmp_path, 'time_zone = ""\n')).time_zone is None


@settings(max_examples=200, deadline=None)
@given(value=_TOML_VALUES | st.text(max_size=40).map(lambda t: '"' + t.replace("\\\\", "").replace('"', "") + '"'))
def test_probe_any_zone_gives_a_preset_or_a_preset_error(tmp_path_factory: pytest.TempPathFactory, value: str) -> None:
    path = tmp_path_factory.mktemp("zone") / "event.toml"
    path.write_text(f"time_zone = {value}\n", encoding="utf-8")
    try:
        preset = load_preset(path)
    except PresetError as exc:
        assert str(path) in exc.message
    else:
        assert preset.time_zone is None or is_time_zone(preset.time_zone)
