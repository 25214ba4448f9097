"""The window's translations without Qt, for the command line: one JSON catalogue per language.

`scripts/update-translations` writes `resources/i18n/photowalk_LANG.json` from the window's .ts
files ({context: {source: translation}}, a plural's translation being the list of its forms), so
the window and the command line say the same thing from one source.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from photowalk.reasons import Reason, format_message
from photowalk.resourcepaths import i18n_dir

# Languages with a catalogue, as the window offers them.
LANGUAGES = ("tg", "ru", "en")

# Contexts the core marks message templates and reasons with (QT_TRANSLATE_NOOP).
PARAM_CONTEXTS = ("errors", "import", "checks", "scan", "camera")

Entries = Mapping[str, Mapping[str, "str | list[str]"]]


def _two_forms(n: int) -> int:
    return 0 if n == 1 else 1


def _russian(n: int) -> int:
    # Qt's numerus rule for Russian: 1, 21, 101 ...; 2-4, 22-24 ...; the rest (5-20, 11-14, 0 ...).
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


# Which plural form a count takes, by language (as the .ts files have them: tg 2, ru 3, en 2).
PLURAL_RULES: dict[str, Callable[[int], int]] = {"tg": _two_forms, "ru": _russian, "en": _two_forms}


class Catalogue:
    """One language's translations; what is missing is said in English."""

    def __init__(self, language: str, entries: Entries, english: Entries | None = None) -> None:
        self.language = language
        self._entries = entries
        self._english = english if english is not None else {}
        self._rule = PLURAL_RULES.get(language, _two_forms)

    @classmethod
    def load(cls, language: str, folder: Path | None = None) -> Catalogue:
        """The catalogue of `language` (English for a language photowalk has none of)."""
        folder = folder or i18n_dir()
        lang = language if language in LANGUAGES else "en"
        english = _read(folder / "photowalk_en.json")
        return cls(lang, english if lang == "en" else _read(folder / f"photowalk_{lang}.json"), english)

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        """`text` of `context` in this language; with a count `n`, the plural form for it (%n is n)."""
        if n is None:
            found = self._entries.get(context, {}).get(text)
            return found if isinstance(found, str) else text
        return self.plural_form(context, text, n).replace("%n", str(n))

    def plural_form(self, context: str, text: str, n: int) -> str:
        """The form of the plural message `text` that `n` takes, its %n not yet filled."""
        found, rule = self._entries.get(context, {}).get(text), self._rule
        if not isinstance(found, list):
            found, rule = self._english.get(context, {}).get(text), _two_forms
        if isinstance(found, list) and found:
            return found[min(rule(abs(n)), len(found) - 1)]
        return text

    def core_text(self, context: str, template: str, params: Mapping[str, Any] | None = None) -> str:
        """A core message template translated in `context`, its parameters filled in (as the window's
        `core_text`): parameters that are reasons or marked templates are translated too."""
        text = self.translate(context, template) if context else self._any_context(template)
        filled = {k: self._param_text(v) for k, v in (params or {}).items()}
        return format_message(text, filled)

    def reason_text(self, reason: Reason) -> str:
        """A stored reason in this language."""
        return self.core_text(reason.context, reason.template, reason.params)

    def _param_text(self, value: Any) -> Any:
        if isinstance(value, Reason):
            return self.reason_text(value)
        if not isinstance(value, str):
            return value
        return self._any_context(value)

    def _any_context(self, text: str) -> str:
        for context in PARAM_CONTEXTS:
            translated = self.translate(context, text)
            if translated != text:
                return translated
        return text


@cache
def _read(path: Path) -> Entries:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # A bundle without its catalogue still speaks: English.
        return {}
    return data if isinstance(data, dict) else {}


def language_from(choice: str | None, environ: Mapping[str, str]) -> str:
    """The language to speak: `choice` (--lang) if given, else the first one the environment asks for
    that photowalk has (LANGUAGE's list, then LC_ALL, LC_MESSAGES or LANG, as gettext reads them),
    else English."""
    if choice:
        return _code(choice) if _code(choice) in LANGUAGES else "en"
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    # gettext ignores LANGUAGE under the C locale; a terminal with no locale set asks for nothing.
    if environ.get("LANGUAGE") and _code(locale) not in ("c", "posix"):
        for name in environ["LANGUAGE"].split(":"):
            if _code(name) in LANGUAGES:
                return _code(name)
    return _code(locale) if _code(locale) in LANGUAGES else "en"


def _code(name: str) -> str:
    """"ru_RU.UTF-8", "tg-TJ", "ru@euro" -> "ru"."""
    return name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
