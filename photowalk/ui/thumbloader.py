"""Thumbnails for the grid, loaded off the GUI thread: the camera's tiny preview first, then the sharp one.

Cells ask for their picture when they are painted, so what is on screen is loaded first.
Workers decode into QImages; the GUI thread only turns each into a QPixmap (about 1 µs) in
batches every few tens of milliseconds, and keeps them in a size-bounded QPixmapCache.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QPixmapCache, QTransform

from photowalk.errors import PhotowalkError
from photowalk.thumbnails import PreviewTooLarge, ThumbnailCache

log = logging.getLogger(__name__)

# PySide6 6.12 creates enum types lazily and not thread-safely: resolve them here, on the GUI
# thread at import, and use only these names in workers.
_KEEP_ASPECT = Qt.AspectRatioMode.KeepAspectRatio
_SMOOTH = Qt.TransformationMode.SmoothTransformation
_FORMAT = QImage.Format.Format_RGB32
_READ_ONLY = QIODevice.OpenModeFlag.ReadOnly

PREVIEW, SHARP = 1, 2  # quality levels of a delivered picture
MISSING, BROKEN = "missing", "broken"  # why a cell has no picture at all
TOO_LARGE = "too-large"  # a whole picture too large to decode for a thumbnail: no picture, no mark
# A camera's embedded preview is about 160 x 120; one claiming more than this is not decoded.
MAX_PREVIEW_PIXELS = 4_000_000
MAX_QUEUED = 600  # beyond this the oldest requests (long scrolled past) are dropped
FLUSH_MS = 30
_ORIENT_SWAPS = {5, 6, 7, 8}


@dataclass(frozen=True)
class ThumbRequest:
    """What a worker needs to picture one photo."""

    sha1: str
    path: Path
    orientation: int
    aspect: float | None  # width / height as displayed, to crop a letterboxed camera preview


@dataclass
class _Result:
    sha1: str
    level: int
    image: QImage | None
    state: str | None = None


def _oriented(image: QImage, orientation: int) -> QImage:
    """Apply an EXIF orientation (1-8) to an image stored in sensor orientation."""
    t = QTransform()
    if orientation in (2, 4, 5, 7):
        t.scale(-1, 1)
    rotation = {3: 180, 4: 180, 5: 270, 6: 90, 7: 90, 8: 270}.get(orientation, 0)
    if rotation:
        t.rotate(rotation)
    return image if t.isIdentity() else image.transformed(t)


def _crop_to_aspect(image: QImage, aspect: float | None) -> QImage:
    """Cut the black bars off a 4:3 camera preview of a 3:2 photo (as Nikon and Canon write them)."""
    if not aspect or image.isNull() or image.height() == 0:
        return image
    w, h = image.width(), image.height()
    if abs(w / h - aspect) < 0.03:
        return image
    if w / h < aspect:
        new_h = max(1, round(w / aspect))
        return image.copy(0, (h - new_h) // 2, w, new_h)
    new_w = max(1, round(h * aspect))
    return image.copy((w - new_w) // 2, 0, new_w, h)


def _small_image(data: bytes) -> QImage | None:
    """Decode a camera preview, unless its header claims a picture far larger than a preview."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(_READ_ONLY)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PREVIEW_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


def _fit(image: QImage, size: int) -> QImage:
    if image.width() > size or image.height() > size:
        image = image.scaled(size, size, _KEEP_ASPECT, _SMOOTH)
    return image.convertToFormat(_FORMAT)


class _Drain(QRunnable):
    """Takes requests off the loader's queues until both are empty."""

    def __init__(self, loader: ThumbLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:
        loader = self.loader
        try:
            while not loader._stopping.is_set():
                job = loader._take()
                if job is None:
                    break
                stage, req = job
                try:
                    if stage == "fast":
                        loader._fast_stage(req)
                    else:
                        loader._slow_stage(req)
                except Exception:  # noqa: BLE001 - one bad file must not stop the others
                    log.exception("thumbnail of %s failed", req.path)
                    loader._put(_Result(req.sha1, SHARP, None, BROKEN))
        finally:
            loader._drain_done()


class ThumbLoader(QObject):
    """Pictures by content hash; `updated` says which ones changed (GUI thread)."""

    updated = Signal(object)  # a list of sha1s (object: a list would be copied into a QVariantList per slot)

    def __init__(
        self,
        cache: ThumbnailCache,
        size: int,
        *,
        threads: int = 2,
        memory_mb: int = 96,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.size = size
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        QPixmapCache.setCacheLimit(memory_mb * 1024)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._fast: deque[ThumbRequest] = deque()
        self._slow: deque[ThumbRequest] = deque()
        self._results: list[_Result] = []
        self._drains = 0
        # GUI-thread state
        self._queued: set[str] = set()
        self._level: dict[str, int] = {}
        self._state: dict[str, str] = {}
        self._incoming: list[ThumbRequest] = []
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self._flush)

    # -- GUI thread --------------------------------------------------------------------------

    def pixmap(self, sha1: str) -> QPixmap | None:
        """The best picture in memory for this content, or None."""
        pm = QPixmap()
        if not QPixmapCache.find(self._key(sha1), pm) or pm.isNull():
            if self._level.get(sha1, 0) and sha1 not in self._state:
                self._level.pop(sha1, None)  # evicted from memory: ask again (from the disk cache)
            return None
        return pm

    def level(self, sha1: str) -> int:
        return self._level.get(sha1, 0)

    def state(self, sha1: str) -> str | None:
        """MISSING, BROKEN or TOO_LARGE when no picture can be had; else None."""
        return self._state.get(sha1)

    def needs(self, sha1: str) -> bool:
        """True when a request for this content would bring something better."""
        return sha1 not in self._queued and sha1 not in self._state and self._level.get(sha1, 0) < SHARP

    def request(self, req: ThumbRequest) -> None:
        """Ask for a picture; requests made during one paint are served together, newest paint first."""
        if not self.needs(req.sha1):
            return
        self._queued.add(req.sha1)
        if not self._incoming:
            QTimer.singleShot(0, self._submit)
        self._incoming.append(req)

    def forget(self, sha1s: list[str]) -> None:
        """Drop what is known about these contents (file relinked, or removed)."""
        for s in sha1s:
            self._level.pop(s, None)
            self._state.pop(s, None)
            QPixmapCache.remove(self._key(s))

    def clear(self) -> None:
        """Drop every picture (e.g. the cell size changed)."""
        with self._lock:
            self._fast.clear()
            self._slow.clear()
        self._queued.clear()
        self._level.clear()
        self._state.clear()
        QPixmapCache.clear()

    def busy(self) -> bool:
        with self._lock:
            return bool(self._drains or self._results or self._fast or self._slow or self._incoming)

    def shutdown(self, wait_ms: int = 3000) -> None:
        """Stop the workers (they finish the file in hand)."""
        self._stopping.set()
        with self._lock:
            self._fast.clear()
            self._slow.clear()
        self.pool.waitForDone(wait_ms)
        self._timer.stop()

    def _submit(self) -> None:
        batch, self._incoming = self._incoming, []
        if not batch:
            return
        with self._lock:
            # Newest paint first, in paint order (top-left to bottom-right).
            self._fast.extendleft(reversed(batch))
            dropped = []
            while len(self._fast) + len(self._slow) > MAX_QUEUED:
                dropped.append((self._slow or self._fast).pop())
            start = max(0, self.pool.maxThreadCount() - self._drains)
            self._drains += start
        for req in dropped:
            self._queued.discard(req.sha1)
        for _ in range(start):
            self.pool.start(_Drain(self))
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            results, self._results = self._results, []
            idle = not self._drains
        changed: list[str] = []
        for r in results:
            if r.state is not None:
                self._state[r.sha1] = r.state
                self._queued.discard(r.sha1)
                changed.append(r.sha1)
                continue
            if r.image is None or r.level < self._level.get(r.sha1, 0):
                continue
            QPixmapCache.insert(self._key(r.sha1), QPixmap.fromImage(r.image))
            self._level[r.sha1] = r.level
            if r.level >= SHARP:
                self._queued.discard(r.sha1)
            changed.append(r.sha1)
        if changed:
            self.updated.emit(changed)
        if idle and not results:
            self._timer.stop()

    @staticmethod
    def _key(sha1: str) -> str:
        return "pw:" + sha1

    # -- worker threads ----------------------------------------------------------------------

    def _take(self) -> tuple[str, ThumbRequest] | None:
        with self._lock:
            if self._fast:
                return "fast", self._fast.popleft()
            if self._slow:
                return "slow", self._slow.popleft()
            return None

    def _put(self, result: _Result) -> None:
        with self._lock:
            self._results.append(result)

    def _drain_done(self) -> None:
        with self._lock:
            self._drains -= 1

    def _fast_stage(self, req: ThumbRequest) -> None:
        """The cached sharp thumbnail if there is one; else the camera's preview, and queue the sharp one."""
        cached = self.cache.get(req.sha1)
        if cached is not None:
            image = QImage(str(cached))
            if not image.isNull():
                self._put(_Result(req.sha1, SHARP, _fit(image, self.size)))
                return
        if not req.path.is_file():
            self._put(_Result(req.sha1, SHARP, None, MISSING))
            return
        data = self.cache.get_preview(req.sha1)  # kept by the import (the worker reads camera data)
        if data:
            small = _small_image(data)
            if small is not None:
                sensor_aspect = req.aspect
                if sensor_aspect and req.orientation in _ORIENT_SWAPS:
                    sensor_aspect = 1 / sensor_aspect
                shown = _oriented(_crop_to_aspect(small, sensor_aspect), req.orientation)
                self._put(_Result(req.sha1, PREVIEW, _fit(shown, self.size)))
        with self._lock:
            self._slow.appendleft(req)  # newest first: what was just scrolled to

    def _slow_stage(self, req: ThumbRequest) -> None:
        """Render (and cache on disk) the sharp thumbnail: about 30-70 ms for a 24 MP JPEG."""
        try:
            path = self.cache.ensure(req.path, req.sha1, req.orientation)
        except PreviewTooLarge:
            self._put(_Result(req.sha1, SHARP, None, TOO_LARGE))
            return
        except PhotowalkError:
            self._put(_Result(req.sha1, SHARP, None, BROKEN))
            return
        image = QImage(str(path))
        if image.isNull():
            self._put(_Result(req.sha1, SHARP, None, BROKEN))
        else:
            self._put(_Result(req.sha1, SHARP, _fit(image, self.size)))
