"""Text normalisation and the Tajik look-alike letter suggestions."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photowalk.text import LEXICON, apply_suggestion, has_tajik_letters, normalize, tajik_suggestions


def test_normalize_composes_to_nfc_and_trims() -> None:
    decomposed = "Boi\u0301  "  # i + combining acute
    assert normalize(decomposed) == "Boí"
    # Tajik ӣ typed as и + combining macron (some keyboards) is stored as the one letter.
    assert normalize("\u0438\u0304") == "\u04e3"


def test_normalize_newlines_and_controls() -> None:
    assert normalize("a\r\nb\rc\x00d\x1be\x7ff\tg") == "a\nb\ncdef\tg"


def test_normalize_keeps_trailing_space_when_asked() -> None:
    assert normalize("  prefix: ", strip=False) == "  prefix: "


@given(st.text())
def test_normalize_is_idempotent_and_nfc(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)
    once.encode("utf-8")  # storable: no lone surrogates survive


def suggestions(text: str) -> dict[str, tuple[str, ...]]:
    return {s.word: s.alternatives for s in tajik_suggestions(text)}


def test_russian_keyboard_words_get_tajik_spellings() -> None:
    found = suggestions("Боги Рудаки, шахри Душанбе. Хучанд ва Кулоб")
    assert found == {
        "Боги": ("Боғи",),
        "Рудаки": ("Рӯдакӣ",),
        "шахри": ("шаҳри",),
        "Хучанд": ("Хуҷанд",),
        "Кулоб": ("Кӯлоб",),
    }


def test_correct_tajik_text_gets_no_suggestion() -> None:
    assert tajik_suggestions("Боғи Рӯдакӣ дар шаҳри Душанбе, Тоҷикистон") == []


def test_words_whose_typed_form_is_also_tajik_are_left_alone() -> None:
    # хар (donkey) / ҳар (every), чой (tea) / ҷой (place), ки / кӣ: both spellings are words.
    assert tajik_suggestions("хар чой ки чи") == []


def test_ambiguous_word_offers_every_spelling() -> None:
    assert suggestions("мохи май") == {"мохи": ("моҳи", "моҳӣ")}


def test_suffix_rules_catch_words_outside_the_lexicon() -> None:
    found = {s.word: (s.alternatives, s.reason) for s in tajik_suggestions("китобхо донишгохи дарахтхоро")}
    assert found == {
        "китобхо": (("китобҳо",), "plural-suffix"),
        "донишгохи": (("донишгоҳи",), "place-suffix"),
        "дарахтхоро": (("дарахтҳоро",), "plural-suffix"),
    }


def test_short_stems_and_russian_words_are_not_flagged() -> None:
    # "тихо" is Russian ("quietly"): the stem before -хо is too short; ц/ы mark Russian words.
    assert tajik_suggestions("тихо эхо станцияхо рыбхо") == []


def test_latin_and_digits_are_ignored() -> None:
    assert tajik_suggestions("IMG_1234 Bogi 2025") == []


def test_letter_case_is_kept() -> None:
    assert suggestions("ШАХРИ") == {"ШАХРИ": ("ШАҲРИ",)}
    assert suggestions("Шахри") == {"Шахри": ("Шаҳри",)}
    assert suggestions("ДОНИШГОХХО") == {"ДОНИШГОХХО": ("ДОНИШГОҲҲО",)}


def test_positions_point_at_the_word_and_changed_letters() -> None:
    text = "Дар боги калон"
    (s,) = tajik_suggestions(text)
    assert text[s.start : s.end] == "боги"
    assert s.changed_letters("боғи") == [(6, "г", "ғ")]
    assert text[6] == "г"


def test_nothing_is_replaced_until_a_spelling_is_chosen() -> None:
    text = "Боги Рудаки"
    found = tajik_suggestions(text)
    assert text == "Боги Рудаки"
    text = apply_suggestion(text, found[1], "Рӯдакӣ")
    assert text == "Боги Рӯдакӣ"
    # The first suggestion's position still holds (same length), so it can be applied too.
    assert apply_suggestion(text, found[0], "Боғи") == "Боғи Рӯдакӣ"


def test_apply_refuses_stale_or_foreign_choices() -> None:
    (s,) = tajik_suggestions("боги")
    with pytest.raises(ValueError):
        apply_suggestion("коги", s, "боғи")
    with pytest.raises(ValueError):
        apply_suggestion("боги", s, "бог")


def test_lexicon_words_all_use_tajik_letters() -> None:
    for folded, words in LEXICON.items():
        for w in words:
            assert has_tajik_letters(w), w
            assert w.lower() != folded


@given(st.text(alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхчшъэюяғӣқӯҳҷ ,.-ABC1"), max_size=60))
def test_suggestions_are_well_formed(text: str) -> None:
    for s in tajik_suggestions(text):
        assert text[s.start : s.end] == s.word
        assert s.alternatives and all(len(a) == len(s.word) and a != s.word for a in s.alternatives)
        for a in s.alternatives:
            # Only the look-alike letters ever change.
            for _, typed, suggested in s.changed_letters(a):
                assert (typed.lower(), suggested.lower()) in {
                    ("х", "ҳ"), ("к", "қ"), ("г", "ғ"), ("у", "ӯ"), ("и", "ӣ"), ("ч", "ҷ"),
                }
