"""The command line's language: every message it prints, through the window's catalogues.

Messages are written `CommandLine.tr("English with {name}", name=...)`, or for a count
`CommandLine.tr("%n photo(s)", "", n)`: pyside6-lupdate collects both into the .ts files under
the context "CommandLine" (the second as a plural message), like the window's own `tr()`.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import Any

from photowalk.catalogue import Catalogue, language_from
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, format_message

CONTEXT = "CommandLine"

_catalogue: Catalogue | None = None


def use_language(choice: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Speak `choice` (--lang), else the environment's language; returns the language in effect."""
    global _catalogue
    _catalogue = Catalogue.load(language_from(choice, os.environ if environ is None else environ))
    return _catalogue.language


def catalogue() -> Catalogue:
    """The catalogue in effect (the environment's language until `use_language` chose one)."""
    if _catalogue is None:
        use_language()
    assert _catalogue is not None
    return _catalogue


class CommandLine:
    """The name pyside6-lupdate takes as the context of the messages marked `CommandLine.tr(...)`."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int | None = None, **params: Any) -> str:
        """`text` in the language in effect, with `{name}` placeholders filled after translation."""
        translated = catalogue().translate(CONTEXT, text, n)
        return format_message(translated, params) if params else translated


def core_text(context: str, template: str, params: Mapping[str, Any] | None = None) -> str:
    """A core message template (an error's, a problem's) in the language in effect."""
    return catalogue().core_text(context, template, params)


def reason_text(reason: Reason) -> str:
    """A stored reason in the language in effect."""
    return catalogue().reason_text(reason)


def error_text(exc: Any) -> str:
    """A typed error (PhotowalkError, or a Problem-like value with template and params) in the language in effect."""
    return core_text(getattr(exc, "context", "errors"), exc.template, exc.params)


# argparse's own words (Python 3.11's texts), marked so the .ts files carry them under "CommandLine".
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("CommandLine", "usage: "),
    QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
    QT_TRANSLATE_NOOP("CommandLine", "options"),
    QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLine", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
)
# argparse's one plural: "expected %s argument(s)" for an option taking a fixed number of values.
ARGPARSE_PLURAL = QT_TRANSLATE_NOOP("CommandLine", "expected %n argument(s)", None, 1)


def _argparse_gettext(text: str) -> str:
    return catalogue().translate(CONTEXT, text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        # argparse fills "%s" with the count after this returns.
        return catalogue().plural_form(CONTEXT, ARGPARSE_PLURAL, n).replace("%n", "%s")
    return singular if n == 1 else plural


def translate_argparse() -> None:
    """Let argparse say "usage:", "options", its errors ... in the language in effect.

    argparse looks its words up through the module's gettext names `_` and `ngettext` when it
    needs them; these are pointed at the catalogue.
    """
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]
