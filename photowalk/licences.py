"""The own-work licences photowalk offers, as Commons' UploadWizard offers them for own work."""

from __future__ import annotations

from dataclasses import dataclass

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Licence:
    """One licence: its code, the page template, and a one-line plain explanation."""

    code: str
    name: str
    url: str
    explanation: str  # English, marked QT_TRANSLATE_NOOP("licences", ...)

    @property
    def template(self) -> str:
        """The wikitext for the licence section (own work: `{{self|...}}`)."""
        return f"{{{{self|{self.code}}}}}"


class UnknownLicenceError(PhotowalkError):
    code = "unknown-licence"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{licence}\u201d is not a licence photowalk knows; use one of {known}."
    )


# Order: the default first, then as UploadWizard lists them.
LICENCES: dict[str, Licence] = {
    lic.code: lic
    for lic in (
        Licence(
            "cc-by-sa-4.0",
            "CC BY-SA 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            QT_TRANSLATE_NOOP(
                "licences",
                "Anyone may use and change the photo if they name you and share their changes under the same licence.",
            ),
        ),
        Licence(
            "cc-by-4.0",
            "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            QT_TRANSLATE_NOOP("licences", "Anyone may use and change the photo, for any purpose, if they name you."),
        ),
        Licence(
            "cc-zero",
            "CC0 1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            QT_TRANSLATE_NOOP(
                "licences", "You give up all rights: anyone may use the photo for anything, without naming you."
            ),
        ),
    )
}

DEFAULT_LICENCE = "cc-by-sa-4.0"


def licence_codes() -> list[str]:
    """The codes in display order, the default first."""
    return list(LICENCES)


def normalize_licence(code: str) -> str:
    """The catalogue code for what a volunteer typed (`CC-BY-SA-4.0`, `cc_by_sa_4.0`, `CC0`)."""
    text = code.strip().lower().replace("_", "-").replace(" ", "-")
    if text in ("cc0", "cc0-1.0", "cc-zero-1.0"):
        text = "cc-zero"
    if text not in LICENCES:
        raise UnknownLicenceError(licence=code.strip(), known=", ".join(LICENCES))
    return text


def get_licence(code: str) -> Licence:
    """The licence for a code; raises UnknownLicenceError."""
    return LICENCES[normalize_licence(code)]
