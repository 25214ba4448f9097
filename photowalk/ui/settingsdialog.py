"""The Settings dialog: language, the defaults for new projects, the wiki, uploads and caches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photowalk.licences import LICENCES
from photowalk.tiles import is_tile_url
from photowalk.ui.i18n import LANGUAGES
from photowalk.ui.settings import Settings, cap_setting
from photowalk.ui.wikibox import WikiBox
from photowalk.upload.settings import MAX_CONCURRENCY
from photowalk.wikiaddress import wiki_api


class SettingsDialog(QDialog):
    """Edits the per-user preferences; OK stores them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, project_wiki: str | None = None) -> None:
        """`project_wiki`: the open project names its wiki (its event preset): the Wiki row is that project's."""
        super().__init__(parent)
        self.settings = settings
        self.project_wiki = project_wiki
        self.chosen_wiki: str | None = None  # after OK: the wiki chosen for the project, when it names one
        self.setWindowTitle(self.tr("Settings"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)

        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        form.addRow(self.tr("Language"), self.language)

        self.licence = QComboBox()
        for code, lic in LICENCES.items():
            self.licence.addItem(lic.name, code)
        self.licence.setCurrentIndex(max(0, self.licence.findData(settings.get("licence"))))
        self.licence_note = QLabel()
        self.licence_note.setWordWrap(True)
        self.licence.currentIndexChanged.connect(self._licence_changed)
        form.addRow(self.tr("Licence for new projects"), self.licence)
        form.addRow("", self.licence_note)
        self._licence_changed()

        self.author = QLineEdit(settings.get("author"))
        self.author.setPlaceholderText(self.tr("Your Commons user name"))
        form.addRow(self.tr("Author"), self.author)

        self.wiki = WikiBox(project_wiki or settings.get("wiki"))
        line = self.wiki.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Wikimedia Commons, or the API address of another wiki"))
        form.addRow(self.tr("Wiki of this project") if project_wiki else self.tr("Wiki"), self.wiki)

        # As many as the upload engine runs at once, no more.
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(min(MAX_CONCURRENCY, settings.get("upload_concurrency")))
        form.addRow(self.tr("Uploads at the same time"), self.concurrency)

        # One cap for all uploads together, so a shared link stays usable for everyone at an event.
        self.bandwidth = QDoubleSpinBox()
        self.bandwidth.setRange(0, 1000)
        self.bandwidth.setDecimals(1)
        self.bandwidth.setSingleStep(0.5)
        self.bandwidth.setSuffix(self.tr(" Mbit/s"))
        self.bandwidth.setSpecialValueText(self.tr("No cap (or the event preset's)"))
        self.bandwidth.setValue(cap_setting(settings) * 8 / 1e6)
        form.addRow(self.tr("Upload bandwidth cap"), self.bandwidth)

        self.cache = QSpinBox()
        self.cache.setRange(50, 20000)
        self.cache.setSingleStep(50)
        self.cache.setSuffix(self.tr(" MB"))
        self.cache.setValue(settings.get("thumbnail_cache_mb"))
        form.addRow(self.tr("Thumbnail cache on disk"), self.cache)

        self.memory = QSpinBox()
        self.memory.setRange(16, 2000)
        self.memory.setSingleStep(16)
        self.memory.setSuffix(self.tr(" MB"))
        self.memory.setValue(settings.get("thumbnail_memory_mb"))
        form.addRow(self.tr("Thumbnails kept in memory"), self.memory)

        self.tiles = QLineEdit(settings.get("map_tile_url"))
        self.tiles.setPlaceholderText(self.tr("OpenStreetMap's own tile server"))
        self.tiles.setToolTip(self.tr("Another tile server for the map: its address with {z}, {x} and {y}, as "
                                      "https://tiles.example.org/{z}/{x}/{y}.png"))
        form.addRow(self.tr("Map tiles"), self.tiles)

        self.map_cache = QSpinBox()
        self.map_cache.setRange(20, 20000)
        self.map_cache.setSingleStep(50)
        self.map_cache.setSuffix(self.tr(" MB"))
        self.map_cache.setValue(settings.get("map_cache_mb"))
        self.map_cache.setToolTip(self.tr("Map tiles kept on disk for offline use; the ones shown longest ago go first"))
        form.addRow(self.tr("Map tile cache on disk"), self.map_cache)

        self.update_check = QCheckBox(self.tr("Tell me when a newer photowalk is out (asks pypi.org once a week)"))
        self.update_check.setChecked(settings.get("update_check"))
        form.addRow(self.tr("Updates"), self.update_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _licence_changed(self) -> None:
        lic = LICENCES.get(self.licence.currentData())
        self.licence_note.setText(QCoreApplication.translate("licences", lic.explanation) if lic else "")

    def accept(self) -> None:
        s = self.settings
        s.set("language", self.language.currentData())
        s.set("licence", self.licence.currentData())
        s.set("author", self.author.text().strip())
        if self.project_wiki:
            self.chosen_wiki = wiki_api(self.wiki.api_text())  # None: not an address; the project keeps its wiki
        else:
            s.set("wiki", self.wiki.api_text() or s.get("wiki"))
        s.set("upload_concurrency", self.concurrency.value())
        s.set("upload_bandwidth_cap", f"{self.bandwidth.value():g}")
        s.set("thumbnail_cache_mb", self.cache.value())
        s.set("thumbnail_memory_mb", self.memory.value())
        s.set("map_cache_mb", self.map_cache.value())
        s.set("update_check", self.update_check.isChecked())
        if is_tile_url(self.tiles.text()):
            s.set("map_tile_url", self.tiles.text().strip())
        s.sync()
        super().accept()
