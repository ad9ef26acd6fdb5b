"""QGIS desktop start-up time with and without AguaPerú (median of interleaved runs).

Start-up is measured from launching ``qgis`` under Xvfb to the moment ``--code`` runs, which QGIS does
after every plugin has been loaded and its initGui called. Reference: the same start without the plugin.
A second row isolates the plugin's own share: the time QGIS itself records for loading it
(``qgis.utils.plugin_times``: import, classFactory and initGui), against the start without the plugin.
"""

import statistics
import tempfile
import time
from pathlib import Path

from scripts.make_zip import make_zip
from scripts.qgis_desktop import deploy_profile, run_qgis

READY_CODE = Path(__file__).resolve().parent / "desktop_ready.py"
RUNS = 9


def start_time(base: Path, profile: str, own_load: list | None = None) -> float:
    launched = time.time()
    run = run_qgis(base, profile, READY_CODE)
    if run.returncode != 0 or "ready" not in run.result:
        raise RuntimeError(f"QGIS did not start:\n{run.output[-2000:]}")
    if (profile == "with") != ("aguaperu" in run.result["active_plugins"]):
        raise RuntimeError(f"profile {profile}: plugins {run.result['active_plugins']}")
    if own_load is not None:
        own_load.append(run.result["plugin_seconds"]["aguaperu"])
    return run.result["ready"] - launched


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        deploy_profile(base, "with", make_zip(base / "aguaperu.zip"))
        deploy_profile(base, "without", None)
        start_time(base, "with")  # warm the disk cache for both
        start_time(base, "without")
        times = {"with": [], "without": []}
        own_load = []
        for _ in range(RUNS):
            times["without"].append(start_time(base, "without"))
            times["with"].append(start_time(base, "with", own_load))
    with_plugin, without = statistics.median(times["with"]), statistics.median(times["without"])
    own = statistics.median(own_load)
    return [
        {
            "name": "qgis_start_with_plugin",
            "value": round(with_plugin, 3),
            "unit": "s",
            "reference": round(without, 3),
            "ratio": round(with_plugin / without, 3),
            "runs": RUNS,
            "target": "ratio <= 1.05",
        },
        {
            "name": "plugin_own_load_time",
            "value": round(own, 4),
            "unit": "s",
            "reference": round(without, 3),
            "ratio": round((without + own) / without, 4),
            "runs": RUNS,
            "note": "qgis.utils.plugin_times['aguaperu'] (import, classFactory, initGui) vs start without it",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
