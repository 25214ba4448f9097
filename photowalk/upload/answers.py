"""Reading a wiki's JSON answers: the shape photowalk expects, or one typed error.

Every place that reads an answer goes through `Reply`: a part of the wrong type (a list where an
object belongs, text where a number belongs, a missing member that must be there) raises
NotUnderstood naming where, never a TypeError or KeyError; texts come out cleaned and short
(`safetext`), except page text, which is compared byte for byte and never shown.
"""

from __future__ import annotations

import math
from typing import Any

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.upload.errors import NotUnderstood
from photowalk.upload.safetext import INFO_LIMIT, clean_text, clean_value

# What action=upload may answer; anything else is not understood.
UPLOAD_RESULTS = frozenset({"Success", "Warning", "Continue", "Poll"})
FILEKEY_LIMIT = 255


# What a part of an answer is, or should be.
OBJECT = Reason("object", QT_TRANSLATE_NOOP("errors", "an object"))
LIST = Reason("list", QT_TRANSLATE_NOOP("errors", "a list"))
TEXT = Reason("text", QT_TRANSLATE_NOOP("errors", "text"))
FLAG = Reason("flag", QT_TRANSLATE_NOOP("errors", "true or false"))
NUMBER = Reason("number", QT_TRANSLATE_NOOP("errors", "a number"))
WHOLE_NUMBER = Reason("whole-number", QT_TRANSLATE_NOOP("errors", "a whole number"))
EMPTY = Reason("empty", QT_TRANSLATE_NOOP("errors", "empty"))


def _kind(value: object) -> Reason | str:
    if isinstance(value, dict):
        return OBJECT
    if isinstance(value, list):
        return LIST
    if isinstance(value, str):
        return TEXT
    if isinstance(value, bool):
        return FLAG
    if isinstance(value, (int, float)):
        return NUMBER
    return EMPTY if value is None else type(value).__name__


def _not(where: str, value: object, wanted: Reason) -> NotUnderstood:
    return NotUnderstood(what=reason("wrong-kind", QT_TRANSLATE_NOOP("errors", "{where} is {kind}, not {wanted}"),
                                     where=where, kind=_kind(value), wanted=wanted))


def _missing(where: str) -> NotUnderstood:
    return NotUnderstood(what=reason("missing", QT_TRANSLATE_NOOP("errors", "{where} is missing"), where=where))


def unexpected(where: str, value: object) -> Reason:
    """A part of an answer holding a value photowalk does not know (`value` is the wiki's, cleaned)."""
    return reason("unexpected", QT_TRANSLATE_NOOP("errors", "{where} is {value}"), where=where,
                  value=clean_text(str(value), 100))


class Reply:
    """One object of an answer; `where` names it in errors ("upload.imageinfo")."""

    def __init__(self, data: object, where: str = "answer") -> None:
        if not isinstance(data, dict):
            raise _not(where, data, OBJECT)
        self.data: dict[str, Any] = data
        self.where = where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where != "answer" else key

    def _wrong(self, key: str, wanted: Reason) -> NotUnderstood:
        return _not(self._path(key), self.data.get(key), wanted)

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def part(self, key: str) -> Reply:
        """A member that must be an object."""
        if key not in self.data:
            raise _missing(self._path(key))
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
            raise self._wrong(key, LIST)
        return [Reply(v, f"{self._path(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str, *, limit: int = INFO_LIMIT) -> str | None:
        """A text member (a number is taken as its text), cleaned to show or store; None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self._wrong(key, TEXT)
        return clean_text(str(value), limit)

    def required_text(self, key: str, *, limit: int = INFO_LIMIT) -> str:
        value = self.text(key, limit=limit)
        if value is None:
            raise _missing(self._path(key))
        return value

    def raw_text(self, key: str) -> str | None:
        """A text member exactly as sent (page text to compare, never to show)."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._wrong(key, TEXT)
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
        raise self._wrong(key, WHOLE_NUMBER)

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
            raise self._wrong(key, NUMBER) from None
        if not math.isfinite(number):
            raise self._wrong(key, NUMBER)
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
        raise NotUnderstood(what=reason("empty-part", QT_TRANSLATE_NOOP("errors", "{where} is empty"), where="query.pages"))
    return pages[0]


def upload_part(answer: dict[str, Any]) -> dict[str, Any]:
    """The `upload` object of an action=upload answer, checked and cleaned: result, and where sent,
    filekey, offset, warnings (a mapping of cleaned values) and imageinfo (sha1, size)."""
    up = Reply(answer).part("upload")
    result = up.required_text("result")
    if result not in UPLOAD_RESULTS:
        raise NotUnderstood(what=unexpected("upload.result", result))
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
