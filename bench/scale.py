"""Load and memory: water-risk prediction on synthetic SIASAR tables, the full Peru pipeline, 50 scenarios in a row.

Three parts, each in its own child process so that its peak memory is its own:

``points``
    SIASAR-like tables of 100,000 (``--points 1000000`` for a million) systems: rows of the real table
    (``../shared/data/water/siasar_peru_systems.csv``, read in place) drawn with replacement, coordinates moved by
    about a kilometre (kept inside Peru's bounding box), the district code of the row drawn, new unique ids. The
    table is written to a temporary folder laid out like the shared data (every other file is a symbolic link to
    the shared one), and ``core.models.water_risk.predict(data_dir=…)`` runs on it, the CSV written. Reference:
    the same prediction on the real 6,076 systems. Targets: a million points without running out of memory on
    24 GiB; a watchdog ends a child whose resident memory passes ``CAP_GIB`` (the machine is shared).
``pipeline``
    All of Peru from the shared data: district feature table, poverty, water risk, child risk and one scenario
    (``resources/scenarios/crecimiento_15.json``), timed per step. Target: peak resident memory under 2 GiB.
``scenarios``
    A headless QGIS session (``QT_QPA_PLATFORM=offscreen``) runs 50 scenarios on one department one after the
    other, as the Scenarios page does: each result written to a scenario GeoPackage, its district layer loaded,
    styled, added to the project and removed again. Resident memory after run 5 (warm) against run 50.
    Target: growth under 10 %.

Peak memory is the child's high-water mark (``VmHWM``, sampled by the parent, and the child's own
``ru_maxrss`` when it finishes).

    python -m bench.scale --part points --points 100000 1000000
    python -m bench.scale --part pipeline
    python -m bench.scale --part scenarios
    python -m bench.scale --record ...      # also merge the rows into bench/results.json (bench.run_all)
"""

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SYSTEMS = Path("water") / "siasar_peru_systems.csv"
SCENARIO_FILE = ROOT / "resources" / "scenarios" / "crecimiento_15.json"
PERU = {"longitud": (-81.33, -68.65), "latitud": (-18.35, -0.04)}  # bounding box, degrees
JITTER_DEG = 0.01  # standard deviation of the move (about 1.1 km), cut at three
PARTS = ("points", "pipeline", "scenarios")
POINTS = (100_000,)
CAP_GIB = 16.0
SCENARIO_RUNS, WARM_RUN, DEPARTMENT = 50, 5, "05"
MIB = 1024 * 1024


# synthetic water points ------------------------------------------------------------------------------------


def synthetic_systems(n: int, source: Path = SHARED / SYSTEMS, seed: int = 2024):
    """``n`` SIASAR-like systems: real rows drawn with replacement, coordinates jittered, ids 1..n.

    Every column is kept as the text of the source (district codes keep their zeros); the coordinates stay in
    Peru's bounding box and the UBIGEO is the drawn row's.
    """
    import numpy as np
    import pandas as pd

    real = pd.read_csv(source, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(seed)
    frame = real.iloc[rng.integers(0, len(real), n)].reset_index(drop=True)
    frame["ID"] = np.arange(1, n + 1).astype(str)
    for column, (low, high) in PERU.items():
        values = pd.to_numeric(frame[column], errors="coerce").to_numpy()
        moved = values + np.clip(rng.normal(0.0, JITTER_DEG, n), -3 * JITTER_DEG, 3 * JITTER_DEG)
        frame[column] = pd.Series(np.clip(moved, low, high).round(5)).astype(str).where(~np.isnan(values), "")
    return frame


def synthetic_data_dir(n: int, folder: Path, seed: int = 2024) -> Path:
    """A folder laid out like the shared data whose SIASAR table holds ``n`` synthetic systems.

    Everything else is a symbolic link into the shared data (nothing is copied).
    """
    folder.mkdir(parents=True, exist_ok=True)
    for entry in SHARED.iterdir():
        if entry.name != SYSTEMS.parts[0]:
            (folder / entry.name).symlink_to(entry)
    water = folder / SYSTEMS.parent
    water.mkdir()
    for entry in (SHARED / SYSTEMS.parent).iterdir():
        if entry.name != SYSTEMS.name:
            (water / entry.name).symlink_to(entry)
    synthetic_systems(n, seed=seed).to_csv(folder / SYSTEMS, index=False)
    return folder


# children ----------------------------------------------------------------------------------------------------


class Clock:
    """Seconds of each step in order (``[name, seconds]``), each step also announced on stderr (the last one
    announced survives a kill)."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.steps: list[list] = []
        self.message = ""

    def progress(self, _fraction: float, message: str) -> None:
        if message != self.message:
            self.lap(self.message)
            self.message = message
            print(f"step {time.perf_counter() - self.start:.1f} s: {message}", file=sys.stderr, flush=True)

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if name:
            self.steps.append([name, round(now - self.last, 2)])
        self.last = now

    def total(self) -> float:
        return round(time.perf_counter() - self.start, 2)


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _self_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_points(data_dir: Path, out: Path) -> dict:
    """Water-risk prediction on the data folder's SIASAR table, CSV written to ``out``."""
    from core.io.outputs import write_csv
    from core.models.water_risk import predict

    clock = Clock()
    systems, districts, _ = predict(data_dir=data_dir, progress=clock.progress)
    clock.progress(1.0, "write")
    write_csv(systems, out)
    clock.lap("write")
    return {"seconds": clock.total(), "steps": clock.steps, "systems": len(systems), "districts": len(districts)}


def child_pipeline() -> dict:
    """District features, poverty, water risk, child risk and one scenario on all of Peru."""
    from core.features.district_features import FeatureRequest, build_district_features
    from core.models.child_risk import predict as child_predict
    from core.models.poverty import predict as poverty_predict
    from core.models.water_risk import predict as risk_predict
    from core.scenarios import Scenario, run_scenario

    clock, sizes = Clock(), {}
    features, _ = build_district_features(FeatureRequest(data_dir=SHARED))
    clock.lap("district_features")
    sizes["districts"] = len(features)
    poverty, _ = poverty_predict(data_dir=SHARED, features=features)
    clock.lap("poverty")
    systems, _, _ = risk_predict(data_dir=SHARED, districts_features=features)
    clock.lap("water_risk")
    sizes["systems"] = len(systems)
    child, _, _ = child_predict(SHARED)
    clock.lap("child_risk")
    result = run_scenario(Scenario.load(SCENARIO_FILE), SHARED)
    clock.lap("scenario")
    sizes["scenario_districts"] = len(result.districts)
    return {"seconds": clock.total(), "steps": clock.steps, "sizes": sizes, "poverty_rows": len(poverty)}


def child_scenarios(runs: int) -> dict:
    """``runs`` scenarios in one headless QGIS session, each result stored, loaded as a layer and removed."""
    from qgis.core import QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtCore import QSize

    from aguaperu.aguaperu_plugin.layers import vector_layer
    from aguaperu.aguaperu_plugin.styling import style_graduated
    from core.scenarios import Scenario, ScenarioStore, run_scenario
    from core.scenarios.model import new_id
    from core.spatial.classify import class_breaks

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    template = Scenario.load(SCENARIO_FILE).copy(departments=[DEPARTMENT])
    rss, seconds, sites = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        store = ScenarioStore(Path(folder) / "scenarios.gpkg")
        for number in range(runs):
            start = time.perf_counter()
            scenario = template.copy(id=new_id(), name=f"escala {number + 1}")
            scenario.growth.total_pct = 10 + number % 10
            scenario = store.create(scenario)
            result = run_scenario(scenario, SHARED)
            tables = store.write_results(result)
            unserved = result.districts["unserved"]
            layer = vector_layer(store.path, tables["districts"], scenario.name)
            if not layer.isValid():
                raise RuntimeError(f"layer {tables['districts']} is not valid")
            style_graduated(layer, "unserved", float(unserved.min()), class_breaks(unserved, k=5), "Reds", 0, "")
            project.addMapLayer(layer)
            settings = QgsMapSettings()
            settings.setLayers([layer])
            settings.setDestinationCrs(layer.crs())
            settings.setExtent(layer.extent())
            settings.setOutputSize(QSize(800, 600))
            job = QgsMapRendererSequentialJob(settings)
            job.start()
            job.waitForFinished()  # drawn as the map canvas would
            project.removeMapLayer(layer.id())
            app.processEvents()  # deleteLater of the removed layer, as the desktop's event loop would
            seconds.append(round(time.perf_counter() - start, 2))
            sites.append(len(result.sites))
            rss.append(round(_rss_mib(), 1))
            print(f"run {number + 1}: {seconds[-1]} s, {rss[-1]} MiB", file=sys.stderr, flush=True)
    project.clear()
    return {"seconds": seconds, "rss_mib": rss, "sites": sites, "districts": len(result.districts)}


# parent ------------------------------------------------------------------------------------------------------


def _status(pid: int) -> dict:
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return values


def measure(arguments: list[str], cap_gib: float = CAP_GIB, environment: dict | None = None) -> dict:
    """Run ``python -m bench.scale --child …`` and return its report with wall time and peak memory.

    A watchdog samples the child's ``VmRSS``/``VmHWM`` every 0.2 s and ends it when its resident memory passes
    ``cap_gib``: ``status`` is then ``"over_cap"``.
    """
    command = [sys.executable, "-m", "bench.scale", "--child", *arguments]
    env = dict(os.environ, PROJ_DATA=os.environ.get("PROJ_DATA", "/usr/share/proj"), **(environment or {}))
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, over = [0.0], [False]

    def watch() -> None:
        while child.poll() is None:
            status = _status(child.pid)
            peak[0] = max(peak[0], status.get("VmHWM", 0.0))
            if status.get("VmRSS", 0.0) > cap_gib * 1024:
                over[0] = True
                child.kill()
            time.sleep(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stdout, stderr = child.communicate()
    watcher.join()
    wall = round(time.perf_counter() - started, 2)
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines and child.returncode == 0 else {}
    steps = [line for line in stderr.splitlines() if line.startswith(("step ", "run "))]
    status = "ok" if report else ("over_cap" if over[0] else "failed")
    peak_mib = max(peak[0], report.get("peak_mib", 0.0))
    return {
        **report,
        "status": status,
        "wall_seconds": wall,
        "peak_mib": round(peak_mib, 1),
        "last_step": steps[-1] if steps else "",
        "error": "" if report else stderr[-3000:],
    }


def _label(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k"


def points_rows(sizes: tuple[int, ...] = POINTS, cap_gib: float = CAP_GIB) -> list[dict]:
    """The water-risk prediction on the real table (reference) and on each synthetic size."""
    with tempfile.TemporaryDirectory(prefix="aguaperu_scale_") as folder:
        reference = measure(["points", str(SHARED), str(Path(folder) / "water_risk.csv")], cap_gib)
    if reference["status"] != "ok":
        raise RuntimeError(f"the water-risk prediction failed on the shared data:\n{reference['error']}")
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="aguaperu_scale_") as folder:
            start = time.perf_counter()
            data_dir = synthetic_data_dir(n, Path(folder) / "data")
            generated = round(time.perf_counter() - start, 1)
            got = measure(["points", str(data_dir), str(Path(folder) / "water_risk.csv")], cap_gib)
        stopped = "" if got["status"] == "ok" else f" at {got['last_step']}"
        print(f"  {n:,} points: {got['status']}{stopped}, {got['wall_seconds']} s, peak {got['peak_mib']:,.0f} MiB")
        done = got["status"] == "ok"
        common = {
            "runs": 1,
            "status": got["status"],
            "steps": got.get("steps", []),
            "note": f"{n:,} synthetic SIASAR systems (real rows drawn with replacement, moved ~1 km, new ids; "
            f"generated and written in {generated} s, outside the timing); child process, CSV written; "
            f"reference: the real {reference['systems']:,} systems"
            + ("" if done else f"; stopped ({got['status']}, cap {cap_gib:g} GiB) at: {got['last_step']}"),
        }
        rows.append(
            {
                "name": f"scale_water_risk_{_label(n)}_points_seconds",
                "value": got["wall_seconds"] if done else None,
                "unit": "s",
                "reference": reference["wall_seconds"],
                "ratio": round(got["wall_seconds"] / reference["wall_seconds"], 1) if done else None,
                "target": "value <= 60 s (issue 17)" if n >= 1_000_000 else "informative",
                **common,
            }
        )
        rows.append(
            {
                "name": f"scale_water_risk_{_label(n)}_points_peak_rss",
                "value": got["peak_mib"],
                "unit": "MiB",
                "reference": reference["peak_mib"],
                "ratio": round(got["peak_mib"] / reference["peak_mib"], 1),
                "target": "completes; value < 3 GiB (3,072 MiB, issue 17)" if n >= 1_000_000 else "completes",
                **common,
            }
        )
    return rows


def pipeline_rows(cap_gib: float = CAP_GIB) -> list[dict]:
    got = measure(["pipeline"], cap_gib)
    if got["status"] != "ok":
        raise RuntimeError(f"the pipeline failed ({got['status']}) at {got['last_step']}:\n{got['error']}")
    steps = ", ".join(f"{name} {seconds} s" for name, seconds in got["steps"])
    note = (
        f"all of Peru from the shared data, one child process: {steps}; {got['sizes']['districts']:,} districts, "
        f"{got['sizes']['systems']:,} systems; scenario {SCENARIO_FILE.name}"
    )
    return [
        {
            "name": "scale_pipeline_peru_peak_rss",
            "value": got["peak_mib"],
            "unit": "MiB",
            "reference": 2048,
            "ratio": round(got["peak_mib"] / 2048, 3),
            "target": "value < 2048 MiB",
            "runs": 1,
            "note": note + "; reference: the 2 GiB target",
        },
        {
            "name": "scale_pipeline_peru_seconds",
            "value": got["wall_seconds"],
            "unit": "s",
            "reference": None,
            "ratio": None,
            "target": "informative",
            "runs": 1,
            "steps": got["steps"],
            "note": note + "; wall time of the child (Python start and imports included)",
        },
    ]


def scenarios_rows(runs: int = SCENARIO_RUNS, cap_gib: float = CAP_GIB) -> list[dict]:
    got = measure(["scenarios", str(runs)], cap_gib, {"QT_QPA_PLATFORM": "offscreen"})
    if got["status"] != "ok":
        raise RuntimeError(f"the scenario runs failed ({got['status']}) at {got['last_step']}:\n{got['error']}")
    rss, seconds = got["rss_mib"], got["seconds"]
    warm, last = rss[WARM_RUN - 1], rss[-1]
    growth = round(100 * (last - warm) / warm, 2)
    return [
        {
            "name": f"scale_scenarios_{runs}_memory_growth",
            "value": growth,
            "unit": "%",
            "reference": warm,
            "ratio": round(last / warm, 4),
            "target": "value < 10 %",
            "runs": 1,
            "rss_after_run_mib": {"1": rss[0], str(WARM_RUN): warm, str(runs): last, "max": max(rss)},
            "peak_mib": got["peak_mib"],
            "run_seconds": {"first": seconds[0], "median_rest": sorted(seconds[1:])[len(seconds[1:]) // 2]},
            "note": f"{runs} runs of {SCENARIO_FILE.name} on department {DEPARTMENT} (growth 10-19 %) in one headless "
            "QGIS process: result written to a scenario GeoPackage, district layer loaded, styled, added to the "
            f"project and removed; value: resident memory after run {runs} over run {WARM_RUN} (reference, MiB); "
            "the first run loads and caches the inputs of all Peru",
        }
    ]


def run(parts: tuple[str, ...] = PARTS, sizes: tuple[int, ...] = POINTS, cap_gib: float = CAP_GIB) -> list[dict]:
    rows = []
    if "points" in parts:
        rows += points_rows(sizes, cap_gib)
    if "pipeline" in parts:
        rows += pipeline_rows(cap_gib)
    if "scenarios" in parts:
        rows += scenarios_rows(SCENARIO_RUNS, cap_gib)
    return rows


def _child(arguments: list[str]) -> dict:
    kind = arguments[0]
    if kind == "points":
        report = child_points(Path(arguments[1]), Path(arguments[2]))
    elif kind == "pipeline":
        report = child_pipeline()
    else:
        report = child_scenarios(int(arguments[1]))
    return {**report, "peak_mib": round(_self_peak_mib(), 1)}


def _table(rows: list[dict]) -> str:
    lines = [f"{'name':<44} {'value':>12} {'unit':<5} {'reference':>10} {'status':<9} target"]
    for row in rows:
        value = "—" if row["value"] is None else f"{row['value']:,}"
        reference = "—" if row["reference"] is None else f"{row['reference']:,}"
        status = row.get("status", "ok")
        lines.append(f"{row['name']:<44} {value:>12} {row['unit']:<5} {reference:>10} {status:<9} {row['target']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=PARTS, help="which part (repeatable; default: all)")
    parser.add_argument("--points", type=int, nargs="+", default=list(POINTS), help="synthetic table sizes")
    parser.add_argument("--cap-gib", type=float, default=CAP_GIB, help="end a child above this resident memory")
    parser.add_argument("--record", action="store_true", help="merge the rows into bench/results.json")
    args = parser.parse_args(argv)
    parts = tuple(args.part or PARTS)
    if args.record:
        from bench import run_all

        def recorded() -> list[dict]:
            rows = run(parts, tuple(args.points), args.cap_gib)
            print(_table(rows))
            return rows

        importlib.import_module("bench.scale").run = recorded
        return run_all.main(["scale"])
    print(_table(run(parts, tuple(args.points), args.cap_gib)))
    return 0


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child(sys.argv[sys.argv.index("--child") + 1 :])), flush=True)
        os._exit(0)  # skip Python's teardown of QGIS objects
    sys.exit(main(sys.argv[1:]))
