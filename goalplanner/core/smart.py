"""Automatic SMART checks: what a goal still lacks, said so the manager can fix it.

``check(goal)`` returns findings; an "error" blocks saving from the wizard, a
"warning" asks for a second look, "info" is a suggestion. Every threshold lives
in ``Thresholds``; the rules follow shared/DOMAIN.md section 4.
Messages are English templates marked for translation; ``Finding.message`` fills them in.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, UNIT_WORDS, Share, Term, Wording, lower_first
from goalplanner.core.kpis import Kpi, get_kpi, metric_bounds
from goalplanner.core.model import CADENCE_DAYS, Goal
from goalplanner.core.staffing import staffing_for

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
SEVERITIES = ("error", "warning", "info")

# KPIs where pushing one number alone can hurt service: speed, cost and volume.
NEEDS_GUARDRAIL = frozenset({"aht", "asa", "wait_time", "frt", "art", "acw", "cpc", "call_volume"})
GUARDRAILS = ("fcr", "csat")

# Words that promise without measuring. Translators give their language's words as a comma-separated
# list (the UI adds them to the English ones: see vague_words); a title that has no number and one of
# these is flagged.
VAGUE_WORDS = QT_TRANSLATE_NOOP(
    "Smart",
    "improve, improving, better, enhance, optimise, optimize, boost, maximise, maximize, minimise, "
    "minimize, work on, focus on, try, strive, great, excellent",
)


def vague_words(translated: str = "") -> tuple[str, ...]:
    """The English vague words and those of a translated list, lower-case, without duplicates."""
    words = [w.strip().casefold() for w in f"{VAGUE_WORDS},{translated}".split(",") if w.strip()]
    return tuple(dict.fromkeys(words))


def _is_vague(title: str, words: tuple[str, ...]) -> bool:
    text = title.casefold()
    for word in words:
        if word.isascii():  # whole words only: "try" is not in "country"
            if re.search(rf"\b{re.escape(word)}\b", text):
                return True
        elif word in text:  # Chinese and Korean write no spaces, Romanian and Norwegian inflect: stems
            return True
    return False


@dataclass(frozen=True)
class Thresholds:
    """The limits the checks use; change them here, nowhere else."""

    large_change: float = 0.25  # relative change above which a target gets a second look
    unrealistic_change: float = 0.75  # relative change from which a target is likely unrealistic
    occupancy_low: float = 65.0  # % below which agents sit idle
    occupancy_high: float = 85.0  # % above which agents burn out
    checkins_per_horizon: int = 3  # at least this many check-ins before the deadline
    vague_words: tuple[str, ...] = vague_words()  # the UI adds the user's language's words


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Finding:
    """One thing a goal lacks or should reconsider."""

    criterion: str
    severity: str
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str = ""  # objectName of the wizard field the finding is about

    @property
    def message(self) -> str:
        """The English message, ready to show."""
        return self.text(ENGLISH)

    def text(self, wording: Wording) -> str:
        """The message in ``wording``'s language, numbers and dates."""
        return wording.text("Smart", self.template, self.params)


# How often check-ins happen, as the words fit "checking in {cadence}".
CADENCE_WORDS = {
    "weekly": QT_TRANSLATE_NOOP("Smart", "every week"),
    "biweekly": QT_TRANSLATE_NOOP("Smart", "every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("Smart", "every month"),
}
RESOURCE_WORDS = {
    "staff": QT_TRANSLATE_NOOP("Smart", "staff"),
    "budget": QT_TRANSLATE_NOOP("Smart", "budget"),
    "skills": QT_TRANSLATE_NOOP("Smart", "skills"),
}
BETTER_WORDS = {
    "increase": QT_TRANSLATE_NOOP("Smart", "higher"),
    "decrease": QT_TRANSLATE_NOOP("Smart", "lower"),
}


def _cadence(goal: Goal) -> Term | str:
    word = CADENCE_WORDS.get(goal.checkin_cadence)
    return Term("Smart", word) if word else goal.checkin_cadence


def check(goal: Goal, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[Finding]:
    """Every finding for ``goal``, in the order of the wizard's pages."""
    kpi = get_kpi(goal.kpi)
    findings: list[Finding] = []
    findings += _specific(goal, kpi, thresholds)
    findings += _measurable(goal, kpi, thresholds)
    findings += _achievable(goal, thresholds)
    findings += _relevant(goal)
    findings += _time_bound(goal, thresholds)
    return findings


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding blocks saving."""
    return any(f.severity == "error" for f in findings)


def _specific(goal: Goal, kpi: Kpi | None, limits: Thresholds) -> list[Finding]:
    found = []
    title = goal.title.strip()
    if not title:
        found.append(
            Finding(
                "specific",
                "error",
                "missing_title",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Say in one sentence what the team will achieve, e.g. “Cut average call wait time "
                    "by 50% within six weeks”.",
                ),
                field="title",
            )
        )
    elif not re.search(r"\d", title) and (kpi is None or _is_vague(title, limits.vague_words)):
        found.append(
            Finding(
                "specific",
                "warning",
                "vague_title",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "“{title}” does not say how much or of what. Name the number that will change and "
                    "by how much, e.g. “from 68% to 85% CSAT”.",
                ),
                {"title": title},
                field="title",
            )
        )
    if not (goal.scope.strip() or goal.team.strip()):
        found.append(
            Finding(
                "specific",
                "error",
                "missing_scope",
                QT_TRANSLATE_NOOP("Smart", "Say which team, queue or channel the goal covers."),
                field="scope",
            )
        )
    if not goal.owner.strip():
        found.append(
            Finding(
                "specific",
                "warning",
                "missing_owner",
                QT_TRANSLATE_NOOP(
                    "Smart", "Name one owner who champions the goal; a goal everyone owns, nobody drives."
                ),
                field="owner",
            )
        )
    return found


def _measurable(goal: Goal, kpi: Kpi | None, limits: Thresholds) -> list[Finding]:
    found = []
    if kpi is None and not goal.unit.strip():
        found.append(
            Finding(
                "measurable",
                "error",
                "missing_metric",
                QT_TRANSLATE_NOOP(
                    "Smart", "Choose a metric from the catalogue, or give a custom metric its unit."
                ),
                field="kpi",
            )
        )
    if goal.baseline is None:
        found.append(
            Finding(
                "measurable",
                "error",
                "missing_baseline",
                QT_TRANSLATE_NOOP(
                    "Smart", "Record where you are now (the baseline) before setting a target."
                ),
                field="baseline",
            )
        )
    elif goal.baseline_date is None:
        found.append(
            Finding(
                "measurable",
                "warning",
                "missing_baseline_date",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Say when the baseline was measured, so progress is compared with the right period.",
                ),
                field="baseline_date",
            )
        )
    if goal.direction == "range":
        return found + _range(goal, kpi, limits)
    if goal.target is None:
        found.append(
            Finding(
                "measurable",
                "error",
                "missing_target",
                QT_TRANSLATE_NOOP("Smart", "Set the value the metric should reach."),
                field="target",
            )
        )
        return found
    found += _bounds(goal, ("target", "stretch_target", "baseline"))
    if kpi is not None and kpi.direction in ("increase", "decrease") and goal.direction != kpi.direction:
        found.append(
            Finding(
                "measurable",
                "warning",
                "wrong_direction",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "For {metric}, {better} is better, but this goal aims the other way. Check the target.",
                ),
                {
                    "metric": Term("Kpi", kpi.name, inside_sentence=True),
                    "better": Term("Smart", BETTER_WORDS[kpi.direction]),
                },
                field="target",
            )
        )
    if goal.baseline is None:
        return found
    if goal.target == goal.baseline:
        found.append(
            Finding(
                "measurable",
                "error",
                "target_equals_baseline",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "The target equals the baseline: there is nothing to achieve. Set a different target.",
                ),
                field="target",
            )
        )
        return found
    improving = goal.target > goal.baseline if goal.direction == "increase" else goal.target < goal.baseline
    if not improving:
        found.append(
            Finding(
                "measurable",
                "warning",
                "target_already_met",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Today's value ({baseline}) already meets the target ({target}). Aim further, or "
                    "make this a goal to hold the level.",
                ),
                {"baseline": goal.baseline, "target": goal.target},
                field="target",
            )
        )
    if goal.stretch_target is not None and improving:
        beyond = (
            goal.stretch_target > goal.target
            if goal.direction == "increase"
            else goal.stretch_target < goal.target
        )
        if not beyond:
            found.append(
                Finding(
                    "measurable",
                    "warning",
                    "stretch_not_beyond_target",
                    QT_TRANSLATE_NOOP("Smart", "A stretch target should go further than the target."),
                    field="stretch_target",
                )
            )
    found += _size_of_change(goal, kpi, limits, improving)
    return found


def _bounds(goal: Goal, names: tuple[str, ...]) -> list[Finding]:
    """A finding for each of the goal's values ``names`` the metric cannot physically take."""
    low, high, metric = metric_bounds(goal)
    found = []
    for name in names:
        value = getattr(goal, name)
        if value is not None and not low <= value <= high:
            message = QT_TRANSLATE_NOOP(
                "Smart", "{value} {unit} is impossible for {metric}, which runs from {low} to {high}."
            )
            if math.isinf(high):  # counts and times: only a lower limit
                message = QT_TRANSLATE_NOOP(
                    "Smart", "{value} {unit} is impossible for {metric}, which cannot be below {low}."
                )
            params = {
                "value": value,
                "unit": Term("Unit", UNIT_WORDS[goal.unit]) if goal.unit in UNIT_WORDS else goal.unit,
                "metric": Term("Kpi", metric) if get_kpi(goal.kpi) else metric,
                "low": low,
                "high": high,
            }
            found.append(Finding("measurable", "error", "target_out_of_range", message, params, field=name))
    return found


def _size_of_change(goal: Goal, kpi: Kpi | None, limits: Thresholds, improving: bool) -> list[Finding]:
    if not improving or goal.baseline == 0:
        return []
    change = abs(goal.target - goal.baseline) / abs(goal.baseline)
    non_negative = kpi.min >= 0 if kpi is not None else goal.baseline > 0
    params = {"change": Share(change)}
    if goal.direction == "decrease" and non_negative and goal.target <= 0 < goal.baseline:
        return [
            Finding(
                "achievable",
                "error",
                "unrealistic_change",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "A 100% cut cannot be reached for a metric that never goes below zero. Choose a "
                    "target above zero.",
                ),
                params,
                field="target",
            )
        ]
    if change >= limits.unrealistic_change:
        return [
            Finding(
                "achievable",
                "warning",
                "unrealistic_change",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "A {change} change is likely unrealistic: asks of 75% or more demoralise teams. "
                    "Split it into stages, or make it the stretch target.",
                ),
                params,
                field="target",
            )
        ]
    if change > limits.large_change:
        return [
            Finding(
                "achievable",
                "warning",
                "large_change",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "A {change} change is large. Where does the number come from? Check it against "
                    "the team's history or a benchmark.",
                ),
                params,
                field="target",
            )
        ]
    return []


def _range(goal: Goal, kpi: Kpi | None, limits: Thresholds) -> list[Finding]:
    low, high = goal.range_low, goal.range_high
    if low is None or high is None:
        return [
            Finding(
                "measurable",
                "error",
                "missing_range",
                QT_TRANSLATE_NOOP("Smart", "Give the band to stay within: a lower and an upper value."),
                field="range_low",
            )
        ]
    if low >= high:
        return [
            Finding(
                "measurable",
                "error",
                "range_inverted",
                QT_TRANSLATE_NOOP("Smart", "The lower end of the band must be below the upper end."),
                field="range_low",
            )
        ]
    found = _bounds(goal, ("range_low", "range_high", "baseline"))
    if goal.kpi == "occupancy" and (low < limits.occupancy_low or high > limits.occupancy_high):
        found.append(_occupancy_finding(limits, "range_low"))
    if goal.baseline is not None and low <= goal.baseline <= high:
        found.append(
            Finding(
                "measurable",
                "info",
                "target_already_met",
                QT_TRANSLATE_NOOP(
                    "Smart", "Today's value is already inside the band: this goal is about holding it there."
                ),
                field="range_low",
            )
        )
    return found


def _occupancy_finding(limits: Thresholds, field_name: str) -> Finding:
    return Finding(
        "achievable",
        "warning",
        "occupancy_outside_band",
        QT_TRANSLATE_NOOP(
            "Smart",
            "Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.",
        ),
        {"low": limits.occupancy_low, "high": limits.occupancy_high},
        field=field_name,
    )


def _achievable(goal: Goal, limits: Thresholds) -> list[Finding]:
    found = []
    occupancy_target = goal.kpi == "occupancy" and goal.direction != "range" and goal.target is not None
    if occupancy_target and not limits.occupancy_low <= goal.target <= limits.occupancy_high:
        found.append(_occupancy_finding(limits, "target"))
    res = goal.resources
    for name, word in RESOURCE_WORDS.items():
        answer = getattr(res, name)
        if answer.available is False and not answer.plan.strip():
            found.append(
                Finding(
                    "achievable",
                    "warning",
                    "resource_gap_without_plan",
                    QT_TRANSLATE_NOOP(
                        "Smart", "You answered “no” for {resource}: say how the team will get it."
                    ),
                    {"resource": Term("Smart", word)},
                    field=f"{name}_plan",
                )
            )
    if res.staffing is not None and res.headcount is not None:
        inputs = res.staffing
        try:
            need = staffing_for(inputs)
        except ValueError:
            need = None
        available = res.headcount * (1 - inputs.shrinkage)
        if need is not None and need.agents > available + 1e-9:
            found.append(
                Finding(
                    "achievable",
                    "warning",
                    "understaffed",
                    QT_TRANSLATE_NOOP(
                        "Smart",
                        "The queue needs {agents} agents on the phones ({scheduled} on the rota); "
                        "{headcount} people give about {available} after shrinkage.",
                    ),
                    {
                        "agents": need.agents,
                        "scheduled": need.scheduled,
                        "headcount": res.headcount,
                        "available": round(available, 1),
                    },
                    field="headcount",
                )
            )
    return found


def _relevant(goal: Goal) -> list[Finding]:
    found = []
    if goal.parent_id is None and not goal.strategy.strip():
        found.append(
            Finding(
                "relevant",
                "warning",
                "no_relevance",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Link the goal to a parent goal or to the company strategy, so the team sees what "
                    "it serves.",
                ),
                field="parent",
            )
        )
    if not goal.why.strip():
        found.append(
            Finding(
                "relevant",
                "warning",
                "missing_why",
                QT_TRANSLATE_NOOP("Smart", "Say why it matters to customers and to the team."),
                field="why",
            )
        )
    if goal.kpi in NEEDS_GUARDRAIL:
        found.append(
            Finding(
                "relevant",
                "info",
                "guardrail_suggested",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Pushing speed, cost or volume alone can hurt service. Consider a companion goal on "
                    "first contact resolution or CSAT.",
                ),
                field="why",
            )
        )
    return found


def _time_bound(goal: Goal, limits: Thresholds) -> list[Finding]:
    if goal.deadline is None:
        return [
            Finding(
                "time_bound",
                "error",
                "missing_deadline",
                QT_TRANSLATE_NOOP("Smart", "Set a deadline."),
                field="deadline",
            )
        ]
    if goal.deadline <= goal.start:
        return [
            Finding(
                "time_bound",
                "error",
                "deadline_before_start",
                QT_TRANSLATE_NOOP("Smart", "The deadline must come after the start."),
                field="deadline",
            )
        ]
    checkins = goal.checkins_before_deadline()
    if checkins < 1:
        return [
            Finding(
                "time_bound",
                "error",
                "no_checkin_before_deadline",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Checking in {cadence} leaves no check-in before the deadline. Check in more often "
                    "or allow more time.",
                ),
                {"cadence": _cadence(goal)},
                field="checkin_cadence",
            )
        ]
    horizon = (goal.deadline - goal.start).days
    if CADENCE_DAYS[goal.checkin_cadence] > horizon / limits.checkins_per_horizon:
        return [
            Finding(
                "time_bound",
                "warning",
                "few_checkins",
                QT_TRANSLATE_NOOP(
                    "Smart",
                    "Too few check-ins before the deadline ({count}) to correct course. Check in more often.",
                ),
                {"count": checkins},
                field="checkin_cadence",
            )
        ]
    return []


def sentence(goal: Goal, wording: Wording = ENGLISH) -> str:
    """The goal as one SMART sentence in ``wording``'s language."""
    kpi = get_kpi(goal.kpi)
    unit = goal.unit if goal.unit not in ("%", "") else ""

    def value(number: float | None) -> str:
        if number is None:
            return "?"
        shown = wording.number(number)
        return f"{shown}%" if goal.unit == "%" else f"{shown} {wording.unit(unit)}".strip()

    if kpi is not None:
        metric: Term | str = Term("Kpi", kpi.name.strip(), inside_sentence=True)
    else:
        metric = lower_first(wording.unit(goal.unit.strip())) or "?"
    params = {
        "owner": goal.owner.strip() or "?",
        "metric": metric,
        "scope": (goal.scope or goal.team).strip() or "?",
        "baseline": value(goal.baseline),
        "target": value(goal.target),
        "stretch": value(goal.stretch_target),
        "low": value(goal.range_low),
        "high": value(goal.range_high),
        "start": goal.start,
        "deadline": goal.deadline or "?",
        "cadence": _cadence(goal),
        "why": lower_first(goal.why.strip().rstrip(".\u3002\uff0e")) or "?",  # the sentence ends it
    }
    if goal.direction == "range":
        template = QT_TRANSLATE_NOOP(
            "Smart",
            "{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} "
            "to {deadline}, checking in {cadence}, because {why}.",
        )
    elif goal.direction == "decrease":
        template = QT_TRANSLATE_NOOP(
            "Smart",
            "{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting "
            "{start}, checking in {cadence}), because {why}.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Smart",
            "{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting "
            "{start}, checking in {cadence}), because {why}.",
        )
    return wording.text("Smart", template, params)
