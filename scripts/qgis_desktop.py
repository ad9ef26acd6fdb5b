"""Start the real QGIS desktop under Xvfb with AguaPerú deployed in a throw-away profile.

Used by the desktop smoke test, the load benchmark and ``make run``. The plugin is installed the way
QGIS's "Install from ZIP" does it: the zip is unpacked into the profile's ``python/plugins`` folder.
"""

import json
import os
import signal
import subprocess
import sys
import sysconfig
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STARTUP_LOG_SCRIPT = Path(__file__).resolve().parent / "qgis_startup_log.py"
SCREEN = "1920x1080x24"


@dataclass
class DesktopRun:
    returncode: int
    elapsed: float
    output: str
    result: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)


def venv_site_packages() -> str:
    """The project venv's site-packages: the Python packages QGIS lacks (QGIS runs Debian's Python)."""
    return sysconfig.get_paths()["purelib"] if sys.prefix != sys.base_prefix else ""


def deploy_profile(base: Path, profile: str, plugin_zip: Path | None, locale: str | None = None) -> Path:
    """Create ``base/profiles/<profile>`` (``base`` is what ``--profiles-path`` takes) and return it."""
    profile_dir = Path(base) / "profiles" / profile
    plugins = profile_dir / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    settings = ["[PythonPlugins]"]
    if plugin_zip is not None:
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
        settings.append("aguaperu=true")
    settings.append("grassprovider=false")  # GRASS is not installed: its provider would log an error
    # no version or plugin-repository checks (the welcome page's news feed cannot be turned off here)
    settings += ["", "[app]", "plugin_installer\\checkOnStart=false", "", "[qgis]", "checkVersion=false"]
    if locale:
        # the language, and numbers, dates and currency written as in Peru (what a Spanish Windows gives QGIS)
        number_locale = {"es": "es_PE"}.get(locale, locale)
        settings += ["", "[locale]", "overrideFlag=true", f"userLocale={locale}", f"globalLocale={number_locale}"]
    ini = profile_dir / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("\n".join(settings) + "\n", encoding="utf-8")
    return profile_dir


def run_qgis(base: Path, profile: str, code: Path, env: dict | None = None, timeout: float = 180) -> DesktopRun:
    """Run ``qgis --code CODE`` on a virtual screen; CODE must quit QGIS when it is done.

    CODE can write a JSON result to ``$AGUAPERU_RESULT`` and import modules of its own folder; every message
    QGIS logs from start-up on (the plugin's load included) is collected from ``$AGUAPERU_MESSAGES``.
    """
    base = Path(base)
    result_file, messages_file = base / f"{profile}-result.json", base / f"{profile}-messages.jsonl"
    for stale in (result_file, messages_file):
        stale.unlink(missing_ok=True)
    home = base / "home"
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    run_env = {
        **os.environ,
        # the script's folder first, as ``python script.py`` has it (tests/desktop/desktop_harness.py)
        "PYTHONPATH": os.pathsep.join([str(Path(code).resolve().parent), venv_site_packages()]),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "PYQGIS_STARTUP": str(STARTUP_LOG_SCRIPT),
        "AGUAPERU_RESULT": str(result_file),
        "AGUAPERU_MESSAGES": str(messages_file),
        **(env or {}),
    }
    run_env.pop("QT_QPA_PLATFORM", None)
    command = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SCREEN}",
        "qgis",
        "--profiles-path",
        str(base),
        "--profile",
        profile,
        "--nologo",
        "--noversioncheck",
        "--code",
        str(code),
    ]
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    ) as process:
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # xvfb-run, Xvfb and qgis together
            output, _ = process.communicate()
            output += f"\n[killed after {timeout} s]"
    run = DesktopRun(process.returncode, time.perf_counter() - started, output)
    if result_file.exists():
        run.result = json.loads(result_file.read_text(encoding="utf-8"))
    if messages_file.exists():
        run.messages = [json.loads(line) for line in messages_file.read_text(encoding="utf-8").splitlines()]
    return run
