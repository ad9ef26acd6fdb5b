"""The supply schedule LP on hand-checked cases: feasible, never short when capacity suffices, cheapest."""

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.models.demand.schedule import Source, Tank, schedule


def demand(*columns: list[float]) -> pd.DataFrame:
    index = pd.date_range("2024-01-01", periods=len(columns[0]), freq="h")
    return pd.DataFrame({f"area {i + 1}": values for i, values in enumerate(columns)}, index=index)


def supplied(result, area: str) -> np.ndarray:
    flows = result.flows[result.flows["area"] == area]
    return flows.groupby("timestamp")["flow_lps"].sum().to_numpy()


def test_capacity_suffices_so_nothing_is_unmet():
    result = schedule(demand([8, 8, 8]), [Source("well", 10)])
    assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-6)
    assert result.summary["status"] == "demand met"
    assert supplied(result, "area 1") == pytest.approx([8, 8, 8])


def test_short_capacity_without_storage_leaves_the_difference_unmet():
    result = schedule(demand([12, 12]), [Source("well", 10)])
    # 2 L/s short for 2 hours: 2 x 3.6 m3 each
    assert result.unmet["area 1"].to_numpy() == pytest.approx([2, 2])
    assert result.summary["unmet_m3"] == pytest.approx(14.4)


def test_a_tank_filled_in_advance_covers_the_peak():
    # hour 1: 8 L/s demand, pump 10 and store 2 L/s x 1 h = 7.2 m3; hour 2: 12 L/s = 10 pumped + 7.2 m3 from the tank
    result = schedule(demand([8, 12]), [Source("well", 10)], {"area 1": Tank(capacity=10)}, keep_final_volume=False)
    assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-6)
    assert supplied(result, "area 1") == pytest.approx([10, 10])
    assert result.volumes["area 1"].to_numpy() == pytest.approx([7.2, 0])


def test_too_small_a_tank_is_short_by_the_hand_computed_volume():
    # the tank holds 3.6 m3 (1 L/s for an hour): 1 L/s of the 2 L/s peak excess stays unmet
    result = schedule(demand([8, 12]), [Source("well", 10)], {"area 1": Tank(capacity=3.6)}, keep_final_volume=False)
    assert result.summary["unmet_m3"] == pytest.approx(3.6)


def test_the_cheap_source_is_used_first_and_links_are_respected():
    sources = [Source("river", 5, cost=0.1), Source("well", 10, cost=0.5), Source("north", 3, 0.0, areas=["area 2"])]
    result = schedule(demand([8, 8], [2, 2]), sources)
    assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-6)
    by_source = result.flows.groupby(["source", "area"])["flow_lps"].sum()
    assert by_source[("north", "area 2")] == pytest.approx(4)  # free, only for area 2: 2 L/s x 2 h
    assert by_source[("river", "area 1")] == pytest.approx(10)  # 5 L/s x 2 h
    assert by_source[("well", "area 1")] == pytest.approx(6)  # the rest: 3 L/s x 2 h
    assert ("north", "area 1") not in by_source.index
    # cost: river 10 L/s.h x 3.6 x 0.1 + well 6 x 3.6 x 0.5
    assert result.summary["cost"] == pytest.approx(3.6 + 10.8)


def test_storage_shifts_pumping_to_the_cheap_hours_and_is_refilled():
    tariff = [0.1, 1.0, 1.0, 0.1]
    result = schedule(demand([5, 5, 5, 5]), [Source("pump", 20, cost=tariff)], {"area 1": Tank(50, initial=20)})
    pumped = supplied(result, "area 1")
    assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-6)
    assert pumped[1] == pytest.approx(0, abs=1e-6) and pumped[2] == pytest.approx(0, abs=1e-6)
    assert pumped.sum() == pytest.approx(20)
    assert result.volumes["area 1"].iloc[-1] >= 20 - 1e-6
    assert result.summary["final_volume_kept"]


def test_refilling_never_costs_demand():
    # capacity 10, demand 12 for 2 h with 7.2 m3 stored: the tank must be emptied, not refilled, to meet demand
    result = schedule(demand([12, 12]), [Source("well", 10)], {"area 1": Tank(20, initial=14.4)})
    assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-6)
    assert not result.summary["final_volume_kept"]


def test_random_feasible_cases_are_always_met():
    rng = np.random.default_rng(3)
    for _ in range(5):
        values = rng.uniform(0, 10, (24, 3))
        capacity = values.sum(axis=1).max() + 0.5
        result = schedule(demand(*values.T), [Source("a", capacity * 0.6, 0.2), Source("b", capacity * 0.4, 0.3)])
        assert result.summary["unmet_m3"] == pytest.approx(0, abs=1e-5)
        delivered = result.flows.groupby(["timestamp", "area"])["flow_lps"].sum().unstack()
        assert delivered.to_numpy() == pytest.approx(values, abs=1e-6)


def test_inputs_are_checked_together():
    with pytest.raises(InputError) as caught:
        schedule(demand([1, -1]), [Source("a", -2, cost=[1, 2, 3], areas=["nowhere"])], {"area 1": Tank(1, 5)})
    message = caught.value.message
    for part in ("negative values", "negative capacity", "unknown area nowhere", "3 costs for 2 hours", "initial"):
        assert part in message
