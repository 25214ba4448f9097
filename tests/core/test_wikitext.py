"""The description page: UploadWizard's form, and user text that can never break it.

Every page is parsed with mwparserfromhell; `shown()` decodes our escapes the way MediaWiki
renders them (character references decoded, `<br />` a line break) and refuses any other markup,
so a description that turned into a template, link, tag or comment fails the test.
"""

from __future__ import annotations

import html
from pathlib import Path

import mwparserfromhell
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from photowalk.edits import add_categories, set_description, set_licence
from photowalk.licences import UnknownLicenceError
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.projectsettings import ProjectSettings
from photowalk.text import normalize
from photowalk.wikitext import WikitextError, escape_text
from photowalk.wikitext import page_text as make_page
from tests.describing import project_with

INFORMATION_PARAMS = ["description", "date", "source", "author", "permission", "other versions"]


def page_text(photo: Photo, **settings: object) -> str:
    """The page of a photo in a project with these settings."""
    return make_page(photo, ProjectSettings(**settings))  # type: ignore[arg-type]


def make_photo(**fields: object) -> Photo:
    camera = fields.pop("camera", CameraData(taken="2025-05-01T10:21:33+05:00", lat=38.5598, lon=68.787, heading=90.0))
    base: dict[str, object] = dict(
        id=7, path="DCIM/DSC_0001.JPG", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG, camera=camera,
        licence="cc-by-sa-4.0", author="Tajik Wikimedian",
        descriptions={"tg": "Боғи Рӯдакӣ", "ru": "Парк Рудаки"}, categories=["Rudaki Park", "Dushanbe"],
    )
    base.update(fields)
    return Photo(**base)  # type: ignore[arg-type]


def shown(code: Wikicode) -> str:
    """The text MediaWiki shows for an escaped value; fails on anything but text and our escapes."""
    raw = str(code)
    # What mwparserfromhell does not model: signatures and double-underscore magic words (expanded
    # when the page is saved), and line-start markup (lists, indents, pre) inside a template.
    assert "~~~" not in raw and "__" not in raw and "''" not in raw, raw
    assert "\n" not in raw.strip("\n") and not raw.lstrip("\n").startswith(tuple("*#:; -")), raw
    for node in code.nodes:
        ok = (
            isinstance(node, (Text, HTMLEntity))
            or (isinstance(node, Tag) and str(node) == "<br />")
            or (isinstance(node, ExternalLink) and not node.brackets)  # a bare URL: shown as typed
        )
        assert ok, f"markup in user text: {node!r}"
    return html.unescape(str(code).replace("<br />", "\n"))


def information(page: str) -> Template:
    (info,) = mwparserfromhell.parse(page).filter_templates(recursive=False, matches=lambda t: t.name.matches("Information"))
    return info


def descriptions(page: str) -> dict[str, str]:
    """Language -> shown text of each description template in the Information template."""
    value = information(page).get("description").value
    out = {}
    for node in value.nodes:
        if isinstance(node, Text) and not node.value.strip():
            continue
        assert isinstance(node, Template), f"stray content in description: {node!r}"
        assert [str(p.name) for p in node.params] == ["1"]
        out[str(node.name)] = shown(node.get("1").value)
    return out


# -- the form --------------------------------------------------------------------------------


def test_page_has_uploadwizards_form() -> None:
    page = page_text(make_photo(), country="Tajikistan")
    assert page == (
        "=={{int:filedesc}}==\n"
        "{{Information\n"
        "|description={{tg|1=Боғи Рӯдакӣ}}{{ru|1=Парк Рудаки}}\n"
        "|date={{Taken on|2025-05-01 10:21 UTC+5|location=Tajikistan|source=EXIF}}\n"
        "|source={{own}}\n"
        "|author=[[User:Tajik Wikimedian|Tajik Wikimedian]]\n"
        "|permission=\n"
        "|other versions=\n"
        "}}\n"
        "{{Location|38.5598|68.787|heading:90}}\n"
        "\n"
        "=={{int:license-header}}==\n"
        "{{self|cc-by-sa-4.0}}\n"
        "\n"
        "[[Category:Rudaki Park]]\n"
        "[[Category:Dushanbe]]"
    )


def test_page_parses_into_the_expected_parts() -> None:
    code = mwparserfromhell.parse(page_text(make_photo(extra_wikitext="{{Wiki Loves Earth 2025|tj}}")))
    assert [str(h.title) for h in code.filter_headings()] == ["{{int:filedesc}}", "{{int:license-header}}"]
    assert all(h.level == 2 for h in code.filter_headings())
    top = [str(t.name).strip() for t in code.filter_templates(recursive=False)]
    assert top == ["Information", "Location", "Wiki Loves Earth 2025", "self"]
    assert [str(p.name) for p in information(str(code)).params] == INFORMATION_PARAMS
    assert [str(link.title) for link in code.filter_wikilinks(recursive=False)] == [
        "Category:Rudaki Park", "Category:Dushanbe",
    ]


def test_page_from_a_real_photo_in_a_project(tmp_path: Path) -> None:
    store, ids = project_with(tmp_path, ["gps/thompson-springs.jpg"])
    pid = ids["gps/thompson-springs.jpg"]
    set_description(store, [pid], "en", "Thompson Springs, Utah")
    set_licence(store, [pid], "cc-by-4.0")
    add_categories(store, [pid], ["Thompson Springs, Utah"])
    page = page_text(store.photo(pid), author="Photowalker")
    store.close()
    # The camera's GPS and image direction (206°) and its date, as ExifTool read them.
    assert "{{Location|39.115|-108.400968|heading:206}}" in page
    # The time with the offset the file gives (-04:00; ExifTool: 15:15:44-04:00).
    assert "|date={{Taken on|2022-01-10 15:15 UTC-4|source=EXIF}}\n" in page
    assert "|author=[[User:Photowalker|Photowalker]]\n" in page
    assert "{{self|cc-by-4.0}}" in page
    assert descriptions(page) == {"en": "Thompson Springs, Utah"}


def test_no_runs_of_blank_lines() -> None:
    page = page_text(make_photo(location_removed=True, categories=[]))
    assert "\n\n\n" not in page and page.endswith("{{subst:unc}}")


# -- fields ----------------------------------------------------------------------------------


def test_tajik_first_then_the_stored_order_and_template_fixups() -> None:
    page = page_text(make_photo(descriptions={"en": "Park", "ru": "Парк", "tg": "Боғ", "tl": "Liwasan"}))
    assert list(descriptions(page)) == ["tg", "en", "ru", "tgl"]


def test_empty_descriptions_are_left_out() -> None:
    assert descriptions(page_text(make_photo(descriptions={"tg": "Боғ", "ru": "  \n "}))) == {"tg": "Боғ"}
    assert str(information(page_text(make_photo(descriptions={}))).get("description").value).strip() == ""


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        ({}, "{{Taken on|2025-05-01 10:21 UTC+5|source=EXIF}}"),
        ({"edit_date": "2025-04-30"}, "{{Taken on|2025-04-30}}"),
        ({"edit_date": "2025-04-30 18:00"}, "{{Taken on|2025-04-30 18:00}}"),
        ({"camera": CameraData(taken="2025-05-01T23:59:58.5")}, "{{Taken on|2025-05-01 23:59|source=EXIF}}"),
        # A camera clock corrected: the corrected time, no longer "according to EXIF".
        ({"clock_offset": 3780}, "{{Taken on|2025-05-01 11:24 UTC+5}}"),
        ({"camera": CameraData(taken="2025-05-01T23:30:00"), "clock_offset": 3600}, "{{Taken on|2025-05-02 00:30}}"),
        ({"camera": CameraData(taken="2025-05-01T10:21:33-03:30")}, "{{Taken on|2025-05-01 10:21 UTC-3:30|source=EXIF}}"),
        ({"edit_date": "2025-04"}, "2025-04"),
        ({"edit_date": "2025"}, "2025"),
        ({"camera": CameraData()}, ""),
    ],
)
def test_dates(fields: dict[str, object], date: str) -> None:
    assert str(information(page_text(make_photo(**fields))).get("date").value).strip() == date


def test_time_carries_the_offset_of_the_zone_the_project_names() -> None:
    photo = make_photo(camera=CameraData(taken="2025-05-01T10:21:33"), edit_date=None)
    assert str(information(page_text(photo, time_zone="Asia/Dushanbe")).get("date").value).strip() == (
        "{{Taken on|2025-05-01 10:21 UTC+5|source=EXIF}}")
    assert str(information(page_text(photo, time_zone="Europe/Moscow")).get("date").value).strip() == (
        "{{Taken on|2025-05-01 10:21 UTC+3|source=EXIF}}")


def test_object_location_beside_the_location() -> None:
    camera = CameraData(taken="2025-05-01T10:21:33+05:00", lat=38.5598, lon=68.787, dest_lat=38.56, dest_lon=68.7891)
    page = page_text(make_photo(camera=camera))
    assert "{{Location|38.5598|68.787}}\n{{Object location|38.56|68.7891}}\n" in page
    top = [str(t.name).strip() for t in mwparserfromhell.parse(page).filter_templates(recursive=False)]
    assert top == ["Information", "Location", "Object location", "self"]
    # Removing the location (privacy) removes where the subject is too.
    assert "Object location" not in page_text(make_photo(camera=camera, location_removed=True))
    assert "{{Object location|38.56|68.7891}}" in page_text(make_photo(camera=CameraData(dest_lat=38.56, dest_lon=68.7891)))


def test_country_is_escaped_text() -> None:
    info = information(page_text(make_photo(), country="Tajik|istan"))
    (taken,) = info.get("date").value.filter_templates()
    assert [str(p.name) for p in taken.params] == ["1", "location", "source"]
    assert shown(taken.get("location").value) == "Tajik|istan"


@pytest.mark.parametrize(
    ("fields", "location"),
    [
        ({}, "{{Location|38.5598|68.787|heading:90}}"),
        ({"edit_lat": 38.575, "edit_lon": 68.7801234567}, "{{Location|38.575|68.780123|heading:90}}"),
        ({"edit_heading": 359.96}, "{{Location|38.5598|68.787|heading:0}}"),
        ({"camera": CameraData(lat=38.5, lon=68.7)}, "{{Location|38.5|68.7}}"),
        ({"camera": CameraData(lat=-0.3713, lon=-116.855, heading=0.0)}, "{{Location|-0.3713|-116.855|heading:0}}"),
        ({"location_removed": True}, None),
        ({"location_removed": True, "edit_lat": 1.0, "edit_lon": 2.0}, None),
        ({"camera": CameraData()}, None),
    ],
)
def test_location(fields: dict[str, object], location: str | None) -> None:
    templates = mwparserfromhell.parse(page_text(make_photo(**fields))).filter_templates(
        recursive=False, matches=lambda t: t.name.matches("Location")
    )
    assert [str(t) for t in templates] == ([location] if location else [])


def test_authors() -> None:
    def author(**fields: object) -> Wikilink:
        value = information(page_text(make_photo(**fields), author="Uploader")).get("author").value
        (link,) = value.filter_wikilinks()
        assert str(value).strip() == str(link)
        return link

    link = author()
    assert (str(link.title), shown(link.text)) == ("User:Tajik Wikimedian", "Tajik Wikimedian")
    link = author(attribution="Фирӯза | [[Раҳимова]]")
    assert (str(link.title), shown(link.text)) == ("User:Tajik Wikimedian", "Фирӯза | [[Раҳимова]]")
    assert str(author(author=None).title) == "User:Uploader"
    # Nobody named at all: the account that uploads, substituted when the page is saved.
    page = page_text(make_photo(author=None))
    assert "|author=[[User:{{subst:REVISIONUSER}}|{{subst:REVISIONUSER}}]]\n" in page
    with pytest.raises(WikitextError):
        page_text(make_photo(author="Bad|Name"))


def test_licence_is_required_and_known() -> None:
    with pytest.raises(WikitextError) as info:
        page_text(make_photo(licence=None))
    assert "no licence" in info.value.message
    assert "{{self|cc-zero}}" in page_text(make_photo(licence=None), licence="cc-zero")
    with pytest.raises(UnknownLicenceError):
        page_text(make_photo(licence="gfdl"))


def test_categories() -> None:
    assert page_text(make_photo(categories=[])).endswith("\n{{subst:unc}}")
    with pytest.raises(WikitextError):
        page_text(make_photo(categories=["Good", "Bad]]"]))


def test_extra_wikitext_goes_under_the_location_as_wikitext() -> None:
    page = page_text(make_photo(extra_wikitext="{{Photowalk Dushanbe 2025}}\n{{Uploaded with photowalk}}"))
    assert "{{Location|38.5598|68.787|heading:90}}\n{{Photowalk Dushanbe 2025}}\n{{Uploaded with photowalk}}\n\n" in page
    assert page.index("Uploaded with photowalk") < page.index("license-header")


# -- user text can never break the page ------------------------------------------------------

NASTY = [
    "a | b",
    "x = y",
    "1=2",
    "{{Delete|reason}}",
    "}} {{",
    "[[Category:Spam]]",
    "]] [[",
    "~~~~ and ~~~",
    "<nowiki>|</nowiki>",
    "</nowiki>}}",
    "<!-- hidden -->",
    "<ref>x</ref><references/>",
    "'''bold''' ''italic''",
    "__NOTOC__ __NOINDEX__",
    "line one\nline two\n\n* not a list",
    "* star\n# hash\n: colon\n; semi\n----",
    "== not a heading ==",
    "{| class=wikitable\n|}",
    "-{zh-hans:x}-",
    "&amp; &lt; &#124; &nbsp;",
    "[https://example.org link] https://example.org/?a=b|c",
    "ISBN 978-3-16-148410-0 RFC 1234",
    "Бог и Рӯдакӣ",
    "حديقة رودكي في دوشنبه",  # right-to-left Arabic
    "פארק רודאקי",  # right-to-left Hebrew
    "\u202eevil\u202c \u2067isolate\u2069 \u200fmark",  # bidi controls
    "{{{1}}} {{!}} {{=}}",
    "a'",
    "'a",
    "_a_",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_comes_out_as_typed(text: str) -> None:
    page = page_text(make_photo(descriptions={"tg": text, "ru": text}, attribution=text), country=text)
    assert descriptions(page) == {"tg": normalize(text), "ru": normalize(text)}
    info = information(page)
    assert [str(p.name) for p in info.params] == INFORMATION_PARAMS
    assert str(info.get("source").value).strip() == "{{own}}"
    link = info.get("author").value.filter_wikilinks()[0]
    assert shown(link.text) == normalize(text)
    code = mwparserfromhell.parse(page)
    assert len(code.filter_headings()) == 2
    assert [str(w.title) for w in code.filter_wikilinks(recursive=False)] == ["Category:Rudaki Park", "Category:Dushanbe"]


def test_escape_is_readable_for_plain_text() -> None:
    assert escape_text("Боғи Рӯдакӣ, Душанбе (2025) - фаввора: 'сабз'") == "Боғи Рӯдакӣ, Душанбе (2025) - фаввора: 'сабз'"


@settings(max_examples=400, deadline=None)
@given(tg=st.text(), ru=st.text(), attribution=st.text())
def test_any_unicode_text_round_trips(tg: str, ru: str, attribution: str) -> None:
    page = page_text(make_photo(descriptions={"tg": tg, "ru": ru}, attribution=attribution or None))
    expected = {lang: normalize(t) for lang, t in (("tg", tg), ("ru", ru)) if normalize(t)}
    assert descriptions(page) == expected
    info = information(page)
    assert [str(p.name) for p in info.params] == INFORMATION_PARAMS
    link = info.get("author").value.filter_wikilinks()[0]
    assert str(link.title) == "User:Tajik Wikimedian"
    assert shown(link.text) == (normalize(attribution) or "Tajik Wikimedian")
    code = mwparserfromhell.parse(page)
    assert [str(t.name).strip() for t in code.filter_templates(recursive=False)] == ["Information", "Location", "self"]
    assert [str(h.title) for h in code.filter_headings()] == ["{{int:filedesc}}", "{{int:license-header}}"]
    assert not any(isinstance(n, Heading) for n in info.get("description").value.nodes)


@given(st.text(alphabet=st.sampled_from("|={}[]<>&~'_*#:;-\n !/ab"), max_size=40))
def test_markup_characters_round_trip(text: str) -> None:
    page = page_text(make_photo(descriptions={"tg": text}))
    assert descriptions(page) == ({"tg": normalize(text)} if normalize(text) else {})
