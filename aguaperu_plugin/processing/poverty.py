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

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import load_on_completion, progress_of

LAYER = "poverty"
CLASSES = 5


def style_poverty(layer, minimum: float, breaks: list) -> None:
    from ..styling import style_graduated

    style_graduated(layer, "poverty_pct", minimum, breaks, "Reds", 1, " %")


class PovertyAlgorithm(AguaPeruAlgorithm):
    group_id = "models"

    def name(self) -> str:
        return "poverty"

    def displayName(self) -> str:  # noqa: N802
        return tr("District poverty with 90 % intervals")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Predicts the monetary poverty rate (%) of every district of the data folder with a 90 % interval "
            "(columns poverty_pct, poverty_lo90, poverty_hi90, interval_width; observed_pct where INEI's 2018 "
            "map has it). The bundled model and its card are in models/poverty (department-held-out "
            "validation); a retrained model folder can be given instead."
        )

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
        from ...core.errors import AguaPeruError
        from ...core.features.district_features import write_features
        from ...core.models.poverty import predict
        from ...core.spatial.classify import class_breaks

        folder = Path(self.parameterAsFile(parameters, "DATA_FOLDER", context))
        model = self.parameterAsFile(parameters, "MODEL_FOLDER", context)
        try:
            frame, card = predict(
                data_dir=folder,
                model_dir=Path(model) if model else None,
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
            breaks = class_breaks(frame["poverty_pct"], k=CLASSES)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        target = write_features(frame, Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), LAYER)
        style = partial(style_poverty, minimum=float(frame["poverty_pct"].min()), breaks=breaks)
        load_on_completion(context, f"{target}|layername={LAYER}", tr("Poverty (predicted, %)"), "OUTPUT", style)
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "poverty"), card.get("version", "?")))
        return {"OUTPUT": str(target), "DISTRICTS": len(frame)}


class PovertyRetrainAlgorithm(AguaPeruAlgorithm):
    group_id = "models"

    def name(self) -> str:
        return "povertyretrain"

    def displayName(self) -> str:  # noqa: N802
        return tr("Retrain the poverty model on my data")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Trains a new poverty model on a table with a UBIGEO column and the value to learn, with the "
            "district features of the data folder and, optionally, the zonal statistics of GeoTIFFs. The new "
            "model goes into its own folder with its own model card (department-held-out metrics); the "
            "bundled model is never overwritten. Use the folder in 'District poverty with 90 % intervals'."
        )

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
        from ...core.errors import AguaPeruError
        from ...core.models.poverty import train

        rasters = [layer.source() for layer in self.parameterAsLayerList(parameters, "RASTERS", context)]
        out = Path(self.parameterAsString(parameters, "MODEL_FOLDER", context))
        try:
            card = train(
                Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
                out,
                target=Path(self.parameterAsFile(parameters, "TARGET", context)),
                target_column=self.parameterAsString(parameters, "COLUMN", context),
                rasters=[Path(r) for r in rasters],
                compare_keras=False,
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        metrics = card.get("evaluation", {}).get("bundled", {})
        feedback.pushInfo(tr("Department-held-out R² {0:.3f}, MAE {1:.2f}", metrics.get("r2"), metrics.get("mae")))
        return {"MODEL_FOLDER": str(out), "R2": metrics.get("r2"), "MAE": metrics.get("mae")}
