"""The Models page: run the bundled models in background tasks; results become styled layers and charts."""

from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.messages import show_success
from .child_section import ChildSection
from .demand_section import DemandSection
from .job_page import JobPage
from .poverty_section import PovertySection

MODELS_GROUP = "AguaPerú – Modelos"
IMPORTANCE_SHOWN = 12


def short_name(feature: str) -> str:
    """Feature names as the chart shows them (the card keeps the full ones)."""
    return feature.removesuffix("_pct_in_department").replace("_", " ")


class ModelsPage(JobPage):
    key = "models"
    sections = ("models", "poverty", "child", "demand")
    icon_name = "models"

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(iface, parent)
        self.charts: list[QWidget] = []
        self._build()

    def title(self) -> str:
        return self.tr("Models")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> runs the bundled models in the background: water-quality risk "
            "of rural water systems, district poverty, water demand and leaks, and child risk (stunting, anaemia "
            "and recommended interventions). "
            "Results become styled map layers in the group 'AguaPerú – Modelos' and charts.</p>"
            "<p><b>Inputs:</b> a data folder laid out like the shared data (or the demo's). Hotspots work on "
            "any polygon layer with a numeric field; retraining takes a table with a UBIGEO column.</p>"
            "<p>Each model has a model card (models/&lt;name&gt;/MODEL_CARD.md) with its training data, its "
            "metrics on departments it has not seen and its limits; poverty comes with 90 % intervals.</p>"
        )

    def _build(self) -> None:
        self.status.setText(self.tr("Choose a data folder (or load the demo on the Data page), then run a model."))
        self.add_data_folder_row("aguaperu_models_data_folder")
        self.add_progress_row()

        box = QgsCollapsibleGroupBox(self.tr("Water-quality risk of rural water systems"), self)
        box.setObjectName("aguaperu_water_risk_box")
        layout = QVBoxLayout(box)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Probability that a system's treatment (chlorination) is not working, per system, and the "
                    "population served by high-risk systems per district."
                ),
                box,
                wordWrap=True,
            )
        )
        self.run_button = QPushButton(self.tr("Run water-quality risk model"), box)
        self.run_button.setObjectName("aguaperu_run_water_risk")
        self.run_button.clicked.connect(self.run_water_risk)
        layout.addWidget(self.run_button)
        self.summary = QLabel("", box, wordWrap=True)
        self.summary.setObjectName("aguaperu_water_risk_summary")
        layout.addWidget(self.summary)
        self.chart_area = QVBoxLayout()
        layout.addLayout(self.chart_area)
        self.body.addWidget(box)

        self.poverty = PovertySection(self, self)
        self.body.addWidget(self.poverty)
        self.demand = DemandSection(self, self)
        self.body.addWidget(self.demand)
        self.child = ChildSection(self, self)
        self.body.addWidget(self.child)
        self.action_buttons = (self.run_button, *self.poverty.buttons, *self.demand.buttons, *self.child.buttons)

    def use_data_folder(self, folder: Path) -> None:
        """Called by the Data page when the user picks a folder or loads the demo."""
        self.data_folder.setFilePath(str(folder))

    def checked_data_folder(self) -> Path | None:
        """The chosen data folder, or None (and a word in the status line) when there is none."""
        folder = self.data_folder.filePath()
        if not folder or not Path(folder).is_dir():
            self.status.setText(self.tr("Choose a data folder first."))
            return None
        return Path(folder)

    def run_water_risk(self) -> None:
        if not self.require("waterrisk"):
            return
        from ..tasks.model_tasks import WaterRiskTask

        folder = self.checked_data_folder()
        if folder is None:
            return
        task = WaterRiskTask(folder, self.output_folder(), on_done=self._water_risk_done, on_error=self.task_failed)
        self.run_task(task)

    def _water_risk_done(self, result) -> None:
        from ..layers import add_to_group, vector_layer

        self.run_task(None)
        project = QgsProject.instance()
        add_to_group(
            project,
            vector_layer(result.districts, "water_risk_districts", self.tr("Population served by high-risk systems")),
            "water_risk_districts",
            MODELS_GROUP,
        )
        add_to_group(
            project,
            vector_layer(result.systems, "water_risk_systems", self.tr("Water-quality risk of systems")),
            "water_risk_systems",
            MODELS_GROUP,
        )
        counts = result.counts
        self.summary.setText(
            self.tr("{0} systems: {1} high, {2} medium, {3} low risk.").format(
                sum(counts.values()), counts.get("alto", 0), counts.get("medio", 0), counts.get("bajo", 0)
            )
        )
        self.show_charts(result.card)
        show_success(self.iface, self.tr("Water-quality risk computed for {0} systems.").format(sum(counts.values())))

    def show_charts(self, card: dict) -> None:
        if not self.require("charts", once=True):
            return
        from ..charts import calibration_chart, importance_chart

        for chart in self.charts:
            self.chart_area.removeWidget(chart)
            chart.deleteLater()
        bundled = card["evaluation"]["bundled"]
        bins = bundled["calibration"]
        top = sorted(bundled["permutation_importance"], key=lambda row: -row["auc_drop_mean"])[:IMPORTANCE_SHOWN]
        self.charts = [
            calibration_chart([b["mean_predicted"] for b in bins], [b["observed"] for b in bins], self),
            importance_chart([short_name(row["feature"]) for row in top], [row["auc_drop_mean"] for row in top], self),
        ]
        for chart in self.charts:
            self.chart_area.addWidget(chart)
