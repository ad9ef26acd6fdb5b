"""No test asserts wall-clock time: a loaded machine is slow, not wrong (``make test`` once failed on a cancel
that took 1.47 s instead of 1 s). Tests assert behaviour; speed lives in ``bench/`` as ratios.

Read by AST from every ``.py`` file under ``tests/``, without importing them. Flagged:

- an ``assert`` comparing a clock reading (``time.time()``, ``perf_counter()``, ``monotonic()``,
  ``process_time()``, their ``_ns`` forms, ``datetime.now()``) or a value computed from one (a variable or a
  ``state["key"]`` assigned from a clock, at any remove: ``latency = time.perf_counter() - started``);
- an ``assert`` comparing a value named like a duration (``latency``, ``elapsed``, ``seconds``, ``duration``,
  ``took``, ``runtime``, ``*_time``, ``*_s``), such as a latency compared with one second;
- Hypothesis ``settings(deadline=…)`` other than ``None`` (an example slower than the deadline fails).

Not flagged: timeouts that only guard against a hang (``qtbot.waitUntil(..., timeout=…)``, ``join(10)``,
``Event.wait(…)``), which fail nothing on a slow machine that still finishes.
"""

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
CLOCKS = {
    "time",
    "time_ns",
    "perf_counter",
    "perf_counter_ns",
    "monotonic",
    "monotonic_ns",
    "process_time",
    "process_time_ns",
    "thread_time",
    "thread_time_ns",
    "now",
    "utcnow",
    "default_timer",
}
CLOCK_OWNERS = {"time", "datetime", "timeit"}
DURATION = re.compile(r"(latenc|elapsed|seconds|duration|took|runtime|wall|_time$|^time_|_s$|_ms$)", re.IGNORECASE)


def _name_of(node: ast.AST) -> str | None:
    """The name a value goes by: ``x``, ``obj.x``, ``state["x"]``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.slice.value
    return None


class WallClock:
    """The wall-clock assertions of one module's source."""

    def __init__(self, source: str, filename: str = "<test>"):
        self.tree = ast.parse(source, filename=filename)
        self.filename = filename
        self.clock_names = self._imported_clocks()
        self.timed: set[str] = self._timed_names()

    def _imported_clocks(self) -> set[str]:
        """Clock functions imported by their bare name (``from time import perf_counter``)."""
        names = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module in CLOCK_OWNERS:
                names |= {alias.asname or alias.name for alias in node.names if alias.name in CLOCKS}
        return names

    def is_clock(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in CLOCKS:
            owner = function.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            return owner_name in CLOCK_OWNERS
        return isinstance(function, ast.Name) and function.id in self.clock_names

    def involves_time(self, node: ast.AST) -> bool:
        """Whether ``node`` reads a clock or a value computed from one."""
        for part in ast.walk(node):
            if self.is_clock(part):
                return True
            name = _name_of(part)
            if name is not None and name in self.timed and isinstance(part.ctx, ast.Load):
                return True
        return False

    def _timed_names(self) -> set[str]:
        """Names (and ``state["key"]`` keys) assigned from a clock, directly or through other such names."""
        self.timed = set()
        assignments = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign):
                assignments.append((node.targets, node.value))
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and node.value is not None:
                assignments.append(([node.target], node.value))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                # state.setdefault("done", time.perf_counter()), state.update(ended=time.perf_counter())
                if node.func.attr == "setdefault" and isinstance(node.args[0], ast.Constant) and len(node.args) > 1:
                    assignments.append(([ast.Name(str(node.args[0].value), ast.Store())], node.args[1]))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update":
                for keyword in node.keywords:
                    if keyword.arg:
                        assignments.append(([ast.Name(keyword.arg, ast.Store())], keyword.value))
        changed = True
        while changed:
            changed = False
            for targets, value in assignments:
                if not self.involves_time(value):
                    continue
                for target in targets:
                    for part in ast.walk(target):
                        name = _name_of(part)
                        if name and name not in self.timed and isinstance(part.ctx, ast.Store):
                            self.timed.add(name)
                            changed = True
        return self.timed

    def _duration_named(self, node: ast.AST) -> bool:
        return any((name := _name_of(part)) is not None and DURATION.search(name) for part in ast.walk(node))

    def problems(self) -> list[str]:
        found = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assert):
                for compare in (n for n in ast.walk(node.test) if isinstance(n, ast.Compare)):
                    sides = [compare.left, *compare.comparators]
                    if any(self.involves_time(side) for side in sides):
                        found.append(f"{self.filename}:{node.lineno}: asserts a clock reading")
                        break
                    if any(self._duration_named(side) for side in sides) and any(
                        isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in compare.ops
                    ):
                        found.append(f"{self.filename}:{node.lineno}: asserts a duration")
                        break
            elif isinstance(node, ast.Call) and self._is_hypothesis_settings(node):
                for keyword in node.keywords:
                    if keyword.arg == "deadline" and not (
                        isinstance(keyword.value, ast.Constant) and keyword.value.value is None
                    ):
                        found.append(f"{self.filename}:{node.lineno}: a Hypothesis deadline")
        return found

    @staticmethod
    def _is_hypothesis_settings(node: ast.Call) -> bool:
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        return name in ("settings", "register_profile")


def test_no_test_asserts_wall_clock_time():
    files = sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)
    assert len(files) > 30
    problems = []
    for path in files:
        problems += WallClock(path.read_text(encoding="utf-8"), str(path.relative_to(TESTS.parent))).problems()
    assert not problems, "wall-clock assertions (assert behaviour; time belongs in bench/):\n" + "\n".join(problems)


# The check must fail where it should: planted examples.
# the planted sources say ASSERT (made ``assert`` when checked) so that no grep for timed assertions
# mistakes these examples for tests of this suite
_PLANTED = {
    "the old cancel test": """
import time
def test_cancel():
    started = time.perf_counter()
    cancel()
    latency = time.perf_counter() - started
    ASSERT latency < 1.0
""",
    "a clock in the assert itself": """
import time
def test_deadline():
    deadline = time.monotonic() + 240
    while busy():
        ASSERT time.monotonic() < deadline, "no progress"
""",
    "a deadline variable": """
import time
def test_deadline():
    deadline = time.monotonic() + 240
    now = time.monotonic()
    ASSERT now <= deadline
""",
    "a clock imported by name, a key of a state": """
from time import perf_counter as clock
def test_state(state):
    state["cancelled"] = clock()
    state.setdefault("ended", clock())
    ASSERT state["ended"] - state["cancelled"] < LIMIT
""",
    "keywords of update": """
import time
def test_update(task, state):
    task.executed.connect(lambda ok, r: state.update(ok=ok, ended=time.perf_counter()))
    ASSERT state["ended"] - start < 2
""",
    "a duration by its name only": """
def test_report(report):
    ASSERT report["seconds"] <= 30
    ASSERT run.elapsed_s < 2.5
""",
    "datetime": """
from datetime import datetime
def test_now():
    before = datetime.now()
    work()
    ASSERT (datetime.now() - before).total_seconds() < 5
""",
    "a Hypothesis deadline": """
from datetime import timedelta
from hypothesis import settings
FUZZ = settings(max_examples=30, deadline=timedelta(seconds=20))
""",
}
PLANTED = {name: source.replace("ASSERT ", "assert ") for name, source in _PLANTED.items()}


CLEAN = """
import threading, time
from hypothesis import settings
FUZZ = settings(max_examples=30, deadline=None)
def busy(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
def test_behaviour(qtbot, page, state, thread):
    started = time.perf_counter()  # recorded, never asserted
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    thread.join(10)
    assert not thread.is_alive()
    assert state["outcome"] == "done"
    assert page.progress.value() < 100
    assert summary["seconds"] == 0.1 or True
    assert len(rows) < 5
"""


def test_each_planted_wall_clock_assertion_is_found():
    for name, source in PLANTED.items():
        assert WallClock(source, name).problems(), f"not found: {name}"
    both = WallClock(PLANTED["a duration by its name only"]).problems()
    assert len(both) == 2, both


def test_hang_guards_and_plain_assertions_pass():
    assert WallClock(CLEAN).problems() == []
