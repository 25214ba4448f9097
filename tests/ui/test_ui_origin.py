"""The editor's "Whose photo is this?" section: someone else's photo for several photos at once, mixed
values left alone, each reason explained, undo, the checks and the page text following."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from photowalk.origin import REASONS, Origin
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.originsection import OriginSection
from photowalk.ui.photomodel import CellRole
from tests.ui.test_ui_editor import editor, ids_at, stored


def section(window: MainWindow) -> OriginSection:
    return editor(window).origin_section  # type: ignore[no-any-return]


def type_into(sec: OriginSection, name: str, text: str) -> None:
    line = sec.fields[name]
    line.setText(text)
    line.editingFinished.emit()


def choose(sec: OriginSection, key: str) -> None:
    sec.reason.setCurrentIndex(sec.reason.findData(key))
    sec.reason.activated.emit(sec.reason.currentIndex())


def badge_texts(window: MainWindow, photo_id: int) -> list[str]:
    model = window.session.model  # type: ignore[union-attr]
    return [text for text, _colour in model.data(model.index(model.row_of(photo_id)), CellRole)[3]]


def origins(window: MainWindow, ids: list[int]) -> list[Origin | None]:
    photos = stored(window)
    return [photos[i].origin for i in ids]  # type: ignore[attr-defined]


def test_someone_elses_photos_in_the_editor(walk: MainWindow, qtbot: QtBot) -> None:
    a, b, c = ids_at(walk, [0, 1, 2])
    sec = section(walk)
    walk.select_ids([a, b])
    assert sec.own.isChecked() and sec.details.isHidden()

    sec.other.click()
    assert origins(walk, [a, b, c]) == [Origin(), Origin(), None]
    assert not sec.details.isHidden()
    assert not editor(walk).rights.isEnabled()  # own work's licence and Commons user name do not apply
    # The grid marks them, and says why when pointed at.
    assert "©" in badge_texts(walk, a) and "©" in badge_texts(walk, b) and "©" not in badge_texts(walk, c)
    model = walk.session.model  # type: ignore[union-attr]
    assert "Someone else's photo" in model.data(model.index(model.row_of(a)), Qt.ItemDataRole.ToolTipRole)
    # The check asks for what is missing, naming it.
    qtbot.waitUntil(lambda: any(p.code == "origin-no-author" for p in model.problems(a) or []), timeout=5000)

    type_into(sec, "author", "Rahim | Karimov")
    type_into(sec, "source", "family album, printed 1929")
    choose(sec, "pd-old-70-expired")
    # The reason is explained, and only the years it needs are asked for.
    assert "died more than 70 years ago" in sec.explanation.text()
    assert sec.fields["death_year"].isVisibleTo(sec) and sec.fields["year"].isVisibleTo(sec)
    type_into(sec, "death_year", "1950")
    type_into(sec, "year", "1929")
    family = Origin("Rahim | Karimov", "family album, printed 1929", "pd-old-70-expired", 1950, 1929)
    assert origins(walk, [a, b, c]) == [family, family, None]
    qtbot.waitUntil(lambda: not any(p.is_error and p.code.startswith("origin-") for p in model.problems(a) or []), timeout=5000)
    # The camera's position is where the copy was photographed: a warning says so.
    assert [p.severity for p in model.problems(a) or [] if p.code == "origin-copy-location"] == ["warning"]

    # A CC licence needs no years; the note says what a friend's photo needs.
    walk.select_ids([b])
    choose(sec, "cc-by-sa-4.0")
    assert sec.fields["death_year"].isHidden() and sec.fields["year"].isHidden()
    assert "permissions-commons@wikimedia.org" in sec.explanation.text()

    # Several photos whose values differ show "several values"; another field's edit leaves them alone.
    walk.select_ids([a, b, c])
    assert sec.mixed.text() == "(several values)" and not sec.own.isChecked() and not sec.other.isChecked()
    assert sec.reason.currentText() == "(several values)"
    type_into(sec, "source", "https://example.org/album")
    after = origins(walk, [a, b, c])
    assert [o.reason if o else None for o in after] == ["pd-old-70-expired", "cc-by-sa-4.0", ""]
    assert after[2] is not None and after[2].source == "https://example.org/album"  # c became someone else's
    assert all(o is not None and o.source == "https://example.org/album" for o in after)

    # Undo puts back each photo's own origin, c its own work.
    walk.grid.setFocus()
    qtbot.keyClick(walk.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert origins(walk, [a, c]) == [family, None]
    walk.act_redo.trigger()
    assert origins(walk, [c])[0] == Origin(source="https://example.org/album")

    # A year that is not one is refused and nothing changes.
    walk.select_ids([a])
    type_into(sec, "death_year", "nineteen")
    assert origins(walk, [a])[0] == Origin("Rahim | Karimov", "https://example.org/album", "pd-old-70-expired", 1950, 1929)

    # The page text shows the third-party page, the author escaped.
    page = walk.page_text  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "{{PD-old-70-expired}}" in page.text.toPlainText(), timeout=5000)
    assert "|author=Rahim &#124; Karimov\n" in page.text.toPlainText()

    sec.own.click()
    assert origins(walk, [a])[0] is None and "©" not in badge_texts(walk, a)
    assert editor(walk).rights.isEnabled()
    assert len(REASONS) == sec.reason.count() - 1  # every reason offered, after "Choose..."


def test_no_reason_widens_the_editor_past_its_panel(walk: MainWindow, qtbot: QtBot) -> None:
    """The reasons are sentences: on a laptop's screen the editor never needs a sideways scroll bar for them."""
    walk.resize(1366, 768)
    walk.show()
    (a,) = ids_at(walk, [0])
    sec = section(walk)
    walk.select_ids([a])
    sec.other.click()
    ed = editor(walk)
    for key in REASONS:
        choose(sec, key)
        qtbot.wait(20)
        assert ed.horizontalScrollBar().maximum() == 0, key
