"""Which photos of a project go to the wiki, under which title and with which page text.

A photo goes when the checks find no error in it; its title is the Commons file name and its
text the page `photowalk.wikitext.page_text` writes from the photo and the project's settings.
Photos already done or skipped are not checked again, nor those the volunteer marked "not for upload"
(photowalk.culling). Before that, the wiki is asked which of
their categories have no page (when it can be reached): the answers are kept in the project, and
the plan lists the photos in a red category, from those answers or from earlier ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from photowalk.categorycache import CategoryAnswers, read_answers
from photowalk.checks import check_photos
from photowalk.errors import PhotowalkError, ProjectError
from photowalk.photo import Photo
from photowalk.problems import Problem
from photowalk.project import ProjectStore, no_photo
from photowalk.projectsettings import read_settings
from photowalk.titles import file_name
from photowalk.upload.categories import check_project_categories
from photowalk.upload.items import UploadItem, make_item
from photowalk.upload.late import LateChange, late_change
from photowalk.upload.state import UploadRow, UploadState, load_all, structured_pending


@dataclass(frozen=True)
class NotReady:
    """A photo that cannot go yet, and why: the checks' errors, or what stopped its page text."""

    photo_id: int
    file: str
    problems: tuple[Problem, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons in English (the command line); the UI translates `problems` instead."""
        return tuple(p.message for p in self.problems)


@dataclass(frozen=True)
class RedCategory:
    """A category with no page on the wiki, the photos of the plan in it (by id), and a similar existing one."""

    name: str
    photo_ids: tuple[int, ...]
    similar: str | None
    wiki: str  # the wiki's host name


@dataclass
class Plan:
    items: list[UploadItem] = field(default_factory=list)
    not_ready: list[NotReady] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)  # already done or skipped on this wiki
    culled: list[int] = field(default_factory=list)  # marked "not for upload" (and not on this wiki already)
    red_categories: list[RedCategory] = field(default_factory=list)
    # The wiki could not be asked now: red_categories come from its answers of `categories_checked`.
    categories_offline: bool = False
    categories_checked: str = ""
    # Photos done whose title or page text changed since (a newer text to send is also in items).
    late: dict[int, LateChange] = field(default_factory=dict)
    # Photos done that only have captions or depicts to write (they are in items too).
    structured: list[int] = field(default_factory=list)


def _red_categories(answers: CategoryAnswers | None, photos: dict[int, list[str]]) -> list[RedCategory]:
    if answers is None:
        return []
    return [
        RedCategory(name, tuple(sorted(pid for pid, cats in photos.items() if name in cats)), similar, answers.host)
        for name, similar in sorted(answers.missing.items())
        if any(name in cats for cats in photos.values())
    ]


def plan_upload(
    store: ProjectStore,
    ids: Iterable[int] | None,
    *,
    api_url: str,
    strip_identity: bool = False,
    check_categories: bool = True,
) -> Plan:
    """The upload items for the chosen photos (all by default).

    With `check_categories`, the wiki is asked about the photos' categories first (reading, no
    account needed); when it cannot be reached, the project's earlier answers are used."""
    wanted = None if ids is None else list(ids)
    photos = store.photos(wanted)
    if wanted is not None:
        unknown = set(wanted) - {p.id for p in photos}
        if unknown:
            raise ProjectError(path=str(store.path), reason=no_photo(", ".join(map(str, sorted(unknown)))))
    rows = load_all(store)
    plan = Plan()
    pending: list[Photo] = []  # not finished on this wiki: to send, or done with a newer text to send
    for photo in photos:
        row = rows.get(photo.id)
        if row is not None and row.wiki == api_url and row.state == UploadState.SKIPPED:
            plan.finished.append(photo.id)
        elif photo.culled and not _done(row, api_url):
            plan.culled.append(photo.id)
        else:
            pending.append(photo)
    new = [p for p in pending if not _done(rows.get(p.id), api_url)]
    answers = None
    settings = read_settings(store)
    # The event's tracking categories are on every page too: a missing one is as red as a photo's own.
    tracking = settings.tracking_categories
    categories = {p.id: [*p.categories, *(t for t in tracking if t not in p.categories)] for p in new}
    names = [name for cats in categories.values() for name in cats]
    if check_categories and names:
        try:
            answers = check_project_categories(store, api_url, names)
        except PhotowalkError:
            plan.categories_offline = True  # the wiki cannot be reached now: its earlier answers stand
    answers = answers or read_answers(store, api_url)
    if answers is not None:
        plan.categories_checked = answers.checked
        plan.red_categories = _red_categories(answers, categories)
    problems = check_photos(store, [p.id for p in pending])
    for photo in pending:
        row = rows.get(photo.id)
        # The checks cover a damaged, refused or missing file as well as the descriptions.
        made = make_item(store, photo, problems.get(photo.id, []), strip_identity=strip_identity, settings=settings)
        if row is not None and _done(row, api_url):
            late = _late(photo, row, made)
            if late is not None:
                plan.late[photo.id] = late
            if late is not None and late.sends_text and isinstance(made, UploadItem):
                plan.items.append(made)  # only its newer page text is sent
            elif isinstance(made, UploadItem) and structured_pending(row, made.structured):
                plan.items.append(made)  # only its captions and depicts are written
                plan.structured.append(photo.id)
            else:
                plan.finished.append(photo.id)
            continue
        if not isinstance(made, UploadItem):
            plan.not_ready.append(NotReady(photo.id, photo.file_name, made))
            continue
        plan.items.append(made)
    return plan


def _done(row: UploadRow | None, api_url: str) -> bool:
    return row is not None and row.wiki == api_url and row.state == UploadState.DONE


def _late(photo: Photo, row: UploadRow, made: UploadItem | tuple[Problem, ...]) -> LateChange | None:
    """What changed in a photo since it was uploaded; a newer text counts only once it passes the checks."""
    title = file_name(photo.title, photo.kind) if photo.title and photo.title.strip() else None
    return late_change(row, title, made.text if isinstance(made, UploadItem) else None)


def late_changes(store: ProjectStore) -> dict[int, LateChange]:
    """Every photo uploaded by this project whose title or page text changed since (any wiki)."""
    rows = {pid: r for pid, r in load_all(store).items() if r.state == UploadState.DONE and r.outcome == "uploaded"}
    if not rows:
        return {}
    problems = check_photos(store, list(rows))
    out = {}
    for photo in store.photos(list(rows)):
        made = make_item(store, photo, problems.get(photo.id, []), strip_identity=False)
        late = _late(photo, rows[photo.id], made)
        if late is not None:
            out[photo.id] = late
    return out
