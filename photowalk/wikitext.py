"""The file description page, in the form Commons' UploadWizard writes it.

UploadWizard (mw.UploadWizardDetails.getWikiText) writes:

    =={{int:filedesc}}==
    {{Information
    |description={{tg|1=...}}{{ru|1=...}}
    |date=...
    |source={{own}}
    |author=[[User:Name|Name]]
    |permission=
    |other versions=
    }}
    {{Location|lat|lon|heading:D}}
    other information

    =={{int:license-header}}==
    {{self|cc-by-sa-4.0}}

    [[Category:...]]           (or {{subst:unc}} when there is none)

with `{{Object location|lat|lon}}` after `{{Location}}` when the subject's position is known (EXIF
GPSDest*), and no more than one empty line in a row. photowalk writes the date as
`{{Taken on|YYYY-MM-DD HH:MM|location=Country}}` (`source=EXIF` when it is the camera's, uncorrected),
which sorts the photo into Commons' "Photographs taken on ..." categories. The time carries its
offset (`10:30 UTC+5`, as Template:Taken on documents) when the camera wrote one or the project
names its time zone; a time read in the default zone is written without one.

Volunteers' text is plain text, not wikitext: `escape_text` makes every character that means
something to MediaWiki (| = { } [ ] < > & ~ '' __ and bidi controls) a numeric character
reference or `&lt;`/`&gt;`/`&amp;`, and each newline a `<br />`. MediaWiki decodes references
only after it has split templates and links, so the text shows exactly as typed and cannot end
the template it sits in. Only `extra_wikitext` (event templates) is written as wikitext, and
only when it is balanced (photowalk.wikimarkup): an unclosed comment or tag would hide the licence.

A photo that is someone else's work (photowalk.origin) gets the page UploadWizard writes for a
third-party work (uw.deed.ThirdParty): `source=` the source as typed, `author=` the author as typed,
and the licence section holds the chosen reason's template alone (`{{PD-old-70-expired}}`, not
`{{self|...}}`). Both are escaped like descriptions; a source that is a single web address stays a
link, with the few characters that could end it or the template percent-encoded.

`page_text` is the one function that makes a page: the window's preview, `photowalk wikitext`,
`upload --dry-run` and the upload itself all call it with the photo and the project's settings.
"""

from __future__ import annotations

import re

from photowalk.errors import PhotowalkError
from photowalk.fields import date_from_camera, date_part, effective_date, effective_location, effective_object_location
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import get_licence
from photowalk.names import category_problem, is_language, language_template, user_name_problem
from photowalk.origin import Origin, licence_template
from photowalk.photo import Photo
from photowalk.phototime import has_own_offset, parse_time, project_zone, utc_label
from photowalk.projectsettings import ProjectSettings
from photowalk.reasons import Reason, reason
from photowalk.text import normalize
from photowalk.wikimarkup import SECOND_INFORMATION, STRAY, markup_fault, page_fault


class WikitextError(PhotowalkError):
    code = "wikitext"
    template = QT_TRANSLATE_NOOP("errors", "The page for photo {id} cannot be written: {reason}")


class UnclosedWikitextError(WikitextError):
    code = "wikitext-unclosed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The page for photo {id} cannot be written: its extra wikitext has {what} that is never closed "
        "(line {line}), which would hide the licence and categories after it on Commons. Close it or remove it.",
    )


class StrayWikitextError(WikitextError):
    code = "wikitext-stray"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The page for photo {id} cannot be written: its extra wikitext has {what} with nothing to close "
        "(line {line}). Remove it.",
    )


_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "|": "&#124;",
    "=": "&#61;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "~": "&#126;",
}
_SPECIAL = re.compile(r"[&<>|={}\[\]~]|'(?=')|(?<=')'|_(?=_)|(?<=_)_|[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\n")
# Characters that start a list, indent, definition or rule at the start of a line.
_LINE_START = re.compile(r"(^|(?<=\n))[*#:;\-]")


def _reference(c: str) -> str:
    if c in _ENTITIES:
        return _ENTITIES[c]
    if c == "\n":
        return "<br />"
    return f"&#{ord(c)};" if c in "'_*#:;-" else f"&#x{ord(c):X};"


def escape_text(text: str) -> str:
    """Plain text as wikitext that shows exactly this text and is safe inside a template parameter."""
    text = normalize(text)
    # Line starts first (before newlines turn into <br />): `* a` must not become a list item.
    text = _LINE_START.sub(lambda m: m.group(1) + "\x00" + m.group()[-1], text)
    out = _SPECIAL.sub(lambda m: _reference(m.group()), text)
    return re.sub("\x00(.)", lambda m: _reference(m.group(1)), out)


def _coordinate(value: float) -> str:
    # Six decimals is about 10 cm: as precise as any camera, without float noise.
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _heading(value: float) -> str:
    return f"{round(value, 1) % 360:.1f}".rstrip("0").rstrip(".")


def description_wikitext(photo: Photo) -> str:
    """`{{tg|1=...}}{{ru|1=...}}...` for the photo's descriptions, Tajik first."""
    langs = sorted(photo.descriptions, key=lambda lang: lang != "tg")
    parts = []
    for lang in langs:
        text = normalize(photo.descriptions[lang])
        if not text:
            continue
        if not is_language(lang):
            raise WikitextError(id=photo.id, reason=reason(
                "language", QT_TRANSLATE_NOOP("errors", "\u201c{lang}\u201d is not a language code"), lang=lang))
        parts.append(f"{{{{{language_template(lang)}|1={escape_text(text)}}}}}")
    return "".join(parts)


def date_wikitext(photo: Photo, country: str | None = None, time_zone: str | None = None) -> str:
    """`{{Taken on|YYYY-MM-DD HH:MM|location=...}}` for a full date (the time where known); the plain
    date when only part is known. `time_zone`: the project's zone, named by the volunteer."""
    text = effective_date(photo)
    day = date_part(text)
    if not day:
        return ""
    if len(day) != 10:
        return day
    moment = parse_time(text, project_zone(time_zone))
    if moment is not None:
        day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"
        # An offset only where it is known, not the default zone's guess (a photo from elsewhere).
        if time_zone or has_own_offset(text):
            day += " " + utc_label(moment)
    params = [day]
    if country and normalize(country):
        params.append(f"location={escape_text(country)}")
    if date_from_camera(photo):
        params.append("source=EXIF")
    return "{{Taken on|" + "|".join(params) + "}}"


def author_wikitext(photo: Photo, default_author: str | None = None) -> str:
    """`[[User:Name|Attribution]]`; the uploading account (`{{subst:REVISIONUSER}}`) when no name is known."""
    user = photo.author or default_author
    # An empty label would be MediaWiki's "pipe trick", so a blank attribution shows the user name.
    attribution = escape_text(photo.attribution or "")
    if user:
        problem = user_name_problem(user)
        if problem:
            raise WikitextError(id=photo.id, reason=reason(
                "user-name", QT_TRANSLATE_NOOP("errors", "the user name \u201c{user}\u201d: {reason}"),
                user=user, reason=problem))
        return f"[[User:{user}|{attribution or escape_text(user)}]]"
    # Substituted when the page is saved, so it names whoever uploads.
    user_text = "{{subst:REVISIONUSER}}"
    return f"[[User:{user_text}|{attribution or user_text}]]"


# A web address as the whole source; characters that would end the link or the template, or sign the page
# (~~~), are percent-encoded, which a browser reads as the same address.
_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)
_URL_SPECIAL = re.compile(r"[|{}\[\]<>\"'~]|_(?=_)|(?<=_)_|[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def source_wikitext(source: str) -> str:
    """The source of someone else's photo: a web address as a link, anything else as plain text."""
    text = normalize(source)
    if _URL.fullmatch(text):
        # Percent-encoded as UTF-8 bytes, which is how a browser sends the character anyway.
        return _URL_SPECIAL.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), text)
    return escape_text(text)


def _third_party(photo: Photo, origin: Origin) -> tuple[dict[str, str], str]:
    """The {{Information}} fields photowalk writes differently for someone else's work, and the licence."""
    template = licence_template(origin)
    if template is None:
        raise WikitextError(id=photo.id, reason=Reason("no-origin-reason", QT_TRANSLATE_NOOP(
            "errors", "it is someone else's work and no reason why Commons may have it is chosen yet")))
    return {"source": source_wikitext(origin.source), "author": escape_text(origin.author)}, template


def location_wikitext(photo: Photo) -> str:
    """`{{Location|lat|lon|heading:D}}` where the camera stood; '' when the location is removed or unknown."""
    loc = effective_location(photo)
    if loc is None:
        return ""
    parts = ["{{Location", _coordinate(loc.lat), _coordinate(loc.lon)]
    if loc.heading is not None:
        parts.append("heading:" + _heading(loc.heading))
    return "|".join(parts) + "}}"


def object_location_wikitext(photo: Photo) -> str:
    """`{{Object location|lat|lon}}` where the subject is; '' when unknown or the location is removed."""
    loc = effective_object_location(photo)
    if loc is None:
        return ""
    return "{{Object location|" + _coordinate(loc.lat) + "|" + _coordinate(loc.lon) + "}}"


def categories_wikitext(photo: Photo) -> str:
    """One `[[Category:...]]` per line, or `{{subst:unc}}` (uncategorised) when there is none."""
    if not photo.categories:
        return "{{subst:unc}}"
    for name in photo.categories:
        problem = category_problem(name)
        if problem:
            raise WikitextError(id=photo.id, reason=reason(
                "category", QT_TRANSLATE_NOOP("errors", "the category \u201c{name}\u201d: {reason}"),
                name=name, reason=problem))
    return "\n".join(f"[[Category:{name}]]" for name in photo.categories)


def extra_wikitext(photo: Photo) -> str:
    """The photo's extra wikitext, checked; raises WikitextError (UnclosedWikitextError, ...) when it is unsafe."""
    extra = normalize(photo.extra_wikitext or "")
    fault = markup_fault(extra)
    if fault is not None and fault.kind == SECOND_INFORMATION:
        raise WikitextError(id=photo.id, reason=fault.reason)
    if fault is not None:
        error = StrayWikitextError if fault.kind == STRAY else UnclosedWikitextError
        raise error(id=photo.id, what=fault.what, line=fault.line)
    return extra


def page_text(photo: Photo, settings: ProjectSettings) -> str:
    """The whole description page for one photo, as the wiki will store it; raises WikitextError when
    it cannot be written (no licence, a name MediaWiki would rewrite, extra wikitext hiding the licence)."""
    origin = photo.origin
    if origin is not None:
        credit, licence_text = _third_party(photo, origin)
    else:
        code = photo.licence or settings.licence
        if not code:
            raise WikitextError(id=photo.id, reason=Reason("no-licence", QT_TRANSLATE_NOOP("errors", "it has no licence yet")))
        licence_text = get_licence(code).template
    info = {
        "description": description_wikitext(photo),
        "date": date_wikitext(photo, settings.country, settings.time_zone),
    }
    if origin is None:
        info.update(source="{{own}}", author=author_wikitext(photo, settings.author))
    else:
        if origin.year is not None and not photo.edit_date:
            # An old print's year, not when its copy was photographed, unless a date is typed.
            info["date"] = str(origin.year)
        info.update(credit)
    info.update({"permission": "", "other versions": ""})
    text = "=={{int:filedesc}}==\n{{Information\n"
    text += "".join(f"|{key}={value}\n" for key, value in info.items())
    text += "}}\n"
    text += location_wikitext(photo) + "\n"
    subject = object_location_wikitext(photo)
    if subject:
        text += subject + "\n"
    # From here on the page holds wikitext photowalk did not write (the extra wikitext).
    tail = extra_wikitext(photo) + "\n\n"
    tail += "\n=={{int:license-header}}==\n"
    tail += licence_text + "\n\n"
    tail += "\n" + categories_wikitext(photo)
    # The event's tracking categories are on every page, kept whatever the photo's own categories;
    # they do not make a photo categorised ({{subst:unc}} stays until it has a category of its own).
    tracking = [name for name in settings.tracking_categories if name not in photo.categories]
    tail += "".join(f"\n[[Category:{name}]]" for name in tracking)
    # Whatever the extra wikitext holds, the page must still show the licence and every category;
    # the part above is made of escaped values and templates photowalk closes itself.
    fault = page_fault(_blank_lines(tail), licence_text, (*photo.categories, *tracking), information=0)
    if fault:
        raise WikitextError(id=photo.id, reason=fault)
    # As MediaWiki stores a page (no trailing newline), so what is shown is exactly what is sent and kept.
    return _blank_lines(text + tail)


def _blank_lines(text: str) -> str:
    """No more than one empty line in a row, as UploadWizard writes pages."""
    return re.sub(r"\n{3,}", "\n\n", text)
