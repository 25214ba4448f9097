"""An event preset's wiki, hashtag and tracking category on the real test wiki, through the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from photowalk.__main__ import main
from photowalk.projectsettings import read_settings, update_settings
from photowalk.upload import state
from tests.upload_helpers import api_get, make_project, noise_jpeg, page_wikitext


def test_a_preset_chooses_the_wiki_and_marks_every_upload(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "a.jpg", width=320, height=240)])
    preset = tmp_path / "practice.toml"
    preset.write_text(f'''
        wiki = "{testwiki["TESTWIKI_API"]}"
        hashtag = "#WLTJ2025"
        tracking_category = "Uploaded with a photowalk preset"
        gallery_title = "Practice round"
        photowalk_version = "0.1.0"
    ''', encoding="utf-8")
    assert main(["edit", "--project", str(project.path), "--all", "--preset", str(preset)]) == 0
    assert "uploads now go to" in capsys.readouterr().out
    # No --wiki: the upload goes to the project's wiki, the one its preset names.
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"],
                 "--password-stdin"]) == 0
    # The tracking category has no page on this wiki: said before the upload, like a photo's own.
    out = capsys.readouterr().out
    assert "“Uploaded with a photowalk preset”" in out.split("Uploaded 1")[0]
    with project.open() as store:
        (row,) = state.load_all(store).values()
        assert row.wiki == read_settings(store).wiki == testwiki["TESTWIKI_API"]
    title = f"{row.title}"
    # What the wiki recorded: the upload comment and the page's first revision summary carry the hashtag.
    q = api_get(testwiki, action="query", titles=f"File:{title}", prop="imageinfo|revisions|categories",
                iiprop="comment", rvprop="comment", rvdir="newer", rvlimit=1)
    page = q["query"]["pages"][0]
    assert page["imageinfo"][0]["comment"].endswith(" #WLTJ2025")
    assert "#WLTJ2025" in page["revisions"][0]["comment"]
    assert "[[Category:Uploaded with a photowalk preset]]" in str(page_wikitext(testwiki, title))
    assert {"title": "Category:Uploaded with a photowalk preset", "ns": 14} in [
        {"title": c["title"], "ns": c["ns"]} for c in page.get("categories", [])]
    # A description edited after the upload goes as a page edit; its summary carries the hashtag too.
    assert main(["edit", "--project", str(project.path), "--all", "--description", "en=Edited the day after"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"],
                 "--password-stdin"]) == 0
    assert "the newer description was sent" in capsys.readouterr().out
    q = api_get(testwiki, action="query", titles=f"File:{title}", prop="revisions", rvprop="comment", rvlimit=1)
    (latest,) = q["query"]["pages"][0]["revisions"]
    assert latest["comment"].startswith("Description updated with photowalk") and latest["comment"].endswith(" #WLTJ2025")
    # The gallery of the uploaded files has the preset's title.
    assert main(["report", "--project", str(project.path)]) == 0
    assert capsys.readouterr().out.startswith('<gallery caption="Practice round">')


def test_another_wiki_given_on_the_command_line_becomes_the_projects_and_says_so(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One preset, two rounds: the practice wiki from the preset, then --wiki switches the project for good."""
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "a.jpg", width=320, height=240)])
    closed = "http://127.0.0.1:9/api.php"  # the practice wiki, not running: the plan goes on without its answers
    with project.open() as store:
        update_settings(store, wiki=closed)
    assert main(["upload", "--project", str(project.path), "--dry-run"]) == 0
    assert "Note:" not in capsys.readouterr().err
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"], "--dry-run"]) == 0
    assert "this project's wiki is 127.0.0.1:9; an upload with --wiki 127.0.0.1:" in capsys.readouterr().err
    with project.open() as store:
        assert read_settings(store).wiki == closed  # a dry run changes nothing
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"], "--user",
                 testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    err = capsys.readouterr().err
    assert "This project uploads to 127.0.0.1:" in err and "(it was 127.0.0.1:9)" in err
    with project.open() as store:
        assert read_settings(store).wiki == testwiki["TESTWIKI_API"]
        (row,) = state.load_all(store).values()
        assert row.wiki == testwiki["TESTWIKI_API"] and row.state == state.UploadState.DONE
