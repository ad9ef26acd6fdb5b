"""The installer's steps without any window: prepare the source, resolve, install, verify.

Each step takes ``log(line)`` and ``is_cancelled()`` callables (the task maps them to the AguaPerú log tab and
to ``QgsTask.isCanceled``). pip runs in a subprocess that is killed when the user cancels; packages are
installed into a staging folder next to the target and moved into it only once pip has finished, inside a
protected block, so a cancelled or failed installation leaves the target as it was.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...core.cancel import protected
from ...core.dependencies import Requirement
from ...core.errors import CancelledError
from ...core.jobs.types import never_cancelled
from . import bundle as bundles
from . import environment, pip

POLL_S = 0.1


class InstallError(Exception):
    """The installation cannot go on; ``code`` (``no_interpreter``, ``no_pip``, ``pip_failed``,
    ``verify_failed``) and ``details`` make the translated message; ``output`` is pip's for the log."""

    def __init__(self, code: str, message: str, output: str = "", **details) -> None:
        super().__init__(message)
        self.code, self.output, self.details = code, output, details


def no_log(line: str) -> None:
    """Default ``log``: discard."""


@dataclass
class Plan:
    """What one installation will do (``planned`` is empty when everything is already there)."""

    python: Path
    target: Path
    requirements: list[Requirement]
    planned: list[pip.Planned] = field(default_factory=list)
    wheels: Path | None = None  # the bundle's extracted wheels (offline), else None (PyPI)
    pip_wheel: Path | None = None
    workdir: Path | None = None  # temporary folder with the extracted bundle, removed by ``cleanup``
    bundle: Path | None = None

    @property
    def runner(self) -> list[str]:
        return pip.pip_runner(self.python, self.pip_wheel)

    def cleanup(self) -> None:
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


def run(
    command: list[str],
    env: dict | None = None,
    log: Callable[[str], None] = no_log,
    is_cancelled: Callable[[], bool] = never_cancelled,
    stdin: str | None = None,
) -> tuple[int, str]:
    """Run ``command``, passing each output line to ``log``; kill it when ``is_cancelled()`` (CancelledError).
    Returns (exit code, whole output)."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        **environment.hidden_window(),
    )
    lines: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            log(line.rstrip())

    reader = threading.Thread(target=read, name="aguaperu-pip-output", daemon=True)
    reader.start()
    if stdin is not None:
        try:
            process.stdin.write(stdin)
            process.stdin.close()
        except OSError:  # the process ended before reading: its output says why
            pass
    try:
        while process.poll() is None:
            if is_cancelled():
                raise CancelledError("The installation was cancelled.")
            time.sleep(POLL_S)
    except BaseException:  # cancelled, or interrupted by core.cancel: pip never outlives the task
        process.kill()
        process.wait()
        raise
    finally:
        reader.join(5)
        process.stdout.close()
    return process.returncode, "\n".join(lines)


def has_pip(python: Path) -> bool:
    """Whether ``python -m pip`` works and writes installation reports (pip 22.2 or newer)."""
    code = "import pip, sys; v = tuple(int(x) for x in pip.__version__.split('.')[:2]); sys.exit(v < (22, 2))"
    try:
        return (
            subprocess.run(
                [str(python), "-c", code], capture_output=True, timeout=60, **environment.hidden_window()
            ).returncode
            == 0
        )
    except (OSError, subprocess.SubprocessError):
        return False


def prepare(
    requirements: list[Requirement],
    target: Path,
    bundle: Path | None = None,
    python: Path | None = None,
    log: Callable[[str], None] = no_log,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> Plan:
    """Locate QGIS's Python and, offline, check and extract the bundle into a temporary folder.

    Raises
    ------
    InstallError
        ``no_interpreter`` when no Python with QGIS's version is found, ``no_pip`` when it has no usable pip
        and the bundle (if any) has no pip wheel.
    bundles.BundleError
        When the bundle does not suit this Python or a wheel's SHA-256 differs.
    """
    log(environment.machine())
    python = python or environment.find_interpreter()
    if python is None:
        raise InstallError(
            "no_interpreter",
            f"No Python {sys.version_info[0]}.{sys.version_info[1]} interpreter was found next to QGIS "
            f"(looked for {', '.join(str(c) for c in environment.interpreter_candidates())}).",
        )
    log(f"Interpreter: {python}")
    plan = Plan(python=Path(python), target=Path(target), requirements=list(requirements), bundle=bundle)
    if bundle is not None:
        plan.workdir = Path(tempfile.mkdtemp(prefix="aguaperu-bundle-"))
        try:
            log(f"Checking the bundle {bundle}")
            _, plan.wheels = bundles.extract(Path(bundle), plan.workdir, is_cancelled=is_cancelled)
            if is_cancelled():
                raise CancelledError("The installation was cancelled.")
            log(f"Every SHA-256 of {len(list(plan.wheels.glob('*.whl')))} wheels matches.")
        except BaseException:
            plan.cleanup()
            raise
    if not has_pip(plan.python):
        plan.pip_wheel = bundles.pip_wheel(plan.wheels) if plan.wheels else None
        if plan.pip_wheel is None:
            plan.cleanup()
            raise InstallError("no_pip", f"{plan.python} has no pip (22.2 or newer).", python=str(plan.python))
        log(f"pip runs from {plan.pip_wheel.name}")
    return plan


def resolve(
    plan: Plan,
    distributions: Iterable[tuple[str, str]] | None = None,
    log: Callable[[str], None] = no_log,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> Plan:
    """Fill ``plan.planned`` with what pip would install, touching nothing: a dry run pinned by the
    distributions QGIS runs (``distributions``, default: those the running Python sees) with the private
    folder on ``PYTHONPATH``.

    Raises
    ------
    InstallError
        ``pip_failed`` when pip cannot resolve (a package with no wheel for this platform, no network…).
    """
    distributions = pip.visible_distributions() if distributions is None else distributions
    with tempfile.TemporaryDirectory(prefix="aguaperu-resolve-") as folder:
        constraints, report = Path(folder) / "constraints.txt", Path(folder) / "report.json"
        constraints.write_text(pip.constraints_text(distributions), encoding="utf-8")
        command = pip.resolve_command(
            plan.runner, report, constraints, [r.line for r in plan.requirements], plan.wheels
        )
        log(" ".join(command))
        code, output = run(command, pip.pip_environment(plan.target, plan.wheels is not None), log, is_cancelled)
        if code != 0 or not report.is_file():
            raise InstallError("pip_failed", f"pip could not resolve the requirements (exit code {code}).", output)
        plan.planned = pip.parse_report(report)
    log("Will install: " + (", ".join(p.pin for p in plan.planned) or "nothing"))
    return plan


def install(
    plan: Plan, log: Callable[[str], None] = no_log, is_cancelled: Callable[[], bool] = never_cancelled
) -> list[pip.Planned]:
    """Install ``plan.planned`` into ``plan.target``: pip into a staging folder, then every entry moved into
    the target at once. A cancel or a failure leaves the target as it was.

    Raises
    ------
    CancelledError
        When the user cancelled (nothing was installed).
    InstallError
        ``pip_failed`` when pip fails.
    """
    if not plan.planned:
        return []
    plan.target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{plan.target.name}-staging-", dir=plan.target.parent))
    with protected():  # an interruption waits: pip is killed by our own check, the staging folder removed
        try:
            command = pip.install_command(plan.runner, staging, [p.pin for p in plan.planned], plan.wheels)
            log(" ".join(command))
            code, output = run(command, pip.pip_environment(plan.target, plan.wheels is not None), log, is_cancelled)
            if code != 0:
                raise InstallError("pip_failed", f"pip could not install the packages (exit code {code}).", output)
            if is_cancelled():
                raise CancelledError("The installation was cancelled.")
            plan.target.mkdir(parents=True, exist_ok=True)
            for entry in sorted(staging.iterdir()):
                destination = plan.target / entry.name
                if destination.is_dir() and not destination.is_symlink():
                    shutil.rmtree(destination)
                elif destination.exists() or destination.is_symlink():
                    destination.unlink()
                entry.rename(destination)
            log(f"Installed into {plan.target}")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return plan.planned


def verify(
    python: Path,
    target: Path,
    modules: Iterable[str],
    path: list[str] | None = None,
    log: Callable[[str], None] = no_log,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> dict[str, str]:
    """Import each module in a new process of the same interpreter with QGIS's ``sys.path`` and ``target``
    appended at its end; module → "" when it imported, else the error.

    Raises
    ------
    InstallError
        ``verify_failed`` when the check itself does not run.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    request = pip.verify_request(sys.path if path is None else path, target, modules)
    code, output = run([str(python), "-c", pip.VERIFY_SCRIPT], env, no_log, is_cancelled, stdin=request)
    try:
        result = pip.parse_verify(output)
    except ValueError as error:
        raise InstallError(
            "verify_failed", f"The check of the installation did not run (exit {code}).", output
        ) from error
    for module, problem in result.items():
        log(f"import {module}: {'ok' if not problem else problem}")
    return result


def activate(target: Path, installed: Iterable[str]) -> bool:
    """Make ``target`` importable in this session (appended at the end of ``sys.path``); return True when
    QGIS must be restarted: a module of the installed distributions was already imported from elsewhere."""
    environment.add_to_sys_path(target)
    import importlib

    importlib.invalidate_caches()
    return any(name in sys.modules for name in pip.top_level_names(target, installed))
