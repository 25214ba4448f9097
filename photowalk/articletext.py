"""Wikitext that puts an uploaded photo into a Wikipedia article, ready to copy.

`[[File:Name.jpg|thumb|caption]]` for the article's body, the bare file name for an infobox's
image parameter, and `File:Name.jpg|caption` for a line of a `<gallery>`. The caption is the
photo's caption in the article's language, else the first sentence of its description in that
language; it is the volunteer's plain text, so it goes through `wikitext.escape_text`: a `|`, `]]`,
`{{` or `<ref>` in it shows as typed and cannot end the link or swallow the article after it.

One more trap is particular to file links: MediaWiki reads each `|`-part of `[[File:...]]` that is
an image option (`left`, `thumb`, `200px`, `upright 2`, and the wiki's own translations of them:
`марказ`, `чап`, `болорост 2` on the Tajik Wikipedia) as that option, and only the last part that is
none as the caption. A caption that is such an option has its first letter written as a character
reference, which the option matcher does not decode and the reader still sees as the letter. The
options known here are MediaWiki 1.39's in English (every wiki takes them), Tajik and Russian; for
an article in another language every one-word caption is treated so, to be safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.structured import caption_suggestion
from photowalk.text import normalize
from photowalk.wikitext import escape_text

# Characters no file name on a wiki can hold (MediaWiki's title rules, plus what ends a link).
_NOT_IN_FILE_NAMES = re.compile(r"[\[\]{}|#<>\n\r\t]")
# Image options without a value (MediaWiki 1.39's magic words img_*: languages/messages/Messages*.php);
# those written `name=value` cannot match once `=` is a reference. `_` also matches a space, to be safe.
_OPTION_WORDS = {
    "en": frozenset("baseline border bottom center centre frame framed enframed frameless left middle none right sub "
                    "super sup text-bottom text-top thumb thumbnail top upright".split()),
    "tg": frozenset("асос сарҳад дарпоён марказ чаҳорчӯба рамка бе_чаҳорчӯба бе_рамка чап дарбайн бе рост поён боло "
                    "матнпоён матнболо мини миниатюра аз_боло болорост".split()),
    "ru": frozenset("основание граница снизу центр обрамить безрамки слева посередине без справа под над текст-снизу "
                    "текст-сверху мини миниатюра сверху сверхусправа".split()),
}
# Options whose value follows a space (`page 2`, `upright 1.5`).
_OPTION_PREFIXES = {"en": ("page ", "upright "), "tg": ("саҳифа ", "болорост "), "ru": ("страница ", "сверхусправа ")}
# A size: 200px, x100px, 200x100px (пкс in Tajik and Russian).
_SIZE = re.compile(r"^x?\d+(?:\s*x\s*\d+)?\s*(?:px|пкс)$", re.IGNORECASE)

CAPTION = "caption"  # the photo's caption in that language
DESCRIPTION = "description"  # the first sentence of its description in that language


class UnusableFileName(PhotowalkError):
    code = "unusable-file-name"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{title}\u201d is not the name of a file on a wiki, so no link to it can be written."
    )


@dataclass(frozen=True)
class ArticleText:
    """The ways to use one file in an article of one language."""

    title: str  # the file's name on the wiki, without "File:"
    lang: str
    caption: str | None  # plain text, as the reader sees it
    caption_from: str | None  # CAPTION, DESCRIPTION, or None when the photo has neither in `lang`
    thumb: str  # [[File:...|thumb|caption]]
    infobox: str  # the file name, for an infobox's image parameter
    gallery: str  # File:...|caption, one line of a <gallery>


def article_caption(photo: Photo, lang: str) -> tuple[str | None, str | None]:
    """The caption for an article in `lang` and where it came from: the photo's caption in that
    language, else the first sentence of its description in it; (None, None) when it has neither."""
    caption = normalize(photo.captions.get(lang) or "")
    if caption:
        return " ".join(caption.split()), CAPTION
    sentence = caption_suggestion(photo.descriptions.get(lang))
    if sentence:
        return sentence, DESCRIPTION
    return None, None


def is_image_option(text: str, lang: str) -> bool:
    """Whether a wiki in `lang` could read this text, as a part of a file link, as an image option."""
    text = " ".join(text.split())
    lower = text.lower()
    if _SIZE.match(lower):
        return True
    known = ("en", lang) if lang in _OPTION_WORDS else ("en",)
    for code in known:
        if lower in _OPTION_WORDS[code] or lower.replace(" ", "_") in _OPTION_WORDS[code]:
            return True
        if lower.startswith(_OPTION_PREFIXES[code]):
            return True
    return lang not in _OPTION_WORDS and " " not in text  # a wiki whose options are not known here


def escape_caption(caption: str, lang: str = "tg") -> str:
    """A caption as the last part of a file link on a wiki in `lang`: plain text shown as typed, never
    read as an image option."""
    text = " ".join(normalize(caption).split())
    escaped = escape_text(text)
    if text and is_image_option(text, lang) and escaped.startswith(text[0]):
        escaped = f"&#{ord(text[0])};" + escaped[1:]
    return escaped


def file_name(title: str) -> str:
    """The file's name as links write it (no namespace); UnusableFileName if it cannot be one."""
    name = normalize(title)
    if name[:5].lower() == "file:":
        name = name[5:].strip()
    if not name or _NOT_IN_FILE_NAMES.search(name):
        raise UnusableFileName(title=title)
    return name


def thumb_wikitext(title: str, caption: str | None, lang: str = "tg") -> str:
    """`[[File:title|thumb|caption]]` for a wiki in `lang` (no caption part without a caption)."""
    name = file_name(title)
    return f"[[File:{name}|thumb|{escape_caption(caption, lang)}]]" if caption else f"[[File:{name}|thumb]]"


def gallery_line(title: str, caption: str | None, lang: str = "tg") -> str:
    """One line of a <gallery> on a wiki in `lang`: `File:title|caption`."""
    name = file_name(title)
    return f"File:{name}|{escape_caption(caption, lang)}" if caption else f"File:{name}"


def article_text(photo: Photo, title: str, lang: str) -> ArticleText:
    """Every way to use the uploaded file `title` of this photo in an article in `lang`."""
    caption, source = article_caption(photo, lang)
    return ArticleText(title=file_name(title), lang=lang, caption=caption, caption_from=source,
                       thumb=thumb_wikitext(title, caption, lang), infobox=file_name(title),
                       gallery=gallery_line(title, caption, lang))


def article_languages(photo: Photo, first: str = "tg") -> list[str]:
    """The languages to offer an article in: `first`, then those the photo has a caption or a
    description in, in the order they were written."""
    langs = [first, *photo.captions, *photo.descriptions]
    return list(dict.fromkeys(lang for lang in langs if lang))
