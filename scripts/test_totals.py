"""Print one closing line for all test suites: 'tests: N passed, N failed, N skipped' (from JUnit XML)."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "build" / "test-results"

total = failed = skipped = 0
for report in sorted(RESULTS.glob("*.xml")):
    for suite in ET.parse(report).getroot().iter("testsuite"):
        total += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
print(f"tests: {total - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or total == 0 else 0)
