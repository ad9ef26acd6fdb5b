"""Processing: the water-quality risk of rural water systems, and its district summary."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import load_on_completion, progress_of

SYSTEMS_LAYER, DISTRICTS_LAYER = "water_risk_systems", "water_risk_districts"


class WaterRiskAlgorithm(AguaPeruAlgorithm):
    group_id = "models"

    def name(self) -> str:
        return "waterrisk"

    def displayName(self) -> str:  # noqa: N802
        return tr("Water-quality risk of rural water systems")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Predicts, for every rural water system of the data folder (SIASAR layout), the probability that "
            "its treatment is not working, and a class (bajo, medio, alto); per district, the population "
            "served by high-risk systems and its share. The bundled model and its card are in "
            "models/water_risk (leave-one-department-out validation)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("SYSTEMS", tr("Systems with their risk"), tr("GeoPackage (*.gpkg)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("DISTRICTS", tr("District summary"), tr("GeoPackage (*.gpkg)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.features.district_features import write_features
        from ...core.models.water_risk import predict

        folder = Path(self.parameterAsFile(parameters, "DATA_FOLDER", context))
        try:
            systems, districts, card = predict(
                data_dir=folder, progress=progress_of(feedback), is_cancelled=feedback.isCanceled
            )
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        outputs = {}
        for key, frame, layer, name in (
            ("SYSTEMS", systems, SYSTEMS_LAYER, tr("Water-quality risk of systems")),
            ("DISTRICTS", districts, DISTRICTS_LAYER, tr("Population served by high-risk systems")),
        ):
            target = write_features(frame, Path(self.parameterAsFileOutput(parameters, key, context)), layer)
            load_on_completion(context, f"{target}|layername={layer}", name, key, layer)
            outputs[key] = str(target)
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "water_risk"), card.get("version", "?")))
        outputs["HIGH_RISK_SYSTEMS"] = int((systems["risk_class"] == "alto").sum())
        return outputs
