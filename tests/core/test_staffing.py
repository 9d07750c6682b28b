import math
from dataclasses import replace

import pytest

from goalplanner.core.model import StaffingInputs
from goalplanner.core.staffing import (
    StaffingTarget,
    agents_for,
    probability_wait,
    required_agents,
    service_level,
    staffing_for,
    staffing_target,
)
from tests.helpers import wait_goal


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


# -- solving for the goal's own target -----------------------------------------------------------
# Hand figures for the textbook queue (A = 10, AHT 180 s): P_w(11) = 0.6821 and SL(12), SL(13) give
# P_w(12) = 0.4494, P_w(13) = 0.2853; ASA = P_w AHT / (N - A) is 122.8 s, 40.4 s, 17.1 s, and 7.836 s at 14.


def _asa(seconds: float) -> StaffingTarget:
    return StaffingTarget("asa", seconds, 20, 180, True)


@pytest.mark.parametrize(("asa", "agents"), [(130, 11), (120, 12), (40, 13), (20, 13), (8, 14), (7.8, 15)])
def test_agents_for_a_target_average_wait_match_the_hand_calculation(asa, agents):
    result = agents_for(100, 1800, 180, _asa(asa))
    assert result.agents == agents
    assert result.asa <= asa


def test_the_average_wait_reached_is_the_hand_figure():
    assert agents_for(100, 1800, 180, _asa(120)).asa == pytest.approx(0.4494 * 180 / 2, abs=0.05)


def test_abandonment_links_to_waits_through_patience():
    # P_ab = P_w m / (m + patience), m = AHT / (N - A): 0.341, 0.150, 0.0713, 0.0348 for N = 11..14
    def target(share):
        return StaffingTarget("abandonment", share, 20, 180, True)

    assert agents_for(100, 1800, 180, target(0.08)).agents == 13
    result = agents_for(100, 1800, 180, target(0.05))
    assert result.agents == 14
    assert result.abandonment == pytest.approx(0.1741 * 45 / 225, abs=1e-4)


def test_a_wait_goal_solves_for_its_own_average_wait_not_a_typed_service_level():
    goal = wait_goal()  # 240 s -> 120 s average wait
    target = staffing_target(goal, StaffingInputs())
    assert (target.kind, target.value, target.from_goal) == ("asa", 120, True)
    assert staffing_for(StaffingInputs(max_occupancy=1.0), goal).agents == 12  # 80/20 would need 14
    assert staffing_for(StaffingInputs(max_occupancy=1.0)).agents == 14


@pytest.mark.parametrize(
    ("kpi", "target", "kind", "value"),
    [
        ("asa", 30, "asa", 30),
        ("service_level", 90, "service_level", 0.9),
        ("abandonment", 5, "abandonment", 0.05),
    ],
)
def test_service_level_and_abandonment_goals_give_their_share(kpi, target, kind, value):
    found = staffing_target(wait_goal(kpi=kpi, target=target), StaffingInputs(answer_within_s=30))
    assert (found.kind, found.value, found.answer_within_s) == (kind, pytest.approx(value), 30)


def test_other_goals_and_the_own_choice_ask_for_a_service_level():
    typed = StaffingInputs(service_level=0.9, answer_within_s=15)
    for goal, inputs in (
        (wait_goal(kpi="csat", target=85), typed),
        (wait_goal(target=None), typed),
        (wait_goal(), replace(typed, solve_for="service_level")),
    ):
        found = staffing_target(goal, inputs)
        assert (found.kind, found.value, found.answer_within_s, found.from_goal) == (
            "service_level", 0.9, 15, False,
        )  # fmt: skip


def test_an_average_wait_of_nothing_cannot_be_staffed():
    with pytest.raises(ValueError, match="endless agents"):
        staffing_for(StaffingInputs(), wait_goal(target=0.0))


def test_stored_inputs_refuse_unknown_choices_and_short_profiles():
    with pytest.raises(ValueError, match="solve_for"):
        StaffingInputs(solve_for="miracles")
    with pytest.raises(ValueError, match="12 monthly"):
        StaffingInputs(volume_profile=[1.0] * 11)
    with pytest.raises(ValueError, match="negative"):
        StaffingInputs(volume_profile=[1.0] * 11 + [-1.0])
    assert StaffingInputs(volume_profile=[1] * 12).volume_profile == (1,) * 12
