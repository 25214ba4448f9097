"""The editor's map: the selected photos' pins to drag, turn and copy, and the subjects they show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from photowalk import edits
from photowalk.photo import Photo
from photowalk.selection import Write
from photowalk.tiles import TileSource, tile_source
from photowalk.ui import commands
from photowalk.ui.editor_sections import Edit, Host, Section
from photowalk.ui.mapview import MapView, Places

MAP_HEIGHT = 280


class MapSection(Section):
    """A map of the selection; every change made on it is one undoable location edit."""

    located = Signal()  # the selected photos' locations were changed on the map

    def __init__(self, host: Host, others: Callable[[], list[Photo]], parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.others = others
        self._shown: tuple[int, ...] = ()
        layout = QVBoxLayout(self)
        self.view = MapView(self)
        self.view.setMinimumHeight(MAP_HEIGHT)
        self.view.set_source(tile_source())
        self.view.places_wanted.connect(self._places_wanted)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.zoom_out, self.zoom_in, self.fit = QPushButton("\u2212"), QPushButton("+"), QPushButton()
        self.zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.zoom - 1))
        self.zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.zoom + 1))
        self.fit.clicked.connect(self.view.fit)
        for b in (self.zoom_out, self.zoom_in):
            b.setFixedWidth(32)
            buttons.addWidget(b)
        buttons.addWidget(self.fit)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_source(self, source: TileSource) -> None:
        """Tiles from this server from now on (the window's settings)."""
        self.view.set_source(source)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Map"))
        self.fit.setText(QCoreApplication.translate("EditorPanel", "Show the selected photos"))
        self.zoom_in.setToolTip(QCoreApplication.translate("EditorPanel", "Zoom in"))
        self.zoom_out.setToolTip(QCoreApplication.translate("EditorPanel", "Zoom out"))
        self.zoom_in.setAccessibleName(self.zoom_in.toolTip())
        self.zoom_out.setAccessibleName(self.zoom_out.toolTip())
        self.view.setToolTip(QCoreApplication.translate(
            "EditorPanel", "Drag a pin to move its photos (Ctrl+click pins to move several), drag the round handle to "
            "turn the camera's direction; right-click for more. Blue pins: what the photos show."))

    def _fill(self) -> None:
        photos = self.host.selection.photos
        ids = tuple(p.id for p in photos)
        # Framed anew only for another selection: a pin just moved stays where the volunteer put it.
        self.view.set_photos(photos, self.others(), fit=ids != self._shown)
        self._shown = ids

    def _places_wanted(self, places: Places, what: str) -> None:
        names = {
            "move": QCoreApplication.translate("EditorPanel", "Move on the map"),
            "heading": QCoreApplication.translate("EditorPanel", "Heading"),
            "copy": QCoreApplication.translate("EditorPanel", "Copy location"),
            "place": QCoreApplication.translate("EditorPanel", "Place on the map"),
        }
        chosen = dict(places)
        if chosen and what == "subject":
            subjects = {pid: (lat, lon) for pid, (lat, lon, _h) in chosen.items()}
            self.host.submit(Edit(commands.SUBJECT, Write(tuple(subjects), None),
                                  QCoreApplication.translate("EditorPanel", "Move the subject on the map"),
                                  apply=lambda store, _ids: edits.set_subject_locations(store, subjects)))
        elif chosen:
            self.host.submit(Edit(commands.LOCATION, Write(tuple(chosen), None), names.get(what, names["move"]),
                                  apply=lambda store, _ids: edits.set_locations(store, chosen)))
        self.load()  # the pins as the project now has them (also when the edit was refused)
        self.located.emit()
