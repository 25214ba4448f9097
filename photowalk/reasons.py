"""A stored reason: a stable code, an English template marked for translation, and its parameters.

Why a photo cannot be uploaded, why a file was skipped, why a page cannot be written: every such
reason keeps its template unfilled, so the window shows it in the volunteer's language long after
it was made (photowalk.ui.i18n.core_text), and the command line and the logs show `message`.
A parameter may itself be a Reason (translated with its own parameters); values (file names,
titles, numbers, the wiki's own texts) stay as they are.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from photowalk.pathtext import shown

# The key that marks a reason in JSON (a project column, the worker protocol, an upload row).
MARK = "$reason"
# The code of a reason read from an older project, where it was stored as its English text.
STORED_TEXT = "stored-text"
_FORMATTER = string.Formatter()


class _Typed(Protocol):
    """A typed error (photowalk.errors.PhotowalkError), without importing it."""

    code: str
    template: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Reason:
    """Why something happened: `template` is marked QT_TRANSLATE_NOOP(context, ...) with `{name}`
    placeholders that `params` fill. context "" is a reason from an older project: its context
    is unknown, so the window looks the text up in each context the core uses."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    context: str = "errors"

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 is stored and shown with replacement characters.
        object.__setattr__(self, "params", {str(k): _value(v) for k, v in dict(self.params).items()})

    @property
    def message(self) -> str:
        """The English text with its parameters (and theirs) filled in: for logs and the command line."""
        return format_message(self.template, self.params)

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, exc: _Typed) -> Reason:
        """A typed error as a reason, to quote inside another message."""
        return cls(exc.code, exc.template, dict(exc.params))

    def to_json(self) -> dict[str, Any]:
        return {MARK: self.code, "template": self.template, "params": params_to_json(self.params),
                "context": self.context}

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Reason:
        return cls(str(obj[MARK]), str(obj.get("template", "")), params_from_json(obj.get("params") or {}),
                   str(obj.get("context", "errors")))

    def dumps(self) -> str:
        """The form a project column holds."""
        return json.dumps(self.to_json(), ensure_ascii=False)

    @classmethod
    def loads(cls, text: str | None) -> Reason | None:
        """A stored reason; text that is not one (an older project's English text) reads as a reason
        whose template is that text, so it still shows, translated where it is a known template."""
        if not text:
            return None
        if text.startswith("{"):
            try:
                obj = json.loads(text)
            except ValueError:
                obj = None
            if is_reason_json(obj):
                return cls.from_json(obj)
        return cls(STORED_TEXT, text, {}, "")


def reason(code: str, template: str, context: str = "errors", /, **params: Any) -> Reason:
    """A reason with its parameters given by name: reason("not-an-image", TEMPLATE, "import", ext="jpg")."""
    return Reason(code, template, params, context)


def as_reason(value: Any, code: str = "reason", context: str = "errors") -> Reason:
    """A Reason as it is; a marked template (or any other text) as a reason without parameters."""
    return value if isinstance(value, Reason) else Reason(code, str(value), {}, context)


def is_reason_json(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get(MARK), str) and isinstance(obj.get("template"), str)


def params_to_json(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters as JSON values: a nested reason as its marked object."""
    return {k: v.to_json() if isinstance(v, Reason) else v for k, v in params.items()}


def params_from_json(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters read back: marked objects become reasons again."""
    return {str(k): Reason.from_json(v) if is_reason_json(v) else v for k, v in params.items()}


def format_message(template: str, params: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders (a reason by its English message); a missing parameter, or a
    placeholder that is not a plain name (`{a.b}`, `{0}`), leaves the template as it is."""
    try:
        names = [name for _text, name, _spec, _conv in _FORMATTER.parse(template) if name is not None]
        if not all(name.isidentifier() and name in params for name in names):
            return template
        return template.format(**{k: v.message if isinstance(v, Reason) else v for k, v in params.items()})
    except ValueError:  # unbalanced braces, or a format the value does not take
        return template


def _value(v: Any) -> Any:
    if isinstance(v, (Reason, bool, int, float)) or v is None:
        return v
    return shown(v) if isinstance(v, str) else shown(str(v))
