"""The interface in Tajik, Russian and English: switching, Qt's own buttons, plurals, complete translations."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

import photowalk
from photowalk.checks import check_photo
from photowalk.importer import ImportReport
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.ui.i18n import Translators, core_text, language_name
from photowalk.ui.importflow import ImportBar
from photowalk.ui.mainwindow import MainWindow

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TAJIK_LETTERS = set("ғӣқӯҳҷ")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def test_switching_to_tajik_shows_tajik_strings(window: MainWindow, translators: Translators) -> None:
    assert window.menu_file.title() == "Project"
    assert window.set_language("tg") == "tg"
    assert window.menu_file.title() == "Лоиҳа"
    assert window.start_page.new_button.text() == "Лоиҳаи нав…"
    assert window.start_page.recent_label.text() == "Лоиҳаҳои охирин"
    assert window.act_import.text() == "&Ворид кардани ҷузвдон…"
    assert window.filter_box.itemText(2) == "Барои боргузорӣ омода"
    # Qt ships no Tajik: these come from our qtbase_tg.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Бекор кардан"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Хуб"

    window.set_language("ru")
    assert window.menu_file.title() == "Проект"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"  # Qt's own Russian

    window.set_language("en")
    assert window.menu_file.title() == "Project"
    assert window.start_page.new_button.text() == "New project…"


def test_undo_and_redo_follow_a_change_of_language(window: MainWindow, tmp_path: Path) -> None:
    from tests.ui.helpers import new_project

    window.set_language("ru")
    new_project(window, tmp_path)  # its undo stack becomes the window's: the actions are named again
    assert (window.act_undo.text(), window.act_redo.text()) == ("&Отменить", "&Повторить")
    window.set_language("tg")
    assert (window.act_undo.text(), window.act_redo.text()) == ("&Бекор кардани амал", "&Такрори амал")
    window.close_project()  # type: ignore[attr-defined]
    assert window.act_undo.text() == "&Бекор кардани амал"


def test_language_from_settings_dialog(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from photowalk.ui.settingsdialog import SettingsDialog

    def fake_exec(dlg: SettingsDialog) -> int:
        dlg.language.setCurrentIndex(dlg.language.findData("tg"))
        dlg.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.act_settings.trigger()
    assert window.settings.get("language") == "tg"
    assert window.menu_help.title() == "Роҳнамо"


def test_core_messages_are_translated_with_their_values(translators: Translators) -> None:
    photo = Photo(id=1, path="DSC_0001.JPG", sha1="0" * 40, size=10, mtime=0.0, kind=FileKind.JPEG,
                  camera=CameraData(taken="2025-05-01T10:00:00"), title="DSC_0001")
    problem = next(p for p in check_photo(photo) if p.code == "title-camera-name")
    assert core_text("checks", problem.template, problem.params) == problem.message  # English
    translators.install("tg")
    text = core_text("checks", problem.template, problem.params)
    assert text.startswith("«DSC_0001» номест, ки камера ба файл додааст")
    # A reason inside an error is translated too.
    assert core_text("errors", "{path} could not be read: {reason}", {"path": "a.jpg", "reason": "permission denied"}) == (
        "a.jpg хонда нашуд: иҷозат нест"
    )


def test_plurals(translators: Translators) -> None:
    report_summary = ImportBar().summary
    report = ImportReport(added=[(1, Path("a.jpg"))])
    assert report_summary(report) == "1 photo imported"
    report.added.append((2, Path("b.jpg")))
    assert report_summary(report) == "2 photos imported"
    translators.install("ru")
    report.added.extend((i, Path(f"{i}.jpg")) for i in range(3, 6))
    assert report_summary(report) == "Импортировано 5 снимков"
    translators.install("tg")
    assert report_summary(report) == "5 акс ворид шуд"


def test_language_names_are_in_their_own_language() -> None:
    assert language_name("tg") == "Тоҷикӣ"
    assert language_name("ru") == "Русский"
    assert language_name("de") == "Deutsch"


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_translations_are_complete_and_keep_placeholders(lang: str) -> None:
    root = ET.parse(I18N / f"photowalk_{lang}.ts").getroot()
    count = 0
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") != "unfinished", source
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in forms:
            assert text.strip(), source
            # Every value the source names, and no other; a sentence may name one twice, as its source does.
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source))) or (
                # "1 photo" forms may spell the number out, nothing else may drop a value.
                "%n" in source and sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            ), (source, text)
            if lang == "tg":
                # Russian-only letters in Tajik text mean a Russian phrase slipped in.
                assert not re.search(r"[цщыь]", text, re.I), text
        count += 1
    assert count > 200
    if lang == "tg":
        all_text = " ".join(t.text or "" for t in root.iter("translation")) + " ".join(
            f.text or "" for f in root.iter("numerusform"))
        assert TAJIK_LETTERS & set(all_text) == TAJIK_LETTERS


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in I18N.glob("*.ts"):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.is_file() and shipped.read_bytes() == fresh.read_bytes(), f"run scripts/update-translations ({shipped.name})"


def test_every_visible_string_of_the_window_is_translated(window: MainWindow, translators: Translators) -> None:
    window.set_language("tg")
    english = {"Project", "Edit", "View", "Upload", "Help", "Import folder…", "New project…"}
    texts = {a.text().replace("&", "") for a in window.findChildren(type(window.act_new))} | {
        m.title() for m in (window.menu_file, window.menu_edit, window.menu_view, window.menu_upload, window.menu_help)
    }
    assert not texts & english
    assert QCoreApplication.translate("StartPage", "Recent projects") == "Лоиҳаҳои охирин"


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() of a literal there is never collected, so never translated."""
    import ast

    def marks(call: ast.Call) -> bool:
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        literal = any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
        return literal and name in ("tr", "translate", "QT_TRANSLATE_NOOP")

    hidden = []
    for path in sorted(Path(photowalk.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.name}:{c.lineno}" for c in ast.walk(node) if isinstance(c, ast.Call) and marks(c)]
    assert hidden == []


def test_no_wrapper_hides_strings_from_the_translation_collector() -> None:
    """A helper such as `def _tr(text): return translate("Ctx", text)` hides every string passed to it from
    lupdate: they are never collected, so never translated. Strings go to tr()/translate() as literals, or are
    marked QT_TRANSLATE_NOOP in the same context where they are written."""
    import ast

    wrappers = []
    for path in sorted(Path(photowalk.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {c.args[0].value for c in ast.walk(tree) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
                  and c.func.id == "QT_TRANSLATE_NOOP" and c.args and isinstance(c.args[0], ast.Constant)}
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = {a.arg for a in fn.args.args}
            for call in ast.walk(fn):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and len(call.args) >= 2
                        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                        and call.args[1].id in params and call.args[0].value not in marked):
                    wrappers.append(f"{path.name}:{fn.name}")
    assert wrappers == []


def test_plural_forms_only_through_tr() -> None:
    """The translation collector takes a count (plural forms) from tr(text, "", n) only: a translate()
    given one gets a single form, so "%n file(s)" would stay as it is in every language."""
    import ast

    counted = []
    for path in sorted(Path(photowalk.__file__).parent.rglob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute | ast.Name) and len(call.args) >= 4
                    and (call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id) == "translate"):
                counted.append(f"{path.name}:{call.lineno}")
    assert counted == []
