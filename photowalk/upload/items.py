"""What goes to the wiki for one photo: its file, its title and its page text, as the project holds them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from photowalk.categorycache import read_answers
from photowalk.checks import check_photo, title_counts
from photowalk.errors import PhotowalkError
from photowalk.photo import FileKind, Photo
from photowalk.problems import Problem, from_error
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.structured import StructuredData, structured_data
from photowalk.titles import file_name, title_key, validate_title
from photowalk.wikitext import page_text


@dataclass(frozen=True)
class UploadItem:
    """What to upload for one photo: its file as the project knows it, title and page text."""

    photo_id: int
    path: Path
    title: str  # the file name on the wiki, with extension, without "File:"
    text: str  # the file page's wikitext
    sha1: str  # of the original file, as recorded at import
    size: int
    mtime: float | None = None
    kind: FileKind = FileKind.JPEG
    remove_location: bool = False
    strip_identity: bool = False
    structured: StructuredData = field(default_factory=StructuredData)  # captions, depicts, point of view


def make_item(
    store: ProjectStore, photo: Photo, problems: list[Problem], *, strip_identity: bool,
    settings: ProjectSettings | None = None,
) -> UploadItem | tuple[Problem, ...]:
    """The item for a photo, or why it cannot go: the checks' errors, or what stopped its page text."""
    reasons = [p for p in problems if p.is_error]
    text = ""
    if not reasons:
        try:
            text = page_text(photo, settings if settings is not None else read_settings(store))
        except PhotowalkError as exc:
            reasons.append(from_error(exc))
    if reasons or not photo.title:
        return tuple(reasons or validate_title(None, photo.kind))
    return UploadItem(
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
        structured=structured_data(photo),
    )


def current_item(store: ProjectStore, item: UploadItem) -> UploadItem:
    """The item with the title and page text the photo has now (edited during its upload), when the
    photo still passes the checks; otherwise the item as planned. The file itself is not re-read."""
    photos = store.photos([item.photo_id])
    if not photos:
        return item
    photo = photos[0]
    # One photo's checks; the whole project is read only to compare a changed title with the others'.
    settings = read_settings(store)
    problems = check_photo(photo, root=store.root, settings=settings, categories=read_answers(store, None))
    made = make_item(store, photo, problems, strip_identity=item.strip_identity, settings=settings)
    if not isinstance(made, UploadItem):
        return item
    if made.title != item.title and title_counts(store.photos()).get(title_key(made.title), 0) > 1:
        return item  # another photo of the project has that title too: the checks stop it at the next plan
    return replace(item, title=made.title, text=made.text, remove_location=made.remove_location,
                   structured=made.structured)
