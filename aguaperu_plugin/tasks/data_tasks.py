"""Tasks of the Data page: validate inputs, build the district feature table, build the demo data."""

from dataclasses import dataclass, field
from pathlib import Path

from .base import BaseTask

TABLE_SUFFIXES = {".csv", ".gz", ".tsv", ".txt", ".xlsx", ".xls"}


@dataclass
class InputSpec:
    """One input chosen by the user: a file (or a layer's file), what it holds, and its layer name."""

    path: Path
    kind: str | None = None
    layer: str | None = None
    display_name: str = ""


@dataclass
class ValidationResult:
    loaded: list = field(default_factory=list)  # core.io.Loaded per input, in order

    @property
    def report(self):
        from ...core.validation import Report

        report = Report()
        for loaded in self.loaded:
            report.extend(loaded.report)
        return report


class ValidateTask(BaseTask):
    """Read and check every input; the cleaned data stay in the result for the page to add as layers."""

    def __init__(self, inputs: list[InputSpec], data_dir: Path | None, export_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: validating {0} inputs", len(inputs)), **callbacks)
        self.inputs, self.data_dir, self.export_dir = inputs, data_dir, Path(export_dir)

    def compute(self) -> ValidationResult:
        from ...core.errors import CancelledError
        from ...core.io import UbigeoReference, load_input

        reference = UbigeoReference.from_data_dir(self.data_dir) if self.data_dir else None
        result = ValidationResult()
        for number, spec in enumerate(self.inputs):
            if self.isCanceled():
                raise CancelledError("Validation was cancelled.")
            self.progress_callback(number / max(len(self.inputs), 1), str(spec.path))
            loaded = load_input(spec.path, spec.kind, reference, self.data_dir, spec.layer)
            if loaded.ok and loaded.kind == "water_points" and spec.path.suffix.lower() in TABLE_SUFFIXES:
                loaded.attrs["layer_file"] = self.export_points(loaded.data, spec.path)
            result.loaded.append(loaded)
        self.progress_callback(1.0)
        return result

    def export_points(self, points, source: Path) -> Path:
        """Points read from a table become a GeoPackage (outputs are GeoPackages); written atomically."""
        from ...core.features.district_features import write_features

        stem = source.name.split(".")[0]
        self.check_cancelled()
        return self.output(write_features(points, self.export_dir / f"{stem}.gpkg", layer="water_points"))


class FeaturesTask(BaseTask):
    """Build the district feature table and write it to a GeoPackage."""

    def __init__(self, request, target: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: building district features"), **callbacks)
        self.request, self.target = request, Path(target)

    def compute(self):
        from ...core.features.district_features import build_district_features, write_features

        table, report = build_district_features(self.request, self.progress_callback, self.isCanceled)
        self.check_cancelled()
        self.output(write_features(table, self.target))
        return self.target, report, len(table)


class DemoTask(BaseTask):
    """Generate the embedded demo data into a folder (once; reused when already there)."""

    def __init__(self, folder: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: preparing the demo data"), **callbacks)
        self.folder = Path(folder)

    def compute(self) -> Path:
        """Built in a hidden folder beside the target and moved in when complete: a cancelled build leaves
        nothing, and an earlier demo folder stays whole until the new files replace its files."""
        import os
        import shutil
        import tempfile

        from ...core.cancel import protected
        from ...core.demo import build_demo

        self.folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".aguaperu-demo-", dir=self.folder.parent))
        try:
            build_demo(staging, progress=self.progress_callback, is_cancelled=self.isCanceled)
            self.check_cancelled()
            with protected():
                if not self.folder.exists():
                    os.replace(staging, self.folder)
                else:
                    for path in sorted(staging.rglob("*")):
                        if path.is_file():
                            target = self.folder / path.relative_to(staging)
                            target.parent.mkdir(parents=True, exist_ok=True)
                            os.replace(path, target)
        finally:
            with protected():
                shutil.rmtree(staging, ignore_errors=True)
        return self.folder
