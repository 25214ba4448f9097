"""The interface language: translators for photowalk's own and Qt's strings, and core messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from photowalk.errors import format_message
from photowalk.reasons import Reason
from photowalk.ui.resources import i18n_dir

# Interface languages with a translation, and their names in themselves (never translated).
LANGUAGES: dict[str, str] = {"tg": "Тоҷикӣ", "ru": "Русский", "en": "English"}

# Contexts the core marks message templates and reasons with (QT_TRANSLATE_NOOP).
_PARAM_CONTEXTS = ("errors", "import", "checks", "scan", "camera")


def system_language() -> str:
    """The first interface language the system asks for that photowalk has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translators:
    """Holds the installed QTranslators so the language can change while the app runs."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        """Switch to `language` ("" = the system's); returns the language in effect.

        Qt then sends every widget a LanguageChange event, and each re-reads its texts.
        """
        lang = language if language in LANGUAGES else system_language()
        app = QCoreApplication.instance()
        assert app is not None, "translations need the application object"
        for t in self._installed:
            app.removeTranslator(t)
        self._installed = []
        QLocale.setDefault(QLocale(lang))
        self.language = lang
        catalogues: list[tuple[str, list[str]]] = [("photowalk", [str(i18n_dir())])]
        if lang != "en":  # English needs only our plural forms ("1 photo", "2 photos")
            # Qt has no Tajik of its own; our qtbase_tg.qm lives with our translations.
            catalogues.append(
                ("qtbase", [str(i18n_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)])
            )
            # The few of Qt's strings its own catalogue lacks; installed last, so looked at first.
            catalogues.append(("qtextra", [str(i18n_dir())]))
        for name, folders in catalogues:
            for folder in folders:
                t = QTranslator(app)
                if t.load(f"{name}_{lang}", folder):
                    app.installTranslator(t)
                    self._installed.append(t)
                    break
        self._deliver_now()
        return lang

    @staticmethod
    def _deliver_now() -> None:
        # Qt posts LanguageChange; deliver it now so every text is switched when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def core_text(context: str, template: str, params: Mapping[str, Any] | None = None) -> str:
    """A core message template translated in `context`, with its parameters filled in.

    Parameters that are reasons are translated with their own parameters, and those that are
    marked templates (e.g. "permission denied") are translated too. Context "" (a reason read
    from an older project) looks the template up in every context the core uses.
    """
    text = QCoreApplication.translate(context, template) if context else _any_context(template)
    filled = {k: _param_text(v) for k, v in (params or {}).items()}
    return format_message(text, filled)


def reason_text(reason: Reason) -> str:
    """A stored reason in the interface language (its values as they are)."""
    return core_text(reason.context, reason.template, reason.params)


def _param_text(value: Any) -> Any:
    if isinstance(value, Reason):
        return reason_text(value)
    if not isinstance(value, str):
        return value
    return _any_context(value)


def _any_context(text: str) -> str:
    for context in _PARAM_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def language_name(code: str) -> str:
    """A description language's name in that language (from CLDR), or the code itself."""
    if code in LANGUAGES:
        return LANGUAGES[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
