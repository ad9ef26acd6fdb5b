"""Data safety: inputs are byte-identical after a run; outputs appear complete or not at all, even when the
writer fails midway or the process is killed; an earlier version of an output survives a failed run."""

import hashlib
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from core.io.atomic import PREFIX, remove_stale, replacing, write_text_atomic

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
ENV = {**os.environ, "PROJ_DATA": os.environ.get("PROJ_DATA", "/usr/share/proj")}
PREVIOUS = b"previous complete output\n"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data")


def digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def core_command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "core", *args], cwd=ROOT, env=ENV, capture_output=True, text=True, **kwargs
    )


# ---------------------------------------------------------------- inputs stay byte-identical


@pytest.mark.shared_data
@needs_shared
def test_validate_leaves_the_shared_inputs_byte_identical():
    before = digests(SHARED)
    inputs = [
        "water/siasar_peru_systems.csv",
        "socioeconomic/pobreza2018_distrital.csv",
        "boundaries/peru_limites_inei2017.gpkg",
        "child_welfare/endes_children_2014_2018.csv.gz",
        "satellite/pp_mean_yearly_peru_district_2001-2024.csv",
    ]
    run = core_command("validate", *[str(SHARED / name) for name in inputs], "--data", str(SHARED), timeout=300)
    assert run.returncode in (0, 2), run.stderr
    assert run.stdout.count(": ok") + run.stdout.count(": ERRORS") == len(inputs), run.stdout
    assert digests(SHARED) == before


@pytest.mark.shared_data
@needs_shared
def test_a_complete_run_on_read_only_inputs_writes_a_readable_output(tmp_path):
    """Inputs made read-only (any write would fail loudly); the output is complete and readable by others."""
    source = tmp_path / "input" / "oefa.csv"
    source.parent.mkdir()
    source.write_bytes((SHARED / "water" / "oefa_water_quality_lambayeque.csv").read_bytes())
    source.chmod(0o444)
    source.parent.chmod(0o555)
    before = digests(source.parent)
    out = tmp_path / "out"
    try:
        run = core_command("standards", str(source), "--out", str(out / "puntos.csv"), timeout=300)
    finally:
        source.parent.chmod(0o755)
    assert run.returncode == 0, run.stderr
    assert digests(source.parent) == before
    assert [p.name for p in out.iterdir()] == ["puntos.csv"]
    assert (out / "puntos.csv").stat().st_mode & 0o044, "the output should be readable as the umask allows"
    assert len(pd.read_csv(out / "puntos.csv")) > 0


# ---------------------------------------------------------------- a writer failing midway


def fail_midway(self, path=None, *args, **kwargs):
    """In place of ``to_csv``/``to_file``/``Path.write_bytes``: half a file is written, then the disk is full."""
    target = self if isinstance(self, Path) else path or kwargs.get("path_or_buf") or kwargs.get("filename")
    with open(target, "wb") as stream:
        stream.write(b"ubigeo,valor\n1501")
    raise OSError(28, "No space left on device")


def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "ubigeo": ["150101", "150102"],
            "poverty_pct": [10.0, 20.0],
            "poverty_lo90": [5.0, 15.0],
            "poverty_hi90": [15.0, 25.0],
            "longitude": [-77.0, -76.9],
            "latitude": [-12.0, -12.1],
        }
    )


def write_water_risk(target):
    from core.io.outputs import write_csv

    write_csv(table(), target)


def write_poverty(target):
    from core.models.poverty.prediction import write_csv

    write_csv(table(), target)


def write_standards(target):
    from core.standards import write_table

    write_table(table(), target)


def write_features(target):
    from core.features.district_features import write_features

    frame = gpd.GeoDataFrame(table(), geometry=[Point(-77, -12), Point(-76.9, -12.1)], crs="EPSG:4326")
    write_features(frame, target)


def write_plan(target):
    from core.planning.output import write_table

    write_table(table(), target)


def write_card(target):
    from core.models.artifacts import write_text_atomic as write

    write(target, '{"name": "x"}\n')


def write_demo_csv(target):
    from core.demo.writers import write_csv

    write_csv(Path(target), table())


def write_forecast(target):
    from core.models.demand.cli import write_csv

    write_csv(table(), Path(target), index=False)


# (writer, output name, what to break)
ATOMIC = [
    (write_water_risk, "riesgo.csv", "to_csv"),
    (write_poverty, "pobreza.csv", "to_csv"),
    (write_standards, "puntos.csv", "to_csv"),
    (write_plan, "plan.csv", "to_csv"),
    (write_features, "distritos.gpkg", "to_file"),
    (write_plan, "plan.gpkg", "to_file"),
    (write_card, "model_card.json", "write_bytes"),
    (write_demo_csv, "tabla.csv", "write_bytes"),
    (write_forecast, "pronostico.csv", "to_csv"),
]


@pytest.mark.parametrize(("writer", "name", "broken"), ATOMIC, ids=lambda v: getattr(v, "__name__", str(v)))
@pytest.mark.parametrize("earlier", [False, True], ids=["new", "replacing"])
def test_a_writer_failing_midway_leaves_no_output(writer, name, broken, earlier, tmp_path, monkeypatch):
    target = tmp_path / name
    if earlier:
        target.write_bytes(PREVIOUS)
    if broken == "to_csv":
        monkeypatch.setattr(pd.DataFrame, "to_csv", fail_midway)
    elif broken == "to_file":
        monkeypatch.setattr(gpd.GeoDataFrame, "to_file", fail_midway)
    else:
        monkeypatch.setattr(Path, "write_bytes", fail_midway)
    with pytest.raises(OSError, match="No space left"):
        writer(target)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ([name] if earlier else []), f"left behind: {left}"
    if earlier:
        assert target.read_bytes() == PREVIOUS


@pytest.mark.parametrize(
    ("writer", "name"),
    [pytest.param(writer, name) for writer, name, _ in ATOMIC],
    ids=lambda v: getattr(v, "__name__", str(v)),
)
def test_the_writers_produce_their_files_as_the_umask_says(writer, name, tmp_path):
    umask = os.umask(0o022)
    try:
        writer(tmp_path / name)
    finally:
        os.umask(umask)
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


# ---------------------------------------------------------------- a process killed midway

HALF_WRITER = """
import sys, time
from pathlib import Path
from core.io.atomic import replacing
with replacing(Path(sys.argv[1])) as temporary:
    temporary.write_bytes(b"ubigeo,valor\\n1501")
    print("writing", flush=True)
    time.sleep(120)
"""


def test_a_process_killed_while_writing_leaves_the_earlier_output_and_its_temporary_is_cleared(tmp_path):
    target = tmp_path / "pobreza.csv"
    target.write_bytes(PREVIOUS)
    process = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITER, str(target)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "writing"
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stdout.close()
    assert target.read_bytes() == PREVIOUS
    stale = [p for p in tmp_path.iterdir() if p.name.startswith(PREFIX)]
    assert len(stale) == 1 and str(process.pid) in stale[0].name  # SIGKILL gives no chance to clean up...

    write_text_atomic(tmp_path / "otro.csv", "a\n1\n")  # ...so the next write into the folder does
    assert sorted(p.name for p in tmp_path.iterdir()) == ["otro.csv", "pobreza.csv"]


def test_temporaries_of_live_processes_are_kept(tmp_path):
    with replacing(tmp_path / "a.csv") as temporary:
        temporary.write_text("x\n")
        assert remove_stale(tmp_path) == []
        assert temporary.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def follow(stream, lines: list[str], seen: threading.Event, wanted) -> threading.Thread:
    """Collect the lines of ``stream``; ``seen`` is set at the first ``wanted(line)``, or when the stream ends."""

    def read():
        for line in stream:
            lines.append(line)
            if wanted(line):
                seen.set()
        seen.set()

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


@pytest.mark.shared_data
@needs_shared
def test_predict_killed_midway_leaves_no_output_and_no_temporary(tmp_path):
    """``predict poverty`` on the shared data, killed (SIGKILL) once its progress shows it is at work."""
    before = digests(SHARED)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pobreza.csv"
    command = [sys.executable, "-m", "core", "-v", "predict", "poverty", "--data", str(SHARED), "--out", str(target)]
    process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    at_work = threading.Event()
    follow(process.stderr, lines, at_work, lambda line: " % " in line and not line.lstrip().startswith("0 %"))
    try:
        at_work.wait(600)  # a guard against a hang, not a measure
        assert process.poll() is None, "".join(lines)  # it is still at work: the stream did not end
        assert any(" % " in line and not line.lstrip().startswith("0 %") for line in lines), "".join(lines)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert list(out.iterdir()) == [], f"left behind: {list(out.iterdir())} after {lines[-1].strip()!r}"
    assert digests(SHARED) == before
