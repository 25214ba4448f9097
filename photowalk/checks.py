"""Checks a photo against what Commons needs before upload; errors block the upload, warnings don't."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from photowalk.categorycache import CategoryAnswers, read_answers
from photowalk.culling import quality_hints
from photowalk.fields import date_part, effective_date, effective_location, parse_day
from photowalk.hints import learning_hints
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.licences import LICENCES, UnknownLicenceError, normalize_licence
from photowalk.names import category_problem, is_language, user_name_problem
from photowalk.origin import origin_problems
from photowalk.photo import FileKind, Photo
from photowalk.problems import (
    Problem,
    error,
    has_errors,  # noqa: F401 - kept where callers find it
    warning,
)
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.structured import caption_suggestion
from photowalk.text import normalize
from photowalk.titles import file_name, title_key, validate_title
from photowalk.unuploadable import never_uploadable, unuploadable_advice
from photowalk.wikimarkup import SECOND_INFORMATION, STRAY, markup_fault

__all__ = [
    "Problem", "ProjectChecks", "check_photo", "check_photos", "has_errors", "never_uploadable", "title_counts",
    "unuploadable_advice",
]

# Commons:Maximum_file_size: 5 GiB (5,368,709,120 bytes) through chunked uploads, which
# photowalk uses; the uploader may pass the wiki's own `maxuploadsize` instead.
MAX_UPLOAD_BYTES = 5 * 1024**3

# A box around Tajikistan (36.67-41.04 N, 67.34-75.14 E) with a little margin. It also holds
# bits of the neighbours, which is fine for a warning meant to catch swapped or zero coordinates.
TAJIKISTAN_BOX = (36.6, 41.1, 67.3, 75.2)  # south, north, west, east

# Digital cameras before this are rare; a date this old is a camera clock that was never set.
EARLIEST_PLAUSIBLE_YEAR = 1990


# File names messengers give the photos they deliver (a saved or shared copy, not the phone camera's own).
MESSENGER_NAMES = (
    ("WhatsApp", re.compile(r"^IMG-\d{8}-WA\d{4,}(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
    ("Telegram", re.compile(r"^photo_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(?:_\d+)?(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
    ("Viber", re.compile(r"^viber_image_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(?:-\d+)?(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
    ("Signal", re.compile(r"^signal-\d{4}-\d{2}-\d{2}-\d{2}-?\d{2}-?\d{2}(?:-\d+)?(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
    ("Messenger", re.compile(r"^received_\d{9,}(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
    ("WeChat", re.compile(r"^mmexport\d{10,}(?: ?\(\d+\))?\.jpe?g$", re.IGNORECASE)),
)
# The long side messengers scale photos down to (WhatsApp and Telegram 1280, their "HD" 1600 to 2560).
MESSENGER_LONG_SIDES = frozenset({1280, 1600, 2048, 2560})
# A phone's own photo is larger than this at those sizes only rarely; a messenger's copy seldom.
MESSENGER_MAX_BYTES = 1_500_000


def messenger_copy(photo: Photo) -> str | None:
    """The messenger a JPEG looks forwarded through ("" when only its size tells), or None.

    A copy a messenger delivered has lost the camera's data (no make, model or time) and is scaled
    to a few typical sizes; its name often follows the messenger's own pattern."""
    cam = photo.camera
    if photo.kind is not FileKind.JPEG or cam.make or cam.model or cam.taken or cam.lat is not None:
        return None
    name = photo.file_name
    for messenger, pattern in MESSENGER_NAMES:
        if pattern.match(name):
            return messenger
    long_side = max(cam.width or 0, cam.height or 0)
    if long_side in MESSENGER_LONG_SIDES and 0 < photo.size <= MESSENGER_MAX_BYTES:
        return ""
    return None


def _messenger_problems(photo: Photo) -> list[Problem]:
    messenger = messenger_copy(photo)
    if messenger is None:
        return []
    if not messenger:
        return [warning(
            "messenger-copy",
            QT_TRANSLATE_NOOP(
                "checks",
                "This photo looks forwarded through a messenger: it has no camera data (date, place, camera) and the "
                "size messengers make. Import the original from the phone instead (its camera folder, DCIM), and "
                "remove this copy from the project.",
            ),
        )]
    return [warning(
        "messenger-copy",
        QT_TRANSLATE_NOOP(
            "checks",
            "This photo looks forwarded through {messenger}: the copy has lost the camera's date and place and "
            "was made smaller. Import the original from the phone instead (its camera folder, DCIM), and remove "
            "this copy from the project.",
        ),
        messenger=messenger,
    )]


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    south, north, west, east = box
    return south <= lat <= north and west <= lon <= east


def _resolve(root: Path, stored: str) -> Path:
    p = Path(stored)
    return p if p.is_absolute() else root / p


def photo_title_key(photo: Photo) -> str | None:
    """The photo's title as Commons compares names, or None when it has none."""
    return title_key(file_name(photo.title, photo.kind)) if photo.title and photo.title.strip() else None


def title_counts(photos: Iterable[Photo]) -> Counter[str]:
    """How many photos of a project share each title (compared as Commons compares names)."""
    return Counter(key for key in map(photo_title_key, photos) if key is not None)


def _file_problems(photo: Photo, root: Path | None, max_size: int) -> list[Problem]:
    problems = []
    if not photo.pixels_checked:
        problems.append(error(
            "file-unchecked",
            QT_TRANSLATE_NOOP(
                "checks",
                "photowalk has not read the whole picture yet, so it cannot tell whether the file is "
                "damaged. This happens by itself after an import; wait until it is done.",
            ),
        ))
    if photo.missing or (root is not None and not _resolve(root, photo.path).is_file()):
        problems.append(error(
            "file-missing",
            QT_TRANSLATE_NOOP(
                "checks",
                "The file {path} is not there any more (card removed, or moved?). Put the card back, or "
                "import the folder where the file is now: photowalk finds it by its content.",
            ),
            path=photo.path,
        ))
    if photo.size > max_size:
        problems.append(error(
            "file-too-large",
            QT_TRANSLATE_NOOP("checks", "The file is {size} bytes; Commons takes files up to {max} bytes."),
            size=photo.size, max=max_size,
        ))
    return problems


def _text_problems(photo: Photo, settings: ProjectSettings) -> list[Problem]:
    problems = []
    if not any(t.strip() for t in photo.descriptions.values()):
        problems.append(error(
            "no-description", QT_TRANSLATE_NOOP("checks", "There is no description: say what the photo shows.")
        ))
    for lang in photo.descriptions:
        if not is_language(lang):
            problems.append(error(
                "description-language",
                QT_TRANSLATE_NOOP("checks", "\u201c{lang}\u201d is not a language code."), lang=lang,
            ))
    code = photo.licence or settings.licence
    if photo.origin is not None:
        pass  # someone else's work: the reason chosen for it is its licence (photowalk.origin)
    elif not code:
        problems.append(error(
            "no-licence",
            QT_TRANSLATE_NOOP("checks", "No licence is chosen; {default} is the one most uploads use."),
            default=next(iter(LICENCES)),
        ))
    else:
        try:
            normalize_licence(code)
        except UnknownLicenceError:
            problems.append(error(
                "licence-unknown",
                QT_TRANSLATE_NOOP("checks", "\u201c{licence}\u201d is not a licence photowalk knows."),
                licence=code,
            ))
    # The Commons user name credited on one's own work; someone else's work names its author as typed.
    author = (photo.author or settings.author) if photo.origin is None else None
    reason = user_name_problem(author) if author else None
    if author and reason:
        problems.append(error(
            "author-invalid",
            QT_TRANSLATE_NOOP("checks", "\u201c{author}\u201d is not a possible Commons user name: {reason}."),
            author=author, reason=reason,
        ))
    if not photo.categories:
        problems.append(warning(
            "no-category",
            QT_TRANSLATE_NOOP("checks", "There is no category; Commons will list the photo as uncategorised."),
        ))
    if not any(t.strip() for t in photo.captions.values()):
        first = next((t for t in photo.descriptions.values() if t.strip()), None)
        problems.append(warning(
            "no-caption",
            QT_TRANSLATE_NOOP(
                "checks", "There is no caption: Commons search and the media viewer show a caption first."
            ),
            suggestion=caption_suggestion(first),
        ))
    for name in photo.categories:
        reason = category_problem(name)
        if reason:
            problems.append(error(
                "category-invalid",
                QT_TRANSLATE_NOOP("checks", "\u201c{name}\u201d is not a possible category name: {reason}."),
                name=name, reason=reason,
            ))
    fault = markup_fault(normalize(photo.extra_wikitext or ""))
    if fault is not None and fault.kind == SECOND_INFORMATION:
        problems.append(error(
            "extra-wikitext-information",
            QT_TRANSLATE_NOOP(
                "checks", "The extra wikitext has a second {what} template (line {line}); photowalk writes it: remove it."
            ),
            what=fault.what, line=fault.line,
        ))
    elif fault is not None and fault.kind == STRAY:
        problems.append(error(
            "extra-wikitext-stray",
            QT_TRANSLATE_NOOP("checks", "The extra wikitext has {what} with nothing to close (line {line}); remove it."),
            what=fault.what, line=fault.line,
        ))
    elif fault is not None:
        problems.append(error(
            "extra-wikitext-unclosed",
            QT_TRANSLATE_NOOP(
                "checks",
                "The extra wikitext has {what} that is never closed (line {line}): on Commons it would hide the "
                "licence and the categories after it. Close it or remove it.",
            ),
            what=fault.what, line=fault.line,
        ))
    return problems


def _category_problems(photo: Photo, answers: CategoryAnswers | None) -> list[Problem]:
    """Categories the wiki said have no page (the answers recorded before the last upload)."""
    if answers is None:
        return []
    return [
        warning(
            "category-red",
            QT_TRANSLATE_NOOP(
                "checks",
                "The category \u201c{name}\u201d has no page on {wiki}: the photo would be in a red category. "
                "Choose an existing category, or create its page first.",
            ),
            answers.missing[name], name=name, wiki=answers.host,
        )
        for name in photo.categories
        if name in answers.missing
    ]


def _date_problems(photo: Photo, today: date) -> list[Problem]:
    text = effective_date(photo)
    if photo.origin is not None and photo.origin.year is not None and not photo.edit_date:
        return []  # someone else's old photo: its year is the date (photowalk.wikitext)
    if not text:
        return [error("no-date", QT_TRANSLATE_NOOP("checks", "The date the photo was taken is unknown; enter it."))]
    part = date_part(text)
    if not part:
        return [error(
            "date-invalid", QT_TRANSLATE_NOOP("checks", "\u201c{date}\u201d is not a date (use YYYY-MM-DD)."), date=text
        )]
    day = parse_day(text)
    year = int(part[:4])
    # A day of slack: the camera's clock may be in a time zone ahead of this computer's.
    if (day and day > today + timedelta(days=1)) or year > today.year:
        return [warning(
            "date-future",
            QT_TRANSLATE_NOOP("checks", "The date {date} is in the future; was the camera clock wrong?"),
            date=part,
        )]
    if year < EARLIEST_PLAUSIBLE_YEAR and photo.origin is None:
        return [warning(
            "date-too-old",
            QT_TRANSLATE_NOOP("checks", "The date {date} is before {year}; the camera clock was probably never set."),
            date=part, year=EARLIEST_PLAUSIBLE_YEAR,
        )]
    return []


def _copy_location_problems(photo: Photo) -> list[Problem]:
    """An old print photographed with a phone: the camera's position is where the copy was made (often home)."""
    origin = photo.origin
    if origin is None or origin.year is None or photo.location_removed or photo.edit_lat is not None:
        return []
    if photo.camera.lat is None:
        return []
    return [warning(
        "origin-copy-location",
        QT_TRANSLATE_NOOP(
            "checks",
            "This old photo has the camera's location, which is where its copy was photographed (often at home), "
            "not where the photo was taken. Remove the location, or type where the photo was taken.",
        ),
    )]


def _location_problems(photo: Photo, box: tuple[float, float, float, float]) -> list[Problem]:
    loc = effective_location(photo)
    if loc is None:
        return []
    if not (-90 <= loc.lat <= 90 and -180 <= loc.lon <= 180):
        return [error(
            "location-invalid",
            QT_TRANSLATE_NOOP("checks", "The location {lat}, {lon} is not a place on Earth."), lat=loc.lat, lon=loc.lon,
        )]
    if _in_box(loc.lat, loc.lon, box):
        return []
    if loc.lat == 0 and loc.lon == 0:
        template = QT_TRANSLATE_NOOP("checks", "The location is 0, 0 (in the ocean): the camera had no GPS fix.")
    elif _in_box(loc.lon, loc.lat, box):
        template = QT_TRANSLATE_NOOP(
            "checks", "The location {lat}, {lon} is outside Tajikistan; latitude and longitude look swapped."
        )
    else:
        template = QT_TRANSLATE_NOOP("checks", "The location {lat}, {lon} is outside Tajikistan.")
    return [warning("location-outside", template, lat=round(loc.lat, 6), lon=round(loc.lon, 6))]


def check_photo(
    photo: Photo,
    *,
    root: Path | None = None,
    titles_in_batch: Mapping[str, int] | None = None,
    today: date | None = None,
    max_size: int = MAX_UPLOAD_BYTES,
    settings: ProjectSettings | None = None,
    categories: CategoryAnswers | None = None,
    box: tuple[float, float, float, float] = TAJIKISTAN_BOX,
) -> list[Problem]:
    """Everything wrong with one photo, errors first.

    `root` is the project folder (to find the file); `titles_in_batch` counts titles by
    `title_key` over the whole project, as `title_counts` makes them; `settings` are the
    project's (default licence and author); `categories` what the wiki last said of categories.
    """
    if photo.culled:
        return []  # marked "not for upload": nothing to fix in it
    fatal = never_uploadable(photo)
    if fatal is not None:
        return [fatal]
    problems = _file_problems(photo, root, max_size)
    problems += validate_title(photo.title, photo.kind)
    if photo.title and photo.title.strip() and titles_in_batch is not None:
        key = title_key(file_name(photo.title, photo.kind))
        if titles_in_batch.get(key, 0) > 1:
            problems.append(error(
                "title-duplicate",
                QT_TRANSLATE_NOOP("checks", "Another photo in this project has the title \u201c{title}\u201d."),
                title=file_name(photo.title, photo.kind),
            ))
    problems += _text_problems(photo, settings or ProjectSettings())
    if photo.origin is not None:
        problems += origin_problems(photo.origin, (today or date.today()).year)
        problems += _copy_location_problems(photo)
    problems += _category_problems(photo, categories)
    problems += _date_problems(photo, today or date.today())
    problems += _location_problems(photo, box)
    messenger = _messenger_problems(photo)
    problems += messenger
    problems += quality_hints(photo)
    problems += learning_hints(photo, messenger=bool(messenger))
    return sorted(problems, key=lambda p: p.severity != "error")


def check_photos(
    store: ProjectStore, ids: Iterable[int] | None = None, *, today: date | None = None
) -> dict[int, list[Problem]]:
    """Problems of the chosen photos (all by default), titles compared across the whole project."""
    everyone = store.photos()
    counts = title_counts(everyone)
    wanted = None if ids is None else set(ids)
    context = _Context.of(store)
    return {
        p.id: context.check(p, root=store.root, titles_in_batch=counts, today=today)
        for p in everyone
        if wanted is None or p.id in wanted
    }


class _Context(NamedTuple):
    """What a photo's problems depend on besides the photo and the other photos' titles."""

    settings: ProjectSettings
    categories: CategoryAnswers | None

    @classmethod
    def of(cls, store: ProjectStore) -> _Context:
        return cls(read_settings(store), read_answers(store))

    def check(self, photo: Photo, **kwargs: Any) -> list[Problem]:
        return check_photo(photo, settings=self.settings, categories=self.categories, **kwargs)


class ProjectChecks:
    """The problems of a project's photos, found again after a change for only the photos it may affect.

    A photo's problems depend on the photo, the project's settings, the wiki's answers about
    categories and, for duplicate titles, on which other photos share its title. One instance follows one project; use it
    from one thread at a time.
    """

    def __init__(self) -> None:
        self._key: dict[int, str] = {}  # photo id -> title key, for photos with a title
        self._holders: dict[str, set[int]] = {}  # title key -> ids of the photos with that title
        self._context: _Context | None = None
        self._ready = False

    def check(
        self, store: ProjectStore, changed: Collection[int] | None = None, *, today: date | None = None
    ) -> tuple[dict[int, list[Problem]], bool]:
        """Problems after a change to the photos `changed` (None: anything); returns them and whether all were checked.

        Besides the changed photos, the result holds those whose title became, or stopped
        being, shared with a changed photo. Photos no longer in the project are not in it.
        """
        context = _Context.of(store)
        if changed is None or not self._ready or context != self._context:
            return self._check_all(store, context, today), True
        fresh = {p.id: p for p in store.photos(changed)}
        before = {key: len(self._holders.get(key, ())) for key in self._keys_of(changed, fresh)}
        for pid in changed:
            self._forget(pid)
            photo = fresh.get(pid)
            key = photo_title_key(photo) if photo is not None else None
            if key is not None:
                self._key[pid] = key
                self._holders.setdefault(key, set()).add(pid)
        # A title that became shared, or unique again, changes the problems of every photo with it.
        others = {
            pid
            for key, count in before.items()
            if (count > 1) != (len(self._holders.get(key, ())) > 1)
            for pid in self._holders.get(key, ())
            if pid not in fresh
        }
        if others:
            fresh.update((p.id, p) for p in store.photos(others))
        return self._check_these(store, fresh.values(), context, today), False

    def _keys_of(self, ids: Collection[int], fresh: Mapping[int, Photo]) -> set[str]:
        keys = {self._key[pid] for pid in ids if pid in self._key}
        keys.update(key for key in map(photo_title_key, fresh.values()) if key is not None)
        return keys

    def _forget(self, pid: int) -> None:
        key = self._key.pop(pid, None)
        if key is not None:
            holders = self._holders[key]
            holders.discard(pid)
            if not holders:
                del self._holders[key]

    def _check_all(self, store: ProjectStore, context: _Context, today: date | None) -> dict[int, list[Problem]]:
        photos = store.photos()
        self._key, self._holders = {}, {}
        for p in photos:
            key = photo_title_key(p)
            if key is not None:
                self._key[p.id] = key
                self._holders.setdefault(key, set()).add(p.id)
        self._context = context
        self._ready = True
        return self._check_these(store, photos, context, today)

    def _check_these(
        self, store: ProjectStore, photos: Iterable[Photo], context: _Context, today: date | None
    ) -> dict[int, list[Problem]]:
        counts = _HolderCounts(self._holders)
        return {p.id: context.check(p, root=store.root, titles_in_batch=counts, today=today) for p in photos}


class _HolderCounts(Mapping[str, int]):
    """How many photos share each title, read from ProjectChecks' index without copying it."""

    def __init__(self, holders: Mapping[str, set[int]]) -> None:
        self._holders = holders

    def __getitem__(self, key: str) -> int:
        return len(self._holders[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._holders)

    def __len__(self) -> int:
        return len(self._holders)


