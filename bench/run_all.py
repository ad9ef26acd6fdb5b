"""Run every benchmark module in bench/ and write bench/results.json. Benchmarks never fail tests.

python -m bench.run_all            # all of them
python -m bench.run_all plugin_load
"""

import importlib
import json
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results.json"
SKIP = {"__init__", "run_all", "desktop_ready"}


def main(names: list[str]) -> int:
    names = names or sorted(p.stem for p in BENCH.glob("*.py") if p.stem not in SKIP)
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {"results": []}
    results = {row["name"]: row for row in previous.get("results", [])}
    for name in names:
        print(f"bench: {name}", flush=True)
        try:
            rows = importlib.import_module(f"bench.{name}").run()
        except Exception:  # a broken benchmark is reported, never fatal
            traceback.print_exc()
            continue
        for row in rows:
            row["bench"] = name
            results[row["name"]] = row
            print(f"  {row['name']}: {row['value']} {row['unit']} (reference {row['reference']}, ratio {row['ratio']})")
    document = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "written": datetime.now(UTC).isoformat(timespec="seconds"),
        "results": sorted(results.values(), key=lambda row: row["name"]),
    }
    RESULTS.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
