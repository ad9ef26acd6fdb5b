"""The dialog that creates or edits a planning scenario: horizon, growth, climate, the investment plan, costs."""

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def _spin(parent, low: int, high: int, value: int, suffix: str = "", special: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    if special:
        box.setSpecialValueText(special)
    box.setGroupSeparatorShown(True)
    return box


def _double(
    parent, low: float, high: float, value: float, decimals: int, suffix: str = "", prefix: str = ""
) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setPrefix(prefix)  # soles before the amount: "S/ 60 000 000"
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    return box


def _top(value) -> int:
    """N of ``{"top": N}``; 0 for an explicit list or nothing."""
    return int(value.get("top", 0)) if isinstance(value, dict) else 0


class ScenarioDialog(QDialog):
    """Edit a copy of ``scenario``; ``scenario()`` returns it with the form's values (same id)."""

    def __init__(self, scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aguaperu_scenario_dialog")
        self.setWindowTitle(self.tr("Scenario"))
        self.original = scenario
        layout = QVBoxLayout(self)

        general = QFormLayout()
        self.name = QLineEdit(scenario.name, self)
        self.name.setObjectName("aguaperu_scenario_name")
        general.addRow(self.tr("Name"), self.name)
        self.horizon = _spin(self, scenario.base_year, 2100, scenario.horizon_year)
        self.horizon.setGroupSeparatorShown(False)
        self.horizon.setObjectName("aguaperu_scenario_horizon")
        general.addRow(self.tr("Horizon year"), self.horizon)
        growth = scenario.growth
        annual = growth.annual_pct
        if growth.total_pct is not None and scenario.years > 0:
            annual = 100 * ((1 + growth.total_pct / 100) ** (1 / scenario.years) - 1)
        self.growth = _double(self, -10, 10, annual, 2, " %")
        self.growth.setObjectName("aguaperu_scenario_growth")
        self.growth.setToolTip(self.tr("Annual population growth from the base year (2020 projection) to the horizon."))
        general.addRow(self.tr("Population growth per year"), self.growth)
        self.temperature = _double(self, -5, 8, scenario.climate.temperature_delta_c, 1, " °C")
        self.temperature.setObjectName("aguaperu_scenario_temperature")
        general.addRow(self.tr("Temperature change"), self.temperature)
        self.precipitation = _double(self, -80, 200, scenario.climate.precipitation_delta_pct, 0, " %")
        self.precipitation.setObjectName("aguaperu_scenario_precipitation")
        general.addRow(self.tr("Precipitation change"), self.precipitation)
        self.access = _double(self, 0.1, 20, scenario.access_km, 2, " km")
        self.access.setObjectName("aguaperu_scenario_access")
        general.addRow(self.tr("Access distance"), self.access)
        self.departments = QLineEdit(", ".join(scenario.departments), self)
        self.departments.setObjectName("aguaperu_scenario_departments")
        self.departments.setPlaceholderText(self.tr("All of Peru (or department codes, e.g. 05, 12)"))
        general.addRow(self.tr("Departments"), self.departments)
        layout.addLayout(general)

        plan_box = QGroupBox(self.tr("Investment plan"), self)
        plan = QFormLayout(plan_box)
        optimised = next((item["optimise"] for item in scenario.plan.new_sites if "optimise" in item), {})
        self.new_sites = _spin(plan_box, 0, 100000, int(optimised.get("k", 0)), "", self.tr("none"))
        self.new_sites.setObjectName("aguaperu_scenario_new_sites")
        self.new_sites.setToolTip(
            self.tr("New water points sited by maximal covering of the unserved need (exact optimisation).")
        )
        plan.addRow(self.tr("New water points (optimised sites)"), self.new_sites)
        self.rehabilitate = _spin(plan_box, 0, 100000, _top(scenario.plan.rehabilitate), "", self.tr("none"))
        self.rehabilitate.setObjectName("aguaperu_scenario_rehabilitate")
        self.rehabilitate.setToolTip(self.tr("The first systems of the rehabilitation ranking."))
        plan.addRow(self.tr("Systems rehabilitated (top of the ranking)"), self.rehabilitate)
        self.fixes = _spin(plan_box, 0, 100000, _top(scenario.plan.fix_treatment), "", self.tr("none"))
        self.fixes.setObjectName("aguaperu_scenario_fixes")
        self.fixes.setToolTip(self.tr("Chlorination fixed in the functioning systems of highest water-quality risk."))
        plan.addRow(self.tr("Treatment fixes (highest risk first)"), self.fixes)
        costs = scenario.unit_costs
        self.cost_new = _double(plan_box, 0, 1e9, costs.get("new_system", 0), 0, prefix="S/ ")
        self.cost_rehab = _double(plan_box, 0, 1e9, costs.get("rehabilitation", 0), 0, prefix="S/ ")
        self.cost_fix = _double(plan_box, 0, 1e9, costs.get("treatment_fix", 0), 0, prefix="S/ ")
        plan.addRow(self.tr("Cost of a new system"), self.cost_new)
        plan.addRow(self.tr("Cost of a rehabilitation"), self.cost_rehab)
        plan.addRow(self.tr("Cost of a treatment fix"), self.cost_fix)
        self.budget = _double(plan_box, 0, 1e12, scenario.budget or 0, 0, prefix="S/ ")
        self.budget.setObjectName("aguaperu_scenario_budget")
        self.budget.setSpecialValueText(self.tr("no budget"))
        plan.addRow(self.tr("Budget"), self.budget)
        layout.addWidget(plan_box)

        self.notes = QPlainTextEdit(scenario.notes, self)
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setMaximumHeight(70)
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scenario(self):
        """The edited scenario (a copy; same id, the store bumps the version when it saves it)."""
        from ...core.scenarios.model import Climate, Growth, Plan

        original = self.original
        explicit_sites = [item for item in original.plan.new_sites if "optimise" not in item]
        sites = explicit_sites + ([{"optimise": {"k": self.new_sites.value()}}] if self.new_sites.value() else [])
        rehabilitate = {"top": self.rehabilitate.value()} if self.rehabilitate.value() else []
        if not self.rehabilitate.value() and isinstance(original.plan.rehabilitate, list):
            rehabilitate = list(original.plan.rehabilitate)  # a list of chosen systems stays as it was
        fixes = {"top": self.fixes.value()} if self.fixes.value() else []
        if not self.fixes.value() and isinstance(original.plan.fix_treatment, list):
            fixes = list(original.plan.fix_treatment)
        codes = [c.strip().zfill(2) for c in self.departments.text().replace(";", ",").split(",") if c.strip()]
        return original.copy(
            name=self.name.text().strip() or original.name,
            horizon_year=self.horizon.value(),
            growth=Growth(annual_pct=self.growth.value(), by_district=dict(original.growth.by_district)),
            climate=Climate(self.temperature.value(), self.precipitation.value()),
            plan=Plan(new_sites=sites, rehabilitate=rehabilitate, fix_treatment=fixes),
            unit_costs={
                "new_system": self.cost_new.value(),
                "rehabilitation": self.cost_rehab.value(),
                "treatment_fix": self.cost_fix.value(),
            },
            budget=self.budget.value() or None,
            access_km=self.access.value(),
            departments=codes,
            notes=self.notes.toPlainText(),
        )
