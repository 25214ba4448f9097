"""Participant profiles: kept in the config folder, never holding a secret, read back whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photowalk.profiles import (
    MAX_PROJECTS,
    ProfileBook,
    log_out_everyone,
    profiles_file,
    read_book,
    same_account,
    wiki_user,
    write_book,
)

WIKI = "https://commons.wikimedia.org/w/api.php"


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOWALK_CONFIG_DIR", str(tmp_path / "config"))


def test_profiles_are_kept_in_the_config_folder_and_read_back(tmp_path: Path) -> None:
    assert read_book().profiles == [] and read_book().active is None  # no file yet
    book = read_book()
    ann = book.add("  Ann   Smith ", language="tg")
    bob = book.add("Бобо", language="ru")
    book.set_account(ann.id, WIKI, "Ann@photowalk")
    book.add_project(ann.id, tmp_path / "a.photowalk")
    book.add_project(ann.id, tmp_path / "b.photowalk")
    book.add_project(ann.id, tmp_path / "a.photowalk")  # first again, not twice
    book.set_active(bob.id)
    write_book(book)
    assert profiles_file().parent == tmp_path / "config"
    again = read_book()
    assert [p.name for p in again.profiles] == ["Ann Smith", "Бобо"]
    assert again.active is not None and again.active.name == "Бобо" and again.active.language == "ru"
    a = again.get(ann.id)
    assert a is not None and (a.wiki, a.account, a.wiki_user) == (WIKI, "Ann@photowalk", "Ann")
    assert a.projects == (str(tmp_path / "a.photowalk"), str(tmp_path / "b.photowalk"))
    # Whose project a file is: the same file spelled another way counts.
    (tmp_path / "sub").mkdir()
    assert [p.name for p in again.owners(tmp_path / "sub" / ".." / "b.photowalk")] == ["Ann Smith"]
    assert again.owners(tmp_path / "c.photowalk") == []
    assert log_out_everyone() == 2 and read_book().active is None


def test_a_profile_never_holds_more_than_names(tmp_path: Path) -> None:
    book = ProfileBook()
    p = book.add("Ann")
    book.set_account(p.id, WIKI, "Ann@photowalk")
    write_book(book)
    stored = json.loads(profiles_file().read_text(encoding="utf-8"))
    assert set(stored["profiles"][0]) == {"id", "name", "wiki", "account", "language", "projects"}
    for _ in range(MAX_PROJECTS + 5):
        book.add_project(p.id, tmp_path / f"{_}.photowalk")
    assert len(book.profiles[0].projects) == MAX_PROJECTS
    with pytest.raises(ValueError):
        book.add("   ")
    with pytest.raises(KeyError):
        book.set_active("nobody")


@pytest.mark.parametrize("text", ["", "not json", "[]", '{"profiles": 3}', '{"profiles": [1, {"id": 2}]}'])
def test_a_damaged_profiles_file_reads_as_no_profiles(text: str) -> None:
    profiles_file().parent.mkdir(parents=True, exist_ok=True)
    profiles_file().write_text(text, encoding="utf-8")
    book = read_book()
    assert book.profiles == [] and book.active is None


def test_an_entry_of_a_damaged_file_is_dropped_and_the_rest_kept() -> None:
    profiles_file().parent.mkdir(parents=True, exist_ok=True)
    profiles_file().write_text(json.dumps({"active": "gone", "profiles": [
        {"id": "1", "name": "Ann", "projects": ["a", 5], "language": 3}, "junk", {"name": "no id"}]}), encoding="utf-8")
    book = read_book()
    assert [(p.name, p.projects, p.language) for p in book.profiles] == [("Ann", ("a",), "")]
    assert book.active is None  # the active id names no profile


def test_accounts_are_compared_as_the_wiki_names_them() -> None:
    assert wiki_user("Ann@photowalk") == "Ann" and wiki_user("Ann") == "Ann"
    assert same_account("Ann@photowalk", "Ann") and same_account("Ann_Smith@pw", "Ann Smith")
    assert not same_account("Ann@photowalk", "Bob") and not same_account(None, "Ann") and not same_account("", "")
