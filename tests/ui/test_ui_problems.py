"""The Problems tab: an explicit scope the tab names, the full text of a problem, walking problem by problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.ui.checkpanel import SCOPE_ALL, SCOPE_SELECTED, ChecksPanel, PhotoIdRole, ProblemRole
from photowalk.ui.mainwindow import MainWindow


@pytest.fixture
def problems(walk: MainWindow) -> MainWindow:
    """The 20 GPS photos, checked, the Problems tab shown."""
    walk.side.setCurrentWidget(panel(walk))
    panel(walk).refresh()
    return walk


def panel(window: MainWindow) -> ChecksPanel:
    return window.checks


def tab_text(window: MainWindow) -> str:
    return window.side.tabText(window.side.indexOf(panel(window)))


def listed_photos(checks: ChecksPanel) -> set[int]:
    return {checks.model.index(r, 0).data(PhotoIdRole) for r in range(checks.model.rowCount())}


def first_row(checks: ChecksPanel, code: str) -> int:
    return next(r for r in range(checks.model.rowCount()) if checks.model.index(r, 0).data(ProblemRole).code == code)


def test_choosing_a_problem_keeps_the_list_and_the_scope_is_said(problems: MainWindow) -> None:
    checks = panel(problems)
    model = problems.session.model  # type: ignore[union-attr]
    assert checks.scope == SCOPE_ALL and checks.scope_all.isChecked() and checks.scope_all.isVisible()
    assert checks.scope_selected.isVisible()
    everything = checks.model.rowCount()
    errors = model.error_count()
    assert listed_photos(checks) == set(model.ids()) and errors > 20
    assert tab_text(problems) == f"Problems ({errors})"
    # Choosing one problem selects its photo; the list stays the whole project's, and so does the count.
    index = checks.model.index(7, 0)
    checks.view.clicked.emit(index)
    assert problems.selected_ids() == [index.data(PhotoIdRole)]
    assert checks.model.rowCount() == everything and tab_text(problems) == f"Problems ({errors})"
    assert checks.scope_selected.text() == "Selected photos (1)"

    pid = index.data(PhotoIdRole)
    checks.set_scope(SCOPE_SELECTED)
    own = model.problems(pid) or []
    assert listed_photos(checks) == {pid} and checks.model.rowCount() == len(own)
    assert tab_text(problems) == f"Problems ({sum(p.is_error for p in own)}, selected photos)"
    problems.select_ids([])
    assert checks.model.rowCount() == 0
    assert checks.summary.text().startswith("No photos are selected")
    assert tab_text(problems) == "Problems (0, selected photos)"
    checks.scope_all.click()
    assert checks.model.rowCount() == everything


def test_a_problem_too_long_for_its_row_is_shown_whole(problems: MainWindow) -> None:
    checks = panel(problems)
    problems.resize(1366, 700)
    QApplication.processEvents()
    row = first_row(checks, "no-description")
    index = checks.model.index(row, 0)
    name = problems.session.model.photo(index.data(PhotoIdRole)).file_name  # type: ignore[union-attr]
    full = f"{name}: There is no description: say what the photo shows."
    assert index.data() == full
    # The row is elided where it is too narrow, never clipped without a sign; hovering shows it all.
    assert checks.view.textElideMode() == Qt.TextElideMode.ElideRight
    assert index.data(Qt.ItemDataRole.ToolTipRole) == full
    assert not checks.detail.isVisible()
    checks.view.clicked.emit(index)
    assert checks.detail.isVisible() and checks.detail.wordWrap() and checks.detail.text() == full


def test_walking_problems_one_by_one_and_the_grid_follows(problems: MainWindow, qtbot: QtBot) -> None:
    checks = panel(problems)
    count = checks.model.rowCount()

    def at(row: int) -> int:
        return int(checks.model.index(row, 0).data(PhotoIdRole))

    def grid_photo() -> int:
        return problems.session.proxy.id_at(problems.grid.currentIndex().row())  # type: ignore[union-attr]

    assert checks.act_next.shortcut().toString() == "F8" and "(F8)" in checks.act_next.toolTip()
    assert "(Shift+F8)" in checks.act_previous.toolTip()
    checks.next_problem()
    assert checks.view.currentIndex().row() == 0 and problems.selected_ids() == [at(0)] and grid_photo() == at(0)
    qtbot.keyClick(problems.grid, Qt.Key.Key_F8)  # from the grid too
    assert checks.view.currentIndex().row() == 1 and problems.selected_ids() == [at(1)] and grid_photo() == at(1)
    checks.previous_problem()
    checks.previous_problem()  # before the first: the last
    assert checks.view.currentIndex().row() == count - 1 and problems.selected_ids() == [at(count - 1)]
    checks.next_problem()
    assert checks.view.currentIndex().row() == 0
    # The problem chosen is fixed: it leaves the list, and Next goes to the one that took its place.
    row = first_row(checks, "no-description")
    checks.view.clicked.emit(checks.model.index(row, 0))
    pid, problem = at(row), checks.model.index(row, 0).data(ProblemRole)
    assert problems.selected_ids() == [pid]
    problems.editor.rows["tg"].text.setPlainText("Фаввора")
    problems.editor.commit_pending()
    qtbot.waitUntil(lambda: checks.model.rowCount() == count - 1, timeout=5000)
    following = (at(row), checks.model.index(row, 0).data(ProblemRole))
    assert following != (pid, problem)
    checks.next_problem()
    assert checks.view.currentIndex().row() == row and problems.selected_ids() == [following[0]]
    checks.previous_problem()
    assert checks.view.currentIndex().row() == row - 1
