"""`photowalk use`: the wikitext for a photo uploaded to the real test wiki, and the suggestions as far as
that wiki can give them (it has no GeoData and no Wikibase: the notes say so)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import requests

from photowalk import edits
from photowalk.__main__ import main
from photowalk.cli.main import _language_asked
from photowalk.upload.articles import on_wiki
from tests.upload_helpers import Project, make_project, noise_jpeg

REFUSED = "http://127.0.0.1:9/api.php"


@pytest.fixture
def uploaded(testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> tuple[Project, str]:
    """A project of two photos, the first uploaded to the test wiki (then given a hostile Tajik caption and
    an item), the second not; and the first one's file name on the wiki."""
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "a.jpg", gps=True),
                                      noise_jpeg(tmp_path / "src" / "b.jpg")])
    first = next(pid for pid, f in project.files.items() if f.name == "a.jpg")  # the one with a location
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"], "--photo", str(first),
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    capsys.readouterr()
    with project.open() as store:
        edits.set_caption(store, [first], "tg", "Боғи Рӯдакӣ | Душанбе")
        edits.add_depicts(store, [first], ["Q1"])
        there = on_wiki(store, first)
    assert there is not None
    return project, there.title


def first(project: Project) -> str:
    return str(next(pid for pid, f in project.files.items() if f.name == "a.jpg"))


def test_use_prints_the_wikitext_of_the_uploaded_file(
    testwiki: dict[str, str], uploaded: tuple[Project, str], capsys: pytest.CaptureFixture[str],
) -> None:
    project, name = uploaded
    assert main(["use", "--project", str(project.path), first(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    thumb = f"[[File:{name}|thumb|Боғи Рӯдакӣ &#124; Душанбе]]"
    assert lines == ["In an article (tg):", thumb, "In an infobox's image field:", name, "In a <gallery>:",
                   f"File:{name}|Боғи Рӯдакӣ &#124; Душанбе"]
    # The link shows the file that was uploaded, with the caption as typed.
    parsed = requests.post(testwiki["TESTWIKI_API"], timeout=30, data={
        "action": "parse", "format": "json", "formatversion": 2, "title": "Probe", "contentmodel": "wikitext",
        "prop": "images|text", "text": thumb}).json()["parse"]
    assert parsed["images"] == [name.replace(" ", "_")]
    assert 'class="new"' not in parsed["text"], parsed["text"]
    assert '<div class="thumbcaption">' in parsed["text"] and "Боғи Рӯдакӣ &#124; Душанбе</div>" in parsed["text"]
    # Named by its file's name instead of its number, and for a Russian article (no Russian caption).
    assert main(["use", "--project", str(project.path), f"File:{name.replace(' ', '_')}", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == ["In an article (ru):", f"[[File:{name}|thumb]]"]
    assert "(no ru caption or description" in out  # and the command line still speaks English


def test_suggest_reports_what_the_wiki_cannot_answer(
    testwiki: dict[str, str], uploaded: tuple[Project, str], capsys: pytest.CaptureFixture[str],
) -> None:
    project, _ = uploaded
    host = testwiki["TESTWIKI_HOST"]
    assert main(["use", "--project", str(project.path), first(project), "--suggest",
                 "--articles-wiki", testwiki["TESTWIKI_API"]]) == 0
    out = capsys.readouterr().out
    assert f"Articles on {host} that could use it:\n  none found\n" in out
    assert f"{host} cannot answer list=geosearch (the extension is not installed there)." in out
    assert f"{host} cannot answer wbgetentities (the extension is not installed there)." in out


def test_suggest_offline_says_so_after_the_wikitext(
    uploaded: tuple[Project, str], capsys: pytest.CaptureFixture[str],
) -> None:
    project, name = uploaded
    assert main(["use", "--project", str(project.path), first(project), "--suggest",
                 "--articles-wiki", REFUSED]) == 1
    cap = capsys.readouterr()
    assert f"[[File:{name}|thumb|" in cap.out
    assert cap.err.startswith("photowalk: 127.0.0.1:9 is not reachable (connection lost or refused), so no "
                              "articles can be suggested now.")
    assert "Traceback" not in cap.err


def test_a_photo_not_on_the_wiki_or_not_in_the_project(
    uploaded: tuple[Project, str], capsys: pytest.CaptureFixture[str],
) -> None:
    project, _ = uploaded
    second = next(pid for pid, f in project.files.items() if f.name == "b.jpg")
    assert main(["use", "--project", str(project.path), str(second)]) == 1
    assert f"Photo {second} is not on the wiki yet: upload it first" in capsys.readouterr().err
    assert main(["use", "--project", str(project.path), "Nothing here.jpg"]) == 1
    assert "The project has no photo \u201cNothing here.jpg\u201d" in capsys.readouterr().err
    assert main(["use", "--project", str(project.path), first(project), "--lang", "evil.org/w/api.php?"]) == 1
    assert "is not a language code" in capsys.readouterr().err


def test_only_a_lang_before_the_command_is_the_language_photowalk_speaks() -> None:
    assert _language_asked(["--lang", "ru", "use", "--project", "p", "1"]) == "ru"
    assert _language_asked(["use", "--project", "p", "1", "--lang", "ru"]) is None
    assert _language_asked(["--lang=tg", "list"]) == "tg"
