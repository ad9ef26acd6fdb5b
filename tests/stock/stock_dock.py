"""Phase B of the stock-install test, in the dock: open the AguaPerú dock, every page, and run the jobs whose
results are charts (water risk, poverty, child risk and the demand forecast on the Models page, a scenario
against the baseline on the Scenarios page); each page passes when it opened, its jobs ended without an error
and a pyqtgraph chart is on it.
"""

import json
import time
from pathlib import Path

import qgis.utils
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtWidgets import QApplication, QWidget

SCENARIO = {  # one department, to keep the run short
    "name": "Ayacucho 2030",
    "horizon_year": 2030,
    "growth": {"annual_pct": 1.0},
    "plan": {"new_sites": [{"optimise": {"k": 5}}]},
    "departments": ["05"],
}


def charts_in(widget: QWidget) -> list[str]:
    """The pyqtgraph plots inside ``widget`` (by object name, else class name)."""
    plots = [
        w for w in widget.findChildren(QWidget) if type(w).__module__.startswith("pyqtgraph") and hasattr(w, "plotItem")
    ]
    return [w.objectName() or type(w).__name__ for w in plots]


def open_pages_with_charts(session, data: Path, result: dict, inputs: Path | None = None, out: Path | None = None):
    plugin = qgis.utils.plugins["aguaperu"]
    pages = result["dock"] = {}
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    plugin.dock_action.trigger()
    yield lambda: plugin.dock is not None and plugin.dock.isVisible()
    dock = plugin.dock

    def errors_since(step: str) -> list[str]:
        return [
            m["message"][:300]
            for m in result["log"]
            if m["step"] == step and (m["tag"].startswith("Python") or (m["tag"] == "AguaPerú" and m["level"] >= 2))
        ]

    def run_job(page, label: str, start) -> "object":
        """Start a job with ``start()`` and wait for the page's task; record it under ``label``."""
        session.step_name = f"dock:{label}"
        started = time.time()
        start()
        job = {"started": page.task is not None}
        yield lambda: page.task is None
        job["seconds"] = round(time.time() - started, 1)
        job["errors"] = errors_since(session.step_name)
        job["status"] = page.status.text()[:300]
        jobs[label] = job

    for key in dock.page_keys():
        session.step_name = f"dock:{key}"
        dock.show_page(key)
        page = dock.page(key)
        jobs: dict = {}
        state = pages[key] = {"opened": page.isVisible(), "title": dock.tabs.tabText(dock.tabs.currentIndex())}
        if hasattr(page, "use_data_folder"):
            page.use_data_folder(data)
        yield lambda: True
        if key == "models":
            yield from run_job(page, "waterrisk", page.run_button.click)
            yield from run_job(page, "poverty", page.poverty.predict_button.click)
            yield from run_job(page, "childrisk", page.child.run_button.click)
            if inputs is not None:
                demand = page.demand
                demand.inflow.setFilePath(str(inputs / "InflowData.xlsx"))
                demand.weather.setFilePath(str(inputs / "WeatherData.xlsx"))
                demand.origin.setDateTime(QDateTime.fromString("2022-09-05 00:00", "yyyy-MM-dd HH:mm"))
                demand.horizon.setValue(48)
                demand.country.setText("IT")
                yield from run_job(page, "demandforecast", demand.forecast_button.click)
        elif key == "scenarios":
            from aguaperu.core.scenarios import Scenario

            path = (out or data) / "stock_scenario.json"
            path.write_text(json.dumps(SCENARIO), encoding="utf-8")
            page.store_path().unlink(missing_ok=True)
            page.refresh()
            page.baseline_id()
            page.store().create(Scenario.load(path))
            page.refresh()
            for row in range(page.list.count()):
                item = page.list.item(row)
                if item.flags() & Qt.ItemIsUserCheckable:
                    item.setCheckState(Qt.Checked)
            yield from run_job(page, "scenarios", page.run_all_button.click)
            yield from run_job(page, "compare", page.compare)  # the comparison runs in a task too
            jobs["compare"]["dialog"] = page.comparison is not None
            if page.comparison is not None:
                state["comparison_charts"] = charts_in(page.comparison)
        state["jobs"] = jobs
        state["charts"] = charts_in(page) + state.get("comparison_charts", [])
        failed = {label: job for label, job in jobs.items() if job.get("errors") or job.get("started") is False}
        wants_chart = key in ("models", "scenarios")
        state["ok"] = state["opened"] and not failed and (bool(state["charts"]) or not wants_chart)
        state["detail"] = f"charts {state['charts']}; jobs " + ", ".join(
            f"{label} {job.get('seconds', '')} s{' ERROR ' + job['errors'][0] if job.get('errors') else ''}"
            for label, job in jobs.items()
        )
        session.write()  # the comparison window stays open: users quit QGIS with windows open
