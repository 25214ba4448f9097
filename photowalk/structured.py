"""Structured data of a photo (captions, depicts, where the camera stood) as Commons keeps it.

Commons stores it on the file's MediaInfo entity (`M` + the page id): captions are the entity's
labels (at most CAPTION_LIMIT characters each, counted as characters, not bytes), depicts are
P180 statements naming Wikidata items, the camera's position is P1259 with its heading as the
qualifier P7787 (degrees). This module holds the rules and builds the `wbeditentity` data; the
upload layer (photowalk.upload.wikibase) reads the entity and sends only what it lacks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.errors import PhotowalkError
from photowalk.fields import effective_location
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.text import normalize

CAPTION_LIMIT = 250  # Wikibase's label limit on Commons, in characters

DEPICTS = "P180"
POINT_OF_VIEW = "P1259"
HEADING = "P7787"
# Wikidata's concept URIs, which Commons and a WikibaseMediaInfo test wiki alike use for globes and units.
EARTH = "http://www.wikidata.org/entity/Q2"
DEGREE = "http://www.wikidata.org/entity/Q28390"
COORDINATE_PRECISION = 0.0001  # about 11 m: the precision Commons' own upload form sends

__all__ = [
    "CAPTION_LIMIT", "CaptionTooLongError", "DepictedItem", "InvalidItemError", "PointOfView", "StructuredData",
    "caption_suggestion", "entity_data", "normalize_caption", "normalize_item_id", "structured_data",
]


class CaptionTooLongError(PhotowalkError):
    code = "caption-too-long"
    template = QT_TRANSLATE_NOOP(
        "errors", "The {lang} caption has {count} characters; Commons takes at most {limit}. Shorten it."
    )


def normalize_caption(lang: str, text: str | None) -> str | None:
    """A caption as stored: NFC, one line, trimmed; None for none. CaptionTooLongError past the limit."""
    value = " ".join(normalize(text or "").split())
    if not value:
        return None
    if len(value) > CAPTION_LIMIT:
        raise CaptionTooLongError(lang=lang, count=len(value), limit=CAPTION_LIMIT)
    return value


def caption_suggestion(description: str | None) -> str | None:
    """A caption to offer from a description: its first sentence, without wiki markup, within the
    limit (cut at a word). Only ever offered: the volunteer accepts it or writes another."""
    text = " ".join(normalize(description or "").split())
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)  # [[target|label]] -> label
    text = re.sub(r"\[https?://\S+\s+([^\]]*)\]", r"\1", text)  # [url label] -> label
    text = re.sub(r"'{2,}|\{\{[^}]*\}\}|<[^>]*>", "", text).strip()
    match = re.search(r"(?<=[.!?])\s", text)
    sentence = (text[: match.start()] if match else text).strip()
    if len(sentence) > CAPTION_LIMIT:
        sentence = sentence[:CAPTION_LIMIT + 1].rsplit(" ", 1)[0].rstrip(" ,;:")[:CAPTION_LIMIT]
    return sentence or None


@dataclass(frozen=True)
class PointOfView:
    """Where the camera stood (degrees) and which way it looked, if known."""

    lat: float
    lon: float
    heading: float | None = None


@dataclass(frozen=True)
class StructuredData:
    """What a photo's MediaInfo entity should hold, as photowalk writes it."""

    captions: dict[str, str] = field(default_factory=dict)
    depicts: tuple[str, ...] = ()
    point_of_view: PointOfView | None = None

    @property
    def empty(self) -> bool:
        return not (self.captions or self.depicts or self.point_of_view)

    def to_json(self) -> dict[str, Any]:
        """A compact form to store (what was sent) and compare."""
        pov = self.point_of_view
        return {"captions": dict(sorted(self.captions.items())), "depicts": list(self.depicts),
                "point_of_view": None if pov is None else [pov.lat, pov.lon, pov.heading]}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str | None) -> StructuredData | None:
        if not text:
            return None
        d = json.loads(text)
        pov = d.get("point_of_view")
        return cls(dict(d.get("captions") or {}), tuple(d.get("depicts") or ()),
                   PointOfView(pov[0], pov[1], pov[2]) if pov else None)


def structured_data(photo: Photo) -> StructuredData:
    """What the photo's entity should hold: its captions, its depicts and, unless the location is
    left off the page, where the camera stood (the same position the page text shows). Nothing
    for a photo with neither captions nor depicts: its location is on its page already."""
    if not photo.captions and not photo.depicts:
        return StructuredData()
    where = effective_location(photo)
    pov = None
    if where is not None:
        heading = round(where.heading % 360, 2) if where.heading is not None else None
        pov = PointOfView(round(where.lat, 4), round(where.lon, 4), heading)
    return StructuredData(dict(photo.captions), tuple(d.id for d in photo.depicts), pov)


# -- the Wikibase JSON ---------------------------------------------------------------------------


def caption_labels(captions: Mapping[str, str]) -> dict[str, dict[str, str]]:
    return {lang: {"language": lang, "value": text} for lang, text in captions.items()}


def depicts_statement(qid: str) -> dict[str, Any]:
    return {"type": "statement", "rank": "normal", "mainsnak": {
        "snaktype": "value", "property": DEPICTS,
        "datavalue": {"type": "wikibase-entityid", "value": {"entity-type": "item", "id": qid}}}}


def heading_amount(heading: float) -> str:
    """A heading as a Wikibase quantity amount: a signed decimal string (+135, +72.5)."""
    text = f"{heading:.2f}".rstrip("0").rstrip(".")
    return "+" + text


def point_of_view_statement(pov: PointOfView) -> dict[str, Any]:
    statement: dict[str, Any] = {"type": "statement", "rank": "normal", "mainsnak": {
        "snaktype": "value", "property": POINT_OF_VIEW,
        "datavalue": {"type": "globecoordinate", "value": {
            "latitude": pov.lat, "longitude": pov.lon, "altitude": None,
            "precision": COORDINATE_PRECISION, "globe": EARTH}}}}
    if pov.heading is not None:
        statement["qualifiers"] = {HEADING: [{"snaktype": "value", "property": HEADING, "datavalue": {
            "type": "quantity", "value": {"amount": heading_amount(pov.heading), "unit": DEGREE}}}]}
        statement["qualifiers-order"] = [HEADING]
    return statement


def entity_data(data: StructuredData) -> dict[str, Any]:
    """The `data` of one `wbeditentity` writing all of it (statements under `claims`, as sent)."""
    out: dict[str, Any] = {}
    if data.captions:
        out["labels"] = caption_labels(data.captions)
    claims = [depicts_statement(q) for q in data.depicts]
    if data.point_of_view is not None:
        claims.append(point_of_view_statement(data.point_of_view))
    if claims:
        out["claims"] = claims
    return out
