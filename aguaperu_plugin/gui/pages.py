"""The four job pages of the AguaPerú dock; later features fill their bodies."""

from pathlib import Path

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


class JobPage(QWidget):
    """A page of the dock: a body for the job's widgets above a collapsible help panel."""

    key = ""
    icon_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"aguaperu_page_{self.key}")
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addStretch(1)

        self.help_box = QgsCollapsibleGroupBox(self.tr("Help"), self)
        self.help_box.setObjectName(f"aguaperu_help_{self.key}")
        self.help_box.setCollapsed(False)
        help_layout = QVBoxLayout(self.help_box)
        self.help_browser = QTextBrowser(self.help_box)
        self.help_browser.setOpenExternalLinks(False)
        self.help_browser.setHtml(self.help_html())
        self.help_browser.setMinimumHeight(140)
        help_layout.addWidget(self.help_browser)
        layout.addWidget(self.help_box)

        self.status = QLabel(self.placeholder(), self)
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)

    @property
    def icon(self) -> QIcon:
        return QIcon(str(ICONS / f"{self.icon_name}.svg"))

    def title(self) -> str:
        raise NotImplementedError

    def help_html(self) -> str:
        raise NotImplementedError

    def placeholder(self) -> str:
        return ""


class DataPage(JobPage):
    key = "data"
    icon_name = "data"

    def title(self) -> str:
        return self.tr("Data")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> loads and checks the inputs every model and map uses, "
            "and joins them into one table per district.</p>"
            "<p><b>Inputs:</b> water points (GeoPackage, Shapefile, GeoJSON, or CSV/XLSX with "
            "latitude and longitude; SIASAR exports are recognised), a district layer with UBIGEO, "
            "district tables keyed by UBIGEO (census, poverty, HDI), satellite GeoTIFFs, and "
            "child-welfare indicators.</p>"
            "<p>Every problem found is listed with the file, the column, example rows and how to fix "
            "it. Your files are never modified.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("Choose your input files or layers here.")


class ModelsPage(JobPage):
    key = "models"
    icon_name = "models"

    def title(self) -> str:
        return self.tr("Models")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> runs the bundled models in the background: water-quality risk "
            "of rural water systems, water demand, district poverty and child risk. Results become "
            "styled map layers and charts.</p>"
            "<p><b>Inputs:</b> the district feature table built on the Data page, and water points "
            "for the water-quality risk model.</p>"
            "<p>Each model has a model card with its training data, its metrics and its limits; "
            "predictions come with intervals.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("Load data first; the models then run from here.")


class ScenariosPage(JobPage):
    key = "scenarios"
    icon_name = "scenarios"

    def title(self) -> str:
        return self.tr("Scenarios")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> defines planning scenarios (population growth, climate, new "
            "water points, rehabilitation, budget), runs them and compares them with the baseline "
            "side by side.</p>"
            "<p><b>Inputs:</b> the district feature table and the water points; model results are "
            "recomputed for each scenario.</p>"
            "<p>Scenarios are stored in a GeoPackage next to your QGIS project.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("No scenario yet.")


class MapsPage(JobPage):
    key = "maps"
    icon_name = "maps"

    def title(self) -> str:
        return self.tr("Maps")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> exports printable maps and scenario reports to PDF from "
            "templates in A4 or A3, in Spanish or English, with legend, scale bar, north arrow, "
            "sources and model version.</p>"
            "<p><b>Inputs:</b> the layers to print and, for an atlas, a coverage layer such as "
            "departments or provinces.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("Choose a template and the layers to print.")


PAGE_CLASSES = (DataPage, ModelsPage, ScenariosPage, MapsPage)
