"""Processing: validate input files and list every problem with its fix."""

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import push_report

KINDS = ("", "water_points", "districts", "district_table", "satellite_table", "raster", "child_welfare")


class ValidateInputsAlgorithm(AguaPeruAlgorithm):
    group_id = "data"

    def name(self) -> str:
        return "validateinputs"

    def displayName(self) -> str:  # noqa: N802
        return tr("Validate inputs")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Reads each file (water points, districts, district tables, satellite tables or rasters, child "
            "welfare) and lists every problem found with the file, the column, example rows and the fix. "
            "Inputs are never modified."
        )

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
        self.addParameter(
            QgsProcessingParameterFile(
                "DATA_FOLDER",
                tr("Data folder (UBIGEO codes and crosswalk)"),
                QgsProcessingParameterFile.Folder,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("FAIL_ON_ERRORS", tr("Fail when there are errors"), True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", tr("Report (JSON)"), tr("JSON files (*.json)"), optional=True, createByDefault=False
            )
        )
        for name, label in (("ERRORS", tr("Errors")), ("WARNINGS", tr("Warnings")), ("NOTES", tr("Notes"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.io import UbigeoReference, load_input
        from ...core.validation import Report

        paths = [Path(p.split("|")[0]) for p in self.parameterAsFileList(parameters, "INPUTS", context)]
        kind = KINDS[self.parameterAsEnum(parameters, "KIND", context)] or None
        folder = self.parameterAsFile(parameters, "DATA_FOLDER", context)
        data_dir = Path(folder) if folder else None
        reference = UbigeoReference.from_data_dir(data_dir) if data_dir else None
        report = Report()
        for number, path in enumerate(paths):
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / max(len(paths), 1))
            report.extend(load_input(path, kind, reference, data_dir).report)
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
