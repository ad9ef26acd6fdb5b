"""Processing: validate input files and list every problem with its fix."""

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
)

from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, add_number_outputs, core_errors, data_folder_parameter, file_destination
from .feedback import progress_of, push_report

KINDS = ("", "water_points", "districts", "district_table", "satellite_table", "raster", "child_welfare")


class ValidateInputsAlgorithm(AguaPeruAlgorithm):
    group_id = "data"
    algorithm_id = "validateinputs"
    title = QT_TR_NOOP("Validate inputs")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers("INPUTS", tr("Input files"), QgsProcessing.TypeFile))
        kinds = [
            tr("Detect"),
            tr("Water points"),
            tr("Districts"),
            tr("District table"),
            tr("Satellite table"),
            tr("Raster (GeoTIFF)"),
            tr("Child welfare"),
        ]
        self.addParameter(QgsProcessingParameterEnum("KIND", tr("What the files hold"), kinds, defaultValue=0))
        self.addParameter(data_folder_parameter(tr("Data folder (UBIGEO codes and crosswalk)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("FAIL_ON_ERRORS", tr("Fail when there are errors"), True))
        self.addParameter(
            file_destination("REPORT", tr("Report (JSON)"), tr("JSON files (*.json)"), True, createByDefault=False)
        )
        add_number_outputs(self, (("ERRORS", tr("Errors")), ("WARNINGS", tr("Warnings")), ("NOTES", tr("Notes"))))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.data import ValidateRequest

        paths = [Path(p.split("|")[0]) for p in self.parameterAsFileList(parameters, "INPUTS", context)]
        folder = self.parameterAsFile(parameters, "DATA_FOLDER", context)
        request = ValidateRequest(
            inputs=tuple(paths),
            kind=KINDS[self.parameterAsEnum(parameters, "KIND", context)] or None,
            data_dir=Path(folder) if folder else None,
        )
        with core_errors():
            result = jobs.run("validate", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        report = result.report
        push_report(report, feedback)
        results = {"ERRORS": len(report.errors), "WARNINGS": len(report.warnings), "NOTES": len(report.notes)}
        target = self.parameterAsFileOutput(parameters, "REPORT", context)
        if target:
            Path(target).write_text(
                json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
            results["REPORT"] = target
        if report.errors and self.parameterAsBoolean(parameters, "FAIL_ON_ERRORS", context):
            raise QgsProcessingException(
                tr(
                    "{0} inputs have errors; see the log for each problem and its fix.",
                    len({item.file for item in report.errors}),
                )
            )
        return results

    help_text = QT_TR_NOOP(
        "Reads each file (water points, districts, district tables, satellite tables or rasters, child "
        "welfare) and lists every problem found with the file, the column, example rows and the fix. "
        "Inputs are never modified."
    )
