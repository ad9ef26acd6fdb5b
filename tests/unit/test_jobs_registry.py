"""The registry of jobs against its adapters (issue 17): every job has exactly one core entry, and the command
line, the Processing algorithms and the dock's tasks each call it through ``jobs.run("<id>", ...)``.

The adapters are read as source (AST), so the test runs without QGIS; ``tests/qgis/test_jobs_provider.py``
compares the registry with the algorithms the provider really loads.
"""

import ast
import dataclasses
import functools
import inspect
import textwrap
from pathlib import Path

import pytest

from core import dependencies, jobs
from core.__main__ import commands, main

ROOT = Path(__file__).resolve().parents[2]
PROCESSING = ROOT / "aguaperu_plugin" / "processing"
TASKS = ROOT / "aguaperu_plugin" / "tasks"


def job_calls(node: ast.AST) -> list:
    """The first argument of every ``jobs.run(...)`` call under ``node`` (the literal id, or None)."""
    found = []
    for call in ast.walk(node):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "run"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "jobs"
        ):
            first = call.args[0] if call.args else None
            found.append(first.value if isinstance(first, ast.Constant) else None)
    return found


def classes(folder: Path) -> dict:
    """``(file name, class name) -> ClassDef`` of every class defined at the top of a module of ``folder``."""
    found = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                found[(path.name, node.name)] = node
    return found


def algorithm_id(node: ast.ClassDef) -> str | None:
    """The id of a Processing algorithm class: its ``algorithm_id`` attribute (``AguaPeruAlgorithm.name()``
    returns it), or what its own ``name()`` returns, when a literal."""
    for item in node.body:
        if (
            isinstance(item, ast.Assign)
            and [getattr(t, "id", None) for t in item.targets] == ["algorithm_id"]
            and isinstance(item.value, ast.Constant)
        ):
            return item.value.value
        if isinstance(item, ast.FunctionDef) and item.name == "name":
            for statement in ast.walk(item):
                if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Constant):
                    return statement.value.value
    return None


def handler_calls(handler) -> list:
    """Job ids called by a command-line handler: a function, a ``functools.partial`` or a lambda that calls a
    function of its module (followed one step)."""
    while isinstance(handler, functools.partial):
        handler = handler.func
    tree = ast.parse(textwrap.dedent(inspect.getsource(handler)))
    found = job_calls(tree)
    if found or handler.__name__ != "<lambda>":
        return found
    module = inspect.getmodule(handler)
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            target = getattr(module, call.func.id, None)
            if callable(target) and inspect.isfunction(target):
                found += handler_calls(target)
    return found


def test_every_job_has_one_core_entry():
    entries = [job.entry for job in jobs.JOBS.values()]
    assert len(entries) == len(set(entries)), "two jobs share a core function"
    for job in jobs.JOBS.values():
        function, request = job.function(), job.request_type()
        assert dataclasses.is_dataclass(request), job.id
        parameters = inspect.signature(function).parameters
        assert list(parameters)[:1] == ["request"] and {"progress", "is_cancelled"} <= set(parameters), job.id
        assert job.id in dependencies.JOBS, f"{job.id}: the packages it needs are not declared"
        assert job.algorithms or job.commands or job.dock, f"{job.id}: no adapter runs it"


def test_run_refuses_another_job_request():
    with pytest.raises(TypeError, match="waterrisk takes a WaterRiskRequest"):
        jobs.run("waterrisk", jobs.request_type("poverty")())


def test_processing_algorithms_call_their_job():
    by_algorithm = {algorithm: job.id for job in jobs.JOBS.values() for algorithm in job.algorithms}
    seen = {}
    for (file, name), node in classes(PROCESSING).items():
        identifier = algorithm_id(node)
        calls = job_calls(node)
        if identifier in by_algorithm:
            assert calls == [by_algorithm[identifier]], f"{file}:{name} ({identifier}) calls {calls}"
            seen[identifier] = name
        else:
            assert not calls, f"{file}:{name} ({identifier}) runs {calls} but no job lists it"
    assert set(seen) == set(by_algorithm), (
        f"algorithms of the registry without a class: {set(by_algorithm) - set(seen)}"
    )


def test_command_line_calls_the_jobs():
    handlers = commands()
    by_command = {command: job.id for job in jobs.JOBS.values() for command in job.commands}
    missing = set(by_command) - set(handlers)
    assert not missing, f"commands of the registry the command line does not have: {missing}"
    for command, handler in handlers.items():
        calls = handler_calls(handler)
        if command in by_command:
            assert by_command[command] in calls and set(calls) <= {by_command[command]}, f"{command}: {calls}"
        else:
            assert not calls, f"{command} runs {calls} but no job lists it"


def test_dock_tasks_call_their_job():
    called = {}
    for (file, name), node in classes(TASKS).items():
        calls = set(job_calls(node))
        assert None not in calls, f"{file}:{name}: jobs.run without a literal id"
        assert len(calls) <= 1, f"{file}:{name} runs several jobs: {calls}"
        for job_id in calls:
            assert job_id in jobs.JOBS, f"{file}:{name} runs an unknown job {job_id}"
            called.setdefault(job_id, []).append(name)
    docked = {job.id for job in jobs.JOBS.values() if job.dock}
    assert docked <= set(called), f"jobs the dock runs without a task calling them: {docked - set(called)}"


@pytest.mark.parametrize(
    ("command", "job_id", "function"),
    [
        (["predict", "water-risk"], "waterrisk", "water_risk"),
        (["predict", "poverty"], "poverty", "poverty"),
        (["predict", "child-risk"], "childrisk", "child_risk"),
    ],
)
def test_command_line_runs_the_registered_function(monkeypatch, tmp_path, command, job_id, function):
    """The handler really goes through the registry: replacing the job's core function is seen by the command,
    which gets the request its options describe."""
    seen = []

    def spy(request, progress, is_cancelled):
        seen.append(request)
        raise KeyboardInterrupt  # stop before anything is written

    module = __import__("core.jobs.models", fromlist=["x"])
    monkeypatch.setattr(module, function, spy)
    data = tmp_path / "data"
    data.mkdir()
    status = main([*command, "--data", str(data), "--out", str(tmp_path / "out.csv")])
    assert status == 130
    assert len(seen) == 1 and isinstance(seen[0], jobs.request_type(job_id))
    assert Path(seen[0].data_dir) == data
    assert not (tmp_path / "out.csv").exists()
