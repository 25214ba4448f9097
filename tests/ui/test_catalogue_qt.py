"""The command line's JSON catalogues say every message as the window's Qt translators do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from photowalk.catalogue import Catalogue
from photowalk.ui.i18n import Translators


@pytest.mark.parametrize("lang", ["tg", "ru", "en"])
def test_every_message_and_plural_form_matches_qt(qapp: object, translators: Translators, lang: str) -> None:
    translators.install(lang)
    cat = Catalogue.load(lang)
    entries = cat._entries  # every message of this language's catalogue
    assert entries, lang
    checked = 0
    for context, messages in entries.items():
        for source, translation in messages.items():
            if isinstance(translation, list):
                for n in range(0, 130):
                    assert cat.translate(context, source, n) == QCoreApplication.translate(context, source, None, n), \
                        (lang, context, source, n)
            else:
                assert cat.translate(context, source) == QCoreApplication.translate(context, source), (context, source)
            checked += 1
    assert checked == sum(len(m) for m in entries.values())
