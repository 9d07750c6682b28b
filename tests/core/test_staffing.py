import math

import pytest

from goalplanner.core.model import StaffingInputs
from goalplanner.core.staffing import probability_wait, required_agents, service_level, staffing_for


def test_published_example_from_the_domain_notes():
    # 100 calls in 30 minutes, AHT 180 s, 80% in 20 s, occupancy cap 85%, shrinkage 30%
    result = required_agents(100, 1800, 180, 0.8, 20, max_occupancy=0.85, shrinkage=0.3)
    assert result.traffic == 10
    assert result.agents == 14
    assert result.scheduled == 20  # 14 / 0.7, not 14 x 1.3 = 18.2
    assert result.probability_wait == pytest.approx(0.1741, abs=1e-4)
    assert result.service_level == pytest.approx(0.88835, abs=1e-5)
    assert result.asa == pytest.approx(7.836, abs=1e-3)
    assert 1 - result.probability_wait == pytest.approx(0.826, abs=1e-3)
    assert result.occupancy == pytest.approx(0.714, abs=1e-3)


def test_service_level_at_fewer_agents_matches_published_values():
    assert probability_wait(11, 10) == pytest.approx(0.6821, abs=1e-4)
    assert service_level(11, 100, 1800, 180, 20) == pytest.approx(0.3896, abs=1e-4)
    assert service_level(12, 100, 1800, 180, 20) == pytest.approx(0.6402, abs=1e-4)
    assert service_level(13, 100, 1800, 180, 20) == pytest.approx(0.7956, abs=1e-4)


def test_search_starts_at_floor_a_plus_one_when_the_fraction_is_large():
    # A = 9.6: the first workable N is 10, which round(A + 1) = 11 would skip.
    result = required_agents(96, 1800, 180, 0.01, 0)
    assert result.agents == 10


def test_occupancy_cap_and_shrinkage_round_up_without_float_error():
    result = required_agents(63 * 10, 1800 * 10, 180, 0.01, 0, max_occupancy=0.7)  # A = 6.3
    assert result.agents == 9  # 6.3 / 0.7 = 9.000000000000002 must not become 10
    assert required_agents(100, 1800, 180, 0.8, 20, shrinkage=0.3).scheduled == math.ceil(14 / 0.7)


def test_thousands_of_agents_stay_finite():
    result = required_agents(30000, 1800, 180, 0.8, 20, max_occupancy=0.95)
    assert 3000 < result.agents < 3200
    assert 0 <= result.probability_wait <= 1 and math.isfinite(result.asa)


def test_no_contacts_need_no_agents():
    assert required_agents(0, 1800, 180, 0.8, 20).agents == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"interval_s": 0}, "interval"),
        ({"contacts": -5}, "negative"),
        ({"target_service_level": 1.0}, "below 100%"),
        ({"aht_s": 0}, "handle time"),
        ({"shrinkage": 1.0}, "shrinkage"),
        ({"contacts": math.nan}, "finite"),
    ],
)
def test_nonsense_input_gets_a_clear_error(kwargs, message):
    args = {
        "contacts": 100,
        "interval_s": 1800,
        "aht_s": 180,
        "target_service_level": 0.8,
        "answer_within_s": 20,
    }
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        required_agents(**args)


def test_stored_calculator_inputs_give_the_same_answer():
    assert staffing_for(StaffingInputs()).agents == 14
