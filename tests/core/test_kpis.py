import math

import pytest

from goalplanner.core.kpis import catalogue, get_kpi, load_catalogue

REQUIRED = [
    "frt",
    "aht",
    "art",
    "fcr",
    "csat",
    "nps",
    "ces",
    "cpc",
    "occupancy",
    "acw",
    "service_level",
    "asa",
    "abandonment",
    "transfer_rate",
    "net_sentiment",
    "cross_sell",
    "call_volume",
    "wait_time",
]


def test_catalogue_has_every_required_kpi_with_text():
    kpis = catalogue()
    assert set(REQUIRED) <= set(kpis)
    for kpi in kpis.values():
        assert kpi.name and kpi.formula and kpi.benchmark, kpi.key


@pytest.mark.parametrize(
    ("key", "direction", "low", "high"),
    [
        ("csat", "increase", 0, 100),
        ("nps", "increase", -100, 100),
        ("ces", "increase", 1, 7),
        ("aht", "decrease", 0, math.inf),
        ("cpc", "decrease", 0, math.inf),
        ("occupancy", "range", 0, 100),
    ],
)
def test_directions_and_physical_bounds_match_the_domain_notes(key, direction, low, high):
    kpi = get_kpi(key)
    assert (kpi.direction, kpi.min, kpi.max) == (direction, low, high)


def test_occupancy_has_its_healthy_band():
    occupancy = get_kpi("occupancy")
    assert (occupancy.healthy_low, occupancy.healthy_high) == (75, 85)


def test_custom_is_not_in_the_catalogue():
    assert get_kpi("custom") is None


def test_a_catalogue_with_a_typo_is_refused(tmp_path):
    broken = tmp_path / "kpis.toml"
    broken.write_text(
        '[x]\nname="X"\nunit="%"\ndirection="upwards"\nformula="f"\nbenchmark="b"\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="direction"):
        load_catalogue(broken)
    broken.write_text('[x]\nname="X"\nunit="%"\ndirection="increase"\nformula="f"\nbenchmark="b"\nmax_=1\n')
    with pytest.raises(ValueError, match="unknown field"):
        load_catalogue(broken)
