"""Hotspots (Gi*, local Moran) and class breaks on the INEI districts with INEI's 2018 poverty: the results are
esda's on the same weights and data, FDR is applied, islands get neighbours, and libpysal stays offline."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.__main__ import main
from core.errors import InputError, MissingDependencyError
from core.io.districts import read_districts
from core.spatial.classify import EXACT_LIMIT, class_breaks
from core.spatial.hotspots import GI_CLASSES, LISA_CLASSES, RESULT_COLUMNS, hotspots
from core.spatial.pysal import import_mapclassify, import_pysal, polls_network_at_import
from core.spatial.weights import contiguity_weights

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
DISTRICTS = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
COLUMN = "pobreza_monetaria"
LAKE_ISLANDS = {"210103", "211302"}  # Amantaní and Anapia, Lake Titicaca (Puno)
ANALYSED = 1532  # INEI-2017 districts with a 2018 poverty value (several departments have none)

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def districts():
    """The 1,874 INEI districts with the 2018 monetary poverty rate (NaN where INEI's map has none)."""
    frame = read_districts(DISTRICTS).require()
    poverty = pd.read_csv(POVERTY, dtype={"ubigeo": str}, usecols=["ubigeo", COLUMN])
    return frame.merge(poverty, on="ubigeo", how="left")


@pytest.fixture(scope="module")
def analysed(districts):
    """The districts with a value, as esda would be given them: rows in order, index reset."""
    return districts[districts[COLUMN].notna()].reset_index(drop=True)


@pytest.fixture(scope="module")
def reference_weights(analysed):
    """Weights built with libpysal directly: queen contiguity, islands attached to their nearest centroid."""
    weights, _ = import_pysal()
    queen = weights.Queen.from_dataframe(analysed, silence_warnings=True)
    centroids = analysed.geometry.to_crs("EPSG:32718").centroid  # UTM 18S: a different metric than the code's
    nearest = weights.KNN.from_array(np.c_[centroids.x, centroids.y], k=1, silence_warnings=True)
    return weights.util.attach_islands(queen, nearest, silence_warnings=True)


@pytest.fixture(scope="module")
def run_999(districts):
    return hotspots(districts, COLUMN, permutations=999, seed=0)


def benjamini_hochberg_cut(p: np.ndarray, alpha: float) -> float:
    """The largest p-value that Benjamini–Hochberg rejects at ``alpha`` (-inf when none), computed here."""
    ordered = np.sort(p)
    passing = np.flatnonzero(ordered <= alpha * np.arange(1, len(p) + 1) / len(p))
    return ordered[passing[-1]] if passing.size else -np.inf


def test_weights_are_queen_contiguity_with_the_lake_islands_linked(analysed, reference_weights):
    built = contiguity_weights(analysed)
    assert built.w.transform == "R"
    assert {str(analysed.loc[i, "ubigeo"]) for i in built.islands} == LAKE_ISLANDS
    for i in range(len(analysed)):
        assert sorted(built.w.neighbors[i]) == sorted(reference_weights.neighbors[i]), analysed.loc[i, "ubigeo"]
        assert sum(built.w.weights[i]) == pytest.approx(1.0)
    for island in built.islands:
        (nearest,) = built.w.neighbors[island]
        assert analysed.loc[nearest, "ubigeo"].startswith("21")  # a Puno district on the lake shore
        assert island in built.w.neighbors[nearest]  # linked both ways
    description = built.describe(analysed["ubigeo"].to_numpy())
    assert set(description["islands"]) == LAKE_ISLANDS and description["neighbours_min"] == 1


def test_islands_link_to_k_nearest_and_rook_differs_from_queen(analysed):
    three = contiguity_weights(analysed, k=3)
    assert all(len(three.w.neighbors[i]) == 3 for i in three.islands)
    rook = contiguity_weights(analysed, kind="rook")
    queen = contiguity_weights(analysed)
    assert sum(len(v) for v in rook.w.neighbors.values()) < sum(len(v) for v in queen.w.neighbors.values())
    with pytest.raises(InputError):
        contiguity_weights(analysed, kind="bishop")


@pytest.mark.filterwarnings("ignore:The weights matrix is not fully connected")
def test_gi_star_and_local_moran_equal_esda_run_directly(run_999, analysed, reference_weights):
    result, summary = run_999
    _, esda = import_pysal()
    y = analysed[COLUMN].to_numpy(dtype=float)
    same = dict(id_order=reference_weights.id_order, silence_warnings=True)
    binary = type(reference_weights)(reference_weights.neighbors, **same)
    binary.transform = "B"
    gi = esda.G_Local(y, binary, transform="R", star=True, permutations=999, seed=0, n_jobs=1)
    row = type(reference_weights)(reference_weights.neighbors, **same)
    lisa = esda.Moran_Local(y, row, transformation="r", permutations=999, seed=0)
    moran = esda.Moran(y, row)

    assert len(result) == summary["n_analysed"] == ANALYSED and summary["n_missing"] == 1874 - ANALYSED
    assert result["ubigeo"].tolist() == analysed["ubigeo"].tolist()
    np.testing.assert_allclose(result["gi_z"], gi.Zs, rtol=1e-12)
    np.testing.assert_array_equal(result["gi_p"], gi.p_sim)
    np.testing.assert_allclose(result["lisa_i"], lisa.Is, rtol=1e-12)
    np.testing.assert_array_equal(result["lisa_p"], lisa.p_sim)
    assert summary["moran_i"] == pytest.approx(moran.I, rel=1e-12)
    assert summary["moran_i"] > 0.5 and summary["moran_p"] == pytest.approx(0.001)

    # classes from esda's numbers and an independent Benjamini–Hochberg computation
    expected = np.full(len(y), "not_significant", dtype=object)
    for alpha, level in ((0.10, "90"), (0.05, "95"), (0.01, "99")):
        passed = gi.p_sim <= benjamini_hochberg_cut(gi.p_sim, alpha)
        expected[passed & (gi.Zs > 0)] = f"hot_{level}"
        expected[passed & (gi.Zs < 0)] = f"cold_{level}"
    assert result["gi_class"].tolist() == expected.tolist()
    clustered = lisa.p_sim <= benjamini_hochberg_cut(lisa.p_sim, 0.05)
    quadrant = np.array(["HH", "LH", "LL", "HL"], dtype=object)[lisa.q - 1]
    assert result["lisa_class"].tolist() == np.where(clustered, quadrant, "not_significant").tolist()


def test_fdr_leaves_out_districts_that_raw_p_values_would_call_significant(run_999):
    result, summary = run_999
    raw_95 = result["gi_p"] <= 0.05
    fdr_95 = result["gi_class"].isin(["hot_95", "hot_99", "cold_95", "cold_99"])
    assert (raw_95 & ~fdr_95).sum() > 100  # significant alone, not once the false discovery rate is controlled
    assert not (fdr_95 & ~raw_95).any()
    assert (result.loc[raw_95 & ~fdr_95, "gi_class"].isin(["hot_90", "cold_90", "not_significant"])).all()
    assert summary["gi_thresholds"]["95"] < 0.05
    # 99 % under FDR needs a tenth of the districts at the smallest p-value, 1/1000: not reached here
    assert (result["gi_p"] == 0.001).sum() < ANALYSED / 10
    assert summary["gi_counts"]["hot_99"] == summary["gi_counts"]["cold_99"] == 0
    assert sum(summary["gi_counts"].values()) == ANALYSED
    assert set(summary["gi_counts"]) == set(GI_CLASSES) and set(summary["lisa_counts"]) == set(LISA_CLASSES)
    hot = result[result["gi_class"].str.startswith("hot")]
    assert (
        hot[COLUMN].mean()
        > result[COLUMN].mean()
        > result.loc[result["gi_class"].str.startswith("cold"), COLUMN].mean()
    )


def test_without_fdr_the_classes_use_the_raw_p_values(districts):
    result, summary = hotspots(districts, COLUMN, permutations=99, fdr=False, seed=1)
    assert summary["gi_thresholds"] == {"99": 0.01, "95": 0.05, "90": 0.1}
    significant = result["gi_class"] != "not_significant"
    assert significant.tolist() == (result["gi_p"] <= 0.10).tolist()
    assert (result.loc[result["gi_p"] <= 0.01, "gi_class"].isin(["hot_99", "cold_99"])).all()
    assert (result.loc[result["gi_class"] != "not_significant", "gi_z"].abs() > 0).all()


def test_the_same_seed_gives_the_same_result_and_another_seed_other_p_values(districts):
    first, _ = hotspots(districts, COLUMN, permutations=99, seed=3)
    again, _ = hotspots(districts, COLUMN, permutations=99, seed=3)
    other, _ = hotspots(districts, COLUMN, permutations=99, seed=4)
    pd.testing.assert_frame_equal(first.drop(columns="geometry"), again.drop(columns="geometry"))
    assert not np.array_equal(first["gi_p"], other["gi_p"])
    np.testing.assert_allclose(first["gi_z"], other["gi_z"])  # z does not depend on the permutations


def test_islands_and_missing_values_in_the_result(run_999, districts):
    result, summary = run_999
    assert set(result["ubigeo"]) == set(districts.loc[districts[COLUMN].notna(), "ubigeo"])
    assert list(result.columns[-len(RESULT_COLUMNS) :]) == list(RESULT_COLUMNS)
    assert set(result.loc[result["island"] == 1, "ubigeo"]) == LAKE_ISLANDS
    assert (result["n_neighbours"] >= 1).all()
    assert summary["weights"]["n_islands"] == 2 and set(summary["weights"]["islands"]) == LAKE_ISLANDS
    assert result.index.equals(districts.index[districts[COLUMN].notna()])  # the caller's index, kept


def test_negative_values_are_shifted_for_gi_star_without_changing_it(districts):
    centred = districts.assign(centred=districts[COLUMN] - 50.0)
    plain, _ = hotspots(districts, COLUMN, permutations=99)
    shifted, summary = hotspots(centred, "centred", permutations=99)
    assert summary["gi_offset"] == pytest.approx(50.0 - districts[COLUMN].min())
    np.testing.assert_allclose(shifted["gi_z"], plain["gi_z"], rtol=1e-9)
    assert shifted["gi_class"].tolist() == plain["gi_class"].tolist()
    assert shifted["lisa_class"].tolist() == plain["lisa_class"].tolist()


def test_unusable_columns_raise_input_errors_that_name_the_column(districts):
    with pytest.raises(InputError, match="'distr'") as text:
        hotspots(districts, "distr", permutations=99)
    assert text.value.code == "not_numeric" and text.value.details["column"] == "distr"
    with pytest.raises(InputError, match="did you mean 'pobreza_monetaria'") as missing:
        hotspots(districts, "pobreza_monetari", permutations=99)
    assert missing.value.code == "missing_column"
    few = districts.assign(few=np.where(np.arange(len(districts)) < 9, 1.0, np.nan))
    with pytest.raises(InputError, match="9 districts") as too_few:
        hotspots(few, "few", permutations=99)
    assert too_few.value.code == "too_few_values"
    with pytest.raises(InputError) as constant:
        hotspots(districts.assign(same=7.0), "same", permutations=99)
    assert constant.value.code == "no_variation"
    with pytest.raises(InputError) as permutations:
        hotspots(districts, COLUMN, permutations=9)
    assert permutations.value.code == "too_few_permutations"


def test_progress_and_cancellation(districts):
    from core.errors import CancelledError

    fractions = []
    hotspots(districts, COLUMN, permutations=99, progress=lambda f, m: fractions.append(f))
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    with pytest.raises(CancelledError):
        hotspots(districts, COLUMN, permutations=99, is_cancelled=lambda: True)


NETWORK_PROBE = """
import socket, sys
attempts = []
def record(*args, **kwargs):
    attempts.append(args)
    raise OSError("network blocked by the test")
socket.getaddrinfo = record
socket.create_connection = record
socket.socket.connect = record
{imports}
print(len(attempts))
"""


def probe_network(imports: str) -> subprocess.CompletedProcess:
    code = NETWORK_PROBE.format(imports=textwrap.dedent(imports))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_importing_pysal_through_core_never_touches_the_network():
    through_core = probe_network(
        """
        from core.spatial.pysal import import_pysal
        weights, esda = import_pysal()
        import numpy as np
        w = weights.lat2W(4, 4)
        esda.G_Local(np.arange(16.0), w, star=True, permutations=9, n_jobs=1)
        import libpysal
        # no stand-in is left behind: libpysal.examples is absent or the real module
        examples = sys.modules.get("libpysal.examples") or vars(libpysal).get("examples")
        assert examples is None or hasattr(examples, "__file__"), examples
        """
    )
    assert through_core.returncode == 0, through_core.stderr
    assert through_core.stdout.strip() == "0"
    plain = probe_network("import libpysal")  # the control: the libpysal installed here may try to connect
    assert plain.returncode == 0, plain.stderr
    assert (int(plain.stdout.strip()) > 0) == polls_network_at_import()


def test_a_broken_installation_is_not_reported_as_missing(monkeypatch):
    """An installed package that fails to import is said to be installed, with the original error."""
    import importlib

    def broken(name, *args, **kwargs):
        if name == "esda":
            raise ImportError("cannot import name 'WSP' (circular import)", name="esda.moran")
        return real_import(name, *args, **kwargs)

    real_import = importlib.import_module("builtins").__import__
    monkeypatch.delitem(sys.modules, "esda", raising=False)
    monkeypatch.setattr("builtins.__import__", broken)
    with pytest.raises(MissingDependencyError, match="installed but could not be imported") as caught:
        import_pysal()
    assert caught.value.code == "broken_dependency" and "circular import" in caught.value.message


def test_missing_packages_say_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "esda", None)
    with pytest.raises(MissingDependencyError, match="pip install esda"):
        import_pysal()
    monkeypatch.setitem(sys.modules, "mapclassify", None)
    with pytest.raises(MissingDependencyError, match="pip install mapclassify"):
        import_mapclassify()


@pytest.mark.filterwarnings("ignore:Numba not installed")
def test_class_breaks_equal_mapclassify(districts):
    mapclassify = import_mapclassify()
    values = districts[COLUMN]  # with NaN, which are ignored
    y = values.dropna().to_numpy()
    assert class_breaks(values, 5, "quantiles") == pytest.approx(list(mapclassify.Quantiles(y, k=5).bins))
    assert class_breaks(values, 4, "equal_interval") == pytest.approx(list(mapclassify.EqualInterval(y, k=4).bins))
    small = y[:600]
    np.random.seed(0)
    natural = mapclassify.NaturalBreaks(small, k=5).bins
    assert class_breaks(small, 5, "natural_breaks", seed=0) == pytest.approx(list(natural))
    assert class_breaks(small, 5) == pytest.approx(list(mapclassify.FisherJenks(small, k=5).bins))
    assert class_breaks(values)[-1] == y.max()


@pytest.mark.filterwarnings("ignore:Numba not installed")
def test_fisher_jenks_on_many_values_stays_close_to_the_exact_breaks(districts):
    y = districts[COLUMN].dropna().to_numpy()[: EXACT_LIMIT + 200]
    exact = import_mapclassify().FisherJenks(y, k=5).bins
    approximate = class_breaks(y, 5)
    assert approximate[-1] == y.max()
    assert np.abs(np.array(approximate) - exact).max() < 1.0  # percentage points of poverty
    assert approximate == sorted(approximate)


def test_class_breaks_edge_cases():
    assert class_breaks([1.0, 1.0, 2.0, np.nan], 5, "quantiles") == [1.0, 2.0]
    assert class_breaks([3.0, 3.0], 4) == [3.0]
    with pytest.raises(InputError):
        class_breaks([np.nan, np.inf])
    with pytest.raises(InputError):
        class_breaks([1.0, 2.0], scheme="jenks")


def test_command_line_writes_hotspots_and_prints_a_summary(tmp_path, capsys):
    target = tmp_path / "puntos.csv"
    args = ["hotspots", "--districts", str(DISTRICTS), "--table", str(POVERTY), "--permutations", "99"]
    assert main([*args, "--column", COLUMN, "--out", str(target)]) == 0
    printed = capsys.readouterr().out
    assert f"{ANALYSED} districts analysed, {1874 - ANALYSED} without a value" in printed
    assert "Gi*: hot_99" in printed and "local Moran: HH" in printed
    table = pd.read_csv(target, dtype={"ubigeo": str})
    assert len(table) == ANALYSED and set(table["gi_class"]) <= set(GI_CLASSES)
    assert main([*args, "--column", "distr", "--out", str(tmp_path / "x.gpkg")]) == 2
    assert "error [not_numeric]" in capsys.readouterr().err
    assert not (tmp_path / "x.gpkg").exists()
