"""Replacing a check-in of the same day: the check-in form's "Replace" and the weekly review's rows."""

from datetime import date

from goalplanner.core.checkins import replacing, same_day
from goalplanner.core.model import CheckIn

DAY = date(2026, 11, 20)


def test_replacing_takes_the_new_value_and_keeps_the_words_not_retyped():
    old = CheckIn(2, DAY, 171.0, "Two agents off sick", id=7, confidence="at_risk", next_step="Roster 2")
    new = CheckIn(2, DAY, 150.0, "", confidence="on_track")  # no note typed
    after = replacing(old, new)
    assert (after.id, after.on, after.actual) == (7, DAY, 150.0)
    assert (after.note, after.confidence, after.next_step) == ("Two agents off sick", "on_track", "Roster 2")


def test_same_day_finds_the_latest_of_that_day():
    first, second = CheckIn(2, DAY, 1.0, id=3), CheckIn(2, DAY, 2.0, id=5)
    assert same_day([second, first, CheckIn(2, date(2026, 11, 13), 3.0, id=9)], DAY) == second
    assert same_day([first], date(2026, 11, 21)) is None
