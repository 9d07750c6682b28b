"""The goal detail on a plan session, without the main window: it shows its goal again once for each
change that touches it, from whoever made it, and draws its chart only when the chart is on screen."""

from datetime import date

import pytest

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.detail import GoalDetail
from goalplanner.ui.session import PlanSession


@pytest.fixture
def session(tmp_path):
    with Store.open(tmp_path / "sample.goalplan") as store:
        write_sample_plan(store, date.today())
        yield PlanSession(store, lambda _start, _deadline: None)


@pytest.fixture
def detail(qtbot, session):
    widget = GoalDetail(session)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    return widget


def goal_id(session, title_part):
    return next(s.goal.id for s in session.states() if title_part in s.goal.title)


@pytest.fixture
def chart_builds(monkeypatch):
    builds = []
    real_build = ChartView._build
    monkeypatch.setattr(ChartView, "_build", lambda view: builds.append(view) or real_build(view))
    return builds


def test_a_recorded_checkin_shows_the_goal_again_once_and_undo_takes_it_back(session, detail, chart_builds):
    wait = goal_id(session, "wait time by 50%")
    detail.show_goal(wait)
    detail.show_chart()
    history = detail.history.checkin_model
    count, status = len(history.rows), detail.status_label.text()
    assert status.startswith("■ Off track")
    chart_builds.clear()
    resets = []
    history.modelReset.connect(lambda: resets.append(1))
    detail.checkin_form.actual_field.setText("120")  # the target
    detail.checkin_form.record_checkin()
    assert len(history.rows) == count + 1 and resets == [1] and len(chart_builds) == 1
    assert detail.status_label.text().startswith("★ Achieved")  # the session's judgement
    assert detail.status_label.text() != status
    session.undo_stack.undo()
    assert len(history.rows) == count and detail.status_label.text() == status


def test_a_change_elsewhere_shows_the_goal_again_and_a_goal_gone_shows_nothing(session, detail):
    csat = goal_id(session, "CSAT")
    detail.show_goal(csat)
    count = len(detail.history.checkin_model.rows)
    other = goal_id(session, "wait time by 50%")
    session.store.add_checkin(other, date.today(), 150.0, "")
    session.notify({other})  # not this goal: nothing to show again
    assert len(detail.history.checkin_model.rows) == count
    session.store.add_checkin(csat, date.today(), 80.0, "")
    session.notify({csat})
    assert len(detail.history.checkin_model.rows) == count + 1
    session.store.delete_goal(csat)
    session.notify({csat})
    assert detail.goal is None and detail.title_label.text() == ""


def test_a_hidden_chart_waits_until_its_tab_is_shown(session, detail, chart_builds):
    wait = goal_id(session, "wait time by 50%")
    detail.show_goal(wait)
    detail.focus_checkin()
    detail.checkin_form.actual_field.setText("150")
    detail.checkin_form.record_checkin()
    assert chart_builds == []
    detail.show_chart()
    assert len(chart_builds) == 1
    detail.show_goal(wait)  # shown again while on screen: drawn again
    assert len(chart_builds) == 2


def test_the_sub_goals_chart_states_the_goals_rollup_from_the_session(session, detail):
    vision = goal_id(session, "leader")
    assert session.state(vision).status.code != session.state(vision).rollup.code == "off_track"
    detail.show_goal(vision)
    detail.show_chart()
    detail.chart_tab.chart_children_radio.click()
    title = detail.chart_tab.chart_view.figure.get_suptitle().replace("\n", " ").replace("\u00a0", " ")
    assert "together: ■ Off track" in title
