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

from goalplanner.core.i18n import (
    ENGLISH,
    QT_TRANSLATE_NOOP,
    UNIT_WORDS,
    Share,
    Term,
    Wording,
    joined_reason,
    lower_first,
)
from goalplanner.core.kpis import Kpi, get_kpi, is_milestone, metric_bounds
from goalplanner.core.model import CADENCE_DAYS, Goal
from goalplanner.core.staffing_weeks import peak_staffing

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
    occupancy_low: float = 75.0  # the healthy band's lower edge (the articles' 75-85 %): below, time idles
    occupancy_high: float = 85.0  # its upper edge: above it agents burn out
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


@dataclass(frozen=True)
class Rule:
    """One SMART check's finding: the criterion, how serious, its code, the field to fix, the message."""

    criterion: str
    severity: str
    code: str
    field: str
    template: str

    def finding(self, field: str = "", **params: Any) -> Finding:
        """The finding, its template filled with ``params``; about ``field`` when not the rule's own."""
        return Finding(self.criterion, self.severity, self.code, self.template, params, field or self.field)


# -- the rules, in the order the findings are reported (the wizard's pages) -------------------------

MISSING_TITLE = Rule("specific", "error", "missing_title", "title", QT_TRANSLATE_NOOP(
    "Smart",
    "Say in one sentence what the team will achieve, e.g. “Cut average call wait time "
    "by 50% within six weeks”.",
))  # fmt: skip
VAGUE_TITLE = Rule("specific", "warning", "vague_title", "title", QT_TRANSLATE_NOOP(
    "Smart",
    "“{title}” does not say how much or of what. Name the number that will change and "
    "by how much, e.g. “from 68% to 85% CSAT”.",
))  # fmt: skip
MISSING_SCOPE = Rule("specific", "error", "missing_scope", "scope", QT_TRANSLATE_NOOP(
    "Smart", "Say which team, queue or channel the goal covers."
))  # fmt: skip
MISSING_OWNER = Rule("specific", "warning", "missing_owner", "owner", QT_TRANSLATE_NOOP(
    "Smart", "Name one owner who champions the goal; a goal everyone owns, nobody drives."
))  # fmt: skip

MISSING_METRIC = Rule("measurable", "error", "missing_metric", "kpi", QT_TRANSLATE_NOOP(
    "Smart", "Choose a metric from the catalogue, or give a custom metric its unit."
))  # fmt: skip
MISSING_BASELINE = Rule("measurable", "error", "missing_baseline", "baseline", QT_TRANSLATE_NOOP(
    "Smart", "Record where you are now (the baseline) before setting a target."
))  # fmt: skip
MISSING_BASELINE_DATE = Rule("measurable", "warning", "missing_baseline_date", "baseline_date",
                             QT_TRANSLATE_NOOP(
    "Smart",
    "Say when the baseline was measured, so progress is compared with the right period.",
))  # fmt: skip
MISSING_TARGET = Rule("measurable", "error", "missing_target", "target", QT_TRANSLATE_NOOP(
    "Smart", "Set the value the metric should reach."
))  # fmt: skip
OUT_OF_RANGE = Rule("measurable", "error", "target_out_of_range", "target", QT_TRANSLATE_NOOP(
    "Smart", "{value} {unit} is impossible for {metric}, which runs from {low} to {high}."
))  # fmt: skip
BELOW_MINIMUM = Rule("measurable", "error", "target_out_of_range", "target", QT_TRANSLATE_NOOP(
    "Smart", "{value} {unit} is impossible for {metric}, which cannot be below {low}."
))  # fmt: skip
WRONG_DIRECTION = Rule("measurable", "warning", "wrong_direction", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "For {metric}, {better} is better, but this goal aims the other way. Check the target.",
))  # fmt: skip
TARGET_EQUALS_BASELINE = Rule("measurable", "error", "target_equals_baseline", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "The target equals the baseline: there is nothing to achieve. Set a different target.",
))  # fmt: skip
ALREADY_MET = Rule("measurable", "warning", "target_already_met", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "Today's value ({baseline}) already meets the target ({target}). Aim further, or "
    "make this a goal to hold the level.",
))  # fmt: skip
STRETCH_NOT_BEYOND = Rule("measurable", "warning", "stretch_not_beyond_target", "stretch_target",
                          QT_TRANSLATE_NOOP(
    "Smart", "A stretch target should go further than the target."
))  # fmt: skip
IMPOSSIBLE_CUT = Rule("achievable", "error", "unrealistic_change", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "A 100% cut cannot be reached for a metric that never goes below zero. Choose a "
    "target above zero.",
))  # fmt: skip
UNREALISTIC_CHANGE = Rule("achievable", "warning", "unrealistic_change", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "A {change} change is likely unrealistic: asks of 75% or more demoralise teams. "
    "Split it into stages, or make it the stretch target.",
))  # fmt: skip
LARGE_CHANGE = Rule("achievable", "warning", "large_change", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "A {change} change is large. Where does the number come from? Check it against "
    "the team's history or a benchmark.",
))  # fmt: skip
MISSING_RANGE = Rule("measurable", "error", "missing_range", "range_low", QT_TRANSLATE_NOOP(
    "Smart", "Give the band to stay within: a lower and an upper value."
))  # fmt: skip
RANGE_INVERTED = Rule("measurable", "error", "range_inverted", "range_low", QT_TRANSLATE_NOOP(
    "Smart", "The lower end of the band must be below the upper end."
))  # fmt: skip
INSIDE_BAND = Rule("measurable", "info", "target_already_met", "range_low", QT_TRANSLATE_NOOP(
    "Smart", "Today's value is already inside the band: this goal is about holding it there."
))  # fmt: skip

OCCUPANCY_OUTSIDE_BAND = Rule("achievable", "warning", "occupancy_outside_band", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.",
))  # fmt: skip
RESOURCE_GAP = Rule("achievable", "warning", "resource_gap_without_plan", "", QT_TRANSLATE_NOOP(
    "Smart", "You answered “no” for {resource}: say how the team will get it."
))  # fmt: skip
RESOURCE_UNANSWERED = Rule("achievable", "warning", "resource_unanswered", "", QT_TRANSLATE_NOOP(
    "Smart",
    "Say whether the team has the {resource} it needs: a “no” is fine, it only asks how you will "
    "get it.",
))  # fmt: skip
UNDERSTAFFED = Rule("achievable", "warning", "understaffed", "headcount", QT_TRANSLATE_NOOP(
    "Smart",
    "The queue needs %n agent(s) on the phones ({scheduled} on the rota); "
    "a headcount of {headcount} gives about {available} after shrinkage.",
    None, 1,  # plural: see QT_TRANSLATE_NOOP
))  # fmt: skip

NO_RELEVANCE = Rule("relevant", "warning", "no_relevance", "parent", QT_TRANSLATE_NOOP(
    "Smart",
    "Link the goal to a parent goal or to the company strategy, so the team sees what "
    "it serves.",
))  # fmt: skip
MISSING_WHY = Rule("relevant", "warning", "missing_why", "why", QT_TRANSLATE_NOOP(
    "Smart", "Say why it matters to customers and to the team."
))  # fmt: skip
GUARDRAIL_SUGGESTED = Rule("relevant", "info", "guardrail_suggested", "why", QT_TRANSLATE_NOOP(
    "Smart",
    "Pushing speed, cost or volume alone can hurt service. Consider a companion goal on "
    "first contact resolution or CSAT.",
))  # fmt: skip

MISSING_DEADLINE = Rule("time_bound", "error", "missing_deadline", "deadline", QT_TRANSLATE_NOOP(
    "Smart", "Set a deadline."
))  # fmt: skip
DEADLINE_BEFORE_START = Rule("time_bound", "error", "deadline_before_start", "deadline", QT_TRANSLATE_NOOP(
    "Smart", "The deadline must come after the start."
))  # fmt: skip
NO_CHECKIN = Rule("time_bound", "error", "no_checkin_before_deadline", "checkin_cadence", QT_TRANSLATE_NOOP(
    "Smart",
    "Checking in {cadence} leaves no check-in before the deadline. Check in more often "
    "or allow more time.",
))  # fmt: skip
FEW_CHECKINS = Rule("time_bound", "warning", "few_checkins", "checkin_cadence", QT_TRANSLATE_NOOP(
    "Smart",
    "Too few check-ins before the deadline ({count}) to correct course. Check in more often.",
))  # fmt: skip


def check(goal: Goal, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[Finding]:
    """Every finding for ``goal``, in the order of the wizard's pages."""
    kpi = get_kpi(goal.kpi)
    findings: list[Finding] = []
    findings += _specific(goal, kpi, thresholds)
    findings += _measurable(goal, kpi, thresholds)
    findings += _achievable(goal, thresholds)
    findings += _unanswered_resources(goal)
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
        found.append(MISSING_TITLE.finding())
    elif not re.search(r"\d", title) and (kpi is None or _is_vague(title, limits.vague_words)):
        found.append(VAGUE_TITLE.finding(title=title))
    if not (goal.scope.strip() or goal.team.strip()):
        found.append(MISSING_SCOPE.finding())
    if not goal.owner.strip():
        found.append(MISSING_OWNER.finding())
    return found


def _measurable(goal: Goal, kpi: Kpi | None, limits: Thresholds) -> list[Finding]:
    found = []
    if kpi is None and not goal.unit.strip():
        found.append(MISSING_METRIC.finding())
    if goal.baseline is None:
        found.append(MISSING_BASELINE.finding())
    elif goal.baseline_date is None:
        found.append(MISSING_BASELINE_DATE.finding())
    if goal.direction == "range":
        return found + _range(goal, limits)
    if goal.target is None:
        return [*found, MISSING_TARGET.finding()]
    found += _bounds(goal, ("target", "stretch_target", "baseline"))
    if kpi is not None and kpi.direction in ("increase", "decrease") and goal.direction != kpi.direction:
        metric = Term("Kpi", kpi.name, inside_sentence=True)
        better = Term("Smart", BETTER_WORDS[kpi.direction])
        found.append(WRONG_DIRECTION.finding(metric=metric, better=better))
    if goal.baseline is None:
        return found
    if goal.target == goal.baseline:
        return [*found, TARGET_EQUALS_BASELINE.finding()]
    improving = goal.target > goal.baseline if goal.direction == "increase" else goal.target < goal.baseline
    if not improving:
        found.append(ALREADY_MET.finding(baseline=goal.baseline, target=goal.target))
    if goal.stretch_target is not None and improving:
        beyond = (
            goal.stretch_target > goal.target
            if goal.direction == "increase"
            else goal.stretch_target < goal.target
        )
        if not beyond:
            found.append(STRETCH_NOT_BEYOND.finding())
    found += _size_of_change(goal, kpi, limits, improving)
    return found


def _bounds(goal: Goal, names: tuple[str, ...]) -> list[Finding]:
    """A finding for each of the goal's values ``names`` the metric cannot physically take."""
    low, high, metric = metric_bounds(goal)
    rule = BELOW_MINIMUM if math.isinf(high) else OUT_OF_RANGE  # counts and times: only a lower limit
    params = {
        "unit": Term("Unit", UNIT_WORDS[goal.unit]) if goal.unit in UNIT_WORDS else goal.unit,
        "metric": Term("Kpi", metric) if get_kpi(goal.kpi) else metric,
        "low": low,
        "high": high,
    }
    found = []
    for name in names:
        value = getattr(goal, name)
        if value is not None and not low <= value <= high:
            found.append(rule.finding(name, value=value, **params))
    return found


def _size_of_change(goal: Goal, kpi: Kpi | None, limits: Thresholds, improving: bool) -> list[Finding]:
    if not improving or goal.baseline == 0:
        return []
    change = abs(goal.target - goal.baseline) / abs(goal.baseline)
    non_negative = kpi.min >= 0 if kpi is not None else goal.baseline > 0
    if goal.direction == "decrease" and non_negative and goal.target <= 0 < goal.baseline:
        return [IMPOSSIBLE_CUT.finding(change=Share(change))]
    if change >= limits.unrealistic_change:
        return [UNREALISTIC_CHANGE.finding(change=Share(change))]
    if change > limits.large_change:
        return [LARGE_CHANGE.finding(change=Share(change))]
    return []


def _range(goal: Goal, limits: Thresholds) -> list[Finding]:
    low, high = goal.range_low, goal.range_high
    if low is None or high is None:
        return [MISSING_RANGE.finding()]
    if low >= high:
        return [RANGE_INVERTED.finding()]
    found = _bounds(goal, ("range_low", "range_high", "baseline"))
    if goal.kpi == "occupancy" and (low < limits.occupancy_low or high > limits.occupancy_high):
        found.append(_occupancy_finding(limits, "range_low"))
    if goal.baseline is not None and low <= goal.baseline <= high:
        found.append(INSIDE_BAND.finding())
    return found


def _occupancy_finding(limits: Thresholds, field_name: str) -> Finding:
    return OCCUPANCY_OUTSIDE_BAND.finding(field_name, low=limits.occupancy_low, high=limits.occupancy_high)


def _achievable(goal: Goal, limits: Thresholds) -> list[Finding]:
    found = []
    occupancy_target = goal.kpi == "occupancy" and goal.direction != "range" and goal.target is not None
    if occupancy_target and not limits.occupancy_low <= goal.target <= limits.occupancy_high:
        found.append(_occupancy_finding(limits, "target"))
    res = goal.resources
    for name, word in RESOURCE_WORDS.items():
        answer = getattr(res, name)
        if answer.available is False and not answer.plan.strip():
            found.append(RESOURCE_GAP.finding(f"{name}_plan", resource=Term("Smart", word)))
    if res.staffing is not None and res.headcount is not None:
        inputs = res.staffing
        try:
            need = peak_staffing(goal)  # the goal's own target, its busiest week
        except ValueError:
            need = None
        available = res.headcount * (1 - inputs.shrinkage)
        if need is not None and need.agents > available + 1e-9:
            found.append(
                UNDERSTAFFED.finding(
                    n=need.agents,
                    scheduled=need.scheduled,
                    headcount=res.headcount,
                    available=round(available, 1),
                )
            )
    return found


def _unanswered_resources(goal: Goal) -> list[Finding]:
    """A warning at each of the staff, budget and skills questions not answered yet (neither yes nor no)."""
    return [
        RESOURCE_UNANSWERED.finding(f"{name}_available", resource=Term("Smart", word))
        for name, word in RESOURCE_WORDS.items()
        if getattr(goal.resources, name).available is None
    ]


def _relevant(goal: Goal) -> list[Finding]:
    found = []
    if goal.parent_id is None and not goal.strategy.strip():
        found.append(NO_RELEVANCE.finding())
    if not goal.why.strip():
        found.append(MISSING_WHY.finding())
    if goal.kpi in NEEDS_GUARDRAIL:
        found.append(GUARDRAIL_SUGGESTED.finding())
    return found


def _time_bound(goal: Goal, limits: Thresholds) -> list[Finding]:
    if goal.deadline is None:
        return [MISSING_DEADLINE.finding()]
    if goal.deadline <= goal.start:
        return [DEADLINE_BEFORE_START.finding()]
    checkins = goal.checkins_before_deadline()
    if checkins < 1:
        return [NO_CHECKIN.finding(cadence=_cadence(goal))]
    horizon = (goal.deadline - goal.start).days
    if CADENCE_DAYS[goal.checkin_cadence] > horizon / limits.checkins_per_horizon:
        return [FEW_CHECKINS.finding(count=goal.checkins_until_deadline())]  # as the When page counts
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
        "why": _reason(goal) or "?",
        "title": goal.title.strip().rstrip(".\u3002\uff0e") or "?",
    }
    if is_milestone(goal.kpi):
        template = QT_TRANSLATE_NOOP(
            "Smart",
            "{owner} will have “{title}” done for {scope} by {deadline} (starting {start}, checking in "
            "{cadence}), because {why}.",
        )
    elif goal.direction == "range":
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


def _reason(goal: Goal) -> str:
    """The goal's why as it follows "because": its first letter in lower case where that is right
    (see ``joined_reason``; the goal's own names stay), its closing full stop left to the sentence."""
    names = (goal.owner, goal.reviewer, goal.team, goal.scope, *goal.contributors)
    return joined_reason(goal.why.strip().rstrip(".\u3002\uff0e"), names)
