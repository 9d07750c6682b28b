from datetime import date

from PySide6.QtCore import QLocale

from goalplanner.ui.goal_table import BASELINE, DEADLINE, STATE, TARGET, TITLE, GoalTableModel, format_value
from tests.helpers import wait_goal


def test_model_passes_qt_model_checks(qtmodeltester):
    model = GoalTableModel()
    model.set_goals(
        [wait_goal(id=1), wait_goal(id=2, kpi="occupancy", direction="range", range_low=75, range_high=85)]
    )
    qtmodeltester.check(model)


def test_rows_show_the_goal_in_the_managers_terms(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        model = GoalTableModel()
        model.set_goals(
            [wait_goal(id=1), wait_goal(id=2, unit="%", direction="range", range_low=75, range_high=85)]
        )
        assert model.index(0, TITLE).data().startswith("Cut average")
        assert model.index(0, BASELINE).data() == "240 s"
        assert model.index(0, TARGET).data() == "120 s"
        assert model.index(0, DEADLINE).data() == "16/02/2025"
        assert model.index(0, STATE).data() == "Active"
        assert model.index(1, TARGET).data() == "75% – 85%"
    finally:
        QLocale.setDefault(QLocale.c())


def test_values_follow_the_locale(qapp):
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert format_value(12000, "contacts", german) == "12.000 contacts"
    assert format_value(10.8, "%", german) == "10,8%"
    assert format_value(None, "%", german) == ""


def test_sort_key_orders_dates_and_numbers_as_such(qapp):
    model = GoalTableModel()
    model.set_goals(
        [
            wait_goal(deadline=date(2025, 10, 1), baseline=9.0),
            wait_goal(deadline=date(2025, 2, 1), baseline=100.0),
        ]
    )
    from PySide6.QtCore import Qt

    keys = [model.index(r, DEADLINE).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert sorted(keys) == ["2025-02-01", "2025-10-01"]
    numbers = [model.index(r, BASELINE).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert numbers == [9.0, 100.0]  # numbers, not the strings "9 s" and "100 s"
