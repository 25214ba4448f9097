"""Categories on the real test wiki: suggestions for a typed prefix and red (missing) categories."""

from __future__ import annotations

import socket

import pytest

from photowalk.upload.categories import (
    SUGGESTION_LIMIT,
    TITLES_PER_QUERY,
    CategoryReader,
    category_prefix,
    missing_categories,
    suggest_categories,
)
from photowalk.upload.errors import Transient, UploadError
from photowalk.upload.wiki import Wiki, parse_wiki
from tests.upload_helpers import make_pages, unique


def anonymous(testwiki: dict[str, str]) -> Wiki:
    wiki = Wiki(parse_wiki(testwiki["TESTWIKI_API"]))
    wiki.connect()
    return wiki


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_prefix_is_read_as_mediawiki_reads_a_title() -> None:
    assert category_prefix("category:parks_in") == "Parks in"
    assert category_prefix("  ғарм") == "Ғарм"
    assert category_prefix("") is None
    assert category_prefix("a|b") is None


def test_suggestions_start_with_the_prefix_in_either_case_of_the_first_letter(testwiki: dict[str, str]) -> None:
    tok = unique("P")
    make_pages(testwiki, [
        f"Category:{tok} Parks in Dushanbe", f"Category:{tok} Parks of Tajikistan", f"Category:{tok} Palaces",
        f"{tok} Parks (an article, not a category)", f"Category:Old {tok} Parks",
        f"Category:Ғарм {tok}", f"Category:Ғарм {tok} водопады",
    ])
    wiki = anonymous(testwiki)
    assert wiki.site is not None and not wiki.site.logged_in  # reading needs no account
    parks = [f"{tok} Parks in Dushanbe", f"{tok} Parks of Tajikistan"]
    assert sorted(suggest_categories(wiki, f"{tok} Par")) == parks
    lower = tok[0].lower() + tok[1:]
    assert sorted(suggest_categories(wiki, f"{lower} Par")) == parks
    assert sorted(suggest_categories(wiki, f"Category:{lower}_Parks_")) == parks
    assert sorted(suggest_categories(wiki, f"{tok} Pa")) == [f"{tok} Palaces", *parks]
    assert sorted(suggest_categories(wiki, f"ғарм {tok}")) == [f"Ғарм {tok}", f"Ғарм {tok} водопады"]
    assert suggest_categories(wiki, f"{tok} Zoo") == []
    assert suggest_categories(wiki, "a|b") == []


def test_suggestions_are_limited(testwiki: dict[str, str]) -> None:
    tok = unique("L")
    names = [f"{tok} Street {n:02d}" for n in range(SUGGESTION_LIMIT + 1)]
    make_pages(testwiki, [f"Category:{n}" for n in names])
    wiki = anonymous(testwiki)
    found = suggest_categories(wiki, f"{tok} Street")
    assert len(found) == SUGGESTION_LIMIT and set(found) <= set(names)
    assert len(suggest_categories(wiki, f"{tok} Street", limit=3)) == 3


def test_unreachable_wiki_gives_a_typed_error_and_the_reader_recovers(
    testwiki: dict[str, str], wiki_fault: object
) -> None:
    with pytest.raises(Transient):
        CategoryReader(f"http://127.0.0.1:{unused_port()}/api.php").suggest("Parks")

    tok = unique("R")
    make_pages(testwiki, [f"Category:{tok} Rivers"])
    reader = CategoryReader(testwiki["TESTWIKI_API"])
    assert reader.suggest(f"{tok} Ri") == [f"{tok} Rivers"]
    wiki_fault("503 1")  # type: ignore[operator]
    with pytest.raises(UploadError) as caught:
        reader.suggest(f"{tok} Ri")
    assert isinstance(caught.value, Transient) and "503" in str(caught.value)
    assert reader.suggest(f"{tok} Ri") == [f"{tok} Rivers"]  # the wiki answers again


def test_missing_categories_are_the_red_ones(testwiki: dict[str, str]) -> None:
    tok = unique("M")
    make_pages(testwiki, [f"Category:{tok} Exists", f"Category:{tok} Also here"])
    never = [f"{tok} Never made {n}" for n in range(TITLES_PER_QUERY + 5)]  # more than one query holds
    names = [f"{tok} Exists", f"{tok[0].lower()}{tok[1:]} Also here", "A|B", *never]
    assert missing_categories(anonymous(testwiki), names) == {"A|B", *never}
    assert missing_categories(anonymous(testwiki), []) == set()
