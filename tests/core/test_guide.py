"""The first-run guide's pages: the same pages in every interface language, none empty, English where one is missing."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from photowalk.guide import FALLBACK_LANGUAGE, guide_pages, page_files
from photowalk.resourcepaths import guide_dir

LANGUAGES = ("en", "ru", "tg")  # the interface languages (photowalk.ui.i18n.LANGUAGES)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split()), parser.tags


def test_every_language_has_the_same_pages_in_the_same_order() -> None:
    names = {lang: [p.name for p in page_files(lang).values()] for lang in LANGUAGES}
    assert 3 <= len(names["en"]) <= 5
    for lang in LANGUAGES:
        assert names[lang] == names["en"], lang
    assert sorted(p.name for p in guide_dir().glob("*/*") if p.suffix != ".html") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_is_empty_and_each_is_in_its_own_language(language: str) -> None:
    pages = guide_pages(language)
    assert [p.language for p in pages] == [language] * len(pages)  # nothing fell back to English
    for page in pages:
        text, tags = text_of(page.html)
        assert tags[0] == "h2" and len(text) > 300, (language, page.key)
        assert set(tags) <= {"h2", "p", "ul", "ol", "li", "b", "a"}, (language, page.key)  # what Qt's rich text shows
        if language != "en":
            # Written in Cyrillic, not left in English: most letters are Cyrillic ones.
            letters = re.findall(r"[^\W\d_]", text)
            assert sum("\u0400" <= c <= "\u04ff" for c in letters) > 0.8 * len(letters), (language, page.key)


def test_tajik_pages_use_tajik_letters_only() -> None:
    for page in guide_pages("tg"):
        text, _tags = text_of(page.html)
        assert not set("цщыьЦЩЫЬ") & set(text), page.key
        assert set("ғӣқӯҳҷ") & set(text.lower()), page.key
        assert "акс" in text.lower()


def test_a_language_without_pages_gets_english_and_a_missing_page_comes_from_english(tmp_path: Path) -> None:
    assert [(p.key, p.language) for p in guide_pages("de")] == [(p.key, "en") for p in guide_pages(FALLBACK_LANGUAGE)]
    (tmp_path / "en").mkdir()
    (tmp_path / "tg").mkdir()
    (tmp_path / "en" / "01-welcome.html").write_text("<h2>Welcome</h2>", encoding="utf-8")
    (tmp_path / "en" / "02-people.html").write_text("<h2>People</h2>", encoding="utf-8")
    (tmp_path / "en" / "notes.txt").write_text("not a page", encoding="utf-8")
    (tmp_path / "tg" / "02-people.html").write_text("<h2>Одамон</h2>", encoding="utf-8")
    pages = guide_pages("tg", tmp_path)
    assert [(p.key, p.language, p.html) for p in pages] == [
        ("welcome", "en", "<h2>Welcome</h2>"), ("people", "tg", "<h2>Одамон</h2>")]
