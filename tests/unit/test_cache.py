"""core.cache: tables kept by the identity of their input files, rebuilt when a file changes or an entry is damaged."""

import os

import numpy as np
import pandas as pd
import pytest

from core import cache as cache_module
from core.cache import Cache, load_bundle, save_bundle


@pytest.fixture(autouse=True)
def _fresh_memory():
    cache_module.clear_memory()
    yield
    cache_module.clear_memory()


def _frame():
    import geopandas as gpd
    from shapely.geometry import Point

    return gpd.GeoDataFrame(
        {
            "ubigeo": ["010101", "150101", None],
            "value": [1.5, np.nan, 3.0],
            "count": np.array([1, 2, 3], dtype="int64"),
            "flag": [True, None, False],
            "code": pd.array(["a", pd.NA, "c"], dtype="string"),
            "kind": pd.Categorical(["x", "y", "x"]),
            "n": pd.array([1, None, 3], dtype="Int64"),
        },
        geometry=[Point(-77.0, -12.0), None, Point(-70.5, -15.25)],
        crs="EPSG:4326",
    )


def test_bundle_round_trip_keeps_values_dtypes_and_crs(tmp_path):
    frame = _frame()
    series = pd.Series([0.25, 0.5], index=[3, 7], name="share")
    save_bundle(tmp_path / "b.npz", {"table": frame, "series": series, "meta": {"alto": 0.6}})
    loaded = load_bundle(tmp_path / "b.npz")
    pd.testing.assert_frame_equal(loaded["table"], frame, check_exact=True)
    assert loaded["table"].crs == frame.crs
    pd.testing.assert_series_equal(loaded["series"], series, check_exact=True)
    assert loaded["meta"] == {"alto": 0.6}


def test_entry_is_reused_then_rebuilt_when_an_input_changes(tmp_path):
    source = tmp_path / "input.csv"
    source.write_text("a\n1\n")
    calls = []

    def build():
        calls.append(1)
        return {"table": pd.DataFrame({"a": [len(calls)]})}

    folder = tmp_path / "cache"
    first = Cache(folder).get_or_build("demo", [source], build)
    cache_module.clear_memory()  # a new process: only the disk entry is left
    second = Cache(folder).get_or_build("demo", [source], build)
    assert len(calls) == 1 and second["table"]["a"].tolist() == first["table"]["a"].tolist() == [1]
    source.write_text("a\n1\n2\n")  # another size: another identity
    os.utime(source, ns=(1, 1))
    third = Cache(folder).get_or_build("demo", [source], build)
    assert len(calls) == 2 and third["table"]["a"].tolist() == [2]
    assert len(list(folder.glob("demo-*.npz"))) == 1  # the stale entry is removed


def test_memory_layer_sees_an_edited_file(tmp_path):
    source = tmp_path / "input.csv"
    source.write_text("x")
    built = []
    Cache(None).get_or_build("demo", [source], lambda: built.append(1) or {"v": 1})
    Cache(None).get_or_build("demo", [source], lambda: built.append(1) or {"v": 1})
    assert built == [1]
    source.write_text("xy")
    Cache(None).get_or_build("demo", [source], lambda: built.append(1) or {"v": 1})
    assert built == [1, 1]


def test_damaged_entry_is_rebuilt_not_trusted(tmp_path):
    folder = tmp_path / "cache"
    source = tmp_path / "input.csv"
    source.write_text("a")
    Cache(folder).get_or_build("demo", [source], lambda: {"table": pd.DataFrame({"a": [1.0]})})
    (entry,) = folder.glob("demo-*.npz")
    entry.write_bytes(b"not a zip")
    cache_module.clear_memory()
    rebuilt = Cache(folder).get_or_build("demo", [source], lambda: {"table": pd.DataFrame({"a": [2.0]})})
    assert rebuilt["table"]["a"].tolist() == [2.0]
    assert load_bundle(entry)["table"]["a"].tolist() == [2.0]


def test_unstorable_value_is_returned_but_not_kept(tmp_path):
    folder = tmp_path / "cache"
    frame = pd.DataFrame({"a": [object()]})
    result = Cache(folder).get_or_build("demo", [], lambda: {"table": frame})
    assert result["table"] is frame
    assert not list(folder.glob("*.npz"))


def test_callers_get_copies(tmp_path):
    cache = Cache(None)
    first = cache.get_or_build("demo", [], lambda: {"table": pd.DataFrame({"a": [1]})})
    first["table"].loc[0, "a"] = 99
    assert cache.get_or_build("demo", [], lambda: {})["table"]["a"].tolist() == [1]


def test_command_line_options(tmp_path):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    cache_module.add_options(parser)
    try:
        cache_module.configure(parser.parse_args(["--out", str(tmp_path / "x.csv")]))
        assert cache_module.resolve(None).folder == tmp_path / cache_module.FOLDER_NAME
        cache_module.configure(parser.parse_args(["--out", str(tmp_path / "x.csv"), "--no-cache"]))
        assert cache_module.resolve(None) is None
    finally:
        cache_module.set_process_folder(None)
