"""A problem found with a photo: a stable code, how serious it is, and an English message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from photowalk.errors import PhotowalkError, format_message
from photowalk.pathtext import shown_params

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding; errors block the upload, warnings only inform.

    `template` is English with `{name}` placeholders, marked QT_TRANSLATE_NOOP(context, ...):
    "checks" for the checks' findings, "errors" for a typed error turned into a problem; the UI
    translates it in that context and fills in `params`.
    """

    code: str
    severity: Severity
    template: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    suggestion: str | None = None
    context: str = field(default="checks", compare=False)

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        return format_message(self.template, self.params)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_json(self) -> dict[str, Any]:
        """The form `check --json` and `list --json` print."""
        obj: dict[str, Any] = {"code": self.code, "severity": self.severity, "message": self.message}
        if self.suggestion is not None:
            obj["suggestion"] = self.suggestion
        return obj


def error(code: str, template: str, suggestion: str | None = None, **params: Any) -> Problem:
    return Problem(code, "error", template, shown_params(params), suggestion)


def from_error(exc: PhotowalkError) -> Problem:
    """A typed error (e.g. from making the page text) as a blocking problem, translated like errors."""
    return Problem(exc.code, "error", exc.template, dict(exc.params), context="errors")


def warning(code: str, template: str, suggestion: str | None = None, **params: Any) -> Problem:
    return Problem(code, "warning", template, shown_params(params), suggestion)


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when any problem blocks the upload."""
    return any(p.is_error for p in problems)
