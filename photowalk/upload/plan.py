"""Which photos of a project go to the wiki, under which title and with which page text.

A photo goes when the checks find no error in it; its title is the Commons file name and its
text the page `photowalk.wikitext.page_text` writes from the photo and the project's settings.
Photos already done or skipped are not checked again. Before that, the wiki is asked which of
their categories have no page (when it can be reached): the answers are kept in the project, and
the plan lists the photos in a red category, from those answers or from earlier ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from photowalk.categorycache import CategoryAnswers, read_answers
from photowalk.checks import check_photos
from photowalk.errors import PhotowalkError, ProjectError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.problems import Problem, from_error
from photowalk.titles import file_name, validate_title
from photowalk.upload.categories import check_project_categories
from photowalk.upload.state import UploadState, load_all
from photowalk.upload.uploader import UploadItem
from photowalk.wikitext import page_text


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
    red_categories: list[RedCategory] = field(default_factory=list)
    # The wiki could not be asked now: red_categories come from its answers of `categories_checked`.
    categories_offline: bool = False
    categories_checked: str = ""


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
            raise ProjectError(
                path=str(store.path),
                reason=QT_TRANSLATE_NOOP("errors", "it has no photo number {id}").format(
                    id=", ".join(map(str, sorted(unknown)))
                ),
            )
    rows = load_all(store)
    plan = Plan()
    pending = []
    for photo in photos:
        row = rows.get(photo.id)
        if row is not None and row.wiki == api_url and row.state in (UploadState.DONE, UploadState.SKIPPED):
            plan.finished.append(photo.id)
        else:
            pending.append(photo)
    answers = None
    names = [name for photo in pending for name in photo.categories]
    if check_categories and names:
        try:
            answers = check_project_categories(store, api_url, names)
        except PhotowalkError:
            plan.categories_offline = True  # the wiki cannot be reached now: its earlier answers stand
    answers = answers or read_answers(store, api_url)
    if answers is not None:
        plan.categories_checked = answers.checked
        plan.red_categories = _red_categories(answers, {p.id: p.categories for p in pending})
    problems = check_photos(store, [p.id for p in pending])
    settings = read_settings(store)
    for photo in pending:
        # The checks cover a damaged, refused or missing file as well as the descriptions.
        reasons = [p for p in problems.get(photo.id, []) if p.is_error]
        text = ""
        if not reasons:
            try:
                text = page_text(photo, settings)
            except PhotowalkError as exc:
                reasons.append(from_error(exc))
        if reasons or not photo.title:
            plan.not_ready.append(NotReady(photo.id, photo.file_name, tuple(reasons or validate_title(None, photo.kind))))
            continue
        plan.items.append(
            UploadItem(
                photo_id=photo.id,
                path=store.resolve(photo.path),
                title=file_name(photo.title, photo.kind),
                text=text,
                sha1=photo.sha1,
                size=photo.size,
                mtime=photo.mtime,
                kind=photo.kind,
                remove_location=photo.location_removed,
                strip_identity=strip_identity,
            )
        )
    return plan
