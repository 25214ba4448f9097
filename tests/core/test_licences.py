"""The own-work licence catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from photowalk.licences import DEFAULT_LICENCE, LICENCES, UnknownLicenceError, get_licence, licence_codes, normalize_licence


def test_catalogue_is_the_uploadwizard_own_work_set_default_first() -> None:
    assert licence_codes() == ["cc-by-sa-4.0", "cc-by-4.0", "cc-zero"]
    assert DEFAULT_LICENCE == licence_codes()[0]


@pytest.mark.parametrize(
    ("code", "template"),
    [("cc-by-sa-4.0", "{{self|cc-by-sa-4.0}}"), ("cc-by-4.0", "{{self|cc-by-4.0}}"), ("cc-zero", "{{self|cc-zero}}")],
)
def test_templates(code: str, template: str) -> None:
    assert get_licence(code).template == template


@pytest.mark.parametrize(
    ("typed", "code"),
    [("CC-BY-SA-4.0", "cc-by-sa-4.0"), (" cc_by_4.0 ", "cc-by-4.0"), ("CC0", "cc-zero"), ("cc0-1.0", "cc-zero")],
)
def test_typed_codes_are_recognised(typed: str, code: str) -> None:
    assert normalize_licence(typed) == code


@pytest.mark.parametrize("typed", ["cc-by-sa-3.0", "gfdl", "", "cc-by-nc-4.0"])
def test_other_licences_are_refused_with_the_known_list(typed: str) -> None:
    with pytest.raises(UnknownLicenceError) as info:
        normalize_licence(typed)
    assert "cc-by-sa-4.0, cc-by-4.0, cc-zero" in info.value.message


def test_every_licence_has_a_plain_one_line_explanation_and_a_url() -> None:
    for lic in LICENCES.values():
        assert lic.explanation and "\n" not in lic.explanation and lic.explanation.endswith(".")
        assert lic.url.startswith("https://creativecommons.org/")


def test_explanations_are_marked_for_translation_in_the_licences_context() -> None:
    source = Path(__file__).resolve().parents[2] / "photowalk" / "licences.py"
    marked = {
        node.args[1].value
        for node in ast.walk(ast.parse(source.read_text()))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant) and node.args[0].value == "licences"
    }
    assert {lic.explanation for lic in LICENCES.values()} <= marked
