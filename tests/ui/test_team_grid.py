"""Goal -> Team week grid: every agent's actuals of a period typed at once, the team row worked out by core
as you type, saved as one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from goalplanner.core.agents import agent_goals, agents_of, team_actuals
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate
from goalplanner.store import Store
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.status_style import status_text
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan

PEOPLE = ["Ana", "Ben", "Chen", "Dee"]
TODAY = date.today()


def tickets_team() -> Goal:
    """Resolve 1,200 tickets a month, checked monthly, fed by its agents."""
    start = (TODAY.replace(day=1) - timedelta(days=40)).replace(day=1)
    return wait_goal(
        title="Resolve 1,200 tickets a month", kpi="custom", unit="tickets", direction="increase",
        baseline=1000.0, baseline_date=start - timedelta(days=1), target=1200.0, checkin_cadence="monthly",
        start=start, deadline=start + timedelta(days=150), actuals_from="agents",
    )  # fmt: skip


def aht_team() -> Goal:
    start = TODAY - timedelta(days=TODAY.weekday() + 14)
    return wait_goal(
        title="Handle time to 300 s", kpi="aht", unit="s", direction="decrease", baseline=360.0,
        baseline_date=start - timedelta(days=1), target=300.0, start=start,
        deadline=start + timedelta(days=70), actuals_from="agents",
    )  # fmt: skip


def fcr_team() -> Goal:
    start = TODAY - timedelta(days=TODAY.weekday() + 14)
    return wait_goal(
        title="First contact resolution to 78%", kpi="fcr", unit="%", direction="increase", baseline=70.0,
        baseline_date=start - timedelta(days=1), target=78.0, start=start,
        deadline=start + timedelta(days=70), actuals_from="agents",
    )  # fmt: skip


def plan_with(tmp_path, team: Goal, people: list[str]) -> tuple:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "team.goalplan"
    with Store.open(path) as store:
        team_id = store.save_goal(team, plan_for(team))
        team = replace(team, id=team_id)
        for agent in agent_goals(team, people):
            store.save_goal(agent, plan_for(agent))
        store.save_goal(wait_goal(title="A goal of one's own"), plan_for(wait_goal()))
    return path, team


def open_grid(qtbot, window, path, team):
    open_plan(qtbot, window, path)
    window.show()
    window.select_goal(team.id)
    assert window.team_grid.action.isEnabled()
    window.team_grid.action.trigger()
    dialog = window.team_grid.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog  # the window's child, which deletes it once closed: not qtbot's to close


def field(dialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def label(dialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def agents_in(store, team: Goal) -> list[Goal]:
    return agents_of(team, store.list_goals())


def test_a_week_typed_for_everyone_shows_the_team_sum_and_status_and_saves_as_one_undo_step(
    qtbot, window, tmp_path
):
    path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
    dialog = open_grid(qtbot, window, path, team)
    store = window.store
    agents = agents_in(store, team)
    assert [a.target for a in agents] == [300.0] * 4  # 1,200 split four ways
    headers = [dialog.table.item(row, 0).text() for row in range(4)]
    assert headers == PEOPLE
    assert dialog.focusWidget() is field(dialog, "grid_actual_0_0")
    assert label(dialog, "team_value_0") == "—"
    typed = [310, 290, 305, 280]
    for row, value in enumerate(typed):
        qtbot.keyClicks(dialog.focusWidget(), str(value))
        if row == 0:
            assert label(dialog, "team_value_0") == format_amount(team, 310.0, QLocale())
            assert dialog.team_cells[0].note().endswith("waiting for: Ben, Chen, Dee")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter: the next agent
        expected = "save_team_grid" if row == 3 else f"grid_actual_{row + 1}_0"
        assert dialog.focusWidget().objectName() == expected
    plan = store.subtargets(team.id)
    status = evaluate(team, plan, [CheckIn(team.id, TODAY, 1185.0)], TODAY).status
    assert label(dialog, "team_value_0") == format_amount(team, 1185.0, QLocale())
    assert label(dialog, "team_status_0") == status_text(status.code)
    save = dialog.findChild(QPushButton, "save_team_grid")
    assert "4" in save.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    recorded = [[(c.on, c.actual) for c in store.checkins(a.id)] for a in agents]
    assert recorded == [[(TODAY, float(v))] for v in typed]
    feeds = [(a, store.checkins(a.id)) for a in agents]
    assert team_actuals(team, feeds, plan)[-1].checkin.actual == 1185.0  # what the grid showed
    assert window.session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert [store.checkins(a.id) for a in agents] == [[], [], [], []]


def test_tab_goes_across_and_a_recorded_value_is_shown_not_typed_over(qtbot, window, tmp_path):
    path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
    with Store.open(path) as store:
        ben = agents_in(store, team)[1]
        store.add_checkins([CheckIn(ben.id, TODAY, 250.0)])
    dialog = open_grid(qtbot, window, path, team)
    assert field(dialog, "grid_actual_1_0") is None  # recorded: shown in the cell
    assert dialog.table.item(1, 1).text() == format_amount(ben, 250.0, QLocale())
    assert label(dialog, "team_value_0") == format_amount(team, 250.0, QLocale())
    first = field(dialog, "grid_actual_0_0")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is field(dialog, "grid_actual_0_1")  # the month before, same agent
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dialog.focusWidget() is field(dialog, "grid_actual_2_0")  # Ben's is recorded: Chen next
    qtbot.keyClicks(field(dialog, "grid_actual_0_1"), "295")  # Ana's month before, forgotten then
    assert dialog.save()
    ana = agents_in(window.store, team)[0]
    assert [(c.on, c.actual) for c in window.store.checkins(ana.id)] == [
        (dialog.periods[1].period_end, 295.0)
    ]


def test_handle_time_of_the_team_is_weighted_by_contacts_handled(qtbot, window, tmp_path):
    path, team = plan_with(tmp_path, aht_team(), ["Ana", "Ben"])
    dialog = open_grid(qtbot, window, path, team)
    assert "Contacts handled" in dialog.table.horizontalHeaderItem(2).text()
    for name, text in (("grid_actual_0_0", "300"), ("grid_actual_1_0", "400"), ("grid_volume_0_0", "300")):
        qtbot.keyClicks(field(dialog, name), text)
    assert label(dialog, "team_value_0") == format_amount(team, 350.0, QLocale())  # Ben's contacts unknown
    assert "not weighted" in dialog.team_cells[0].note()
    qtbot.keyClicks(field(dialog, "grid_volume_1_0"), "100")
    assert label(dialog, "team_value_0") == format_amount(team, 325.0, QLocale())  # not (300 + 400) / 2
    assert "not weighted" not in dialog.team_cells[0].note()
    assert dialog.save()
    agents = agents_in(window.store, team)
    assert [(c.actual, c.volume) for a in agents for c in window.store.checkins(a.id)] == [
        (300.0, 300.0),
        (400.0, 100.0),
    ]


def test_first_contact_resolution_comes_from_each_agents_two_counts(qtbot, window, tmp_path):
    path, team = plan_with(tmp_path, fcr_team(), ["Ana", "Ben"])
    dialog = open_grid(qtbot, window, path, team)
    header = dialog.table.horizontalHeaderItem(1).text() + dialog.table.horizontalHeaderItem(2).text()
    assert "Resolved first time" in header and "Contacts" in header  # as the check-in form names them
    typed = (
        ("numerator_0_0", "9"),
        ("denominator_0_0", "10"),
        ("numerator_1_0", "70"),
        ("denominator_1_0", "100"),
    )
    for name, text in typed:
        qtbot.keyClicks(field(dialog, f"grid_{name}"), text)
    assert label(dialog, "team_value_0") == format_amount(team, 100 * 79 / 110, QLocale())  # 71.8 %, not 80 %
    assert dialog.save()
    agents = agents_in(window.store, team)
    found = [(c.numerator, c.denominator, c.actual) for a in agents for c in window.store.checkins(a.id)]
    assert found == [(9.0, 10.0, 90.0), (70.0, 100.0, 70.0)]


def test_an_impossible_value_is_named_as_the_checkin_form_names_it_and_nothing_is_saved(
    qtbot, window, tmp_path, questions
):
    path, team = plan_with(tmp_path, aht_team(), ["Ana", "Ben"])
    dialog = open_grid(qtbot, window, path, team)
    qtbot.keyClicks(field(dialog, "grid_actual_0_0"), "-5")
    ana = dialog.agents[0]
    assert dialog.message.message() == impossible_text(ana, "-5")
    assert not dialog.save()
    assert dialog.focusWidget() is field(dialog, "grid_actual_0_0")
    questions.answers.append("discard")
    dialog.reject()  # Discard: closed, nothing saved
    assert not dialog.isVisible()
    assert window.store.checkins(ana.id) == []


def test_escape_with_typed_values_asks_save_discard_or_cancel(qtbot, window, tmp_path, questions):
    path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
    dialog = open_grid(qtbot, window, path, team)
    qtbot.keyClicks(field(dialog, "grid_actual_0_0"), "310")
    questions.answers.append("cancel")
    qtbot.keyClick(field(dialog, "grid_actual_0_0"), Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(questions.asked) == 1
    questions.answers.append("save")
    qtbot.keyClick(field(dialog, "grid_actual_0_0"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    ana = agents_in(window.store, team)[0]
    assert [c.actual for c in window.store.checkins(ana.id)] == [310.0]


def test_escape_with_nothing_typed_just_closes(qtbot, window, tmp_path, questions):
    path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
    dialog = open_grid(qtbot, window, path, team)
    qtbot.keyClick(field(dialog, "grid_actual_0_0"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions.asked == []


def test_the_grid_is_offered_only_for_a_team_goal_with_agents(qtbot, window, tmp_path):
    path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
    open_plan(qtbot, window, path)
    window.show()
    own = next(g for g in window.store.list_goals() if g.title == "A goal of one's own")
    window.select_goal(own.id)
    assert not window.team_grid.action.isEnabled()
    assert "split per person" in window.team_grid.action.toolTip()
    assert not window.detail.team_grid_button.isVisibleTo(window)
    window.select_goal(team.id)
    assert window.team_grid.action.isEnabled()
    button = window.detail.team_grid_button
    assert button.isVisibleTo(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.team_grid.dialog
    qtbot.addWidget(dialog)
    assert dialog.team.id == team.id
    dialog.reject()
    agent = agents_in(window.store, team)[0]
    window.select_goal(agent.id)  # an agent's goal opens its team's grid
    assert window.team_grid.team_of().id == team.id


@pytest.mark.parametrize("language", ["en_US", "ko_KR"])
def test_screenshot(qtbot, window, tmp_path, language, questions):
    """The grid as a team lead sees it, at 1280x800 (saved for a look, in /tmp/shots)."""
    from goalplanner.ui.language import install_translations, remove_translations

    install_translations(QApplication.instance(), QLocale(language))
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        path, team = plan_with(tmp_path, tickets_team(), PEOPLE)
        with Store.open(path) as store:
            agents = agents_in(store, team)
            earlier = TODAY.replace(day=1) - timedelta(days=1)
            store.add_checkins(
                [CheckIn(a.id, earlier, v) for a, v in zip(agents, [270, 240, 265, 250], strict=True)]
            )
        dialog = open_grid(qtbot, window, path, team)
        for row, value in enumerate([310, 290, 305]):
            qtbot.keyClicks(field(dialog, f"grid_actual_{row}_0"), str(value))
        dialog.resize(1280, 800)
        qtbot.waitUntil(lambda: dialog.width() == 1280)
        dialog.grab().save(f"/tmp/shots/ag-grid-{language[:2]}.png")
        questions.answers.append("discard")
        dialog.reject()
        window.plan_files.close()
        path, team = plan_with(tmp_path / "aht", aht_team(), PEOPLE)
        dialog = open_grid(qtbot, window, path, team)
        for row, (aht, contacts) in enumerate([(290, 410), (350, 380), (410, 120)]):
            qtbot.keyClicks(field(dialog, f"grid_actual_{row}_0"), str(aht))
            qtbot.keyClicks(field(dialog, f"grid_volume_{row}_0"), str(contacts))
        dialog.resize(1280, 800)
        qtbot.waitUntil(lambda: dialog.width() == 1280)
        dialog.grab().save(f"/tmp/shots/ag-grid-aht-{language[:2]}.png")
        questions.answers.append("discard")
        dialog.reject()
    finally:
        QLocale.setDefault(before)
        remove_translations(QApplication.instance())
