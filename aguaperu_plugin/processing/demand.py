"""Processing: water demand — hourly forecast per area, anomalous periods (leaks), and a supply schedule."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, core_errors, path_or_none
from .feedback import progress_of

CSV = "CSV (*.csv)"
SERIES_HELP = (
    "Hourly flows per area: the BWDF xlsx layout, or a CSV with a timestamp column and one column per area (L/s)."
)


def _write_csv(table, path: str, index: bool) -> str:
    from ...core.models.demand.cli import write_csv

    write_csv(table, Path(path), index)
    return path


class DemandForecastAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "demandforecast"
    title = QT_TR_NOOP("Water demand forecast (hourly, per area)")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("INFLOW", tr("Hourly flows (xlsx or CSV)")))
        self.addParameter(QgsProcessingParameterFile("WEATHER", tr("Hourly weather (optional)"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                "ORIGIN", tr("Origin (YYYY-MM-DD HH:MM; blank: after the last full day of flows)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "HORIZON", tr("Hours ahead"), QgsProcessingParameterNumber.Integer, 168, minValue=1, maxValue=168
            )
        )
        self.addParameter(QgsProcessingParameterString("HOLIDAYS", tr("Country of the public holidays"), "PE"))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Forecast (hour x area)"), CSV))
        self.addParameter(
            QgsProcessingParameterFileDestination("INTERVALS", tr("Forecast with intervals"), CSV, optional=True)
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import pandas as pd

        from ...core import jobs
        from ...core.jobs.demand import DemandForecastRequest

        origin_text = (self.parameterAsString(parameters, "ORIGIN", context) or "").strip()
        try:
            origin = pd.Timestamp(origin_text) if origin_text else None  # None: after the last full day
        except ValueError as error:
            raise QgsProcessingException(
                tr("The origin {0} is not a date and hour (YYYY-MM-DD HH:MM).", origin_text)
            ) from error
        request = DemandForecastRequest(
            inflow=self.parameterAsFile(parameters, "INFLOW", context),
            origin=origin,
            horizon=self.parameterAsInt(parameters, "HORIZON", context),
            weather=path_or_none(self.parameterAsFile(parameters, "WEATHER", context)),
            country=self.parameterAsString(parameters, "HOLIDAYS", context) or "PE",
        )
        with core_errors():
            result = jobs.run(
                "demandforecast", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled
            )
        wide = result.table("forecast")
        outputs = {"OUTPUT": _write_csv(wide, self.parameterAsFileOutput(parameters, "OUTPUT", context), True)}
        intervals = self.parameterAsFileOutput(parameters, "INTERVALS", context)
        if intervals:
            outputs["INTERVALS"] = _write_csv(result.table("intervals"), intervals, False)
        outputs["AREAS"], outputs["HOURS"] = wide.shape[1], len(wide)
        return outputs

    help_text = QT_TR_NOOP(
        "Forecasts each area's hourly demand for the hours after the origin (up to 168), with 80 % and 95 % "
        "intervals, from the flows before the origin, the weather (optional) and the public holidays. The "
        "model (gradient boosting fitted at run time) and its rolling-origin evaluation on the Battle of "
        "Water Demand Forecasting data are described in models/demand/MODEL_CARD.md (with a summary in Spanish "
        "at the top)."
    )


class DemandAnomaliesAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "demandanomalies"
    title = QT_TR_NOOP("Leaks and anomalous consumption")

    METHODS = ("night_flow", "autoencoder", "either", "both")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("INFLOW", tr("Hourly flows (xlsx or CSV)")))
        self.addParameter(
            QgsProcessingParameterEnum(
                "METHOD",
                tr("Detector"),
                options=[
                    tr("Minimum night flow"),
                    tr("Autoencoder (TensorFlow)"),
                    tr("Either detector"),
                    tr("Both detectors agree"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Anomalous periods"), CSV))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        from ..install.check import tensorflow_available, tensorflow_message

        method = self.METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        if method != "night_flow" and not tensorflow_available():
            return False, tensorflow_message(tr("The autoencoder detector"))
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.demand import DemandAnomaliesRequest

        request = DemandAnomaliesRequest(
            inflow=self.parameterAsFile(parameters, "INFLOW", context),
            method=self.METHODS[self.parameterAsEnum(parameters, "METHOD", context)],
        )
        with core_errors():
            result = jobs.run(
                "demandanomalies", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled
            )
        periods = result.table("periods")
        path = _write_csv(periods, self.parameterAsFileOutput(parameters, "OUTPUT", context), False)
        feedback.pushInfo(tr("{0} anomalous periods in {1} areas.", len(periods), result.summary["areas"]))
        return {"OUTPUT": path, "PERIODS": len(periods)}

    help_text = QT_TR_NOOP(
        "Flags the periods when an area's minimum night flow rises above its robust baseline of the previous "
        "weeks (a CUSUM in robust standard deviations), or when a Keras autoencoder of the daily night-flow "
        "shape, refitted every 28 days on the weeks before, reconstructs the night badly (needs TensorFlow), "
        "or either of them, or both: one row per period with area, start, end, score, the excess flow (L/s) "
        "and the detector. Detection rate, false alarms and delay of each on injected leaks are in "
        "models/demand/MODEL_CARD.md."
    )


class DemandScheduleAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "demandschedule"
    title = QT_TR_NOOP("Hourly supply schedule (linear programme)")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("DEMAND", tr("Demand (hour x area, L/s)"), extension="csv"))
        self.addParameter(QgsProcessingParameterFile("SOURCES", tr("Sources"), extension="csv"))
        self.addParameter(QgsProcessingParameterFile("TANKS", tr("Tanks (optional)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Schedule (flows per hour)"), CSV))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.demand import DemandScheduleRequest

        request = DemandScheduleRequest(
            demand=self.parameterAsFile(parameters, "DEMAND", context),
            sources=self.parameterAsFile(parameters, "SOURCES", context),
            tanks=path_or_none(self.parameterAsFile(parameters, "TANKS", context)),
        )
        with core_errors():
            result = jobs.run(
                "demandschedule", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled
            )
        path = _write_csv(result.table("flows"), self.parameterAsFileOutput(parameters, "OUTPUT", context), False)
        summary = result.summary
        feedback.pushInfo(
            tr(
                "Demand {0:.0f} m3, unmet {1:.1f} m3, cost {2:.2f}.",
                summary.get("demand_m3", 0.0),
                summary.get("unmet_m3", 0.0),
                summary.get("cost", 0.0),
            )
        )
        return {"OUTPUT": path, "UNMET_M3": summary.get("unmet_m3"), "COST": summary.get("cost")}

    help_text = QT_TR_NOOP(
        "Schedules the hourly supply from the sources to the areas so that the least demand goes unmet, then "
        "at the lowest cost, within the sources' capacities and the tanks' volumes (SciPy/HiGHS). Demand: "
        "the forecast CSV (timestamp, one column per area). Sources: CSV with name, capacity_lps, cost_per_m3 "
        "and optionally areas (separated by ';'; blank: every area). Tanks (optional): CSV with area, "
        "capacity_m3, initial_m3, minimum_m3."
    )
