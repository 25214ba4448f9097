"""User text: NFC normalisation before storing, and Tajik letters for Russian-keyboard look-alikes.

People with a Russian keyboard type х к г у и ч where Tajik needs ҳ қ ғ ӯ ӣ ҷ. Both sets are
real Tajik letters (Tajik has к *and* қ), so no letter can be corrected on its own. The heuristic
is therefore word-based and only ever suggests; nothing is replaced without the volunteer's choice:

1. A text is split into words (runs of letters). Words with a Latin letter or a letter Tajik does
   not use (ц щ ы ь) are Russian or foreign and are left alone.
2. A word is *folded* (ҳ->х, қ->к, ғ->г, ӯ->у, ӣ->и, ҷ->ч, lower case) and looked up in a small
   lexicon of common Tajik words that contain the Tajik letters: place names, landscape and city
   words a photowalk uses, and frequent grammar words. Every lexicon word with the same folded form
   and a different spelling is offered (мохи -> моҳи, моҳӣ). Words whose folded spelling is itself
   a real Tajik word (хар "donkey" / ҳар "every", чой "tea" / ҷой "place") are kept out of the
   lexicon, so correct text gets no suggestion.
3. Two suffix rules catch words the lexicon lacks: the plural -ҳо (-хо, -хои, -хоро, ...) after a
   stem of three or more letters, and the place suffix -гоҳ (донишгох -> донишгоҳ).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Control characters MediaWiki cannot store or show; tab and newline are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone surrogates (only reachable through Python strings) and the non-characters MediaWiki's
# UTF-8 clean-up turns into U+FFFD anyway.
_UNSTORABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def normalize(text: str, *, strip: bool = True) -> str:
    """The form every text is stored in: NFC (as MediaWiki stores it), trimmed, `\\n` newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _UNSTORABLE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    return text.strip() if strip else text


_FOLD = str.maketrans("ҳқғӯӣҷҲҚҒӮӢҶ", "хкгуичХКГУИЧ")
_TAJIK_ONLY = set("ҳқғӯӣҷҲҚҒӮӢҶ")
_NOT_TAJIK = re.compile(r"[цщыьЦЩЫЬ]|[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")

# Common Tajik words spelled with the letters Russian keyboards lack. Keep out any word whose
# folded spelling is also a Tajik word, or correct text would be flagged.
_LEXICON_WORDS = """
    ҳаст ҳастанд ҳафт ҳафта ҳашт ҳазор ҳамин ҳамон ҳамчун ҳамроҳ ҳамаи ҳангоми ҳатто ҳеҷ ҳоло
    ҳаво ҳавз ҳавзи ҳавлӣ ҳайкал ҳайкали ҳукумат ҳукумати ҳайвон ҳайвонот
    онҳо инҳо ӯ
    қадимӣ қадими қадимтарин қалъа қалъаи қисм қисми қишлоқ қишлоқи қулла қуллаи қатор
    ғарб ғарбӣ ғарби ғор ғори боғ боғи
    кӯҳ кӯҳи кӯл кӯли кӯча кӯчаи кӯдак кӯдакон кӯпрук кӯпруки дӯст дӯстон дӯкон дӯкони
    рӯз рӯзи рӯд рӯди
    ҷо ҷашн ҷашни ҷавон ҷавонон ҷануб ҷанубӣ ҷануби ҷаҳон ҷаҳонӣ ҷаҳони ҷумҳурӣ ҷумҳурии ҷангал
    ҷангали ҷумъа
    масҷид масҷиди тоҷик тоҷикӣ тоҷикон фарҳанг фарҳангӣ фарҳанги миллӣ
    шаҳр шаҳри роҳ роҳи моҳ моҳи моҳӣ соҳил соҳили оҳан меҳмон меҳмонхона қаҳвахона
    муқаддас наврӯз наврӯзи
    Тоҷикистон Тоҷикистони Хуҷанд Кӯлоб Ваҳдат Панҷакент Хоруғ Қайроққум Ҳисор Ҳисори
    Искандаркӯл Ҳафткӯл Қӯрғонтеппа Шаҳринав Шаҳритус Роғун Ғарм Рӯдакӣ Сомонӣ Фирдавсӣ Ғафуров
"""


_LOOKALIKE_PAIRS = frozenset({("х", "ҳ"), ("к", "қ"), ("г", "ғ"), ("у", "ӯ"), ("и", "ӣ"), ("ч", "ҷ")})


def _fold(word: str) -> str:
    return word.translate(_FOLD).lower()


def _build_lexicon(words: str) -> dict[str, tuple[str, ...]]:
    lexicon: dict[str, list[str]] = {}
    for w in words.split():
        lexicon.setdefault(_fold(w), []).append(w)
    return {k: tuple(v) for k, v in lexicon.items()}


LEXICON: dict[str, tuple[str, ...]] = _build_lexicon(_LEXICON_WORDS)

_PLURAL = re.compile(r"^(?P<stem>[^\W\d_]{3,})(?P<x>[хХ])(?P<rest>[оО](?:и|ро|ям|ят|яш|ямон|ятон|яшон|е)?)$", re.I)
_PLACE = re.compile(r"^(?P<stem>[^\W\d_]{2,}[гГ][оО])(?P<x>[хХ])(?P<rest>(?:и|ҳо|хо|ро)?)$", re.I)


@dataclass(frozen=True)
class Suggestion:
    """A word that may need Tajik letters: where it is and the spellings to offer."""

    start: int  # index of the word in the text (code points; Tajik letters are all in the BMP)
    end: int
    word: str
    alternatives: tuple[str, ...]
    reason: str  # "known-word" | "plural-suffix" | "place-suffix"

    def changed_letters(self, alternative: str) -> list[tuple[int, str, str]]:
        """(position in the text, typed letter, suggested letter) for one alternative."""
        return [
            (self.start + i, a, b) for i, (a, b) in enumerate(zip(self.word, alternative, strict=True)) if a != b
        ]


def _match_case(typed: str, candidate: str) -> str:
    """`candidate` in the typed word's letter case; a proper noun keeps its capital."""
    out = "".join(c.upper() if t.isupper() else c.lower() for t, c in zip(typed, candidate, strict=True))
    if candidate[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out


def _candidates(word: str) -> tuple[list[str], str]:
    known = LEXICON.get(_fold(word))
    if known:
        return [_match_case(word, c) for c in known], "known-word"
    for rule, reason in ((_PLACE, "place-suffix"), (_PLURAL, "plural-suffix")):
        m = rule.match(word)
        if m:
            x = "Ҳ" if m["x"].isupper() else "ҳ"
            rest = m["rest"].replace("хо", "ҳо").replace("ХО", "ҲО").replace("Хо", "Ҳо")
            return [m["stem"] + x + rest], reason
    return [], ""


def tajik_suggestions(text: str) -> list[Suggestion]:
    """Words of `text` that look typed on a Russian keyboard, with the Tajik spellings to offer."""
    found: list[Suggestion] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if _NOT_TAJIK.search(word):
            continue
        candidates, reason = _candidates(word)
        alternatives = tuple(
            dict.fromkeys(c for c in candidates if c != word and len(c) == len(word) and _only_adds_tajik(word, c))
        )
        if alternatives:
            found.append(Suggestion(m.start(), m.end(), word, alternatives, reason))
    return found


def _only_adds_tajik(word: str, candidate: str) -> bool:
    """True when `candidate` differs from `word` only by Tajik letters put for their look-alikes."""
    return all(
        a == b or (a.lower(), b.lower()) in _LOOKALIKE_PAIRS for a, b in zip(word, candidate, strict=True)
    )


def apply_suggestion(text: str, suggestion: Suggestion, alternative: str) -> str:
    """`text` with the suggested word replaced by the alternative the volunteer chose."""
    if text[suggestion.start : suggestion.end] != suggestion.word:
        raise ValueError("the text changed since the suggestion was made")
    if alternative not in suggestion.alternatives:
        raise ValueError("not one of the suggested spellings")
    return text[: suggestion.start] + alternative + text[suggestion.end :]


def has_tajik_letters(text: str) -> bool:
    """True when the text already uses a letter only Tajik Cyrillic has."""
    return any(c in _TAJIK_ONLY for c in text)
