"""The first-run guide: shown at the first start only, Skip and Finish remember it, Help opens it again, in the
interface language; a hint in the Problems tab opens the guide's page about it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.guide import NOT_OWN_PAGE, PANORAMA_PAGE, guide_pages
from photowalk.hints import NO_CAMERA_DATA
from photowalk.ui.checkpanel import ProblemRole
from photowalk.ui.guide import GuideDialog
from photowalk.ui.i18n import Translators
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from tests.ui.helpers import new_project, wait_import


def shown_text(guide: GuideDialog) -> str:
    return guide.browser.toPlainText()


def first_line(html: str) -> str:
    return html.split("<h2>", 1)[1].split("</h2>", 1)[0]


def test_the_guide_opens_at_the_first_start_and_skip_keeps_it_closed(window: MainWindow, ui_settings: Settings) -> None:
    assert not ui_settings.get("guide_seen")
    assert window.show_first_run_guide()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "First steps with Commons"
    assert shown_text(guide).startswith(first_line(guide_pages("en")[0].html))
    assert not guide.back_button.isEnabled() and guide.position.text() == f"Page 1 of {len(guide.pages)}"
    guide.skip_button.click()
    assert not guide.isVisible() and ui_settings.get("guide_seen")
    QApplication.processEvents()
    assert window.guide is None
    # Skipped once: not again at the next start (the settings file says so to a new reader too).
    assert Settings(ui_settings.q).get("guide_seen")
    assert not window.show_first_run_guide() and window.guide is None


def test_next_walks_the_pages_and_finish_remembers_it(window: MainWindow, ui_settings: Settings) -> None:
    guide = window.show_guide()
    pages = guide_pages("en")
    assert 3 <= len(pages) <= 5
    for n, page in enumerate(pages):
        assert shown_text(guide).startswith(first_line(page.html)), page.key
        assert guide.next_button.text() == ("Finish" if n == len(pages) - 1 else "Next")
        if n < len(pages) - 1:
            guide.next_button.click()
    guide.back_button.click()
    assert guide.current_key() == pages[-2].key
    guide.next_button.click()
    assert not ui_settings.get("guide_seen")  # reading is not finishing
    guide.next_button.click()  # Finish
    assert not guide.isVisible() and ui_settings.get("guide_seen")


def test_help_opens_the_guide_again_at_any_time(window: MainWindow, ui_settings: Settings) -> None:
    ui_settings.set("guide_seen", True)
    assert not window.show_first_run_guide()
    assert window.act_guide in window.menu_help.actions()
    assert window.act_guide.text() == "&First steps with Commons…"
    window.act_guide.trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible() and guide.index == 0
    guide.next_button.click()
    window.act_guide.trigger()  # asked again while open: the same guide, not a second one
    assert window.guide is guide and guide.index == 1
    guide.close()
    assert ui_settings.get("guide_seen")


def test_the_guide_speaks_the_interface_language_and_follows_a_change(
    window: MainWindow, translators: Translators, ui_settings: Settings
) -> None:
    window.set_language("tg")
    guide = window.show_guide(PANORAMA_PAGE)
    tajik = {p.key: p for p in guide_pages("tg")}
    assert guide.current_key() == PANORAMA_PAGE
    assert shown_text(guide).startswith(first_line(tajik[PANORAMA_PAGE].html))  # "Биноҳо, ҳайкалҳо ва ёдгориҳо"
    assert "Тоҷикистон" in shown_text(guide)
    window.set_language("ru")  # the pages change language in place
    russian = {p.key: p for p in guide_pages("ru")}
    assert guide.current_key() == PANORAMA_PAGE
    assert shown_text(guide).startswith(first_line(russian[PANORAMA_PAGE].html))
    window.set_language("en")
    assert shown_text(guide).startswith("Buildings, statues and monuments")
    assert guide.next_button.text() == "Next" and guide.skip_button.text() == "Skip"


def test_a_language_without_pages_gets_the_english_guide(qtbot: QtBot, ui_settings: Settings) -> None:
    guide = GuideDialog(ui_settings, language="de")
    qtbot.addWidget(guide)
    assert [p.language for p in guide.pages] == ["en"] * len(guide.pages)
    assert shown_text(guide).startswith(first_line(guide_pages("en")[0].html))


def test_read_more_on_a_hint_opens_the_guide_at_its_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / "orientation" / "Landscape_1.jpg", card)  # a real photo without any camera data
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", card)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    model = window.session.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(model.problems(i) is not None for i in model.ids()), timeout=10_000)
    checks = window.checks
    window.side.setCurrentWidget(checks)
    checks.refresh()
    row = next(r for r in range(checks.model.rowCount())
               if checks.model.index(r, 0).data(ProblemRole).code == NO_CAMERA_DATA)
    assert not checks.read_more.isVisible()
    checks.view.clicked.emit(checks.model.index(0, 0) if row else checks.model.index(1, 0))  # another problem
    assert not checks.read_more.isVisible()
    checks.view.clicked.emit(checks.model.index(row, 0))
    assert checks.read_more.isVisible() and "Read more in the guide" in checks.read_more.text()
    assert "may not be your own photo" in checks.detail.text()
    assert f'href="{NOT_OWN_PAGE}"' in checks.read_more.text()
    checks.read_more.linkActivated.emit(NOT_OWN_PAGE)
    guide = window.guide
    assert guide is not None and guide.isVisible() and guide.current_key() == NOT_OWN_PAGE


def test_read_more_under_a_hint_in_the_viewer_opens_the_guide_above_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / "orientation" / "Landscape_1.jpg", card)  # a real photo without any camera data
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    model = window.session.model  # type: ignore[union-attr]
    pid = model.ids()[0]
    qtbot.waitUntil(lambda: model.problems(pid) is not None, timeout=10_000)
    viewer = window.open_viewer(pid)
    assert viewer is not None
    qtbot.waitUntil(lambda: "may not be your own photo" in viewer.info.text(), timeout=10_000)
    assert f'href="{NOT_OWN_PAGE}"' in viewer.info.text() and "Read more in the guide" in viewer.info.text()
    viewer.info.linkActivated.emit(NOT_OWN_PAGE)
    guide = window.guide
    assert guide is not None and guide.isVisible() and guide.current_key() == NOT_OWN_PAGE
    assert viewer.isVisible()  # the photo is still there when the guide closes
