"""Describing photos in the window: several at once, mixed values, undo, Tajik letters, badges, problems, page text."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from photowalk.cameras import Camera
from photowalk.clock import clear_clock_offset, set_clock_offset
from photowalk.project import ProjectStore
from photowalk.ui.badges import ERROR_COLOUR
from photowalk.ui.checkpanel import PhotoIdRole
from photowalk.ui.editor import EditorPanel
from photowalk.ui.mainwindow import MainWindow
from tests.ui.helpers import new_project, type_text, wait_import
from tests.upload_helpers import make_pages, unique

TEXT = "Фаввора дар боғи Рӯдакӣ, Душанбе"


def editor(window: MainWindow) -> EditorPanel:
    return window.editor  # type: ignore[attr-defined,no-any-return]


def stored(window: MainWindow) -> dict[int, object]:
    """Every photo of the project as the file holds it (read through a connection of its own)."""
    assert window.session is not None
    with ProjectStore.open(window.session.path) as store:
        return {p.id: p for p in store.photos()}


def ids_at(window: MainWindow, rows: list[int]) -> list[int]:
    assert window.session is not None
    return [window.session.proxy.id_at(r) for r in rows]


def test_description_for_several_photos_reaches_exactly_those(walk: MainWindow, qtbot: QtBot) -> None:
    chosen = ids_at(walk, [0, 2, 5])
    walk.select_ids(chosen)
    ed = editor(walk)
    assert ed.ids == chosen
    assert "3 photos selected" in ed.header.text()
    box = ed.rows["tg"].text
    box.setFocus()
    type_text(box, TEXT)
    qtbot.waitUntil(lambda: all(stored(walk)[i].descriptions.get("tg") == TEXT for i in chosen), timeout=5000)  # type: ignore[attr-defined]
    photos = stored(walk)
    assert {i for i, p in photos.items() if p.descriptions} == set(chosen)  # type: ignore[attr-defined]
    # The grid's model has it too, and the checks no longer miss a description.
    model = walk.session.model  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: all(not any(p.code == "no-description" for p in model.problems(i) or []) for i in chosen), timeout=5000
    )
    assert all(any(p.code == "no-description" for p in model.problems(i) or []) for i in model.ids() if i not in chosen)


def test_mixed_values_show_several_and_stay_untouched(walk: MainWindow, qtbot: QtBot) -> None:
    a, b, c = ids_at(walk, [0, 1, 2])
    ed = editor(walk)
    for pid, text in ((a, "Манора"), (b, "Кӯча")):
        walk.select_ids([pid])
        ed.rows["tg"].text.setPlainText(text)
        ed.commit_pending()
    walk.select_ids([a, b, c])
    row = ed.rows["tg"]
    assert row.text.toPlainText() == "" and row.text.placeholderText() == "(several values)"
    assert ed.lat.placeholderText() == "(several values)"
    # Editing another field leaves the differing descriptions alone.
    ed.author.setText("Example")
    ed.author.editingFinished.emit()
    photos = stored(walk)
    assert [photos[i].descriptions.get("tg") for i in (a, b, c)] == ["Манора", "Кӯча", None]  # type: ignore[attr-defined]
    assert [photos[i].author for i in (a, b, c)] == ["Example"] * 3  # type: ignore[attr-defined]
    # Leaving the focused "(several values)" field empty writes nothing.
    ed.rows["tg"].text.setFocus()
    ed.author.setFocus()
    ed.commit_pending()
    photos = stored(walk)
    assert [photos[i].descriptions.get("tg") for i in (a, b, c)] == ["Манора", "Кӯча", None]  # type: ignore[attr-defined]


def test_undo_puts_back_each_photos_own_value(walk: MainWindow, qtbot: QtBot) -> None:
    a, b = ids_at(walk, [3, 4])
    ed = editor(walk)
    walk.select_ids([a])
    ed.rows["tg"].text.setPlainText("Якум")
    ed.commit_pending()
    walk.select_ids([a, b])
    ed.rows["tg"].text.setPlainText("Ҳарду")
    ed.commit_pending()
    assert [stored(walk)[i].descriptions.get("tg") for i in (a, b)] == ["Ҳарду", "Ҳарду"]  # type: ignore[attr-defined]
    walk.grid.setFocus()
    qtbot.keyClick(walk.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [stored(walk)[i].descriptions.get("tg") for i in (a, b)] == ["Якум", None]  # type: ignore[attr-defined]
    assert ed.rows["tg"].text.placeholderText() == "(several values)"  # the editor shows the restored values
    walk.act_redo.trigger()
    assert [stored(walk)[i].descriptions.get("tg") for i in (a, b)] == ["Ҳарду", "Ҳарду"]  # type: ignore[attr-defined]
    assert ed.rows["tg"].text.toPlainText() == "Ҳарду"


def test_tajik_letter_bar_and_shortcuts(walk: MainWindow, qtbot: QtBot) -> None:
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    box = ed.rows["tg"].text
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    type_text(box, "Бо")
    ed.letter_buttons[0].click()  # ғ
    assert box.toPlainText() == "Боғ"
    qtbot.keyClick(box, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # ӯ
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)  # Ҷ
    assert box.toPlainText() == "БоғӯҶ"
    assert box.hasFocus()


def test_tajik_suggestions_replace_a_word(walk: MainWindow) -> None:
    walk.select_ids(ids_at(walk, [0]))
    row = editor(walk).rows["tg"]
    row.text.setPlainText("Манзараи шахри Душанбе")
    assert row.suggestions.isVisible()
    assert "шаҳри" in row.suggestions.text()
    row.suggestions.linkActivated.emit("0:0")
    assert row.text.toPlainText() == "Манзараи шаҳри Душанбе"
    assert not row.suggestions.isVisible()


def test_title_validation_and_byte_counter(walk: MainWindow) -> None:
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    ed.title.setText("IMG_1234")
    assert "is the name the camera gave the file" in ed.title_info.text()
    ed.title.setText("Боғи Рӯдакӣ")
    assert "25 of 240 bytes" in ed.title_info.text()  # 10 Cyrillic letters, a space and ".jpg"
    ed.title.setText("Park [west]")
    assert "Use “Park - west-.jpg”" in ed.title_info.text()
    ed.title_info.linkActivated.emit("fix:Park - west-.jpg")
    assert ed.title.text() == "Park - west-.jpg"


def red_badge_pixels(window: MainWindow, photo_id: int) -> int:
    """How many pixels of the error colour the top-right corner of a photo's cell shows."""
    assert window.session is not None
    row = window.session.proxy.row_of(photo_id)
    assert row is not None
    rect = window.grid.visualRect(window.session.proxy.index(row, 0))
    QApplication.processEvents()
    image = window.grid.viewport().grab().toImage()
    pic = window.grid.delegate.picture
    x0, y0 = rect.x() + 6 + pic - 60, rect.y() + 6
    return sum(
        image.pixelColor(x, y) == ERROR_COLOUR for x in range(x0, x0 + 60) for y in range(y0, y0 + 28)
    )


def test_problem_badge_appears_and_clears(walk: MainWindow, qtbot: QtBot) -> None:
    pid = ids_at(walk, [0])[0]
    model = walk.session.model  # type: ignore[union-attr]
    walk.select_ids([pid])
    ed = editor(walk)
    ed.rows["tg"].text.setPlainText("Манзара аз болои кӯҳ")
    ed.title.setText("DSC_0042")
    ed.commit_pending()
    qtbot.waitUntil(lambda: [p.code for p in model.problems(pid) or [] if p.is_error] == ["title-camera-name"], timeout=5000)
    assert red_badge_pixels(walk, pid) > 100
    ed.title.setText("Манзара аз болои кӯҳ")
    ed.commit_pending()
    qtbot.waitUntil(lambda: not [p for p in model.problems(pid) or [] if p.is_error], timeout=5000)
    assert red_badge_pixels(walk, pid) == 0
    walk.set_filter("ready")
    assert walk.session.proxy.ids() == [pid]  # type: ignore[union-attr]


def test_categories_licence_and_date(walk: MainWindow, qtbot: QtBot, shown_errors: list[str]) -> None:
    chosen = ids_at(walk, [1, 2])
    walk.select_ids(chosen)
    ed = editor(walk)
    ed.category_input.setText("Parks in Dushanbe")
    qtbot.keyClick(ed.category_input, Qt.Key.Key_Return)
    ed.category_input.setText("Category:Fountains_in_Tajikistan")
    qtbot.keyClick(ed.category_input, Qt.Key.Key_Return)
    photos = stored(walk)
    assert [photos[i].categories for i in chosen] == [["Parks in Dushanbe", "Fountains in Tajikistan"]] * 2  # type: ignore[attr-defined]
    assert ed.chips.count() == 2
    chip = ed.chips.itemAt(0).widget()
    chip.remove_button.click()  # type: ignore[union-attr]
    assert [stored(walk)[i].categories for i in chosen] == [["Fountains in Tajikistan"]] * 2  # type: ignore[attr-defined]

    ed.licence.setCurrentIndex(ed.licence.findData("cc-zero"))
    ed.licence.activated.emit(ed.licence.currentIndex())
    assert "You give up all rights" in ed.licence_info.text()
    assert [stored(walk)[i].licence for i in chosen] == ["cc-zero"] * 2  # type: ignore[attr-defined]

    ed.date.setText("2025-13-40")
    ed.date.editingFinished.emit()  # refused by the core: an error is shown, nothing stored
    assert shown_errors == ["“2025-13-40” is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY)."]
    assert [stored(walk)[i].edit_date for i in chosen] == [None, None]  # type: ignore[attr-defined]
    ed.date.setText("2025-05-01")
    ed.date.editingFinished.emit()
    assert [stored(walk)[i].edit_date for i in chosen] == ["2025-05-01"] * 2  # type: ignore[attr-defined]


def test_location_fields_and_osm_link(walk: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = ids_at(walk, [0])[0]
    walk.select_ids([pid])
    ed = editor(walk)
    assert "openstreetmap.org/?mlat=" in ed.location_info.text()
    camera_lat = ed.lat.text()
    assert camera_lat  # the first photo has the camera's GPS
    ed.lat.setText("38.5598")
    ed.lon.setText("68.787")
    ed.lon.editingFinished.emit()
    photo = stored(walk)[pid]
    assert (photo.edit_lat, photo.edit_lon) == (38.5598, 68.787)  # type: ignore[attr-defined]
    ed.remove_location.click()
    assert stored(walk)[pid].location_removed  # type: ignore[attr-defined]
    walk.act_undo.trigger()
    assert not stored(walk)[pid].location_removed  # type: ignore[attr-defined]
    walk.act_undo.trigger()  # the typed location goes; the camera's shows again
    photo = stored(walk)[pid]
    assert (photo.edit_lat, photo.edit_lon) == (None, None)  # type: ignore[attr-defined]
    assert ed.lat.text() == camera_lat
    walk.act_redo.trigger()
    assert stored(walk)[pid].edit_lat == 38.5598  # type: ignore[attr-defined]
    ed.lat.setText("")  # emptying both fields forgets the typed location
    ed.lon.setText("")
    ed.lon.editingFinished.emit()
    assert stored(walk)[pid].edit_lat is None  # type: ignore[attr-defined]
    assert ed.lat.text() == camera_lat and "from the camera" in ed.location_info.text()


def test_title_pattern_gives_unique_titles_and_undoes(walk: MainWindow) -> None:
    chosen = ids_at(walk, [0, 1, 2])
    walk.select_ids(chosen)
    ed = editor(walk)
    ed.rows["tg"].text.setPlainText("Кӯчаи Айнӣ")
    ed.commit_pending()
    ed.pattern.setText("{description} {n}")
    ed.pattern_button.click()
    titles = [stored(walk)[i].title for i in chosen]  # type: ignore[attr-defined]
    assert titles == ["Кӯчаи Айнӣ 1.jpg", "Кӯчаи Айнӣ 2.jpg", "Кӯчаи Айнӣ 3.jpg"]
    walk.act_undo.trigger()
    assert [stored(walk)[i].title for i in chosen] == [None, None, None]  # type: ignore[attr-defined]


def test_checks_panel_selects_the_photo_and_page_text_follows(walk: MainWindow, qtbot: QtBot, qtmodeltester: object) -> None:
    checks = walk.checks  # type: ignore[attr-defined]
    assert checks.model.rowCount() == 0  # hidden behind the Describe tab: built when shown
    tab = walk.side.indexOf(checks)
    qtbot.waitUntil(lambda: walk.side.tabText(tab).startswith("Problems (4"), timeout=5000)  # 20 photos, no title nor description
    walk.side.setCurrentWidget(checks)
    checks.scope_all.click()
    checks.refresh()
    assert checks.model.rowCount() > 0
    qtmodeltester.check(checks.model)  # type: ignore[attr-defined]
    index = checks.model.index(5, 0)
    pid = index.data(PhotoIdRole)
    checks.view.clicked.emit(index)
    assert walk.selected_ids() == [pid]
    page = walk.page_text  # type: ignore[attr-defined]
    editor(walk).rows["tg"].text.setPlainText("Дарахтон")
    editor(walk).commit_pending()
    assert "{{tg|1=Дарахтон}}" in page.text.toPlainText()
    assert page.heading.text().startswith("File:")


def test_typed_text_is_saved_when_the_window_closes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    path = new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "orientation"]))
    pid = ids_at(window, [0])[0]
    window.select_ids([pid])
    type_text(editor(window).rows["tg"].text, "Ним")
    window.close()
    with ProjectStore.open(path) as store:
        assert store.photo(pid).descriptions == {"tg": "Ним"}


def use_wiki(window: MainWindow, api: str) -> None:
    """Choose the wiki in Settings, as the Settings dialog does."""
    window.settings.set("wiki", api)
    window.settings_changed.emit()


def completions(ed: EditorPanel) -> list[str]:
    """What the category field's completer lists for the text typed now."""
    model = ed.category_input.completer().completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_category_field_suggests_categories_from_the_wiki(walk: MainWindow, qtbot: QtBot,
                                                          testwiki: dict[str, str]) -> None:
    tok = unique("W")
    make_pages(testwiki, [f"Category:{tok} Fountains of Dushanbe", f"Category:{tok} Fountains in parks",
                          f"Category:{tok} Bridges"])
    use_wiki(walk, testwiki["TESTWIKI_API"])
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    field = ed.category_input
    field.setText(f"{tok} Fountains (project)")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    walk.select_ids(ids_at(walk, [1]))
    field.setFocus()
    with qtbot.waitSignal(ed.wiki_categories.found, timeout=10_000):
        type_text(field, f"{tok[0].lower()}{tok[1:]} Fount")  # the wiki's first letters are capitals
        # Offscreen Qt takes the focus away when the completer's list opens; a desktop does not.
        qtbot.wait(50)
        walk.activateWindow()
        field.setFocus()
    # The list opens again with the wiki's names: the project's own category first, then the
    # wiki's in the wiki's order.
    assert field.completer().popup().isVisible()
    assert completions(ed) == [f"{tok} Fountains (project)", f"{tok} Fountains in parks", f"{tok} Fountains of Dushanbe"]
    assert field.toolTip() == ""


def test_an_answer_for_text_no_longer_typed_is_not_shown(walk: MainWindow, qtbot: QtBot, testwiki: dict[str, str],
                                                          wiki_fault: Callable[[str], None]) -> None:
    tok = unique("S")
    make_pages(testwiki, [f"Category:{tok} Palaces", f"Category:{tok} Parks", f"Category:{tok} Quarries"])
    use_wiki(walk, testwiki["TESTWIKI_API"])
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    field = ed.category_input
    field.setFocus()
    type_text(field, f"{tok} Qu")  # opens the session to the wiki
    qtbot.waitUntil(lambda: f"{tok} Quarries" in ed.category_model.stringList(), timeout=10_000)
    seen: list[list[str]] = []
    ed.category_model.modelReset.connect(lambda: seen.append(ed.category_model.stringList()))
    wiki_fault("GET sleep 2 1")  # the answer for "Pa" comes late ...
    field.selectAll()
    type_text(field, f"{tok} Pa")
    qtbot.wait(800)  # ... asked for once typing paused
    type_text(field, "r")
    qtbot.waitUntil(lambda: f"{tok} Parks" in ed.category_model.stringList(), timeout=10_000)
    assert not Path(testwiki["TESTWIKI_DIR"], "fault").exists()  # the slow answer did come
    assert not any(f"{tok} Palaces" in names for names in seen), seen
    assert completions(ed) == [f"{tok} Parks"]


def test_unreachable_wiki_leaves_the_project_categories_and_no_error(
    walk: MainWindow, qtbot: QtBot, shown_errors: list[str]
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    use_wiki(walk, f"http://127.0.0.1:{port}/api.php")  # nothing listens there
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    field = ed.category_input
    field.setText("Parks in Dushanbe")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.setFocus()
    type_text(field, "Parks")
    qtbot.waitUntil(lambda: not ed.wiki_categories.available, timeout=10_000)
    assert shown_errors == []
    assert field.toolTip() == "No suggestions from the wiki now: it cannot be reached."
    assert completions(ed) == ["Parks in Dushanbe"]
    qtbot.keyClick(field, Qt.Key.Key_Return)  # typing still adds a category
    assert stored(walk)[ids_at(walk, [0])[0]].categories == ["Parks in Dushanbe", "Parks"]  # type: ignore[attr-defined]


def test_location_boxes_are_labelled(walk: MainWindow) -> None:
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    labels = [label for label in ed.findChildren(QLabel) if label.buddy() is not None]
    for box, name in ((ed.lat, "Latitude"), (ed.lon, "Longitude"), (ed.heading, "Heading")):
        named = [label for label in labels if label.buddy() is box]
        assert [label.text() for label in named] == [name]
        assert named[0].isVisible() and box.accessibleName() == name
        # Right above its box.
        label_at, box_at = named[0].mapTo(ed, QPoint(0, 0)), box.mapTo(ed, QPoint(0, 0))
        assert label_at.x() == box_at.x() and label_at.y() < box_at.y()


def test_date_reads_as_a_volunteer_reads_it_and_is_typed_as_before(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    new_project(window, tmp_path)
    # A camera original that wrote seconds fractions and its offset from UTC: 2021-09-27T07:13:47.832-06:00.
    wait_import(qtbot, window.import_sources([photos_dir / "cameras" / "IMG_8568.JPG"]))
    pid = ids_at(window, [0])[0]
    assert stored(window)[pid].camera.taken == "2021-09-27T07:13:47.832-06:00"  # type: ignore[attr-defined]
    window.select_ids([pid])
    ed = editor(window)
    camera = ed.date.placeholderText()
    assert camera.startswith("September 27, 2021 7:13") and camera.endswith(" (UTC-06:00)"), camera
    assert "47" not in camera and "2021-09-27" not in camera
    assert f"The camera says {camera};" in ed.date_info.text()
    undo = window.session.undo  # type: ignore[union-attr]
    steps = undo.count()
    ed.date.setFocus()
    qtbot.waitUntil(ed.date.hasFocus, timeout=2000)
    ed.author.setFocus()  # in and out without typing: nothing is written
    qtbot.waitUntil(ed.author.hasFocus, timeout=2000)
    assert stored(window)[pid].edit_date is None and undo.count() == steps  # type: ignore[attr-defined]

    ed.date.setFocus()
    qtbot.waitUntil(ed.date.hasFocus, timeout=2000)
    type_text(ed.date, "2025-05-01T10:30")  # the forms the project takes, as before
    ed.author.setFocus()
    qtbot.waitUntil(ed.author.hasFocus, timeout=2000)
    assert stored(window)[pid].edit_date == "2025-05-01 10:30"  # type: ignore[attr-defined]
    assert ed.date.text().startswith("May 1, 2025 10:30"), ed.date.text()
    steps = undo.count()
    ed.date.setFocus()
    qtbot.waitUntil(ed.date.hasFocus, timeout=2000)
    assert ed.date.text() == "2025-05-01 10:30"  # while editing: the date as it is typed
    ed.author.setFocus()
    qtbot.waitUntil(ed.author.hasFocus, timeout=2000)
    assert stored(window)[pid].edit_date == "2025-05-01 10:30" and undo.count() == steps  # type: ignore[attr-defined]
    assert ed.date.text().startswith("May 1, 2025")

    window.set_language("ru")  # in the interface's language
    assert ed.date.text().startswith("1 мая 2025"), ed.date.text()
    assert "27 сентября 2021" in ed.date_info.text() and "07:13 (UTC-06:00);" in ed.date_info.text()


def test_a_corrected_camera_clock_shows_the_cameras_time_and_the_corrected_one(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras" / "IMG_8568.JPG"]))
    pid = ids_at(window, [0])[0]
    window.select_ids([pid])
    ed = editor(window)
    assert window.session is not None
    # The clock is corrected and the photo placed from a track by another program (the command line).
    with ProjectStore.open(window.session.path) as other:
        set_clock_offset(other, Camera.of(other.photo(pid)), 3780)
        other.conn.execute("UPDATE photos SET edit_lat=38.5, edit_lon=68.7, location_source='gpx' WHERE id=?", (pid,))
    qtbot.waitUntil(lambda: "with its clock corrected" in ed.date_info.text(), timeout=5000)
    info = ed.date_info.text()
    assert info.startswith("The camera says September 27, 2021 7:13"), info
    assert "with its clock corrected by +1:03:00: September 27, 2021 8:16" in info, info
    assert ed.date.placeholderText().startswith("September 27, 2021 8:16"), ed.date.placeholderText()
    assert "from the GPS track" in ed.location_info.text()
    # Undone: the camera's own time again.
    with ProjectStore.open(window.session.path) as other:
        clear_clock_offset(other, Camera.of(other.photo(pid)))
    qtbot.waitUntil(lambda: "corrected" not in ed.date_info.text(), timeout=5000)
    assert ed.date.placeholderText().startswith("September 27, 2021 7:13")


def test_a_photo_on_commons_already_says_what_an_edit_does(walk: MainWindow) -> None:
    a, b = ids_at(walk, [0, 1])
    model = walk.session.model  # type: ignore[union-attr]
    walk.select_ids([a])
    ed = editor(walk)
    assert not ed.commons_notice.isVisible()
    model.set_upload_states({a: "done"})  # as the upload view does once the file is on the wiki
    assert ed.commons_notice.isVisible()
    assert ed.commons_notice.text() == (
        "On Commons already: a new description is sent with the next upload as an edit of its page; "
        "a new title is not applied.")
    walk.select_ids([b])
    assert not ed.commons_notice.isVisible()
    walk.select_ids([a, b])
    assert ed.commons_notice.isVisible()
    assert ed.commons_notice.text().startswith("On Commons already: 1 of the selected photos.")
    model.set_upload_states({a: "failed"})
    assert not ed.commons_notice.isVisible()
    model.set_upload_states({b: "done"})
    assert ed.commons_notice.isVisible()
    walk.close_project()  # type: ignore[attr-defined]
    assert not ed.commons_notice.isVisible()


def test_emptying_both_location_boxes_with_the_keyboard_forgets_the_typed_location(walk: MainWindow, qtbot: QtBot) -> None:
    pid = ids_at(walk, [0])[0]
    walk.select_ids([pid])
    ed = editor(walk)
    camera_lat = ed.lat.text()
    ed.lat.setText("38.5598")
    ed.lon.setText("68.787")
    ed.lon.editingFinished.emit()
    assert stored(walk)[pid].edit_lat == 38.5598  # type: ignore[attr-defined]
    for box in (ed.lat, ed.lon):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        box.selectAll()
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert stored(walk)[pid].edit_lat == 38.5598  # type: ignore[attr-defined]  # one box alone writes nothing
    qtbot.keyClick(ed.lon, Qt.Key.Key_Return)
    assert stored(walk)[pid].edit_lat is None  # type: ignore[attr-defined]
    assert ed.lat.text() == camera_lat and "from the camera" in ed.location_info.text()

    # Photos at different places show "several values"; Enter in the empty box leaves each its own.
    a, b = ids_at(walk, [1, 2])
    walk.select_ids([a])
    ed.lat.setText("38.5598")
    ed.lon.setText("68.787")
    ed.lon.editingFinished.emit()
    walk.select_ids([a, b])
    assert ed.lat.text() == "" and ed.lat.placeholderText() == "(several values)"
    ed.lat.setFocus()
    qtbot.waitUntil(ed.lat.hasFocus, timeout=2000)
    qtbot.keyClick(ed.lat, Qt.Key.Key_Return)
    ed.author.setFocus()
    qtbot.waitUntil(ed.author.hasFocus, timeout=2000)
    photos = stored(walk)
    assert (photos[a].edit_lat, photos[a].edit_lon) == (38.5598, 68.787)  # type: ignore[attr-defined]


def test_a_file_that_can_never_be_uploaded_says_why_and_locks_its_fields(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    for rel in ("other-formats/IMG_2682.heic", "other-formats/Nikon.nef", "other-formats/with-gps.mp4",
                "broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg", "cameras/DSCN0138.JPG"):
        shutil.copy(photos_dir / rel, card / Path(rel).name)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    model = window.session.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(model.problems(i) is not None for i in model.ids()), timeout=10_000)
    by_name = {model.photo(i).file_name: i for i in model.ids()}  # type: ignore[union-attr]
    ed = editor(window)
    banner = ed.unusable_banner

    def fields() -> list[QWidget]:
        return [ed.title, *(row.text for row in ed.rows.values()), ed.date, ed.lat, ed.category_input, ed.licence,
                ed.author]

    for name, why, advice in (
        ("IMG_2682.heic", "HEIC photos are not accepted by Commons.", "Export the photo as JPEG"),
        ("Nikon.nef", "Camera RAW files are not accepted by Commons.", "Export the photo as JPEG"),
        ("with-gps.mp4", "Videos are not accepted by Commons", "upload the video with Commons' own Upload Wizard"),
        ("2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg", "the picture is incomplete",
         "Import the original file again"),
    ):
        # Only the real reason is counted: no missing title, description or date on top of it.
        assert [p.code for p in model.problems(by_name[name]) or []] == ["file-error"], name
        window.select_ids([by_name[name]])
        assert banner.isVisible(), name
        assert banner.text().startswith("This file can never go to Commons. The file cannot be uploaded: ")
        assert why in banner.text() and advice in banner.text(), banner.text()
        assert not any(box.isEnabled() for box in fields()), name
    assert model.error_count() == 4 + sum(p.is_error for p in model.problems(by_name["DSCN0138.JPG"]) or [])
    good = by_name["DSCN0138.JPG"]
    window.select_ids([good])
    assert not banner.isVisible() and all(box.isEnabled() for box in fields())
    window.select_ids([good, by_name["Nikon.nef"]])
    assert banner.isVisible() and banner.text().startswith("1 of the selected files can never go to Commons")
    assert all(box.isEnabled() for box in fields()[1:])  # a title is given to one photo at a time


def test_tab_goes_through_the_fields_as_they_are_read(walk: MainWindow, qtbot: QtBot) -> None:
    walk.select_ids(ids_at(walk, [0]))
    ed = editor(walk)
    ed.description_row("ru")  # a second language opened later still comes in its place
    walk.side.setCurrentWidget(ed)
    walk.side.tabBar().setFocus()
    qtbot.waitUntil(walk.side.tabBar().hasFocus, timeout=2000)
    stops: list[QWidget] = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.isVisible(), focused  # no stop one cannot see
        if focused is ed.author:
            break
        stops.append(focused)
    tg, ru = ed.rows["tg"], ed.rows["ru"]
    expected = [ed.title, ed.pattern, ed.pattern_button, tg.text, tg.remove_button, ru.text, ru.remove_button,
                ed.descriptions.add_language, ed.captions.fields["tg"], ed.category_input, ed.depicts.input,
                ed.date, ed.lat, ed.lon, ed.heading]
    assert stops[:len(expected)] == expected, [w.objectName() or type(w).__name__ for w in stops]
    assert ed.licence in stops[len(expected):]
