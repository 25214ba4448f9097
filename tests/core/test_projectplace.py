"""Where a new project is suggested: the volunteer's own folders, never the card; named after the event or the day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from photowalk.filenames import MAX_NAME_BYTES
from photowalk.projectplace import suggested_folder, suggested_name

DAY = date(2025, 5, 11)


def test_a_new_project_is_named_after_the_event_or_the_day() -> None:
    assert suggested_name(None, DAY) == "Photowalk 2025-05-11.photowalk"
    assert suggested_name("", DAY) == "Photowalk 2025-05-11.photowalk"
    assert suggested_name("Wiki Loves Earth 2025: Ҳисор", DAY) == "Wiki Loves Earth 2025 Ҳисор.photowalk"
    assert suggested_name('Душанбе / "Боғи Рӯдакӣ"?', DAY) == "Душанбе Боғи Рӯдакӣ.photowalk"
    assert suggested_name(" ..\x00\n.. ", DAY) == "Photowalk 2025-05-11.photowalk"  # nothing left of it
    long = suggested_name("Д" * 300, DAY)
    assert long.endswith(".photowalk") and long.startswith("ДДД") and len(long.encode()) <= MAX_NAME_BYTES


def test_the_folder_is_the_volunteers_own_never_the_card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, card = tmp_path / "home", tmp_path / "media" / "CANON"
    pictures, documents = home / "Pictures", home / "Documents"
    for folder in (documents, card / "DCIM"):
        folder.mkdir(parents=True)
    # Pictures does not exist on this computer: Documents.
    assert suggested_folder([pictures, documents], [card / "DCIM"], home) == documents
    pictures.mkdir()
    assert suggested_folder([pictures, documents], [card / "DCIM"], home) == pictures
    # The folder a project was saved in before is first, unless it is on the card or in the imported folder.
    assert suggested_folder([card / "DCIM" / "100CANON", pictures], [card / "DCIM"], home) == pictures
    walks = home / "walks"
    walks.mkdir()
    assert suggested_folder([walks, pictures], [card / "DCIM"], home) == walks
    assert suggested_folder([Path(""), tmp_path / "gone", pictures], [Path("")], home) == pictures
    # A folder holding the imported one is fine on a local disk (Pictures holding a copy of the card)...
    assert suggested_folder([home, pictures], [walks], home) == home
    # ...but memory sticks, cards and network folders are never suggested (every drive taken as one here).
    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "1")
    assert suggested_folder([walks, pictures, documents], [], home) == home
