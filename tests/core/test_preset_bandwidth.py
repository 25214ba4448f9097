"""The event preset's bandwidth_cap: checked when read, filling the project's cap unless one is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.bandwidth import KEY, parse_bandwidth
from photowalk.presets import PresetFieldError, apply_preset, load_preset, preview_preset, redo_preset, undo_preset
from photowalk.project import ProjectStore


def preset(tmp_path: Path, value: str) -> Path:
    p = tmp_path / "event.toml"
    p.write_text(f'name = "Walk"\nbandwidth_cap = {value}\n', encoding="utf-8")
    return p


@pytest.mark.parametrize(("value", "rate"), [('"4 Mbit/s"', 500_000), ("2", 250_000), ('"512 KiB/s"', 524_288)])
def test_preset_sets_the_cap(tmp_path: Path, value: str, rate: int) -> None:
    p = load_preset(preset(tmp_path, value))
    with ProjectStore.open(tmp_path / "w.photowalk", create=True) as store:
        assert "bandwidth_cap" in preview_preset(store, p).settings and store.setting(KEY) is None
        result = apply_preset(store, p)
        assert "bandwidth_cap" in result.settings
        assert parse_bandwidth(store.setting(KEY)) == rate
        assert result.edit is not None  # one undo step takes the cap back with the rest, and redo sets it again
        undo_preset(store, result.edit)
        assert store.setting(KEY) is None
        redo_preset(store, result.edit)
        assert parse_bandwidth(store.setting(KEY)) == rate


def test_preset_keeps_a_cap_already_set(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "w.photowalk", create=True) as store:
        store.set_setting(KEY, "1 Mbit/s")
        result = apply_preset(store, load_preset(preset(tmp_path, '"8 Mbit/s"')))
        assert store.setting(KEY) == "1 Mbit/s"
        assert "bandwidth_cap" not in result.settings


def test_bad_cap_names_the_field(tmp_path: Path) -> None:
    with pytest.raises(PresetFieldError) as info:
        load_preset(preset(tmp_path, '"fast"'))
    assert info.value.params["field"] == "bandwidth_cap"
