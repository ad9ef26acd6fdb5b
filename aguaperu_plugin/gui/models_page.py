"""The Models page: run the bundled models in background tasks; results become styled layers and charts."""

from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..project_runs import recall, remember, rounded
from ..toolbelt.messages import show_success
from ..toolbelt.widgets import run_and_summary
from .child_section import ChildSection
from .demand_section import DemandSection
from .job_page import JobPage
from .poverty_section import PovertySection

IMPORTANCE_SHOWN = 12
SHARES_SHOWN = 200  # district rows of the observed/estimated table (most observed first)
WATER_RISK_RUN = "water_risk"  # what the project remembers of the last run (``project_runs``)


def water_risk_chart_data(card: dict) -> dict:
    """What the water-risk charts are drawn from (small, JSON-serialisable): the calibration bins and the most
    important features of the model's card."""
    bundled = card["evaluation"]["bundled"]
    bins = bundled["calibration"]
    top = sorted(bundled["permutation_importance"], key=lambda row: -row["auc_drop_mean"])[:IMPORTANCE_SHOWN]
    return {
        "predicted": rounded(b["mean_predicted"] for b in bins),
        "observed": rounded(b["observed"] for b in bins),
        "features": [row["feature"] for row in top],  # ids: the chart writes them in the user's language
        "importance": rounded(row["auc_drop_mean"] for row in top),
    }


class ModelsPage(JobPage):
    key = "models"
    sections = ("models", "poverty", "child", "demand")
    icon_name = "models"

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(iface, parent)
        self.charts: list[QWidget] = []
        self.history = None  # measurements matched to systems (frame) of the last run with measurements
        self.systems_layer = None
        self.history_dialog = None
        self._build()
        from ..project_folder import results

        results.connect()  # the results follow the project's saves from now on
        project = QgsProject.instance()
        project.readProject.connect(self.restore_runs)  # a reopened project shows its runs again
        project.cleared.connect(self.restore_runs)  # another project: nothing of this one's runs
        self.restore_runs()

    def title(self) -> str:
        return self.tr("Models")

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
        layout.addWidget(QLabel("<b>" + self.tr("Add my survey / measurements") + "</b>", box))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Optional. Survey: a table of system IDs with trat_funciona SI/NO (as SIASAR exports it). "
                    "Measurements: point, date, parameter, value, unit (OEFA format); free residual chlorine "
                    "below 0.5 mg/L or coliforms mark a system not working, the latest measurement wins. "
                    "Observed systems keep their observed state; the others are estimated."
                ),
                box,
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.survey_file = self._file_widget("aguaperu_water_risk_survey", box)
        form.addRow(self.tr("My survey"), self.survey_file)
        self.measurements_file = self._file_widget("aguaperu_water_risk_measurements", box)
        form.addRow(self.tr("My measurements"), self.measurements_file)
        layout.addLayout(form)
        self.run_button, self.summary = run_and_summary(
            box, layout, self.tr("Run water-quality risk model"), "aguaperu_run_water_risk", self.run_water_risk,
            "aguaperu_water_risk_summary",
        )  # fmt: skip
        self.history_button = QPushButton(self.tr("Measurement history of the selected system"), box)
        self.history_button.setObjectName("aguaperu_measurement_history")
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self.show_measurement_history)
        layout.addWidget(self.history_button)
        self.shares = QTableWidget(0, 6, box)
        self.shares.setObjectName("aguaperu_water_risk_shares")
        self.shares.setHorizontalHeaderLabels(
            [
                self.tr("District"),
                self.tr("Observed"),
                self.tr("Estimated"),
                self.tr("Observed share"),
                self.tr("Not working (observed)"),
                self.tr("Not working (estimated)"),
            ]
        )
        self.shares.setEditTriggers(QTableWidget.NoEditTriggers)
        self.shares.setMinimumHeight(160)
        self.shares.setVisible(False)
        layout.addWidget(self.shares)
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

    def _file_widget(self, name: str, parent: QWidget):
        from qgis.gui import QgsFileWidget

        widget = QgsFileWidget(parent)
        widget.setObjectName(name)
        widget.setStorageMode(QgsFileWidget.GetFile)
        widget.setFilter(self.tr("CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;All files (*.*)"))
        return widget

    def observation_files(self) -> dict:
        """``survey`` and ``measurements`` chosen on the page (paths), None where not chosen."""
        chosen = {"survey": self.survey_file.filePath(), "measurements": self.measurements_file.filePath()}
        return {name: Path(path) if path and Path(path).is_file() else None for name, path in chosen.items()}

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
        task = WaterRiskTask(
            folder,
            self.output_folder(),
            **self.observation_files(),
            on_done=self._water_risk_done,
            on_error=self.task_failed,
        )
        self.run_task(task)

    def _water_risk_done(self, result) -> None:
        from ..layers import add_output, vector_layer

        self.run_task(None)
        project = QgsProject.instance()
        add_output(
            project,
            vector_layer(result.districts, "water_risk_districts", self.tr("Population served by high-risk systems")),
            "water_risk_districts",
        )
        self.systems_layer = add_output(
            project,
            vector_layer(result.systems, "water_risk_systems", self.tr("Water-quality risk of systems")),
            "water_risk_systems",
        )
        from ..toolbelt.i18n import number

        counts = result.counts
        text = self.tr("{0} systems: {1} high, {2} medium, {3} low risk.").format(
            *(number(n, 0) for n in (sum(counts.values()), counts.get("alto", 0), counts.get("medio", 0))),
            number(counts.get("bajo", 0), 0),
        )
        if counts.get("sin_evidencia"):
            text += " " + self.tr(
                "{0} without local evidence: the model cannot tell them apart; add a survey or measurements."
            ).format(number(counts["sin_evidencia"], 0))
        text += " " + self.tr("Observed: {0}; estimated: {1}.").format(
            number(result.observed, 0), number(result.estimated, 0)
        )
        from ..skill import skill_sentence

        text += " " + skill_sentence("water_risk")  # how far to trust the map, and a warning near chance
        self.summary.setText(text.strip())
        shares = self.show_shares(result.shares)
        self.history = result.history
        self.history_button.setEnabled(result.history is not None and len(result.history) > 0)
        charts = water_risk_chart_data(result.card)
        self.show_charts(charts)
        remember(WATER_RISK_RUN, {"summary": self.summary.text(), "shares": shares, "charts": charts})
        show_success(
            self.iface, self.tr("Water-quality risk computed for {0} systems.").format(number(sum(counts.values()), 0))
        )

    def show_shares(self, shares) -> list:
        """The district table of observed and estimated systems (most observed first); returns its cells."""
        surveyed = shares is not None and len(shares) > 0 and "systems_observed" in shares  # survey mode only
        if not surveyed:
            self.fill_shares([])
            return []
        rows = shares.sort_values(["systems_observed", "systems_estimated"], ascending=False).head(SHARES_SHOWN)

        def share(value) -> str:
            return "" if value != value else f"{100 * value:.0f} %"

        cells = [
            [
                f"{getattr(item, 'distr', None) or item.ubigeo} ({item.ubigeo})",
                str(int(item.systems_observed)),
                str(int(item.systems_estimated)),
                share(item.observed_share),
                share(item.observed_not_working_share),
                share(item.estimated_not_working_share),
            ]
            for item in rows.itertuples(index=False)
        ]
        self.fill_shares(cells)
        return cells

    def fill_shares(self, cells: list) -> None:
        """The district table from its cells (rows of text); hidden when there are none."""
        self.shares.setVisible(bool(cells))
        self.shares.setRowCount(len(cells))
        for row, texts in enumerate(cells):
            for column, text in enumerate(texts):
                self.shares.setItem(row, column, QTableWidgetItem(str(text)))
        self.shares.resizeColumnsToContents()

    def restore_runs(self, *_args) -> None:
        """Show what the project remembers of its runs (nothing, for a project without runs)."""
        if sip.isdeleted(self):
            return
        data = recall(WATER_RISK_RUN) or {}
        self.summary.setText(data.get("summary", ""))
        self.fill_shares(data.get("shares") or [])
        self.history, self.systems_layer = None, None
        self.history_button.setEnabled(False)
        self.show_charts(data.get("charts"))
        self.poverty.restore_run()
        self.demand.restore_run()
        self.child.restore_run()

    def selected_system(self) -> str | None:
        """The ID of the first selected feature of the systems layer (or of the active layer), or None."""
        layers = [self.systems_layer, self.iface.activeLayer() if self.iface else None]
        for layer in layers:
            try:
                features = list(layer.getSelectedFeatures()) if layer is not None else []
            except RuntimeError:  # the layer was removed from the project
                features = []
            if features and layer.fields().indexOf("ID") >= 0:
                return str(features[0]["ID"])
        return None

    def show_measurement_history(self, system: str | None = None) -> None:
        """A window with the measurements of ``system`` (default: the selected one) and the standard's limits."""
        if not self.require("charts", once=True):
            return
        from qgis.PyQt.QtWidgets import QDialog

        from ..charts import measurement_chart

        system = system or self.selected_system()
        if system is None:
            self.status.setText(self.tr("Select a system on the map first (the layer of systems)."))
            return
        rows = self.history[self.history["ID"].astype(str).eq(system)] if self.history is not None else []
        if not len(rows):
            self.status.setText(self.tr("No measurement was matched to system {0}.").format(system))
            return
        dialog = QDialog(self)
        dialog.setObjectName("aguaperu_measurement_dialog")
        dialog.setWindowTitle(self.tr("Measurements of system {0}").format(system))
        layout = QVBoxLayout(dialog)
        layout.addWidget(measurement_chart(rows, system, dialog))
        dialog.resize(640, 520)
        dialog.show()
        self.history_dialog = dialog

    def show_charts(self, data: dict | None) -> None:
        """The calibration and importance charts from ``water_risk_chart_data`` (none with None)."""
        for chart in self.charts:
            self.chart_area.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        if not data or not self.require("charts", once=True):
            return
        from ..charts import calibration_chart, importance_chart

        self.charts = [
            calibration_chart(data["predicted"], data["observed"], self),
            importance_chart(data["features"], data["importance"], self),
        ]
        for chart in self.charts:
            self.chart_area.addWidget(chart)

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> runs the bundled models in the background: water-quality risk "
            "of rural water systems, district poverty, water demand and leaks, and child risk (stunting, anaemia "
            "and recommended interventions). "
            "Results become styled map layers in the group 'AguaPerú – Modelos' and charts.</p>"
            "<p><b>Inputs:</b> a data folder laid out like the shared data (or the demo's). Hotspots work on "
            "any polygon layer with a numeric field; retraining takes a table with a UBIGEO column.</p>"
            "<p>Each model has a model card (models/&lt;name&gt;/MODEL_CARD.md) with its training data, its "
            "metrics on departments it has not seen and its limits; it opens with a summary in Spanish "
            "(<i>Resumen en español</i>). Poverty comes with 90 % intervals.</p>"
        )
