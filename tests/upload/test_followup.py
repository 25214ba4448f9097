"""Follow-up after upload and the event report, on the real test wiki: two participants (two accounts)
upload from their own projects, sharing one photo; an admin tags, deletes and uses files as Commons'
volunteers would; the follow-up finds each state and the report's every number is checked.

The test wiki has no GlobalUsage (checked: `has_globalusage` is false there), so the follow-up reads
`prop=fileusage`, the pages of the wiki itself, as it does on any wiki without GlobalUsage. Structured
data (captions, depicts) goes to a server answering as the recorded Commons-like wiki (no Wikibase here).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from photowalk import edits
from photowalk.cli.main import main
from photowalk.depicts import DepictedItem
from photowalk.errors import PhotowalkError
from photowalk.project import ProjectStore
from photowalk.upload import eventreport, followup
from photowalk.upload.followup import Followup
from photowalk.upload.state import load_all
from tests.upload.test_upload_hostile import CANNED, REWRITES, assert_clean, install
from tests.upload_helpers import (
    Project,
    WikiRecorder,
    admin_site,
    api_get,
    file_versions,
    make_project,
    noise_jpeg,
    run_batch,
    run_php_maintenance,
    unique,
    upload_settings,
)
from tests.wiki_front import front_of
from tests.wikibase_server import fake_commons

# Templates as Commons has them: each adds its tracking category.
TEMPLATES = {
    "Template:Delete": "This file has been nominated for deletion.<includeonly>[[Category:Deletion requests December 2026]]</includeonly>",
    "Template:Check categories": "Please check the categories.<includeonly>[[Category:Media needing category review as of 5 December 2026]]</includeonly>",
    "Template:FoP-Tajikistan": "Freedom of panorama in Tajikistan.",
    "Template:Copyvio": "Copyright violation.<includeonly>[[Category:Copyright violations]][[Category:Candidates for speedy deletion]]</includeonly>",
}


def _edit(testwiki: dict[str, str], title: str, text: str) -> None:
    site = admin_site(testwiki)
    r = site.post("edit", title=title, text=text, summary="test", token=site.get_token("csrf"))
    assert r["edit"]["result"] == "Success", r


def _append(testwiki: dict[str, str], file_title: str, text: str) -> None:
    site = admin_site(testwiki)
    r = site.post("edit", title=f"File:{file_title}", appendtext="\n" + text, summary="test", nocreate=1,
                  token=site.get_token("csrf"))
    assert r["edit"]["result"] == "Success", r


def _delete(testwiki: dict[str, str], file_title: str, reason: str) -> None:
    site = admin_site(testwiki)
    r = site.post("delete", title=f"File:{file_title}", reason=reason, token=site.get_token("csrf"))
    assert "delete" in r, r


def _participant(testwiki: dict[str, str]) -> tuple[str, str, str]:
    """A second account with a bot password that may upload: (user name, bot user, bot password)."""
    name = f"Participant {unique('P')}"
    run_php_maintenance(testwiki, "createAndPromote.php", name, f"Long-password-{unique()}-for-tests")
    password = "abcdefghijklmnopqrstuvw012345678"
    run_php_maintenance(testwiki, "createBotPassword.php", "--appid", "photowalk", "--grants",
                        "basic,highvolume,editpage,createeditmovepage,uploadfile,uploadeditmovefile", name, password)
    return name, f"{name}@photowalk", password


@dataclass
class Walk:
    a: Project
    b: Project
    titles: dict[str, str]  # a1, a2, a3, shared, b1, b2 -> file name on the wiki
    user_a: str
    user_b: str


def _title(project: Project, pid: int) -> str:
    with project.open() as store:
        return f"{store.photo(pid).title}.jpg"


def _upload(project: Project, testwiki: dict[str, str], bot_user: str, password: str) -> None:
    with fake_commons(bot_user, password) as commons:
        for pid in project.ids:
            commons.add_file(_title(project, pid))
        settings = upload_settings(statements_api=commons.url)
        run = run_batch(project, testwiki, settings=settings,
                        factory=WikiRecorder(testwiki, user=bot_user, password=password, settings=settings))
        assert run.result.stopped is None


@pytest.fixture(scope="module")
def walk(testwiki: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Walk:
    tmp = tmp_path_factory.mktemp("walk")
    src = tmp / "src"
    shared = noise_jpeg(src / "shared.jpg", seed=None)
    a = make_project(tmp / "a", [noise_jpeg(src / f"a{n}.jpg", width=300 + 20 * n) for n in (1, 2, 3)] + [shared])
    b_shared = tmp / "src-b" / "shared.jpg"
    b_shared.parent.mkdir()
    b_shared.write_bytes(shared.read_bytes())
    b = make_project(tmp / "b", [noise_jpeg(src / f"b{n}.jpg", width=400 + 20 * n) for n in (1, 2)] + [b_shared])
    with a.open() as store:
        by_name = {store.resolve(p.path).name: p.id for p in store.photos()}
        edits.set_caption(store, [by_name["a1.jpg"]], "tg", "Боғи Рӯдакӣ")
        edits.add_depicts(store, [by_name["a1.jpg"]], [DepictedItem("Q1")])
        edits.set_caption(store, [by_name["a2.jpg"]], "en", "A fountain")
    a_ids = by_name
    with b.open() as store:
        by_name = {store.resolve(p.path).name: p.id for p in store.photos()}
        edits.set_caption(store, [by_name["b1.jpg"]], "tg", "Фаввора")
        edits.add_depicts(store, [by_name["b1.jpg"]], [DepictedItem("Q2")])
        edits.add_depicts(store, [by_name["b2.jpg"]], [DepictedItem("Q3")])
    b_ids = by_name
    user_b, bot_b, password_b = _participant(testwiki)
    _upload(a, testwiki, testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    _upload(b, testwiki, bot_b, password_b)
    titles = {name[:-4]: _title(a, pid) for name, pid in a_ids.items()}
    titles |= {name[:-4]: _title(b, pid) for name, pid in b_ids.items() if name != "shared.jpg"}
    with b.open() as store:
        rows = load_all(store)
    # B's copy of the shared photo was on the wiki already: B's project names A's file.
    assert rows[b_ids["shared.jpg"]].outcome == "already-there" and rows[b_ids["shared.jpg"]].title == titles["shared"]
    # What Commons' volunteers do: tag, discuss, delete, use.
    for page, text in TEMPLATES.items():
        _edit(testwiki, page, text)
    _append(testwiki, titles["a3"], "{{delete|reason=out of scope}}")
    _edit(testwiki, f"Project:Deletion requests/File:{titles['a3']}", f"[[:File:{titles['a3']}]] is out of scope.")
    _append(testwiki, titles["a2"], "{{FoP-Tajikistan}}")
    _append(testwiki, titles["b2"], "{{Check categories}}")
    _delete(testwiki, titles["b1"], "Copyright violation: found on a web site")
    _edit(testwiki, f"Rudaki Park {unique()}", f"A park.\n[[File:{titles['a1']}|thumb|Rudaki Park]]")
    _edit(testwiki, f"User:Uploader/{unique()}", f"[[File:{titles['a2']}]]")
    _edit(testwiki, f"Fountains {unique()}", f"[[File:{titles['a2']}|thumb]]")
    run_php_maintenance(testwiki, "runJobs.php")
    return Walk(a, b, titles, testwiki["TESTWIKI_USER"], user_b)


def _states(project: Project) -> dict[str, followup.FileFollowup]:
    with project.open() as store:
        return {f.title: f for f in followup.load_store(store).values()}


def test_the_test_wiki_has_no_globalusage_so_fileusage_is_read(testwiki: dict[str, str]) -> None:
    wiki = followup.reading_wiki(testwiki["TESTWIKI_API"])
    assert followup.has_globalusage(wiki) is False
    answer = api_get(testwiki, action="paraminfo", modules="query+globalusage")
    assert not answer["paraminfo"].get("modules") and "globalusage" in json.dumps(answer["warnings"])


def test_followup_finds_each_state(walk: Walk, testwiki: dict[str, str]) -> None:
    for project in (walk.a, walk.b):
        wiki = followup.reading_wiki(testwiki["TESTWIKI_API"])
        with project.open() as store:
            result = followup.follow_up(store, wiki)
        assert result.checked == result.total == len(project.ids)  # B's shared photo: A's file, checked too
    a, b = _states(walk.a), _states(walk.b)
    t = walk.titles
    assert a[t["a1"]].states == (Followup.USED,) and a[t["a1"]].articles == 1
    assert a[t["a1"]].findings[0].params == {"count": 1, "articles": 1}
    assert a[t["a2"]].states == (Followup.FOP, Followup.USED)
    assert a[t["a2"]].findings[0].params == {"template": "{{FoP-Tajikistan}}"}
    assert a[t["a2"]].findings[1].params == {"count": 2, "articles": 1}
    assert a[t["a3"]].states == (Followup.DELETION_REQUESTED,)
    assert a[t["a3"]].findings[0].params == {"page": f"Project:Deletion requests/File:{t['a3']}"}
    assert a[t["shared"]].states == (Followup.FINE,) and b[t["shared"]].states == (Followup.FINE,)
    assert b[t["b1"]].states == (Followup.DELETED,) and not b[t["b1"]].present
    assert b[t["b1"]].findings[0].params["reason"] == "Copyright violation: found on a web site"
    assert b[t["b1"]].user == walk.user_b  # from the upload log: the file is gone
    assert b[t["b2"]].states == (Followup.CHECK_CATEGORIES,)
    assert {f.user for f in a.values()} == {walk.user_a} and b[t["b2"]].user == walk.user_b
    sizes = {name: file_versions(testwiki, title)[0]["size"] for name, title in t.items() if name != "b1"}
    assert a[t["a1"]].size == sizes["a1"] and b[t["b2"]].size == sizes["b2"]
    # Every line reads as a sentence with its values filled in, and says what to do.
    assert "Project:Deletion requests/File:" in a[t["a3"]].findings[0].message
    assert "Copyright violation: found on a web site" in b[t["b1"]].findings[0].message


def test_copyvio_and_speedy_by_template_and_category(walk: Walk, testwiki: dict[str, str]) -> None:
    title = walk.titles["shared"]
    _append(testwiki, title, "{{Copyvio}}")
    run_php_maintenance(testwiki, "runJobs.php")
    facts = followup.check_titles(followup.reading_wiki(testwiki["TESTWIKI_API"]), [title])[title]
    assert [r.code for r in followup.classify(facts)] == ["speedy-deletion", "copyright-violation"]
    _edit(testwiki, f"File:{title}", "placed by a test")  # back as it was for the other tests
    run_php_maintenance(testwiki, "runJobs.php")


def _csv_numbers(text: str) -> dict[str, list[int]]:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(eventreport.HEADINGS)
    return {r[0]: [int(x) for x in r[1:]] for r in rows[1:]}


def test_event_report_adds_up(walk: Walk, testwiki: dict[str, str], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    t = walk.titles
    size = {name: file_versions(testwiki, title)[0]["size"] for name, title in t.items() if name != "b1"}
    with walk.b.open() as store:
        size["b1"] = next(r.sent_size for r in load_all(store).values() if r.title == t["b1"])
    # A participant brought a copy of A's project too: still nothing counts twice.
    copy = tmp_path / "a-copy.photowalk"
    with walk.a.open() as store:
        store.copy_to(copy)
    assert main(["--lang", "en", "report", "--event", str(walk.a.path), str(walk.b.path), str(copy),
                 "--check", "--csv"]) == 0
    out, err = capsys.readouterr()
    numbers = _csv_numbers(out)
    a_bytes = size["a1"] + size["a2"] + size["a3"] + size["shared"]
    b_bytes = size["b1"] + size["b2"]
    # photos, bytes, with captions, with depicts, deleted since, used in articles
    assert numbers == {
        walk.user_a: [4, a_bytes, 2, 1, 0, 2],
        walk.user_b: [2, b_bytes, 1, 2, 1, 0],
        "Total": [6, a_bytes + b_bytes, 3, 3, 1, 2],
    }
    assert "never checked" not in err
    report = eventreport.event_report([walk.a.path, walk.b.path, copy])
    assert report.totals.numbers() == (6, a_bytes + b_bytes, 3, 3, 1, 2) and report.unchecked == 0
    shared = next(f for f in report.files if f.title == t["shared"])
    assert set(shared.projects) == {str(walk.a.path), str(copy)}
    # The Meta table: the same numbers, one row a participant, the totals at the bottom.
    assert main(["--lang", "en", "report", "--event", str(walk.a.path), str(walk.b.path), "--meta"]) == 0
    meta = capsys.readouterr().out
    assert meta.startswith('{| class="wikitable sortable"\n! Participant !! Photos uploaded !! Bytes')
    assert f"| {walk.user_a} || 4 || {a_bytes} || 2 || 1 || 0 || 2\n" in meta
    assert f"| {walk.user_b} || 2 || {b_bytes} || 1 || 2 || 1 || 0\n" in meta
    assert f"! Total !! 6 !! {a_bytes + b_bytes} !! 3 !! 3 !! 1 !! 2\n|}}" in meta
    # The gallery: the files still on the wiki, under the event's name.
    with ProjectStore.open(walk.b.path) as store:
        store.set_setting("event", "Upload-a-thon Dushanbe")
    assert main(["report", "--event", str(walk.b.path), str(walk.a.path), "--gallery"]) == 0
    gallery = capsys.readouterr().out.splitlines()
    assert gallery[0] == '<gallery caption="Upload-a-thon Dushanbe">' and gallery[-1] == "</gallery>"
    assert sorted(gallery[1:-1]) == sorted(f"File:{t[n]}" for n in ("a1", "a2", "a3", "shared", "b2"))


def test_a_project_never_checked_names_no_uploader(walk: Walk, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "b-copy.photowalk"
    with walk.b.open() as store:
        store.copy_to(copy)
    with ProjectStore.open(copy) as store:
        store.conn.execute("DELETE FROM followup")
    assert main(["--lang", "en", "report", "--event", str(copy), "--csv"]) == 0
    out, err = capsys.readouterr()
    assert _csv_numbers(out)[eventreport.UNKNOWN][0] == 2
    assert "2 file(s) never checked" in err and "--check" in err


def test_the_worker_checks_for_the_window_and_is_quiet_offline(walk: Walk, tmp_path: Path) -> None:
    from tests.upload.test_worker import Child

    child = Child(walk.a.path)
    try:
        child.send(cmd="followup", job="f1", quiet=True)
        done = child.until("done", "f1")
        assert done["event"] == "done", done
        assert done["result"] == {"offline": False, "checked": 4, "total": 4, "needing_action": 2}
        assert any(e["event"] == "progress" and e["job"] == "f1" and e["done"] == 4 for e in child.events)
    finally:
        assert child.close() == 0
    # A wiki out of reach: quiet when the window asked by itself, an error when the volunteer asked.
    away = tmp_path / "away.photowalk"
    with walk.a.open() as store:
        store.copy_to(away)
    with ProjectStore.open(away) as store:
        with store.transaction() as c:
            c.execute("UPDATE uploads SET wiki='http://127.0.0.1:9/api.php'")
        before = followup.load_store(store)
    child = Child(away)
    try:
        child.send(cmd="followup", job="f2", quiet=True)
        assert child.until("done", "f2")["result"]["offline"] is True
        child.send(cmd="followup", job="f3")
        error = child.until("done", "f3")
        assert error["event"] == "error" and error["error"]["code"] == "transient", error
    finally:
        assert child.close() == 0
    with ProjectStore.open(away) as store:
        assert followup.load_store(store) == before  # the last results stay for the window to show


def test_the_followup_command_says_what_to_do(walk: Walk, capsys: pytest.CaptureFixture[str]) -> None:
    t = walk.titles
    assert main(["--lang", "en", "followup", "--project", str(walk.b.path)]) == 1  # a file needs the volunteer
    out = capsys.readouterr().out
    assert f"File:{t['b1']}" in out and "Copyright violation: found on a web site" in out
    assert "The file's categories should be checked" in out and out.rstrip().splitlines()[-1].startswith("Checked ")
    assert main(["followup", "--project", str(walk.b.path), "--offline", "--json"]) == 1
    rows = {r["title"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[t["b1"]]["states"] == ["deleted"] and rows[t["b1"]]["present"] is False
    assert rows[t["b2"]]["states"] == ["check-categories"] and rows[t["shared"]]["states"] == ["fine"]


def test_a_moved_file_is_followed_and_counted_once(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = make_project(tmp_path / "m", [noise_jpeg(tmp_path / "src" / "m.jpg", width=333)])
    assert run_batch(project, testwiki).result.stopped is None
    old = _title(project, project.ids[0])
    copy = tmp_path / "m-copy.photowalk"
    with project.open() as store:
        store.copy_to(copy)  # a copy never checked: it knows the file by its first name only
    new = f"Moved {unique()}.jpg"
    site = admin_site(testwiki)
    r = site.post("move", **{"from": f"File:{old}"}, to=f"File:{new}", reason="a better name", token=site.get_token("csrf"))
    assert "move" in r, r
    with project.open() as store:
        followup.follow_up(store, followup.reading_wiki(testwiki["TESTWIKI_API"]))
        (seen,) = followup.load_store(store).values()
    assert seen.title == new and seen.present and seen.states == (Followup.FINE,) and seen.user == "Uploader"
    report = eventreport.event_report([copy, project.path])
    assert [(f.title, f.user, f.checked) for f in report.files] == [(new, "Uploader", True)]
    assert report.totals.numbers()[:2] == (1, file_versions(testwiki, new)[0]["size"]) and report.unchecked == 0


def test_a_project_from_an_older_photowalk_is_read_as_it_is(walk: Walk, tmp_path: Path) -> None:
    old = tmp_path / "old.photowalk"
    with walk.b.open() as store:
        store.copy_to(old)
    # As a project before structured data and follow-up: no such columns, no such table.
    conn = sqlite3.connect(old)
    conn.executescript("ALTER TABLE uploads DROP COLUMN sdc_sent; ALTER TABLE uploads DROP COLUMN sdc_error;"
                       "DROP TABLE followup; PRAGMA user_version = 5;")
    conn.close()
    report = eventreport.event_report([old])
    assert [(line.user, line.numbers()) for line in report.lines] == [(eventreport.UNKNOWN, (2, sum(
        f.size for f in report.files), 0, 0, 0, 0))]
    assert report.unchecked == 2
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5  # read, not migrated
    conn.close()


# -- a hostile or broken wiki ---------------------------------------------------------------

FOLLOWUP_STEPS: dict[str, Callable[[Any], bool]] = {
    "globalusage question": lambda seen: seen.has(action="paraminfo"),
    "file pages": lambda seen: seen.has(action="query") and seen.asks("prop", "templates"),
    "deletion log": lambda seen: seen.has(action="query", list="logevents"),
}
FOLLOWUP_PROBES = [(step, kind, name) for step in FOLLOWUP_STEPS
                   for kind, names in (("canned", CANNED), ("rewrite", REWRITES)) for name in names]


@pytest.mark.parametrize(("step", "kind", "name"), FOLLOWUP_PROBES, ids=[f"{s}: {n}" for s, _, n in FOLLOWUP_PROBES])
def test_hostile_answer_to_the_followup(step: str, kind: str, name: str, walk: Walk, testwiki: dict[str, str],
                                        tmp_path: Path) -> None:
    copy = tmp_path / "h.photowalk"
    with walk.b.open() as store:
        store.copy_to(copy)
    with ProjectStore.open(copy) as store:
        store.conn.execute("DELETE FROM followup")
    with front_of(testwiki) as front:
        install(front, FOLLOWUP_STEPS[step], kind, name)
        with ProjectStore.open(copy) as store:
            with store.transaction() as c:  # the files are on the wiki behind the front
                c.execute("UPDATE uploads SET wiki=?", (front.api,))
            try:
                followup.follow_up(store, followup.reading_wiki(front.api))
            except PhotowalkError as exc:
                assert_clean(exc.message)
            assert front.matched(), f"the step {step} was never reached"
            found = followup.load_store(store)
    # Whatever was stored is clean and short; a file is never called deleted on a broken answer's word
    # unless the wiki really deleted it.
    t = walk.titles
    for f in found.values():
        for text in [f.title, f.user or "", *(r.message for r in f.findings), *(u.title for u in f.usage)]:
            assert_clean(text)
        assert f.present or f.title == t["b1"], f
    # The wiki behaving again: the next check finds the truth.
    with ProjectStore.open(copy) as store:
        with store.transaction() as c:
            c.execute("UPDATE uploads SET wiki=?", (testwiki["TESTWIKI_API"],))
        followup.follow_up(store, followup.reading_wiki(testwiki["TESTWIKI_API"]))
        states = {f.title: f.states for f in followup.load_store(store).values()}
    assert states == {t["b1"]: (Followup.DELETED,), t["b2"]: (Followup.CHECK_CATEGORIES,), t["shared"]: (Followup.FINE,)}
