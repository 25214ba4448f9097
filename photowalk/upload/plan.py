"""Which photos of a project go to the wiki, under which title and with which page text.

A photo goes when the checks find no error in it; its title is the Commons file name and its
text the page `photowalk.wikitext` writes. Photos already done or skipped are not checked again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from photowalk.checks import check_photos
from photowalk.errors import ProjectError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.project import ProjectStore
from photowalk.problems import Problem
from photowalk.photo import Photo
from photowalk.titles import file_name
from photowalk.upload.items import UploadItem, make_item
from photowalk.upload.late import LateChange, late_change
from photowalk.upload.state import UploadRow, UploadState, load_all


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


@dataclass
class Plan:
    items: list[UploadItem] = field(default_factory=list)
    not_ready: list[NotReady] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)  # already done or skipped on this wiki
    # Photos done whose title or page text changed since (a newer text to send is also in items).
    late: dict[int, LateChange] = field(default_factory=dict)


def plan_upload(
    store: ProjectStore, ids: Iterable[int] | None, *, api_url: str, strip_identity: bool = False
) -> Plan:
    """The upload items for the chosen photos (all by default)."""
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
    problems = check_photos(store, [p.id for p in photos])
    plan = Plan()
    for photo in photos:
        row = rows.get(photo.id)
        # The checks cover a damaged, refused or missing file as well as the descriptions.
        made = make_item(store, photo, problems.get(photo.id, []), strip_identity=strip_identity)
        if row is not None and row.wiki == api_url and row.state == UploadState.DONE:
            late = _late(photo, row, made)
            if late is not None:
                plan.late[photo.id] = late
            if late is not None and late.sends_text and isinstance(made, UploadItem):
                plan.items.append(made)  # only its newer page text is sent
            else:
                plan.finished.append(photo.id)
            continue
        if row is not None and row.wiki == api_url and row.state == UploadState.SKIPPED:
            plan.finished.append(photo.id)
            continue
        if not isinstance(made, UploadItem):
            plan.not_ready.append(NotReady(photo.id, photo.file_name, made))
            continue
        plan.items.append(made)
    return plan


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
