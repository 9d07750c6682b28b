"""A million-row Zendesk export, read end to end: every ticket counted once, in its week, and the
weekly means equal to the ones worked out while the file was written. No time or memory limit is
asserted (the machines tests run on vary); the README says what it took here."""

from __future__ import annotations

from datetime import timedelta

import pytest

from goalplanner.tickets import read_export
from tests.helpers import wait_goal
from tests.tickets.exports import START, write_big_zendesk

MILLION = 1_000_000


def test_a_million_row_export_counts_every_ticket_in_its_week(tmp_path):
    path = tmp_path / "zendesk-million.csv"
    side = write_big_zendesk(path, MILLION)  # 15 s apart: 174 days, 25 weeks from Monday 6 January
    goal = wait_goal(kpi="frt", unit="min", start=START.date(), baseline=120.0, target=60.0)
    reading = read_export(path, goal)
    assert reading.rows == MILLION and reading.duplicates == 0 and reading.skipped == 0
    weeks = {v.period.start: v for v in reading.values}
    assert sum(v.count for v in reading.values) == MILLION
    assert len(weeks) == len(side) == 25
    for index in (0, 1, 12, 24):  # the first, a middle and the last (part) week
        count, minutes = side[index]
        week = weeks[START.date() + timedelta(days=7 * index)]
        assert week.count == count
        assert week.value == pytest.approx(minutes / count, rel=1e-12)
    assert side[24][0] < side[0][0] == 7 * 86400 // 15  # the last week is not whole
