"""An item a photo depicts (a Wikidata item, or the test wiki's own): its id and labels, kept offline."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.text import normalize

_ITEM_ID = re.compile(r"^Q[1-9][0-9]{0,11}$")


class InvalidItemError(PhotowalkError):
    code = "invalid-item"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{item}\u201d is not a Wikidata item: write its id, such as Q1 (Q and a number)."
    )


@dataclass(frozen=True)
class DepictedItem:
    """An item a photo depicts: its id and its labels by language (to show it offline)."""

    id: str
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def label(self, languages: Iterable[str] = ()) -> str:
        """The label in the first of these languages that has one, else any label, else the id."""
        for lang in languages:
            if self.labels.get(lang):
                return self.labels[lang]
        return next((v for v in self.labels.values() if v), self.id)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "labels": dict(self.labels)}

    @classmethod
    def from_json(cls, data: Any) -> DepictedItem | None:
        """An item as stored or given in a preset; None when it is not one."""
        if isinstance(data, str):
            data = {"id": data}
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            return None
        try:
            qid = normalize_item_id(data["id"])
        except InvalidItemError:
            return None
        raw = data.get("labels") or {}
        labels = {str(k): normalize(v) for k, v in raw.items() if isinstance(v, str) and normalize(v)} \
            if isinstance(raw, dict) else {}
        return cls(qid, labels)


def normalize_item_id(text: str) -> str:
    """An item id as stored (Q123); also takes q123 and a Wikidata URL. InvalidItemError otherwise."""
    value = normalize(text).rsplit("/", 1)[-1].upper()
    if not _ITEM_ID.match(value):
        raise InvalidItemError(item=text)
    return value
