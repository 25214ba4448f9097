"""Wikitext to use an uploaded photo in an article: the caption chosen, and hostile captions kept as text.

Every hostile caption is checked twice: offline with mwparserfromhell (one file link, nothing after
it swallowed), and on the real MediaWiki of the test wiki (action=parse of the link and a sentence
after it: the caption shows as typed under the picture, the sentence stays a sentence, and no
category, template, link or reference comes out of the caption).
"""

from __future__ import annotations

import html
import io
import random
import re
import uuid
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import mwparserfromhell
import pytest
import requests
from mwparserfromhell.nodes import Wikilink
from PIL import Image

from photowalk.articletext import (
    CAPTION,
    DESCRIPTION,
    UnusableFileName,
    article_caption,
    article_languages,
    article_text,
    escape_caption,
    gallery_line,
    thumb_wikitext,
)
from photowalk.depicts import DepictedItem
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.wikimarkup import markup_fault

HOSTILE = [
    "Боғи Рӯдакӣ | Душанбе",
    "Қалъаи Ҳисор]] [[Category:Spam]]",
    "Фаввора {{Delete|reason=x}}",
    "}} {{",
    "Акс <ref>манбаъ</ref>",
    "Акс <!-- пинҳон",
    "Имзо ~~~~",
    "''Каҷ'' ва '''ғафс'''",
    "__NOTOC__ Акс",
    "[[Душанбе]] шаҳр",
    "[https://example.org пайванд] акс",
    "left",
    "thumb",
    "200px",
    "x100px",
    "200 px",
    "upright=2",
    "link=https://example.org",
    "alt=пинҳон",
    "frameless",
    "мини",
    "марказ",
    "чап",
    "болорост 2",
    "200пкс",
    "-{zh-hans:x}- Акс",
    "* рӯйхат",
    "= Сарлавҳа =",
    "Сатри якум\nсатри дуюм",
    "<div style=\"display:none\">пинҳон",
    "</div> Акс",
    "&lt;script&gt; & <b>",
    "|",
    "]]",
    "{{",
    "Ҳисор | қалъа ]] {{ <nowiki>",
]


def photo(**fields: Any) -> Photo:
    return Photo(id=7, path="DCIM/IMG_0007.JPG", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG,
                 camera=CameraData(lat=38.5598, lon=68.787), **fields)


def visible(caption: str) -> str:
    return " ".join(caption.split())


# -- the caption ----------------------------------------------------------------------------------


def test_the_caption_in_the_article_language_comes_first() -> None:
    p = photo(captions={"en": "Rudaki Park", "tg": "Боғи Рӯдакӣ"}, descriptions={"tg": "Боғ дар маркази шаҳр. Дигар."})
    assert article_caption(p, "tg") == ("Боғи Рӯдакӣ", CAPTION)
    assert article_caption(p, "en") == ("Rudaki Park", CAPTION)
    text = article_text(p, "Rudaki Park 2025 01.jpg", "tg")
    assert text.thumb == "[[File:Rudaki Park 2025 01.jpg|thumb|Боғи Рӯдакӣ]]"
    assert text.infobox == "Rudaki Park 2025 01.jpg"
    assert text.gallery == "File:Rudaki Park 2025 01.jpg|Боғи Рӯдакӣ"
    assert (text.caption, text.caption_from, text.lang) == ("Боғи Рӯдакӣ", CAPTION, "tg")


def test_without_a_caption_the_first_sentence_of_the_description_is_used() -> None:
    p = photo(captions={"en": "Rudaki Park"},
              descriptions={"tg": "Боғи [[Рӯдакӣ]] дар маркази '''Душанбе'''. Акс рӯзи шанбе гирифта шуд."})
    assert article_caption(p, "tg") == ("Боғи Рӯдакӣ дар маркази Душанбе.", DESCRIPTION)
    assert article_text(p, "A.jpg", "tg").thumb == "[[File:A.jpg|thumb|Боғи Рӯдакӣ дар маркази Душанбе.]]"


def test_without_either_in_that_language_there_is_no_caption_part() -> None:
    p = photo(captions={"en": "Rudaki Park"}, descriptions={"ru": "Парк Рудаки."})
    assert article_caption(p, "tg") == (None, None)
    text = article_text(p, "A.jpg", "tg")
    assert (text.thumb, text.gallery, text.caption_from) == ("[[File:A.jpg|thumb]]", "File:A.jpg", None)


def test_languages_offered_start_with_tajik_then_the_photos_own() -> None:
    p = photo(captions={"en": "x", "tg": "y"}, descriptions={"ru": "z", "en": "w"},
              depicts=[DepictedItem("Q1")])
    assert article_languages(p) == ["tg", "en", "ru"]
    assert article_languages(p, "ru") == ["ru", "en", "tg"]


def test_a_name_that_cannot_be_a_file_is_refused_and_the_namespace_is_dropped() -> None:
    assert thumb_wikitext("File:A b.jpg", None) == "[[File:A b.jpg|thumb]]"
    for bad in ("", "A|b.jpg", "A]]b.jpg", "A{{b}}.jpg", "A\nb.jpg", "A#b.jpg", "A<b>.jpg"):
        with pytest.raises(UnusableFileName) as caught:
            thumb_wikitext(bad, "x")
        assert caught.value.code == "unusable-file-name"


# -- hostile captions, offline -----------------------------------------------------------------


@pytest.mark.parametrize("caption", HOSTILE)
def test_a_hostile_caption_stays_inside_its_link(caption: str) -> None:
    thumb = thumb_wikitext("Probe.jpg", caption)
    code = mwparserfromhell.parse(thumb + "\nAFTER")
    links = code.filter_wikilinks(recursive=True)
    assert len(links) == 1 and isinstance(code.nodes[0], Wikilink), thumb
    link = links[0]
    assert str(link.title) == "File:Probe.jpg"
    # The caption part holds no markup of its own: references only, which read back as the text.
    assert str(link.text) == "thumb|" + escape_caption(caption)
    assert "|" not in escape_caption(caption) and "]]" not in escape_caption(caption)
    assert html.unescape(escape_caption(caption).replace("<br />", "\n")) == visible(caption)
    assert str(code.nodes[-1]).endswith("AFTER")
    assert markup_fault(thumb) is None
    line = gallery_line("Probe.jpg", caption)
    assert "\n" not in line and "</gallery>" not in line.lower()
    assert line == "File:Probe.jpg|" + escape_caption(caption)


def test_only_captions_a_wiki_could_read_as_an_image_option_are_changed() -> None:
    assert escape_caption("left") == "&#108;eft"  # English options hold on every wiki
    assert escape_caption("Боғ", "tg") == "Боғ"
    assert escape_caption("Боғи Рӯдакӣ") == "Боғи Рӯдакӣ"
    assert escape_caption("марказ", "tg") == "&#1084;арказ"
    assert escape_caption("Марказ", "tg") == "&#1052;арказ"  # the matcher is strict about case; photowalk need not be
    assert escape_caption("болорост 2", "tg") == "&#1073;олорост 2"
    assert escape_caption("200пкс", "ru") == "&#50;00пкс"
    assert escape_caption("центр", "ru") == "&#1094;ентр" and escape_caption("центр", "tg") == "центр"
    # A wiki whose options are not known here: every one-word caption, to be safe.
    assert escape_caption("Park", "de") == "&#80;ark" and escape_caption("Park am See", "de") == "Park am See"
    assert escape_caption("|") == "&#124;"


# -- hostile captions on the real MediaWiki -------------------------------------------------------


class _Caption(HTMLParser):
    """The text of the thumbnail's caption (without the magnify link) and the text after the figure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 inside div.thumbcaption
        self.skip = 0  # >0 inside the magnify link
        self.caption: list[str] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth and tag == "div":
            self.depth += 1
            if "magnify" in classes:
                self.skip = self.depth
        elif "thumbcaption" in classes:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "div":
            if self.skip == self.depth:
                self.skip = 0
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.caption.append(data)
        elif not self.depth:
            self.outside.append(data)


def render(testwiki: dict[str, str], text: str) -> dict[str, Any]:
    r = requests.post(testwiki["TESTWIKI_API"], timeout=30, data={
        "action": "parse", "format": "json", "formatversion": 2, "title": "Probe article", "contentmodel": "wikitext",
        "prop": "text|categories|templates|links|externallinks", "disablelimitreport": 1, "text": text,
    })
    r.raise_for_status()
    parsed: dict[str, Any] = r.json()["parse"]
    return parsed


@pytest.fixture(scope="module")
def probe_file(testwiki: dict[str, str]) -> str:
    """A real file on the test wiki for the links to show."""
    name = f"Article probe {uuid.uuid4().hex[:8]}.jpg"
    rnd = random.Random(name)
    data = io.BytesIO()
    Image.frombytes("RGB", (320, 240), rnd.randbytes(320 * 240 * 3)).save(data, "JPEG")
    session = requests.Session()
    api = testwiki["TESTWIKI_API"]
    token = session.get(api, params={"action": "query", "meta": "tokens", "type": "login", "format": "json"},
                        timeout=30).json()["query"]["tokens"]["logintoken"]
    login = session.post(api, timeout=30, data={"action": "login", "format": "json", "lgtoken": token,
                                                "lgname": testwiki["TESTWIKI_BOTPASSWORD_USER"],
                                                "lgpassword": testwiki["TESTWIKI_BOTPASSWORD"]}).json()
    assert login["login"]["result"] == "Success"
    csrf = session.get(api, params={"action": "query", "meta": "tokens", "format": "json"},
                       timeout=30).json()["query"]["tokens"]["csrftoken"]
    answer = session.post(api, timeout=60, data={"action": "upload", "format": "json", "filename": name,
                                                 "token": csrf, "text": "probe"},
                          files={"file": (name, data.getvalue(), "image/jpeg")}).json()
    assert answer["upload"]["result"] == "Success", answer
    return name


def test_the_threat_is_real_a_bare_option_word_eats_the_caption(testwiki: dict[str, str], probe_file: str) -> None:
    bare = render(testwiki, f"[[File:{probe_file}|thumb|left]]\n\nAFTER")
    parser = _Caption()
    parser.feed(bare["text"])
    assert "".join(parser.caption).strip() == ""  # taken as the alignment, not shown
    bare = render(testwiki, f"[[File:{probe_file}|thumb|a]] [[Category:Spam]]]]\n\nAFTER")
    assert bare["categories"]  # an unescaped ]] lets the rest become markup


@pytest.mark.parametrize("caption", HOSTILE)
def test_on_the_real_wiki_the_caption_shows_as_typed_and_nothing_leaks(
    testwiki: dict[str, str], probe_file: str, caption: str,
) -> None:
    parsed = render(testwiki, thumb_wikitext(probe_file, caption) + "\n\nAFTER the photo.")
    parser = _Caption()
    parser.feed(parsed["text"])
    shown = re.sub(r"\s+", " ", "".join(parser.caption)).strip()
    assert shown == visible(caption)
    assert "AFTER the photo." in "".join(parser.outside)
    assert parsed["categories"] == [] and parsed["templates"] == [] and parsed["links"] == []
    assert parsed["externallinks"] == [] or "https://" in caption  # a web address in the text is linked, as typed
    assert "<ref" not in parsed["text"] and "reference" not in parsed["text"]


TAJIK_OPTIONS = ["марказ", "чап", "рост", "бе", "болорост 2", "мини", "200пкс", "бе_рамка", "Марказ", "left"]


def test_on_a_tajik_wiki_its_own_option_words_stay_captions(
    testwiki: dict[str, str], probe_file: str, wiki_settings: Callable[[str], None],
) -> None:
    wiki_settings("$wgLanguageCode = 'tg';")
    bare = _Caption()
    bare.feed(render(testwiki, f"[[File:{probe_file}|мини|марказ]]")["text"])
    assert "".join(bare.caption).strip() == ""  # the threat: taken as "center" there
    for caption in TAJIK_OPTIONS:
        parser = _Caption()
        parser.feed(render(testwiki, thumb_wikitext(probe_file, caption, "tg"))["text"])
        assert "".join(parser.caption).strip() == caption
