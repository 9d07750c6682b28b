"""The charts colour a goal held back by its guardrail as the goal list does: at risk, never green."""

from __future__ import annotations

from datetime import date

from matplotlib.colors import to_hex

from goalplanner.charts.figures import portfolio_chart, rollup_chart
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import evaluate
from goalplanner.core.rollup import guarded_statuses, roll_up_plan
from goalplanner.store import Store
from tests.rollup_plan import GUARDED, TEAM, write_rollup_plan


def judged(tmp_path):
    ids = write_rollup_plan(tmp_path / "team.goalplan")
    with Store.open(tmp_path / "team.goalplan", create=False, daily_backup=False) as store:
        evaluations = {
            goal.id: evaluate(goal, store.subtargets(goal.id), store.checkins(goal.id), date.today())
            for goal in store.list_goals()
        }
        plans = {goal_id: store.subtargets(goal_id) for goal_id in evaluations}
    return ids, evaluations, plans


def test_the_portfolio_colours_a_guarded_goal_at_risk(tmp_path):
    ids, evaluations, _plans = judged(tmp_path)
    shown = {i: g.shown_code for i, g in guarded_statuses(evaluations).items()}
    figure = portfolio_chart(list(evaluations.values()), shown_codes=shown)
    bars = {p.get_gid(): p for p in figure.axes[0].patches if p.get_gid()}
    colour = to_hex(bars[f"goal:{ids[GUARDED]}"].get_facecolor())
    assert colour == STATUS_LOOKS["at_risk"].colour.lower()


def test_the_sub_goals_chart_says_the_rule_and_its_reason(tmp_path):
    ids, evaluations, plans = judged(tmp_path)
    rollup = roll_up_plan(evaluations)[ids[TEAM]]
    children = [(e, plans[i]) for i, e in evaluations.items() if e.goal.parent_id == ids[TEAM]]
    goals = {i: e.goal for i, e in evaluations.items()}
    figure = rollup_chart(goals[ids[TEAM]], children, together=rollup.code, rollup=rollup, goals=goals)
    texts = " ".join(text.get_text() for text in figure.texts)
    assert "weighted mean 87% · driven by: Chen's average handle time" in texts.replace("\n", " ")
