"""Whose photo is it: the volunteer's own work (the default), or someone else's, with the author, the
source and the reason Commons may host it.

A photo of an old family print or a friend's photo is not the volunteer's own work. Commons' Upload
Wizard asks for such a work's source, its author and a licence or public-domain reason, and writes
them into {{Information}} and the licence section (uw.deed.ThirdParty). photowalk offers a short list
of those reasons, each a template that exists on Commons, as the Upload Wizard on Commons offers it for
third-party works, with what each needs (the year the author died, the year the photo was made or
first published). Only these are offered: a friend's photo that is not already published under a
free licence needs the friend's own permission, sent to Commons' Volunteer Response Team (VRT), or
the friend uploads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.problems import Problem, error
from photowalk.text import normalize

# What a reason needs besides author and source.
DEATH_YEAR = "death_year"  # the year the author died
YEAR = "year"  # the year the photo was made or first published

# Commons needs a work to be free both in its country and in the United States. In the US a work
# published more than 95 years ago is free (on 1 January 2026: published in 1930 or before).
US_PUBLISHED_YEARS = 95
# Life + 70 years: the term runs to the end of the 70th calendar year after the author's death.
AFTER_DEATH_YEARS = 70
# Template:PD-old-assumed: made more than 120 years ago, author unknown.
ASSUMED_YEARS = 120
EARLIEST_YEAR = 1800  # no photograph, print or author of one is older


@dataclass(frozen=True)
class Origin:
    """A photo that is someone else's work. Fields are as typed; empty until the volunteer fills them."""

    author: str = ""
    source: str = ""  # a web address, or a description ("family album, printed 1965")
    reason: str = ""  # a key of REASONS; "" until one is chosen
    death_year: int | None = None
    year: int | None = None  # made or first published

    def to_json(self) -> dict[str, object]:
        """The form `list --json` prints."""
        return {"own_work": False, "author": self.author, "source": self.source, "reason": self.reason,
                "death_year": self.death_year, "year": self.year}


@dataclass(frozen=True)
class OriginReason:
    """One reason Commons accepts a third-party work: the licence section's wikitext and what it needs."""

    key: str
    template: str  # the wikitext of the licence section, as the Upload Wizard writes it
    name: str  # short label, marked QT_TRANSLATE_NOOP("origins", ...)
    explanation: str  # one or two plain sentences, marked QT_TRANSLATE_NOOP("origins", ...)
    needs: tuple[str, ...] = ()


_FRIEND = QT_TRANSLATE_NOOP(
    "origins",
    "A friend's photo that is not published under this licence needs the friend's own permission, sent by "
    "e-mail to Commons' volunteer team (permissions-commons@wikimedia.org), or the friend uploads it.",
)

REASONS: dict[str, OriginReason] = {
    r.key: r
    for r in (
        OriginReason(
            "cc-by-sa-4.0", "{{cc-by-sa-4.0}}",
            QT_TRANSLATE_NOOP("origins", "The author published it under CC BY-SA 4.0"),
            QT_TRANSLATE_NOOP(
                "origins",
                "The author put the photo under CC BY-SA 4.0 where it was published; the source must show it.",
            ),
        ),
        OriginReason(
            "cc-by-4.0", "{{cc-by-4.0}}",
            QT_TRANSLATE_NOOP("origins", "The author published it under CC BY 4.0"),
            QT_TRANSLATE_NOOP(
                "origins",
                "The author put the photo under CC BY 4.0 where it was published; the source must show it.",
            ),
        ),
        OriginReason(
            "cc-zero", "{{cc-zero}}",
            QT_TRANSLATE_NOOP("origins", "The author gave up all rights (CC0)"),
            QT_TRANSLATE_NOOP(
                "origins",
                "The author published the photo under CC0, giving up all rights; the source must show it.",
            ),
        ),
        OriginReason(
            "pd-old-70-expired", "{{PD-old-70-expired}}",
            QT_TRANSLATE_NOOP("origins", "Old: the author died more than 70 years ago"),
            QT_TRANSLATE_NOOP(
                "origins",
                "Public domain: the photographer died more than 70 years ago and the photo was published more "
                "than 95 years ago. Type the year the author died and the year the photo was first published.",
            ),
            (DEATH_YEAR, YEAR),
        ),
        OriginReason(
            "pd-old-assumed-expired", "{{PD-old-assumed-expired}}",
            QT_TRANSLATE_NOOP("origins", "Very old: made more than 120 years ago, author unknown"),
            QT_TRANSLATE_NOOP(
                "origins",
                "Public domain: the photo was made more than 120 years ago and nobody knows who made it or when "
                "they died. Type the year it was made; as author type what is known (e.g. \u201cunknown\u201d).",
            ),
            (YEAR,),
        ),
    )
}


class UnknownOriginReasonError(PhotowalkError):
    code = "unknown-origin-reason"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{reason}\u201d is not a reason photowalk knows; use one of {known}.")


class InvalidYearError(PhotowalkError):
    code = "invalid-year"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{year}\u201d is not a year; write it with four digits, e.g. 1948.")


def reason_keys() -> list[str]:
    """The reasons in the order they are offered."""
    return list(REASONS)


def friend_note() -> str:
    """The plain note about a friend's photo (marked in context "origins")."""
    return _FRIEND


def normalize_reason(key: str) -> str:
    """The catalogue key for a typed reason (`CC-BY-SA-4.0`, `{{PD-old-70-expired}}`); "" stays ""."""
    text = key.strip().strip("{}").strip().lower().replace("_", "-").replace(" ", "-")
    if not text:
        return ""
    if text == "cc0":
        text = "cc-zero"
    if text not in REASONS:
        raise UnknownOriginReasonError(reason=key.strip(), known=", ".join(REASONS))
    return text


def parse_year(value: str | int | None) -> int | None:
    """A year as typed (None or "" for none); InvalidYearError unless it is four digits."""
    if value is None or isinstance(value, int):
        return value
    text = normalize(value)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        raise InvalidYearError(year=text)
    return int(text)


def make_origin(author: str | None = None, source: str | None = None, reason: str | None = None,
                death_year: str | int | None = None, year: str | int | None = None) -> Origin:
    """An Origin from typed values: text NFC-normalised and trimmed, the reason and years checked."""
    return Origin(
        author=normalize(author or ""), source=normalize(source or ""), reason=normalize_reason(reason or ""),
        death_year=parse_year(death_year), year=parse_year(year),
    )


def origin_problems(origin: Origin, this_year: int) -> list[Problem]:
    """What is missing or wrong in a third-party photo's origin, each naming what to type (errors)."""
    problems = []
    if not origin.author:
        problems.append(error("origin-no-author", QT_TRANSLATE_NOOP(
            "checks",
            "This photo is someone else's work, but its author is not given: type who took it (or \u201cunknown\u201d).",
        )))
    if not origin.source:
        problems.append(error("origin-no-source", QT_TRANSLATE_NOOP(
            "checks",
            "This photo is someone else's work, but its source is not given: type where it comes from, a web "
            "address or e.g. \u201cfamily album, printed 1965\u201d.",
        )))
    if not origin.reason:
        problems.append(error("origin-no-reason", QT_TRANSLATE_NOOP(
            "checks",
            "This photo is someone else's work: choose why Commons may have it (the author's free licence, or why "
            "it is in the public domain).",
        )))
        return problems
    reason = REASONS.get(origin.reason)
    if reason is None:
        problems.append(error("origin-unknown-reason", QT_TRANSLATE_NOOP(
            "checks", "\u201c{reason}\u201d is not a reason photowalk knows; choose one of {known}."),
            reason=origin.reason, known=", ".join(REASONS)))
        return problems
    template = reason.template
    for value in (origin.death_year, origin.year):
        if value is not None and not EARLIEST_YEAR <= value <= this_year:
            problems.append(error("origin-year-impossible", QT_TRANSLATE_NOOP(
                "checks", "The year {year} cannot be right for this photo: type a year from {earliest} to {now}."),
                year=value, earliest=EARLIEST_YEAR, now=this_year))
            return problems
    if DEATH_YEAR in reason.needs:
        latest = this_year - AFTER_DEATH_YEARS - 1
        if origin.death_year is None:
            problems.append(error("origin-no-death-year", QT_TRANSLATE_NOOP(
                "checks", "{tag} needs the year the author died: type it."), tag=template))
        elif origin.death_year > latest:
            problems.append(error("origin-died-too-recently", QT_TRANSLATE_NOOP(
                "checks",
                "{tag} is only for an author who died in {latest} or earlier; this author died in {year}, "
                "so the photo is not in the public domain yet. It needs the permission of whoever holds the rights.",
            ), tag=template, latest=latest, year=origin.death_year))
    if YEAR in reason.needs:
        years = ASSUMED_YEARS if reason.key == "pd-old-assumed-expired" else US_PUBLISHED_YEARS
        latest = this_year - years - 1
        if origin.year is None:
            problems.append(error("origin-no-year", QT_TRANSLATE_NOOP(
                "checks", "{tag} needs the year the photo was made or first published: type it."),
                tag=template))
        elif origin.year > latest:
            problems.append(error("origin-too-recent", QT_TRANSLATE_NOOP(
                "checks",
                "{tag} is only for a photo from {latest} or earlier; this one is from {year}. Choose another "
                "reason, or do not upload it.",
            ), tag=template, latest=latest, year=origin.year))
    return problems


def licence_template(origin: Origin) -> str | None:
    """The licence section's wikitext for a third-party photo, or None when no known reason is chosen."""
    reason = REASONS.get(origin.reason)
    return reason.template if reason is not None else None
