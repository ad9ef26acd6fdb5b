"""Processing: the water-quality risk of rural water systems, and its district summary."""

from functools import partial
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, cache_beside
from .feedback import load_on_completion, progress_of

SYSTEMS_LAYER, DISTRICTS_LAYER = "water_risk_systems", "water_risk_districts"
TABLES = QT_TR_NOOP("CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;All files (*.*)")


class WaterRiskAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "waterrisk"
    title = QT_TR_NOOP("Water-quality risk of rural water systems")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        for name, label in (
            ("SURVEY", tr("Survey of the office (ID, trat_funciona SI/NO), optional")),
            ("MEASUREMENTS", tr("Water-quality measurements (point, date, parameter, value, unit), optional")),
        ):
            self.addParameter(
                QgsProcessingParameterFile(
                    name, label, QgsProcessingParameterFile.File, fileFilter=tr(TABLES), optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFileDestination("SYSTEMS", tr("Systems with their risk"), tr("GeoPackage (*.gpkg)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("DISTRICTS", tr("District summary"), tr("GeoPackage (*.gpkg)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.io.outputs import write_together
        from ...core.jobs.models import WaterRiskRequest

        observations = {
            name.lower(): Path(value) if value else None
            for name in ("SURVEY", "MEASUREMENTS")
            for value in [self.parameterAsFile(parameters, name, context)]
        }
        request = WaterRiskRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            cache_dir=cache_beside(self.parameterAsFileOutput(parameters, "SYSTEMS", context)),
            **observations,
        )
        try:
            result = jobs.run("waterrisk", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        systems, districts, card = result.table("systems"), result.table("districts"), result.card
        layers = (
            ("SYSTEMS", systems, SYSTEMS_LAYER, tr("Water-quality risk of systems")),
            ("DISTRICTS", districts, DISTRICTS_LAYER, tr("Population served by high-risk systems")),
        )
        targets = {key: Path(self.parameterAsFileOutput(parameters, key, context)) for key, *_ in layers}
        # both replaced together, or neither (a cancel while writing leaves no half of the result)
        write_together({targets[key]: partial(write_layer, frame, layer=layer) for key, frame, layer, _ in layers})
        outputs = {}
        for key, _, layer, name in layers:
            load_on_completion(context, f"{targets[key]}|layername={layer}", name, key, layer)
            outputs[key] = str(targets[key])
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "water_risk"), card.get("version", "?")))
        outputs["HIGH_RISK_SYSTEMS"] = result.summary["counts"]["alto"]
        outputs["OBSERVED_SYSTEMS"] = result.summary["observed"]
        if result.summary["observed"]:
            feedback.pushInfo(
                tr("{0} systems observed, {1} estimated.", result.summary["observed"], result.summary["estimated"])
            )
        return outputs

    help_text = QT_TR_NOOP(
        "Predicts, for every rural water system of the data folder (SIASAR layout), the probability that "
        "its treatment is not working, and a class (bajo, medio, alto); per district, the population "
        "served by high-risk systems and its share. The bundled model and its card are in "
        "models/water_risk (leave-one-department-out validation). With the office's survey (SIASAR table: ID, "
        "trat_funciona SI/NO, fecha_encuesta) or water-quality measurements (point, date, parameter, value, unit; "
        "free residual chlorine below 0.5 mg/L or coliforms mark a system not working, the latest measurement "
        "wins), surveyed systems take their observed state (status observed) and the others are estimated from "
        "the model and the observations near them; where nothing is observed near a system its class is "
        "sin_evidencia."
    )


def write_layer(frame, path, layer: str) -> None:
    """``frame`` as the GeoPackage layer ``layer`` at ``path`` (a temporary of ``write_together``)."""
    frame.to_file(path, layer=layer, driver="GPKG")
