"""Participants sharing one computer: a profile each (name, wiki and account, interface language, own
projects), kept in the user's config folder, never in a project file, and never holding a secret.

A profile names its account only; the password or browser login of that account is in the keyring,
filed under (wiki, account) as for any login, and only the active profile's entry is ever read.
"""

from __future__ import annotations

import errno
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from photowalk.errors import DiskFullError
from photowalk.paths import config_dir
from photowalk.private import write_private

MAX_PROJECTS = 30  # a participant's own projects listed on the start page
NAME_LIMIT = 80


@dataclass(frozen=True)
class Profile:
    """One participant on this computer."""

    id: str
    name: str
    wiki: str = ""  # the API URL of the wiki the account is on; "" until the first login
    account: str = ""  # the login name (a bot password's Name@app, or the wiki user name)
    language: str = ""  # the interface language; "" follows the computer's
    projects: tuple[str, ...] = ()  # the participant's own project files, newest first

    @property
    def wiki_user(self) -> str:
        """The account as the wiki names it (a bot password's Name@app is the user Name)."""
        return wiki_user(self.account)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "wiki": self.wiki, "account": self.account,
                "language": self.language, "projects": list(self.projects)}

    @classmethod
    def from_json(cls, d: Any) -> Profile | None:
        """A profile read back; None for an entry that is not one (a hand-edited or damaged file)."""
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not isinstance(d.get("name"), str):
            return None
        projects = d.get("projects")
        return cls(d["id"], d["name"][:NAME_LIMIT], _text(d.get("wiki")), _text(d.get("account")),
                   _text(d.get("language")),
                   tuple(p for p in projects if isinstance(p, str)) if isinstance(projects, list) else ())


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def wiki_user(account: str) -> str:
    """The wiki's user name of a login name: the part before '@' (a user name cannot hold '@')."""
    return account.split("@", 1)[0].strip()


def same_account(a: str | None, b: str | None) -> bool:
    """Whether two login or user names are one wiki account (Ann@photowalk and Ann are)."""
    return bool(a and b) and wiki_user(a or "").replace("_", " ") == wiki_user(b or "").replace("_", " ")


@dataclass
class ProfileBook:
    """Every profile on this computer, and which one is active (None: nobody chose yet, or logged out)."""

    profiles: list[Profile] = field(default_factory=list)
    active_id: str | None = None

    @property
    def active(self) -> Profile | None:
        return self.get(self.active_id) if self.active_id else None

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def add(self, name: str, *, language: str = "", wiki: str = "", account: str = "") -> Profile:
        """A new participant (not made active)."""
        name = " ".join(name.split())[:NAME_LIMIT]
        if not name:
            raise ValueError("a profile needs a name")
        profile = Profile(uuid.uuid4().hex, name, wiki, account, language)
        self.profiles.append(profile)
        return profile

    def put(self, profile: Profile) -> None:
        """Replace the profile with the same id."""
        self.profiles = [profile if p.id == profile.id else p for p in self.profiles]

    def remove(self, profile_id: str) -> None:
        self.profiles = [p for p in self.profiles if p.id != profile_id]
        if self.active_id == profile_id:
            self.active_id = None

    def set_active(self, profile_id: str | None) -> Profile | None:
        if profile_id is not None and self.get(profile_id) is None:
            raise KeyError(profile_id)
        self.active_id = profile_id
        return self.active

    def set_account(self, profile_id: str, wiki: str, account: str) -> Profile:
        """The account a participant logged in with (the name only: the secret is the keyring's)."""
        profile = self._required(profile_id)
        profile = replace(profile, wiki=wiki, account=account)
        self.put(profile)
        return profile

    def add_project(self, profile_id: str, path: str | Path) -> Profile:
        """Put a project first in the participant's own list."""
        profile = self._required(profile_id)
        text = str(path)
        profile = replace(profile, projects=(text, *(p for p in profile.projects if p != text))[:MAX_PROJECTS])
        self.put(profile)
        return profile

    def remove_projects(self, profile_id: str, paths: Iterable[str]) -> None:
        gone = set(paths)
        profile = self._required(profile_id)
        self.put(replace(profile, projects=tuple(p for p in profile.projects if p not in gone)))

    def owners(self, path: str | Path) -> list[Profile]:
        """The profiles that list this project as their own."""
        key = _path_key(path)
        return [p for p in self.profiles if any(_path_key(q) == key for q in p.projects)]

    def accounts(self) -> list[tuple[str, str]]:
        """Every (wiki, account) a profile names, for the end of an event."""
        return [(p.wiki, p.account) for p in self.profiles if p.wiki and p.account]

    def _required(self, profile_id: str) -> Profile:
        profile = self.get(profile_id)
        if profile is None:
            raise KeyError(profile_id)
        return profile

    def to_json(self) -> dict[str, Any]:
        return {"version": 1, "active": self.active_id, "profiles": [p.to_json() for p in self.profiles]}


def _path_key(path: str | Path) -> str:
    """A project's path compared as the file it names (a relative or unresolved spelling is the same file)."""
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError):
        return str(path)


def profiles_file() -> Path:
    return config_dir() / "profiles.json"


def read_book() -> ProfileBook:
    """The profiles on this computer; none when the file is missing or unreadable."""
    try:
        data = json.loads(profiles_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ProfileBook()
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
        return ProfileBook()
    profiles = [p for p in map(Profile.from_json, data["profiles"]) if p is not None]
    book = ProfileBook(profiles)
    active = data.get("active")
    if isinstance(active, str) and book.get(active) is not None:
        book.active_id = active
    return book


def write_book(book: ProfileBook) -> None:
    """Write the profiles (readable by this user only)."""
    path = profiles_file()
    try:
        write_private(path, json.dumps(book.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(path=str(path.parent)) from exc
        raise


def forget_everyone() -> int:
    """Remove every participant of this computer (names, accounts, project lists); how many there were.
    Their project files stay where they are."""
    count = len(read_book().profiles)
    profiles_file().unlink(missing_ok=True)
    return count


def log_out_everyone() -> int:
    """Nobody is active any more (the end of an event); how many profiles there are."""
    book = read_book()
    book.active_id = None
    if profiles_file().exists():
        write_book(book)
    return len(book.profiles)
