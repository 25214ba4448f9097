"""The thumbnail grid: an icon-mode list view and a delegate that paints pictures and badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photowalk.ui.photomodel import ProblemsRole, ThumbStateRole, UploadStateRole
from photowalk.ui.thumbloader import BROKEN, MISSING

CELL_PICTURE = 168  # logical pixels of the picture's long side
CELL_PAD = 6
TEXT_LINES = 1

ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#ef8f00")
UPLOADED_COLOUR = QColor("#2e7d32")
ACTIVE_COLOUR = QColor("#1565c0")
PLACEHOLDER_COLOUR = QColor("#d9dde3")

# Upload states the engine reports (photowalk.upload.state.UploadState), by how the badge looks.
_UPLOAD_BADGES = {
    "done": ("✓", UPLOADED_COLOUR),
    "queued": ("…", ACTIVE_COLOUR),
    "stashing": ("↑", ACTIVE_COLOUR),
    "publishing": ("↑", ACTIVE_COLOUR),
    "verifying": ("↑", ACTIVE_COLOUR),
    "failed": ("✗", ERROR_COLOUR),
    "needs-attention": ("?", WARNING_COLOUR),
}


class PhotoDelegate(QStyledItemDelegate):
    """Paints a cell: the picture (or a placeholder), the label, and badges for problems and upload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = CELL_PICTURE

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        return QSize(self.picture + 2 * CELL_PAD, self.picture + 2 * CELL_PAD + fm.height() * TEXT_LINES + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        r = option.rect
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(r, pal.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, pal.color(QPalette.ColorRole.AlternateBase))

        box = QRect(r.x() + CELL_PAD, r.y() + CELL_PAD, self.picture, self.picture)
        pm = index.data(Qt.ItemDataRole.DecorationRole)
        state = index.data(ThumbStateRole)
        if pm is not None and not pm.isNull():
            size = pm.deviceIndependentSize().scaled(box.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(QRectF(box).center())
            painter.drawPixmap(target, pm, QRectF(pm.rect()))
        else:
            self._placeholder(painter, box, state)

        fm = QFontMetrics(option.font)
        text_rect = QRect(r.x() + CELL_PAD, box.bottom() + 4, self.picture, fm.height())
        text = fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideMiddle, self.picture)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), text)

        self._badges(painter, box, index)
        painter.restore()

    def _placeholder(self, painter: QPainter, box: QRect, state: str | None) -> None:
        inner = box.adjusted(8, 24, -8, -24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PLACEHOLDER_COLOUR)
        painter.drawRoundedRect(inner, 6, 6)
        glyph = {MISSING: "?", BROKEN: "✗"}.get(state or "", "")
        if glyph:
            f = QFont(painter.font())
            f.setPixelSize(36)
            painter.setFont(f)
            painter.setPen(QColor("#5f6670"))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), glyph)

    def _badges(self, painter: QPainter, box: QRect, index: QModelIndex | QPersistentModelIndex) -> None:
        badges: list[tuple[str, QColor]] = []
        upload = index.data(UploadStateRole)
        if upload in _UPLOAD_BADGES:
            badges.append(_UPLOAD_BADGES[upload])
        problems = index.data(ProblemsRole) or []
        errors = sum(1 for p in problems if p.is_error)
        if errors and upload != "done":
            badges.append((str(errors), ERROR_COLOUR))
        elif problems and upload != "done":
            badges.append(("!", WARNING_COLOUR))
        d = 22
        x = box.right() - d - 2
        f = QFont(painter.font())
        f.setPixelSize(13)
        f.setBold(True)
        painter.setFont(f)
        for text, colour in badges:
            circle = QRect(x, box.top() + 2, d, d)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            painter.drawEllipse(circle)
            painter.setPen(QColor("white"))
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), text)
            x -= d + 4


class PhotoGrid(QListView):
    """The photos as a grid of thumbnails; many can be selected."""

    activated_photo = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        # Same size for every cell: the view never asks 2,000 cells for their size.
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.setDragEnabled(False)
        self.delegate = PhotoDelegate(self)
        self.setItemDelegate(self.delegate)
