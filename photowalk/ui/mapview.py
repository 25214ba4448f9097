"""A small slippy map over QGraphicsView: tiles from the configured server (cached on disk), the photos' pins.

The scene is the world in pixels at the current zoom (photowalk.tiles does the maths). Tiles are
read from the cache or fetched on a pool of two threads (the tile policy's limit), never on the
GUI thread. Pins of the selected photos can be dragged (several at once when selected together);
the arrow of a pin turns its heading; the map says what it wants done with `places_wanted`, and
the editor makes it one undoable edit through photowalk.edits.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.mappins import (
    Pin,
    camera_pins,
    copied_from,
    moved_places,
    moved_subjects,
    subject_pins,
    turned,
    unplaced,
)
from photowalk.photo import Photo
from photowalk.tiles import (
    MAX_ZOOM,
    MIN_ZOOM,
    OSM_COPYRIGHT_URL,
    TILE_SIZE,
    Tile,
    TileCache,
    TileFetchError,
    TileSource,
    heading_of,
    heading_vector,
    to_lat_lon,
    to_pixel,
    zoom_to_fit,
)
from photowalk.ui.workers import run_in_thread

log = logging.getLogger(__name__)

Places = dict[int, tuple[float, float, float | None]]

DEFAULT_CENTRE = (38.5598, 68.7870)  # Dushanbe: where most photowalks start
DEFAULT_ZOOM = 13
MEMORY_TILES = 256  # decoded tiles kept for a zoom back and forth
OFFLINE_RETRY_MS = 60_000  # after a failed fetch, only the cache is read for this long
ARROW_LENGTH = 44
MAX_ARROWS = 10  # more pins than this: no heading arrows (they would hide the map)
MAX_OTHER_PINS = 500
PIN_COLOUR, SUBJECT_COLOUR, OTHER_COLOUR, UNPLACED_COLOUR = "#d32f2f", "#1565c0", "#757575", "#ff8f00"


Loaded = tuple[TileCache, Tile, "QImage | None", "PhotowalkError | None"]


def load_tile(cache: TileCache, tile: Tile, online: bool, progress: Any = None, cancel: Any = None) -> Loaded:
    """The tile's picture from the disk cache or the server (on a pool thread), and why the server did not
    give it when it was asked and failed (the kept tile, however old, still shows)."""
    cached = cache.get(tile)
    if cached is not None and (not online or cache.is_fresh(tile)):
        return cache, tile, _image(cached), None
    if not online:
        return cache, tile, None, None
    try:
        return cache, tile, _image(cache.fetch(tile)), None
    except TileFetchError as exc:
        return cache, tile, _image(cached), exc
    except OSError as exc:  # the cache folder cannot be written
        return cache, tile, _image(cached), TileFetchError(tile=str(tile), server=cache.source.host,
                                                           reason=exc.strerror or str(exc))


def _image(data: bytes | None) -> QImage | None:
    if data is None:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


class TileLoader(QObject):
    """Loads tiles on two threads and hands them to the view on the GUI thread; remembers the last few."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.cache: TileCache | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.images: OrderedDict[Tile, QPixmap] = OrderedDict()
        self.pending: set[Tile] = set()
        self.online = True
        self.last_error: PhotowalkError | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(OFFLINE_RETRY_MS)
        self._retry.timeout.connect(self._back_online)

    def set_source(self, source: TileSource) -> None:
        self.cache = TileCache(source)
        self.images.clear()
        self.pending.clear()
        self.online = True

    def get(self, tile: Tile) -> QPixmap | None:
        pixmap = self.images.get(tile)
        if pixmap is not None:
            self.images.move_to_end(tile)
        return pixmap

    def request(self, tile: Tile) -> None:
        if self.cache is None or tile in self.pending:
            return
        self.pending.add(tile)
        run_in_thread(load_tile, self.cache, tile, self.online, on_done=self._loaded, on_error=self._crashed,
                      pool=self.pool)

    def _loaded(self, result: Loaded) -> None:
        cache, tile, image, error = result
        if cache is not self.cache:
            return  # asked of the server used before
        self.pending.discard(tile)
        if error is not None:
            # Offline or refused: no more asking for a while, the cache alone answers.
            if self.online:
                log.info("map tiles: %s", error.message)
            self.last_error = error
            self.online = False
            self._retry.start()
            self.view.tiles_offline()
        if image is None:
            return
        self.images[tile] = QPixmap.fromImage(image)
        while len(self.images) > MEMORY_TILES:
            self.images.popitem(last=False)
        self.view.tile_loaded(tile)

    def _crashed(self, exc: BaseException) -> None:
        log.warning("a map tile failed: %r", exc)
        self.pending.clear()

    def _back_online(self) -> None:
        self.online = True

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


class PinItem(QGraphicsPathItem):
    """A pin whose tip is its position: a selected photos' place (movable), a subject's, or another photo's."""

    def __init__(self, view: MapView, pin: Pin | None, colour: str, *, movable: bool, label: str = "") -> None:
        path = QPainterPath()
        path.moveTo(0, 0)
        path.cubicTo(-4, -8, -9, -12, -9, -18)
        path.arcTo(QRectF(-9, -27, 18, 18), 180, -180)
        path.cubicTo(9, -12, 4, -8, 0, 0)
        super().__init__(path)
        self.view = view
        self.pin = pin
        self.home = QPointF()
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, movable)
        if label:
            text = QGraphicsSimpleTextItem(label, self)
            text.setBrush(QBrush(QColor("white")))
            r = text.boundingRect()
            text.setPos(-r.width() / 2, -18 - r.height() / 2)

    def place(self, pos: QPointF) -> None:
        self.home = QPointF(pos)
        self.setPos(pos)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.view.pin_moving(self)
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.view.pins_dropped()


class ArrowHandle(QGraphicsEllipseItem):
    """The head of a pin's heading arrow: dragged round the pin, it turns the camera's direction."""

    def __init__(self, view: MapView, pin_item: PinItem) -> None:
        super().__init__(-6, -6, 12, 12)
        self.view = view
        self.pin_item = pin_item
        self.line = QGraphicsLineItem()
        self.line.setZValue(9)
        self.setZValue(11)
        self.setBrush(QBrush(QColor("white")))
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.dragged = False

    def show_heading(self, heading: float | None) -> None:
        dx, dy = heading_vector(heading if heading is not None else 0.0, ARROW_LENGTH)
        base = self.pin_item.pos()
        self.setPos(base + QPointF(dx, dy))
        known = heading is not None
        pen = QPen(QColor(PIN_COLOUR), 3 if known else 1.5, Qt.PenStyle.SolidLine if known else Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.setPen(pen)
        self.line.setLine(base.x(), base.y(), self.pos().x(), self.pos().y())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.dragged = True
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        delta = event.scenePos() - self.pin_item.pos()
        self.show_heading(heading_of(delta.x(), delta.y()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.dragged:
            self.dragged = False
            delta = event.scenePos() - self.pin_item.pos()
            self.view.turn(self.pin_item, heading_of(delta.x(), delta.y()))


class MapView(QGraphicsView):
    """The map of the selected photos: tiles, pins to drag, heading arrows, the subjects, the attribution."""

    places_wanted = Signal(object, str)  # {photo id: (lat, lon, heading)}, what the edit is ("move", "heading", "copy", "place")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map")
        # Tab goes past the map to its buttons: the pins are for the mouse, the fields above say the same.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor("#e8e4dc")))
        self.zoom = DEFAULT_ZOOM
        self.source = TileSource()
        self.loader = TileLoader(self)
        self.tiles: dict[Tile, QGraphicsPixmapItem] = {}
        self.photos: dict[int, Photo] = {}
        self.others: list[Photo] = []
        self.pin_items: list[PinItem] = []
        self.other_items: list[PinItem] = []
        self.arrows: list[ArrowHandle] = []
        self.subject_items: list[QGraphicsItem] = []
        self.unplaced_item: PinItem | None = None
        self.unplaced_ids: list[int] = []
        self._wanted: tuple[Places, str] | None = None  # what a pin let go asks, said once its event is over
        self.attribution_rect = QRectF()
        self.offline = False
        self._centre = DEFAULT_CENTRE
        self._world()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(30)
        self._refresh.timeout.connect(self.request_visible)
        self.horizontalScrollBar().valueChanged.connect(self._schedule)
        self.verticalScrollBar().valueChanged.connect(self._schedule)

    # -- the world and its tiles --------------------------------------------------------------

    def set_source(self, source: TileSource) -> None:
        """Show tiles from this server (and its attribution)."""
        self.source = source
        self.offline = False
        self.loader.set_source(source)
        self._clear_tiles()
        self._schedule()
        self.viewport().update()

    def _world(self) -> None:
        size = TILE_SIZE << self.zoom
        self.scene().setSceneRect(0, 0, size, size)

    def _clear_tiles(self) -> None:
        for item in self.tiles.values():
            self.scene().removeItem(item)
        self.tiles.clear()

    def _schedule(self) -> None:
        self._refresh.start()

    def visible_tiles(self) -> list[Tile]:
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        last = (1 << self.zoom) - 1
        x0, x1 = max(0, int(rect.left() // TILE_SIZE)), min(last, int(rect.right() // TILE_SIZE))
        y0, y1 = max(0, int(rect.top() // TILE_SIZE)), min(last, int(rect.bottom() // TILE_SIZE))
        return [Tile(self.zoom, x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]

    def request_visible(self) -> None:
        """Show the tiles in view that are at hand, and ask for the others (none while the map is hidden)."""
        if self.loader.cache is None or not self.isVisible():
            return
        for tile in self.visible_tiles():
            if tile in self.tiles:
                continue
            pixmap = self.loader.get(tile)
            if pixmap is not None:
                self._show_tile(tile, pixmap)
            else:
                self.loader.request(tile)

    def tile_loaded(self, tile: Tile) -> None:
        pixmap = self.loader.get(tile)
        if tile.z == self.zoom and pixmap is not None and tile not in self.tiles:
            self._show_tile(tile, pixmap)

    def tiles_offline(self) -> None:
        self.offline = True
        self.viewport().update()

    def _show_tile(self, tile: Tile, pixmap: QPixmap) -> None:
        item = self.scene().addPixmap(pixmap)
        item.setPos(tile.x * TILE_SIZE, tile.y * TILE_SIZE)
        item.setZValue(-10)
        self.tiles[tile] = item

    # -- where the view is --------------------------------------------------------------------

    def centre_on(self, lat: float, lon: float, zoom: int | None = None) -> None:
        """Show this point in the middle, at this zoom (the present one by default)."""
        if zoom is not None and zoom != self.zoom:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
            self._clear_tiles()
            self._world()
            self._place_items()
        self._centre = (lat, lon)
        self.centerOn(QPointF(*to_pixel(lat, lon, self.zoom)))
        self._schedule()

    def centre(self) -> tuple[float, float]:
        """The point in the middle of the view."""
        p = self.mapToScene(self.viewport().rect().center())
        return to_lat_lon(p.x(), p.y(), self.zoom)

    def lat_lon_at(self, pos: QPointF) -> tuple[float, float]:
        """The point under a position in the viewport."""
        p = self.mapToScene(pos.toPoint())
        return to_lat_lon(p.x(), p.y(), self.zoom)

    def view_pos(self, lat: float, lon: float) -> QPointF:
        """Where a point is in the viewport."""
        return QPointF(self.mapFromScene(QPointF(*to_pixel(lat, lon, self.zoom))))

    def set_zoom(self, zoom: int, around: QPointF | None = None) -> None:
        """Zoom keeping the point under `around` (the middle by default) where it is."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if zoom == self.zoom:
            return
        anchor = around if around is not None else QPointF(self.viewport().rect().center())
        lat, lon = self.lat_lon_at(anchor)
        self.zoom = zoom
        self._clear_tiles()
        self._world()
        self._place_items()
        # The anchor point goes back under the anchor: move the centre by the anchor's distance from it.
        ax, ay = to_pixel(lat, lon, zoom)
        middle = QPointF(self.viewport().rect().center())
        self.centerOn(QPointF(ax - (anchor.x() - middle.x()), ay - (anchor.y() - middle.y())))
        self._schedule()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() // 120
        if steps:
            self.set_zoom(self.zoom + int(steps), event.position())
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.centerOn(QPointF(*to_pixel(*self._centre, self.zoom)))
        self._schedule()

    # -- the photos ---------------------------------------------------------------------------

    def set_photos(self, photos: Iterable[Photo], others: Iterable[Photo] = (), *, fit: bool = False) -> None:
        """Show the pins of these photos (and, grey, of the project's others); `fit` frames them."""
        self.photos = {p.id: p for p in photos}
        self.others = [p for p in others if p.id not in self.photos]
        self._place_items()
        if fit:
            self.fit()

    def fit(self) -> None:
        """Frame the selected photos' pins (and subjects); the last centre when they have none."""
        points = [(p.lat, p.lon) for p in (*camera_pins(self.photos.values()), *subject_pins(self.photos.values()))]
        if not points:
            self.centre_on(*self._centre)
            return
        size = self.viewport().size()
        zoom = zoom_to_fit(points, max(size.width(), 200), max(size.height(), 150))
        lat = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
        lon = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
        self.centre_on(lat, lon, zoom)

    def _place_items(self) -> None:
        scene = self.scene()
        for item in (*self.pin_items, *self.other_items, *self.arrows, *self.subject_items):
            scene.removeItem(item)
        for arrow in self.arrows:
            scene.removeItem(arrow.line)
        if self.unplaced_item is not None:
            scene.removeItem(self.unplaced_item)
            self.unplaced_item = None
        self.pin_items, self.other_items, self.arrows, self.subject_items = [], [], [], []
        pins = camera_pins(self.photos.values())
        for pin in camera_pins(self.others)[:MAX_OTHER_PINS]:
            item = PinItem(self, pin, OTHER_COLOUR, movable=False)
            item.setScale(0.7)
            item.setZValue(5)
            item.place(QPointF(*to_pixel(pin.lat, pin.lon, self.zoom)))
            scene.addItem(item)
            self.other_items.append(item)
        by_photo: dict[int, PinItem] = {}
        for pin in pins:
            item = PinItem(self, pin, PIN_COLOUR, movable=True, label=str(len(pin.ids)) if len(pin.ids) > 1 else "")
            item.place(QPointF(*to_pixel(pin.lat, pin.lon, self.zoom)))
            scene.addItem(item)
            self.pin_items.append(item)
            by_photo.update((pid, item) for pid in pin.ids)
        if len(pins) <= MAX_ARROWS:
            for item in self.pin_items:
                arrow = ArrowHandle(self, item)
                scene.addItem(arrow.line)
                scene.addItem(arrow)
                assert item.pin is not None
                arrow.show_heading(item.pin.heading)
                self.arrows.append(arrow)
        for pin in subject_pins(self.photos.values()):
            at = QPointF(*to_pixel(pin.lat, pin.lon, self.zoom))
            for pid in pin.ids:
                camera = by_photo.get(pid)
                if camera is not None:
                    line = scene.addLine(camera.pos().x(), camera.pos().y(), at.x(), at.y(),
                                         QPen(QColor(SUBJECT_COLOUR), 1.5, Qt.PenStyle.DotLine))
                    line.setZValue(8)
                    self.subject_items.append(line)
            subject = PinItem(self, pin, SUBJECT_COLOUR, movable=True)
            subject.place(at)
            self.subject_items.append(subject)
            scene.addItem(subject)
        self.unplaced_ids = unplaced(self.photos.values())
        if self.unplaced_ids:
            label = str(len(self.unplaced_ids))
            self.unplaced_item = PinItem(self, None, UNPLACED_COLOUR, movable=True, label=label)
            self.unplaced_item.setToolTip(self.tr(
                "%n selected photo(s) without a place: drag this pin to where they were taken.", "", len(self.unplaced_ids)))
            self.unplaced_item.setZValue(12)
            scene.addItem(self.unplaced_item)
            self._park_unplaced()

    def _park_unplaced(self) -> None:
        """The pin of the photos without a place waits near the top-left corner of the view."""
        if self.unplaced_item is not None:
            self.unplaced_item.place(self.mapToScene(24, 40))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        item = self.unplaced_item
        if item is not None and not item.isUnderMouse():
            self._park_unplaced()

    # -- what the volunteer does ---------------------------------------------------------------

    def pin_moving(self, item: PinItem) -> None:
        for arrow in self.arrows:
            if arrow.pin_item is item and item.pin is not None:
                arrow.show_heading(item.pin.heading)

    def pins_dropped(self) -> None:
        """Pins were let go: the photos of each moved pin go to its new place, as one edit."""
        if self.unplaced_item is not None and self.unplaced_item.pos() != self.unplaced_item.home:
            lat, lon = to_lat_lon(self.unplaced_item.pos().x(), self.unplaced_item.pos().y(), self.zoom)
            self._wanted = ({pid: (lat, lon, self._heading(pid)) for pid in self.unplaced_ids}, "place")
            return
        moves: dict[Pin, tuple[float, float]] = {}
        for item in (*self.pin_items, *self.subject_items):
            if isinstance(item, PinItem) and item.pin is not None and item.pos() != item.home:
                moves[item.pin] = to_lat_lon(item.pos().x(), item.pos().y(), self.zoom)
        subjects = moved_subjects(moves)
        if subjects:  # a blue pin: where the photos' subject is, not where they were taken
            self._wanted = ({pid: (lat, lon, None) for pid, (lat, lon) in subjects.items()}, "subject")
        elif moves:
            self._wanted = (moved_places(moves, self.photos), "move")

    def _heading(self, pid: int) -> float | None:
        p = self.photos.get(pid)
        return None if p is None else (p.edit_heading if p.edit_heading is not None else p.camera.heading)

    def turn(self, item: PinItem, heading: float) -> None:
        """The arrow of a pin was let go pointing this way: its photos get the heading."""
        if item.pin is not None:
            self._wanted = (turned(item.pin, heading, self.photos), "heading")

    def copy_location_from(self, photo: Photo) -> None:
        """Give the selected photos (the others than `photo`) its location and heading."""
        places = copied_from(photo, self.photos)
        if places:
            self.places_wanted.emit(places, "copy")

    def place_here(self, pos: QPointF) -> None:
        """Put every selected photo at the point under `pos` (viewport), each keeping its heading."""
        if self.photos:
            lat, lon = self.lat_lon_at(pos)
            self.places_wanted.emit({pid: (lat, lon, self._heading(pid)) for pid in self.photos}, "place")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, PinItem):
            item = item.parentItem()
        menu = QMenu(self)
        if isinstance(item, PinItem) and item.pin is not None and not item.pin.subject:
            source = self._photo_of(item.pin)
            if source is not None:
                action = QAction(self.tr("Copy this photo's location to the selected photos"), menu)
                action.triggered.connect(lambda: self.copy_location_from(source))
                action.setEnabled(any(pid != source.id for pid in self.photos))
                menu.addAction(action)
        if self.photos:
            pos = QPointF(event.pos())
            action = QAction(self.tr("Put the selected photos here"), menu)
            action.triggered.connect(lambda: self.place_here(pos))
            menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def _photo_of(self, pin: Pin) -> Photo | None:
        everyone = {**{p.id: p for p in self.others}, **self.photos}
        return next((everyone[pid] for pid in pin.ids if pid in everyone), None)

    def pin_item_of(self, photo_id: int) -> PinItem | None:
        """The pin a selected photo stands on (for the window's tests and scripts)."""
        return next((i for i in self.pin_items if i.pin is not None and photo_id in i.pin.ids), None)

    def other_item_of(self, photo_id: int) -> PinItem | None:
        return next((i for i in self.other_items if i.pin is not None and photo_id in i.pin.ids), None)

    # -- the attribution -------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | Any) -> None:  # noqa: N802
        """The tile server's attribution, bottom right, as its usage policy asks (and a note when offline)."""
        painter.save()
        painter.resetTransform()
        metrics = QFontMetrics(painter.font())
        text = self.source.attribution
        w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        view = self.viewport().rect()
        self.attribution_rect = QRectF(view.right() - w, view.bottom() - h, w + 1, h + 1)
        painter.fillRect(self.attribution_rect, QColor(255, 255, 255, 200))
        painter.setPen(QColor("#1a237e"))
        painter.drawText(self.attribution_rect, Qt.AlignmentFlag.AlignCenter, text)
        if self.offline and not self.loader.online:
            note = self.tr("Offline: the map shows the tiles kept on this computer.")
            box = QRectF(0, view.bottom() - h, metrics.horizontalAdvance(note) + 8, h + 1)
            painter.fillRect(box, QColor(255, 248, 225, 220))
            painter.setPen(QColor("#5d4037"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, note)
        painter.restore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        # The edit redraws every pin: made only now that the pin's own handling of the release is over.
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.places_wanted.emit(*wanted)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.attribution_rect.contains(event.position()) and self.source.attribution:
            # The attribution links to the licence of the map data.
            QDesktopServices.openUrl(QUrl(OSM_COPYRIGHT_URL))
            event.accept()
            return
        super().mousePressEvent(event)

    def shutdown(self) -> None:
        """Wait for the tiles being fetched (a closing window leaves no thread behind)."""
        self.loader.wait(2000)
