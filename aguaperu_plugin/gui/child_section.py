"""The child-welfare part of the Models page: stunting and anaemia of every district or province with 90 %
intervals, the child-risk index, and the interventions each area's indicators trigger (from an editable,
cited rule table). Only aggregates of at least the configured number of children are ever shown."""

import html
import shutil
from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..child_texts import area_drivers, drivers_text, trigger_text
from ..project_runs import recall, remember
from ..toolbelt.i18n import number
from ..toolbelt.messages import show_success
from ..toolbelt.widgets import run_and_summary

RULES_COPY = "aguaperu_intervenciones.csv"  # the user's editable copy of the bundled rule table
CHILD_RUN = "child_risk"  # what the project remembers of the last estimate (project_runs)
MAP_TIP = (  # numbers through format_number: in QGIS's locale ("48,2" in Spanish)
    '<b>[% "{name}" %]</b><br>'
    '{index}: [% format_number("child_risk_index", 1) %]<br>'
    '{stunting}: [% format_number("stunting_pct", 1) %] % '
    '([% format_number("stunting_lo90", 1) %] – [% format_number("stunting_hi90", 1) %])<br>'
    '{anemia}: [% format_number("anemia_pct", 1) %] % '
    '([% format_number("anemia_lo90", 1) %] – [% format_number("anemia_hi90", 1) %])<br>'
    '{drivers}: [% "drivers" %]'
)


class ChildSection(QgsCollapsibleGroupBox):
    """Widgets and results of the child-risk model; ``page`` (the Models page) runs the task."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Child welfare: stunting, anaemia and interventions"))
        self.setObjectName("aguaperu_child_box")
        self.page = page
        self.result = None
        self.index_layer = None
        self.chart = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Stunting and anaemia of children under five in every district or province, with 90 % "
                    "intervals, estimated from the ENDES survey and district covariates; a child-risk index "
                    "combining them with poverty and water risk; and the interventions each area's indicators "
                    "trigger. Individual records are never shown: every published figure aggregates at least "
                    "the number of children set in the options (30 or more)."
                ),
                self,
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.level = QComboBox(self)
        self.level.setObjectName("aguaperu_child_level")
        self.level.addItem(self.tr("Districts"), "district")
        self.level.addItem(self.tr("Provinces"), "province")
        form.addRow(self.tr("Level"), self.level)
        self.year = QSpinBox(self)
        self.year.setObjectName("aguaperu_child_year")
        self.year.setRange(2013, 2035)
        self.year.setSpecialValueText(self.tr("After the latest survey"))
        self.year.setValue(self.year.minimum())
        self.year.setToolTip(self.tr("Year of the estimates; the default is the year after the latest survey year."))
        form.addRow(self.tr("Year"), self.year)
        rules_row = QHBoxLayout()
        self.rules = QgsFileWidget(self)
        self.rules.setObjectName("aguaperu_child_rules")
        self.rules.setFilter(self.tr("Rule tables (*.csv *.CSV)"))
        self.rules.lineEdit().setPlaceholderText(self.tr("Bundled rule table"))
        self.edit_rules_button = QPushButton(self.tr("Edit…"), self)
        self.edit_rules_button.setObjectName("aguaperu_child_edit_rules")
        self.edit_rules_button.setToolTip(
            self.tr("Copy the bundled rule table into the output folder (once) and open it for editing.")
        )
        self.edit_rules_button.clicked.connect(self.edit_rules)
        rules_row.addWidget(self.rules, 1)
        rules_row.addWidget(self.edit_rules_button)
        form.addRow(self.tr("Interventions"), rules_row)
        layout.addLayout(form)
        self.run_button, self.summary = run_and_summary(
            self, layout, self.tr("Estimate child risk"), "aguaperu_run_child_risk", self.run_child_risk,
            "aguaperu_child_summary",
        )  # fmt: skip

        self.area_box = QgsCollapsibleGroupBox(self.tr("Area: drivers and recommended interventions"), self)
        self.area_box.setObjectName("aguaperu_child_area_box")
        area_layout = QVBoxLayout(self.area_box)
        self.area = QComboBox(self.area_box)
        self.area.setObjectName("aguaperu_child_area")
        self.area.setToolTip(self.tr("Areas by child-risk index, highest first; selecting one on the map shows it."))
        self.area.currentIndexChanged.connect(self._area_chosen)
        area_layout.addWidget(self.area)
        self.details = QTextBrowser(self.area_box)
        self.details.setObjectName("aguaperu_child_details")
        self.details.setOpenExternalLinks(False)
        self.details.setMinimumHeight(220)
        area_layout.addWidget(self.details)
        self.chart_area = QVBoxLayout()
        area_layout.addLayout(self.chart_area)
        self.area_box.setVisible(False)
        layout.addWidget(self.area_box)

    @property
    def buttons(self) -> tuple:
        return (self.run_button,)

    # --- rules ----------------------------------------------------------------------------------------
    def edit_rules(self) -> None:
        """Open the user's copy of the rule table (made from the bundled one the first time)."""
        from ...core.models.child_risk.interventions import RULES

        current = self.rules.filePath()
        if current and Path(current).is_file():
            target = Path(current)
        else:
            target = self.page.output_folder() / RULES_COPY
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(RULES, target)
            self.rules.setFilePath(str(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- estimation -----------------------------------------------------------------------------------
    def run_child_risk(self) -> None:
        if not self.page.require("childrisk"):
            return
        from ..tasks.model_tasks import ChildRiskTask
        from ..toolbelt.i18n import user_locale
        from ..toolbelt.settings import PluginSettings

        folder = self.page.checked_data_folder()
        if folder is None:
            return
        rules = self.rules.filePath()
        if rules and not Path(rules).is_file():
            self.page.status.setText(self.tr("The rule table {0} does not exist.").format(rules))
            return
        year = None if self.year.value() == self.year.minimum() else self.year.value()
        task = ChildRiskTask(
            folder,
            self.page.output_folder(),
            level=self.level.currentData(),
            year=year,
            min_cell=PluginSettings.load().min_cell_children,
            rules=Path(rules) if rules else None,
            language="es" if user_locale() == "es" else "en",
            on_done=self._child_risk_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _child_risk_done(self, result) -> None:
        from ..layers import OUTPUT_ID, add_output, vector_layer

        self.page.run_task(None)
        self.result = result
        project = QgsProject.instance()
        name = "district" if result.level == "district" else "province"
        tip = MAP_TIP.format(
            name=name,
            index=self.tr("Child-risk index"),
            stunting=self.tr("Stunting"),
            anemia=self.tr("Anaemia"),
            drivers=self.tr("Drivers"),
        )
        layers = []
        for column, title in (
            ("anemia_pct", self.tr("Anaemia 6-59 months {0} (%, 90 % interval in the attributes)")),
            ("stunting_pct", self.tr("Stunting {0} (%, 90 % interval in the attributes)")),
            ("child_risk_index", self.tr("Child-risk index {0}")),
        ):
            layer = vector_layer(result.path, "child_risk", title.format(result.year))
            layer.setMapTipTemplate(tip)
            layers.append(add_output(project, layer, column, *result.breaks[column]))  # a re-run: the same layer
        for layer in layers[:-1]:
            project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
        self.watch(layers[-1])
        self.show_areas()
        frame = result.frame
        fired = result.recommendations["ubigeo"].nunique() if len(result.recommendations) else 0
        self.summary.setText(
            self.tr(
                "{0} {1} estimated for {2} ({3} v{4}); {5} of them trigger at least one intervention. On provinces "
                "it had not seen, stunting was predicted with a mean absolute error of {6} points against "
                "{7} for each province's own earlier survey prevalence."
            ).format(
                number(len(frame), 0),
                self.tr("districts") if result.level == "district" else self.tr("provinces"),
                result.year,
                self.tr("child-risk model"),  # the card's name is an id
                result.card.get("version", "?"),
                number(fired, 0),
                *(number(error) for error in _out_of_time(result.card)),
            )
        )
        remember(
            CHILD_RUN,
            {
                "summary": self.summary.text(),
                "layer": self.index_layer.customProperty(OUTPUT_ID),  # found again by its output's id
                "level": result.level,
                "year": result.year,
            },
        )
        show_success(self.page.iface, self.tr("Child risk estimated for {0} areas.").format(len(frame)))

    def show_areas(self) -> None:
        """The panel of areas (highest child-risk index first) of ``self.result``; hidden without one."""
        self.area_box.setVisible(self.result is not None)
        if self.result is None:
            self.area.clear()
            self.details.clear()
            if self.chart is not None:
                self.chart_area.removeWidget(self.chart)
                self.chart.deleteLater()
                self.chart = None
            return
        name = "district" if self.result.level == "district" else "province"
        top = self.result.frame.sort_values("child_risk_index", ascending=False)
        self.area.blockSignals(True)
        self.area.clear()
        for row in top.itertuples():
            label = f"{getattr(row, name)} ({row.department}) – {number(row.child_risk_index, 0)}"
            self.area.addItem(label, row.ubigeo)
        self.area.blockSignals(False)
        self.area.setCurrentIndex(0)
        self._area_chosen(0)

    def restore_run(self) -> None:
        """Show what the project remembers of the last estimate: the summary, and the panel of areas read again
        from the layer's GeoPackage (nothing when the project has no estimate or its file is gone)."""
        from ..layers import layer_file, output_layer

        data = recall(CHILD_RUN) or {}
        self.summary.setText(data.get("summary", ""))
        self.result = None
        layer = output_layer(QgsProject.instance(), data["layer"]) if data.get("layer") else None
        stored = layer_file(layer) if layer is not None else None
        if stored is not None:
            self.result = stored_result(stored[0], data.get("level", "district"), data.get("year"))
        if self.result is not None:
            self.watch(layer)
        self.show_areas()

    def watch(self, layer) -> None:
        """Follow the selection of ``layer`` (the index layer), once: a re-run keeps the same layer."""
        known = self.index_layer is not None and not sip.isdeleted(self.index_layer)
        if not known or self.index_layer.id() != layer.id():
            layer.selectionChanged.connect(self._selection_changed)
        self.index_layer = layer

    # --- one area -------------------------------------------------------------------------------------
    def _selection_changed(self, selected, _deselected, _clear) -> None:
        if not selected or self.index_layer is None:
            return
        feature = self.index_layer.getFeature(selected[0])
        position = self.area.findData(str(feature["ubigeo"]))
        if position >= 0:
            self.area.setCurrentIndex(position)

    def _area_chosen(self, position: int) -> None:
        if self.result is None or position < 0:
            return
        ubigeo = self.area.itemData(position)
        self.details.setHtml(self.area_html(ubigeo))
        self._show_chart(ubigeo)

    def area_html(self, ubigeo: str) -> str:
        """The area's estimates, drivers and every recommendation with the indicator that triggered it."""
        frame, rules = self.result.frame, self.result.recommendations
        position = int((frame["ubigeo"] == ubigeo).to_numpy().argmax())
        row = frame.iloc[position]
        name = row["district"] if "district" in frame.columns else row["province"]
        drivers = drivers_text(area_drivers(frame)[position])
        escape = html.escape
        labels = {
            "drivers": self.tr("Drivers"),
            "none": self.tr("No rule of the table is triggered."),
            "recommended": self.tr("Recommended interventions"),
            "trigger": self.tr("Triggered by"),
            "source": self.tr("Source"),
        }
        parts = [
            f"<h3>{escape(str(name))} <small>({escape(str(row['department']))}, {escape(ubigeo)})</small></h3>",
            "<table cellpadding='2'>",
            self._line(self.tr("Child-risk index (0-100)"), number(row["child_risk_index"])),
            self._line(self.tr("Stunting"), _interval(row, "stunting")),
            self._line(self.tr("Anaemia (6-59 months)"), _interval(row, "anemia")),
            self._line(self.tr("Poverty"), _percent(row.get("poverty_pct"))),
            self._line(self.tr("Population served by high-risk water systems"), _percent(row.get("water_risk_pct"))),
            self._line(
                self.tr("Children measured by the survey"),
                self.tr("fewer than the minimum: not shown")
                if bool(row.get("suppressed", True))
                else number(row["n_children_measured"], 0),
            ),
            "</table>",
            f"<p><b>{escape(labels['drivers'])}:</b> {escape(drivers or '–')}</p>",
        ]
        mine = rules[rules["ubigeo"] == ubigeo]
        if mine.empty:
            parts.append(f"<p>{escape(labels['none'])}</p>")
        else:
            parts.append(f"<p><b>{escape(labels['recommended'])}</b></p><ol>")
            for rule in mine.itertuples():
                parts.append(
                    f"<li><b>{escape(str(rule.intervention))}</b><br>"
                    f"{escape(labels['trigger'])}: {escape(trigger_text(rule))} ({escape(str(rule.rule_id))})<br>"
                    f"<i>{escape(str(rule.programme))}</i><br>"
                    f"<small>{escape(labels['source'])}: {escape(str(rule.source))}</small></li>"
                )
            parts.append("</ol>")
        note = self.tr(
            "90 % intervals in brackets. Survey weights are not available: prevalences are approximate (see the "
            "model card)."
        )
        parts.append(f"<p><small>{escape(note)}</small></p>")
        return "".join(parts)

    @staticmethod
    def _line(label: str, value: str) -> str:
        return f"<tr><td>{html.escape(label)}</td><td><b>{html.escape(value)}</b></td></tr>"

    def _show_chart(self, ubigeo: str) -> None:
        if not self.page.require("charts", once=True):
            return
        from ...core.models.child_risk import comparison
        from ..charts import area_comparison_chart

        if self.chart is not None:
            self.chart_area.removeWidget(self.chart)
            self.chart.deleteLater()
        frame = self.result.frame
        row = frame[frame["ubigeo"] == ubigeo].iloc[0]
        name = row["district"] if "district" in frame.columns else row["province"]
        self.chart = area_comparison_chart(
            comparison(frame, ubigeo),
            [str(name), str(row["department"]), self.tr("Peru")],
            self.area_box,
        )
        self.chart_area.addWidget(self.chart)


def stored_result(path: Path, level: str, year):
    """The estimates and recommendations of a child-risk GeoPackage written by a run (``write_child_risk``), as
    the panel reads them from a run's result; None when the file cannot be read."""
    import sqlite3
    from types import SimpleNamespace

    import pandas as pd

    from ..outputs import CHILD_RISK_LAYER, CHILD_RISK_TABLE

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            frame, recommendations = (
                pd.read_sql_query(f'SELECT * FROM "{table}"', connection)
                for table in (CHILD_RISK_LAYER, CHILD_RISK_TABLE)
            )
    except (sqlite3.Error, pd.errors.DatabaseError):
        return None
    frame = frame.drop(columns=["fid", "geom", "geometry"], errors="ignore")
    recommendations = recommendations.drop(columns=["fid"], errors="ignore")
    return SimpleNamespace(frame=frame, recommendations=recommendations, level=level, year=year)


def _percent(value) -> str:
    """ "48,2 %" in the user's locale; "–" for a blank."""
    text = number(value)
    return text if text == "–" else f"{text} %"


def _interval(row, indicator: str) -> str:
    """ "48,2 % (41,0 – 55,3)": a prevalence with its 90 % interval, in the user's locale."""
    low, high = (number(row[f"{indicator}_{bound}"]) for bound in ("lo90", "hi90"))
    return f"{_percent(row[f'{indicator}_pct'])} ({low} – {high})"


def _out_of_time(card: dict) -> tuple[float, float]:
    """Stunting MAE of the model and of the baseline on the out-of-time provinces (from the card)."""
    stunting = card.get("evaluation", {}).get("out_of_time_provinces", {}).get("stunting", {})
    bundled = card.get("model", {}).get("bundled", "eb_logistic")
    model = stunting.get("approaches", {}).get(bundled, {})
    return float(model.get("mae", float("nan"))), float(stunting.get("baseline_mae", float("nan")))
