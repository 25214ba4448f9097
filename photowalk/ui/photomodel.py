"""The project's photos as a Qt list model (the only bridge from the project to the views), and its filter."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from photowalk.culling import bursts
from photowalk.pathtext import shown
from photowalk.photo import Photo
from photowalk.problems import Problem, has_errors
from photowalk.ui.badges import cell_badges
from photowalk.ui.i18n import core_text
from photowalk.ui.thumbloader import ThumbLoader, ThumbRequest
from photowalk.upload.state import UploadState

ModelIndex = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
PhotoRole = Qt.ItemDataRole.UserRole + 2
ProblemsRole = Qt.ItemDataRole.UserRole + 3
UploadStateRole = Qt.ItemDataRole.UserRole + 4
ThumbStateRole = Qt.ItemDataRole.UserRole + 5
ThumbLevelRole = Qt.ItemDataRole.UserRole + 6
CellRole = Qt.ItemDataRole.UserRole + 7  # everything a grid cell paints, in one lookup

SORT_KEYS = ("time", "name")
FILTERS = ("all", "problems", "ready", "uploaded", "not-for-upload", "bursts")
UPLOADED = UploadState.DONE  # a photo on the wiki
# Changed rows this close together go out as one range: re-reading a few unchanged rows costs less
# than another signal, while one range over the whole grid would make the filter look at every row.
MERGE_GAP = 32


def _time_key(p: Photo) -> tuple[Any, ...]:
    # Shooting order, as the project lists photos: photos without a date last.
    return (p.camera.taken is None, p.camera.taken or "", p.path, p.id)


def _name_key(p: Photo) -> tuple[Any, ...]:
    return (p.file_name.casefold(), p.path, p.id)


_SORTERS: dict[str, Callable[[Photo], tuple[Any, ...]]] = {"time": _time_key, "name": _name_key}


def _error_count(problems: Iterable[Problem]) -> int:
    return sum(1 for p in problems if p.is_error)


def label(photo: Photo) -> str:
    """What a cell says under the picture: the title once there is one, else the file name."""
    return photo.title or photo.file_name


class PhotoListModel(QAbstractListModel):
    """One row per photo, in the chosen order; the problems and upload state of each ride along."""

    def __init__(
        self,
        resolve: Callable[[str], Path],
        thumbs: ThumbLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self.thumbs = thumbs
        self._photos: list[Photo] = []
        self._keys: list[tuple[Any, ...]] = []
        self._row: dict[int, int] = {}
        self._by_sha: dict[str, int] = {}
        self._stale_from: int | None = None  # rows from here on may have moved since _row was made
        self._problems: dict[int, list[Problem]] = {}
        self._errors = 0  # problems that are errors, over every photo
        self._upload: dict[int, UploadState] = {}
        self.sort_key = "time"
        # Worked out when first asked after a change: an import batch changes photos many times a second.
        self._culled: int | None = None
        self._bursts: list[list[int]] | None = None
        self._in_burst: set[int] = set()
        if thumbs is not None:
            thumbs.updated.connect(self._thumbs_updated)

    # -- reading -----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos) or index.column() != 0:
            return None
        p = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label(p)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._picture(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p)
        if role == IdRole:
            return p.id
        if role == PhotoRole:
            return p
        if role == ProblemsRole:
            return self._problems.get(p.id)
        if role == UploadStateRole:
            return self._upload.get(p.id)
        if role == ThumbStateRole:
            return self.thumbs.state(p.sha1) if self.thumbs else None
        if role == ThumbLevelRole:
            return self.thumbs.level(p.sha1) if self.thumbs else 0
        if role == CellRole:
            state = self.thumbs.state(p.sha1) if self.thumbs else None
            badges = cell_badges(self._upload.get(p.id), self._problems.get(p.id), culled=p.culled,
                                 not_own=p.origin is not None)
            return (self._picture(p), state, label(p), badges)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _picture(self, p: Photo) -> Any:
        if self.thumbs is None:
            return None
        pm = self.thumbs.pixmap(p.sha1)
        if self.thumbs.needs(p.sha1):
            w, h = p.camera.width, p.camera.height
            self.thumbs.request(
                ThumbRequest(p.sha1, self._resolve(p.path), p.camera.orientation or 1, (w / h) if w and h else None)
            )
        return pm

    def _tooltip(self, p: Photo) -> str:
        lines = [shown(p.path)]
        if p.origin is not None:
            lines.append("© " + self.tr("Someone else's photo"))
        for problem in self._problems.get(p.id) or []:
            mark = "⛔" if problem.is_error else "⚠"
            lines.append(f"{mark} {core_text('checks', problem.template, problem.params)}")
        return "\n".join(lines)

    def photo(self, photo_id: int) -> Photo | None:
        row = self._rows().get(photo_id)
        return None if row is None else self._photos[row]

    def photos(self) -> list[Photo]:
        """All photos, in display order."""
        return list(self._photos)

    def ids(self) -> list[int]:
        return [p.id for p in self._photos]

    def row_of(self, photo_id: int) -> int | None:
        return self._rows().get(photo_id)

    def problems(self, photo_id: int) -> list[Problem] | None:
        return self._problems.get(photo_id)

    def error_count(self) -> int:
        """How many errors the checks found in the whole project."""
        return self._errors

    def upload_state(self, photo_id: int) -> UploadState | None:
        return self._upload.get(photo_id)

    def is_ready(self, photo_id: int) -> bool:
        """Checked, no problem that blocks the upload, not marked "not for upload", and not uploaded yet."""
        problems = self._problems.get(photo_id)
        row = self._rows().get(photo_id)
        if row is None or self._photos[row].culled:
            return False
        return problems is not None and not has_errors(problems) and self._upload.get(photo_id) != UPLOADED

    def culled_count(self) -> int:
        """How many photos are marked "not for upload"."""
        if self._culled is None:
            self._culled = sum(1 for p in self._photos if p.culled)
        return self._culled

    def bursts(self) -> list[list[int]]:
        """Groups of near-duplicate photos taken seconds apart (photowalk.culling.bursts), kept until photos change."""
        if self._bursts is None:
            self._bursts = bursts(self._photos)
            self._in_burst = {pid for group in self._bursts for pid in group}
        return self._bursts

    def in_burst(self, photo_id: int) -> bool:
        self.bursts()
        return photo_id in self._in_burst

    # -- changing ----------------------------------------------------------------------------

    def set_photos(self, photos: Sequence[Photo]) -> None:
        """Replace everything (a project was opened)."""
        self.beginResetModel()
        sorter = _SORTERS[self.sort_key]
        pairs = sorted(((sorter(p), p) for p in photos), key=lambda kp: kp[0])
        self._keys = [k for k, _ in pairs]
        self._photos = [p for _, p in pairs]
        self._problems = {}
        self._errors = 0
        self._upload = {}
        self._photos_changed()
        self._reindex()
        self.endResetModel()

    def upsert(self, photos: Iterable[Photo]) -> list[int]:
        """Add new photos at their place in the order and refresh known ones; returns the ids added."""
        sorter = _SORTERS[self.sort_key]
        rows = self._rows()
        self._photos_changed()
        added: list[int] = []
        moved: list[tuple[int, tuple[Any, ...], Photo]] = []  # (old row, new key, photo)
        inserts: list[tuple[tuple[Any, ...], Photo]] = []
        updated: list[int] = []
        for p in photos:
            key = sorter(p)
            row = rows.get(p.id)
            if row is None:
                added.append(p.id)
                inserts.append((key, p))
            elif self._keys[row] == key:
                old = self._photos[row]
                self._photos[row] = p
                if old.sha1 != p.sha1:
                    self._by_sha.pop(old.sha1, None)
                    self._by_sha[p.sha1] = p.id
                updated.append(p.id)
            else:
                moved.append((row, key, p))
        # A batch of decoded or edited photos: neighbouring rows go out as one range each.
        self._emit_changed(updated, [])
        # Bottom first, so the rows still to remove keep their numbers.
        for row, key, p in sorted(moved, key=lambda m: m[0], reverse=True):
            self._remove_row(row)
            inserts.append((key, p))
        # Photos that fall between the same two rows go in together: an import batch is one
        # insertion at the end, not a hundred, each of which the filter and the grid would handle.
        groups: list[tuple[int, list[tuple[tuple[Any, ...], Photo]]]] = []
        for key, p in sorted(inserts, key=lambda kp: kp[0]):
            pos = bisect.bisect_left(self._keys, key)
            if groups and groups[-1][0] == pos:
                groups[-1][1].append((key, p))
            else:
                groups.append((pos, [(key, p)]))
        shift = 0  # rows inserted above by the groups before
        for pos, items in groups:
            at = pos + shift
            self.beginInsertRows(QModelIndex(), at, at + len(items) - 1)
            self._keys[at:at] = [k for k, _ in items]
            self._photos[at:at] = [p for _, p in items]
            for _, p in items:
                self._by_sha[p.sha1] = p.id
            self._rows_changed_from(at)
            self.endInsertRows()
            shift += len(items)
        return added

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take photos out of the model (they were removed from the project)."""
        rows = self._rows()
        self._photos_changed()
        for row in sorted((rows[i] for i in set(ids) if i in rows), reverse=True):
            pid = self._photos[row].id
            self._remove_row(row)
            self._errors -= _error_count(self._problems.pop(pid, ()))
            self._upload.pop(pid, None)

    def _photos_changed(self) -> None:
        self._culled = None
        self._bursts = None

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        p = self._photos.pop(row)
        self._keys.pop(row)
        self._row.pop(p.id, None)
        self._by_sha.pop(p.sha1, None)
        self._rows_changed_from(row)
        self.endRemoveRows()

    def _rows_changed_from(self, row: int) -> None:
        # Row numbers are brought up to date once, when next needed, not after each of many
        # insertions: renumbering 2,000 rows per photo of an import batch is what costs.
        self._stale_from = row if self._stale_from is None else min(self._stale_from, row)

    def _rows(self) -> dict[int, int]:
        """Photo id -> row, up to date."""
        if self._stale_from is not None:
            start, self._stale_from = self._stale_from, None
            for r in range(start, len(self._photos)):
                self._row[self._photos[r].id] = r
        return self._row

    def _reindex(self) -> None:
        self._stale_from = None
        self._row = {p.id: r for r, p in enumerate(self._photos)}
        self._by_sha = {p.sha1: p.id for p in self._photos}

    def set_problems(self, problems: dict[int, list[Problem]], *, everything: Collection[int] | None = None) -> list[int]:
        """Store check results; with `everything` (a run over the whole project: every photo it named),
        photos not in it have none. Returns the ids that changed."""
        changed = []
        rows = self._rows()
        ids: Iterable[int] = problems
        if everything is not None:
            named = set(everything) | set(problems)
            ids = [*problems, *(pid for pid in self._problems if pid not in named)]
        for pid in ids:
            if pid not in rows:
                continue
            new = problems.get(pid, [])
            old = self._problems.get(pid)
            if old != new:
                changed.append(pid)
                self._errors += _error_count(new) - _error_count(old or [])
            self._problems[pid] = new
        self._emit_changed(changed, [ProblemsRole, Qt.ItemDataRole.ToolTipRole, CellRole])
        return changed

    def set_upload_states(self, states: dict[int, UploadState | None]) -> None:
        """Store upload states by photo id (None forgets one)."""
        changed = []
        rows = self._rows()
        for pid, state in states.items():
            if self._upload.get(pid) != state and pid in rows:
                changed.append(pid)
                if state is None:
                    self._upload.pop(pid, None)
                else:
                    self._upload[pid] = state
        self._emit_changed(changed, [UploadStateRole, CellRole])

    def set_sort(self, key: str) -> None:
        """Order by shooting time or by file name, keeping the selection."""
        if key not in _SORTERS or key == self.sort_key:
            self.sort_key = key if key in _SORTERS else self.sort_key
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._photos[i.row()].id if i.isValid() else None for i in old_persistent]
        self.sort_key = key
        sorter = _SORTERS[key]
        pairs = sorted(((sorter(p), p) for p in self._photos), key=lambda kp: kp[0])
        self._keys = [k for k, _ in pairs]
        self._photos = [p for _, p in pairs]
        self._reindex()
        new_persistent = [self.index(self._row[i]) if i in self._row else QModelIndex() for i in old_ids]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _emit_changed(self, ids: Iterable[int], roles: list[int]) -> None:
        # One signal per run of neighbouring rows: check results touch every row at once, and a
        # signal per row costs the views and the filter far more than a range does.
        rows_of = self._rows()
        rows = sorted(r for r in (rows_of.get(pid) for pid in ids) if r is not None)
        runs: list[tuple[int, int]] = []
        for r in rows:
            if runs and r <= runs[-1][1] + MERGE_GAP:
                runs[-1] = (runs[-1][0], r)
            else:
                runs.append((r, r))
        for first, last in runs:
            self.dataChanged.emit(self.index(first), self.index(last), roles)

    def _thumbs_updated(self, sha1s: list[str]) -> None:
        roles = [Qt.ItemDataRole.DecorationRole, ThumbStateRole, ThumbLevelRole, CellRole]
        self._emit_changed([self._by_sha[s] for s in sha1s if s in self._by_sha], roles)


class PhotoFilterModel(QSortFilterProxyModel):
    """Shows all photos, those with problems, ready to upload, uploaded, not for upload, or in a burst; and a text search."""

    def __init__(self, source: PhotoListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos = source
        self.setSourceModel(source)
        self.mode = "all"
        self.text = ""
        self._follow_changes()

    def _follow_changes(self) -> None:
        # Rows are ordered by the source model; the proxy only filters. A changed row is looked at
        # again only when a filter is on: showing all photos, a check result for thousands of them
        # would otherwise mean thousands of calls of filterAcceptsRow for nothing.
        self.setDynamicSortFilter(self.mode != "all" or bool(self.text))

    def set_mode(self, mode: str) -> None:
        if mode in FILTERS and mode != self.mode:
            self.beginFilterChange()
            self.mode = mode
            self.endFilterChange()
            self._follow_changes()

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self.text:
            self.beginFilterChange()
            self.text = text
            self.endFilterChange()
            self._follow_changes()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        src = self.photos
        if not 0 <= source_row < len(src._photos):
            return False
        p = src._photos[source_row]
        if self.text and not _matches(p, self.text):
            return False
        if self.mode == "all":
            return True
        if self.mode == "problems":
            return bool(src._problems.get(p.id))
        if self.mode == "ready":
            return src.is_ready(p.id)
        if self.mode == "not-for-upload":
            return p.culled
        if self.mode == "bursts":
            return src.in_burst(p.id)
        return src._upload.get(p.id) == UPLOADED

    def ids(self) -> list[int]:
        """The ids of the rows shown, in order."""
        src = self.photos
        return [src._photos[self.mapToSource(self.index(r, 0)).row()].id for r in range(self.rowCount())]

    def id_at(self, row: int) -> int:
        return int(self.data(self.index(row, 0), IdRole))

    def row_of(self, photo_id: int) -> int | None:
        src_row = self.photos.row_of(photo_id)
        if src_row is None:
            return None
        idx = self.mapFromSource(self.photos.index(src_row))
        return idx.row() if idx.isValid() else None


def _matches(p: Photo, text: str) -> bool:
    hay = [p.file_name, p.title or "", *p.descriptions.values(), *p.categories]
    return any(text in h.casefold() for h in hay)


def filter_names() -> dict[str, str]:
    """The filter choices as shown to the volunteer."""
    return {
        "all": QCoreApplication.translate("PhotoFilterModel", "All photos"),
        "problems": QCoreApplication.translate("PhotoFilterModel", "With problems"),
        "ready": QCoreApplication.translate("PhotoFilterModel", "Ready to upload"),
        "uploaded": QCoreApplication.translate("PhotoFilterModel", "Uploaded"),
        "not-for-upload": QCoreApplication.translate("PhotoFilterModel", "Not for upload"),
        "bursts": QCoreApplication.translate("PhotoFilterModel", "Bursts and near duplicates"),
    }


def sort_names() -> dict[str, str]:
    return {"time": QCoreApplication.translate("PhotoFilterModel", "By time taken"), "name": QCoreApplication.translate("PhotoFilterModel", "By file name")}
