"""Wikitext photowalk does not write itself (event templates), read as MediaWiki would read it.

Such text goes onto the page as it is, between the location and the licence. An unclosed
`<!--`, `<includeonly>` or `<noinclude>` runs to the end of the page in MediaWiki's preprocessor,
and an unclosed `{{`, `[[`, `{|` or HTML tag can take what follows into itself: the file would
go up with no licence and no categories. So every piece of it must be balanced on its own, and
the finished page must still hold the Information template, the licence and every category at
its top level. The text is parsed with mwparserfromhell, which follows MediaWiki's rules and
leaves whatever it cannot match as plain text: markup left in plain text is what is unbalanced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import mwparserfromhell
from mwparserfromhell.definitions import is_parsable
from mwparserfromhell.nodes import Argument, Comment, ExternalLink, Heading, Node, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason

# Tags MediaWiki (with Commons' extensions) treats as tags; any other `<name>` is shown as text.
# Sanitizer's HTML tags, the extension tags, and the transclusion tags.
_PAIRED_TAGS = frozenset(
    """
    abbr b bdi bdo big blockquote caption center cite code data del dfn div dl em font h1 h2 h3 h4 h5 h6
    i ins kbd mark ol p pre q rb rp rt rtc ruby s samp small span strike strong sub sup table time tt u
    ul var
    categorytree ce charinsert chem gallery graph hiero imagemap indicator inputbox langconvert mapframe
    maplink math nowiki poem ref references score section source syntaxhighlight templatedata
    templatestyles timeline
    includeonly noinclude onlyinclude
    """.split()
)
# Tags that need no closing tag (HTML's void and optional-end elements).
_SINGLE_TAGS = frozenset("br wbr hr meta link img li dt dd tr td th".split())
_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)(?=[\s/>])[^<>]*?(/?)>", re.S)
_CLOSE_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9]*)\s*>")
_TABLE_START = re.compile(r"(?:^|\n)[ \t]*\{\|")
# Tokens that, left in plain text, mean the parser could not match them.
_TOKENS = re.compile(r"<!--|\{\{|\}\}|\[\[|\]\]")


UNCLOSED = "unclosed"  # opened and never closed
STRAY = "stray"  # closes nothing
SECOND_INFORMATION = "second-information"  # a page has one {{Information}}: photowalk's


@dataclass(frozen=True)
class MarkupFault:
    """Why a piece of wikitext cannot go onto a page: `what` (e.g. `<!--`), its `kind` (UNCLOSED,
    STRAY, SECOND_INFORMATION) and its `line`, counted from 1 in that piece."""

    what: str
    line: int
    kind: str = UNCLOSED

    @property
    def template(self) -> str:
        """The English reason (context "errors"), with {what} and {line}."""
        if self.kind == STRAY:
            return QT_TRANSLATE_NOOP(
                "errors", "the extra wikitext has {what} with nothing to close (line {line}); remove it"
            )
        if self.kind == SECOND_INFORMATION:
            return QT_TRANSLATE_NOOP(
                "errors", "the extra wikitext has a second {what} template (line {line}); photowalk writes it"
            )
        return QT_TRANSLATE_NOOP(
            "errors",
            "the extra wikitext has {what} that is never closed (line {line}), which would hide the licence "
            "and categories after it on Commons; close it or remove it",
        )

    @property
    def reason(self) -> Reason:
        return reason(f"wikitext-{self.kind}", self.template, what=self.what, line=self.line)


def _line(text: str, part: str) -> int:
    at = text.find(part)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


# Nodes whose parts (these attributes) are wikitext MediaWiki parses.
_PARTS: dict[type[Node], tuple[str, ...]] = {
    Argument: ("name", "default"),
    Wikilink: ("title", "text"),
    ExternalLink: ("url", "title"),
    Heading: ("title",),
}


def _children(node: Node) -> Iterator[Wikicode]:
    """The wikicode inside a node that MediaWiki parses as wikitext."""
    if isinstance(node, Template):
        yield node.name
        for param in node.params:
            yield param.name
            yield param.value
    elif type(node) in _PARTS:
        for name in _PARTS[type(node)]:
            part = getattr(node, name)
            if part is not None:
                yield part
    elif isinstance(node, Tag):
        for attr in node.attributes:
            if attr.value is not None:
                yield attr.value
        # <nowiki>, <pre>, <math> ...: what is inside is not wikitext.
        if node.contents is not None and is_parsable(str(node.tag)):
            yield node.contents


def _texts(code: Wikicode) -> Iterator[str]:
    for node in code.nodes:
        if isinstance(node, Text):
            yield node.value
        elif not isinstance(node, Comment):
            for inner in _children(node):
                yield from _texts(inner)


def _fault_in(text: str) -> tuple[str, bool, str] | None:
    """(what, stray, the run from there on) for the first markup left unmatched in a plain-text run."""
    found: list[tuple[int, str, bool]] = []
    m = _TOKENS.search(text)
    if m:
        token = m.group()
        found.append((m.start(), token, token in ("}}", "]]")))
    m = _TABLE_START.search(text)
    if m:
        found.append((m.end() - 2, "{|", False))
    for m in _OPEN_TAG.finditer(text):
        name = m.group(1).lower()
        if name in _PAIRED_TAGS and not m.group(2):
            found.append((m.start(), f"<{name}>", False))
            break
    for m in _CLOSE_TAG.finditer(text):
        name = m.group(1).lower()
        if name in _PAIRED_TAGS:
            found.append((m.start(), f"</{name}>", True))
            break
    if not found:
        return None
    start, what, stray = min(found)
    return what, stray, text[start:]


@lru_cache(maxsize=4096)
def markup_fault(text: str) -> MarkupFault | None:
    """The first unbalanced markup in a piece of wikitext, or None when it is safe to put on a page."""
    if not text:
        return None
    code = mwparserfromhell.parse(text)
    for run in _texts(code):
        fault = _fault_in(run)
        if fault is not None:
            what, stray, rest = fault
            return MarkupFault(what, _line(text, rest), STRAY if stray else UNCLOSED)
    for template in code.filter_templates(recursive=False):
        if _is_information(template):
            return MarkupFault("{{Information}}", _line(text, str(template)), SECOND_INFORMATION)
    return None


def _is_information(template: Template) -> bool:
    # Template names ignore the case of their first letter and read `_` as a space.
    name = " ".join(str(template.name).replace("_", " ").split())
    return name[:1].upper() + name[1:] == "Information"


@lru_cache(maxsize=4096)
def page_fault(page: str, licence: str, categories: tuple[str, ...], *, information: int = 1) -> Reason | None:
    """Why a page (or the part of one from the extra wikitext on) would not show what it must, or None:
    `information` {{Information}} templates, the licence template and every category, all at the top level."""
    code = mwparserfromhell.parse(page)
    top = code.filter_templates(recursive=False)
    templates = [str(t) for t in top]
    if sum(map(_is_information, top)) != information:
        return reason("information-count", QT_TRANSLATE_NOOP(
            "errors", "the page would not have exactly one {template} template"), template="{{Information}}")
    if licence not in templates:
        return Reason("licence-lost", QT_TRANSLATE_NOOP("errors", "the licence would not be on the page"))
    links = {str(link.title) for link in code.filter_wikilinks(recursive=False)}
    if not categories and "{{subst:unc}}" not in templates:
        return Reason("unc-lost", QT_TRANSLATE_NOOP("errors", "the mark for an uncategorised file would not be on the page"))
    for name in categories:
        if f"Category:{name}" not in links:
            return reason("category-lost", QT_TRANSLATE_NOOP("errors", "the category {name} would not be on the page"),
                          name=name)
    return None
