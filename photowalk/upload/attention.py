"""The wiki's upload warnings, each turned into a decision for the volunteer with a suggested action.

Warnings are never blanket-ignored: a photo the wiki warns about stops in needs-attention
until the volunteer renames it, skips it or chooses to upload it anyway. "Upload anyway" is
never possible over a taken title (state.NEVER_IGNORED): the only way on is another title.
"""

from __future__ import annotations

from typing import Any

from photowalk.errors import format_message
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.upload.state import Attention

RENAME = "rename"
SKIP = "skip"
UPLOAD_ANYWAY = "upload-anyway"

# code -> (suggested action, message template); the first code present in a warning set wins.
WARNINGS: dict[str, tuple[str, str]] = {
    "badfilename": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "The wiki does not accept the title {title} as it is (it suggests {value}). Give the photo another title.")),
    "bad-prefix": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "The title {title} starts like a camera's file name ({value}). Give the photo a descriptive title.")),
    "exists": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "Another picture already has the title {title} on the wiki. photowalk never uploads over "
                  "someone else's file: give this photo another title.")),
    "exists-normalized": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "A file with nearly the same title exists: {value}. Give this photo another title.")),
    "page-exists": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "A page called File:{title} exists already, though without a picture. Give the photo another title.")),
    "was-deleted": (RENAME, QT_TRANSLATE_NOOP(
        "errors", "A file called {title} was deleted from the wiki before. Read why in its deletion log; give this "
                  "photo another title, or upload anyway if the reason does not apply.")),
    "duplicate-archive": (SKIP, QT_TRANSLATE_NOOP(
        "errors", "This very picture was uploaded before as {value} and deleted. Read why in the deletion log before "
                  "uploading it again: skip it, or upload anyway.")),
    "duplicate": (SKIP, QT_TRANSLATE_NOOP(
        "errors", "This very picture is already on the wiki as {value}. Skip it.")),
    "nochange": (SKIP, QT_TRANSLATE_NOOP(
        "errors", "This very picture is already the current version of File:{title}. Skip it.")),
    "duplicateversions": (SKIP, QT_TRANSLATE_NOOP(
        "errors", "This very picture is an older version of File:{title}. Skip it.")),
    "filetype-unwanted-type": (SKIP, QT_TRANSLATE_NOOP(
        "errors", "The wiki discourages files of this type ({value}). Skip it, or upload anyway.")),
    "large-file": (UPLOAD_ANYWAY, QT_TRANSLATE_NOOP(
        "errors", "The wiki finds this file unusually large ({value} bytes). Upload anyway, or skip it.")),
}
_OTHER = (SKIP, QT_TRANSLATE_NOOP("errors", "The wiki warned about {title}: {code} ({value}). Skip it, or upload anyway."))


def describe_value(value: Any) -> str:
    """A warning's value (a name, a list of names, a mapping) as one line of text."""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


def attention_for(warnings: dict[str, Any], title: str, suggestion: str | None = None) -> Attention:
    """The decision a set of upload warnings asks for; `suggestion` is a free title to offer."""
    for code, (action, template) in WARNINGS.items():
        if code in warnings:
            value = warnings[code]
            return Attention(code, value, action, format_message(template, {"title": title, "value": describe_value(value)}),
                             suggestion)
    code, value = next(iter(warnings.items())) if warnings else ("unknown", "")
    action, template = _OTHER
    return Attention(code, value, action,
                     format_message(template, {"title": title, "code": code, "value": describe_value(value)}), suggestion)


def title_is_taken(warnings: dict[str, Any]) -> bool:
    """The warnings say the title (or one very like it) holds a file or page: another title is needed."""
    return bool({"exists", "exists-normalized", "page-exists", "duplicateversions", "was-deleted"} & set(warnings))
