"""Stored reasons: a code, a template kept unfilled and its parameters, read back from projects old and new."""

from __future__ import annotations

import ast
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import photowalk
from photowalk.checks import check_photos
from photowalk.errors import FileReadError, PhotowalkError
from photowalk.files import os_reason
from photowalk.importer import NOT_AN_IMAGE, REJECTION, import_paths
from photowalk.photo import FileKind, Note
from photowalk.project import ProjectStore
from photowalk.reasons import STORED_TEXT, Reason, format_message, reason
from photowalk.thumbnails import INCOMPLETE, ThumbnailCache
from photowalk.upload import state as upload_state
from photowalk.upload.errors import PrivacyError, Transient
from photowalk.upload.state import Failure, UploadRow, UploadState
from photowalk.wikitext import WikitextError
from photowalk.worker import protocol
from tests import hostile
from tests.upload.test_worker import Child

PACKAGE = Path(photowalk.__file__).parent
NESTED = reason(
    "user-name", "the user name \u201c{user}\u201d: {reason}", user="Ali|Vali",
    reason=reason("illegal-chars", "it contains {chars}", chars="|"),
)


def test_a_reason_round_trips_as_json_with_its_nested_reasons() -> None:
    error = WikitextError(id=7, reason=NESTED)
    stored = Reason.of(error)
    assert Reason.loads(stored.dumps()) == stored
    assert Reason.from_json(json.loads(json.dumps(stored.to_json()))) == stored
    assert stored.params["reason"].params["reason"] == NESTED.params["reason"]  # a Reason again, not a dict
    assert stored.message == error.message == (
        "The page for photo 7 cannot be written: the user name \u201cAli|Vali\u201d: it contains |")
    assert str(stored) == stored.message


def test_a_file_name_that_is_not_utf8_is_a_printable_parameter() -> None:
    ext = os.fsdecode(b"jp\xe9")
    stored = reason("not-an-image-text", NOT_AN_IMAGE["text"], "import", ext=ext)
    assert stored.params["ext"] == "jp\ufffd"
    assert Reason.loads(stored.dumps()) == stored


def test_a_template_that_does_not_match_its_parameters_stays_readable() -> None:
    assert format_message("{a.__class__} {b}", {"a": 1, "b": 2}) == "{a.__class__} {b}"
    assert Reason.loads("Half {of a sentence") == Reason(STORED_TEXT, "Half {of a sentence", {}, "")
    assert Reason.loads("Half {of a sentence").message == "Half {of a sentence"  # type: ignore[union-attr]
    assert Reason.loads('{"not": "ours"}') == Reason(STORED_TEXT, '{"not": "ours"}', {}, "")
    assert Reason.loads(None) is None and Reason.loads("") is None


def _import(card: Path, project: Path, tmp_path: Path) -> None:
    with ProjectStore.open(project, create=True) as store:
        import_paths([card], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"))


def test_imported_reasons_are_stored_unfilled_and_read_back(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    (card / "NOTES.JPG").write_text("shopping list\n")
    (card / "EMPTY.JPG").write_bytes(b"")
    hostile.cut_with_end_marker(hostile.GOOD, card / "CUT.JPG", 0.5)
    (card / "IMG_2682.heic").write_bytes((photos_dir / "other-formats" / "IMG_2682.heic").read_bytes())
    project = tmp_path / "walk.photowalk"
    _import(card, project, tmp_path)
    with ProjectStore.open(project) as store:
        errors = {Path(p.path).name: p.error for p in store.photos()}
    assert errors["NOTES.JPG"] == Reason("not-an-image-text", NOT_AN_IMAGE["text"], {"ext": "jpg"}, "import")
    assert errors["NOTES.JPG"].message == "This is a text file, not a picture, although its name ends in .jpg."
    assert errors["EMPTY.JPG"] == Reason("empty", NOT_AN_IMAGE["empty"], {}, "import")
    assert errors["CUT.JPG"] == INCOMPLETE
    assert errors["IMG_2682.heic"] == REJECTION[FileKind.HEIC]
    # Each column holds the unfilled template and its parameters, as JSON.
    con = sqlite3.connect(project)
    try:
        stored = dict(con.execute("SELECT path, error FROM photos"))
    finally:
        con.close()
    assert json.loads(stored["card/NOTES.JPG"]) == {
        "$reason": "not-an-image-text", "template": NOT_AN_IMAGE["text"], "params": {"ext": "jpg"}, "context": "import"}


OLD_ERROR = "This is a text file, not a picture, although its name ends in .jpg."
OLD_NOTES = [{"code": "gps-invalid", "message": "The GPS position in the camera data is damaged; it was ignored."}]


def test_a_project_of_the_previous_version_reads_its_plain_text_reasons(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    hostile.copy_good(card / "DSC_0001.JPG")
    project = tmp_path / "old.photowalk"
    _import(card, project, tmp_path)
    # What the previous version wrote: an English sentence, and notes with an English message.
    con = sqlite3.connect(project)
    try:
        with con:
            con.execute("UPDATE photos SET error=?, warnings=?", (OLD_ERROR, json.dumps(OLD_NOTES)))
    finally:
        con.close()
    with ProjectStore.open(project) as store:
        [photo] = store.photos()
        assert photo.error == Reason(STORED_TEXT, OLD_ERROR, {}, "")
        assert photo.error.message == OLD_ERROR
        assert photo.camera.warnings == [Note("gps-invalid", OLD_NOTES[0]["message"])]
        assert photo.camera.warnings[0].message == OLD_NOTES[0]["message"]
        problems = check_photos(store, [photo.id])[photo.id]
        assert problems[0].code == "file-error"
        assert problems[0].message == f"The file cannot be uploaded: {OLD_ERROR}"
        # A reason found later is stored in the new form.
        store.set_pixels_checked({photo.id: INCOMPLETE})
        assert store.photo(photo.id).error == INCOMPLETE


def test_notes_round_trip_with_template_and_parameters(tmp_path: Path) -> None:
    from tests.core.test_project import new_photo

    note = Note("gps-invalid", "The GPS position {lat} is damaged.", {"lat": 91.5})
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        store.add_photos([new_photo(tmp_path / "a.jpg", "s1", warnings=[note])])
    with ProjectStore.open(tmp_path / "p.photowalk") as store:
        [p] = store.photos()
        [stored] = json.loads(store.conn.execute("SELECT warnings FROM photos").fetchone()[0])
    assert p.camera.warnings == [note] and p.camera.warnings[0].context == "camera"
    assert p.camera.warnings[0].message == "The GPS position 91.5 is damaged."
    # The English message too: a previous version opening the project reads only that.
    assert stored["message"] == "The GPS position 91.5 is damaged."


def test_an_upload_failure_keeps_its_nested_reason_cleaned(tmp_path: Path) -> None:
    from tests.core.test_project import new_photo

    # A reason quoting the wiki: its parameters are cleaned like any other, its template is photowalk's.
    quoted = reason("unexpected", "{where} is {value}", where="upload.result", value="\x1b[2JWarn\u202eing")
    exc = Transient(reason=quoted)
    assert exc.params["reason"].params["value"] == "Warning"
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        (added,) = store.add_photos([new_photo(tmp_path / "a.jpg", "s1")])
        upload_state.save(store, UploadRow(added.photo_id, "https://w/api.php", UploadState.FAILED,
                                           error=Failure.of(exc)))
        row = upload_state.load(store, added.photo_id)
    assert row is not None and row.error is not None
    assert row.error.params == {"reason": exc.params["reason"]}
    assert row.error.message == exc.message == (
        "The connection to the wiki failed (upload.result is Warning); photowalk tries again by itself. "
        "If this lasts, check your internet connection.")


def test_an_older_upload_failure_with_a_text_reason_reads(tmp_path: Path) -> None:
    old = json.dumps({"code": "privacy", "template": PrivacyError.template,
                      "params": {"path": "a.jpg", "reason": "the EXIF data is damaged"}, "message": "m"})
    failure = Failure.from_json(old)
    assert failure is not None and failure.params["reason"] == "the EXIF data is damaged"


def test_the_worker_sends_reasons_whole(tmp_path: Path, photos_dir: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    (card / "NOTES.JPG").write_text("shopping list\n")
    (card / "IMG_0001.xmp").write_text("<x/>")
    (card / "GONE.JPG").symlink_to(tmp_path / "nowhere.jpg")
    project = tmp_path / "walk.photowalk"
    ProjectStore.open(project, create=True).close()
    child = Child(project)
    child.send(cmd="import", job="i1", sources=[str(card)], record_first=False)
    done = child.until("done", "i1")
    report = protocol.report_from_json(done["result"])
    [(_pid, _path, rejected)] = report.rejected
    assert rejected == Reason("not-an-image-text", NOT_AN_IMAGE["text"], {"ext": "jpg"}, "import")
    assert [(p.name, why.code) for p, why in report.skipped] == [("IMG_0001.xmp", "sidecar")]
    assert [(p.name, why.code) for p, why in report.failed] == [("GONE.JPG", "not-found")]
    child.send(cmd="check", job="c1", ids=None)
    found: dict[int, Any] = {}
    while True:
        event = child.until("problems", "c1")
        found.update(protocol.problems_from_json(event["by_id"]))
        if not event["partial"]:
            break
    [problems] = found.values()
    assert problems[0].code == "file-error" and problems[0].params["reason"] == rejected
    assert child.close() == 0


def test_an_error_sent_by_the_worker_keeps_its_nested_reason() -> None:
    exc = FileReadError(path="a.jpg", reason=os_reason(PermissionError(13, "Permission denied")))
    back = protocol.error_from_json(protocol.decode(protocol.encode(protocol.error_to_json(exc))))
    assert back.params == exc.params and back.message == "a.jpg could not be read: permission denied"


# -- no English built on the spot ------------------------------------------------------------

# Modules whose words are the command line's own (its language is another matter).
COMMAND_LINE = ("cli/", "__main__.py")
_MARK = "QT_TRANSLATE_NOOP"


def _typed_errors() -> set[str]:
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages([str(PACKAGE)], "photowalk."):
        if not info.name.startswith(("photowalk.ui", "photowalk.__main__")):
            importlib.import_module(info.name)
    names: set[str] = set()
    todo: list[type[PhotowalkError]] = [PhotowalkError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _words(node: ast.AST) -> list[str]:
    """English built here: an f-string, or `.format()`/`.replace()` of a text (reasons are checked on their own)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (_MARK, "Reason", "reason"):
        return []
    if isinstance(node, ast.JoinedStr):
        return [ast.unparse(node)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "replace") \
            and isinstance(node.func.value, (ast.Constant, ast.Call)):
        return [ast.unparse(node)]
    return [w for child in ast.iter_child_nodes(node) for w in _words(child)]


def _literal_words(node: ast.AST) -> bool:
    """A literal text of words; a single word is a value (a key, a code), never a sentence."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip() and any(
        c.isalpha() for c in node.value)


def _is_marked(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == _MARK


def _english(node: ast.Call, errors: set[str]) -> list[str]:
    """What a call builds in English on the spot: a typed error's parameter, or a reason's template
    that is not marked for translation."""
    assert isinstance(node.func, ast.Name)
    found = []
    if node.func.id in errors:
        for kw in node.keywords:
            if kw.arg in (None, "template", "retry_after"):
                continue
            values = kw.value.values if isinstance(kw.value, ast.BoolOp) else [kw.value]
            found += [f"{kw.arg}={ast.unparse(v)}" for v in values if _literal_words(v)]
            found += [f"{kw.arg}: {w}" for w in _words(kw.value)]
    elif node.func.id in ("Reason", "reason", "Note") and len(node.args) >= 2 and (
        isinstance(node.args[1], (ast.Constant, ast.JoinedStr, ast.BinOp)) or _words(node.args[1])
    ):
        found.append(f"an unmarked template: {ast.unparse(node.args[1])}")
    return found


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]


def test_no_message_parameter_is_english_built_on_the_spot() -> None:
    errors = _typed_errors()
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(("ui/", *COMMAND_LINE)):
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            found += [f"{rel}:{call.lineno} {what}" for what in _english(call, errors)]
    assert found == []


@pytest.mark.parametrize("source", [
    'raise WikitextError(id=1, reason=f"the user name {user}")',
    'raise PrivacyError(path=p, reason="the EXIF data is damaged")',
    'raise NotUnderstood(what=info or "the answer is empty")',
    'raise ProjectError(path=p, reason=QT_TRANSLATE_NOOP("errors", "no photo {id}").format(id=1))',
    'raise Transient(reason=reason("timeout", "no answer in time"))',
    'raise StashLost(reason=Reason("gone", f"the stash {key} is gone"))',
])
def test_the_check_for_english_built_on_the_spot_finds_it(source: str) -> None:
    errors = _typed_errors()
    assert [what for call in _calls(ast.parse(source)) for what in _english(call, errors)]
