"""The thumbnail grid: an icon-mode list view and a delegate that paints pictures and badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photowalk.ui.badges import PLACEHOLDER_COLOUR
from photowalk.ui.photomodel import CellRole
from photowalk.ui.thumbloader import BROKEN, MISSING

CELL_PICTURE = 168  # logical pixels of the picture's long side
CELL_PAD = 6
TEXT_LINES = 1
BADGE = 22  # diameter of a badge, logical pixels

class PhotoDelegate(QStyledItemDelegate):
    """Paints a cell: the picture (or a placeholder), the label, and badges for problems and upload.

    Painting runs on the GUI thread for every visible cell many times a second, while workers hold
    the interpreter lock much of the time: each Qt call may wait for it, so a cell is painted with
    few calls: one model lookup (CellRole), fonts and elided labels made once, badges as pixmaps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = CELL_PICTURE
        self._font_key: str | None = None
        self._line_height = 0
        self._metrics: QFontMetrics | None = None
        self._elided: dict[str, str] = {}
        self._badge_pixmaps: dict[tuple[str, str, float], QPixmap] = {}
        self._glyph_font = QFont()
        self._glyph_font.setPixelSize(36)

    def _fonts(self, font: QFont) -> QFontMetrics:
        key = font.key()
        if key != self._font_key or self._metrics is None:
            self._font_key = key
            self._metrics = QFontMetrics(font)
            self._line_height = self._metrics.height()
            self._elided.clear()
        return self._metrics

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        self._fonts(option.font)
        return QSize(self.picture + 2 * CELL_PAD, self.picture + 2 * CELL_PAD + self._line_height * TEXT_LINES + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        cell = index.data(CellRole)
        if cell is None:
            return
        pm, state, label, badges = cell
        r = option.rect
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(r, pal.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, pal.color(QPalette.ColorRole.AlternateBase))
        box = QRect(r.x() + CELL_PAD, r.y() + CELL_PAD, self.picture, self.picture)
        if pm is not None and not pm.isNull():
            size = pm.deviceIndependentSize().scaled(box.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(QRectF(box).center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pm, QRectF(pm.rect()))
        else:
            self._placeholder(painter, box, state)

        fm = self._fonts(option.font)
        text = self._elided.get(label)
        if text is None:
            text = fm.elidedText(label, Qt.TextElideMode.ElideMiddle, self.picture)
            if len(self._elided) > 5000:
                self._elided.clear()
            self._elided[label] = text
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(
            QRect(r.x() + CELL_PAD, box.bottom() + 4, self.picture, self._line_height),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        x = box.right() - BADGE - 2
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        for text, colour in badges:
            painter.drawPixmap(x, box.top() + 2, self._badge(text, colour, dpr))
            x -= BADGE + 4

    def _badge(self, text: str, colour: QColor, dpr: float) -> QPixmap:
        key = (text, colour.name(), dpr)
        pm = self._badge_pixmaps.get(key)
        if pm is None:
            pm = QPixmap(int(BADGE * dpr), int(BADGE * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(colour)
            p.drawEllipse(QRectF(1, 1, BADGE - 2, BADGE - 2))
            f = QFont()
            f.setPixelSize(13)
            f.setBold(True)
            p.setFont(f)
            p.setPen(QColor("white"))
            p.drawText(QRect(0, 0, BADGE, BADGE), int(Qt.AlignmentFlag.AlignCenter), text)
            p.end()
            self._badge_pixmaps[key] = pm
        return pm

    def _placeholder(self, painter: QPainter, box: QRect, state: str | None) -> None:
        inner = box.adjusted(8, 24, -8, -24)
        painter.fillRect(inner, PLACEHOLDER_COLOUR)
        glyph = {MISSING: "?", BROKEN: "✗"}.get(state or "", "")
        if glyph:
            painter.save()
            painter.setFont(self._glyph_font)
            painter.setPen(QColor("#5f6670"))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), glyph)
            painter.restore()


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
