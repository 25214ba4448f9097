"""Pre-upload checks on real camera files: errors block the upload, warnings only inform."""

from __future__ import annotations

import ast
import shutil
from datetime import date
from pathlib import Path

import pytest

from photowalk.checks import (
    MAX_UPLOAD_BYTES,
    ProjectChecks,
    check_photo,
    check_photos,
    has_errors,
    never_uploadable,
    title_counts,
    unuploadable_advice,
)
from photowalk.edits import (
    add_categories,
    remove_categories,
    remove_location,
    set_caption,
    set_date,
    set_description,
    set_licence,
    set_location,
    set_title,
)
from photowalk.importer import import_paths, not_an_image_reason
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from tests.describing import PHOTOS, manifest, new_photo, project_with

TODAY = date(2025, 5, 1)
GOOD = "cameras/DSCN0138.JPG"


def describe(store: ProjectStore, ids: list[int], title_prefix: str = "Боғи Рӯдакӣ") -> None:
    """Everything Commons needs, so only the problem under test remains."""
    for n, pid in enumerate(ids, start=1):
        set_title(store, pid, f"{title_prefix} {n}")
    set_description(store, ids, "tg", "Боғи Рӯдакӣ, Душанбе")
    set_licence(store, ids, "cc-by-sa-4.0")
    add_categories(store, ids, ["Rudaki Park"])
    set_caption(store, ids, "tg", "Боғи Рӯдакӣ")



def problems_of(store: ProjectStore, rel: str, **kwargs: object) -> list[tuple[str, str]]:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / rel)])]
    describe(store, [pid])
    return [(p.code, p.severity) for p in check_photos(store, [pid], today=TODAY, **kwargs)[pid]]  # type: ignore[arg-type]


def test_a_described_real_photo_is_ready(store: ProjectStore) -> None:
    assert problems_of(store, GOOD) == []


def test_an_undescribed_photo_lists_what_is_missing(tmp_path: Path) -> None:
    store, ids = project_with(tmp_path, [GOOD])
    problems = check_photos(store, today=TODAY)[ids[GOOD]]
    store.close()
    assert [(p.code, p.severity) for p in problems] == [
        ("title-missing", "error"),
        ("no-description", "error"),
        ("no-licence", "error"),
        ("no-category", "warning"),
        ("no-caption", "warning"),
    ]
    assert has_errors(problems)
    assert problems[2].message == "No licence is chosen; cc-by-sa-4.0 is the one most uploads use."


def test_only_warnings_do_not_block(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    describe(store, [pid])
    remove_categories(store, [pid], ["Rudaki Park"])
    problems = check_photos(store, today=TODAY)[pid]
    assert [p.code for p in problems] == ["no-category"] and not has_errors(problems)


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("cameras/Sigma_DP1.jpg", [("date-future", "warning")]),  # camera clock says 2038
        ("cameras/Nokia_3110c_Mobile_Phone.jpg", [("no-date", "error")]),  # no DateTimeOriginal
        ("gps/Samsung_GT-I9000_Galaxy_S.jpg", [("location-outside", "warning")]),  # 0, 0
        ("gps/elephants.jpg", [("location-outside", "warning")]),  # South Africa
        ("other-formats/IMG_2682.heic", [("file-type", "error")]),  # iPhone HEIC: nothing else counts
        ("other-formats/Nikon.nef", [("file-type", "error")]),  # camera RAW
        ("other-formats/with-gps.mp4", [("file-type", "error")]),
        ("other-formats/png_with_exif_and_gps.png", [("location-outside", "warning")]),
    ],
)
def test_real_files_with_problems(store: ProjectStore, rel: str, expected: list[tuple[str, str]]) -> None:
    assert problems_of(store, rel) == expected


def test_null_island_and_swapped_coordinates_have_their_own_messages(store: ProjectStore) -> None:
    ids = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / "gps/Samsung_GT-I9000_Galaxy_S.jpg"),
                                                  new_photo(PHOTOS / GOOD)])]
    describe(store, ids)
    set_location(store, [ids[1]], 68.787, 38.5598)  # Dushanbe with latitude and longitude swapped
    results = check_photos(store, today=TODAY)
    (zero,) = results[ids[0]]
    assert "0, 0" in zero.message and "no GPS fix" in zero.message
    (swapped,) = results[ids[1]]
    assert swapped.code == "location-outside" and "swapped" in swapped.message
    set_location(store, [ids[1]], 38.5598, 68.787)
    remove_location(store, [ids[0]])  # a removed location is not checked
    assert check_photos(store, today=TODAY) == {ids[0]: [], ids[1]: []}


def test_dates_before_1990_and_unknown_dates(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    describe(store, [pid])
    set_date(store, [pid], "1985-06-01")
    (p,) = check_photos(store, today=TODAY)[pid]
    assert (p.code, p.severity, p.params["date"]) == ("date-too-old", "warning", "1985-06-01")
    set_date(store, [pid], "2025-05-02")  # tomorrow: the camera may be a time zone ahead
    assert check_photos(store, today=TODAY)[pid] == []
    set_date(store, [pid], "2025-05-03")
    assert [p.code for p in check_photos(store, today=TODAY)[pid]] == ["date-future"]


def test_photo_errors_and_unreadable_files(store: ProjectStore) -> None:
    rel = "broken/not-an-image.jpg"
    why = not_an_image_reason(PHOTOS / rel, (PHOTOS / rel).stat().st_size)
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / rel, error=why)])]
    describe(store, [pid])
    problems = check_photos(store, today=TODAY)[pid]
    assert [(p.code, p.severity) for p in problems] == [("file-error", "error")]
    assert problems[0].message == (
        "The file cannot be uploaded: This is a text file, not a picture, although its name ends in .jpg.")
    assert problems[0].params["reason"] == why  # kept whole, to be translated where it is shown


def test_a_file_that_can_never_be_uploaded_has_that_one_problem_and_advice(tmp_path: Path, store: ProjectStore) -> None:
    card = tmp_path / "card"
    card.mkdir()
    files = {
        "IMG_2682.heic": "other-formats/IMG_2682.heic", "Nikon.nef": "other-formats/Nikon.nef",
        "with-gps.mp4": "other-formats/with-gps.mp4", "not-an-image.jpg": "broken/not-an-image.jpg",
        "cut.jpg": "broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg", "DSCN0138.JPG": GOOD,
    }
    for name, rel in files.items():
        shutil.copy(PHOTOS / rel, card / name)
    import_paths([card], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"))
    by_name = {p.file_name: p for p in store.photos()}
    found = check_photos(store, today=TODAY)  # nothing described: a title, a description, a licence are missing
    expected = {
        "IMG_2682.heic": ("file-error", "Export the photo as JPEG"), "Nikon.nef": ("file-error", "Export the photo as JPEG"),
        "with-gps.mp4": ("file-error", "upload the video with Commons' own Upload Wizard"),
        "not-an-image.jpg": ("file-error", "It is not a photo"), "cut.jpg": ("file-error", "Import the original file again"),
    }
    for name, (code, advice) in expected.items():
        photo = by_name[name]
        assert [p.code for p in found[photo.id]] == [code], name
        assert found[photo.id] == [never_uploadable(photo)]
        assert unuploadable_advice(photo).startswith(advice) or advice in unuploadable_advice(photo), name
    assert "HEIC photos are not accepted by Commons" in found[by_name["IMG_2682.heic"].id][0].message
    assert "the picture is incomplete" in found[by_name["cut.jpg"].id][0].message
    good = by_name["DSCN0138.JPG"]
    assert never_uploadable(good) is None
    assert {"title-missing", "no-description", "no-licence"} <= {p.code for p in found[good.id]}
    # A RAW file recorded without a reason (an older project) is stopped by its type alone.
    raw = check_photo(Photo(id=9, path="x.nef", sha1="0" * 40, size=10, mtime=0, kind=FileKind.RAW, camera=CameraData()),
                      today=TODAY)
    assert [p.code for p in raw] == ["file-type"]


def test_missing_source_file(tmp_path: Path, store: ProjectStore) -> None:
    copy = tmp_path / "card" / "DSCN0138.JPG"
    copy.parent.mkdir()
    shutil.copy(PHOTOS / GOOD, copy)
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(copy, GOOD)])]
    describe(store, [pid])
    assert check_photos(store, today=TODAY)[pid] == []
    copy.unlink()  # card removed, and the project does not know yet
    assert [p.code for p in check_photos(store, today=TODAY)[pid]] == ["file-missing"]
    shutil.copy(PHOTOS / GOOD, copy)
    store.set_missing({pid: True})  # the importer marked it missing
    assert [p.code for p in check_photos(store, today=TODAY)[pid]] == ["file-missing"]


def test_size_limit_is_commons_five_gib() -> None:
    assert MAX_UPLOAD_BYTES == 5 * 1024**3 == 5_368_709_120
    size = int(manifest()[GOOD]["size_bytes"])
    photo = Photo(id=1, path=str(PHOTOS / GOOD), sha1="x", size=size, mtime=0, kind=FileKind.JPEG,
                  camera=CameraData(taken="2021-07-25T10:41:15"), title="Boat at sunset", licence="cc-zero",
                  descriptions={"en": "A boat"}, categories=["Boats"], captions={"en": "A boat"})
    assert check_photo(photo, root=PHOTOS, today=TODAY) == []
    (p,) = check_photo(photo, root=PHOTOS, today=TODAY, max_size=size - 1)
    assert (p.code, p.severity, p.params) == ("file-too-large", "error", {"size": size, "max": size - 1})


def test_duplicate_titles_compare_as_commons_does(store: ProjectStore) -> None:
    ids = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / r) for r in (GOOD, "cameras/IMG_0308.JPG", "cameras/P1000240.JPG")])]
    describe(store, ids)
    set_title(store, ids[0], "боғи_Рӯдакӣ.JPG")
    set_title(store, ids[1], "Боғи Рӯдакӣ.jpeg")
    set_title(store, ids[2], "Боғи Рӯдакӣ фаввора")
    results = check_photos(store, [ids[0], ids[2]], today=TODAY)
    assert list(results) == [ids[0], ids[2]]  # only the photos asked for...
    assert [p.code for p in results[ids[0]]] == ["title-duplicate"]  # ...compared with the whole project
    assert results[ids[2]] == []
    assert title_counts(store.photos())["Боғи Рӯдакӣ.jpg"] == 2


def test_invalid_titles_are_errors_with_suggestions(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    describe(store, [pid])
    set_title(store, pid, "Боғи: Рӯдакӣ.png")
    problems = {p.code: p for p in check_photos(store, today=TODAY)[pid]}
    assert set(problems) == {"title-illegal-chars", "title-wrong-extension"}
    assert problems["title-illegal-chars"].suggestion == "Боғи - Рӯдакӣ.jpg"
    assert store.photo(pid).title == "Боғи: Рӯдакӣ.png"  # never changed silently
    set_title(store, pid, "DSCN0138")  # the camera's own name
    assert [p.code for p in check_photos(store, today=TODAY)[pid]] == ["title-camera-name"]


def test_default_licence_from_the_project_and_bad_stored_values(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    describe(store, [pid])
    set_licence(store, [pid], None)
    assert [p.code for p in check_photos(store, today=TODAY)[pid]] == ["no-licence"]
    store.set_setting("licence", "cc-zero")
    assert check_photos(store, today=TODAY)[pid] == []
    with store.transaction() as c:  # values written around the edit functions
        c.execute("UPDATE photos SET licence='gfdl', author='A|B' WHERE id=?", (pid,))
        c.execute("INSERT INTO categories(photo_id, name, position) VALUES (?, 'Bad]]', 9)", (pid,))
        c.execute("INSERT INTO descriptions(photo_id, lang, text, position) VALUES (?, 'Tajik', 'x', 9)", (pid,))
    codes = [p.code for p in check_photos(store, today=TODAY)[pid]]
    assert sorted(codes) == ["author-invalid", "category-invalid", "description-language", "licence-unknown"]


@pytest.mark.parametrize(
    ("extra", "code", "what", "line"),
    [
        ("{{Event 2025", "extra-wikitext-unclosed", "{{", 1),
        ("{{Event 2025}}\n<!-- organisers: fill in", "extra-wikitext-unclosed", "<!--", 2),
        ("<includeonly>{{Event}}", "extra-wikitext-unclosed", "<includeonly>", 1),
        ("{{Event}}\n{| class=wikitable\n| a", "extra-wikitext-unclosed", "{|", 2),
        ("{{Event}}}}", "extra-wikitext-stray", "}}", 1),
        ("{{Information|description=x}}", "extra-wikitext-information", "{{Information}}", 1),
    ],
)
def test_extra_wikitext_that_would_hide_the_licence_is_an_error(
    store: ProjectStore, extra: str, code: str, what: str, line: int
) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    describe(store, [pid])
    with store.transaction() as c:  # written by an older photowalk, which took any text
        c.execute("UPDATE photos SET extra_wikitext=? WHERE id=?", (extra, pid))
    (problem,) = check_photos(store, today=TODAY)[pid]
    assert (problem.code, problem.severity, problem.params) == (code, "error", {"what": what, "line": line})
    assert what in problem.message


def test_problems_serialise_for_json(store: ProjectStore) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / GOOD)])]
    set_title(store, pid, "Rudaki # Park")
    problem = next(p for p in check_photos(store, today=TODAY)[pid] if p.code == "title-illegal-chars")
    assert problem.to_json() == {
        "code": "title-illegal-chars",
        "severity": "error",
        "message": "The title contains #; Commons does not allow these in file names.",
        "suggestion": "Rudaki - Park.jpg",
    }


def test_every_problem_message_is_marked_for_translation() -> None:
    """Each template given to error()/warning() is a literal QT_TRANSLATE_NOOP("checks", ...)."""
    root = Path(__file__).resolve().parents[2] / "photowalk"
    found = 0
    for name in ("checks.py", "titles.py", "hints.py"):
        for node in ast.walk(ast.parse((root / name).read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("error", "warning"):
                template = node.args[1]
                if isinstance(template, ast.Name):  # chosen earlier from marked literals
                    continue
                assert isinstance(template, ast.Call) and getattr(template.func, "id", "") == "QT_TRANSLATE_NOOP"
                assert isinstance(template.args[0], ast.Constant) and template.args[0].value == "checks"
                found += 1
    assert found >= 25


def test_a_date_that_is_not_a_date() -> None:
    photo = Photo(id=1, path=str(PHOTOS / GOOD), sha1="x", size=1, mtime=0, kind=FileKind.JPEG,
                  camera=CameraData(taken="sometime in May"), title="Boat at sunset", licence="cc-zero",
                  descriptions={"en": "A boat"}, categories=["Boats"], captions={"en": "A boat"})
    (p,) = check_photo(photo, root=PHOTOS, today=TODAY)
    assert (p.code, p.severity, p.params) == ("date-invalid", "error", {"date": "sometime in May"})


FOUR = ("cameras/DSCN0138.JPG", "cameras/IMG_0308.JPG", "cameras/P1000240.JPG", "cameras/Canon_EOS_D60.jpg")


def four_described(store: ProjectStore) -> list[int]:
    ids = [r.photo_id for r in store.add_photos([new_photo(PHOTOS / r) for r in FOUR])]
    describe(store, ids)
    return ids


def codes(results: dict[int, list[object]]) -> dict[int, list[str]]:
    return {pid: [p.code for p in problems] for pid, problems in results.items()}  # type: ignore[attr-defined]


def test_project_checks_start_with_every_photo(store: ProjectStore) -> None:
    ids = four_described(store)
    results, complete = ProjectChecks().check(store, ids, today=TODAY)  # nothing known yet: all are checked
    assert complete
    assert results == check_photos(store, today=TODAY)
    assert sorted(results) == sorted(ids)


def test_project_checks_find_again_only_the_changed_photos(store: ProjectStore) -> None:
    ids = four_described(store)
    checks = ProjectChecks()
    checks.check(store, today=TODAY)
    set_description(store, [ids[1]], "tg", None)
    results, complete = checks.check(store, [ids[1]], today=TODAY)
    assert not complete
    assert codes(results) == {ids[1]: ["no-description"]}


def test_project_checks_recheck_photos_whose_title_becomes_shared_or_unique(store: ProjectStore) -> None:
    a, b, c, d = four_described(store)
    checks = ProjectChecks()
    checks.check(store, today=TODAY)
    set_title(store, b, "Боғи Рӯдакӣ 1")  # a's title: both are duplicates now
    assert codes(checks.check(store, [b], today=TODAY)[0]) == {a: ["title-duplicate"], b: ["title-duplicate"]}
    set_title(store, c, "боғи_Рӯдакӣ 1")  # a third photo with it: a and b do not change
    assert codes(checks.check(store, [c], today=TODAY)[0]) == {c: ["title-duplicate"]}
    set_title(store, b, "Боғи Рӯдакӣ 2")
    set_title(store, c, "Боғи Рӯдакӣ 3")  # a's title is its own again
    assert codes(checks.check(store, [b, c], today=TODAY)[0]) == {a: [], b: [], c: []}
    set_title(store, d, "Боғи Рӯдакӣ 1")
    checks.check(store, [d], today=TODAY)
    store.remove_photos([d])  # removing one of two photos with a title frees the other
    assert codes(checks.check(store, [d], today=TODAY)[0]) == {a: []}


def test_project_checks_check_everything_again_when_the_default_licence_changes(store: ProjectStore) -> None:
    ids = four_described(store)
    set_licence(store, ids, None)
    checks = ProjectChecks()
    assert all(r == ["no-licence"] for r in codes(checks.check(store, today=TODAY)[0]).values())
    store.set_setting("licence", "cc-by-4.0")
    results, complete = checks.check(store, [ids[0]], today=TODAY)
    assert complete
    assert codes(results) == {pid: [] for pid in ids}


def test_project_checks_agree_with_checking_the_whole_project(store: ProjectStore) -> None:
    ids = four_described(store)
    checks = ProjectChecks()
    known, _ = checks.check(store, today=TODAY)
    titles = ["Боғи Рӯдакӣ 1", "боғи_Рӯдакӣ 1", "Фаввора", None, "Фаввора.jpg", "Боғи Рӯдакӣ 2"]
    for step in range(40):
        changed = [ids[(step * 3 + k) % len(ids)] for k in range(1 + step % 2)]
        for n, pid in enumerate(changed):
            set_title(store, pid, titles[(step + n * 5) % len(titles)])
        if step % 7 == 3:
            set_description(store, changed[:1], "tg", None if step % 2 else "Фаввора")
        results, _ = checks.check(store, changed, today=TODAY)
        known.update(results)
        assert known == check_photos(store, today=TODAY), step


def test_project_checks_check_everything_again_when_the_wikis_answers_or_the_author_change(store: ProjectStore) -> None:
    from photowalk.categorycache import record_answers
    from photowalk.projectsettings import update_settings

    ids = four_described(store)
    checks = ProjectChecks()
    assert all(r == [] for r in codes(checks.check(store, today=TODAY)[0]).values())
    record_answers(store, "https://commons.wikimedia.org/w/api.php", present=[], missing={"Rudaki Park": "Rudaki park"})
    results, complete = checks.check(store, [ids[0]], today=TODAY)
    assert complete and codes(results) == {pid: ["category-red"] for pid in ids}
    assert results[ids[1]][0].suggestion == "Rudaki park"
    assert "commons.wikimedia.org" in results[ids[1]][0].message
    update_settings(store, author="Photo walker~~~")
    results, complete = checks.check(store, [ids[0]], today=TODAY)
    assert complete and all("author-invalid" in c for c in codes(results).values())


def _messenger_copy(source: Path, target: Path, long_side: int) -> None:
    """What a messenger delivers: the picture scaled to its size and re-encoded, the camera's data gone."""
    from PIL import Image

    with Image.open(source) as im:
        scale = long_side / max(im.size)
        im.convert("RGB").resize((round(im.width * scale), round(im.height * scale))).save(target, "JPEG", quality=80)


def test_a_photo_forwarded_through_a_messenger_gets_a_warning(tmp_path: Path, store: ProjectStore) -> None:
    card = tmp_path / "phone"
    card.mkdir()
    source = PHOTOS / GOOD
    named = {
        "IMG-20250501-WA0003.jpg": "WhatsApp", "photo_2025-05-01_10-30-00.jpg": "Telegram",
        "viber_image_2025-05-01_10-30-00-123.jpg": "Viber", "signal-2025-05-01-103000.jpg": "Signal",
        "IMG-20250501-WA0004 (1).jpg": "WhatsApp",
    }
    for n, name in enumerate(named):
        _messenger_copy(source, card / name, 800 + n)  # a size of no messenger's: the name alone tells
    _messenger_copy(source, card / "DSC_0042.jpg", 1280)  # a messenger's size, a camera's name, no camera data
    _messenger_copy(source, card / "DSC_0043.jpg", 1000)  # neither: a picture saved by some program
    shutil.copy(source, card / "IMG-20250501-WA0005.jpg")  # a messenger's name but the camera's data: kept
    import_paths([card], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"))
    found = check_photos(store, today=TODAY)
    warned = {p.file_name: next((w for w in found[p.id] if w.code == "messenger-copy"), None) for p in store.photos()}
    for name, messenger in named.items():
        w = warned[name]
        assert w is not None and w.severity == "warning", name
        assert w.params == {"messenger": messenger} and "Import the original from the phone instead" in w.message
    unnamed = warned["DSC_0042.jpg"]
    assert unnamed is not None and "forwarded through a messenger" in unnamed.message and unnamed.params == {}
    assert warned["DSC_0043.jpg"] is None and warned["IMG-20250501-WA0005.jpg"] is None
    # Only a warning: described, a messenger's copy can still be uploaded.
    pid = next(p.id for p in store.photos() if p.file_name == "IMG-20250501-WA0003.jpg")
    describe(store, [pid])
    set_date(store, [pid], "2025-05-01")
    assert not has_errors(check_photos(store, [pid], today=TODAY)[pid])
