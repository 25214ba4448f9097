"""Project settings: typed, read and written in one place, a damaged value read as unset."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings, update_settings


def test_settings_round_trip_and_unset(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "walk.photowalk", create=True) as store:
        assert read_settings(store) == ProjectSettings()
        got = update_settings(store, licence="cc-zero", languages=["tg", "ru"], description_prefix={"tg": "Сайругашт: "},
                              country=" Tajikistan ")
        assert got == ProjectSettings(licence="cc-zero", languages=("tg", "ru"), description_prefix={"tg": "Сайругашт: "},
                                      country="Tajikistan")
        assert got.prefix("tg") == "Сайругашт: " and got.prefix("ru") == ""
        assert store.setting("languages") == ["tg", "ru"]  # the same keys and JSON as before
        assert update_settings(store, languages=None, country="").languages == ()
        assert store.setting("languages") is None and store.setting("country") is None
        with pytest.raises(TypeError):
            update_settings(store, licenze="cc-zero")


def test_values_of_the_wrong_type_read_as_unset(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "walk.photowalk", create=True) as store:
        with store.transaction() as c:  # a hand-edited or damaged file
            c.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", [
                ("licence", "42"), ("languages", '"tg"'), ("description_prefix", '["x"]'), ("author", "not json"),
                ("place", '"Dushanbe"'), ("upload.chunk_size", "1024"),
            ])
        assert read_settings(store) == ProjectSettings(place="Dushanbe")
