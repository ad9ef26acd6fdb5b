"""Tasks of the Models page."""

from dataclasses import dataclass
from pathlib import Path

from .base import BaseTask


@dataclass
class WaterRiskResult:
    systems: Path  # GeoPackage, layer "water_risk_systems"
    districts: Path  # GeoPackage, layer "water_risk_districts"
    card: dict
    counts: dict  # risk class → number of systems


class WaterRiskTask(BaseTask):
    """Predict the water-quality risk of every system and aggregate it per district; write two GeoPackages."""

    SYSTEMS_LAYER = "water_risk_systems"
    DISTRICTS_LAYER = "water_risk_districts"

    def __init__(self, data_dir: Path, out_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: water-quality risk model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)

    def compute(self) -> WaterRiskResult:
        from ...core.features.district_features import write_features
        from ...core.models.water_risk import predict

        systems, districts, card = predict(
            data_dir=self.data_dir,
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.92, "writing")
        systems_path = write_features(systems, self.out_dir / "aguaperu_riesgo_sistemas.gpkg", self.SYSTEMS_LAYER)
        districts_path = write_features(
            districts, self.out_dir / "aguaperu_riesgo_distritos.gpkg", self.DISTRICTS_LAYER
        )
        counts = systems["risk_class"].value_counts().to_dict()
        return WaterRiskResult(systems_path, districts_path, card, {str(k): int(v) for k, v in counts.items()})
