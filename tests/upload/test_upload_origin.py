"""Someone else's photo on the real test wiki: the plan refuses it while its origin is incomplete, and
once complete its third-party page is stored exactly as photowalk made it, hostile author and source
still in their fields."""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import unquote

import mwparserfromhell
import requests

from photowalk import edits
from photowalk.origin import Origin
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.text import normalize
from photowalk.upload import state
from photowalk.upload.plan import plan_upload
from photowalk.upload.remote import normalize_text
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from photowalk.wikitext import page_text
from tests.core.test_origin import HOSTILE
from tests.core.test_wikitext import information, make_photo, shown
from tests.core.test_wikitext_unsafe import FRAGMENTS, soup
from tests.upload_helpers import make_project, noise_jpeg, page_wikitext, run_batch

AUTHOR = "Rahim | Karimov }}{{PD-self}} ~~~~"
SOURCE = "https://example.org/album?page=3|x}}"


def test_third_party_photo_uploads_with_its_page(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "print.jpg")])
    pid = project.ids[0]
    api_url = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    with project.open() as store:
        edits.update_origin(store, [pid], {"author": AUTHOR, "reason": "pd-old-70-expired", "death_year": 1950})
        plan = plan_upload(store, None, api_url=api_url)
    # Refused like any photo with a blocking problem, saying what is missing.
    assert not plan.items
    (refused,) = plan.not_ready
    assert {p.code for p in refused.problems} >= {"origin-no-source", "origin-no-year"}

    with project.open() as store:
        edits.update_origin(store, [pid], {"source": SOURCE, "year": 1929})
        photo = store.photo(pid)
        expected = page_text(photo, read_settings(store))
    run = run_batch(project, testwiki)
    assert run.result.stopped is None
    with project.open() as store:
        row = state.load(store, pid)
    assert row is not None and row.state == UploadState.DONE and row.outcome == "uploaded"

    stored = page_wikitext(testwiki, str(row.title))
    assert stored == normalize_text(expected)
    assert stored is not None
    info = information(stored)
    assert shown(info.get("author").value).strip("\n") == AUTHOR
    link = info.get("source").value.filter_external_links()[0]
    assert unquote(str(link.url)) == SOURCE
    code = mwparserfromhell.parse(stored)
    top = [str(t) for t in code.filter_templates(recursive=False)]
    assert "{{PD-old-70-expired}}" in top and "{{PD-self}}" not in top and not any(t.startswith("{{self") for t in top)
    assert "~~~~" not in stored and "[[User:" not in stored  # no signature expanded into the author


def _parsed(testwiki: dict[str, str], text: str) -> tuple[list[str], list[str], list[str]]:
    """(categories, templates, internal links) of a file page, as the real MediaWiki reads it."""
    r = requests.post(testwiki["TESTWIKI_API"], timeout=30, data={
        "action": "parse", "format": "json", "formatversion": 2, "title": "File:Probe.jpg",
        "contentmodel": "wikitext", "prop": "categories|templates|links", "text": text,
    })
    r.raise_for_status()
    parsed = r.json()["parse"]
    return ([c["category"] for c in parsed["categories"]], sorted(t["title"] for t in parsed["templates"]),
            sorted(link["title"] for link in parsed["links"]))


def test_probe_hostile_author_and_source_on_the_real_wiki(testwiki: dict[str, str]) -> None:
    """Whatever author and source are typed, MediaWiki reads the third-party page with exactly the
    templates, categories and links of a plain one: nothing typed becomes markup."""
    def page(author: str, source: str) -> str:
        photo = make_photo(origin=Origin(author, source, "cc-by-4.0"))
        return page_text(photo, ProjectSettings(country="Tajikistan"))

    baseline = _parsed(testwiki, page("A. Friend", "family album"))
    assert "Template:Cc-by-4.0" in baseline[1] and baseline[0] == ["Rudaki_Park", "Dushanbe"]
    rnd = random.Random(20261205)
    samples = [*HOSTILE, *FRAGMENTS, *(soup(rnd) for _ in range(250))]
    urls = ["https://example.org/" + s.replace(" ", "").replace("\n", "") for s in samples[:60]]
    tried = 0
    for author, source in [*zip(samples, reversed(samples), strict=True), *zip(samples, urls, strict=False)]:
        if not normalize(author) or not normalize(source):
            continue
        assert _parsed(testwiki, page(author, source)) == baseline, (author, source)
        tried += 1
    assert tried >= 300, tried
