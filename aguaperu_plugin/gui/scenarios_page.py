"""The Scenarios page: define planning scenarios, run them in the background and compare them with the baseline.

Scenarios and every result live in one GeoPackage next to the QGIS project (remembered by the project). A run
works on a copy of the scenario taken when it starts and writes its results under that scenario's id, whatever
the user selects or edits meanwhile.
"""

from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from ..groups import SCENARIOS_GROUP
from ..toolbelt.messages import show_success
from ..toolbelt.settings import PluginSettings
from .job_page import JobPage
from .scenario_store import ScenarioStoreController

ID_ROLE = Qt.UserRole
COMPARISON_RUN = "comparison"  # what the project remembers of its last comparison (``project_runs``)


class ScenariosPage(JobPage):
    key = "scenarios"
    sections = ("scenarios",)
    icon_name = "scenarios"

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(iface, parent)
        self.scenarios = ScenarioStoreController(self.output_folder)
        self.comparison = None
        self.compared = None
        self._report_layouts = None
        self.chart = None
        self._build()
        QgsProject.instance().readProject.connect(self._project_changed)
        QgsProject.instance().cleared.connect(self._project_changed)
        self.restore_comparison()  # the dock opened on a project that was compared

    def _project_changed(self, *_args) -> None:
        """Another project: list its scenarios (nothing when this page is already gone)."""
        from qgis.PyQt import sip

        if not sip.isdeleted(self) and not sip.isdeleted(self.list):
            self.refresh()
            self.restore_comparison()

    def restore_comparison(self) -> None:
        """The comparison the project remembers, computed again from its scenario store in a task (the window
        and its layers come back as they were); nothing when the store or a scenario is gone."""
        from ..project_runs import recall

        data = recall(COMPARISON_RUN)
        if not data or self.task is not None or not self.store_path().exists():
            return
        from ..tasks.scenario_tasks import ScenarioCompareTask

        def not_restored(_error) -> None:
            self.run_task(None)
            self.status.setText(self.tr("The last comparison of this project could not be restored."))

        task = ScenarioCompareTask(
            self.store_path(),
            data["base"],
            list(data["ids"]),
            self.output_folder(),
            on_done=self._compare_done,
            on_error=not_restored,
        )
        self.run_task(task)

    def title(self) -> str:
        return self.tr("Scenarios")

    def placeholder(self) -> str:
        return self.tr("No scenario yet: create one, or run the baseline.")

    # --- widgets --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.add_data_folder_row("aguaperu_scenarios_data_folder")

        self.list = QListWidget(self)
        self.list.setObjectName("aguaperu_scenarios_list")
        self.list.setToolTip(self.tr("Tick the scenarios to compare with the baseline; select one to edit or run it."))
        self.list.setMinimumHeight(130)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_scenario())
        self.body.addWidget(self.list)
        grid = QGridLayout()
        buttons = (
            ("new", self.tr("New…"), self.new_scenario),
            ("duplicate", self.tr("Duplicate"), self.duplicate_scenario),
            ("edit", self.tr("Edit…"), self.edit_scenario),
            ("delete", self.tr("Delete"), self.delete_scenario),
            ("import", self.tr("Import…"), self.import_scenario),
            ("export", self.tr("Export…"), self.export_scenario),
        )
        self.buttons = {}
        for index, (name, text, slot) in enumerate(buttons):
            button = QPushButton(text, self)
            button.setObjectName(f"aguaperu_scenario_{name}")
            button.clicked.connect(slot)
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[name] = button
        self.body.addLayout(grid)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run selected"), self)
        self.run_button.setObjectName("aguaperu_scenario_run")
        self.run_button.clicked.connect(self.run_selected)
        self.run_all_button = QPushButton(self.tr("Run baseline and ticked"), self)
        self.run_all_button.setObjectName("aguaperu_scenario_run_all")
        self.run_all_button.clicked.connect(self.run_ticked)
        self.compare_button = QPushButton(self.tr("Compare ticked with the baseline"), self)
        self.compare_button.setObjectName("aguaperu_scenario_compare")
        self.compare_button.clicked.connect(self.compare)
        for button in (self.run_button, self.run_all_button, self.compare_button):
            row.addWidget(button)
        self.body.addLayout(row)
        self.report_button = QPushButton(self.tr("Export the comparison report (PDF)…"), self)
        self.report_button.setObjectName("aguaperu_scenario_report")
        self.report_button.setEnabled(False)
        self.report_button.setToolTip(
            self.tr(
                "One page per scenario (map and indicators), then a comparison page per scenario, in the map language."
            )
        )
        self.report_button.clicked.connect(self.export_report)
        self.body.addWidget(self.report_button)
        self.add_progress_row()
        self.kpi_table = QTableWidget(0, 0, self)
        self.kpi_table.setObjectName("aguaperu_scenarios_kpis")
        self.kpi_table.setVisible(False)
        self.kpi_table.setMinimumHeight(260)
        self.body.addWidget(self.kpi_table)
        self.action_buttons = (
            self.report_button,
            self.run_button,
            self.run_all_button,
            self.compare_button,
            self.buttons["delete"],
            self.buttons["import"],
        )
        self.refresh()

    def use_data_folder(self, folder: Path) -> None:
        self.data_folder.setFilePath(str(folder))

    # --- the store ------------------------------------------------------------------------------------
    def store_path(self) -> Path:
        """The project's scenario GeoPackage (``ScenarioStoreController.path``)."""
        return self.scenarios.path()

    def store(self):
        return self.scenarios.store()

    def baseline_id(self) -> str:
        """The id of the project's baseline scenario (created, with no plan, the first time it is needed)."""
        listed = self.scenarios.listed() or []
        base = self.scenarios.baseline_id(self.tr("Baseline"))
        if base not in {row[0] for row in listed}:
            self.refresh()
        return base

    def refresh(self) -> None:
        """List the store's scenarios (ticks and selection kept). Read with sqlite3 alone, so that opening the
        dock imports nothing heavy."""
        ticked = set(self.ticked_ids())
        selected = self.selected_id()
        self.list.clear()
        rows = self.scenarios.listed()
        if rows is None:
            self.status.setText(self.tr("{0} cannot be read.").format(self.store_path()))
            return
        base = self.scenarios.known_baseline(row[0] for row in rows)
        baseline_word = self.tr("baseline")
        for scenario_id, name, version, result_version in rows:
            if result_version is None:
                state = self.tr("not run")
            elif result_version != version:
                state = self.tr("results of v{0}: run again").format(int(result_version))
            else:
                state = self.tr("results")
            item = QListWidgetItem(f"{name}  (v{version}, {state})", self.list)
            item.setData(ID_ROLE, scenario_id)
            if scenario_id == base:
                item.setText(f"{name}  ({baseline_word}, {state})")
                item.setFlags(item.flags() & ~Qt.ItemIsUserCheckable)  # always compared, never ticked
            else:
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if scenario_id in ticked else Qt.Unchecked)
            if scenario_id == selected:
                self.list.setCurrentItem(item)
        self.status.setText(
            self.tr("{0} scenarios in {1}.").format(len(rows), self.store_path().name) if rows else self.placeholder()
        )

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def ticked_ids(self) -> list[str]:
        """The ticked scenarios (never the baseline)."""
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.flags() & Qt.ItemIsUserCheckable and item.checkState() == Qt.Checked:
                ids.append(item.data(ID_ROLE))
        base = self.scenarios.known_baseline(ids)
        return [i for i in ids if i != base]

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == scenario_id:
                self.list.setCurrentRow(row)

    def _guard(self, action) -> object:
        """Run ``action()``; a project error becomes a message (never an exception into QGIS)."""
        from ...core.errors import AguaPeruError
        from ..toolbelt.messages import show_error

        try:
            return action()
        except AguaPeruError as error:
            show_error(self.iface, str(error), details=str(getattr(error, "details", "")))
            return None

    # --- create, edit, delete -------------------------------------------------------------------------
    def new_scenario(self) -> None:
        from ...core.scenarios import Scenario
        from .scenario_dialog import ScenarioDialog

        self._guard(self.baseline_id)
        dialog = ScenarioDialog(Scenario(name=self.tr("New scenario"), horizon_year=2030), self)
        if dialog.exec_():
            created = self._guard(lambda: self.store().create(dialog.scenario()))
            self.refresh()
            if created is not None:
                self.select(created.id)

    def duplicate_scenario(self) -> None:
        scenario_id = self.selected_id()
        if scenario_id:
            copy = self._guard(lambda: self.store().duplicate(scenario_id))
            self.refresh()
            if copy is not None:
                self.select(copy.id)

    def _selected_scenario(self):
        """The selected scenario read from the store, or None (nothing selected, or an error already shown)."""
        scenario_id = self.selected_id()
        return self._guard(lambda: self.store().load(scenario_id)) if scenario_id else None

    def edit_scenario(self) -> None:
        from .scenario_dialog import ScenarioDialog

        scenario = self._selected_scenario()
        if scenario is None:
            return
        dialog = ScenarioDialog(scenario, self)
        if dialog.exec_():
            self._guard(lambda: self.store().update(dialog.scenario()))
            self.refresh()

    def delete_scenario(self) -> None:
        scenario_id = self.selected_id()
        if not scenario_id:
            return
        name = self.list.currentItem().text()
        answer = QMessageBox.question(
            self, self.tr("Delete scenario"), self.tr("Delete {0} and its results?").format(name)
        )
        if answer == QMessageBox.Yes:
            self._remove_layers(scenario_id)
            self._guard(lambda: self.store().delete(scenario_id))
            self.refresh()

    def import_scenario(self) -> None:
        from ...core.scenarios import Scenario

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a scenario"), "", self.tr("Scenarios (*.json)"))
        if path:
            scenario = self._guard(lambda: Scenario.load(path))
            existing = self._guard(lambda: set(self.store().list()["id"])) if scenario is not None else None
            if existing is not None:
                if scenario.id in existing:
                    scenario = scenario.copy(id=Scenario(name=scenario.name).id, version=1)
                created = self._guard(lambda: self.store().create(scenario))
                self.refresh()
                if created is not None:
                    self.select(created.id)

    def export_scenario(self) -> None:
        scenario = self._selected_scenario()
        if scenario is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the scenario"), f"{scenario.name}.json", self.tr("Scenarios (*.json)")
        )
        if path:
            scenario.save(path)

    # --- running --------------------------------------------------------------------------------------
    def checked_data_folder(self) -> Path | None:
        folder = self.data_folder.filePath()
        if not folder or not Path(folder).is_dir():
            self.status.setText(self.tr("Choose a data folder first."))
            return None
        return Path(folder)

    def run_selected(self) -> None:
        scenario_id = self.selected_id()
        if not scenario_id:
            self.status.setText(self.tr("Select a scenario to run."))
            return
        self._run([scenario_id])

    def run_ticked(self) -> None:
        base = self._guard(self.baseline_id)
        if base:
            self._run([base, *self.ticked_ids()])

    def _run(self, ids: list[str]) -> None:
        if not self.require("scenariorun"):
            return
        from ..tasks.scenario_tasks import ScenarioRunTask

        folder = self.checked_data_folder()
        if folder is None:
            return
        store = self.store()
        scenarios = [s for s in (self._guard(lambda i=i: store.load(i)) for i in ids) if s is not None]
        if not scenarios:
            return
        task = ScenarioRunTask(scenarios, store.path, folder, on_done=self._run_done, on_error=self.task_failed)
        self.run_task(task)

    def _run_done(self, runs: list) -> None:
        self.run_task(None)
        for run in runs:
            self._add_layers(run)
        self.refresh()
        names = ", ".join(f"{run.name} (v{run.version})" for run in runs)
        show_success(self.iface, self.tr("Scenarios run: {0}.").format(names))

    def _remove_layers(self, scenario_id: str) -> None:
        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer.customProperty("aguaperu/scenario_id") == scenario_id:
                project.removeMapLayer(layer.id())

    def _add_layers(self, run) -> None:
        from ..layers import add_output, add_to_group, vector_layer
        from ..styling import style_sites

        self._remove_layers(run.scenario_id)
        districts = vector_layer(
            run.path, run.tables["districts"], self.tr("{0}: population without water").format(run.name)
        )
        districts.setCustomProperty("aguaperu/scenario_id", run.scenario_id)
        add_output(QgsProject.instance(), districts, "unserved", run.minimum, run.breaks)
        if run.sites:
            sites = vector_layer(run.path, run.tables["sites"], self.tr("{0}: new water points").format(run.name))
            sites.setCustomProperty("aguaperu/scenario_id", run.scenario_id)
            style_sites(sites)
            add_to_group(QgsProject.instance(), sites, None, SCENARIOS_GROUP)

    # --- comparison -----------------------------------------------------------------------------------
    def compare(self) -> None:
        """The baseline against the ticked scenarios, compared in a task: KPI table here, and the side-by-side
        view when it is done."""
        if not self.require("scenariocompare"):
            return
        from ..tasks.scenario_tasks import ScenarioCompareTask

        ids = self.ticked_ids()
        if not ids:
            self.status.setText(self.tr("Tick at least one scenario to compare."))
            return
        base = self._guard(self.baseline_id)
        if base is None:
            return
        from ..project_runs import remember

        remember(COMPARISON_RUN, {"base": base, "ids": list(ids)})  # the project reopens with this comparison
        task = ScenarioCompareTask(
            self.store_path(), base, ids, self.output_folder(), on_done=self._compare_done, on_error=self.task_failed
        )
        self.run_task(task)

    def _compare_done(self, compared) -> None:
        self.run_task(None)
        self.show_comparison(compared)

    def export_report(self, path: str | None = None) -> None:
        """Print the last comparison as a multi-page PDF, page by page in the task manager."""
        from ..printing.export import PdfJob, layout_pages
        from ..printing.report import ReportOptions, build_report
        from ..printing.scenario_report import WORDS, scenario_pages
        from ..tasks.print_task import PrintTask

        if self.compared is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the comparison report"),
                str(self.output_folder() / "informe_escenarios.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
        if not path:
            return
        language = PluginSettings.load().map_language
        project = QgsProject.instance()
        try:
            pages = scenario_pages(project, self.compared, self.output_folder(), language)
            options = ReportOptions(language=language, sources=WORDS[language]["sources"])
            layouts = build_report(project, pages, options)
        except (OSError, KeyError, ValueError) as error:
            self.status.setText(self.tr("The report could not be prepared: {0}").format(error))
            return
        self._report_layouts = layouts  # kept alive while the pages print
        job = PdfJob([page for layout in layouts for page in layout_pages(layout)], Path(path), pages[0].title)
        description = self.tr("AguaPerú: printing {0}").format(Path(path).name)
        self.run_task(PrintTask(description, job, self._report_done, self.task_failed))

    def _report_done(self, path: Path, pages: int) -> None:
        self.run_task(None)
        self._report_layouts = None
        self.status.setText(self.tr("{0}: {1} page(s) written.").format(path, pages))
        show_success(self.iface, self.tr("Report written to {0}.").format(path))

    def show_comparison(self, compared) -> None:
        """The comparison in the dock (KPI table and chart, each change split into what the assumptions and what
        the plan did) and in its window (two maps with the same class breaks and their legends)."""
        self.compared = compared
        self.report_button.setEnabled(True)
        from ...core.scenarios.kpis import DOCK, shown
        from ..layers import add_output, vector_layer
        from ..styling import style_output
        from .compare_view import (
            WINDOW_LABELS,
            ComparisonDialog,
            comparison_columns,
            comparison_rows,
            fill_kpi_table,
            place_difference_layer,
            share_project_breaks,
            split_chart,
        )

        names = compared.names
        columns = comparison_columns(names)
        rows = comparison_rows(compared.table, shown(DOCK), self.kpi_labels(), names)
        fill_kpi_table(self.kpi_table, rows, columns)
        self.kpi_table.resizeColumnsToContents()
        self.kpi_table.setVisible(True)
        if self.chart is not None:
            self.body.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = split_chart(rows, names, self)
        self.body.addWidget(self.chart)
        unsplit = list(compared.unsplit)
        if unsplit:
            self.status.setText(
                self.tr("Run {0} again to split its change into assumptions and plan.").format(", ".join(unsplit))
            )

        project = QgsProject.instance()
        share_project_breaks(project, compared.district_layers, compared.styles)
        layers = {}
        # the window's own copies of the maps: kept by the window, not the project (a project that is saved and
        # reopened, or compared again, never gathers unlisted copies of them)
        from qgis.core import QgsMapLayerStore

        window_layers = QgsMapLayerStore()
        for name, (path, table) in compared.district_layers.items():
            layer = vector_layer(path, table, self.tr("{0}: population without water").format(name))
            minimum, breaks = compared.styles[name]  # one set of classes for every scenario's map
            style_output(layer, "unserved", minimum, breaks)
            layers[name] = layer
            window_layers.addMapLayer(layer)
        for name, (path, table) in compared.difference_layers.items():
            title = self.tr("{0} − baseline: share served (points)").format(name)
            layer = vector_layer(path, table, title)
            minimum, breaks = compared.difference_breaks[name]
            layer = add_output(project, layer, "served_share_diff_pp", minimum, breaks)
            place_difference_layer(project, layer)
            layers[title] = layer
        self.comparison = ComparisonDialog(
            rows, columns, layers, names[0], names[1], self, chart=split_chart(rows, names, label_width=WINDOW_LABELS)
        )
        window_layers.setParent(self.comparison)  # the copies go with the window
        self.comparison.show()

    def kpi_labels(self) -> dict:
        return {
            "population": self.tr("Population"),
            "served": self.tr("Population served"),
            "unserved": self.tr("Population without water"),
            "served_share": self.tr("Share served"),
            "high_risk_served": self.tr("Served by high-risk systems"),
            "need_weighted_unserved": self.tr("Need-weighted population without water"),
            "demand_m3_day": self.tr("Demand (m³/day)"),
            "functioning_systems": self.tr("Functioning systems"),
            "new_systems": self.tr("New systems"),
            "rehabilitated": self.tr("Systems rehabilitated"),
            "treatment_fixes": self.tr("Treatment fixes"),
            "cost": self.tr("Cost (S/)"),
            "budget_left": self.tr("Budget left (S/)"),
        }

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> defines planning scenarios (horizon year, population growth, climate, new "
            "water points at optimised sites, rehabilitation, treatment fixes, unit costs and a budget), runs "
            "them in the background (population served and unserved within the access distance, systems at "
            "high water-quality risk, poverty- and child-risk-weighted need, demand, cost) and compares them "
            "with the baseline side by side.</p>"
            "<p><b>Inputs:</b> a data folder laid out like the shared data.</p>"
            "<p>Scenarios and their results are stored in a GeoPackage next to your QGIS project; a run always "
            "writes into the scenario it started with, whatever you select or edit meanwhile.</p>"
        )
