"""Processing: district poverty with 90 % intervals (bundled or retrained model), and retraining on a user table."""

from functools import partial
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..styling import OUTPUTS, style_output
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, cache_beside
from .feedback import load_on_completion, progress_of

LAYER = "poverty"


class PovertyAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "poverty"
    title = QT_TR_NOOP("District poverty with 90 % intervals")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "MODEL_FOLDER",
                tr("Retrained model folder (bundled model when empty)"),
                QgsProcessingParameterFile.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Districts with poverty"), tr("GeoPackage (*.gpkg)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.features.district_features import write_features
        from ...core.jobs.models import PovertyRequest

        model = self.parameterAsFile(parameters, "MODEL_FOLDER", context)
        request = PovertyRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            model_dir=Path(model) if model else None,
            classes=OUTPUTS["poverty_pct"].classes,
            cache_dir=cache_beside(self.parameterAsFileOutput(parameters, "OUTPUT", context)),
        )
        try:
            result = jobs.run("poverty", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        frame, card = result.table("poverty"), result.card
        minimum, breaks = result.breaks["poverty_pct"]
        target = write_features(frame, Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), LAYER)
        style = partial(style_output, key="poverty_pct", minimum=minimum, breaks=breaks)
        load_on_completion(context, f"{target}|layername={LAYER}", tr("Poverty (predicted, %)"), "OUTPUT", style)
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "poverty"), card.get("version", "?")))
        return {"OUTPUT": str(target), "DISTRICTS": len(frame)}

    help_text = QT_TR_NOOP(
        "Predicts the monetary poverty rate (%) of every district of the data folder with a 90 % interval "
        "(columns poverty_pct, poverty_lo90, poverty_hi90, interval_width; observed_pct where INEI's 2018 "
        "map has it). The bundled model and its card are in models/poverty (department-held-out "
        "validation); a retrained model folder can be given instead."
    )


class PovertyRetrainAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "povertyretrain"
    title = QT_TR_NOOP("Retrain the poverty model on my data")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(QgsProcessingParameterFile("TARGET", tr("Target table (CSV with UBIGEO)"), extension="csv"))
        self.addParameter(QgsProcessingParameterString("COLUMN", tr("Target column")))
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "RASTERS", tr("Rasters (GeoTIFF)"), Qgis.ProcessingSourceType.Raster, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("MODEL_FOLDER", tr("New model folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.jobs.models import PovertyRetrainRequest

        rasters = [layer.source() for layer in self.parameterAsLayerList(parameters, "RASTERS", context)]
        out = Path(self.parameterAsString(parameters, "MODEL_FOLDER", context))
        request = PovertyRetrainRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            out=out,
            target=Path(self.parameterAsFile(parameters, "TARGET", context)),
            target_column=self.parameterAsString(parameters, "COLUMN", context),
            rasters=tuple(Path(r) for r in rasters),
        )
        try:
            card = jobs.run(
                "povertyretrain", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled
            ).card
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        metrics = card.get("evaluation", {}).get("bundled", {})
        feedback.pushInfo(tr("Department-held-out R² {0:.3f}, MAE {1:.2f}", metrics.get("r2"), metrics.get("mae")))
        return {"MODEL_FOLDER": str(out), "R2": metrics.get("r2"), "MAE": metrics.get("mae")}

    help_text = QT_TR_NOOP(
        "Trains a new poverty model on a table with a UBIGEO column and the value to learn, with the "
        "district features of the data folder and, optionally, the zonal statistics of GeoTIFFs. The new "
        "model goes into its own folder with its own model card (department-held-out metrics); the "
        "bundled model is never overwritten. Use the folder in 'District poverty with 90 % intervals'."
    )
