"""Someone else's photo on the real test wiki: the plan refuses it while its origin is incomplete, and
once complete its third-party page is stored exactly as photowalk made it, hostile author and source
still in their fields."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import mwparserfromhell

from photowalk import edits
from photowalk.projectsettings import read_settings
from photowalk.upload import state
from photowalk.upload.plan import plan_upload
from photowalk.upload.remote import normalize_text
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from photowalk.wikitext import page_text
from tests.core.test_wikitext import information, shown
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
