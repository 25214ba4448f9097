"""Extra wikitext that would hide the licence and categories is refused, everywhere, with the reason.

The threat and the rule are both checked against the real MediaWiki parser of the test wiki
(action=parse): what photowalk refuses does hide the licence there, and whatever it accepts
leaves the Information template, the licence and every category on the page.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import requests

from photowalk import edits
from photowalk.checks import check_photos
from photowalk.edits import UnsafeWikitextError
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.projectsettings import ProjectSettings
from photowalk.upload.plan import plan_upload
from photowalk.wikitext import StrayWikitextError, UnclosedWikitextError, WikitextError, page_text
from tests.upload_helpers import make_project, noise_jpeg

SETTINGS = ProjectSettings(licence="cc-by-sa-4.0", author="Uploader", country="Tajikistan")
CATEGORIES = ["Rudaki Park", "Dushanbe"]

# (extra wikitext, what is unclosed or stray, the line it is on)
HOSTILE = [
    ("<!-- the organisers' note", "<!--", 1),
    ("{{Event}}\n<includeonly>{{Event 2}}", "<includeonly>", 2),
    ("<noinclude>{{Event}}", "<noinclude>", 1),
    ("<onlyinclude>", "<onlyinclude>", 1),
    ("<pre>{{Event}}", "<pre>", 1),
    ("<nowiki>", "<nowiki>", 1),
    ("{| class=wikitable\n| a", "{|", 1),
    ("{{Event|year=2025", "{{", 1),
    ("{{Event}}}}", "}}", 1),
    ("[[File:Logo.png|thumb|", "[[", 1),
    ("]]", "]]", 1),
    ('<div style="display:none">', "<div>", 1),
    ("</div>", "</div>", 1),
    ("<ref>{{Event}}", "<ref>", 1),
    ("<gallery>\nA.jpg", "<gallery>", 1),
    ("{{Event|<span>}}", "<span>", 1),
    ("{{{1|", "{{", 1),
    ("text\n\n<!--", "<!--", 3),
]


def photo(extra: str | None, **fields: Any) -> Photo:
    return Photo(
        id=4, path="DCIM/DSC_0004.JPG", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG,
        camera=CameraData(taken="2025-05-01T10:21:33+05:00", lat=38.5598, lon=68.787),
        title="Фаввора", descriptions={"tg": "Фаввора"}, categories=list(CATEGORIES), extra_wikitext=extra, **fields,
    )


def mediawiki_parse(testwiki: dict[str, str], text: str) -> tuple[list[str], list[str]]:
    """(categories, transcluded templates) of a file page, as the real MediaWiki reads it."""
    r = requests.post(testwiki["TESTWIKI_API"], timeout=30, data={
        "action": "parse", "format": "json", "formatversion": 2, "title": "File:Probe.jpg",
        "contentmodel": "wikitext", "prop": "categories|templates", "text": text,
    })
    r.raise_for_status()
    parsed = r.json()["parse"]
    return [c["category"] for c in parsed["categories"]], [t["title"] for t in parsed["templates"]]


@pytest.mark.parametrize(("extra", "what", "line"), HOSTILE)
def test_page_text_refuses_extra_wikitext_that_is_not_balanced(extra: str, what: str, line: int) -> None:
    with pytest.raises(WikitextError) as caught:
        page_text(photo(extra), SETTINGS)
    error = caught.value
    assert isinstance(error, (UnclosedWikitextError, StrayWikitextError))
    assert error.params == {"id": 4, "what": what, "line": line}
    assert what in error.message and "photo 4" in error.message


@pytest.mark.parametrize(("extra", "what", "line"), HOSTILE)
def test_presets_and_edits_refuse_it_too(tmp_path: Path, extra: str, what: str, line: int) -> None:
    from photowalk.presets import PresetFieldError, parse_preset

    with pytest.raises(PresetFieldError) as caught:
        parse_preset({"templates": ["{{Wiki Loves Tajikistan}}", extra]}, "event.toml")
    assert caught.value.params["field"] == "templates" and what in caught.value.message
    with pytest.raises(UnsafeWikitextError):
        edits.set_extra_wikitext(None, [1], extra)  # type: ignore[arg-type]  # refused before the store is used


def test_a_second_information_template_is_refused() -> None:
    with pytest.raises(WikitextError) as caught:
        page_text(photo("{{information|description=spam}}"), SETTINGS)
    assert "second {{Information}}" in caught.value.message
def test_what_is_refused_does_hide_the_licence_on_the_real_wiki(testwiki: dict[str, str]) -> None:
    """Put in by hand, an unclosed comment or <includeonly> leaves the file with no licence and no categories."""
    safe = page_text(photo("{{Photowalk}}"), SETTINGS)
    categories, templates = mediawiki_parse(testwiki, safe)
    assert categories == ["Rudaki_Park", "Dushanbe"]
    assert {"Template:Information", "Template:Photowalk", "Template:Self"} <= set(templates)
    for extra in ("<!-- the organisers' note", "<includeonly>{{Event}}"):
        categories, templates = mediawiki_parse(testwiki, safe.replace("{{Photowalk}}", extra))
        assert categories == [] and "Template:Self" not in templates, extra
        with pytest.raises(UnclosedWikitextError):
            page_text(photo(extra), SETTINGS)


FRAGMENTS = [
    "{{", "}}", "{{{", "}}}", "[[", "]]", "<!--", "-->", "<includeonly>", "</includeonly>", "<noinclude>",
    "</noinclude>", "<onlyinclude>", "</onlyinclude>", "<nowiki>", "</nowiki>", "<pre>", "</pre>", "<nowiki/>",
    "{|", "|}", "\n", "|", "=", "Event", " ", "<div>", "</div>", '<div style="display:none">', "<ref>", "</ref>",
    "<references/>", "Category:", "File:", "#if:", "subst:", "<br>", "<span>", "</span>", "''", "__NOTOC__",
    "<gallery>", "</gallery>", "== a ==", "-{", "}-", "<", ">", "&lt;", "{{!}}", "~~~~",
]


# Fragments that are markup but close nothing and open nothing.
PLAIN = ["\n", "|", "=", "Event", " ", "<br>", "<nowiki/>", "<references/>", "''", "__NOTOC__", "== a ==", "&lt;",
         "{{!}}", "~~~~", "Category:", "File:", "<", ">", "*", ":"]
PAIRS = [
    ("{{", "}}"), ("{{Event|", "}}"), ("[[", "]]"), ("<!--", "-->"), ("<includeonly>", "</includeonly>"),
    ("<noinclude>", "</noinclude>"), ("<nowiki>", "</nowiki>"), ("<pre>", "</pre>"), ("{|\n", "\n|}"),
    ("<div>", "</div>"), ("<ref>", "</ref>"), ("<span>", "</span>"), ("{{#if:", "}}"), ("-{", "}-"),
]


def soup(rnd: random.Random, depth: int = 0) -> str:
    """Random markup: loose fragments, or a pair of opening and closing markup around more of it."""
    parts = []
    for _ in range(rnd.randint(1, 4)):
        if depth < 3 and rnd.random() < 0.4:
            opening, closing = rnd.choice(PAIRS)
            parts.append(opening + soup(rnd, depth + 1) + (closing if rnd.random() < 0.85 else ""))
        else:
            parts.append(rnd.choice(FRAGMENTS if rnd.random() < 0.25 else PLAIN))
    return "".join(parts)
def test_probe_whatever_is_accepted_keeps_the_licence_and_categories_on_the_real_wiki(
    testwiki: dict[str, str],
) -> None:
    """Random markup: every piece photowalk accepts, MediaWiki parses into a page that still has
    the Information template, the licence and both categories; the rest is refused with a reason."""
    rnd = random.Random(20250501)
    samples = {soup(rnd) for _ in range(1200)} - {""}
    accepted = refused = 0
    for extra in sorted(samples):
        try:
            page = page_text(photo(extra), SETTINGS)
        except WikitextError as exc:
            refused += 1
            assert exc.params.get("what") or exc.params.get("reason"), extra
            continue
        accepted += 1
        categories, templates = mediawiki_parse(testwiki, page)
        assert {"Rudaki_Park", "Dushanbe"} <= set(categories), extra
        assert {"Template:Information", "Template:Self"} <= set(templates), extra
    assert accepted >= 250 and refused >= 250, (accepted, refused)
def test_check_and_plan_name_the_photo_and_what_is_unclosed(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"{n}.jpg") for n in range(2)])
    bad, good = project.ids
    with project.open() as store:
        edits.set_extra_wikitext(store, [good], "{{Photowalk Dushanbe 2025}}")
        with store.transaction() as c:  # an older photowalk stored any text
            c.execute("UPDATE photos SET extra_wikitext=? WHERE id=?", ("{{Photowalk}}\n<!-- organisers", bad))
        problems = check_photos(store)
        plan = plan_upload(store, None, api_url=testwiki["TESTWIKI_API"], check_categories=False)
    # (Their captions are not under test: "no-caption" is a warning and blocks nothing.)
    problems = {pid: [p for p in found if p.code != "no-caption"] for pid, found in problems.items()}
    assert [(p.code, p.params) for p in problems[bad]] == [("extra-wikitext-unclosed", {"what": "<!--", "line": 2})]
    assert problems[good] == []
    assert [item.photo_id for item in plan.items] == [good]
    (not_ready,) = plan.not_ready
    assert not_ready.photo_id == bad and "<!--" in not_ready.reasons[0]
