"""`photowalk edit`, `check` and `wikitext` on a project of real camera files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photowalk.checks import check_photos
from photowalk.cli.describe import photo_json_fields
from photowalk.cli.main import main
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.wikitext import page_text
from tests.describing import project_with

FILES = ["cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG", "gps/thompson-springs.jpg"]
EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "presets" / "example-photowalk.toml"


def run(*argv: str) -> int:
    """photowalk's own main(), in this process."""
    return main(list(argv))


@pytest.fixture
def project(tmp_path: Path) -> tuple[str, list[int]]:
    store, ids = project_with(tmp_path, FILES)
    store.close()
    return str(tmp_path / "walk.photowalk"), [ids[f] for f in FILES]


def photos(path: str) -> dict[int, object]:
    store = ProjectStore.open(path)
    try:
        return {p.id: p for p in store.photos()}
    finally:
        store.close()


def test_the_issue_example(project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = project
    assert run("edit", "--project", path, "--all", "--description", "tg=Боғи Рӯдакӣ, Душанбе",
               "--category", "Rudaki Park", "--licence", "cc-by-sa-4.0") == 0
    assert "3 photo(s)" in capsys.readouterr().out
    for p in photos(path).values():
        assert (p.descriptions, p.categories, p.licence) == (  # type: ignore[attr-defined]
            {"tg": "Боғи Рӯдакӣ, Душанбе"}, ["Rudaki Park"], "cc-by-sa-4.0")

    assert run("check", "--project", path) == 1  # no titles yet
    out = capsys.readouterr().out
    assert out.count("There is no title") == 3 and "3 with errors" in out

    assert run("edit", "--project", path, "--all", "--title-pattern", "{description} {date} {n}") == 0
    out = capsys.readouterr().out
    assert "Боғи Рӯдакӣ, Душанбе 2021-07-25 1.jpg" in out
    assert run("check", "--project", path) == 0
    assert "3 ready, 0 with errors" in capsys.readouterr().out

    assert run("wikitext", "--project", path, "--photo", str(ids[2])) == 0
    out = capsys.readouterr().out
    store = ProjectStore.open(path)
    assert out == page_text(store.photo(ids[2]), read_settings(store)) + "\n"
    store.close()
    assert "{{Location|39.115|-108.400968|heading:206}}" in out


def test_edit_touches_only_the_chosen_photos(project: tuple[str, list[int]]) -> None:
    path, (a, b, c) = project
    assert run("edit", "--project", path, "--photo", str(a), str(c), "--author", "User:Photo_walker",
               "--remove-location", "--category", "X", "--category", "Y") == 0
    assert run("edit", "--project", path, "--photo", str(c), "--remove-category", "Category:X",
               "--description", "en=Thompson Springs", "--title", "Thompson Springs station") == 0
    got = photos(path)
    pa, pb, pc = got[a], got[b], got[c]
    assert (pa.author, pa.location_removed, pa.categories) == ("Photo walker", True, ["X", "Y"])  # type: ignore[attr-defined]
    assert (pb.author, pb.location_removed, pb.categories) == (None, False, [])  # type: ignore[attr-defined]
    assert (pc.categories, pc.descriptions, pc.title) == (["Y"], {"en": "Thompson Springs"}, "Thompson Springs station")  # type: ignore[attr-defined]


def test_empty_description_text_removes_the_language(project: tuple[str, list[int]]) -> None:
    path, (a, _, _) = project
    run("edit", "--project", path, "--photo", str(a), "--description", "tg=Боғ", "--description", "ru=Парк")
    assert run("edit", "--project", path, "--photo", str(a), "--description", "ru=") == 0
    assert photos(path)[a].descriptions == {"tg": "Боғ"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--all", "--licence", "cc-by-sa-3.0"], "not a licence photowalk knows"),
        (["--all", "--description", "Боғи Рӯдакӣ"], "LANG=TEXT"),
        (["--all", "--description", "Tajik=Боғ"], "not a language code"),
        (["--all", "--category", "A|B"], "not a possible category name"),
        (["--all", "--title", "Same title"], "use --title-pattern"),
        (["--all", "--title-pattern", "{descripton}"], "not a placeholder"),
        (["--photo", "1", "99", "--licence", "cc-zero"], "no photo number 99"),
        (["--all", "--preset", "/nonexistent/event.toml"], "event.toml"),
        (["--all", "--date", "2025-13-40"], "is not a date"),
        (["--all", "--location", "38.5"], "is not a location"),
        (["--all", "--location", "95,68.7"], "is not a location"),
        (["--all", "--location", "38.5,68.7,400"], "is not a location"),
    ],
)
def test_bad_input_changes_nothing(
    project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    path, _ = project
    before = repr(photos(path))
    assert run("edit", "--project", path, "--category", "Fine", *args) == 1
    assert message in capsys.readouterr().err
    assert repr(photos(path)) == before


def test_all_and_photo_exclude_each_other(project: tuple[str, list[int]]) -> None:
    path, _ = project
    with pytest.raises(SystemExit) as info:
        run("edit", "--project", path, "--all", "--photo", "1", "--licence", "cc-zero")
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        run("edit", "--project", path, "--licence", "cc-zero")


def test_preset_from_the_command_line(project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = project
    run("edit", "--project", path, "--all", "--description", "tg=Бозор")
    assert run("edit", "--project", path, "--all", "--preset", str(EXAMPLE)) == 0
    assert "preset: 3 licence(s)" in capsys.readouterr().out
    got = photos(path)
    assert got[ids[0]].title == "Бозор - Dushanbe 2021-07-25 01.jpg"  # type: ignore[attr-defined]
    assert run("wikitext", "--project", path, "--photo", str(ids[0])) == 0
    assert "|date={{Taken on|2021-07-25 10:41|location=Tajikistan|source=EXIF}}" in capsys.readouterr().out


PREFIX = "Сайругашти аксбардорӣ дар Душанбе: "


def test_description_and_preset_in_one_call_apply_in_the_one_order(
    project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    """The preset's settings first, the values given, then the preset fills the rest: the new
    descriptions get the prefix and the preset's pattern gives titles."""
    path, ids = project
    assert run("edit", "--project", path, "--all", "--description", "tg=Бозор", "--licence", "cc-zero",
               "--preset", str(EXAMPLE)) == 0
    assert "0 prefix(es), 3 title(s)" in capsys.readouterr().out  # prefixed when written
    got = photos(path)
    for pid in ids:
        assert got[pid].descriptions == {"tg": PREFIX + "Бозор"}  # type: ignore[attr-defined]
        assert got[pid].licence == "cc-zero"  # type: ignore[attr-defined]  # the value given wins
        assert got[pid].categories == ["Dushanbe", "Photowalks in Tajikistan"]  # type: ignore[attr-defined]
    assert got[ids[0]].title == "Бозор - Dushanbe 2021-07-25 01.jpg"  # type: ignore[attr-defined]
    # The prefix is the project's now: a description written later gets it too, once.
    assert run("edit", "--project", path, "--photo", str(ids[1]), "--description", "tg=Боғ") == 0
    assert run("edit", "--project", path, "--photo", str(ids[1]), "--description", "tg=Боғи Рӯдакӣ") == 0
    assert photos(path)[ids[1]].descriptions == {"tg": PREFIX + "Боғи Рӯдакӣ"}  # type: ignore[attr-defined]


def test_titles_given_with_a_preset_win_over_its_pattern(project: tuple[str, list[int]]) -> None:
    path, ids = project
    assert run("edit", "--project", path, "--all", "--description", "tg=Бозор", "--title-pattern",
               "{description} {n}", "--preset", str(EXAMPLE)) == 0
    titles = sorted(p.title for p in photos(path).values())  # type: ignore[attr-defined]
    assert titles == ["Бозор 1.jpg", "Бозор 2.jpg", "Бозор 3.jpg"]  # without the prefix, as the pattern says


def test_check_json(project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = project
    run("edit", "--project", path, "--all", "--description", "tg=Боғ дар шом", "--licence", "cc-zero",
        "--title-pattern", "{description} {n}")
    capsys.readouterr()
    assert run("check", "--project", path, "--json") == 0  # warnings only
    out = json.loads(capsys.readouterr().out)
    assert sorted(o["id"] for o in out) == sorted(ids)  # in shooting order
    assert all(o["ok"] for o in out)
    assert {p["code"] for o in out for p in o["problems"]} == {"no-category", "location-outside", "no-caption"}
    # The missing caption comes with one to use: the description's first sentence.
    assert all(set(p) == {"code", "severity", "message"} | ({"suggestion"} if p["code"] == "no-caption" else set())
               for o in out for p in o["problems"])
    assert {p.get("suggestion") for o in out for p in o["problems"] if p["code"] == "no-caption"} == {"Боғ дар шом"}


def test_wikitext_of_an_unknown_photo_or_without_licence(project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = project
    assert run("wikitext", "--project", path, "--photo", "99") == 1
    assert "99" in capsys.readouterr().err
    assert run("wikitext", "--project", path, "--photo", str(ids[0])) == 1
    assert "no licence" in capsys.readouterr().err


def test_list_json_fields(project: tuple[str, list[int]]) -> None:
    path, ids = project
    run("edit", "--project", path, "--photo", str(ids[0]), "--description", "tg=Боғ", "--description", "en=Park",
        "--category", "Parks", "--author", "Photowalker", "--remove-location", "--title", "Park.jpg")
    store = ProjectStore.open(path)
    photo = store.photo(ids[0])
    problems = check_photos(store, [ids[0]])[ids[0]]
    store.close()
    fields = photo_json_fields(photo, problems)
    assert fields == {
        "title": "Park.jpg",
        "descriptions": {"tg": "Боғ", "en": "Park"},
        "categories": ["Parks"],
        "captions": {},
        "depicts": [],
        "licence": None,
        "author": "Photowalker",
        "location_removed": True,
        "origin": {"own_work": True},
        "problems": [p.to_json() for p in problems],
    }
    assert [p["code"] for p in fields["problems"]] == ["no-licence", "title-too-short", "no-caption"]
    json.dumps(fields)  # serialisable as it is


def test_date_and_location_from_the_command_line(project: tuple[str, list[int]]) -> None:
    from photowalk.fields import effective_location

    path, (a, b, gps) = project
    camera = effective_location(photos(path)[gps])  # type: ignore[arg-type]
    assert run("edit", "--project", path, "--photo", str(a), str(gps), "--date", "2025-05-01 10:30",
               "--location", "38.5598,68.7870,90") == 0
    after = photos(path)
    for pid in (a, gps):
        loc = effective_location(after[pid])  # type: ignore[arg-type]
        assert after[pid].edit_date == "2025-05-01 10:30" and loc is not None  # type: ignore[attr-defined]
        assert (loc.lat, loc.lon, loc.heading) == (38.5598, 68.787, 90)
    assert after[b].edit_date is None and after[b].edit_lat is None  # type: ignore[attr-defined]
    assert run("edit", "--project", path, "--photo", str(gps), "--remove-location") == 0
    assert effective_location(photos(path)[gps]) is None  # type: ignore[arg-type]
    assert run("edit", "--project", path, "--photo", str(gps), "--show-location", "--camera-location",
               "--date", "") == 0
    back = photos(path)[gps]
    assert effective_location(back) == camera and back.edit_date is None  # type: ignore[arg-type, attr-defined]


def test_captions_and_depicts_from_the_command_line(project: tuple[str, list[int]], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, (a, b, gps) = project
    preset = tmp_path / "event.toml"
    preset.write_text('depicts = [{ id = "Q1", labels = { tg = "Боғи Рӯдакӣ" } }]\n', encoding="utf-8")
    assert run("edit", "--project", path, "--photo", str(a), "--preset", str(preset)) == 0
    assert run("edit", "--project", path, "--photo", str(a), str(gps), "--caption", "tg=Боғи Рӯдакӣ",
               "--caption", "en=Rudaki Park", "--depicts", "Q1", "--depicts", "q2") == 0
    assert "caption tg; caption en; depicts added: Q1, Q2" in capsys.readouterr().out
    assert run("edit", "--project", path, "--photo", str(gps), "--remove-depicts", "Q1", "--caption", "en=") == 0
    shot = photos(path)
    assert shot[a].captions == {"tg": "Боғи Рӯдакӣ", "en": "Rudaki Park"}  # type: ignore[attr-defined]
    assert [d.to_json() for d in shot[a].depicts] == [  # type: ignore[attr-defined]
        {"id": "Q1", "labels": {"tg": "Боғи Рӯдакӣ"}}, {"id": "Q2", "labels": {}}]
    assert shot[gps].captions == {"tg": "Боғи Рӯдакӣ"}  # type: ignore[attr-defined]
    assert [d.id for d in shot[gps].depicts] == ["Q2"]  # type: ignore[attr-defined]
    assert shot[b].captions == {} and shot[b].depicts == []  # type: ignore[attr-defined]
    capsys.readouterr()
    # Refused before anything changes: a caption too long, an item that is not one.
    assert run("edit", "--project", path, "--photo", str(b), "--caption", "en=" + "x" * 251, "--depicts", "Q3") == 1
    assert "251" in capsys.readouterr().err
    assert run("edit", "--project", path, "--photo", str(b), "--depicts", "Rudaki Park") == 1
    assert "Rudaki Park" in capsys.readouterr().err
    assert photos(path)[b].depicts == []  # type: ignore[attr-defined]
    # list --json carries them; wikitext --sdc prints what will be sent.
    assert run("list", "--project", path, "--json") == 0
    listed = {o["id"]: o for o in json.loads(capsys.readouterr().out)}
    assert listed[gps]["captions"] == {"tg": "Боғи Рӯдакӣ"} and listed[gps]["depicts"] == [{"id": "Q2", "labels": {}}]
    assert listed[gps]["structured_data_error"] is None
    assert run("wikitext", "--project", path, "--photo", str(gps), "--sdc") == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["labels"] == {"tg": {"language": "tg", "value": "Боғи Рӯдакӣ"}}
    assert [c["mainsnak"]["property"] for c in sent["claims"]] == ["P180", "P1259"]
    assert sent["claims"][0]["mainsnak"]["datavalue"]["value"] == {"entity-type": "item", "id": "Q2"}


def test_someone_elses_photo(project: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = project
    first = str(ids[0])
    # A bad reason or year is refused before anything changes.
    assert run("edit", "--project", path, "--photo", first, "--original-author", "X", "--reason", "PD-Tajikistan") != 0
    assert run("edit", "--project", path, "--photo", first, "--death-year", "fifty") != 0
    capsys.readouterr()
    assert all(p.origin is None for p in photos(path).values())  # type: ignore[attr-defined]

    assert run("edit", "--project", path, "--photo", first, "--description", "tg=Акси кӯҳна",
               "--original-author", "Rahim | Karimov", "--reason", "PD-old-70-expired", "--death-year", "1950") == 0
    assert "someone else's work: author, reason, death_year" in capsys.readouterr().out
    assert run("check", "--project", path) == 1
    out = capsys.readouterr().out
    assert "its source is not given" in out and "needs the year the photo was made or first published" in out

    assert run("edit", "--project", path, "--photo", first, "--source", "family album", "--year", "1929") == 0
    capsys.readouterr()
    assert run("list", "--project", path, "--json") == 0
    listed = {o["id"]: o for o in json.loads(capsys.readouterr().out)}
    assert listed[ids[0]]["origin"] == {"own_work": False, "author": "Rahim | Karimov", "source": "family album",
                                        "reason": "pd-old-70-expired", "death_year": 1950, "year": 1929}
    assert listed[ids[1]]["origin"] == {"own_work": True}

    assert run("wikitext", "--project", path, "--photo", first) == 0
    page = capsys.readouterr().out
    assert "|source=family album\n|author=Rahim &#124; Karimov\n" in page
    assert "=={{int:license-header}}==\n{{PD-old-70-expired}}\n" in page

    assert run("edit", "--project", path, "--photo", first, "--own-work", "--source", "x") != 0
    capsys.readouterr()
    assert run("edit", "--project", path, "--photo", first, "--own-work") == 0
    assert "own work" in capsys.readouterr().out
    assert photos(path)[ids[0]].origin is None  # type: ignore[attr-defined]
def test_a_preset_for_the_whole_project_switches_its_wiki(
    project: tuple[str, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = project
    preset = tmp_path / "practice.toml"
    preset.write_text('wiki = "test.wikipedia"\nlanguages = ["tg"]\ncaption_prefix = "WLTJ: "\n', encoding="utf-8")
    assert run("edit", "--project", path, "--photo", str(ids[0]), "--caption", "tg=Бозор", "--preset", str(preset)) == 0
    out = capsys.readouterr().out
    assert "uploads now go to" not in out  # some photos only: the event's keys stay as they are
    store = ProjectStore.open(path)
    try:
        assert read_settings(store).wiki is None and store.photo(ids[0]).captions == {"tg": "WLTJ: Бозор"}
    finally:
        store.close()
    assert run("edit", "--project", path, "--all", "--preset", str(preset)) == 0
    assert "uploads now go to https://test.wikipedia.org/w/api.php" in capsys.readouterr().out
    store = ProjectStore.open(path)
    try:
        assert read_settings(store).wiki == "https://test.wikipedia.org/w/api.php"
    finally:
        store.close()
