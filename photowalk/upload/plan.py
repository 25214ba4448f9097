"""Which photos of a project go to the wiki, under which title and with which page text.

A photo goes when the checks find no error in it; its title is the Commons file name and its
text the page `photowalk.wikitext` writes. Photos already done or skipped are not checked again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from photowalk.checks import check_photos
from photowalk.errors import PhotowalkError, ProjectError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.project import ProjectStore
from photowalk.problems import Problem, from_error
from photowalk.titles import file_name, validate_title
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


@dataclass
class Plan:
    items: list[UploadItem] = field(default_factory=list)
    not_ready: list[NotReady] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)  # already done or skipped on this wiki


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
        if row is not None and row.wiki == api_url and row.state in (UploadState.DONE, UploadState.SKIPPED):
            plan.finished.append(photo.id)
            continue
        # The checks cover a damaged, refused or missing file as well as the descriptions.
        reasons = [p for p in problems.get(photo.id, []) if p.is_error]
        text = ""
        if not reasons:
            try:
                text = page_text(
                    photo,
                    default_author=store.setting("author"),
                    default_licence=store.setting("licence"),
                    country=store.setting("country"),
                )
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
