"""Event hashtags: "#WLTJ2025" at the end of every upload comment and edit summary, which the
Programs & Events Dashboard and the hashtag tools count an event's contributions by."""

from __future__ import annotations

import re
from collections.abc import Iterable

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.text import normalize

# The hashtag tools read "#" and a run of letters, digits and "_" in a summary; a tag of digits
# only ("#2025") is not counted by them, and a summary has room for a short tag only.
MAX_HASHTAG = 50
_TAG = re.compile(r"#?(\w+)")


class InvalidHashtagError(PhotowalkError):
    code = "hashtag"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "\u201c{tag}\u201d is not a hashtag the event tools count: write # and then letters, digits or _ "
        "(at most {max}, not only digits), like #WLTJ2025",
    )


def normalize_hashtag(text: str) -> str:
    """A hashtag as it goes into summaries ("wltj2025" -> "#wltj2025"); InvalidHashtagError otherwise."""
    tag = normalize(text)
    match = _TAG.fullmatch(tag)
    body = match[1] if match is not None else ""
    if not body or len(body) > MAX_HASHTAG or body.isdigit() or not any(c.isalnum() for c in body):
        raise InvalidHashtagError(tag=tag, max=MAX_HASHTAG)
    return "#" + body


def with_hashtags(summary: str, tags: Iterable[str]) -> str:
    """The summary with the event's hashtags after it (each once; one already in it is not repeated)."""
    words = set(summary.split())
    extra = [t for t in dict.fromkeys(tags) if t not in words]
    return " ".join([summary, *extra]) if extra else summary
