"""Commons file names: patterns that make them, and the checks Commons applies to them.

A title is stored as the volunteer typed it, with or without the extension; `file_name()` gives
the name that will be uploaded (the right extension added when missing). Nothing here changes a
stored title: problems come with a suggested fix, and the volunteer decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.fields import date_part, effective_date
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.names import ENCODED, ILLEGAL_TITLE_CHARS, INVISIBLE_CHARS, SIGNATURE
from photowalk.photo import FileKind, Photo
from photowalk.problems import Problem, error, warning
from photowalk.reasons import Reason, reason
from photowalk.scan import MEDIA_EXTENSIONS
from photowalk.text import normalize

# The `img_name` column is 255 bytes; Commons keeps 15 for prefixes (Commons:File naming).
MAX_TITLE_BYTES = 240
# UploadWizard refuses shorter names (its minTitleLength); Commons itself does not.
MIN_STEM_CHARS = 5
# $wgIllegalFileChars: legal in page names but not in file names.
ILLEGAL_FILE_CHARS = frozenset(":/\\")
ILLEGAL_CHARS = ILLEGAL_TITLE_CHARS | ILLEGAL_FILE_CHARS

KNOWN_EXTENSIONS = MEDIA_EXTENSIONS | {"svg", "pdf", "ogg", "oga", "ogv", "djvu", "stl", "jpe"}

# Sequences MediaWiki reads as markup or encoding, so a title holding them is refused: the Title
# rules every page name follows (names.title_problem), and '' (bold or italic in the page).
_MARKUP = re.compile(r"''|" + SIGNATURE.pattern + "|" + ENCODED.pattern)
_THUMBNAIL = re.compile(r"^(?:\d+px-)+", re.I)

# Offline copy of the camera-name entries of Commons' MediaWiki:Titleblacklist
# (errmsg=senselessimagename), as UploadWizard's mw.QuickTitleChecker carries them; matched
# case-insensitively, as TitleBlacklist does, against the name without extension, with `_` read
# as a space (so DSC_0001 and DCP_4385 match `DSC.[\d\s]+` and `DCP[\d\s]+`).
COMMONS_CAMERA_NAMES: tuple[str, ...] = (
    r"DCP[\d\s]+",  # Kodak
    r"DSC.[\d\s]+",  # Design rule for Camera File system (Nikon, Fuji, Polaroid)
    r"MVC-?[\d\s]+",  # Sony Mavica
    r"P[\dA-F][\d\s]+",  # Olympus, Kodak, Panasonic
    r"I?MG[P_]?[\d\s]+",  # Canon, Pentax
    r"1\d+-\d+([_\s]IMG)?",  # Canon (Commons writes `_IMG`; titles are matched with spaces)
    r"(IM|EX)[\d\s]+",  # HP Photosmart
    r"DC[\d\s]+[SML]",  # Kodak
    r"PIC[T_]?[\d\s]+",  # Minolta
    r"PANA[\d\s]+",  # Panasonic
    r"DUW[\d\s]+",  # some mobile phones
    r"CIMG[\d\s]+",  # Casio
    r"JD[\d\s]+",  # Jenoptik
    r"SDC[\d\s]+",  # Samsung
    r"DVC[\d\s]+",  # DoCoMo
    r"SANY[\d\s]+",  # Sanyo
)
# Default names of cameras and phones the copy above misses; photowalk refuses them too, since
# nobody can find a photo by them and Commons renames such files (file renaming criterion 2).
EXTRA_CAMERA_NAMES: tuple[str, ...] = (
    r"MVC-?\d+[A-Z]?",  # Sony Mavica stills (MVC-005S)
    r"HPIM\s?\d+",  # HP Photosmart
    r"EPSN\s?\d+",  # Epson
    r"(CRW|MVI|SAM|DJI|GOPR|GH|GX)\s?\d+",  # Canon RAW, Canon movie, Samsung, DJI, GoPro
    r"(IMG|VID|PXL|MVIMG|PANO)\s?\d{8}\s?\d{6,9}(\s?\w+)?",  # Android and Pixel phones
    r"\d{8}\s\d{6}(\(\d+\))?",  # Samsung phones
    r"WhatsApp (Image|Video) \d{4}-\d{2}-\d{2} at [\d.]+( \(\d+\))?",
    r"[\d\s().-]+",  # nothing but numbers
)
_CAMERA_NAME = re.compile(
    "^(?:" + "|".join(f"(?:{p})" for p in COMMONS_CAMERA_NAMES + EXTRA_CAMERA_NAMES) + ")$", re.I
)

PLACEHOLDERS = ("description", "place", "event", "date", "year", "n", "name")
_PLACEHOLDER = re.compile(r"\{(?P<name>[a-z]+)(?::(?P<width>\d{1,2}))?\}")


# Why a pattern cannot be filled in: a value the whole batch shares is not set.
_UNSET = {
    "place": QT_TRANSLATE_NOOP("errors", "it uses {placeholder} but no place is set"),
    "event": QT_TRANSLATE_NOOP("errors", "it uses {placeholder} but no event is set"),
}


class TitlePatternError(PhotowalkError):
    code = "title-pattern"
    template = QT_TRANSLATE_NOOP("errors", "The title pattern \u201c{pattern}\u201d cannot be used: {reason}")


# -- file names ------------------------------------------------------------------------------


def extension_of(name: str) -> str:
    """The last extension of a name, lower case, without the dot; '' when there is none."""
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem and " " not in ext else ""


def file_name(title: str, kind: FileKind) -> str:
    """The name uploaded for a title: the title itself when it ends in a right extension, else with one."""
    if not kind.extensions or extension_of(title) in kind.extensions:
        return title
    return f"{title}.{kind.extensions[0]}"


def title_bytes(title: str | None, kind: FileKind) -> int:
    """How many of the MAX_TITLE_BYTES the file name made from `title` uses (0 for no title)."""
    if title is None or not title.strip():
        return 0
    # surrogatepass: a lone surrogate pasted from elsewhere is counted, not an exception.
    return len(file_name(title, kind).encode("utf-8", "surrogatepass"))


def split_name(name: str, kind: FileKind) -> tuple[str, str]:
    """(stem, extension) of a file name; the extension only when it is one of the kind's."""
    ext = extension_of(name)
    if ext and ext in kind.extensions:
        return name[: -len(ext) - 1], name[-len(ext) :]
    return name, ""


def title_key(name: str) -> str:
    """What two names must share to be the same page: `_` is a space, first letter capitalised,
    and the extension's case and jpeg/jpg spelling ignored (Commons warns `exists-normalized`)."""
    text = re.sub(r"[ _]+", " ", normalize(name)).strip()
    stem, dot, ext = text.rpartition(".")
    if dot and stem and ext.lower() in KNOWN_EXTENSIONS:
        ext = {"jpeg": "jpg", "jpe": "jpg", "tiff": "tif"}.get(ext.lower(), ext.lower())
        text = f"{stem}.{ext}"
    first = text[:1].upper()
    return (first if len(first) == 1 else text[:1]) + text[1:]


def is_camera_name(stem: str) -> bool:
    """True for a name a camera or phone gives a file (DSC_0001, IMG_1234, P1000123, ...)."""
    return bool(_CAMERA_NAME.match(re.sub(r"[ _]+", " ", stem).strip()))


# -- validation ------------------------------------------------------------------------------


def validate_title(title: str | None, kind: FileKind) -> list[Problem]:
    """Everything Commons would refuse or change in this title, each with a suggested fix."""
    if title is None or not title.strip():
        return [error(
            "title-missing",
            QT_TRANSLATE_NOOP("checks", "There is no title: the file name on Commons must say what the photo shows."),
        )]
    problems: list[Problem] = []
    fix = suggest_fix(title, kind)
    suggestion = fix if fix and fix != title else None

    bad = sorted({c for c in title if c in ILLEGAL_CHARS})
    if bad:
        problems.append(error(
            "title-illegal-chars",
            QT_TRANSLATE_NOOP("checks", "The title contains {chars}; Commons does not allow these in file names."),
            suggestion, chars=" ".join(bad),
        ))
    if INVISIBLE_CHARS.search(title) or "\n" in title or "\t" in title:
        problems.append(error(
            "title-invisible-chars",
            QT_TRANSLATE_NOOP(
                "checks",
                "The title contains invisible or unusual characters (odd spaces, control, text-direction or private-use characters).",
            ),
            suggestion,
        ))
    markup = _MARKUP.search(title)
    if markup:
        problems.append(error(
            "title-markup",
            QT_TRANSLATE_NOOP("checks", "The title contains \u201c{text}\u201d, which MediaWiki reads as markup."),
            suggestion, text=markup.group(),
        ))

    name = file_name(title, kind)
    size = title_bytes(title, kind)
    if size > MAX_TITLE_BYTES:
        problems.append(error(
            "title-too-long",
            QT_TRANSLATE_NOOP(
                "checks",
                "The file name is {bytes} bytes long; Commons allows {max} (Tajik and Russian letters take 2 bytes each).",
            ),
            suggestion, bytes=size, max=MAX_TITLE_BYTES,
        ))

    ext = extension_of(title)
    wrong_extension = bool(kind.extensions) and ext in KNOWN_EXTENSIONS and ext not in kind.extensions
    if wrong_extension:
        problems.append(error(
            "title-wrong-extension",
            QT_TRANSLATE_NOOP("checks", "The title ends in .{ext} but the file is a {kind} image; use .{expected}."),
            suggestion, ext=ext, kind=kind.value.upper(), expected=kind.extensions[0],
        ))
    stem, _ = split_name(name, kind)
    inner = extension_of(stem)
    if wrong_extension:
        stem = stem[: -len(ext) - 1]
    elif inner in KNOWN_EXTENSIONS:
        problems.append(error(
            "title-double-extension",
            QT_TRANSLATE_NOOP("checks", "The title has two extensions (.{first}.{second}); keep only one."),
            suggestion, first=inner, second=extension_of(name),
        ))
        stem = stem[: -len(inner) - 1]
    if _THUMBNAIL.match(stem):
        problems.append(error(
            "title-thumbnail",
            QT_TRANSLATE_NOOP("checks", "Commons refuses titles that start like a thumbnail name (\u201c120px-\u201d)."),
            suggestion,
        ))
    if is_camera_name(stem):
        problems.append(error(
            "title-camera-name",
            QT_TRANSLATE_NOOP(
                "checks",
                "\u201c{name}\u201d is the name the camera gave the file; Commons refuses such names. Say what the photo shows.",
            ),
            None, name=stem,
        ))
    elif len(stem.strip(" _")) < MIN_STEM_CHARS:
        problems.append(warning(
            "title-too-short",
            QT_TRANSLATE_NOOP("checks", "The title is very short; Commons asks for a name that describes the photo."),
        ))
    if re.search(r"^[ _]|[ _]$|[ _]{2}", stem):
        problems.append(warning(
            "title-spaces",
            QT_TRANSLATE_NOOP("checks", "Commons will remove the extra spaces or underscores in the title."),
            suggestion,
        ))
    return problems


# -- fixes -----------------------------------------------------------------------------------

_ILLEGAL_RUN = re.compile(r"(?:\s*[" + re.escape("".join(sorted(ILLEGAL_CHARS))) + r"])+\s*")
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t\n]")


def _clean(text: str) -> str:
    """Text made legal for a file name: odd spaces become spaces, invisibles go, illegal chars become '-'."""
    text = _ODD_SPACES.sub(" ", normalize(text))
    text = INVISIBLE_CHARS.sub("", text)
    text = _ILLEGAL_RUN.sub(lambda m: " - " if re.search(r"\s", m.group()) else "-", text)
    text = re.sub(r"''+", "'", text)
    text = re.sub(r"~{3,}", "~", text)
    text = re.sub(r"%(?=[0-9A-Fa-f]{2})", "% ", text)
    text = re.sub(r"&(?=[A-Za-z0-9\x80-\uffff]+;)", "& ", text)
    # A lone `_` is a space to MediaWiki, so it stays as typed; runs collapse as MediaWiki would.
    text = re.sub(r"[ _]{2,}| _|_ ", " ", text)
    return text.strip(" _")


def _fit(stem: str, ext: str, limit: int = MAX_TITLE_BYTES) -> str:
    """`stem` cut (at a word end where possible) so that `stem.ext` fits in `limit` bytes."""
    room = limit - len(ext.encode("utf-8")) - 1
    if len(stem.encode("utf-8")) <= room:
        return stem
    cut = stem.encode("utf-8")[:room].decode("utf-8", "ignore")
    word_end = cut.rfind(" ")
    if word_end > len(cut) // 2:
        cut = cut[:word_end]
    return cut.rstrip(" -.,")


def _strip_extensions(stem: str) -> str:
    while extension_of(stem) in KNOWN_EXTENSIONS:
        stem = stem[: -len(extension_of(stem)) - 1].rstrip(" -.")
    return stem


def _fix_stem(stem: str) -> str:
    """Clean a stem until nothing more changes (one fix can uncover another: `12px-a.jpg#`)."""
    while True:
        fixed = _strip_extensions(_THUMBNAIL.sub("", _clean(stem)))
        if fixed == stem:
            return fixed
        stem = fixed


def suggest_fix(title: str | None, kind: FileKind, *, hint: str | None = None) -> str:
    """A title Commons would accept, as close to `title` as possible; a suggestion, never applied here.

    `hint` (e.g. the description) is put in front of a camera-made or empty name.
    """
    raw = normalize(title or "")
    ext = extension_of(raw)
    keep_ext = ext in kind.extensions
    stem = _fix_stem(raw[: -len(ext) - 1] if ext in KNOWN_EXTENSIONS else raw)
    if hint is not None and (not stem or is_camera_name(stem)):
        stem = _fix_stem(f"{hint} {stem}")
    ext_text = raw[-len(ext) :] if keep_ext else (kind.extensions[0] if kind.extensions else "")
    if not stem:
        return ""
    stem = _fix_stem(_fit(stem, ext_text) if ext_text else _fit(stem, "", MAX_TITLE_BYTES + 1))
    return f"{stem}.{ext_text}" if ext_text else stem


_NUMBERED = re.compile(r"^(?P<stem>.*?) \((?P<n>\d{1,6})\)$")


def numbered_titles(name: str, kind: FileKind, count: int = 20) -> list[str]:
    """`count` variants of a file name with a number added, as make_titles numbers clashes:
    "Bogh.jpg" gives "Bogh (2).jpg", "Bogh (3).jpg", ...; "Bogh (2).jpg" goes on from (3)."""
    stem, ext = split_name(name, kind)
    ext = ext or (kind.extensions[0] if kind.extensions else "")
    start = 2
    m = _NUMBERED.match(stem)
    if m and m["stem"].strip():
        stem, start = m["stem"], int(m["n"]) + 1
    out = []
    for n in range(start, start + count):
        tail = f" ({n})"
        fitted = _fit(stem, ext, MAX_TITLE_BYTES - len(tail)) if ext else _fit(stem, "", MAX_TITLE_BYTES + 1 - len(tail))
        out.append(f"{fitted}{tail}.{ext}" if ext else f"{fitted}{tail}")
    return out


# -- patterns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    text: str
    parts: tuple[tuple[str, str | None, int], ...]  # (literal, placeholder or None, width)

    @property
    def names(self) -> set[str]:
        return {name for _, name, _ in self.parts if name}


def parse_pattern(pattern: str) -> _Pattern:
    """Check a title pattern; raises TitlePatternError naming the problem."""
    parts: list[tuple[str, str | None, int]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        name = m["name"]
        if name not in PLACEHOLDERS:
            raise TitlePatternError(pattern=pattern, reason=reason(
                "not-a-placeholder", QT_TRANSLATE_NOOP("errors", "{name} is not a placeholder (use {known})"),
                name="{" + name + "}", known=", ".join("{" + p + "}" for p in PLACEHOLDERS),
            ))
        parts.append((pattern[pos : m.start()], name, int(m["width"] or 0)))
        pos = m.end()
    parts.append((pattern[pos:], None, 0))
    literal = "".join(p[0] for p in parts)
    bad = sorted({c for c in literal if c in ILLEGAL_CHARS})
    if bad:
        raise TitlePatternError(pattern=pattern, reason=reason(
            "illegal-chars", QT_TRANSLATE_NOOP("errors", "file names cannot contain {chars} (a placeholder is {example})"),
            chars=" ".join(bad), example="{name}",
        ))
    if not any(name for _, name, _ in parts):
        raise TitlePatternError(pattern=pattern, reason=Reason("no-placeholder", QT_TRANSLATE_NOOP(
            "errors", "it has no placeholder, so every photo would get the same title")))
    return _Pattern(pattern, tuple(parts))


def _description(photo: Photo, lang: str | None, prefixes: Mapping[str, str] | None = None) -> str | None:
    """The description a title uses, without the event's prefix (it is the same on every photo)."""
    order = [lang] if lang else []
    order += ["tg", *photo.descriptions]
    for code in order:
        text = photo.descriptions.get(code) or ""
        prefix = (prefixes or {}).get(code, "").strip()
        if prefix and text.startswith(prefix) and text[len(prefix) :].strip():
            text = text[len(prefix) :].strip()
        if text:
            return text
    return None


def missing_values(photo: Photo, pattern: str, *, lang: str | None = None) -> list[str]:
    """The placeholders of `pattern` this photo has no value for (description, date)."""
    names = parse_pattern(pattern).names
    missing = []
    if "description" in names and not _description(photo, lang):
        missing.append("description")
    if names & {"date", "year"} and not date_part(effective_date(photo)):
        missing.append("date")
    return missing


def make_titles(
    photos: Sequence[Photo],
    pattern: str,
    *,
    place: str | None = None,
    event: str | None = None,
    lang: str | None = None,
    existing: Iterable[str] = (),
    description_prefix: Mapping[str, str] | None = None,
) -> dict[int, str]:
    """Titles from a pattern for these photos (in their order), unique among themselves and `existing`.

    Placeholders: {description} (in `lang`, else Tajik, else the first), {place}, {event},
    {date} (YYYY-MM-DD taken), {year}, {n} (1, 2, ...; `{n:3}` gives 001) and {name} (the
    original file name without extension). Values are cleaned for file names and a long
    description is shortened to fit 240 bytes. A photo missing a value (no description, no date)
    gets no title; `missing_values()` says why. A clash gets " (2)", " (3)", ... added.
    `description_prefix` (per language) is left out of {description}.
    """
    parsed = parse_pattern(pattern)
    batch = {"place": place, "event": event}
    for name in ("place", "event"):
        if name in parsed.names and not (batch[name] and _clean(batch[name] or "")):
            raise TitlePatternError(pattern=pattern, reason=reason(f"no-{name}", _UNSET[name], placeholder="{" + name + "}"))
    taken = {title_key(t) for t in existing}
    titles: dict[int, str] = {}
    for n, photo in enumerate(photos, start=1):
        if missing_values(photo, pattern, lang=lang) or not photo.kind.extensions:
            continue
        day = date_part(effective_date(photo)) or ""
        values = {
            "place": _clean(place or ""),
            "event": _clean(event or ""),
            "date": day,
            "year": day[:4],
            "name": _clean(photo.file_name.rsplit(".", 1)[0]),
            "description": _clean(_description(photo, lang, description_prefix) or ""),
        }
        ext = photo.kind.extensions[0]

        def render(values: dict[str, str], n: int = n) -> str:
            out = []
            for literal, name, width in parsed.parts:
                out.append(literal)
                if name == "n":
                    out.append(str(n).zfill(width))
                elif name:
                    out.append(values[name])
            return _clean("".join(out))

        stem = render(values)
        over = len(f"{stem}.{ext}".encode()) - MAX_TITLE_BYTES
        if over > 0 and values["description"]:
            keep = len(values["description"].encode("utf-8")) - over
            values["description"] = _fit(values["description"], "", max(keep, 1) + 1)
            stem = render(values)
        stem = _fit(stem, ext)
        title = f"{stem}.{ext}"
        suffix = 2
        while title_key(title) in taken:
            tail = f" ({suffix})"
            title = f"{_fit(stem, ext, MAX_TITLE_BYTES - len(tail))}{tail}.{ext}"
            suffix += 1
        taken.add(title_key(title))
        titles[photo.id] = title
    return titles
