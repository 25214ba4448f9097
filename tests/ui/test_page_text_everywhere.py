"""One page text: the window's preview, `photowalk wikitext`, `upload --dry-run`, the plan and the
upload itself show and send the same bytes for every photo of a project."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.__main__ import main
from photowalk.projectsettings import read_settings, update_settings
from photowalk.ui.mainwindow import MainWindow
from photowalk.upload import state
from photowalk.upload.plan import plan_upload
from photowalk.upload.wiki import parse_wiki
from photowalk.wikitext import page_text
from tests.upload_helpers import REAL_PHOTOS, make_project, page_wikitext


def dry_run_texts(out: str) -> dict[int, str]:
    """The page text printed for each photo by `upload --dry-run` (its `  | ` lines)."""
    texts: dict[int, list[str]] = {}
    current = None
    for line in out.splitlines():
        m = re.match(r"photo (\d+): File:", line)
        if m:
            current = int(m.group(1))
            texts[current] = []
        elif current is not None and line.startswith("  | "):
            texts[current].append(line[4:])
    return {pid: "\n".join(lines) for pid, lines in texts.items()}


def test_preview_cli_dry_run_plan_and_upload_send_the_same_text(
    window: MainWindow, qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, photos_dir: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = make_project(tmp_path / "walk", [photos_dir / rel for rel in REAL_PHOTOS[:5]],
                           settings={"country": "Tajikistan"})
    a, b, c, *_ = project.ids
    with project.open() as store:
        # No author for the project: the page credits the account that uploads.
        update_settings(store, author=None)
        edits.set_author(store, [a], "Uploader")
        edits.set_attribution(store, [a], "Фирӯза Раҳимова | [[x]]")
        edits.set_extra_wikitext(store, [b], "{{Photowalk Dushanbe 2025}}\n<!-- from the organisers -->")
        edits.remove_location(store, [c])
        edits.set_description(store, [c], "ru", "Парк {{Рудаки}}")
    # The volunteer's own preference names someone else; it is not the project's author.
    window.settings.set("author", "Alice")
    window.settings_changed.emit()
    assert window.open_project(project.path)

    preview = {}
    for pid in project.ids:
        window.select_ids([pid])
        preview[pid] = window.page_text.text.toPlainText()  # type: ignore[attr-defined]

    cli = {}
    for pid in project.ids:
        assert main(["wikitext", "--project", str(project.path), "--photo", str(pid)]) == 0
        cli[pid] = capsys.readouterr().out

    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    assert main(["upload", "--project", str(project.path), "--wiki", api, "--dry-run"]) == 0
    dry = dry_run_texts(capsys.readouterr().out)

    with project.open() as store:
        plan = {item.photo_id: item.text for item in plan_upload(store, None, api_url=api).items}
        settings = read_settings(store)
        made = {p.id: page_text(p, settings) for p in store.photos()}

    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", api,
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    capsys.readouterr()
    with project.open() as store:
        rows = state.load_all(store)
    sent = {pid: rows[pid].text for pid in project.ids}

    assert len(made) == len(project.ids) == 5
    for pid in project.ids:
        # `photowalk wikitext` ends the page's last line like every line it prints.
        assert preview[pid] == cli[pid].removesuffix("\n") == dry[pid] == plan[pid] == sent[pid] == made[pid], pid
    assert "|author=[[User:{{subst:REVISIONUSER}}|{{subst:REVISIONUSER}}]]\n" in sent[b]
    assert "Alice" not in "".join(preview.values())
    # The wiki stored that text, with the uploading account put in for the substitution.
    for pid in project.ids:
        title = str(rows[pid].title)
        assert page_wikitext(testwiki, title) == sent[pid].replace("{{subst:REVISIONUSER}}", "Uploader")  # type: ignore[union-attr]
