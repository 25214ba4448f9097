"""Reading a wiki's JSON answers: the shape photowalk expects, or one typed error.

Every place that reads an answer goes through `Reply`: a part of the wrong type (a list where an
object belongs, text where a number belongs, a missing member that must be there) raises
NotUnderstood naming where, never a TypeError or KeyError; texts come out cleaned and short
(`safetext`), except page text, which is compared byte for byte and never shown.
"""

from __future__ import annotations

import math
from typing import Any

from photowalk.upload.errors import NotUnderstood
from photowalk.upload.safetext import INFO_LIMIT, clean_text, clean_value

# What action=upload may answer; anything else is not understood.
UPLOAD_RESULTS = frozenset({"Success", "Warning", "Continue", "Poll"})
FILEKEY_LIMIT = 255


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "empty" if value is None else type(value).__name__


class Reply:
    """One object of an answer; `where` names it in errors ("upload.imageinfo")."""

    def __init__(self, data: object, where: str = "answer") -> None:
        if not isinstance(data, dict):
            raise NotUnderstood(what=f"{where} is {_kind(data)}, not an object")
        self.data: dict[str, Any] = data
        self.where = where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where != "answer" else key

    def _wrong(self, key: str, wanted: str) -> NotUnderstood:
        return NotUnderstood(what=f"{self._path(key)} is {_kind(self.data.get(key))}, not {wanted}")

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def part(self, key: str) -> Reply:
        """A member that must be an object."""
        if key not in self.data:
            raise NotUnderstood(what=f"{self._path(key)} is missing")
        return Reply(self.data[key], self._path(key))

    def opt_part(self, key: str) -> Reply | None:
        """A member that is an object, or absent."""
        return Reply(self.data[key], self._path(key)) if self.has(key) else None

    def part_or_empty(self, key: str) -> Reply:
        """A member that is an object; absent reads as an empty one."""
        return self.opt_part(key) or Reply({}, self._path(key))

    def parts(self, key: str) -> list[Reply]:
        """A member that is a list of objects; absent reads as an empty list."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong(key, "a list")
        return [Reply(v, f"{self._path(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str, *, limit: int = INFO_LIMIT) -> str | None:
        """A text member (a number is taken as its text), cleaned to show or store; None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self._wrong(key, "text")
        return clean_text(str(value), limit)

    def required_text(self, key: str, *, limit: int = INFO_LIMIT) -> str:
        value = self.text(key, limit=limit)
        if value is None:
            raise NotUnderstood(what=f"{self._path(key)} is missing")
        return value

    def raw_text(self, key: str) -> str | None:
        """A text member exactly as sent (page text to compare, never to show)."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._wrong(key, "text")
        return value

    def number(self, key: str) -> int | None:
        """A whole number (or its digits as text, as old wikis send them); None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 30:
            return int(value)
        raise self._wrong(key, "a whole number")

    def real(self, key: str) -> float | None:
        """A finite number (or its text); None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        try:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)) or len(str(value)) > 30:
                raise ValueError
            number = float(value)
        except ValueError:
            raise self._wrong(key, "a number") from None
        if not math.isfinite(number):
            raise self._wrong(key, "a number")
        return number

    def flag(self, key: str) -> bool:
        """A true/false member: formatversion 2 sends true, formatversion 1 an empty text."""
        value = self.data.get(key, False)
        return value is not False and value is not None

    def value(self, key: str) -> Any:
        """Any member, cleaned and kept small, to show or store (a warning's detail)."""
        return clean_value(self.data.get(key))


def query_part(answer: dict[str, Any]) -> Reply:
    """The `query` object of an action=query answer (empty when the wiki found nothing)."""
    return Reply(answer).part_or_empty("query")


def first_page(answer: dict[str, Any]) -> Reply:
    """The first page of an action=query answer that asked about titles."""
    pages = query_part(answer).parts("pages")
    if not pages:
        raise NotUnderstood(what="query.pages is empty")
    return pages[0]


def upload_part(answer: dict[str, Any]) -> dict[str, Any]:
    """The `upload` object of an action=upload answer, checked and cleaned: result, and where sent,
    filekey, offset, warnings (a mapping of cleaned values) and imageinfo (sha1, size)."""
    up = Reply(answer).part("upload")
    result = up.required_text("result")
    if result not in UPLOAD_RESULTS:
        raise NotUnderstood(what=f"upload.result is {result}")
    out: dict[str, Any] = {"result": result}
    filekey = up.text("filekey", limit=FILEKEY_LIMIT)
    if filekey:
        out["filekey"] = filekey
    offset = up.number("offset")
    if offset is not None:
        out["offset"] = offset
    warnings = up.opt_part("warnings")
    if warnings is not None:
        out["warnings"] = clean_value(warnings.data)
    info = up.opt_part("imageinfo")
    if info is not None:
        out["imageinfo"] = {"sha1": info.text("sha1"), "size": info.number("size")}
    return out
