"""Wiki names a volunteer types: category names, user names and language codes, as MediaWiki reads them."""

from __future__ import annotations

import re

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.text import normalize

# Characters no page name may contain ($wgLegalTitleChars leaves these out).
ILLEGAL_TITLE_CHARS = frozenset("#<>[]|{}")
# Invisible or look-alike characters Commons' MediaWiki:Titleblacklist refuses in every title.
INVISIBLE_CHARS = re.compile(
    "[\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"  # odd spaces
    "\u202a-\u202e\u2066-\u2069"  # bidi overrides and isolates
    "\ufeff\u00ad"  # byte order mark, soft hyphen
    "\x00-\x1f\x7f-\x9f"  # control characters
    "\ud800-\udfff\ue000-\uf8ff\ufff0-\uffff"  # surrogates, private use, specials
    "\U00010000-\U0010ffff]"  # outside the BMP: Commons refuses these in titles
)

# Commons's language templates that differ from the ISO code (UploadWizard's languageTemplateFixups).
LANGUAGE_TEMPLATE_FIXUPS = {"tl": "tgl"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


class InvalidNameError(PhotowalkError):
    code = "invalid-name"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{name}\u201d cannot be used: {reason}")


class InvalidCategoryError(InvalidNameError):
    code = "invalid-category"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{name}\u201d is not a possible category name: {reason}")


class InvalidUserNameError(InvalidNameError):
    code = "invalid-user-name"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{name}\u201d is not a possible Commons user name: {reason}")


class InvalidLanguageError(InvalidNameError):
    code = "invalid-language"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{name}\u201d is not a language code; use a code such as tg, ru or en."
    )


def _page_name(text: str) -> str:
    """Spaces as MediaWiki stores them: `_` is a space, runs collapse, first letter capitalised."""
    text = re.sub(r"[ _]+", " ", normalize(text)).strip()
    first = text[:1].upper()
    # MediaWiki keeps a letter whose capital is two letters (ß) as it is.
    return (first if len(first) == 1 else text[:1]) + text[1:]


# MediaWiki's Title rules (MediaWikiTitleCodec::splitTitleString) refuse these in any page name:
# percent-encoded bytes and character references (links decode them, so the name would mean
# another page), and three tildes (a signature, replaced when the page is saved).
ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|&[A-Za-z0-9\x80-\U0010ffff]+;|&#[0-9]+;|&#[xX][0-9A-Fa-f]+;")
SIGNATURE = re.compile(r"~{3,}")
# `.`/`..` path segments: MediaWiki refuses the name (title-invalid-relative).
_RELATIVE = re.compile(r"^\.\.?(?:/|$)|/\.\.?(?:/|$)")
# Namespaces of Commons (canonical names and aliases): a category named `User:X` or `Category:X`
# is a typing mistake, never the category meant.
NAMESPACES = frozenset(
    n.casefold()
    for base in (
        "Media", "Special", "User", "Project", "Commons", "COM", "File", "Image", "MediaWiki", "Template",
        "Help", "Category", "Creator", "TimedText", "Institution", "Module", "Translations", "Campaign",
        "Gadget", "Gadget definition", "Data", "Topic",
    )
    for n in (base, f"{base} talk")
) | {"talk"}


def title_problem(name: str, *, extra_illegal: str = "", namespace_prefix: bool = False) -> Reason | None:
    """Why MediaWiki would refuse or rewrite this page name (without its namespace), or None.

    The one check for every name photowalk writes into a link: categories, user names. `name`
    is as stored (see _page_name); `extra_illegal` adds characters this kind of name may not
    hold; `namespace_prefix` refuses a name that starts with a namespace (`User:X`).
    """
    if not name:
        return Reason("empty", QT_TRANSLATE_NOOP("errors", "it is empty"))
    if name.startswith(":"):
        return Reason("colon", QT_TRANSLATE_NOOP("errors", "it starts with a colon"))
    bad = sorted({c for c in name if c in ILLEGAL_TITLE_CHARS or c in extra_illegal})
    if bad:
        return reason("illegal-chars", QT_TRANSLATE_NOOP("errors", "it contains {chars}"), chars=" ".join(bad))
    if "\ufffd" in name:
        # What text that could not be decoded became; MediaWiki refuses it (title-invalid-utf8).
        return Reason("undecoded", QT_TRANSLATE_NOOP("errors", "it contains \ufffd, a character that could not be read"))
    if INVISIBLE_CHARS.search(name) or "\n" in name or "\t" in name:
        return Reason("invisible", QT_TRANSLATE_NOOP("errors", "it contains invisible or control characters"))
    found = SIGNATURE.search(name)
    if found:
        return reason("signature", QT_TRANSLATE_NOOP(
            "errors", "it contains {text}, which MediaWiki replaces with a signature"), text=found.group())
    found = ENCODED.search(name)
    if found:
        return reason("encoded", QT_TRANSLATE_NOOP(
            "errors", "it contains {text}, which MediaWiki reads as an encoded character: write the character itself"
        ), text=found.group())
    if _RELATIVE.search(name):
        return Reason("relative", QT_TRANSLATE_NOOP("errors", "it is a relative path (./ or ../)"))
    if len(name.encode("utf-8", "surrogatepass")) > 255:
        return Reason("too-long", QT_TRANSLATE_NOOP("errors", "it is longer than 255 bytes"))
    prefix, colon, _rest = name.partition(":")
    if namespace_prefix and colon and re.sub(r"[ _]+", " ", prefix).strip().casefold() in NAMESPACES:
        return reason("namespace", QT_TRANSLATE_NOOP("errors", "it starts with the namespace {prefix}:"),
                      prefix=prefix.strip())
    return None


def normalize_category(name: str) -> str:
    """A category name without `Category:` or brackets, as Commons stores it; raises when impossible."""
    raw = normalize(name)
    text = raw
    if text.startswith("[[") and text.endswith("]]"):
        text = text[2:-2]
    text = re.sub(r"^\s*:?\s*category\s*:", "", text, flags=re.I)
    text = _page_name(text)
    reason = category_problem(text)
    if reason:
        raise InvalidCategoryError(name=raw, reason=reason)
    return text


def category_problem(name: str) -> Reason | None:
    """Why a stored category name cannot be written to a page, or None."""
    return title_problem(name, namespace_prefix=True)


def normalize_user_name(name: str) -> str:
    """A Commons user name without `User:`, first letter capitalised; raises when impossible."""
    raw = normalize(name)
    text = re.sub(r"^\s*user\s*:", "", raw, flags=re.I)
    text = _page_name(text)
    reason = user_name_problem(text)
    if reason:
        raise InvalidUserNameError(name=raw, reason=reason)
    return text


def user_name_problem(name: str) -> Reason | None:
    """Why a stored user name cannot be linked, or None."""
    # `/` would name a subpage and `:` a namespace: no account has either.
    return title_problem(name, extra_illegal="/:")


def normalize_language(code: str) -> str:
    """A language code as the description templates name it (tg, ru, en, zh-hans, ...)."""
    text = normalize(code).lower().replace("_", "-")
    if not _LANGUAGE.match(text):
        raise InvalidLanguageError(name=normalize(code))
    return text


def is_language(code: str) -> bool:
    return bool(_LANGUAGE.match(code))


def language_template(code: str) -> str:
    """The Commons template that marks a description in this language."""
    return LANGUAGE_TEMPLATE_FIXUPS.get(code, code)
