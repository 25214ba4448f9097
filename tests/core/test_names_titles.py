"""Author and category names follow MediaWiki's title rules: what the wiki would rewrite or refuse is
refused with the reason (edits, presets), flagged when already stored (checks), never written.

The rules are checked against the real MediaWiki of the test wiki: each refused name does come
out as another name (or none) there, and every name photowalk accepts comes out as itself.
"""

from __future__ import annotations

import random

import pytest
import requests

from photowalk import edits
from photowalk.checks import check_photos
from photowalk.names import (
    InvalidCategoryError,
    InvalidUserNameError,
    category_problem,
    normalize_category,
    normalize_user_name,
)
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.presets import PresetFieldError, parse_preset
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, update_settings
from photowalk.wikitext import WikitextError, page_text
from tests.describing import PHOTOS, new_photo

# (name as typed, a fragment of the reason)
BAD_CATEGORIES = [
    ("Parks ~~~~", "signature"),
    ("Parks~~~", "signature"),
    ("Rudaki &amp; Park", "encoded character"),
    ("Rudaki &nbsp;Park", "encoded character"),
    ("Rudaki%20Park", "encoded character"),
    ("Caf%C3%A9s in Dushanbe", "encoded character"),
    ("Category::Parks", "colon"),
    ("::Parks", "colon"),
    ("Category:User:Rudaki", "namespace User:"),
    ("Category:Category:Parks", "namespace Category:"),
    ("File:Rudaki.jpg", "namespace File:"),
    ("Template talk:X", "namespace Template talk:"),
    ("./Parks", "relative path"),
    ("../Parks", "relative path"),
    ("Parks/../Dushanbe", "relative path"),
    ("Parks/./Dushanbe", "relative path"),
    ("Parks/.", "relative path"),
    ("Parks/..", "relative path"),
    ("Боғ " * 50, "255 bytes"),
    ("Parks \ufffd", "could not be read"),
]
BAD_AUTHORS = [
    ("Photo walker~~~", "signature"),
    ("Photo&#95;walker", "#"),
    ("Photo%5Fwalker", "encoded character"),
    ("Ali &amp; Vali", "encoded character"),
    ("..", "relative path"),
    ("A" * 256, "255 bytes"),
]


@pytest.mark.parametrize(("name", "reason"), BAD_CATEGORIES)
def test_category_names_mediawiki_rewrites_are_refused_with_the_reason(name: str, reason: str) -> None:
    with pytest.raises(InvalidCategoryError) as caught:
        normalize_category(name)
    assert reason in caught.value.message


@pytest.mark.parametrize(("name", "reason"), BAD_AUTHORS)
def test_author_names_mediawiki_rewrites_are_refused_with_the_reason(name: str, reason: str) -> None:
    with pytest.raises(InvalidUserNameError) as caught:
        normalize_user_name(name)
    assert reason in caught.value.message


def test_spaces_and_prefixes_are_read_as_mediawiki_reads_them() -> None:
    assert normalize_category("  :Category: rudaki_park  ") == "Rudaki park"
    assert normalize_category("[[Category:Parks in Dushanbe]]") == "Parks in Dushanbe"
    assert normalize_category("Parks: Dushanbe") == "Parks: Dushanbe"  # a colon inside is a plain character
    assert normalize_category("Rock & roll ~~ 100%") == "Rock & roll ~~ 100%"
    assert normalize_user_name(" user:photo_walker ") == "Photo walker"



def test_edits_and_presets_refuse_them_naming_the_field(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / "cameras/DSCN0138.JPG")])]
    for name, _ in BAD_CATEGORIES:
        with pytest.raises(InvalidCategoryError):
            edits.add_categories(store, [pid], ["Dushanbe", name])
        with pytest.raises(PresetFieldError) as caught:
            parse_preset({"categories": ["Dushanbe", name]}, "event.toml")
        assert caught.value.params["field"] == "categories"
    for name, _ in BAD_AUTHORS:
        with pytest.raises(InvalidUserNameError):
            edits.set_author(store, [pid], name)
    assert store.photo(pid).categories == [] and store.photo(pid).author is None


def test_checks_flag_names_already_stored_and_no_page_is_written(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / "cameras/DSCN0138.JPG")])]
    edits.set_title(store, pid, "Фаввора дар боғ")
    edits.set_description(store, [pid], "tg", "Фаввора")
    edits.set_licence(store, [pid], "cc-zero")
    with store.transaction() as c:  # stored by an older photowalk, which let these through
        c.execute("INSERT INTO categories(photo_id, name, position) VALUES (?, 'Rudaki%20Park', 0)", (pid,))
    update_settings(store, author="Photo walker~~~")
    problems = {p.code: p for p in check_photos(store)[pid]}
    assert "encoded character" in problems["category-invalid"].message
    assert "signature" in problems["author-invalid"].message
    assert problems["author-invalid"].params["author"] == "Photo walker~~~"
    with pytest.raises(WikitextError):
        page_text(store.photo(pid), ProjectSettings(author="Photo walker~~~"))


def mediawiki_names(testwiki: dict[str, str], wikitext: str) -> tuple[list[str], list[str]]:
    """(categories, linked pages) of a page with this text, after MediaWiki's pre-save transform."""
    r = requests.post(testwiki["TESTWIKI_API"], timeout=30, data={
        "action": "parse", "format": "json", "formatversion": 2, "title": "File:Probe.jpg", "pst": 1,
        "contentmodel": "wikitext", "prop": "categories|links", "text": wikitext,
    })
    r.raise_for_status()
    parsed = r.json()["parse"]
    return [c["category"] for c in parsed["categories"]], [link["title"] for link in parsed["links"]]


def _category_on_wiki(testwiki: dict[str, str], name: str) -> list[str]:
    return mediawiki_names(testwiki, f"[[Category:{name}]]")[0]
def test_the_wiki_does_rewrite_or_drop_what_is_refused(testwiki: dict[str, str]) -> None:
    for typed, _ in BAD_CATEGORIES:
        name = typed.removeprefix("Category:")
        if category_problem(name) and "namespace" in str(category_problem(name)):
            continue  # a valid page name on the wiki: refused as a typing mistake, not as a rewrite
        assert _category_on_wiki(testwiki, name) != [name.replace(" ", "_")], typed
    for name, _ in BAD_AUTHORS:
        _, links = mediawiki_names(testwiki, f"[[User:{name}|label]]")
        assert links != [f"User:{name}"], name


ALPHABET = list("abcdefz ABZ_ғӣқӯҳҷ019.,'()!?-/&%;~:#+*@$=") + ["&amp;", "%20", "~~~", "./", "../", "Боғ", " "]
def test_probe_every_accepted_name_comes_out_as_itself_on_the_wiki(testwiki: dict[str, str]) -> None:
    rnd = random.Random(255)
    typed = {"".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 12))) for _ in range(500)}
    accepted = refused = 0
    for text in sorted(typed):
        try:
            name = normalize_category(text)
        except InvalidCategoryError:
            refused += 1
            continue
        accepted += 1
        assert _category_on_wiki(testwiki, name) == [name.replace(" ", "_")], (text, name)
        try:
            user = normalize_user_name(text)
        except InvalidUserNameError:
            continue
        _, links = mediawiki_names(testwiki, f"[[User:{user}|label]]")
        assert links == [f"User:{user}"], (text, user)
    assert accepted >= 150 and refused >= 100, (accepted, refused)


def test_the_attribution_label_is_escaped() -> None:
    photo = Photo(id=1, path="a.jpg", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG, camera=CameraData(),
                  author="Photo walker", attribution="~~~~ &amp; [[x]] 50%20", licence="cc-zero")
    page = page_text(photo, ProjectSettings())
    assert "|author=[[User:Photo walker|&#126;&#126;&#126;&#126; &amp;amp; &#91;&#91;x&#93;&#93; 50%20]]" in page
