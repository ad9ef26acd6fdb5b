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

from ..child_texts import localised_areas
from ..styling import OUTPUTS, style_output
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, cache_beside
from .feedback import load_on_completion, progress_of

LEVELS = ("district", "province")
LANGUAGES = ("es", "en")


class ChildRiskAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "childrisk"
    title = QT_TR_NOOP("Child risk: stunting, anaemia and interventions")

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
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.jobs.models import ChildRiskRequest
        from ...core.models.child_risk import write_csv
        from ..outputs import CHILD_RISK_LAYER, write_child_risk

        rules = self.parameterAsFile(parameters, "RULES", context)
        request = ChildRiskRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            level=LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)],
            year=self.parameterAsInt(parameters, "YEAR", context) or None,
            min_cell=self.parameterAsInt(parameters, "MIN_CELL", context),
            rules=Path(rules) if rules else None,
            language=LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)],
            geometry=True,
            classes=OUTPUTS["child_risk_index"].classes,
            cache_dir=cache_beside(self.parameterAsFileOutput(parameters, "OUTPUT", context)),
        )
        try:
            result = jobs.run("childrisk", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
            frame, recommendations, card = result.table("areas"), result.table("interventions"), result.card
            target = write_child_risk(
                localised_areas(result.table("areas_map"), recommendations),  # drivers, triggers: the user's words
                recommendations,
                Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)),
            )
            csv = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context)
            if csv:
                write_csv(frame, Path(csv), request.min_cell)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        minimum, breaks = result.breaks["child_risk_index"]
        style = partial(style_output, key="child_risk_index", minimum=minimum, breaks=breaks)
        uri = f"{target}|layername={CHILD_RISK_LAYER}"
        load_on_completion(context, uri, tr("Child-risk index {0}", int(frame["year"].iloc[0])), "OUTPUT", style)
        feedback.pushInfo(tr("Model {0}, version {1}", card.get("name", "child_risk"), card.get("version", "?")))
        return {
            "OUTPUT": str(target),
            "OUTPUT_CSV": csv or None,
            "AREAS": len(frame),
            "RECOMMENDATIONS": len(recommendations),
            "YEAR": int(frame["year"].iloc[0]),
        }

    help_text = QT_TR_NOOP(
        "Estimates stunting (height-for-age below -2 SD) and anaemia (6-59 months) of every district or "
        "province with 90 % intervals from the ENDES records of the data folder and district covariates, "
        "a child-risk index (percentile ranks of stunting, anaemia, poverty and water risk, weighted "
        "0.3/0.3/0.2/0.2) and the interventions an editable rule table recommends, each with the indicator "
        "that triggered it. Only aggregates of at least the minimum number of children (30 or more) are "
        "written. The GeoPackage holds the areas layer and an 'interventions' table. Model card: "
        "models/child_risk."
    )
