"""The window's follow-up: a project with uploads is checked by itself when it opens (in the worker),
the dialog lists each file's states with what to do, and the event report is ready to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from photowalk.ui.mainwindow import MainWindow
from photowalk.upload import followup
from tests.upload.test_followup import TEMPLATES, _append, _edit
from tests.upload_helpers import make_project, noise_jpeg, run_batch, run_php_maintenance


def test_opening_checks_and_the_dialog_says_what_to_do(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                       testwiki: dict[str, str]) -> None:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"u{n}.jpg", width=260 + n) for n in (1, 2)])
    assert run_batch(project, testwiki).result.stopped is None
    with project.open() as store:
        titles = sorted(followup.uploaded_titles(store, testwiki["TESTWIKI_API"]).values())
    _edit(testwiki, "Template:Delete", TEMPLATES["Template:Delete"])
    _append(testwiki, titles[0], "{{delete}}")
    run_php_maintenance(testwiki, "runJobs.php")

    assert window.open_project(project.path)
    session = window.session
    assert session is not None
    # Checked by itself, in the worker: the results land in the project.
    qtbot.waitUntil(lambda: len(followup.load_store(session.store)) == 2, timeout=60_000)
    qtbot.waitUntil(lambda: "Uploaded files that need you: 1." in window.statusBar().currentMessage(), timeout=10_000)

    dialog = window.show_followup()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=60_000)
    rows = [[dialog.table.item(r, c).text() for c in range(dialog.COLUMNS)] for r in range(dialog.table.rowCount())]
    assert [r[:2] for r in rows] == [[titles[0], "Deletion requested"], [titles[1], "Fine"]]
    assert "answer there within 7 days" in rows[0][2]
    dialog.only_action.setChecked(True)
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.selected_url().endswith(titles[0].replace(" ", "_"))
    dialog.close()

    report = window.show_event_report()
    assert report is not None
    csv_text = report.texts["csv"].toPlainText().splitlines()
    size = sum(f.size or 0 for f in followup.load_store(session.store).values())
    assert csv_text[1:] == [f"Uploader,2,{size},0,0,0,0", f"Total,2,{size},0,0,0,0"]
    copy = report.findChild(QPushButton, "copy-meta")
    assert copy is not None
    copy.click()
    assert QApplication.clipboard().text() == report.texts["meta"].toPlainText()
    assert report.texts["gallery"].toPlainText().count("File:") == 2
    report.close()
