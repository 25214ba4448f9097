"""The large viewer: one photo at screen size (or 100 %), its problems and camera data beside it.

Pictures are decoded off the GUI thread at the size needed, the neighbours are decoded ahead, and
a few are kept in a cache bounded in bytes. JPEGs are decoded by Qt (libjpeg's DCT scaling to the
size needed), which lets go of Python's interpreter lock for the whole decode: Pillow's decode and
its copy of the pixels into bytes hold it for tens of milliseconds at a time, and every one of
those is a stall of the window. Other formats, and JPEGs Qt cannot read, go through Pillow
(photowalk.thumbnails), which also names the damage. The GUI thread paints the decoded QImage as
it is: no conversion to a pixmap, which for a 24 MP picture at 100 % would copy 96 MB on the GUI
thread.
"""

from __future__ import annotations

import html
import os
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QImageIOHandler,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from photowalk.budget import DECODE_BUDGET
from photowalk.files import open_regular
from photowalk.hints import GUIDE_PAGES
from photowalk.integrity import jpeg_data_too_short, jpeg_layout
from photowalk.pathtext import shown
from photowalk.photo import Photo
from photowalk.problems import Problem
from photowalk.thumbnails import render_thumbnail
from photowalk.ui.errors import error_text
from photowalk.ui.i18n import core_text
from photowalk.ui.workers import Worker

# Resolved on the GUI thread at import: workers use only these (see photowalk.ui.thumbloader).
_RGB888 = QImage.Format.Format_RGB888
_RGB32 = QImage.Format.Format_RGB32
_KEEP_ASPECT = Qt.AspectRatioMode.KeepAspectRatio
# EXIF orientation -> the turn that makes the picture upright (as photowalk.thumbnails._TRANSPOSE).
_UPRIGHT = {
    2: QTransform(-1, 0, 0, 1, 0, 0),  # mirrored left-right
    3: QTransform().rotate(180),
    4: QTransform(1, 0, 0, -1, 0, 0),  # mirrored top-bottom
    5: QTransform(0, 1, 1, 0, 0, 0),  # transposed
    6: QTransform().rotate(90),
    7: QTransform(0, -1, -1, 0, 0, 0),  # transversed
    8: QTransform().rotate(270),
}
_T = QImageIOHandler.Transformation
# The same turns as Qt's JPEG reader names them: when Qt reads the file's orientation as photowalk does, the
# reader turns the picture itself, inside the decode (QImage.transformed would hold Python's lock for the
# 60 ms a 24 MP turn takes, and the window with it).
_QT_TURN = {
    1: _T.TransformationNone, 2: _T.TransformationMirror, 3: _T.TransformationRotate180, 4: _T.TransformationFlip,
    5: _T.TransformationFlipAndRotate90, 6: _T.TransformationRotate90, 7: _T.TransformationMirrorAndRotate90,
    8: _T.TransformationRotate270,
}
CACHE_BYTES = 160 * 1024 * 1024  # decoded pictures kept: about six at 2560 px
AHEAD = (1, -1, 2)  # neighbours decoded ahead, nearest first
THREADS = 2

Key = tuple[str, int]  # (content SHA-1, long side in pixels)


def decode_picture(path: Path, size: int, orientation: int, **_job: Any) -> QImage:
    """The photo fitted in `size` px, oriented, as a QImage (runs on a worker thread)."""
    image = decode_jpeg_qt(path, size, orientation)
    return image if image is not None else decode_picture_pillow(path, size, orientation)


def decode_jpeg_qt(path: Path, size: int, orientation: int) -> QImage | None:
    """A JPEG fitted in `size` px and oriented, decoded by Qt; None for anything else or a JPEG Qt cannot
    read (Pillow then decodes it or names the damage)."""
    try:
        with open_regular(path) as f:
            layout = jpeg_layout(f)
            if layout is None or jpeg_data_too_short(layout, os.fstat(f.fileno()).st_size):
                return None
            f.seek(0)
            raw = f.read()
    except OSError:
        return None  # Pillow's path opens it again and says why it cannot
    if raw.rfind(b"\xff\xd9", layout.scan_start) < 0:
        return None  # no end marker after the picture data: cut short, which Qt would show half grey
    data = QByteArray(raw)
    del raw
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(device, b"jpeg")
    # The orientation is photowalk's reading of the EXIF, as in the grid: Qt turns the picture only when it
    # reads the same; otherwise it is turned here.
    qt_turns = reader.transformation() == _QT_TURN.get(orientation, _T.TransformationNone)
    reader.setAutoTransform(qt_turns)
    full = reader.size()
    if not full.isValid():
        return None
    target = full.scaled(size, size, _KEEP_ASPECT) if max(full.width(), full.height()) > size else full
    reader.setScaledSize(target)
    need = 2 * 4 * target.width() * target.height()  # the decode and its scaled, oriented copy
    if not DECODE_BUDGET.fits(need):
        return None
    with DECODE_BUDGET.reserve(need):
        image = reader.read()
        if image.isNull():
            return None
        turn = None if qt_turns else _UPRIGHT.get(orientation)
        if turn is not None:
            image = image.transformed(turn)
        return image if image.format() == _RGB32 else image.convertToFormat(_RGB32)


def decode_picture_pillow(path: Path, size: int, orientation: int, **_job: Any) -> QImage:
    """The photo fitted in `size` px, oriented, decoded by Pillow: every format photowalk reads, damage named."""
    image: Image.Image = render_thumbnail(path, size=size, orientation=orientation)
    data = image.tobytes()
    w, h = image.size
    # Converted here to the format the window paints fastest (and the new image owns its pixels:
    # `data` is freed when this returns).
    return QImage(data, w, h, 3 * w, _RGB888).convertToFormat(_RGB32)


class PictureCache(QObject):
    """Pictures by (content, size), decoded on a small thread pool; at most CACHE_BYTES kept."""

    ready = Signal(object)  # a Key whose picture (or failure) is now known

    def __init__(self, limit: int = CACHE_BYTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(THREADS)
        QImageReader.supportedImageFormats()  # Qt's image plugins load here, on the GUI thread, once
        self._pictures: OrderedDict[Key, QImage] = OrderedDict()
        self._failed: dict[Key, str] = {}
        self._running: dict[Key, Worker] = {}
        self.decoder: Callable[..., QImage] = decode_picture  # benchmarks/viewer_bench.py swaps in the Pillow path
        self.keep: Key | None = None  # the picture on screen: never pushed out by the ones decoded ahead

    def picture(self, key: Key) -> QImage | None:
        image = self._pictures.get(key)
        if image is not None:
            self._pictures.move_to_end(key)
        return image

    def failure(self, key: Key) -> str | None:
        return self._failed.get(key)

    def request(self, key: Key, path: Path, orientation: int) -> None:
        """Decode this picture unless it is in memory or on its way."""
        if key in self._pictures or key in self._running or key in self._failed:
            return
        worker = Worker(self.decoder, path, key[1], orientation)
        self._running[key] = worker
        worker.signals.finished.connect(lambda image, k=key: self._decoded(k, image))
        worker.signals.failed.connect(lambda exc, k=key: self._broken(k, exc))
        worker.start(self.pool)

    def used_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._pictures.values())

    def _decoded(self, key: Key, image: QImage) -> None:
        self._running.pop(key, None)
        self._pictures[key] = image
        while self.used_bytes() > self.limit:
            old = next((k for k in self._pictures if k != self.keep), None)  # oldest first, this one last
            if old is None:
                break
            del self._pictures[old]
        self.ready.emit(key)

    def _broken(self, key: Key, exc: BaseException) -> None:
        self._running.pop(key, None)
        self._failed[key] = error_text(exc)
        self.ready.emit(key)

    def shutdown(self) -> None:
        """Wait for the decodes under way (the project is closing)."""
        self.pool.waitForDone(5000)


class _Canvas(QWidget):
    """Paints one picture (a decoded QImage, or the grid's pixmap meanwhile): fitted to the widget, or at
    100 % (the widget takes the picture's size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: QImage | QPixmap | None = None
        self.actual = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, picture: QImage | QPixmap | None) -> None:
        self.picture = picture
        if self.actual and picture is not None:
            self.setFixedSize(picture.size() / max(1.0, self.devicePixelRatioF()))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.black)
        pm = self.picture
        if pm is not None and not pm.isNull():
            size = pm.size().toSizeF()
            if self.actual:
                size /= max(1.0, self.devicePixelRatioF())
            else:
                size = size.scaled(self.rect().size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(QRectF(self.rect()).center())
            ratio = max(1.0, self.devicePixelRatioF())  # screen pixels per widget pixel
            if abs(target.width() * ratio - pm.width()) <= 1 and abs(target.height() * ratio - pm.height()) <= 1:
                # Decoded at the size it is shown: copied pixel for pixel at a whole-pixel place. Scaling
                # a screen-sized picture smoothly takes several ms of the GUI thread at every paint.
                target = QRectF(QPointF(target.topLeft().toPoint()), pm.size().toSizeF() / ratio)
            else:
                p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if isinstance(pm, QImage):
                p.drawImage(target, pm, QRectF(pm.rect()))
            else:
                p.drawPixmap(target, pm, QRectF(pm.rect()))
        p.end()


class PhotoViewer(QDialog):
    """One photo large; Left and Right move through `ids`, Z switches to 100 %, X marks it not for upload, Esc closes.

    The window keeps one viewer per open project (decodes may still be under way after it is hidden).
    """

    moved = Signal(int)  # the photo shown now
    cull_requested = Signal(int)  # X: mark or unmark the photo shown
    guide_requested = Signal(str)  # "Read more in the guide" under a hint: the guide page's key

    def __init__(
        self,
        ids: list[int],
        photo: Callable[[int], Photo | None],
        problems: Callable[[int], list[Problem] | None],
        resolve: Callable[[str], Path],
        thumbnail: Callable[[str], QPixmap | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoViewer")
        self.ids = ids
        self._photo = photo
        self._problems = problems
        self._resolve = resolve
        self._thumbnail = thumbnail
        self.index = 0
        self.cache = PictureCache(parent=self)
        self.cache.ready.connect(self._ready)
        self.canvas = _Canvas()
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setStyleSheet("QScrollArea { background: black; border: none; }")
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.info = QLabel()
        self.info.setObjectName("ViewerInfo")
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setFixedWidth(300)
        self.info.linkActivated.connect(self.guide_requested.emit)  # the only links are guide pages
        self.status = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.info, 1)
        side.addWidget(self.status)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 8, 8)
        lay.addWidget(self.scroller, 1)
        lay.addLayout(side)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._refit_now)

    # -- what is shown -----------------------------------------------------------------------

    @property
    def current_id(self) -> int:
        return self.ids[self.index]

    @property
    def actual(self) -> bool:
        return self.canvas.actual

    def show_photo(self, photo_id: int) -> None:
        """Show this photo (one of `ids`)."""
        self.index = self.ids.index(photo_id)
        self._show()
        self.moved.emit(photo_id)

    def step(self, step: int) -> None:
        """The next (+1) or previous (-1) photo; nothing past either end."""
        target = self.index + step
        if 0 <= target < len(self.ids):
            self.show_photo(self.ids[target])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.canvas.actual:
            self._refit.start()  # the size to decode at changed: once the resizing pauses

    def _refit_now(self) -> None:
        photo = self._photo(self.current_id) if self.ids else None
        if photo is not None and self.isVisible() and self.cache.keep != self.key_of(photo):
            self._show_picture(photo)

    def set_actual(self, actual: bool) -> None:
        """100 % (one picture pixel to one screen pixel, scrollable) or fitted to the window."""
        self.canvas.actual = actual
        self.scroller.setWidgetResizable(not actual)
        if not actual:
            self.canvas.setMinimumSize(0, 0)
            self.canvas.setMaximumSize(16_777_215, 16_777_215)
        self._show()

    def wanted_size(self, photo: Photo) -> int:
        """The long side to decode: the whole picture at 100 %, else the picture fitted in the viewer
        (never more than the picture; the screen's size until the viewer's is known)."""
        full = max(photo.camera.width or 0, photo.camera.height or 0)
        screen = self.screen().size() if self.screen() is not None else QSize(1920, 1080)
        dpr = self.devicePixelRatioF()
        fit = int(max(screen.width(), screen.height()) * dpr)
        if self.canvas.actual:
            return full or fit
        box = self.scroller.viewport().size() * dpr
        w, h = photo.camera.width or 0, photo.camera.height or 0
        if w and h and self._laid_out() and not box.isEmpty():
            # Decoded at the size painted, the picture is copied to the screen, not scaled at each paint.
            fit = max(1, round(max(w, h) * min(box.width() / w, box.height() / h)))
        return min(full, fit) if full else fit

    def _laid_out(self) -> bool:
        """Whether the viewer has the size it is shown at (a maximized window gets it a moment after showing)."""
        if not self.isVisible():
            return False
        screen = self.screen()
        if self.windowState() & Qt.WindowState.WindowMaximized and screen is not None:
            avail = screen.availableGeometry().size()
            # Title bars and panels take a little; a window much smaller than the screen is not maximized yet.
            return self.width() >= avail.width() * 0.8 and self.height() >= avail.height() * 0.8
        return True

    def key_of(self, photo: Photo) -> Key:
        return (photo.sha1, self.wanted_size(photo))

    def refresh_info(self) -> None:
        """The side panel again (the photo was edited, checked or marked)."""
        photo = self._photo(self.current_id)
        if photo is not None:
            self.info.setText(self._info_html(photo))

    def _show(self) -> None:
        photo = self._photo(self.current_id)
        if photo is None:
            return
        self.setWindowTitle(photo.title or photo.file_name)
        self.info.setText(self._info_html(photo))
        self._show_picture(photo)

    def _show_picture(self, photo: Photo) -> None:
        key = self.key_of(photo)
        self.cache.keep = key
        pm: QImage | QPixmap | None = self.cache.picture(key)
        if pm is None:
            failure = self.cache.failure(key)
            self.status.setText(failure or self.tr("Loading…"))
            pm = self._thumbnail(photo.sha1)  # the grid's picture until the large one is there
            self.cache.request(key, self._resolve(photo.path), photo.camera.orientation or 1)
        else:
            self.status.setText("")
        self.canvas.set_picture(pm)
        self._prefetch()

    def _prefetch(self) -> None:
        """Decode the neighbours ahead, as many as the cache holds beside the picture shown (at 100 %
        a 24 MP picture takes 96 MB: one more decoded only to be pushed out is a second of work wasted)."""
        shown = self._photo(self.current_id)
        room = self.cache.limit - (self.picture_bytes(shown) if shown is not None else 0)
        for step in AHEAD:
            i = self.index + step
            if 0 <= i < len(self.ids):
                photo = self._photo(self.ids[i])
                if photo is None:
                    continue
                room -= self.picture_bytes(photo)
                if room < 0:
                    break
                self.cache.request(self.key_of(photo), self._resolve(photo.path), photo.camera.orientation or 1)

    def picture_bytes(self, photo: Photo) -> int:
        """About what this photo's picture takes in the cache at the size wanted now."""
        w, h = photo.camera.width or 0, photo.camera.height or 0
        if not w or not h:
            return 0
        scale = min(1.0, self.wanted_size(photo) / max(w, h))
        return int(w * scale) * int(h * scale) * 4

    def _ready(self, key: Key) -> None:
        photo = self._photo(self.current_id)
        if photo is not None and self.key_of(photo) == key:
            self._show_picture(photo)  # the side panel is as it was: laying its text out again costs 5 ms

    def _info_html(self, photo: Photo) -> str:
        cam = photo.camera
        rows: list[tuple[str, str]] = [(self.tr("File"), shown(photo.path))]
        if cam.make or cam.model:
            rows.append((self.tr("Camera"), " ".join(x for x in (cam.make, cam.model) if x)))
        if cam.taken:
            rows.append((self.tr("Taken"), cam.taken.replace("T", " ")))
        if cam.width and cam.height:
            rows.append((self.tr("Size"), self.tr("{w} × {h} pixels ({mp:.1f} MP)").format(
                w=cam.width, h=cam.height, mp=cam.width * cam.height / 1e6)))
        rows.append((self.tr("File size"), self.tr("{mb:.1f} MB").format(mb=photo.size / 1e6)))
        if cam.lat is not None and cam.lon is not None:
            rows.append((self.tr("Location"), f"{cam.lat:.5f}, {cam.lon:.5f}"))
        parts = [f"<h3>{html.escape(photo.title or photo.file_name)}</h3>"]
        if photo.culled:
            culled = self.tr("Not for upload")  # tr() outside f-strings, where lupdate finds them
            parts.append(f"<p><b>⊘ {html.escape(culled)}</b></p>")
        parts.append("<table>" + "".join(
            f"<tr><td><i>{html.escape(k)}</i>&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in rows
        ) + "</table>")
        problems = self._problems(photo.id) or []
        if problems:
            heading = self.tr("Problems")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            read_more = self.tr("Read more in the guide")
            for problem in problems:
                mark = "⛔" if problem.is_error else "⚠"
                text = core_text(problem.context, problem.template, problem.params)
                page = GUIDE_PAGES.get(problem.code)
                link = f' <a href="{html.escape(page)}">{html.escape(read_more)}</a>' if page else ""
                parts.append(f"<li>{mark} {html.escape(text)}{link}</li>")
            parts.append("</ul>")
        position = self.tr("{n} of {total}").format(n=self.index + 1, total=len(self.ids))
        keys = self.tr("← → move · Z 100 % · X not for upload · Esc close")
        parts.append(f"<p style='color: gray'>{html.escape(position)}<br>{html.escape(keys)}</p>")
        return "".join(parts)

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.step(-self.index)
        elif key == Qt.Key.Key_End:
            self.step(len(self.ids) - 1 - self.index)
        elif key in (Qt.Key.Key_Z, Qt.Key.Key_1):
            self.set_actual(not self.canvas.actual)
        elif key == Qt.Key.Key_X:
            self.cull_requested.emit(self.current_id)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        else:
            super().keyPressEvent(event)
