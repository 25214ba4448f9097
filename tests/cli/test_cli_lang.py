"""The command line's language: --lang, else the environment's, else English; core errors in it."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import photowalk

NO_LOCALE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}


def test_errors_follow_lang_then_the_environment(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.photowalk")
    ru = photowalk("--lang", "ru", "list", "--project", missing, env=NO_LOCALE)
    assert ru.returncode == 1
    assert ru.stderr == f"photowalk: Файл проекта {missing} нельзя использовать: файла не существует\n"
    tg = photowalk("list", "--project", missing, env={**NO_LOCALE, "LANG": "tg_TJ.UTF-8"})
    assert tg.returncode == 1 and "photowalk: Файли лоиҳа" in tg.stderr and missing in tg.stderr, tg.stderr
    # --lang wins over the environment; LANGUAGE's list over LANG; a language photowalk has not is English.
    en = photowalk("--lang", "en", "list", "--project", missing, env={**NO_LOCALE, "LANG": "ru_RU.UTF-8"})
    assert en.stderr == f"photowalk: The project file {missing} cannot be used: the file does not exist\n"
    listed = photowalk("list", "--project", missing, env={**NO_LOCALE, "LANGUAGE": "de:tg", "LANG": "ru_RU.UTF-8"})
    assert listed.stderr == tg.stderr
    de = photowalk("list", "--project", missing, env={**NO_LOCALE, "LANG": "de_DE.UTF-8"})
    assert de.stderr == en.stderr


def test_lang_takes_only_languages_photowalk_has() -> None:
    bad = photowalk("--lang", "de", "--help", env=NO_LOCALE)
    assert bad.returncode == 2 and "--lang: invalid choice: 'de' (choose from 'tg', 'ru', 'en')" in bad.stderr
    assert "--lang {tg,ru,en}" in photowalk("--help", env=NO_LOCALE).stdout
