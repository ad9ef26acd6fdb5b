"""Shared base of AguaPerú Processing algorithms: prompt cancellation, and the packages each job needs checked
before it runs (a missing package is a translated message naming it and the installer, never a traceback)."""

import contextlib
import functools
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "aguaperu.svg"


RASTER_SUFFIXES = (".tif", ".tiff", ".vrt", ".img", ".jp2")


def _cancellable(process):
    """``processAlgorithm`` that checks the job's packages first, stops within a moment of the user's cancel
    when it runs in a background thread (the Processing dialog, the model builder), even inside one long
    library call (``core.cancel``), and turns a missing package met on the way into a translated message."""

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        ok, message = self.dependencies_ok(parameters, context)
        if not ok:
            raise QgsProcessingException(message)
        self.check_outputs(parameters, context)
        try:
            return _run(process, self, parameters, context, feedback)
        except QgsProcessingException as error:
            cause = error.__cause__
            if isinstance(cause, ImportError) and self.missing_error(cause) is not None:
                raise self.missing_error(cause) from None
            raise
        except ImportError as error:
            translated = self.missing_error(error)
            if translated is None:
                raise
            raise translated from None

    run.aguaperu_cancellable = True
    return run


def _run(process, algorithm, parameters, context, feedback):
    """Run ``process``; in a background thread, interruptible by the user's cancel."""
    application = QCoreApplication.instance()
    if feedback is None or application is None or QThread.currentThread() == application.thread():
        return process(algorithm, parameters, context, feedback)  # main thread: never interrupted
    from ...core.cancel import Interrupted, cancellable

    try:
        with cancellable(feedback.isCanceled):
            return process(algorithm, parameters, context, feedback)
    except Interrupted:
        raise QgsProcessingException(tr("The algorithm was cancelled.")) from None
    except Exception:
        if feedback.isCanceled():  # the interruption seen through a library (a reader's parse error)
            raise QgsProcessingException(tr("The algorithm was cancelled.")) from None
        raise


def translated_error(error) -> str:
    """An ``AguaPeruError`` in the user's language, as the dock shows it (``toolbelt.i18n.error_text``): its
    catalogue message and fix translated and filled, with the file it names; its English text when its code is
    not in the catalogue."""
    from ..toolbelt.i18n import error_text

    return error_text(error)


class AguaPeruAlgorithm(QgsProcessingAlgorithm):
    """A subclass declares its ``algorithm_id`` (fixed, never translated), ``group_id``, and its ``title`` and
    ``help_text`` marked with ``QT_TR_NOOP`` (translated here with ``tr``; the long help stands last in the
    class, after the methods). Every subclass's ``processAlgorithm`` is made promptly cancellable
    (``_cancellable``)."""

    algorithm_id = ""
    group_id = ""
    title = ""
    help_text = ""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "aguaperu_cancellable", False):
            cls.processAlgorithm = _cancellable(process)

    # --- the packages the job needs ---------------------------------------------------------------------
    def job(self) -> str:
        """The job id in ``core.dependencies.JOBS`` (the algorithm id, or its alias)."""
        from ...core.dependencies import job_of_algorithm

        return job_of_algorithm(self.name())

    def input_features(self, parameters: dict, context) -> tuple[str, ...]:
        """Features the given inputs call for on top of the job's: ``rasters`` when a raster is given."""
        for value in (parameters or {}).values():
            for item in value if isinstance(value, list | tuple) else [value]:
                source = item.source() if hasattr(item, "source") else item
                if isinstance(source, str) and source.split("|")[0].lower().endswith(RASTER_SUFFIXES):
                    return ("rasters",)
        return ()

    def dependencies_ok(self, parameters: dict | None = None, context=None) -> tuple[bool, str]:
        """(True, "") when every package the job (and its inputs) need is importable; else False and the
        translated message naming them and the installer. Costs a few file-system look-ups."""
        from ...core.dependencies import missing_for_job
        from ..install.check import missing_message

        absent = missing_for_job(self.job(), self.input_features(parameters, context) if parameters else ())
        return (False, missing_message(self.displayName(), absent)) if absent else (True, "")

    def missing_error(self, error: ImportError) -> QgsProcessingException | None:
        """The translated exception for a package found missing while running, or None if not one."""
        from ..install.check import missing_message, requirements_of_error

        absent = requirements_of_error(error)
        return QgsProcessingException(missing_message(self.displayName(), absent)) if absent else None

    # --- outputs never replace inputs ----------------------------------------------------------------------
    def check_outputs(self, parameters: dict, context) -> None:
        """Refuse, before anything runs, a destination that is an input of the run: a file given, a layer's
        file, a file of an input folder or of the data folder (``core.io.outputs.check_outputs``)."""
        from qgis.core import (
            QgsProcessingDestinationParameter,
            QgsProcessingParameterFile,
            QgsProcessingParameterFolderDestination,
            QgsProcessingParameterMapLayer,
            QgsProcessingParameterMultipleLayers,
            QgsProcessingParameterRasterLayer,
            QgsProcessingParameterVectorLayer,
        )

        from ...core.errors import AguaPeruError
        from ...core.io.outputs import check_outputs

        outputs, inputs, data_dir = {}, [], None
        for definition in self.parameterDefinitions():
            name = definition.name()
            if (parameters or {}).get(name) in (None, ""):
                continue
            if isinstance(definition, QgsProcessingParameterFolderDestination):
                continue  # a folder of outputs: the job checks the files it writes there
            if isinstance(definition, QgsProcessingDestinationParameter):
                value = self.parameterAsFileOutput(parameters, name, context)
                if value and "://" not in value and not value.startswith(("memory:", "TEMPORARY_OUTPUT")):
                    outputs[definition.description()] = value.split("|")[0]
            elif isinstance(definition, QgsProcessingParameterFile):
                value = self.parameterAsFile(parameters, name, context)
                if name == "DATA_FOLDER":
                    data_dir = value
                else:
                    inputs.append(value)
            elif isinstance(definition, QgsProcessingParameterMultipleLayers):
                inputs += [
                    layer.source().split("|")[0] for layer in self.parameterAsLayerList(parameters, name, context)
                ]
            elif isinstance(
                definition,
                QgsProcessingParameterMapLayer | QgsProcessingParameterVectorLayer | QgsProcessingParameterRasterLayer,
            ):
                layer = self.parameterAsLayer(parameters, name, context)
                if layer is not None:
                    inputs.append(layer.source().split("|")[0])
        try:
            check_outputs(outputs, inputs, data_dir)
        except AguaPeruError as error:
            raise QgsProcessingException(translated_error(error)) from None

    def canExecute(self) -> tuple[bool, str]:  # noqa: N802 (QGIS API)
        return self.dependencies_ok()

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = self.dependencies_ok(parameters, context)
        if not ok:
            return False, message
        return super().checkParameterValues(parameters, context)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def name(self) -> str:
        return self.algorithm_id

    def displayName(self) -> str:  # noqa: N802
        return tr(self.title)

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.help_text)

    def groupId(self) -> str:  # noqa: N802
        return self.group_id

    def group(self) -> str:
        return {"maps": tr("Maps"), "data": tr("Data"), "models": tr("Models"), "scenarios": tr("Scenarios")}[
            self.group_id
        ]

    def icon(self) -> QIcon:
        return QIcon(str(ICON))


# --- shared by the algorithms of the jobs (parameters, errors) ------------------------------------------------
@contextlib.contextmanager
def core_errors():
    """Inside: an ``AguaPeruError`` of core becomes a ``QgsProcessingException`` with its message in the user's
    language (``error_text``)."""
    from ...core.errors import AguaPeruError
    from ..toolbelt.i18n import error_text

    try:
        yield
    except AguaPeruError as error:
        raise QgsProcessingException(error_text(error)) from error


def data_folder_parameter(label: str | None = None, optional: bool = False):
    """The ``DATA_FOLDER`` parameter: a folder laid out like the shared data."""
    from qgis.core import QgsProcessingParameterFile

    return QgsProcessingParameterFile(
        "DATA_FOLDER", label or tr("Data folder"), QgsProcessingParameterFile.Folder, optional=optional
    )


def file_destination(name: str, label: str, filters: str, optional: bool = False, **options):
    """A file destination parameter (``filters``: e.g. ``tr("CSV files (*.csv)")``)."""
    from qgis.core import QgsProcessingParameterFileDestination

    return QgsProcessingParameterFileDestination(name, label, filters, optional=optional, **options)


def add_number_outputs(algorithm, outputs) -> None:
    """Number outputs ``(name, translated label)`` of ``algorithm``."""
    from qgis.core import QgsProcessingOutputNumber

    for name, label in outputs:
        algorithm.addOutput(QgsProcessingOutputNumber(name, label))


def path_or_none(value) -> Path | None:
    """A parameter's file or folder as a Path, None when empty."""
    return Path(value) if value else None


def cache_beside(output: str):
    """The disk cache of a job (``core.cache``) beside its output file, so that the next job on the same data
    folder reuses the district feature table; none for outputs that are not files."""
    if not output or "://" in output or output.startswith(("memory:", "TEMPORARY_OUTPUT")):
        return None
    return Path(output.split("|")[0]).parent / ".aguaperu-cache"
