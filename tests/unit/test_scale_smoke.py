"""bench/scale.py: the synthetic water points are valid, and a small run of the points part completes.

No timing is asserted here; the figures are the benchmark's (``python -m bench.scale``).
"""

import pandas as pd
import pytest

from bench import scale


@pytest.mark.shared_data
def test_synthetic_systems_have_unique_ids_valid_coordinates_and_real_districts():
    real = pd.read_csv(scale.SHARED / scale.SYSTEMS, dtype=str, keep_default_na=False)
    frame = scale.synthetic_systems(5_000, seed=7)

    assert list(frame.columns) == list(real.columns)
    assert len(frame) == 5_000 and frame["ID"].is_unique
    for column, (low, high) in scale.PERU.items():
        values = pd.to_numeric(frame[column])
        assert values.between(low, high).all(), column
    assert frame["ubigeo"].str.fullmatch(r"\d{6}").all()
    assert set(frame["ubigeo"]) <= set(real["ubigeo"])


@pytest.mark.shared_data
def test_synthetic_data_folder_links_the_shared_data_and_the_points_part_completes(tmp_path):
    folder = scale.synthetic_data_dir(2_000, tmp_path / "data")

    assert (folder / "boundaries").is_symlink()
    assert not (folder / scale.SYSTEMS).is_symlink()
    assert (folder / "water" / "siasar_dictionary.csv").is_symlink()
    out = tmp_path / "water_risk.csv"
    got = scale.measure(["points", str(folder), str(out)])
    assert got["status"] == "ok", got["error"]
    assert got["systems"] == 2_000
    assert got["peak_mib"] > 0
    assert len(pd.read_csv(out, usecols=["ID"])) == 2_000
