"""The upload, status and list --json commands as a volunteer sees them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from photowalk import edits
from photowalk.__main__ import main
from photowalk.cli.upload import photo_json_fields
from photowalk.upload import state
from tests.upload_helpers import file_versions, files_with_sha1, make_project, noise_jpeg, sha1_of, upload_plain


def upload(project: Path, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    return main(["upload", "--project", str(project), "--wiki", testwiki["TESTWIKI_API"],
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin", *extra])


def test_dry_run_prints_what_would_be_sent_and_sends_nothing(
    testwiki: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "gps.jpg", gps=True),
                                      noise_jpeg(tmp_path / "src" / "n.jpg")])
    gps_id = next(pid for pid, f in project.files.items() if f.name == "gps.jpg")
    with project.open() as store:
        edits.remove_location(store, [gps_id])
        title = store.photo(gps_id).title
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"], "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"File:{title}.jpg" in out and "without location" in out
    assert "{{Information" in out and "[[Category:Photowalk tests]]" in out
    assert "2 photo(s) would be sent; nothing was sent." in out
    for f in project.files.values():
        assert not files_with_sha1(testwiki, sha1_of(f))
    with project.open() as store:
        assert not state.load_all(store)


def test_upload_status_and_list_json(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"c{i}.jpg", width=300, height=200) for i in range(4)]
    project = make_project(tmp_path, files)
    a, b, c, d = project.ids
    with project.open() as store:
        edits.set_title(store, c, None)  # not ready: no title
        taken = store.photo(d).title + ".jpg"
    upload_plain(testwiki, noise_jpeg(tmp_path / "other" / "x.jpg"), taken)  # d's title is taken
    assert upload(project.path, testwiki, monkeypatch) == 1
    cap = capsys.readouterr()
    assert "Uploaded 2, already on the wiki 0, need your decision 1, failed 0." in cap.out
    assert f"photo {d} " in cap.out and "[suggested: rename]" in cap.out
    assert f"photo {c} ({project.files[c].name}):" in cap.out and "There is no title" in cap.out
    assert "files" in cap.err and "MB" in cap.err  # progress on stderr
    # status, as text and as JSON.
    assert main(["status", "--project", str(project.path)]) == 0
    text = capsys.readouterr().out
    assert "2 done" in text and "1 needs-attention" in text and "1 not-uploaded" in text
    assert main(["status", "--project", str(project.path), "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[a]["status"] == "done" and rows[a]["url"].startswith(testwiki["TESTWIKI_URL"])
    assert rows[c]["status"] == "not-uploaded" and rows[c]["url"] is None
    assert rows[d]["status"] == "needs-attention" and rows[d]["action"] == "rename"
    assert "another title" in rows[d]["upload_error"]
    # list --json carries status, url, upload_error and structured_data_error.
    assert main(["list", "--project", str(project.path), "--json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    for pid in project.ids:
        with project.open() as store:
            expected = photo_json_fields(store, pid)
        assert {k: listed[pid][k] for k in ("status", "url", "upload_error", "structured_data_error", "account")} == expected
    # Who sent each file: the wiki's name of the bot password's account, in list --json and status --json.
    assert listed[a]["account"] == listed[b]["account"] == rows[a]["account"] == testwiki["TESTWIKI_USER"]
    assert listed[c]["account"] is None
    assert listed[b]["status"] == "done" and listed[d]["upload_error"]
    # report: the two files on the wiki, as a gallery and as CSV.
    assert main(["report", "--project", str(project.path), "--caption", "Photowalk"]) == 0
    gallery = capsys.readouterr().out.splitlines()  # in the project's order (shooting time, then name)
    assert gallery[0] == '<gallery caption="Photowalk">' and gallery[-1] == "</gallery>"
    assert sorted(gallery[1:-1]) == sorted(f"File:{rows[i]['title']}" for i in (a, b))
    assert main(["report", "--project", str(project.path), "--csv"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0] == "title,url,outcome,account"
    assert sorted(table[1:]) == sorted(f"{rows[i]['title']},{rows[i]['url']},uploaded,{testwiki['TESTWIKI_USER']}"
                                       for i in (a, b))
    # Upload again after fixing: only the fixed photos move.
    with project.open() as store:
        edits.set_title(store, c, "A title for the third photo")
        edits.set_title(store, d, "A new title for the fourth photo")
    assert upload(project.path, testwiki, monkeypatch) == 0
    assert "Uploaded 2, already on the wiki 0" in capsys.readouterr().out


def test_only_chosen_photos(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [noise_jpeg(tmp_path / "src" / f"o{i}.jpg", width=200, height=200) for i in range(3)]
    project = make_project(tmp_path, files)
    assert upload(project.path, testwiki, monkeypatch, "--photo", str(project.ids[1])) == 0
    with project.open() as store:
        assert set(state.load_all(store)) == {project.ids[1]}
    assert upload(project.path, testwiki, monkeypatch, "--photo", "999") == 1
    assert "no photo number 999" in capsys.readouterr().err


def test_insecure_wiki_address_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["login", "--wiki", "http://commons.wikimedia.org/w/api.php", "--user", "A@b"]) == 1
    assert "https://" in capsys.readouterr().err


def test_decide_answers_a_warning_from_the_command_line(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = noise_jpeg(tmp_path / "src" / "mine.jpg", width=240, height=160)
    project = make_project(tmp_path, [photo])
    [pid] = project.ids
    with project.open() as store:
        title = store.photo(pid).title + ".jpg"
    upload_plain(testwiki, noise_jpeg(tmp_path / "other" / "x.jpg"), title)  # the title is taken
    assert upload(project.path, testwiki, monkeypatch) == 1
    capsys.readouterr()
    with project.open() as store:
        row = state.load(store, pid)
        assert row is not None and row.state.value == "needs-attention"
    p = str(project.path)
    theirs = file_versions(testwiki, title)
    # Upload anyway would put this photo over the other file: refused, with a free title to use instead.
    assert main(["decide", "--project", p, "--photo", str(pid), "--upload-anyway"]) == 1
    err = capsys.readouterr().err
    assert "never uploads over someone else's file" in err and "--rename" in err
    with project.open() as store:
        row = state.load(store, pid)
    assert row is not None and row.state.value == "needs-attention" and not row.ignore_warnings
    suggestion = row.warning.suggestion  # type: ignore[union-attr]
    assert suggestion == title[: -len(".jpg")] + " (2).jpg"
    assert main(["decide", "--project", p, "--photo", str(pid), "--rename", title]) == 1  # the taken title again
    assert "cannot be used" in capsys.readouterr().err
    assert main(["decide", "--project", p, "--photo", str(pid), "--rename", suggestion]) == 0
    assert f"photo {pid}: renamed to {suggestion}" in capsys.readouterr().out
    assert upload(project.path, testwiki, monkeypatch) == 0
    assert "Uploaded 1" in capsys.readouterr().out
    assert main(["decide", "--project", p, "--photo", str(pid), "--skip"]) == 1  # nothing to decide any more
    assert "does not apply" in capsys.readouterr().err
    assert file_versions(testwiki, title) == theirs
    assert [v["sha1"] for v in file_versions(testwiki, suggestion)] == [sha1_of(photo)]
