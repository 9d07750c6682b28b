"""One truth in the window: the goal list, the detail's history and status line, the charts, the due list
and the portfolio show what core's evaluation says (``session.evaluation``), for every sample goal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from goalplanner.core.breakdown import plan_for
from goalplanner.core.i18n import round_shown, shown_percent
from goalplanner.core.model import CheckIn
from goalplanner.store import Store
from goalplanner.ui.due_panel import GOAL_ID_ROLE, READY_TO_CLOSE_ROLE
from goalplanner.ui.status_style import status_text
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan
from tests.ui.surfaces import chart_markers, history_statuses, list_status, shown_goal_chart


def expected_history(evaluation):
    """What the history should show: each check-in's status, and its achievement as the whole percent
    every surface shows (core.i18n.shown_percent)."""
    return [(j.checkin.on, j.status.code, whole_percent(j.status.achievement)) for j in evaluation.judged]


def whole_percent(share: float | None) -> float | None:
    return None if share is None else shown_percent(share) / 100


def test_list_history_and_chart_say_what_the_evaluation_says_for_every_sample_goal(sample_window):
    window, session = sample_window, sample_window.session
    checked = 0
    for state in session.states():
        goal_id = state.goal.id
        evaluation = session.evaluation(goal_id)
        has_children = window.goal_list.model.has_children(goal_id)
        own = evaluation.status.code if state.goal.state == "active" else None
        assert list_status(window, goal_id) == (own, state.rollup.code if has_children else None)
        shown = history_statuses(window, goal_id)
        assert shown == expected_history(evaluation)
        figure = shown_goal_chart(window, goal_id)
        assert chart_markers(figure) == sorted((j.checkin.on, j.status.code) for j in evaluation.judged)
        assert window.detail.status_label.text().startswith(status_text(evaluation.status.code))
        checked += len(evaluation.judged)
    assert checked == sum(len(window.store.checkins(s.goal.id)) for s in session.states()) > 0  # all of them


def test_the_sub_goals_chart_draws_each_sub_goals_evaluation_under_the_sessions_roll_up(sample_window):
    window, session = sample_window, sample_window.session
    vision = next(s for s in session.states() if s.goal.parent_id is None)
    window.select_goal(vision.goal.id)
    tab = window.detail.chart_tab
    window.detail.tabs.setCurrentWidget(tab)
    tab.chart_children_radio.click()
    figure = tab.chart_view.figure
    children = [s.goal for s in session.states() if s.goal.parent_id == vision.goal.id]
    title = figure.get_suptitle().replace("\n", " ").replace("\u00a0", " ")  # as read, whatever the wrapping
    assert f"together: {status_text(vision.rollup.code)}" in title
    for index, child in enumerate(children):
        evaluation = session.evaluation(child.id)
        assert chart_markers(figure, index) == sorted(
            (j.checkin.on, j.status.code) for j in evaluation.judged
        )


def test_a_recorded_checkin_changes_every_surface_to_the_same_new_verdict(sample_window, questions):
    window, session = sample_window, sample_window.session
    wait = next(s.goal for s in session.states() if "wait time by 50%" in s.goal.title)
    window.select_goal(wait.id)
    window.detail.checkin_form.actual_field.setText("120")  # the target
    window.detail.checkin_form.record_checkin()
    evaluation = session.evaluation(wait.id)
    assert evaluation.status.code == "achieved"
    assert list_status(window, wait.id)[0] == "achieved"
    assert history_statuses(window, wait.id)[-1][1] == "achieved"
    assert chart_markers(shown_goal_chart(window, wait.id))[-1] == (evaluation.latest.checkin.on, "achieved")
    parent = session.state(wait.parent_id)
    assert list_status(window, wait.parent_id)[1] == parent.rollup.code  # the roll-up followed


@pytest.fixture
def closing_window(qtbot, window, tmp_path):
    """A plan with a wait-time goal whose deadline passed a week ago and a range goal still running."""
    today = date.today()
    start = today - timedelta(weeks=7)
    done = wait_goal(
        title="Wait time, finished", start=start, deadline=today - timedelta(days=7), state="active"
    )
    band = wait_goal(title="Occupancy in the band", kpi="occupancy", unit="%", direction="range",
                     baseline=88.0, target=80.0, range_low=75.0, range_high=85.0, start=start,
                     deadline=today + timedelta(weeks=8), state="active")  # fmt: skip
    path = tmp_path / "closing.goalplan"
    with Store.open(path) as store:
        ids = []
        for goal, actuals in ((done, [200.0, 170.0]), (band, [84.0])):
            goal_id = store.save_goal(goal, plan_for(goal))
            store.add_checkins(
                CheckIn(goal_id, start + timedelta(weeks=k + 1, days=-3), a) for k, a in enumerate(actuals)
            )
            ids.append(goal_id)
    open_plan(qtbot, window, path)
    window.show()
    return window, ids


def test_a_goal_past_its_deadline_says_ready_to_close_and_the_due_list_offers_to_close_it(closing_window):
    window, (done, band) = closing_window
    evaluation = window.session.evaluation(done)
    assert evaluation.ready_to_close and not evaluation.due_now
    row = window.goal_list.model.index_of(done)
    from goalplanner.ui.goal_tree import STATUS

    assert row.siblingAtColumn(STATUS).data().endswith("· ready to close")
    assert "nothing more is due" in row.siblingAtColumn(STATUS).data(Qt.ItemDataRole.ToolTipRole)
    due = window.goal_list.due_panel.model
    rows = {due.index(r).data(GOAL_ID_ROLE): due.index(r) for r in range(due.rowCount())}
    assert rows[done].data(READY_TO_CLOSE_ROLE) and rows[done].data().endswith(
        "ready to close"
    )  # no check-in
    assert not rows[band].data(READY_TO_CLOSE_ROLE)  # overdue by weeks: a check-in
    window.select_goal(done)
    assert window.detail.status_label.text().endswith("ready to close")
    assert "next check-in" not in window.detail.status_label.text()


def test_a_range_goal_speaks_of_its_band_not_of_a_number(closing_window):
    window, (_done, band) = closing_window
    window.select_goal(band)
    text = window.detail.status_label.text()
    evaluation = window.session.evaluation(band)
    assert text.startswith(status_text(evaluation.status.code))
    assert "inside the band" in text  # 84% in a 75-85% band
    assert "at this pace inside the band by the deadline" in text or "at this pace outside" in text
    assert "% of the planned change" not in text


def test_the_portfolio_draws_the_sessions_statuses(sample_window):
    window = sample_window
    window.portfolio_view_action.trigger()
    axes = window.portfolio.chart_view.figure.axes[0]
    bars = {p.get_gid(): p.get_width() for p in axes.patches if p.get_gid()}
    for state in window.session.states():
        if state.goal.state == "active" and state.status.achievement is not None:
            assert bars[f"goal:{state.goal.id}"] == pytest.approx(
                max(-50, min(150, 100 * state.status.achievement))
            )


def test_history_shows_the_planned_value_each_checkin_was_judged_against(sample_window):
    window, session = sample_window, sample_window.session
    wait = next(s.goal for s in session.states() if "wait time by 50%" in s.goal.title)
    window.select_goal(wait.id)
    model = window.detail.history.checkin_model
    newest = session.evaluation(wait.id).judged[-1]
    # at the metric's precision: whole seconds, rounded as the workbook's "#,##0 s" shows it
    assert model.index(0, model.PLANNED).data() == f"{round_shown(newest.planned, 0):.0f} s"
    assert replace(newest.checkin) == model.rows[0]
