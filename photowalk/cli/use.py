"""`photowalk use`: the wikitext to put an uploaded photo into an article, and articles that could use it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photowalk.articletext import DESCRIPTION, article_text
from photowalk.cli.terminal import error
from photowalk.cli.text import CommandLine, error_text, reason_text
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.names import normalize_language
from photowalk.project import ProjectStore
from photowalk.upload.articles import (
    ArticlesUnreachable,
    PhotoNotOnWiki,
    Suggestion,
    article_settings,
    find_photo,
    on_wiki,
    suggest_articles,
    with_overrides,
)


class NoSuchPhoto(PhotowalkError):
    code = "no-such-photo"
    template = QT_TRANSLATE_NOOP(
        "errors", "The project has no photo \u201c{photo}\u201d: give its number (photowalk list), its file's name "
                  "on the wiki or its original file name.")


def register(subparsers: Any) -> None:
    """Add the `use` command to photowalk's argument parser."""
    p = subparsers.add_parser("use", help=CommandLine.tr("print the wikitext to use an uploaded photo in an article, "
                                                         "and articles that could use it"))
    p.add_argument("photo", metavar=CommandLine.tr("PHOTO"),
                   help=CommandLine.tr("the photo's number, its file's name on the wiki, or its original file name"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    # Its own destination: the global --lang (before the command) is the language photowalk speaks.
    p.add_argument("--lang", dest="article_lang", default="tg", metavar=CommandLine.tr("LANG"),
                   help=CommandLine.tr("the language of the article and its Wikipedia (default: tg)"))
    p.add_argument("--suggest", action="store_true",
                   help=CommandLine.tr("also list articles near the photo and about what it depicts"))
    p.add_argument("--articles-wiki", metavar=CommandLine.tr("URL"),
                   help=CommandLine.tr("the API of the articles' wiki; {lang} stands for the language "
                                       "(default: https://{lang}.wikipedia.org/w/api.php)"))
    p.add_argument("--radius", type=int, metavar=CommandLine.tr("METRES"),
                   help=CommandLine.tr("how far around the photo to look, 10 to 10000 (default: 1000)"))
    p.add_argument("--limit", type=int, metavar=CommandLine.tr("N"),
                   help=CommandLine.tr("nearby articles at most, 1 to 50 (default: 10)"))
    p.set_defaults(func=cmd_use)


def distance_text(metres: float) -> str:
    """A distance as a walker reads it: metres up to a kilometre, then kilometres."""
    if metres < 1000:
        return CommandLine.tr("{metres} m", metres=int(round(metres)))
    return CommandLine.tr("{km} km", km=f"{metres / 1000:.1f}")


def _line(s: Suggestion, lang: str) -> str:
    why = distance_text(s.distance) if s.distance is not None else CommandLine.tr(
        "about {item}", item=s.item.label([lang, "en"]) if s.item is not None else "?")
    parts = [s.title, why]
    if s.has_image is False:
        parts.append(CommandLine.tr("has no image"))
    return "  " + " \u2014 ".join(parts) + f"\n    {s.url}"


def cmd_use(args: argparse.Namespace) -> int:
    lang = normalize_language(args.article_lang)
    with ProjectStore.open(args.project) as store:
        pid = find_photo(store, args.photo)
        if pid is None:
            raise NoSuchPhoto(photo=args.photo)
        there = on_wiki(store, pid)
        if there is None:
            raise PhotoNotOnWiki(id=pid)
        photo = store.photo(pid)
        settings = with_overrides(article_settings(store, there.wiki), articles_api=args.articles_wiki,
                                  radius=args.radius, limit=args.limit)
    text = article_text(photo, there.title, lang)
    print(CommandLine.tr("In an article ({lang}):", lang=lang))
    print(text.thumb)
    print(CommandLine.tr("In an infobox's image field:"))
    print(text.infobox)
    print(CommandLine.tr("In a <gallery>:"))
    print(text.gallery)
    if text.caption_from == DESCRIPTION:
        print(CommandLine.tr("(no {lang} caption: the first sentence of the {lang} description is used)", lang=lang))
    elif text.caption is None:
        print(CommandLine.tr("(no {lang} caption or description: write the caption after \u201cthumb|\u201d)", lang=lang))
    if not args.suggest:
        return 0
    print()
    try:
        found = suggest_articles(photo, lang, settings)
    except ArticlesUnreachable as exc:
        error(error_text(exc))
        return 1
    assert found is not None  # nothing cancels it here
    print(CommandLine.tr("Articles on {wiki} that could use it:", wiki=found.wiki))
    if found.nearby:
        print(CommandLine.tr("Near the photo:"))
        for s in found.nearby:
            print(_line(s, lang))
    if found.about:
        print(CommandLine.tr("About what it depicts:"))
        for s in found.about:
            print(_line(s, lang))
    if not found.nearby and not found.about:
        print("  " + CommandLine.tr("none found"))
    for note in found.notes:
        print(reason_text(note))
    return 0
