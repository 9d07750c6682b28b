"""The Resources page's calculator solves for the goal's own target and staffs each week of it."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QWizard

from goalplanner.core.breakdown import periods
from goalplanner.core.model import Resources, StaffingInputs
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, RESOURCES, WHAT, WHEN, WHO, WHY
from tests.helpers import wait_goal
from tests.ui.test_wizard import choose, close_quietly, field, finish, next_page, store, type_into, wizard

__all__ = ["store", "wizard"]  # fixtures shared with test_wizard

# Last year: January 600 contacts a day, February 1,200 (a 40-hour week of 30-minute intervals).
PROFILE_TYPED = "18600  33600  1000  1000  1000  1000  1000  1000  1000  1000  1000  1000"


def table_rows(wiz) -> list[list[str]]:
    table: QTableWidget = field(wiz, "staffing_weeks")
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def text_of(wiz, name) -> str:
    return field(wiz, name).text()


def to_resources_with_a_wait_goal(qtbot, wiz):
    """A new goal: average call wait from 240 s to 120 s, then the Resources page."""
    next_page(qtbot, wiz, WHAT)
    type_into(qtbot, wiz, "title", "Cut average call wait time from 240 s to 120 s")
    next_page(qtbot, wiz, WHO)
    next_page(qtbot, wiz, MEASURE)
    choose(wiz, "kpi", "wait_time")
    type_into(qtbot, wiz, "baseline", "240")
    type_into(qtbot, wiz, "target", "120")
    next_page(qtbot, wiz, RESOURCES)


def open_editor(qtbot, store, goal_id):
    editor = GoalWizard(store, goal=store.get_goal(goal_id))
    qtbot.addWidget(editor, before_close_func=close_quietly)
    editor.show()
    for page in (WHO, MEASURE, RESOURCES):
        next_page(qtbot, editor, page)
    return editor


def test_the_calculator_solves_for_the_goals_average_wait_and_flags_short_weeks(qtbot, wizard):
    to_resources_with_a_wait_goal(qtbot, wizard)
    qtbot.mouseClick(field(wizard, "staff_available").yes, Qt.MouseButton.LeftButton)
    field(wizard, "use_staffing").click()
    assert "an average wait of 120 s" in text_of(wizard, "staffing_target")
    assert field(wizard, "solve_for").isVisible()
    # The goal says the wait: no service level or answer time is asked for.
    assert not field(wizard, "service_level").isVisible() and not field(wizard, "answer_within_s").isVisible()
    # 100 contacts per 30 minutes at 180 s: 12 agents wait 40 s on average (80/20 would take 14).
    assert "Each week needs 12 agents on the phones" in text_of(wizard, "staffing_result")
    goal = wizard.goal
    weeks = len(periods(goal.start, goal.deadline, "week"))
    rows = table_rows(wizard)
    assert len(rows) == weeks and rows[0][0].startswith("1 ·")
    assert [row[2] for row in rows] == ["12"] * weeks and {row[3] for row in rows} == {""}

    type_into(qtbot, wizard, "headcount", "15")  # 10 on the phones after 30 % shrinkage
    rows = table_rows(wizard)
    assert [row[2:] for row in rows] == [["12", "10", "2"]] * weeks
    assert text_of(wizard, "staffing_summary").startswith(
        # every week short alike: the worst is the first whole week (week 1 is cut short by the start)
        f"{weeks} of {weeks} weeks are short of agents; the worst, week 2, needs 12 and 10 are available."
    )
    finding = wizard.currentPage()._fields["headcount"][1].text()
    assert "needs 12 agents" in finding  # the review's warning counts for the same target

    type_into(qtbot, wizard, "headcount", "20")  # 14 on the phones: enough, but idle at 71 %
    assert [row[4] for row in table_rows(wizard)] == [""] * weeks
    summary = text_of(wizard, "staffing_summary")
    assert "Every week has enough agents" in summary
    assert "Occupancy 71 %: below the healthy 75–85 % band, agents sit idle" in summary


def test_choosing_a_service_level_of_ones_own_asks_for_it(qtbot, wizard):
    to_resources_with_a_wait_goal(qtbot, wizard)
    field(wizard, "use_staffing").click()
    choose(wizard, "solve_for", "service_level")
    assert field(wizard, "service_level").isVisible() and field(wizard, "answer_within_s").isVisible()
    assert "instead of the goal's target" in text_of(wizard, "staffing_target")
    assert "Each week needs 14 agents" in text_of(wizard, "staffing_result")  # 80 % within 20 s
    assert wizard.goal.resources.staffing.solve_for == "service_level"


def test_a_goal_without_a_wait_metric_asks_for_the_service_level(qtbot, wizard):
    for page in (WHAT, WHO, MEASURE, RESOURCES):
        next_page(qtbot, wizard, page)
    field(wizard, "use_staffing").click()
    assert not field(wizard, "solve_for").isVisible()
    assert field(wizard, "service_level").isVisible()
    assert "the service level below is used" in text_of(wizard, "staffing_target")


def test_last_years_months_give_each_week_its_own_need_and_are_kept_after_saving(qtbot, store):
    goal_id = store.save_goal(wait_goal(resources=Resources(headcount=15)))  # 6 Jan to 16 Feb 2025
    editor = open_editor(qtbot, store, goal_id)
    field(editor, "use_staffing").click()
    choose(editor, "volume", "profile")
    assert not field(editor, "contacts").isVisible()
    assert "type 12 numbers" in text_of(editor, "staffing_result")
    assert not editor.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(field(editor, "volume_profile"), PROFILE_TYPED)
    assert editor.button(QWizard.WizardButton.NextButton).isEnabled()
    rows = table_rows(editor)
    contacts = [QLocale().toString(n) for n in (4200, 4200, 4200, 5400, 8400, 8400)]
    assert [row[1] for row in rows] == contacts  # 600 a day in January, 1,200 in February
    assert [row[2] for row in rows] == ["7", "7", "7", "8", "13", "13"]
    assert [row[4] for row in rows] == ["", "", "", "", "3", "3"]
    summary = text_of(editor, "staffing_summary")
    assert summary.startswith(
        "2 of 6 weeks are short of agents; the worst, week 5, needs 13 and 10 are available."
    )
    assert "Occupancy 53 % in week 1: below the healthy 75–85 % band" in summary  # 10 agents, 5.25 Erlangs
    assert "81 % in week 5: inside the healthy 75–85 % band." in summary
    assert "The busiest week needs 13 agents" in text_of(editor, "staffing_result")
    finish(qtbot, editor)

    saved = store.get_goal(goal_id).resources.staffing
    assert saved.volume == "profile" and saved.volume_profile[:2] == (18600, 33600)
    reopened = open_editor(qtbot, store, goal_id)
    assert field(reopened, "use_staffing").isChecked()
    volume: QComboBox = field(reopened, "volume")
    assert volume.currentData() == "profile"
    assert field(reopened, "volume_profile").text().split()[:2] == ["18600", "33600"]
    assert [row[4] for row in table_rows(reopened)] == ["", "", "", "", "3", "3"]


def test_the_weeks_follow_the_deadline_chosen_later(qtbot, wizard):
    to_resources_with_a_wait_goal(qtbot, wizard)
    field(wizard, "use_staffing").click()
    next_page(qtbot, wizard, WHY)
    next_page(qtbot, wizard, WHEN)
    from tests.ui.test_wizard_dates import retype

    retype(qtbot, field(wizard, "start"), "2025-01-06")  # ISO is understood in every language
    retype(qtbot, field(wizard, "deadline"), "2025-01-19")
    for _ in range(2):
        wizard.back()
    assert wizard.currentId() == RESOURCES
    assert [row[0][:1] for row in table_rows(wizard)] == ["1", "2"]


def test_an_abandonment_goal_states_the_patience_it_assumes(qtbot, store):
    goal = wait_goal(
        kpi="abandonment", unit="%", baseline=9.0, target=5.0, resources=Resources(staffing=StaffingInputs())
    )
    editor = open_editor(qtbot, store, store.save_goal(goal))
    assert "at most 5 % of callers hang up" in text_of(editor, "staffing_target")
    assert "180 s on average" in text_of(editor, "staffing_target")
    assert field(editor, "patience_s").isVisible()
    type_into(qtbot, editor, "patience_s", "60")
    assert editor.goal.resources.staffing.patience_s == 60
    assert "60 s on average" in text_of(editor, "staffing_target")
