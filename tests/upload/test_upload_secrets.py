"""The bot password never reaches a log line, the terminal, an error or the project file."""

from __future__ import annotations

import io
import logging
import traceback
from pathlib import Path

import pytest

from photowalk.__main__ import main
from photowalk.paths import cache_dir, config_dir
from photowalk.upload.errors import AuthError
from photowalk.upload.wiki import Wiki, parse_wiki
from tests.upload_helpers import WikiRecorder, make_project, noise_jpeg, run_batch


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def test_password_absent_from_logs_output_errors_and_project(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: photowalk, mwclient, urllib3, requests
    api, user, pw = testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]
    wrong = "v" * 40
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"s{i}.jpg", width=500, height=400) for i in range(2)])

    # A wrong password through the command line, then the right one.
    monkeypatch.setattr("sys.stdin", io.StringIO(wrong + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--user", user, "--password-stdin"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(pw + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--user", user, "--password-stdin"]) == 0
    out = capsys.readouterr()

    # A lost session and a new login, at DEBUG, through the engine.
    project2 = make_project(tmp_path / "2", [noise_jpeg(tmp_path / "src2" / "s.jpg", width=800, height=600)])
    factory = WikiRecorder(testwiki)
    cleared: list[bool] = []

    def lose(p: object) -> None:
        if not cleared and p.bytes_done > 0:
            cleared.append(True)
            factory.made[0].site.connection.cookies.clear()

    run = run_batch(project2, testwiki, factory=factory, on_progress=lose)
    assert run.result.stopped is None and factory.made[0].relogins == 1

    # An AuthError and its traceback.
    with pytest.raises(AuthError) as info:
        Wiki(parse_wiki(api), user, wrong).connect()
    error_text = "".join(traceback.format_exception(info.value)) + repr(info.value) + str(info.value.params)

    assert "Authorization" not in caplog.text  # no credential headers either
    assert caplog.text.count("\n") > 20  # DEBUG logging really was on
    for secret in (pw, wrong):
        assert secret not in caplog.text
        assert secret not in out.out and secret not in out.err
        assert secret not in error_text
        for f in files_under(project.path.parent, project2.path.parent, config_dir(), cache_dir()):
            assert secret.encode() not in f.read_bytes(), f
    # The project file (and its write-ahead log) were really written to.
    assert project.path.stat().st_size > 0
    assert any(p.name.endswith(("-wal", ".photowalk")) for p in files_under(project.path.parent))
