"""An export's weekly numbers become check-ins: the preview's actions, the baseline from history, and
recording all of it in one transaction or nothing (goalplanner.core.ticket_checkins, tickets.record)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.check_periods import CheckPeriod
from goalplanner.core.model import CheckIn
from goalplanner.core.ticket_checkins import NEW, REFUSED, REPLACE, SAME, baseline_from, propose
from goalplanner.core.ticket_metrics import PeriodValue
from goalplanner.tickets.record import OutdatedError, record
from tests.helpers import wait_goal

MONDAY = date(2025, 1, 6)


def week(offset: int, value: float, count: int = 200, **kwargs) -> PeriodValue:
    start = date.fromordinal(MONDAY.toordinal() + 7 * offset)
    return PeriodValue(CheckPeriod(start, date.fromordinal(start.toordinal() + 6)), value, count, **kwargs)


def test_each_period_proposes_new_replace_same_or_refused():
    goal = wait_goal(id=1)  # 240 s -> 120 s from 6 January
    existing = [CheckIn(1, date(2025, 1, 12), 230.0, id=5), CheckIn(1, date(2025, 1, 19), 210.0, id=6)]
    values = [week(-1, 250.0), week(0, 228.0), week(1, 210.0), week(2, -5.0), week(3, 190.0, unfinished=True)]
    proposals = propose(goal, values, existing, today=date(2025, 1, 29))
    assert [p.action for p in proposals] == [
        REPLACE,
        SAME,
        REFUSED,
        NEW,
    ]  # the week before the start: history
    assert proposals[0].replaces.id == 5 and proposals[0].checkin.on == date(2025, 1, 12)
    assert proposals[3].checkin.on == date(2025, 1, 29)  # a week not over: dated today
    assert proposals[2].problem is not None


def test_a_wild_value_is_flagged_not_refused():
    (proposal,) = propose(wait_goal(id=1), [week(0, 99_999.0)], [], today=date(2025, 1, 20))
    assert proposal.action == NEW and proposal.unusual is not None


def test_the_baseline_is_history_weighted_by_what_each_period_rests_on():
    goal = wait_goal(id=1)
    values = [
        week(-2, 200.0, 100, median=190.0),
        week(-1, 300.0, 300, median=250.0),
        week(0, 5.0, 1, unfinished=True),
    ]
    assert baseline_from(values, goal) == (275.0, date(2025, 1, 5))
    shares = [
        week(-1, 80.0, 10, numerator=8.0, denominator=10.0),
        week(0, 50.0, 30, numerator=15.0, denominator=30.0),
    ]
    csat = wait_goal(kpi="csat", unit="%", direction="increase")
    assert baseline_from(shares, csat)[0] == 57.5


def test_recording_writes_everything_in_one_go_and_keeps_a_replaced_note(store):
    goal_id = store.save_goal(wait_goal(), [])
    (kept,) = store.add_checkins(
        [CheckIn(goal_id, date(2025, 1, 12), 230.0, "busy week", confidence="at_risk")]
    )
    goal = store.get_goal(goal_id)
    proposals = propose(goal, [week(0, 228.0), week(1, 205.0)], store.checkins(goal_id), date(2025, 2, 1))
    added, changed = record(store, proposals, lambda p: f"{p.source.count} tickets")
    assert [(c.actual, c.note) for c in store.checkins(goal_id)] == [
        (228.0, "busy week"),
        (205.0, "200 tickets"),
    ]
    assert changed == [(kept, replace(kept, actual=228.0))] and len(added) == 1
    assert store.checkins(goal_id)[0].confidence == "at_risk"


def test_a_check_in_recorded_since_the_preview_stops_the_whole_import(store):
    goal_id = store.save_goal(wait_goal(), [])
    goal = store.get_goal(goal_id)
    proposals = propose(goal, [week(0, 228.0), week(1, 205.0)], [], date(2025, 2, 1))
    store.add_checkins([CheckIn(goal_id, date(2025, 1, 15), 215.0)])
    with pytest.raises(OutdatedError):
        record(store, proposals, lambda p: "")
    assert [c.actual for c in store.checkins(goal_id)] == [215.0]


def test_a_value_no_number_can_hold_is_refused_not_a_crash():
    (proposal,) = propose(wait_goal(id=1), [week(0, float("inf"))], [], today=date(2025, 1, 20))
    assert proposal.action == REFUSED and proposal.problem is not None and not proposal.recorded
