"""Every reason the import, the checks, the page text, the upload plan and an upload failure give, shown
with the Tajik translator installed: its template (and each nested reason's) is one the code marks for
translation, and the shown text leaves no placeholder unfilled. The new strings are not translated
yet (that comes with the translation files), so the test asks "is it a marked source string", and
checks the Tajik text only of reasons whose translation already exists."""

from __future__ import annotations

import io
import json
import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import photowalk
from photowalk.checks import check_photo, check_photos
from photowalk.errors import FileReadError, PhotowalkError
from photowalk.files import os_reason
from photowalk.importer import REJECTION, import_paths
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.presets import load_preset, parse_preset
from photowalk.problems import Problem
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings
from photowalk.reasons import STORED_TEXT, Reason
from photowalk.thumbnails import INCOMPLETE, ThumbnailCache
from photowalk.titles import make_titles, parse_pattern
from photowalk.ui.i18n import Translators, core_text, reason_text
from photowalk.ui.mainwindow import MainWindow
from photowalk.upload import state as upload_state
from photowalk.upload.answers import Reply, first_page, upload_part
from photowalk.upload.backoff import BackoffSettings, Retrier
from photowalk.upload.control import Control
from photowalk.upload.errors import (
    LoginThrottled,
    MaxLag,
    PrivacyError,
    RateLimited,
    ReadOnly,
    Transient,
    UploadError,
)
from photowalk.upload.plan import plan_upload
from photowalk.upload.privacy import find_locations, strip_metadata
from photowalk.upload.remote import lookup
from photowalk.upload.state import Failure
from photowalk.upload.wiki import Wiki, parse_wiki
from photowalk.wikimarkup import page_fault
from photowalk.wikitext import WikitextError, page_text
from tests import hostile
from tests.privacy_inputs import GPS_ELEMENTS, xmp_packet
from tests.ui.helpers import new_project, wait_import
from tests.upload_helpers import make_project, noise_jpeg, run_batch, upload_settings
from tests.wiki_front import STEPS, Answer, canned, front_of, rewrite

PACKAGE = Path(photowalk.__file__).parent
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
COMMONS = "https://commons.wikimedia.org/w/api.php"


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string the code marks, extracted as scripts/update-translations does."""
    ts = tmp_path_factory.mktemp("ts") / "all.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True)
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in ET.parse(ts).getroot().iter("context") for msg in ctx.iter("message")}


class Walk:
    """Shows messages as the window does and checks each; remembers the codes of the reasons met."""

    def __init__(self, marked: set[tuple[str, str]]) -> None:
        self.marked = marked
        self.shown: list[str] = []
        self.codes: set[str] = set()

    def message(self, context: str, template: str, params: Mapping[str, Any]) -> str:
        self._check(context, template, params)
        text = core_text(context, template, params)
        # Braces a value holds itself (a title pattern's "{name}") are the value's, not a placeholder.
        assert set(PLACEHOLDER.findall(text)) <= _value_braces(params), (template, params, text)
        self.shown.append(text)
        return text

    def _check(self, context: str, template: str, params: Mapping[str, Any]) -> None:
        assert (context, template) in self.marked, f"not marked in {context!r}: {template!r}"
        names = {name for _t, name, _s, _c in string.Formatter().parse(template) if name is not None}
        assert names <= set(params), (template, params)
        for value in params.values():
            if isinstance(value, Reason):
                self.codes.add(value.code)
                self._check(value.context, value.template, value.params)

    def reason(self, r: Reason) -> str:
        self.codes.add(r.code)
        return self.message(r.context, r.template, r.params)

    def error(self, exc: PhotowalkError) -> str:
        self.codes.add(exc.code)
        return self.message("errors", exc.template, exc.params)

    def problem(self, p: Problem) -> str:
        self.codes.add(p.code)
        return self.message(p.context, p.template, p.params)

    def failure(self, f: Failure) -> str:
        self.codes.add(f.code)
        return self.message("errors", f.template, f.params)


def _value_braces(params: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    for v in params.values():
        found |= _value_braces(v.params) if isinstance(v, Reason) else set(PLACEHOLDER.findall(str(v)))
    return found


@pytest.fixture
def walk(marked: set[tuple[str, str]], qapp: Any, translators: Translators) -> Walk:  # noqa: F811
    assert translators.install("tg") == "tg"
    return Walk(marked)


def _raised(call: Any) -> PhotowalkError:
    try:
        call()
    except PhotowalkError as exc:
        return exc
    raise AssertionError("no typed error")


# -- import, checks, upload plan --------------------------------------------------------------


def _hostile_card(card: Path) -> None:
    card.mkdir()
    hostile.copy_good(card / "GOOD.JPG")
    (card / "NOTES.JPG").write_text("shopping list\n")
    (card / "NOISE.JPG").write_bytes(os.urandom(2048))
    (card / "EMPTY.JPG").write_bytes(b"")
    (card / "HEAD.JPG").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)  # a JPEG's start, then nothing
    hostile.cut_with_end_marker(hostile.GOOD, card / "CUT.JPG", 0.5)
    hostile.jpeg_claiming(card / "BOMB.JPG", 30000, 30000)
    os.mkfifo(card / "PIPE.JPG")
    (card / "GONE.JPG").symlink_to(card / "nowhere.jpg")
    (card / "x.jpg").symlink_to("y.jpg")
    (card / "y.jpg").symlink_to("x.jpg")
    (card / "loop").symlink_to(".")
    (card / "Thumbs.db").write_bytes(b"\x00")
    (card / "GOOD.xmp").write_text("<x/>")
    (card / "AUTPRINT.MRK").write_text("[HDR]")
    (card / "old.photowalk").write_bytes(b"")


def test_import_checks_and_plan_reasons_are_marked_and_whole(walk: Walk, tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    _hostile_card(card)
    project = tmp_path / "walk.photowalk"
    sources = [card, photos_dir / "broken", photos_dir / "other-formats"]
    with ProjectStore.open(project, create=True) as store:
        report = import_paths(sources, store, thumbnails=ThumbnailCache(tmp_path / "thumbs"))
    for _pid, _path, why in report.rejected:
        walk.reason(why)
    for _path, why in report.failed + report.skipped:
        walk.reason(why)
    with ProjectStore.open(project) as store:  # what the project keeps, read back
        photos = store.photos()
        for photo in photos:
            if photo.error is not None:
                walk.reason(photo.error)
            for note in photo.camera.warnings:
                walk.reason(note)
        for problems in check_photos(store).values():
            for problem in problems:
                walk.problem(problem)
        plan = plan_upload(store, None, api_url=COMMONS, check_categories=False)
        for not_ready in plan.not_ready:
            for problem in not_ready.problems:
                walk.problem(problem)
        walk.error(_raised(lambda: plan_upload(store, [10_000], api_url=COMMONS, check_categories=False)))
    assert {
        "not-an-image-text", "not-an-image-unknown", "empty", "picture-incomplete", "picture-unreadable",
        "heic", "raw", "video",  # rejected
        "not-found", "link-loop",  # failed
        "sidecar", "system-file", "not-a-photo", "not-a-file", "link-seen", "project-file",  # skipped
        "exif-damaged", "gps-invalid", "file-error", "no-description", "no-photo",
    } <= walk.codes, walk.codes
    assert len(walk.shown) > 100


def test_tajik_is_shown_for_reasons_already_translated(walk: Walk) -> None:
    assert walk.reason(INCOMPLETE) == "тасвир нопурра аст (файл бурида шудааст)"
    problem = check_photo(Photo(id=1, path="CUT.JPG", sha1="0" * 40, size=1, mtime=0.0, kind=FileKind.JPEG,
                                camera=CameraData(), error=INCOMPLETE))[0]
    assert walk.problem(problem) == "Файлро боргузорӣ кардан мумкин нест: тасвир нопурра аст (файл бурида шудааст)"
    denied = FileReadError(path="a.jpg", reason=os_reason(PermissionError(13, "Permission denied")))
    assert walk.error(denied) == "a.jpg хонда нашуд: иҷозат нест"
    # A reason an older project stored as English text is still translated where it is a known template.
    old = Reason.loads(REJECTION[FileKind.HEIC].template)
    assert old is not None and old.code == STORED_TEXT and old.context == ""
    assert reason_text(old).startswith("Commons аксҳои HEIC-ро қабул намекунад")


# -- page text, titles, presets ---------------------------------------------------------------


def _photo(**fields: Any) -> Photo:
    base: dict[str, Any] = dict(id=3, path="DSC_0001.JPG", sha1="0" * 40, size=1, mtime=0.0, kind=FileKind.JPEG,
                                camera=CameraData(taken="2024-05-01T10:00:00"), title="Боғи Рӯдакӣ",
                                licence="cc-by-sa-4.0", descriptions={"tg": "Боғ"}, categories=["Parks"])
    base.update(fields)
    return Photo(**base)


BAD_NAMES = ["", ":Parks", "Parks|x", "Parks\ufffd", "Pa\u200brks", "Parks ~~~", "Parks %41", "./Parks",
             "P" * 300, "User:Parks"]


def test_page_text_titles_and_presets_reasons_are_marked_and_whole(walk: Walk, tmp_path: Path) -> None:
    settings = ProjectSettings()
    broken = [
        _photo(descriptions={"Tajik!": "Боғ"}),
        _photo(licence=None),
        _photo(extra_wikitext="<!-- a note"),
        _photo(extra_wikitext="}} stray"),
        _photo(extra_wikitext="{{Information|description=x}}"),
        *(_photo(author=name) for name in ("Ali|Vali", "Ali/Vali", "Ali:Vali")),
        *(_photo(categories=[name]) for name in BAD_NAMES),
    ]
    for photo in broken:
        walk.error(_raised(lambda photo=photo: page_text(photo, settings)))
        for problem in check_photo(photo):
            walk.problem(problem)
    for fault in (page_fault("text", "{{self|cc-by-sa-4.0}}", ()),
                  page_fault("{{Information}}", "{{self|cc-by-sa-4.0}}", ()),
                  page_fault("{{Information}}{{self|cc-by-sa-4.0}}", "{{self|cc-by-sa-4.0}}", ()),
                  page_fault("{{Information}}{{self|cc-by-sa-4.0}}", "{{self|cc-by-sa-4.0}}", ("Parks",))):
        assert fault is not None
        walk.error(WikitextError(id=3, reason=fault))
    for pattern in ("{what} {n}", "Park | {n}", "Park"):
        walk.error(_raised(lambda pattern=pattern: parse_pattern(pattern)))
    walk.error(_raised(lambda: make_titles([_photo()], "{place} {n}")))
    walk.error(_raised(lambda: make_titles([_photo()], "{event} {n}", place="Душанбе")))
    for preset in ({"colour": "red"}, {"name": 5}, {"categories": "Parks|x"}, {"categories": [5]},
                   {"licence": "mine"}, {"languages": ["Tajik!"]}, {"templates": ["{{Event"]},
                   {"title_pattern": "Park"}, {"description_prefix": "Walk: "}, {"description_prefix": 5},
                   {"description_prefix": {"Tajik!": "x"}}):
        walk.error(_raised(lambda preset=preset: parse_preset(preset)))
    (tmp_path / "latin1.toml").write_bytes(b'name = "caf\xe9"')
    (tmp_path / "deep.toml").write_text("a = " + "[" * 5000 + "]" * 5000)
    for path in (tmp_path, tmp_path / "latin1.toml", tmp_path / "deep.toml", tmp_path / "none.toml"):
        walk.error(_raised(lambda path=path: load_preset(path)))
    assert {
        "language", "no-licence", "wikitext-unclosed", "wikitext-stray", "wikitext-second-information", "user-name",
        "category", "empty", "colon", "illegal-chars", "undecoded", "invisible", "signature", "encoded", "relative",
        "too-long", "namespace", "information-count", "licence-lost", "unc-lost", "category-lost",
        "not-a-placeholder", "no-placeholder", "no-place", "no-event", "unknown-key", "not-text", "not-a-list",
        "template", "prefix-language", "not-a-prefix", "not-a-file", "not-utf8", "too-deep", "not-found",
    } <= walk.codes, walk.codes


# -- an upload failure ----------------------------------------------------------------------


def _stored(walk: Walk, exc: UploadError, tmp_path: Path) -> None:
    """An error as the project keeps it for a failed photo, read back and shown."""
    from photowalk.upload.state import UploadRow, UploadState

    path = tmp_path / "failures.photowalk"
    with ProjectStore.open(path, create=True) as store:
        if not store.photo_ids():
            from tests.core.test_project import new_photo

            store.add_photos([new_photo(tmp_path / "a.jpg", "s1")])
        (pid,) = store.photo_ids()
        upload_state.save(store, UploadRow(pid, COMMONS, UploadState.FAILED, error=Failure.of(exc)))
        row = upload_state.load(store, pid)
    assert row is not None and row.error is not None
    walk.failure(row.error)


def _retried(error: UploadError, give_up_after: float = 1800.0) -> UploadError:
    def step() -> None:
        raise error

    exc = _raised(lambda: Retrier(BackoffSettings(base=0.01, cap=0.02, give_up_after=give_up_after), Control()).run(step))
    assert isinstance(exc, UploadError)
    return exc


def test_upload_failure_reasons_are_marked_and_whole(walk: Walk, tmp_path: Path, photos_dir: Path) -> None:
    errors: list[UploadError] = []
    for call in (
        lambda: Reply([]), lambda: Reply({}).part("upload"), lambda: Reply({"a": []}).text("a"),
        lambda: Reply({"a": "x"}).number("a"), lambda: Reply({"a": "nan"}).real("a"),
        lambda: Reply({"a": {}}).parts("a"), lambda: Reply({"a": None}).required_text("a"),
        lambda: first_page({"query": {"pages": []}}), lambda: upload_part({"upload": {"result": "Huh"}}),
        lambda: lookup(None, "0" * 40, "a|b"),  # type: ignore[arg-type]
    ):
        exc = _raised(call)
        assert isinstance(exc, UploadError)
        errors.append(exc)
    errors += [
        _retried(Transient(reason="HTTP 503"), give_up_after=0.05),
        _retried(RateLimited(retry_after=7200.0)), _retried(ReadOnly(reason="maintenance", retry_after=1e6)),
        _retried(MaxLag(lag="7", retry_after=1e6)), _retried(LoginThrottled(wiki="w", user="u", retry_after=1e5)),
    ]
    gps = (photos_dir / "gps" / "DSCN0010.jpg").read_bytes()
    tiff = io.BytesIO()
    Image.new("RGB", (4, 3), "navy").save(tiff, "TIFF", tiffinfo={700: xmp_packet(body=GPS_ELEMENTS)})
    for data, kind in ((gps[:2000], FileKind.JPEG), (tiff.getvalue(), FileKind.TIFF)):
        errors.append(_raised(lambda data=data, kind=kind: strip_metadata(
            data, kind=kind, remove_location=True, strip_identity=True, path="p.jpg")))
    places = find_locations(gps)
    assert places
    errors.append(PrivacyError(path="p.jpg", reason=Reason("left-in-copy", "{where} still holds a position in the copy",
                                                            {"where": places[0]})))
    with front_of(None) as front:
        for answer in (Answer(404), Answer(200, b"<html>busy</html>"), Answer(302), Answer.json([]),
                       Answer(200, b"\x00garbage", [("Content-Encoding", "gzip")]),
                       Answer(200, b"{}", [("Content-Length", str(1 << 40))])):
            front.answer(lambda seen: True, canned(answer))
            exc = _raised(lambda: Wiki(parse_wiki(front.api)).connect())
            assert isinstance(exc, UploadError)
            errors.append(exc)
    for exc in errors:
        walk.error(exc)
        _stored(walk, exc, tmp_path)
    assert {
        "not-understood", "wrong-kind", "missing", "empty-part", "unexpected", "title-refused", "title-pipe",
        "gave-up", "transient", "wait-too-long", "ratelimited", "readonly", "maxlag", "login-throttled",
        "privacy", "damaged", "not-rewritten", "left-in-copy", "block-exif", "http-status-from", "unreadable",
        "wiki-redirect", "no-location", "not-an-object", "compression", "too-large", "seconds", "hours",
    } <= walk.codes, walk.codes


def _sha1_changed(answer: Any) -> Any:
    text = json.dumps(answer)
    return json.loads(re.sub(r'"sha1": "[0-9a-f]{40}"', '"sha1": "' + "f" * 40 + '"', text))


WIKI_FAULTS = {
    "a chunk answered with a warning": (STEPS["chunk"], canned(Answer.json(
        {"upload": {"result": "Warning", "warnings": {"exists": "X.jpg"}, "filekey": "k.1"}})), False, "chunk-answer"),
    "a publish answered oddly": (STEPS["publish"], canned(Answer.json({"upload": {"result": "Huh"}})), False,
                                 "unexpected"),
    "the file on the wiki differs": (STEPS["verify"], rewrite(_sha1_changed), True, "sha1"),
    "the wiki fails for longer than photowalk waits": (STEPS["lookup"], canned(Answer(503)), False, "http-status"),
}
@pytest.mark.parametrize("fault", list(WIKI_FAULTS))
def test_upload_failure_reasons_from_the_wiki_are_marked_and_whole(
    fault: str, walk: Walk, testwiki: dict[str, str], tmp_path: Path
) -> None:
    match, rule, forward, code = WIKI_FAULTS[fault]
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "r.jpg", width=120, height=90)])
    with front_of(testwiki) as front:
        front.answer(match, rule, forward=forward, times=None if code == "http-status" else 1)
        run = run_batch(project, testwiki, api=front.api, settings=upload_settings(
            backoff=BackoffSettings(base=0.01, cap=0.02, give_up_after=0.3)))
    shown = []
    if run.result.stopped is not None:
        shown.append(walk.error(run.result.stopped))
    with project.open() as store:
        for row in upload_state.load_all(store).values():
            if row.error is not None:
                shown.append(walk.failure(row.error))
    assert shown and code in walk.codes, (shown, walk.codes)


# -- the window --------------------------------------------------------------------------------


def test_the_window_lists_files_it_could_not_read_in_tajik(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box))
    card = tmp_path / "card"
    card.mkdir()
    hostile.copy_good(card / "GOOD.JPG")
    (card / "GONE.JPG").symlink_to(card / "nowhere.jpg")
    new_project(window, tmp_path)
    window.set_language("tg")
    wait_import(qtbot, window.import_sources([card]))
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert boxes[0].detailedText() == f"{card / 'GONE.JPG'}: он вуҷуд надорад"
