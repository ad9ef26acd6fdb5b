"""The ``aguaperu`` Processing provider; algorithms are imported when QGIS asks for them."""

from importlib import import_module
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "aguaperu.svg"

# (module inside this package, class name): one module per job
ALGORITHMS = (
    ("export_map", "ExportMapAlgorithm"),
    ("validate_inputs", "ValidateInputsAlgorithm"),
    ("district_features", "DistrictFeaturesAlgorithm"),
    ("zonal_statistics", "ZonalStatisticsAlgorithm"),
    ("standards_check", "StandardsCheckAlgorithm"),
    ("water_risk", "WaterRiskAlgorithm"),
    ("hotspots", "HotspotsAlgorithm"),
    ("poverty", "PovertyAlgorithm"),
    ("poverty", "PovertyRetrainAlgorithm"),
    ("demand", "DemandForecastAlgorithm"),
    ("demand", "DemandAnomaliesAlgorithm"),
    ("demand", "DemandScheduleAlgorithm"),
    ("child_risk", "ChildRiskAlgorithm"),
    ("planning", "SitingAlgorithm"),
    ("planning", "RehabAlgorithm"),
    ("scenarios", "ScenarioRunAlgorithm"),
)


class AguaPeruProvider(QgsProcessingProvider):
    def id(self) -> str:  # noqa: A003 (QGIS API name)
        return "aguaperu"

    def name(self) -> str:
        return "AguaPerú"

    def longName(self) -> str:  # noqa: N802
        return tr("AguaPerú: water, poverty and child-welfare planning")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for module_name, class_name in ALGORITHMS:
            module = import_module(f".{module_name}", __package__)
            self.addAlgorithm(getattr(module, class_name)())
