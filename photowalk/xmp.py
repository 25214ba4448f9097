"""Read the simple properties of an XMP packet, in both of XMP's spellings.

A property may be an attribute of rdf:Description (`exif:GPSLatitude="..."`) or a child element,
plain or holding an rdf:Alt/Seq/Bag whose first item (the x-default one for Alt) is its value.
Packets with a DOCTYPE are refused: XMP never has one, and entities are how XML attacks work.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TIFF = "http://ns.adobe.com/tiff/1.0/"
EXIF = "http://ns.adobe.com/exif/1.0/"
DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
DRONE_DJI = "http://www.dji.com/drone-dji/1.0/"

# Any mention of these is treated as a position by the privacy copy: a superset of what
# `position` reads, so that vendor spellings (drone-dji:GpsLatitude, GPSCoordinates) go too.
POSITION_MARKERS = re.compile(rb"gps|latitude|longitude", re.IGNORECASE)

_MAX_ELEMENTS = 100_000

Properties = dict[str, str]  # "{namespace}name" -> first value


class XmpError(ValueError):
    """The packet is not well-formed XML, or not XMP."""


def parse(packet: bytes) -> Properties:
    """The simple properties of a packet, first occurrence of each; raises XmpError if damaged."""
    start, end = packet.find(b"<"), packet.rfind(b">")
    if start < 0 or end < start:
        raise XmpError("no XML in the packet")
    text = packet[start : end + 1]
    if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
        raise XmpError("a DOCTYPE in XMP")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise XmpError(str(exc)) from None
    props: Properties = {}
    for count, element in enumerate(root.iter(f"{{{RDF}}}Description")):
        if count > _MAX_ELEMENTS:
            break
        for name, value in element.attrib.items():
            if not name.startswith(f"{{{RDF}}}"):
                props.setdefault(name, value)
        for child in element:
            child_value = _value(child)
            if child_value is not None:
                props.setdefault(str(child.tag), child_value)
    return props


def _value(element: ET.Element) -> str | None:
    """A property element's value: its text, or the first (x-default) item of its array."""
    for array in ("Alt", "Seq", "Bag"):
        container = element.find(f"{{{RDF}}}{array}")
        if container is not None:
            items = container.findall(f"{{{RDF}}}li")
            default = next((i for i in items if i.get(XML_LANG) == "x-default"), None)
            chosen = default if default is not None else (items[0] if items else None)
            return chosen.text if chosen is not None and chosen.text is not None else None
    if len(element):
        return None  # a structure: not a simple value
    resource = element.get(f"{{{RDF}}}resource")
    return element.text if element.text is not None else resource


def get(props: Properties, namespace: str, name: str) -> str | None:
    """One property's value, or None."""
    return props.get(f"{{{namespace}}}{name}")


def has_position_markers(packet: bytes) -> bool:
    """True if the packet mentions GPS, a latitude or a longitude anywhere."""
    return POSITION_MARKERS.search(packet) is not None


def rational(text: str) -> float | None:
    """XMP's "num/den" (or a plain number) as a float, or None."""
    num, slash, den = text.strip().partition("/")
    try:
        value = float(num) / float(den) if slash else float(num)
    except (ValueError, ZeroDivisionError):
        return None
    return value if value == value and abs(value) != float("inf") else None
