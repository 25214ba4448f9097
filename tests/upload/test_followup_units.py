"""The follow-up's rules without a wiki: which templates and categories mean which state, and answers
that are not what the API promises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from photowalk.errors import ProjectError
from photowalk.project import ProjectStore
from photowalk.upload.eventreport import EventReport, Line, csv_table, event_report, meta_table
from photowalk.upload.followup import Followup, PageFacts, Usage, _namespace, _Page, classify
from photowalk.upload.report import Uploaded, csv_text


def codes(**facts: Any) -> list[str]:
    return [r.code for r in classify(PageFacts(title="A.jpg", present=facts.pop("present", True), **facts))]


def test_templates_and_categories_name_the_states() -> None:
    assert codes() == ["fine"]
    assert codes(templates=("Template:Speedydelete",)) == ["speedy-deletion"]
    assert codes(templates=("Template:Db-copyvio",)) == ["speedy-deletion"]
    assert codes(categories=("Category:Candidates for speedy deletion",)) == ["speedy-deletion"]
    assert codes(templates=("Template:No permission since",)) == ["no-permission"]
    assert codes(categories=("Category:Media missing permission as of 5 December 2026",)) == ["no-permission"]
    assert codes(templates=("Template:NoFoP-Tajikistan",)) == ["freedom-of-panorama"]
    assert codes(templates=("Template:Check_categories",)) == ["check-categories"]
    assert codes(categories=("Category:Deletion requests December 2026",),
                 discussions=("Commons:Deletion requests/2026/12/05", "Commons:Deletion requests/File:A.jpg")) \
        == ["deletion-requested"]
    # A discussion that links to the file without the tag on the page: closed, or the tag was removed.
    assert codes(discussions=("Commons:Deletion requests/File:A.jpg",)) == ["deletion-discussed"]
    # Templates that merely share a beginning are not these states.
    assert codes(templates=("Template:Deleted user", "Template:Information", "Template:FoPnote")) == ["fine"]
    # The most urgent first; usage last.
    assert codes(templates=("Template:Check categories", "Template:Copyvio"),
                 usage=(Usage("", "Park", 0),)) == ["copyright-violation", "check-categories", "used"]
    assert codes(present=False) == ["deleted"]
    # Tagged, the discussion not (yet) linking: the line sends the volunteer to the file page.
    tagged = classify(PageFacts("A.jpg", True, templates=("Template:Delete",)))
    assert tagged[0].code == "deletion-requested" and not tagged[0].params and "Open the file page" in tagged[0].message


def test_the_lines_name_their_values() -> None:
    deleted = classify(PageFacts("A.jpg", False, deleted_on="2026-12-05T10:00:00Z", deleted_because="Out of scope"))
    assert deleted[0].params == {"when": "2026-12-05T10:00:00Z", "reason": "Out of scope"}
    assert "Out of scope" in deleted[0].message and deleted[0].context == "followup"
    used = classify(PageFacts("A.jpg", True, usage=(Usage("tg.wikipedia.org", "Душанбе", 0),
                                                    Usage("commons.wikimedia.org", "Dushanbe", 0),
                                                    Usage("", "User:X", 2))))
    assert used[0].params == {"count": 3, "articles": 1}  # a Commons gallery is no article


@pytest.mark.parametrize("page", [
    {"templates": "Template:Delete", "categories": [None, 5, {"title": 7}], "imageinfo": {"user": "x"}},
    {"imageinfo": [{"user": ["x"], "size": -1, "sha1": 12}], "fileusage": [{"title": "P", "ns": "0x1"}]},
    {"globalusage": [{"title": "P", "wiki": "tg.wikipedia.org", "ns": "0"}], "linkshere": [{"title": "\x00" * 5000}]},
    {"missing": "yes", "templates": [{"title": "Template:Delete" + "x" * 10_000}]},
])
def test_answers_unlike_the_promise_are_read_without_failing(page: dict[str, Any]) -> None:
    p = _Page()
    p.add(page, "globalusage")
    p.add(page, "fileusage")
    assert all(len(t) <= 300 for t in p.templates + p.categories + p.discussions)
    assert p.size is None or p.size >= 0


def test_global_usage_entries() -> None:
    """As GlobalUsage lists them (title, wiki, url; ns with guprop=namespace); the test wiki has no GlobalUsage."""
    p = _Page()
    p.add({"globalusage": [{"title": "Душанбе", "wiki": "tg.wikipedia.org",
                            "url": "https://tg.wikipedia.org/wiki/Душанбе", "ns": "0"},
                           {"title": "Dushanbe", "wiki": "commons.wikimedia.org", "url": "", "ns": 0}]}, "globalusage")
    assert p.usage == [Usage("tg.wikipedia.org", "Душанбе", 0), Usage("commons.wikimedia.org", "Dushanbe", 0)]
    assert [u.article for u in p.usage] == [True, False]


def test_namespace_numbers() -> None:
    assert [_namespace(v) for v in (0, "0", "14", "-1", True, "x", None, "9" * 50)] == [0, 0, 14, -1, None, None, None, None]
    assert Followup.DELETED.needs_action and not Followup.USED.needs_action


def test_the_report_refuses_what_is_no_project_and_counts_an_empty_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes.photowalk"
    notes.write_text("shopping list\n")
    with pytest.raises(ProjectError) as info:
        event_report([notes])
    assert "notes.photowalk" in info.value.message and notes.read_text() == "shopping list\n"
    empty = tmp_path / "empty.photowalk"
    ProjectStore.open(empty, create=True).close()
    report = event_report([empty, empty])
    assert report.lines == () and report.totals.numbers() == (0, 0, 0, 0, 0, 0) and report.files == ()
    assert csv_table(report).splitlines()[1:] == ["Total,0,0,0,0,0,0"]
    assert meta_table(report).endswith("! Total !! 0 !! 0 !! 0 !! 0 !! 0 !! 0\n|}\n")


def test_names_that_are_markup_stay_text_in_the_meta_table() -> None:
    line = Line("O''Brien=1", photos=1)
    report = EventReport("", (), (line,), line)
    assert "| <nowiki>O''Brien=1</nowiki> || 1 ||" in meta_table(report)


def test_no_name_becomes_a_formula_in_a_spreadsheet() -> None:
    import csv

    names = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTab", "Ann=1", "Plain"]
    lines = tuple(Line(n, photos=1) for n in names)
    rows = list(csv.reader(csv_table(EventReport("", (), lines, Line("Total"))).splitlines()))
    assert [r[0] for r in rows[1:-1]] == ["'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTab", "Ann=1", "Plain"]
    files = [Uploaded("=cmd|' /C calc'!A0.jpg", "https://x/A", account="-Bob"), Uploaded("A-1.jpg", "https://x/B", account="Ann")]
    rows = list(csv.reader(csv_text(files).splitlines()))
    assert rows[1] == ["'=cmd|' /C calc'!A0.jpg", "https://x/A", "uploaded", "'-Bob"]
    assert rows[2] == ["A-1.jpg", "https://x/B", "uploaded", "Ann"]


def test_opening_asks_again_only_when_due(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from photowalk.upload import followup, state
    from photowalk.upload.state import UploadRow, UploadState
    from tests.upload_helpers import make_project, noise_jpeg

    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"{n}.jpg", width=50 + n) for n in (1, 2)])
    api = "http://127.0.0.1:9/api.php"
    first, second = project.ids
    at = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    with project.open() as store:
        assert not followup.due(store, at)  # nothing on a wiki
        state.save(store, UploadRow(first, api, UploadState.DONE, title="A.jpg", outcome="uploaded"))
        state.save(store, UploadRow(second, api, UploadState.FAILED, title="B.jpg"))
        assert followup.due(store, at)  # a file never checked
        followup.save(store, api, {first: PageFacts("A.jpg", True)}, checked=at.isoformat(timespec="seconds"))
        assert not followup.due(store, at + timedelta(minutes=59))
        assert followup.due(store, at + followup.AGAIN_AFTER)
        state.save(store, UploadRow(second, api, UploadState.DONE, title="B.jpg", outcome="uploaded"))
        assert followup.due(store, at + timedelta(minutes=1))  # a new upload since the check
