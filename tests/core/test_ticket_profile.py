"""Last year's monthly profile from an export (core.ticket_profile), with numbers worked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from goalplanner.core.ticket_metrics import Tally, Ticket
from goalplanner.core.ticket_profile import ProfileError, monthly_goal, profile_from
from tests.helpers import wait_goal

TODAY = date(2025, 3, 10)  # March 2025 is not over: it stays out


def goal(kpi: str, unit: str, direction: str = "increase"):
    # checked weekly from Monday 6 January: the profile still goes by calendar months
    return wait_goal(kpi=kpi, unit=unit, direction=direction, baseline=50.0, target=60.0)


def tally(kpi: str, unit: str, tickets: list[Ticket], direction: str = "increase"):
    the_goal = goal(kpi, unit, direction)
    counting = Tally(monthly_goal(the_goal), today=TODAY)
    counting.add_tickets(tickets)
    return the_goal, counting.results()


def on(year: int, month: int, day: int = 15) -> datetime:
    return datetime(year, month, day, 10)


def volume_tickets() -> list[Ticket]:
    """February 2024: 50 tickets; then k tickets in each month k from March 2024 to February 2025
    (2 in February 2025, 12 in December 2024); 7 in March 2025, not over yet."""
    tickets = [Ticket(f"old{i}", on(2024, 2)) for i in range(50)]
    for year, months in ((2024, range(3, 13)), (2025, range(1, 3))):
        for month in months:
            # spread over the month's first and last day: both count in the month
            days = (1 + (i % 2) * 27 for i in range(month))
            tickets += [Ticket(f"{year}-{month}-{i}", on(year, month, day)) for i, day in enumerate(days)]
    tickets += [Ticket(f"now{i}", on(2025, 3, 3)) for i in range(7)]
    return tickets


def test_volume_is_each_calendar_months_total_of_the_last_twelve_finished_months():
    the_goal, values = tally("call_volume", "contacts", volume_tickets())
    found = profile_from(values, the_goal)
    # January first; February is 2025's 2 tickets, not 2024's 50; March 2025 (not over) left out
    assert found.profile == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    assert (found.first, found.last) == (date(2024, 3, 1), date(2025, 2, 28))
    assert found.count == 78  # 1 + 2 + ... + 12
    assert len(found.few) == 12  # every month rests on fewer than 30 tickets


def test_a_share_is_the_months_own_count_not_a_mean_of_its_weeks():
    tickets = []
    for month in range(1, 13):  # one Good a month in 2024, solved on the 2nd
        tickets.append(Ticket(f"g{month}", on(2024, month), solved=on(2024, month, 2), rating=1.0))
    # May 2024, a second week: 1 Good and 3 Bad. The month: 2 Good of 5 = 40 %;
    # a mean of the two weeks' shares would be (100 + 25) / 2 = 62.5 %
    tickets.append(Ticket("m1", on(2024, 5), solved=on(2024, 5, 13), rating=1.0))
    tickets += [Ticket(f"b{i}", on(2024, 5), solved=on(2024, 5, 13), rating=0.0) for i in range(3)]
    # June 2024: 2 Good of 3 = 66.666… %, shown (and kept) to one decimal
    tickets.append(Ticket("j1", on(2024, 6), solved=on(2024, 6, 20), rating=0.0))
    tickets.append(Ticket("j2", on(2024, 6), solved=on(2024, 6, 20), rating=1.0))
    the_goal, values = tally("csat", "%", tickets)
    found = profile_from(values, the_goal)
    assert found.profile == (100, 100, 100, 100, 40, 66.7, 100, 100, 100, 100, 100, 100)
    assert (found.first, found.last, found.count) == (date(2024, 1, 1), date(2024, 12, 31), 18)


def test_a_time_is_the_months_mean_in_the_goals_unit():
    tickets = [Ticket(f"t{m}", on(2024, m), first_reply_hours=0.5) for m in range(1, 13)]
    tickets.append(Ticket("x", on(2024, 4, 30), first_reply_hours=2.0))  # April: (0.5 + 2) / 2 h = 75 min
    the_goal, values = tally("frt", "min", tickets, "decrease")
    found = profile_from(values, the_goal)
    assert found.profile == (30, 30, 30, 75, 30, 30, 30, 30, 30, 30, 30, 30)


def test_a_month_without_tickets_in_the_window_is_named_and_refused():
    tickets = [t for t in volume_tickets() if not t.id.startswith(("2024-7-", "2024-10-"))]
    the_goal, values = tally("call_volume", "contacts", tickets)
    with pytest.raises(ProfileError) as refused:
        profile_from(values, the_goal)
    assert refused.value.missing == (date(2024, 7, 1), date(2024, 10, 1))
    assert refused.value.last == date(2025, 2, 28)


def test_fewer_than_twelve_months_names_the_ones_before_the_export():
    tickets = [Ticket(f"t{m}", on(2024, m)) for m in range(9, 13)]  # September to December 2024
    the_goal, values = tally("call_volume", "contacts", tickets)
    with pytest.raises(ProfileError) as refused:
        profile_from(values, the_goal)
    assert refused.value.missing == tuple(date(2024, m, 1) for m in range(1, 9))  # January to August
    assert refused.value.last == date(2024, 12, 31)


def test_an_export_with_no_finished_month_gives_no_profile():
    the_goal, values = tally("call_volume", "contacts", [Ticket("1", on(2025, 3, 3))])
    with pytest.raises(ProfileError) as refused:
        profile_from(values, the_goal)
    assert refused.value.missing == () and refused.value.last is None


def test_weekly_periods_are_not_taken_for_months():
    the_goal = goal("call_volume", "contacts")
    weekly = Tally(the_goal)
    weekly.add_tickets([Ticket("1", on(2024, 5))])
    with pytest.raises(ValueError, match="calendar months"):
        profile_from(weekly.results(), the_goal)
