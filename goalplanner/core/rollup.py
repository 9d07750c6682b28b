"""How a goal's status takes its sub-goals and its guardrail into account: one set of rules for every surface.

``roll_up_plan`` gives each goal its :class:`~core.progress.RollUp`;
``guarded_statuses`` gives each goal its status beside its guardrail's. The goal list, the detail, the
CLI, the workbook and the PDF report render what these return and never work a roll-up out themselves.

**Guardrail pairs.** A speed, cost or volume goal (cut transfers 10 %) names its quality partner
(keep first-contact resolution) as its guardrail (``Goal.guardrail_id``). Wherever the goal's status is
shown, the guardrail's own status is shown beside it: "On track · guardrail off track". While the
guardrail is off track the goal never looks green: its status is *shown* (colour, symbol, sorting) and
*counted* in every roll-up as at risk, and in a weighted roll-up its share counts as at most the at-risk
line (75 %). There is no suffix when the goal itself is not active, when the guardrail is closed
(achieved, missed, dropped) or a draft, or missing, or the goal itself. The guardrail's *own* status
is used, never its guarded one, so two goals guarding each other show each other and never recurse.

**Worst wins** (the default rule): a goal's roll-up is the worst status among it and all its
sub-goals' roll-ups; the driver is the goal setting it (the goal itself on a tie).

**Weighted**: a goal whose ``rollup_rule`` is ``'weighted'`` is graded from the weighted mean of its
direct sub-goals' *shares*, with the same ``StatusThresholds`` as a check-in (a mean >= 90 % on track,
75-90 % at risk, below off track; every sub-goal achieved: achieved). A sub-goal's share is:

- its latest judged check-in's achievement (the share of the planned change made so far, as
  ``core.progress`` defines it), capped to 0-100 %: a sub-goal ahead of plan does not hide another
  behind it, and one worse than its baseline counts 0 %; a check-in judged before anything was due
  counts 100 % when on track and 0 % when off track;
- 100 % once the sub-goal's status is achieved, or it was closed as achieved; 0 % when closed as missed;
- at most 75 % while its guardrail is off track (see above);
- when it has no check-in but is itself weighted, its own weighted mean (a team under a department);
- otherwise none: a sub-goal with no check-in (or a draft or dropped one) leaves the mean and the other
  sub-goals' weights are rescaled to make up 100 % without it.

Weights are ``Goal.rollup_weight`` in per cent of the parent's roll-up. A sub-goal without a weight takes
an equal share (100 / number of sub-goals); all of them empty is equal shares. The weights are shown
as per cents summing to 100 % (``shown_weights``). With no sub-goal to weigh, the roll-up is the goal's
own status. The **driver** of a weighted roll-up is the sub-goal with the largest weighted shortfall,
weight x (100 % - share); none falls short: the goal itself. The reason a surface shows names an
agent's goal (``Goal.person``) by person and metric, "driven by: Ana's average handle time", and any
other goal by its title, "driven by: Cut transfers 10 %" (``rollup_reason``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Phrase, Share, Term, Wording
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.progress import (
    ACHIEVED,
    AT_RISK,
    DEFAULT_STATUS_THRESHOLDS,
    LABELS,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    SEVERITY_ORDER,
    Evaluation,
    RollUp,
    StatusThresholds,
    _grade,
)
from goalplanner.core.smart import GUARDRAILS

WORST, WEIGHTED = "worst", "weighted"

GUARDRAIL_LABELS = {
    ON_TRACK: QT_TRANSLATE_NOOP("Status", "guardrail on track"),
    AT_RISK: QT_TRANSLATE_NOOP("Status", "guardrail at risk"),
    OFF_TRACK: QT_TRANSLATE_NOOP("Status", "guardrail off track"),
    ACHIEVED: QT_TRANSLATE_NOOP("Status", "guardrail achieved"),
    NO_DATA: QT_TRANSLATE_NOOP("Status", "guardrail has no check-in yet"),
}
RULE_LABELS = {
    WORST: QT_TRANSLATE_NOOP("Status", "worst wins"),
    WEIGHTED: QT_TRANSLATE_NOOP("Status", "weighted"),
}
WEIGHTED_MEAN = QT_TRANSLATE_NOOP("Status", "weighted mean {share}")
DRIVEN_BY_PERSON = QT_TRANSLATE_NOOP("Status", "driven by: {who}'s {what}")
DRIVEN_BY_GOAL = QT_TRANSLATE_NOOP("Status", "driven by: {what}")
SEPARATOR = " · "


@dataclass(frozen=True)
class Guarded:
    """A goal's own status beside its guardrail's; ``guardrail_code`` None: nothing shown beside it."""

    code: str
    guardrail_id: int | None = None
    guardrail_code: str | None = None

    @property
    def shown_code(self) -> str:
        """The status a surface colours and a roll-up counts: never green while the guardrail is off track."""
        if self.guardrail_code == OFF_TRACK and self.code in (ON_TRACK, ACHIEVED):
            return AT_RISK
        return self.code

    @property
    def capped(self) -> bool:
        """Whether the guardrail holds the goal back from green."""
        return self.shown_code != self.code


def guarded_statuses(evaluations: Mapping[int, Evaluation]) -> dict[int, Guarded]:
    """Each goal's status with its guardrail's (see the module's docstring)."""
    return {goal_id: _guarded(goal_id, evaluations) for goal_id in evaluations}


def _guarded(goal_id: int, evaluations: Mapping[int, Evaluation]) -> Guarded:
    evaluation = evaluations[goal_id]
    goal = evaluation.goal
    guard = evaluations.get(goal.guardrail_id) if goal.guardrail_id not in (None, goal_id) else None
    shown = guard is not None and goal.state == "active" and guard.goal.state == "active"
    return Guarded(
        evaluation.status.code,
        goal.guardrail_id if shown else None,
        guard.status.code if shown else None,
    )


def beside_guardrail(code: str, guarded: Guarded | None) -> Guarded:
    """A status judged apart from the goal list (a check-in typed in the weekly review, a value in an
    import's preview) beside the goal's guardrail as the goal list shows it (``guarded``, from
    ``guarded_statuses``): such a row is never plain "On track" beside an off-track guardrail."""
    if guarded is None:
        return Guarded(code)
    return Guarded(code, guarded.guardrail_id, guarded.guardrail_code)


def guardrail_partners(goal: Goal, goals: Sequence[Goal]) -> list[Goal]:
    """Goals of the plan that may guard ``goal``: every other goal not closed (and its present guardrail),
    the wizard's suggested
    quality partners (first contact resolution, CSAT: ``core.smart.GUARDRAILS``) first."""
    others = [
        other
        for other in goals
        if other.id is not None
        and other.id != goal.id
        and (not other.closed or other.id == goal.guardrail_id)
    ]
    return sorted(others, key=lambda other: other.kpi not in GUARDRAILS)  # stable: the plan's order kept


def guarded_label(guarded: Guarded, words: Wording = ENGLISH) -> str:
    """The status as every surface writes it, without a symbol: "On track · guardrail off track"."""
    text = words.translate("Status", LABELS[guarded.code])
    if guarded.guardrail_code is None:
        return text
    return text + SEPARATOR + words.translate("Status", GUARDRAIL_LABELS[guarded.guardrail_code])


def shown_weights(children: Sequence[Goal]) -> dict[int, float]:
    """The direct sub-goals' weights as per cents summing to 100 (a missing weight: an equal share)."""
    if not children:
        return {}
    equal = 100.0 / len(children)
    raw = {child.id: child.rollup_weight if child.rollup_weight is not None else equal for child in children}
    total = sum(raw.values())
    if total <= 0:
        return dict.fromkeys(raw, equal)
    return {goal_id: 100.0 * weight / total for goal_id, weight in raw.items()}


def child_share(
    evaluation: Evaluation, guarded: Guarded | None, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS
) -> float | None:
    """A sub-goal's share in its parent's weighted roll-up, 0-1; None: it leaves the mean."""
    goal, status = evaluation.goal, evaluation.status
    if goal.state == "achieved":
        return 1.0
    if goal.state == "missed":
        return 0.0
    if goal.state != "active" or status.code == NO_DATA:
        return None
    if status.code == ACHIEVED:
        share = 1.0
    elif status.achievement is None:  # judged before anything was due
        share = {ON_TRACK: 1.0, AT_RISK: thresholds.at_risk}.get(status.code, 0.0)
    else:
        share = min(max(status.achievement, 0.0), 1.0)
    if guarded is not None and guarded.capped:
        share = min(share, thresholds.at_risk)
    return share


def roll_up_plan(
    evaluations: Mapping[int, Evaluation], thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS
) -> dict[int, RollUp]:
    """Each goal's roll-up with its sub-goals, by its rule, for a whole plan; loop-safe."""
    return RolledPlan(evaluations, thresholds).rollups


class RolledPlan:
    """A plan's roll-ups (``rollups``) and guarded statuses (``guarded``), kept so that a change to a few
    goals (a check-in, an edit that leaves them under the same parents) rolls up again only those goals,
    the goals they guard and the goals above them: one check-in in a plan of 10,000 goals costs a
    handful of goals' work, and gives what rolling up the whole plan would (the same rules, here)."""

    def __init__(
        self, evaluations: Mapping[int, Evaluation], thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS
    ) -> None:
        self.thresholds = thresholds
        self._start(evaluations)

    def _start(self, evaluations: Mapping[int, Evaluation]) -> None:
        from goalplanner.core.hierarchy import walk

        self.evaluations = dict(evaluations)
        placed = list(walk(e.goal for e in self.evaluations.values()))
        self._parent = {goal.id: parent_id for goal, _depth, parent_id in placed}  # as the walk shows it
        self._depth = {goal.id: depth for goal, depth, _parent_id in placed}
        self._children: dict[int, list[int]] = {}  # in the plan's order
        for goal, _depth, parent_id in placed:
            if parent_id is not None:
                self._children.setdefault(parent_id, []).append(goal.id)
        self._guards: dict[int, set[int]] = {}  # by a guardrail's id: the goals it guards
        for goal_id, evaluation in self.evaluations.items():
            self._guards.setdefault(evaluation.goal.guardrail_id, set()).add(goal_id)
        self.guarded = guarded_statuses(self.evaluations)
        self.rollups: dict[int, RollUp] = {}
        for goal, _depth, _parent_id in reversed(placed):  # sub-goals first: each parent sees their roll-up
            self.rollups[goal.id] = self._roll_up(goal.id)

    def reached(self, goal_ids: Iterable[int]) -> set[int]:
        """The goals whose guarded status or roll-up follows from ``goal_ids``: themselves, the goals
        they guard, and every goal above any of these."""
        found = {goal_id for goal_id in goal_ids if goal_id in self.evaluations}
        found |= {guarded for goal_id in list(found) for guarded in self._guards.get(goal_id, ())}
        for goal_id in list(found):
            parent = self._parent.get(goal_id)
            while parent is not None and parent not in found:
                found.add(parent)
                parent = self._parent.get(parent)
        return found

    def change(self, evaluations: Mapping[int, Evaluation]) -> set[int]:
        """Goals judged again (``evaluations``, by id): roll up what follows from them; the goals whose
        ``guarded`` or ``rollup`` was worked out again. A goal new to the plan or under another parent
        rolls the whole plan up again (every goal is returned)."""
        for goal_id, evaluation in evaluations.items():
            before = self.evaluations.get(goal_id)
            if before is None or before.goal.parent_id != evaluation.goal.parent_id:
                self._start({**self.evaluations, **evaluations})
                return set(self.evaluations)
        for goal_id, evaluation in evaluations.items():
            self._guards.get(self.evaluations[goal_id].goal.guardrail_id, set()).discard(goal_id)
            self._guards.setdefault(evaluation.goal.guardrail_id, set()).add(goal_id)
            self.evaluations[goal_id] = evaluation
        judged = set(evaluations)
        judged |= {guarded for goal_id in evaluations for guarded in self._guards.get(goal_id, ())}
        for goal_id in judged:
            self.guarded[goal_id] = _guarded(goal_id, self.evaluations)
        reached = self.reached(evaluations)  # the goals judged again and every goal above them
        for goal_id in sorted(reached, key=self._depth.__getitem__, reverse=True):  # sub-goals first
            self.rollups[goal_id] = self._roll_up(goal_id)
        return reached

    def _roll_up(self, goal_id: int) -> RollUp:
        goal = self.evaluations[goal_id].goal
        # a dropped, missed, achieved or draft goal's own status no longer counts for its parents
        own = RollUp(self.guarded[goal_id].shown_code if goal.state == "active" else NO_DATA, goal_id)
        children = self._children.get(goal_id, [])
        if goal.rollup_rule == WEIGHTED:
            return _weighted(own, children, self.evaluations, self.guarded, self.rollups, self.thresholds)
        return _worst([own, *(self.rollups[child] for child in children)])


def _weighted(
    own: RollUp,
    children: list[int],
    evaluations: Mapping[int, Evaluation],
    guarded: Mapping[int, Guarded],
    rolled: Mapping[int, RollUp],
    thresholds: StatusThresholds,
) -> RollUp:
    weights = shown_weights([evaluations[child].goal for child in children])
    parts = []  # (sub-goal, weight, share, achieved)
    for child in children:
        share = child_share(evaluations[child], guarded[child], thresholds)
        if share is None and evaluations[child].goal.state == "active" and rolled[child].rule == WEIGHTED:
            share = rolled[child].share  # a weighted sub-goal without its own check-in: its own mean
        if share is not None and weights[child] > 0:
            done = evaluations[child].goal.state == "achieved" or guarded[child].shown_code == ACHIEVED
            parts.append((child, weights[child], share, done))
    if not parts:
        return RollUp(own.code, own.driver if own.code != NO_DATA else None, WEIGHTED, None)
    total = sum(weight for _child, weight, _share, _done in parts)
    mean = sum(weight * share for _child, weight, share, _done in parts) / total
    code = ACHIEVED if all(done for *_rest, done in parts) else _grade(mean, thresholds)
    shortfall, driver = max((weight * (1.0 - share), child) for child, weight, share, _done in parts)
    return RollUp(code, driver if shortfall > 1e-12 else own.driver, WEIGHTED, mean)


def _worst(candidates: Sequence[RollUp]) -> RollUp:
    for code in SEVERITY_ORDER:
        for candidate in candidates:  # the goal itself first: it drives a tie
            if candidate.code == code:
                return RollUp(candidate.code, candidate.driver)
    return RollUp(NO_DATA, None)


def rollup_reason(goal_id: int, rollup: RollUp, goals: Mapping[int, Goal], words: Wording = ENGLISH) -> str:
    """Why the roll-up is what it is: the rule, a weighted mean, and the sub-goal driving it, e.g.
    "weighted mean 82% · driven by: Ana's average handle time" (English unless ``words`` say otherwise)."""
    parts = [words.translate("Status", RULE_LABELS[rollup.rule])]
    if rollup.rule == WEIGHTED and rollup.share is not None:
        parts = [words.text("Status", WEIGHTED_MEAN, {"share": Share(rollup.share)})]
    driver = goals.get(rollup.driver) if rollup.driver is not None else None
    if driver is not None and rollup.driver != goal_id:
        parts.append(words.render(driven_by(driver)))
    return SEPARATOR.join(parts)


def driven_by(goal: Goal) -> Phrase:
    """An agent's goal by person and metric ("driven by: Ana's average handle time"), others by title."""
    kpi = get_kpi(goal.kpi)
    who = goal.person
    if who and kpi is None and goal.unit:
        # A custom metric's agent by person and unit ("Chen's tickets"): the agent's title repeats the
        # team's and ends with the name, which a narrow status line cuts off first.
        return Phrase("Status", DRIVEN_BY_PERSON, {"who": who, "what": goal.unit})
    if kpi is None or not who:
        return Phrase("Status", DRIVEN_BY_GOAL, {"what": goal.title or (kpi.name if kpi else "")})
    return Phrase(
        "Status", DRIVEN_BY_PERSON, {"who": who, "what": Term("Kpi", kpi.name, inside_sentence=True)}
    )
