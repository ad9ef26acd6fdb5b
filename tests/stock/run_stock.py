"""Driver of the stock-install test: runs Debian's QGIS (``qgis --code tests/stock/stock_code.py``) under Xvfb,
once per phase, in one brand-new profile, and judges the results. Run by scripts/stock_install_test.sh inside
its mount and network namespace, with Debian's /usr/bin/python3 and the standard library only.

    python3 tests/stock/run_stock.py --work DIR --zip ZIP --data DATA [--bundle BUNDLE] [--phases A,B]

Writes ``build/test-results/stock_install.json`` (``--results``) and prints one line per check and a closing
``N passed, N failed``; exits 1 when a check failed.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from stock_checks import BAD, CLEAR, OK, judge

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STARTUP_LOG = ROOT / "scripts" / "qgis_startup_log.py"  # records every message QGIS logs, from start-up on
PROFILE = "stock"
SCREEN = "1920x1080x24"
CLEAN_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def new_profile(base: Path) -> Path:
    """A profile that has never been used: nothing but the interface language (Spanish, as our users run QGIS).
    No plugin is installed or enabled in it; QGIS creates everything else on first start."""
    profile = base / "profiles" / PROFILE
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[locale]\noverrideFlag=true\nuserLocale=es\n", encoding="utf-8")
    return profile


def run_qgis(work: Path, phase: str, env: dict, timeout: float) -> dict:
    """One QGIS session; returns its exit status, duration, the result the code script wrote and its log."""
    tag = phase.lower()
    result_file, messages, faults = (
        work / f"{tag}-result.json",
        work / f"{tag}-messages.jsonl",
        work / f"{tag}-faults.txt",
    )
    output_file = work / f"{tag}-output.txt"
    for stale in (result_file, messages, faults, result_file.with_suffix(".exit.json")):
        stale.unlink(missing_ok=True)
    home = work / "home"
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    run_env = {
        # a clean environment: no PYTHONPATH, no project variables (PROJ_DATA, PYQTGRAPH_QT_LIB), Debian's PATH
        "PATH": CLEAN_PATH,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
        "PYQGIS_STARTUP": str(STARTUP_LOG),
        "AGUAPERU_MESSAGES": str(messages),
        "AGUAPERU_RESULT": str(result_file),
        "AGUAPERU_FAULTS": str(faults),
        "AGUAPERU_STOCK_PHASE": phase,
        "AGUAPERU_STOCK_CODE_DIR": str(HERE),
        "AGUAPERU_STOCK_TIMEOUT": str(timeout - 60),
        **env,
    }
    wrapper = os.environ.get("AGUAPERU_STOCK_WRAP", "").split()  # diagnosis: e.g. gdb -batch -ex run ... --args
    qgis = "/usr/bin/qgis.bin" if wrapper else "qgis"  # /usr/bin/qgis is a shell script that execs qgis.bin
    command = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SCREEN}",
        *wrapper,
        qgis,
        "--profiles-path",
        str(work / "qgis"),
        "--profile",
        PROFILE,
        "--nologo",
        "--noversioncheck",
        "--code",
        str(HERE / "stock_code.py"),
    ]
    started = time.perf_counter()
    with open(output_file, "w", encoding="utf-8") as output:
        process = subprocess.Popen(
            command, env=run_env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            returncode = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # xvfb-run, Xvfb and qgis together
            returncode = process.wait()
            output.write(f"\n[killed after {timeout} s]\n")
    run = {"phase": phase, "returncode": returncode, "seconds": round(time.perf_counter() - started, 1)}
    run["result"] = json.loads(result_file.read_text(encoding="utf-8")) if result_file.exists() else {}
    exit_file = result_file.with_suffix(".exit.json")  # what the plugin left behind (stock_code.py)
    run["at_exit"] = json.loads(exit_file.read_text(encoding="utf-8")) if exit_file.exists() else {}
    run["faults"] = faults.read_text(encoding="utf-8", errors="replace")[-4000:] if faults.exists() else ""
    run["output_tail"] = output_file.read_text(encoding="utf-8", errors="replace")[-3000:]
    return run


class Checks:
    def __init__(self) -> None:
        self.items: list[dict] = []

    def add(self, name: str, passed: bool, detail: str = "", outcome: str | None = None) -> None:
        outcome = outcome or ("pass" if passed else "FAIL")
        self.items.append({"check": name, "passed": bool(passed), "outcome": outcome, "detail": detail})
        print(f"{'PASS' if passed else 'FAIL'}  {name:<40} {outcome:<14} {detail[:160]}".rstrip(), flush=True)

    @property
    def failed(self) -> int:
        return sum(not c["passed"] for c in self.items)


def check_exit(checks: Checks, run: dict) -> None:
    detail = f"exit status {run['returncode']} after {run['seconds']} s"
    if run["returncode"] != 0 and run["faults"]:
        detail += "; crash stack in the faults file: " + run["faults"].strip().splitlines()[-1][:200]
    if run["result"].get("harness_error"):
        detail += "; harness error: " + run["result"]["harness_error"].strip().splitlines()[-1]
    checks.add(f"{run['phase']}: QGIS exits with code 0", run["returncode"] == 0, detail)


def judge_algorithms(checks: Checks, run: dict, installed: bool) -> dict:
    result = run["result"]
    missing = result.get("missing_packages", [])
    table = {}
    for name, record in sorted(result.get("algorithms", {}).items()):
        record["modal_dialogs"] = [d for d in result.get("modal_dialogs", []) if d["step"] == f"algorithm:{name}"]
        outcome, reason = judge(record, missing, installed)
        table[name] = {"outcome": outcome, "seconds": record.get("seconds"), "reason": reason}
        checks.add(f"{run['phase']}: {name}", outcome in (OK, CLEAR), reason.replace("\n", " | "), outcome)
    if not table:
        checks.add(f"{run['phase']}: algorithms ran", False, "no algorithm of the provider ran", BAD)
    return table


def check_plugin(checks: Checks, run: dict) -> None:
    state = run["result"].get("plugin", {})
    loaded = all(state.get(k) for k in ("installed_in_profile", "enabled", "loaded", "active", "provider"))
    detail = ", ".join(
        f"{k}={state.get(k)}" for k in ("installed_in_profile", "enabled", "loaded", "active", "provider")
    )
    if run["result"].get("install_python_errors"):
        loaded = False
        detail += "; Python errors: " + run["result"]["install_python_errors"][0][:300]
    checks.add(f"{run['phase']}: plugin installed and loaded", loaded, detail)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--zip", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--inputs", type=Path, required=True, help="folder with the BWDF workbooks")
    parser.add_argument("--bundle", type=Path)
    parser.add_argument("--hidden-dists", default="", help="comma-separated distributions hidden from QGIS")
    parser.add_argument("--phases", default="A,B")
    parser.add_argument("--results", type=Path, default=ROOT / "build" / "test-results" / "stock_install.json")
    parser.add_argument("--environment", type=Path, help="JSON written by the shell script (hidden packages, checks)")
    parser.add_argument("--only", default="", help="diagnosis: run only these algorithms (comma-separated ids)")
    parser.add_argument("--env", action="append", default=[], help="diagnosis: KEY=VALUE added to QGIS's environment")
    args = parser.parse_args()

    started = time.perf_counter()
    phases = args.phases.split(",")
    if not (args.work / "qgis").exists():
        new_profile(args.work / "qgis")
    out = args.work / "out"
    common = {
        "AGUAPERU_DATA": str(args.data),
        "AGUAPERU_STOCK_ZIP": str(args.zip),
        "AGUAPERU_STOCK_INPUTS": str(args.inputs),
        "AGUAPERU_STOCK_OUT": str(out),
        "AGUAPERU_STOCK_HIDDEN_DISTS": args.hidden_dists,
        "AGUAPERU_STOCK_ONLY": args.only,
        **dict(item.split("=", 1) for item in args.env),
    }
    checks, report = Checks(), {"runs": [], "phase_a": {}, "phase_b": {}}
    if args.environment and args.environment.exists():
        report["environment"] = json.loads(args.environment.read_text(encoding="utf-8"))

    if "A" in phases:
        run = run_qgis(args.work, "A", common, timeout=1500)
        report["runs"].append(run)
        check_plugin(checks, run)
        report["phase_a"] = judge_algorithms(checks, run, installed=False)
        check_exit(checks, run)
    if "B" in phases or "B-install" in phases:
        if args.bundle is None or not args.bundle.is_file():
            checks.add("B: offline bundle", False, f"no Linux offline bundle ({args.bundle}): run make offline-bundle")
            phases = [p for p in phases if p != "B"]
        else:
            run = run_qgis(args.work, "B-install", {**common, "AGUAPERU_STOCK_BUNDLE": str(args.bundle)}, timeout=900)
            report["runs"].append(run)
            installer = run["result"].get("installer", {})
            still_missing = run["result"].get("missing_after", ["?"])
            detail = installer.get("detail", run["result"].get("harness_error", ""))[:300]
            if still_missing:
                detail = f"still missing: {', '.join(still_missing)}; {detail}"
            checks.add(
                "B: dependencies installed from the bundle", bool(installer.get("ok")) and not still_missing, detail
            )
            check_exit(checks, run)
    if "B" in phases or "B-run" in phases:  # B-run alone: diagnosis on the profile of an earlier --work run
        run = run_qgis(args.work, "B-run", common, timeout=2400)
        report["runs"].append(run)
        check_plugin(checks, run)
        report["phase_b"] = judge_algorithms(checks, run, installed=True)
        for page, state in run["result"].get("dock", {}).items():
            checks.add(f"B: dock page {page}", state.get("ok", False), state.get("detail", ""))
        if not run["result"].get("dock"):
            checks.add("B: dock pages", False, "the dock was not checked")
        check_exit(checks, run)

    report["checks"] = checks.items
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["passed"], report["failed"] = len(checks.items) - checks.failed, checks.failed
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"stock install: QGIS runs took {report['seconds']} s; results in {args.results}")
    print(f"{report['passed']} passed, {report['failed']} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
