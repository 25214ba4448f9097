"""The command line's catalogues: generated from the window's .ts files, and read without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from photowalk.catalogue import LANGUAGES, Catalogue, language_from
from photowalk.errors import FileReadError
from photowalk.reasons import Reason

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"


def test_json_catalogues_are_current_with_the_ts_files(tmp_path: Path) -> None:
    # scripts/update-translations writes them; a .ts changed without that step fails here.
    ts = [I18N / f"photowalk_{lang}.ts" for lang in LANGUAGES]
    subprocess.run([sys.executable, str(REPO / "scripts" / "ts-to-json"), *map(str, ts), "--out", str(tmp_path)],
                   check=True)
    for lang in LANGUAGES:
        name = f"photowalk_{lang}.json"
        assert (I18N / name).read_bytes() == (tmp_path / name).read_bytes(), f"run scripts/update-translations ({name})"


def test_generator_keeps_finished_translations_and_plural_forms(tmp_path: Path) -> None:
    ts = tmp_path / "photowalk_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU"><context>'
        "<name>CommandLine</name>"
        "<message><source>done</source><translation>готово</translation></message>"
        '<message><source>later</source><translation type="unfinished">позже</translation></message>'
        '<message><source>gone</source><translation type="vanished">нет</translation></message>'
        "<message><source>empty</source><translation></translation></message>"
        '<message numerus="yes"><source>%n photo(s)</source><translation><numerusform>%n снимок</numerusform>'
        "<numerusform>%n снимка</numerusform><numerusform>%n снимков</numerusform></translation></message>"
        '<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n файл</numerusform>'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run([sys.executable, str(REPO / "scripts" / "ts-to-json"), str(ts)], check=True)
    data = json.loads((tmp_path / "photowalk_ru.json").read_text(encoding="utf-8"))
    assert data == {"CommandLine": {"done": "готово", "%n photo(s)": ["%n снимок", "%n снимка", "%n снимков"]}}


@pytest.mark.parametrize(
    ("n", "form"),
    [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (20, 2), (21, 0), (22, 1), (25, 2),
     (101, 0), (111, 2), (112, 2), (122, 1), (1001, 0)],
)
def test_russian_plurals_follow_the_russian_rule(n: int, form: int) -> None:
    forms = ["%n снимок", "%n снимка", "%n снимков"]
    cat = Catalogue("ru", {"CommandLine": {"%n photo(s)": forms}})
    assert cat.translate("CommandLine", "%n photo(s)", n) == forms[form].replace("%n", str(n))


@pytest.mark.parametrize(("n", "form"), [(0, 1), (1, 0), (2, 1), (5, 1), (21, 1)])
def test_tajik_and_english_plurals_have_two_forms(n: int, form: int) -> None:
    tg = Catalogue("tg", {"c": {"%n photo(s)": ["%n сурат", "%n сурат(ҳо)"]}})
    en = Catalogue("en", {"c": {"%n photo(s)": ["%n photo", "%n photos"]}})
    assert tg.translate("c", "%n photo(s)", n) == ["%n сурат", "%n сурат(ҳо)"][form].replace("%n", str(n))
    assert en.translate("c", "%n photo(s)", n) == ["%n photo", "%n photos"][form].replace("%n", str(n))


def test_the_shipped_russian_catalogue_says_plurals_as_the_window_does() -> None:
    ru = Catalogue.load("ru")
    assert ru.translate("ChecksPanel", "%n warning(s)", 1) == "1 предупреждение"
    assert ru.translate("ChecksPanel", "%n warning(s)", 3) == "3 предупреждения"
    assert ru.translate("ChecksPanel", "%n warning(s)", 11) == "11 предупреждений"


def test_missing_translations_fall_back_to_english() -> None:
    english = {"c": {"%n photo(s)": ["%n photo", "%n photos"]}}
    ru = Catalogue("ru", {"c": {"other": "другое"}}, english)
    assert ru.translate("c", "not translated") == "not translated"
    assert ru.translate("nowhere", "other") == "other"  # another context's translation is not this one's
    assert ru.translate("c", "%n photo(s)", 2) == "2 photos"  # English forms from the English catalogue
    assert ru.translate("c", "%n file(s)", 2) == "2 file(s)"  # no forms anywhere: the source, %n filled
    # An unknown language, or a folder without catalogues, speaks English.
    assert Catalogue.load("xx").language == "en"
    assert Catalogue.load("tg", Path("/nonexistent")).translate("errors", "Stopped at your request.") == \
        "Stopped at your request."


def test_core_errors_and_reasons_are_translated_with_their_parameters() -> None:
    tg = Catalogue("tg", {
        "errors": {"{path} could not be read: {reason}": "{path} хонда нашуд: {reason}", "permission denied": "иҷозат нест"},
        "import": {"The file is empty.": "Файл холӣ аст."},
    })
    exc = FileReadError(path="DSC_1.JPG", reason="permission denied")
    # A parameter that is a marked template is translated too, as the window does.
    assert tg.core_text("errors", exc.template, exc.params) == "DSC_1.JPG хонда нашуд: иҷозат нест"
    reason = Reason("empty", "{path} could not be read: {reason}",
                    {"path": "a.jpg", "reason": Reason("x", "The file is empty.", {}, context="import")})
    assert tg.reason_text(reason) == "a.jpg хонда нашуд: Файл холӣ аст."
    # The translation is filled after lookup: a placeholder's value never changes which text is found.
    assert tg.core_text("errors", "{path} could not be read: {reason}", {"path": "{reason}", "reason": "x"}) == \
        "{reason} хонда нашуд: x"


@pytest.mark.parametrize(
    ("choice", "environ", "expected"),
    [
        ("tg", {"LANG": "ru_RU.UTF-8"}, "tg"),
        (None, {"LANG": "ru_RU.UTF-8"}, "ru"),
        (None, {"LANG": "tg_TJ.UTF-8"}, "tg"),
        (None, {"LANGUAGE": "tg:ru", "LANG": "en_US.UTF-8"}, "tg"),
        (None, {"LANGUAGE": "de:ru", "LANG": "de_DE.UTF-8"}, "ru"),  # the first of LANGUAGE's list photowalk has
        (None, {"LC_ALL": "ru_RU.UTF-8", "LANG": "tg_TJ.UTF-8"}, "ru"),
        (None, {"LC_MESSAGES": "tg_TJ", "LANG": "ru_RU.UTF-8"}, "tg"),
        (None, {"LANGUAGE": "tg", "LC_ALL": "C"}, "en"),  # as gettext: LANGUAGE is not read under the C locale
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {}, "en"),
        (None, {"LANG": "ru@euro"}, "ru"),
    ],
)
def test_language_follows_the_option_then_the_environment(choice: str | None, environ: dict[str, str],
                                                          expected: str) -> None:
    assert language_from(choice, environ) == expected
