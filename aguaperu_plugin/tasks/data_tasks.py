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
class LoadedInput:
    """What the page needs of one checked input: usable or not, what it holds, and facts such as
    ``attrs["layer_file"]`` (points read from a table, exported to a GeoPackage)."""

    ok: bool
    kind: str | None
    attrs: dict = field(default_factory=dict)


@dataclass
class ValidationResult:
    loaded: list = field(default_factory=list)  # LoadedInput per input, in order
    report: object = None  # every problem of every input (core.validation.Report)


class ValidateTask(BaseTask):
    """Read and check every input (the ``validate`` job); water points read from a table are exported to a
    GeoPackage for the page to add as a layer."""

    def __init__(self, inputs: list[InputSpec], data_dir: Path | None, export_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: validating {0} inputs", len(inputs)), **callbacks)
        self.inputs, self.data_dir, self.export_dir = inputs, data_dir, Path(export_dir)

    def compute(self) -> ValidationResult:
        from ...core import jobs
        from ...core.jobs.data import InputFile, ValidateRequest

        files = tuple(InputFile(spec.path, spec.kind, spec.layer) for spec in self.inputs)
        request = ValidateRequest(inputs=files, data_dir=self.data_dir)
        result = jobs.run("validate", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        loaded = []
        for number, (spec, item) in enumerate(zip(self.inputs, result.summary["inputs"], strict=True)):
            record = LoadedInput(item["ok"], item["kind"], dict(item["attrs"]))
            if record.ok and record.kind == "water_points" and spec.path.suffix.lower() in TABLE_SUFFIXES:
                record.attrs["layer_file"] = self.export_points(result.table(f"input{number}"), spec.path)
            loaded.append(record)
        return ValidationResult(loaded, result.report)

    def export_points(self, points, source: Path) -> Path:
        """Points read from a table become a GeoPackage (outputs are GeoPackages); written atomically."""
        from ...core.features.district_features import write_features

        stem = source.name.split(".")[0]
        self.check_cancelled()
        return self.output(write_features(points, self.export_dir / f"{stem}.gpkg", layer="water_points"))


class FeaturesTask(BaseTask):
    """Build the district feature table (the ``features`` job) and write it to a GeoPackage."""

    def __init__(self, request, target: Path, **callbacks) -> None:
        """``request``: a ``core.jobs.data.FeaturesRequest`` (or a ``FeatureRequest`` with the same fields)."""
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: building district features"), **callbacks)
        self.request, self.target = request, Path(target)

    def compute(self):
        from ...core import jobs
        from ...core.features.district_features import write_features
        from ...core.jobs.data import FeaturesRequest

        request = FeaturesRequest.of(self.request)
        result = jobs.run("features", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        table = result.table("features")
        self.check_cancelled()
        self.output(write_features(table, self.target))
        return self.target, result.report, len(table)


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
