"""The command line says the account's limit and the batch's time before it starts; the cap option."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from photowalk.__main__ import main
from photowalk.upload import linkstats
from photowalk.upload.limits import UPLOAD, AccountLimits, RateLimit
from photowalk.upload.wiki import parse_wiki
from tests.upload_helpers import make_project, noise_jpeg


def upload(project: Path, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    return main(["upload", "--project", str(project), "--wiki", testwiki["TESTWIKI_API"],
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin", *extra])


def test_dry_run_says_the_limit_and_the_time(testwiki: dict[str, str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"d{i}.jpg") for i in range(3)])
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    user = testwiki["TESTWIKI_BOTPASSWORD_USER"]
    linkstats.save_limits(api, user, AccountLimits({UPLOAD: (RateLimit(2, 600),)}, newbie=True))
    linkstats.record_batch(api, 10_000_000, 10.0)
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--user", user, "--dry-run"]) == 0
    out = capsys.readouterr().out
    # Three files, two per 10 minutes: the third waits for the window (and a little more).
    assert "This account is new: at most 2 uploads per 10 min; this batch of 3 will take about 10 min." in out


def test_upload_says_the_limit_before_the_first_file(
    testwiki: dict[str, str], wiki_settings: Callable[[str], None], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"u{i}.jpg") for i in range(2)])
    wiki_settings("$wgRateLimits['upload'] = ['user' => [30, 600]];")
    linkstats.record_batch(parse_wiki(testwiki["TESTWIKI_API"]).api_url, 4_000_000, 8.0)
    assert upload(project.path, testwiki, monkeypatch, "--bandwidth-cap", "0") == 0
    out = capsys.readouterr().err  # with the progress lines
    notice = out.index("This account may upload at most 30 files per 10 min; this batch of 2 will take about")
    assert notice < out.index("uploaded: ")


def test_bad_cap_is_refused(testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "b.jpg")])
    assert upload(project.path, testwiki, monkeypatch, "--bandwidth-cap", "fast") != 0
    assert "\u201cfast\u201d is not a bandwidth" in capsys.readouterr().err
