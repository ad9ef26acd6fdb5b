"""Privacy by differencing (issue 19, finding 2 and acceptance 3): no two child-welfare outputs, taken together,
reveal a group of 1 to 29 children.

What is published
-----------------
Child figures leave AguaPerú as counts of children measured (``n``) with the direct prevalence among them, per
area, all survey years pooled: the features GeoPackage (``ninos_n_haz``, ``ninos_stunting_pct``, ``ninos_n_hb``,
``ninos_anemia_pct``), the child-risk tables (``n_children_measured``, ``direct_stunting_pct``,
``n_children_hb``, ``direct_anemia_pct``) of districts and provinces, for any estimated year and any
``min_cell`` of 30 or more; maps, prints, atlases and the Processing algorithm show those same tables (they call
``core.models.child_risk.predict`` and ``build_district_features``). A prevalence times its ``n`` gives the affected
children,
so a count of a group of children is also a count of its affected children.

The attack
----------
An attacker holds every output of the same data and subtracts. All published areas nest (district ⊂ province ⊂
department), so the populations two published cells count are identical, nested or disjoint; subtracting
disjoint cells reveals nothing new. What subtraction can reveal is:

1. the same area published twice with different counts (two outputs, two years, two ``min_cell``): the
   difference is a group of children (010602 published 44 children in the features and 41 in the child-risk
   table: 3 children, none of them stunted). So every area must publish the same count everywhere;
2. a province minus the published districts inside it. Taking every published district gives the smallest
   difference (leaving one out adds a whole published cell of at least 30), so that remainder must be 0 or at
   least 30; the differences with fewer districts taken are then 0 or at least 30 too.

Departments are not published from the survey: records without the cluster table give no figure. Counted by
department they leaked (measured before this rule: a department minus its published provinces and the
published districts of its other provinces left 7 to 28 children in 10 departments, and the counts disagreed,
because clusters are placed by GPS and a few lie across a department boundary).

Both checks run over the union of all outputs' cells, so they also cover pairs of outputs made with different
``min_cell`` (a district of 35 children published at 30 and hidden at 45 must not make a province published at
45 minus the districts published at 30 a group of 5) and different years. The two outcomes are checked each on
its own: children measured for height and for haemoglobin are different groups, and no output publishes a
count of children measured for one and not the other.

The test fails on the code before issue 19: the features table and the child-risk table counted 37 districts
differently (two joins of the survey to districts).
"""

import gzip
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from core.features.district_features import FeatureRequest, build_district_features
from core.io import load_input
from core.models.child_risk import MIN_CELL, predict, write_csv

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
CHILDREN = Path("child_welfare") / "endes_children_2014_2018.csv.gz"
CLUSTERS = Path("child_welfare") / "endes_cluster_to_district_2014_2018.csv"
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent"),
]
# each output's column names, per outcome: (children measured, prevalence %)
FEATURES = {"stunting": ("ninos_n_haz", "ninos_stunting_pct"), "anemia": ("ninos_n_hb", "ninos_anemia_pct")}
CHILD_RISK = {
    "stunting": ("n_children_measured", "direct_stunting_pct"),
    "anemia": ("n_children_hb", "direct_anemia_pct"),
}


def run(*arguments: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "core", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr


def cells(frame: pd.DataFrame, columns: dict, name: str) -> pd.DataFrame:
    """The published cells of one output: ``output, outcome, ubigeo, n, pct`` (rows with a count)."""
    parts = []
    for outcome, (n_column, pct_column) in columns.items():
        part = pd.DataFrame(
            {
                "output": name,
                "outcome": outcome,
                "ubigeo": frame["ubigeo"].astype(str).to_numpy(),
                "n": pd.to_numeric(frame[n_column], errors="coerce").to_numpy(),
                "pct": pd.to_numeric(frame[pct_column], errors="coerce").to_numpy(),
            }
        )
        parts.append(part[part["n"].notna()])
    return pd.concat(parts, ignore_index=True)


def minimal_folder(tmp: Path, records: bytes | None = None, clusters: bool = True) -> Path:
    """Districts, the crosswalk and the child records (optionally rewritten) of the shared data, linked into tmp."""
    folder = tmp / "data"
    for relative in ("boundaries/peru_limites_inei2017.gpkg", "socioeconomic/ubigeo_distrito.csv", str(CHILDREN)):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        if relative == str(CHILDREN) and records is not None:
            (folder / relative).write_bytes(records)
        else:
            os.symlink(SHARED / relative, folder / relative)
    if clusters:
        os.symlink(SHARED / CLUSTERS, folder / CLUSTERS)
    return folder


def child_columns(folder: Path) -> pd.DataFrame:
    table, _ = build_district_features(FeatureRequest(data_dir=folder))
    return pd.DataFrame(table.drop(columns="geometry"))[
        ["ubigeo", *[c for c in table.columns if c.startswith("ninos_")]]
    ]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> pd.DataFrame:
    """Every published cell of every child output over the shared data (and over copies of it)."""
    tmp = tmp_path_factory.mktemp("outputs")
    run("features", "--data", str(SHARED), "--out", str(tmp / "features.gpkg"))
    run("predict", "child-risk", "--data", str(SHARED), "--out", str(tmp / "districts.csv"))
    found = [
        cells(gpd.read_file(tmp / "features.gpkg", layer="district_features"), FEATURES, "features"),
        cells(pd.read_csv(tmp / "districts.csv", dtype={"ubigeo": str}), CHILD_RISK, "child-risk districts"),
    ]
    for level, min_cell, year in (
        ("province", MIN_CELL, None),
        ("district", 45, None),
        ("province", 45, None),
        ("province", 37, 2014),
        ("district", MIN_CELL, 2016),
    ):
        frame, _, _ = predict(SHARED, level, year=year, min_cell=min_cell)
        target = tmp / f"{level}_{min_cell}_{year}.csv"
        write_csv(frame, target, min_cell)
        table = pd.read_csv(target, dtype={"ubigeo": str})
        found.append(cells(table, CHILD_RISK, f"child-risk {level}s min_cell {min_cell} year {year}"))
    return pd.concat(found, ignore_index=True)


def test_the_same_area_publishes_the_same_counts_everywhere(outputs):
    spread = outputs.groupby(["outcome", "ubigeo"]).agg(
        n_low=("n", "min"), n_high=("n", "max"), pct_low=("pct", "min"), pct_high=("pct", "max"), outputs=("n", "size")
    )
    differ = spread[(spread["n_low"] != spread["n_high"]) | (spread["pct_low"] != spread["pct_high"])]
    assert differ.empty, f"{len(differ)} areas publish different figures:\n{differ.head(10)}"
    # the features table and the child-risk table publish the same districts (not only the same values)
    features = outputs[outputs["output"] == "features"].set_index(["outcome", "ubigeo"])["n"]
    districts = outputs[outputs["output"] == "child-risk districts"].set_index(["outcome", "ubigeo"])["n"]
    assert len(features) > 1000 and features.sort_index().equals(districts.sort_index())


def test_every_published_cell_holds_at_least_min_cell_children(outputs):
    assert (outputs["n"] >= MIN_CELL).all()
    for name, minimum in (("min_cell 45", 45), ("min_cell 37", 37)):
        assert (outputs.loc[outputs["output"].str.contains(name), "n"] >= minimum).all()


def test_no_difference_between_nested_cells_is_a_group_of_1_to_29_children(outputs):
    unique = outputs.drop_duplicates(["outcome", "ubigeo"])
    remainders = []
    for outcome, table in unique.groupby("outcome"):
        n = table.set_index("ubigeo")["n"]
        districts, provinces = n[n.index.str.len() == 6], n[n.index.str.len() == 4]
        assert len(districts) > 600 and len(provinces) > 100 and len(n) == len(districts) + len(provinces)
        for code, total in provinces.items():
            remainders.append((outcome, code, total - districts[districts.index.str[:4] == code].sum()))
    remainders = pd.DataFrame(remainders, columns=["outcome", "ubigeo", "remainder"])
    leaks = remainders[(remainders["remainder"] != 0) & (remainders["remainder"] < MIN_CELL)]
    assert leaks.empty, f"{len(leaks)} differences reveal 1-29 children:\n{leaks.head(10)}"
    assert (remainders["remainder"] >= 0).all()  # a finer cell never counts children its area does not


def test_excel_years_give_the_same_features(tmp_path_factory):
    """ENDES ``year`` saved by Excel as ``2014.0`` once emptied every child column of the features table."""
    records = pd.read_csv(SHARED / CHILDREN, dtype=str)
    records["year"] = records["year"].map(lambda y: f"{float(y):.1f}", na_action="ignore")
    assert records["year"].str.endswith(".0").all()
    excel = minimal_folder(tmp_path_factory.mktemp("excel"), gzip.compress(records.to_csv(index=False).encode()))
    plain = minimal_folder(tmp_path_factory.mktemp("plain"))
    excel_columns, plain_columns = child_columns(excel), child_columns(plain)
    assert excel_columns["ninos_n_haz"].notna().sum() > 600
    pd.testing.assert_frame_equal(excel_columns, plain_columns)


def indicator_folder(tmp: Path, table: pd.DataFrame) -> Path:
    """A copy of the shared layout whose child welfare is only an indicator table (as the demo writes it)."""
    folder = minimal_folder(tmp, clusters=False)
    (folder / CHILDREN).unlink()
    table.to_csv(folder / "child_welfare" / "indicadores_distritales.csv", index=False)
    return folder


def small_indicator_table() -> pd.DataFrame:
    """District × year cells of 2 to 60 children, some of them tiny with their prevalence shown (as found)."""
    codes = ["010101", "010102", "010103", "010201", "010202"]
    rows = []
    for i, code in enumerate(codes):
        for year in (2016, 2017, 2018):
            n = [2, 7, 60, 12, 5][i] + (year - 2016)
            rows.append({"ubigeo": code, "year": year, "n_children": n, "n_haz": n, "stunting_pct": 50.0,
                         "n_hb": n, "anemia_pct": 100.0})  # fmt: skip
    return pd.DataFrame(rows)


def test_indicator_tables_are_suppressed_like_survey_records(tmp_path):
    table = small_indicator_table()
    folder = indicator_folder(tmp_path, table)
    features, report = build_district_features(FeatureRequest(data_dir=folder))
    child = features.set_index("ubigeo")[list(FEATURES["stunting"]) + list(FEATURES["anemia"]) + ["ninos_suppressed"]]
    published = child["ninos_n_haz"].dropna()
    # 010103 pools 60+61+62 children and 010201 12+13+14 = 39: published, the others (2+3+4, 7+8+9, 5+6+7) not
    assert published.to_dict() == {"010103": 183.0, "010201": 39.0}
    assert child.loc[["010101", "010102", "010202"], "ninos_anemia_pct"].isna().all()
    assert child.loc[["010101", "010102", "010202"], "ninos_suppressed"].astype(bool).all()
    assert "child_small_cells" in report.codes()


def test_validate_reports_small_cells_and_refuses_tables_without_counts(tmp_path):
    table = small_indicator_table()
    path = tmp_path / "indicadores.csv"
    table.to_csv(path, index=False)
    loaded = load_input(path, kind="child_welfare")
    small = [item for item in loaded.report.items if item.code == "child_small_cells"]
    assert small and small[0].rows and small[0].column == "n_haz"
    assert "child_cells_suppressed" in loaded.report.codes() and loaded.ok
    # the command line lists them too
    done = subprocess.run(
        [sys.executable, "-m", "core", "validate", "--kind", "child_welfare", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "child_small_cells" in done.stdout
    without = tmp_path / "sin_conteos.csv"
    table[["ubigeo", "year", "stunting_pct", "anemia_pct"]].to_csv(without, index=False)
    refused = load_input(without, kind="child_welfare")
    assert not refused.ok and refused.data is None
    assert refused.report.errors[0].code == "child_table_without_counts"
    folder = indicator_folder(tmp_path / "folder", table[["ubigeo", "year", "stunting_pct", "anemia_pct"]])
    features, report = build_district_features(FeatureRequest(data_dir=folder))
    assert not [c for c in features.columns if c.startswith("ninos_")]
    assert "child_table_without_counts" in report.codes()


def test_the_real_data_keeps_every_published_figure(outputs):
    """The rule blanks no more than it must: 697 districts keep their stunting counts (as before issue 19)."""
    features = outputs[(outputs["output"] == "features") & (outputs["outcome"] == "stunting")]
    assert len(features) == 697 and np.isfinite(features["pct"]).all()


def test_records_without_the_cluster_table_publish_nothing(tmp_path):
    folder = minimal_folder(tmp_path, clusters=False)
    features, report = build_district_features(FeatureRequest(data_dir=folder))
    assert not [c for c in features.columns if c.startswith("ninos_")]
    assert "child_records_without_clusters" in report.codes()
