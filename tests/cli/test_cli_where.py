"""`photowalk time` and `photowalk geotag` on a walk through Dushanbe (the shared benchmark corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.cli.main import main
from photowalk.project import ProjectStore
from tests.walk import Walk, make_corpus, make_walk, metres

CLOCK_ERROR = -(1 * 3600 + 3 * 60)  # the camera is 1 h 03 min slow


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 10)


@pytest.fixture
def walk(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Walk]:
    walk = make_walk(corpus, tmp_path / "walk", CLOCK_ERROR)
    project = str(tmp_path / "walk.photowalk")
    assert run("import", str(walk.photos), "--project", project, "--workers", "1") == 0
    capsys.readouterr()
    return project, walk


def ids_by_name(project: str) -> dict[str, int]:
    with ProjectStore.open(project) as store:
        return {p.file_name: p.id for p in store.photos()}


def test_shift_then_geotag_then_undo(walk: tuple[str, Walk], capsys: pytest.CaptureFixture[str]) -> None:
    project, w = walk
    assert run("time", "--project", project) == 0
    out = capsys.readouterr().out
    assert "NIKON D3500 #6012345: 10 photo(s), times as the camera wrote them" in out
    assert "Times without their own offset are Asia/Dushanbe time (the default" in out

    assert run("time", "--project", project, "--camera", "NIKON D3500", "--shift", "+01:03") == 0
    out = capsys.readouterr().out
    assert "NIKON D3500 #6012345: +1:03:00." in out and "10 photo(s), times +1:03:00" in out

    assert run("geotag", "--project", project, "--gpx", str(w.gpx), "--max-gap", "300") == 0
    out = capsys.readouterr().out
    assert "photo(s) placed (" in out and "from the track, 0 from phone photos)" in out
    # The first shots came before the phone had a fix.
    assert "before the track starts (e.g. photo" in out
    with ProjectStore.open(project) as store:
        for p in store.photos():
            shot = w.shots[p.file_name]
            if shot.lat is not None and shot.lon is not None:
                assert p.edit_lat is not None and p.edit_lon is not None, p.file_name
                assert metres(p.edit_lat, p.edit_lon, shot.lat, shot.lon) < 15

    assert run("geotag", "--project", project, "--undo") == 0
    assert "photo(s) lost the position geotagging had given them" in capsys.readouterr().out
    assert run("time", "--project", project, "--camera", "NIKON D3500", "--undo") == 0
    assert "the camera's own times again" in capsys.readouterr().out
    with ProjectStore.open(project) as store:
        assert all(p.edit_lat is None and p.clock_offset == 0 for p in store.photos())


def test_clock_from_a_reference_photo(walk: tuple[str, Walk], capsys: pytest.CaptureFixture[str]) -> None:
    project, w = walk
    ids = ids_by_name(project)
    truth = w.shots["DSC_0005.JPG"].when
    assert run("time", "--project", project, "--reference-photo", str(ids["DSC_0005.JPG"]),
               "--shows", truth.strftime("%H:%M:%S")) == 0
    assert "+1:03:00" in capsys.readouterr().out
    assert run("edit", "--project", project, "--all", "--licence", "cc-by-sa-4.0") == 0
    assert run("wikitext", "--project", project, "--photo", str(ids["DSC_0005.JPG"])) == 0
    assert "|date={{Taken on|" + truth.strftime("%Y-%m-%d %H:%M") + "}}" in capsys.readouterr().out


def test_the_projects_time_zone(walk: tuple[str, Walk], capsys: pytest.CaptureFixture[str]) -> None:
    project, _w = walk
    ids = ids_by_name(project)
    assert run("edit", "--project", project, "--all", "--licence", "cc-by-sa-4.0") == 0
    assert run("time", "--project", project, "--time-zone", "Asia/Dushanbe") == 0
    assert "Times without their own offset are Asia/Dushanbe time." in capsys.readouterr().out
    assert run("wikitext", "--project", project, "--photo", str(ids["DSC_0003.JPG"])) == 0
    assert " UTC+5|source=EXIF}}" in capsys.readouterr().out  # named by the volunteer: written on the page
    assert run("time", "--project", project, "--time-zone", "Moon/Tranquility") == 1
    assert "is not a time zone" in capsys.readouterr().err
    assert run("time", "--project", project, "--time-zone", "") == 0
    assert "(the default" in capsys.readouterr().out


def test_mistakes_are_explained(walk: tuple[str, Walk], capsys: pytest.CaptureFixture[str]) -> None:
    project, w = walk
    assert run("time", "--project", project, "--camera", "Canon EOS 80D", "--shift", "+1:00") == 1
    assert "No photo of the project was taken with a camera called \u201cCanon EOS 80D\u201d. Its cameras: NIKON D3500 #6012345" \
        in capsys.readouterr().err
    assert run("time", "--project", project, "--camera", "NIKON D3500", "--shift", "an hour") == 1
    assert "is not a clock correction" in capsys.readouterr().err
    assert run("time", "--project", project, "--reference-photo", "1") == 1
    assert run("geotag", "--project", project) == 1
    assert "give a track with --gpx" in capsys.readouterr().err
    bad = w.gpx.with_name("bad.gpx")
    bad.write_text("<gpx>", encoding="utf-8")
    assert run("geotag", "--project", project, "--gpx", str(bad)) == 1
    assert "it is not a GPX file or it is damaged" in capsys.readouterr().err
