"""Processing: stunting and anaemia with 90 % intervals, the child-risk index and interventions of every district
or province (aggregates of at least the minimum number of children only)."""

from functools import partial
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import load_on_completion, progress_of

LEVELS = ("district", "province")
CLASSES = 5
LANGUAGES = ("es", "en")


def style_index(layer, minimum: float, breaks: list) -> None:
    from ..styling import style_graduated

    style_graduated(layer, "child_risk_index", minimum, breaks, "YlOrRd", 1, "")


class ChildRiskAlgorithm(AguaPeruAlgorithm):
    group_id = "models"

    def name(self) -> str:
        return "childrisk"

    def displayName(self) -> str:  # noqa: N802
        return tr("Child risk: stunting, anaemia and interventions")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Estimates stunting (height-for-age below -2 SD) and anaemia (6-59 months) of every district or "
            "province with 90 % intervals from the ENDES records of the data folder and district covariates, "
            "a child-risk index (percentile ranks of stunting, anaemia, poverty and water risk, weighted "
            "0.3/0.3/0.2/0.2) and the interventions an editable rule table recommends, each with the indicator "
            "that triggered it. Only aggregates of at least the minimum number of children (30 or more) are "
            "written. The GeoPackage holds the areas layer and an 'interventions' table. Model card: "
            "models/child_risk."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(
            QgsProcessingParameterEnum("LEVEL", tr("Level"), options=[tr("Districts"), tr("Provinces")], defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "YEAR",
                tr("Year (0: the year after the latest survey)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=0,
                minValue=0,
                maxValue=2100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_CELL",
                tr("Minimum children per published figure"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=30,
                minValue=30,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "RULES", tr("Intervention rule table (bundled when empty)"), extension="csv", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", tr("Language of the interventions"), options=["Español", "English"], defaultValue=0
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Child risk"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT_CSV", tr("Child risk table (CSV)"), tr("CSV (*.csv)"), optional=True, createByDefault=False
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.models.child_risk import predict, with_geometry, write_csv
        from ...core.models.child_risk.privacy import check_published
        from ...core.spatial.classify import class_breaks
        from ..tasks.model_tasks import ChildRiskTask, write_child_risk

        folder = Path(self.parameterAsFile(parameters, "DATA_FOLDER", context))
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        year = self.parameterAsInt(parameters, "YEAR", context) or None
        min_cell = self.parameterAsInt(parameters, "MIN_CELL", context)
        rules = self.parameterAsFile(parameters, "RULES", context)
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        try:
            frame, recommendations, card = predict(
                folder,
                level=level,
                year=year,
                min_cell=min_cell,
                rules=Path(rules) if rules else None,
                language=language,
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
            breaks = class_breaks(frame["child_risk_index"], k=CLASSES)
            areas = with_geometry(frame, folder, level)
            target = write_child_risk(
                areas,
                check_published(recommendations, min_cell),
                Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)),
            )
            csv = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context)
            if csv:
                write_csv(frame, Path(csv), min_cell)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        style = partial(style_index, minimum=float(frame["child_risk_index"].min()), breaks=breaks)
        uri = f"{target}|layername={ChildRiskTask.LAYER}"
        load_on_completion(context, uri, tr("Child-risk index {0}", int(frame["year"].iloc[0])), "OUTPUT", style)
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "child_risk"), card.get("version", "?")))
        return {
            "OUTPUT": str(target),
            "OUTPUT_CSV": csv or None,
            "AREAS": len(frame),
            "RECOMMENDATIONS": len(recommendations),
            "YEAR": int(frame["year"].iloc[0]),
        }
