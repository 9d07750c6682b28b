"""The goal list and the due list after a change, as a person sees them: a check-in changes its goal's
row and the rows above it, and nothing else (the selection and the scroll position stay); a search
keeps the matching goals with the goals they sit under; a goal recorded leaves the due list."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex

from goalplanner.core.hierarchy import ancestors
from goalplanner.ui.due_panel import GOAL_ID_ROLE
from goalplanner.ui.goal_tree import ROW_ID_ROLE


def shown_rows(proxy, parent: QModelIndex | None = None) -> list[tuple[int, int | None]]:
    """Every row the list shows, depth first: (row id, the id of the row it sits under)."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        rows.append((index.data(ROW_ID_ROLE), parent.data(ROW_ID_ROLE) if parent.isValid() else None))
        rows.extend(shown_rows(proxy, index))
    return rows


def signals(model, *names: str) -> list[str]:
    seen: list[str] = []
    for name in names:
        getattr(model, name).connect(lambda *_args, name=name: seen.append(name))
    return seen


def a_goal_with_parents(store):
    goals = store.list_goals()
    above = {goal.id: len(ancestors(goals, [goal.id])) for goal in goals}
    return max(goals, key=lambda goal: above[goal.id]), ancestors(goals, [max(above, key=above.get)])


def test_a_check_in_changes_its_goals_row_and_the_rows_above_it_and_keeps_the_selection(sample_window):
    window = sample_window
    pane = window.goal_list
    goal, above = a_goal_with_parents(window.store)
    pane.select_goal(goal.id)
    scrolled = pane.tree.verticalScrollBar().value()
    changed: list[int] = []
    pane.model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.data(ROW_ID_ROLE)))
    resets = signals(pane.model, "modelReset", "layoutChanged", "rowsRemoved", "rowsInserted")
    proxy_resets = signals(pane.proxy, "modelReset", "layoutChanged")
    before = shown_rows(pane.proxy)

    window.store.add_checkin(goal.id, date.today(), goal.target)
    window.session.notify({goal.id})

    assert set(changed) == {goal.id, *above} and len(changed) == len(set(changed))
    assert resets == [] and proxy_resets == []
    assert pane.current_row_id() == goal.id
    assert pane.tree.verticalScrollBar().value() == scrolled
    assert shown_rows(pane.proxy) == before
    shown = pane.model.index_of(goal.id).siblingAtColumn(5).data()  # the latest value, as the detail has it
    assert shown and pane.model.state_for(goal.id).latest.actual == goal.target


def test_a_search_keeps_the_matching_goals_with_the_goals_they_sit_under(sample_window):
    window = sample_window
    pane = window.goal_list
    goals = window.store.list_goals()
    leaf = next(g for g in goals if g.parent_id is not None and not any(c.parent_id == g.id for c in goals))
    word = leaf.title.split()[-1]
    pane.search_edit.setText(word.upper())  # a search ignores case

    def matches(goal):
        text = " ".join((goal.title, goal.owner, goal.team, goal.scope, goal.why)).casefold()
        return word.casefold() in text

    matching = {g.id for g in goals if matches(g)}
    expected = matching | ancestors(goals, matching)
    rows = shown_rows(pane.proxy)
    assert {row_id for row_id, _parent in rows} == expected
    assert all(parent is None or parent in expected for _row_id, parent in rows)
    order = [g.id for g in goals]  # the plan's order among goals under the same parent
    for parent in {parent for _row, parent in rows}:
        under = [row for row, p in rows if p == parent]
        assert under == sorted(under, key=order.index)

    pane.search_edit.setText("")
    assert {row_id for row_id, _parent in shown_rows(pane.proxy)} == {g.id for g in goals if not g.closed}


def test_a_goal_renamed_to_match_the_search_shows_up_with_its_parents_and_leaves_again(sample_window):
    window = sample_window
    pane = window.goal_list
    goal, above = a_goal_with_parents(window.store)
    pane.search_edit.setText("zebra crossing")
    assert shown_rows(pane.proxy) == []

    window.store.save_goal(replace(goal, title="Zebra crossing wait time"))
    window.session.notify({goal.id})
    assert {row_id for row_id, _parent in shown_rows(pane.proxy)} == {goal.id, *above}

    window.store.save_goal(goal)
    window.session.notify({goal.id})
    assert shown_rows(pane.proxy) == []


def test_a_due_goal_recorded_leaves_the_due_list_and_the_other_rows_stay(sample_window):
    window = sample_window
    due = window.goal_list.due_panel.model
    ids = [due.index(row).data(GOAL_ID_ROLE) for row in range(due.rowCount())]
    assert ids
    recorded = ids[-1]
    window.goal_list.due_panel.view.setCurrentIndex(due.index(0))
    resets = signals(due, "modelReset", "layoutChanged")

    goal = window.store.get_goal(recorded)
    window.store.add_checkin(recorded, date.today(), goal.target)
    window.session.notify({recorded})

    assert [due.index(row).data(GOAL_ID_ROLE) for row in range(due.rowCount())] == [
        goal_id for goal_id in ids if goal_id != recorded
    ]
    assert resets == []
    if len(ids) > 1:
        assert window.goal_list.due_panel.view.currentIndex().data(GOAL_ID_ROLE) == ids[0]  # still chosen


def test_the_due_list_after_changes_is_the_list_a_fresh_look_at_the_plan_gives(sample_window):
    window = sample_window
    panel = window.goal_list.due_panel
    due = panel.model
    for goal_id in [due.index(row).data(GOAL_ID_ROLE) for row in range(due.rowCount())][:3]:
        goal = window.store.get_goal(goal_id)
        window.store.add_checkin(goal_id, date.today(), goal.baseline)
        window.session.notify({goal_id})
    kept = [(goal.id, when) for goal, when in due.rows]
    heading = panel.heading.text()
    panel.set_goals([state.evaluation for state in window.session.states()], due.today)
    assert [(goal.id, when) for goal, when in due.rows] == kept
    assert panel.heading.text() == heading


def test_every_filter_shows_the_matching_goals_with_the_goals_they_sit_under(sample_window):
    window = sample_window
    pane = window.goal_list
    goals = window.store.list_goals()
    closed = next(g for g in goals if g.parent_id is not None)
    window.store.save_goal(replace(closed, state="dropped"))
    window.session.notify({closed.id})
    goals = window.store.list_goals()
    some = goals[-1]
    choices = [
        {},
        {"owner": some.owner},
        {"kpi": some.kpi},
        {"state": "dropped"},
        {"state": "*"},
        {"state": "active", "text": "a"},
        {"text": closed.title[:6]},
        {"owner": some.owner, "text": "zzz no such goal"},
    ]
    for choice in choices:
        pane.proxy.set_filter(**choice)

        def matches(goal, choice=choice):
            text = choice.get("text", "").casefold()
            state = choice.get("state", "")
            haystack = " ".join((goal.title, goal.owner, goal.team, goal.scope, goal.why)).casefold()
            return (
                choice.get("owner", goal.owner) == goal.owner
                and choice.get("kpi", goal.kpi) == goal.kpi
                and (state in ("", "*") or goal.state == state)
                and (state or text or not goal.closed)
                and text in haystack
            )

        matching = {g.id for g in goals if matches(g)}
        assert {row for row, _parent in shown_rows(pane.proxy)} == matching | ancestors(goals, matching), (
            choice
        )


def test_the_list_places_goals_under_their_parents_as_the_walk_of_the_hierarchy_does():
    import random

    from goalplanner.core.hierarchy import walk
    from goalplanner.core.model import Goal
    from goalplanner.ui.goal_tree import _places

    rng = random.Random(24)
    for _plan in range(500):
        ids = rng.sample(range(1, 30), rng.randint(0, 12))
        goals = [
            Goal(
                id=i,
                title="g",
                start=date(2026, 1, 1),
                parent_id=rng.choice([None, rng.randint(1, 30), *ids]),
            )
            for i in ids
        ]  # some under a goal not in the plan, some in loops of parents
        walked: dict[int | None, list[int]] = {}
        for goal, _depth, parent in walk(goals):
            walked.setdefault(parent, []).append(goal.id)
        placed: dict[int | None, list[int]] = {}
        for goal_id, parent in _places(goals):
            placed.setdefault(parent, []).append(goal_id)
        assert placed == walked
