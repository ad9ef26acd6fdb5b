"""The AguaPerú page in QGIS Settings › Options."""

from pathlib import Path

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSpinBox, QWidget

from ..toolbelt.settings import MIN_CELL_FLOOR, PluginSettings

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "aguaperu.svg"


class OptionsPage(QgsOptionsPageWidget):
    """Edits ``PluginSettings``; QGIS calls ``apply`` when the user presses OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aguaperu_options")
        form = QFormLayout(self)

        self.data_folder = QgsFileWidget(self)
        self.data_folder.setStorageMode(QgsFileWidget.GetDirectory)
        form.addRow(self.tr("Data folder"), self.data_folder)

        self.output_folder = QgsFileWidget(self)
        self.output_folder.setStorageMode(QgsFileWidget.GetDirectory)
        form.addRow(self.tr("Output folder"), self.output_folder)

        self.access_distance = QSpinBox(self)
        self.access_distance.setRange(50, 50000)
        self.access_distance.setSingleStep(100)
        self.access_distance.setSuffix(" m")
        form.addRow(self.tr("Access distance to a water point"), self.access_distance)

        self.min_cell = QSpinBox(self)
        self.min_cell.setRange(MIN_CELL_FLOOR, 10000)
        self.min_cell.setToolTip(
            self.tr("Child-welfare figures are published only for groups of at least this many children.")
        )
        form.addRow(self.tr("Minimum children per published cell"), self.min_cell)

        self.map_language = QComboBox(self)
        self.map_language.addItem(self.tr("Spanish"), "es")
        self.map_language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Language of printed maps"), self.map_language)

        self.debug_logging = QCheckBox(self.tr("Write debug messages to the log panel"), self)
        form.addRow(self.debug_logging)

        self.show_settings(PluginSettings.load())

    def show_settings(self, settings: PluginSettings) -> None:
        self.data_folder.setFilePath(settings.data_folder)
        self.output_folder.setFilePath(settings.output_folder)
        self.access_distance.setValue(settings.access_distance_m)
        self.min_cell.setValue(settings.min_cell_children)
        self.map_language.setCurrentIndex(max(self.map_language.findData(settings.map_language), 0))
        self.debug_logging.setChecked(settings.debug_logging)

    def current_settings(self) -> PluginSettings:
        return PluginSettings(
            data_folder=self.data_folder.filePath(),
            output_folder=self.output_folder.filePath(),
            access_distance_m=self.access_distance.value(),
            min_cell_children=self.min_cell.value(),
            map_language=self.map_language.currentData(),
            debug_logging=self.debug_logging.isChecked(),
        )

    def apply(self) -> None:
        self.current_settings().save()


class OptionsFactory(QgsOptionsWidgetFactory):
    """Registers the AguaPerú page in the QGIS options dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle("AguaPerú")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createWidget(self, parent: QWidget | None = None) -> OptionsPage:  # noqa: N802 (Qt API)
        return OptionsPage(parent)
