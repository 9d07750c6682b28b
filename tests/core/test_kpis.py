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


def test_cross_sell_is_measured_per_ticket_with_the_per_opportunity_rate_beside_it():
    per_ticket, per_offer = get_kpi("cross_sell"), get_kpi("cross_sell_opportunity")
    assert "tickets handled" in per_ticket.formula and "per-opportunity" in per_ticket.formula
    assert "opportunities" in per_offer.formula
    assert (per_offer.unit, per_offer.direction, per_offer.min, per_offer.max) == ("%", "increase", 0, 100)


def test_customer_effort_names_its_scale_and_offers_both():
    ease, effort = get_kpi("ces"), get_kpi("ces_effort")
    assert "ease, 1-7" in ease.name and "higher is better" in ease.formula
    assert (effort.direction, effort.min, effort.max) == ("decrease", 1, 5)
    assert "effort, 1-5" in effort.name and "lower is better" in effort.formula


def test_the_milestone_metric_is_done_or_not():
    milestone = get_kpi("milestone")
    found = (milestone.kind, milestone.direction, milestone.min, milestone.max)
    assert found == ("milestone", "increase", 0, 1)
