"""The words in exported workbooks: sheet names, headers, rules and titles, translatable without Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Wording, english, fixed_number
from goalplanner.core.kpis import decimals_for, get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import LABELS, OFF_TRACK, RollUp
from goalplanner.core.rollup import GUARDRAIL_LABELS, SEPARATOR, Guarded, guarded_label, rollup_reason
from goalplanner.core.smart import sentence

SHEET_NAMES = {
    "summary": QT_TRANSLATE_NOOP("Excel", "Summary"),
    "checkins": QT_TRANSLATE_NOOP("Excel", "Check-ins"),
}

HEADER_TEXT = {
    "goal": QT_TRANSLATE_NOOP("Excel", "Goal"),
    "owner": QT_TRANSLATE_NOOP("Excel", "Owner"),
    "metric": QT_TRANSLATE_NOOP("Excel", "Metric"),
    "baseline": QT_TRANSLATE_NOOP("Excel", "Baseline"),
    "target": QT_TRANSLATE_NOOP("Excel", "Target"),
    "stretch": QT_TRANSLATE_NOOP("Excel", "Stretch"),
    "band": QT_TRANSLATE_NOOP("Excel", "Healthy band"),
    "deadline": QT_TRANSLATE_NOOP("Excel", "Deadline"),
    "latest": QT_TRANSLATE_NOOP("Excel", "Latest actual"),
    "latest_on": QT_TRANSLATE_NOOP("Excel", "Latest on"),
    "status": QT_TRANSLATE_NOOP("Excel", "Status"),
    "rollup": QT_TRANSLATE_NOOP("Excel", "With sub-goals"),
    "judged": QT_TRANSLATE_NOOP("Excel", "Judged against"),
    "sheet": QT_TRANSLATE_NOOP("Excel", "Sheet"),
    "period": QT_TRANSLATE_NOOP("Excel", "Period"),
    "from": QT_TRANSLATE_NOOP("Excel", "From"),
    "to": QT_TRANSLATE_NOOP("Excel", "To"),
    "planned": QT_TRANSLATE_NOOP("Excel", "Planned"),
    "actual": QT_TRANSLATE_NOOP("Excel", "Actual"),
    "variance": QT_TRANSLATE_NOOP("Excel", "Variance"),
    "achievement": QT_TRANSLATE_NOOP("Excel", "Achievement"),
    "note": QT_TRANSLATE_NOOP("Excel", "Note"),
    "confidence": QT_TRANSLATE_NOOP("Excel", "Confidence"),
    "next_step": QT_TRANSLATE_NOOP("Excel", "Blocker or next step"),
    "date": QT_TRANSLATE_NOOP("Excel", "Date"),
    "numerator": QT_TRANSLATE_NOOP("Excel", "Numerator"),
    "denominator": QT_TRANSLATE_NOOP("Excel", "Denominator"),
}

# A goal's state, in the window's words (the same context, so the same translations).
STATE_TEXT = {
    "draft": QT_TRANSLATE_NOOP("GoalState", "Draft"),
    "active": QT_TRANSLATE_NOOP("GoalState", "Active"),
    "achieved": QT_TRANSLATE_NOOP("GoalState", "Achieved"),
    "missed": QT_TRANSLATE_NOOP("GoalState", "Missed"),
    "dropped": QT_TRANSLATE_NOOP("GoalState", "Dropped"),
}

# The columns of the tables, in order.
HEADERS = {
    # What a lead scans on one printed page (the last column, links to the goal sheets, is not
    # printed); the SMART sentence, the start, the stretch target and the plan are on each goal's
    # sheet. The unit and the direction go with the metric.
    "summary": (
        "goal",
        "owner",
        "metric",
        "baseline",
        "target",
        "deadline",
        "latest",
        "latest_on",
        "status",
        "rollup",
        "sheet",
    ),
    "checkins": ("goal", "date", "actual", "numerator", "denominator", "note", "confidence", "next_step"),
}

TEXT = {
    "plan_week": QT_TRANSLATE_NOOP(
        "Excel", "Weekly plan: type each week's actual in the yellow cells; the chart follows."
    ),
    "plan_month": QT_TRANSLATE_NOOP(
        "Excel", "Monthly plan: type each month's actual in the yellow cells; the chart follows."
    ),
    "reference_week": QT_TRANSLATE_NOOP("Excel", "Weekly plan (for reference)"),
    "reference_month": QT_TRANSLATE_NOOP("Excel", "Monthly plan (for reference)"),
    "chart_title": QT_TRANSLATE_NOOP("Excel", "Plan against actual"),
    "range_rule": QT_TRANSLATE_NOOP("Excel", "{metric}: a number from {low} to {high}."),
    "min_rule": QT_TRANSLATE_NOOP("Excel", "{metric}: a number of at least {low}."),
    "number_rule": QT_TRANSLATE_NOOP("Excel", "A number."),
    "rule_title": QT_TRANSLATE_NOOP("Excel", "Not a possible value"),
    "prompt_title": QT_TRANSLATE_NOOP("Excel", "Actual"),
    "where": QT_TRANSLATE_NOOP("Excel", "“{goal}” ({sheet})"),
    "workbook_title": QT_TRANSLATE_NOOP("Excel", "Goal plan: {plan}"),
    "workbook_subject": QT_TRANSLATE_NOOP("Excel", "SMART goals, their plans and check-ins"),
    "lower_better": QT_TRANSLATE_NOOP("Excel", "lower is better"),
    "higher_better": QT_TRANSLATE_NOOP("Excel", "higher is better"),
    "in_band": QT_TRANSLATE_NOOP("Excel", "keep inside the band"),
    "custom": QT_TRANSLATE_NOOP("Excel", "Custom"),
    "exported_on": QT_TRANSLATE_NOOP("Excel", "Exported on {day}"),
    "exported_by": QT_TRANSLATE_NOOP("Excel", "Exported on {day} by {person}"),
    # The status key over the Summary; {status} is the status as its cells show it ("● On track").
    "key_on_track": QT_TRANSLATE_NOOP("Excel", "{status}: {percent}% or more of the planned change made"),
    "key_at_risk": QT_TRANSLATE_NOOP("Excel", "{status}: {low}–{high}%"),
    "key_off_track": QT_TRANSLATE_NOOP("Excel", "{status}: under {percent}%, or worse than the baseline"),
    "key_achieved": QT_TRANSLATE_NOOP("Excel", "{status}: the target is reached"),
    # The owner's own word beside the computed status on the Summary: "● On track · owner: At risk".
    "owner_confidence": QT_TRANSLATE_NOOP("Excel", "owner: {confidence}"),
    # The drop-down of a goal sheet's Confidence column.
    "confidence_prompt": QT_TRANSLATE_NOOP("Excel", "How the owner sees the goal: {choices}."),
    "confidence_title": QT_TRANSLATE_NOOP("Excel", "Confidence"),
    "key_rollup": QT_TRANSLATE_NOOP("Excel", "{status}: the worst status of the goal and the goals under it"),
    # The agent sheet of a team goal (workbook.agents_sheet)
    "agents_sheet": QT_TRANSLATE_NOOP("Excel", "Agents – {goal}"),
    "agents_metric_unit": QT_TRANSLATE_NOOP("Excel", "{metric} ({unit})"),
    "agents_intro": QT_TRANSLATE_NOOP(
        "Excel",
        "Type each agent's actual in the yellow cells. The team row is computed from the agents: {rule}.",
    ),
    "agents_rule_sum": QT_TRANSLATE_NOOP("Excel", "the sum of their values"),
    "agents_rule_mean": QT_TRANSLATE_NOOP("Excel", "their values weighted by the contacts each handled"),
    "agents_rule_ratio": QT_TRANSLATE_NOOP(
        "Excel", "their shares weighted by each one's contacts, which is all numerators over all contacts"
    ),
    "agents_rule_all": QT_TRANSLATE_NOOP("Excel", "done when every agent's is done"),
    "agents_agent": QT_TRANSLATE_NOOP("Excel", "Agent"),
    "agents_team_row": QT_TRANSLATE_NOOP("Excel", "Team (from the agents)"),
    "agents_team_plan": QT_TRANSLATE_NOOP("Excel", "Team plan"),
    "agents_reported": QT_TRANSLATE_NOOP("Excel", "Agents reported"),
    "agents_team_total": QT_TRANSLATE_NOOP("Excel", "Team total"),
    "agents_volume": QT_TRANSLATE_NOOP("Excel", "Contacts handled"),
    "agents_volume_ratio": QT_TRANSLATE_NOOP("Excel", "Contacts counted (the base of the share)"),
}


@dataclass(frozen=True)
class ExcelText:
    """The workbook's words in one language: ``translate`` has Qt's signature (context, text, n=-1)."""

    translate: Callable[..., str] = english
    number: Callable[[float], str] = ENGLISH.number  # numbers and dates inside texts (the SMART sentence)
    day: Callable[[date], str] = ENGLISH.day
    # (value, decimals) -> the number with exactly that many places, as the window's plan table shows it
    fixed: Callable[[float, int], str] = fixed_number

    def sheet(self, key: str) -> str:
        return self.translate("Excel", SHEET_NAMES[key])

    def header(self, key: str) -> str:
        return self.translate("Excel", HEADER_TEXT[key])

    def text(self, key: str, **params: object) -> str:
        return self.translate("Excel", TEXT[key]).format(**params)

    def plan_title(self, period: str) -> str:
        return self.text(f"plan_{period}")

    def reference_title(self, period: str) -> str:
        return self.text(f"reference_{period}")

    def chart_title(self) -> str:
        return self.text("chart_title")

    def where(self, goal_title: str, sheet: str) -> str:
        short = goal_title if len(goal_title) <= 60 else goal_title[:59] + "…"
        return self.text("where", goal=short, sheet=sheet)

    def status(self, code: str) -> str:
        return f"{STATUS_LOOKS[code].symbol} {self.translate('Status', LABELS[code])}"

    def confidence(self, code: str) -> str:
        """The owner's confidence ("At risk"), in the words of the status it names, without its symbol."""
        return self.translate("Status", LABELS[code])

    def guarded(self, guarded: Guarded) -> str:
        """A status beside its guardrail's, after the symbol of the status it is shown as (core.rollup)."""
        return f"{STATUS_LOOKS[guarded.shown_code].symbol} {guarded_label(guarded, Wording(self.translate))}"

    def rollup(self, goal_id: int, rollup: RollUp, goals: Mapping[int, Goal]) -> str:
        """A roll-up with its rule and reason: "▲ At risk (weighted mean 87% · driven by: …)"."""
        reason = rollup_reason(goal_id, rollup, goals, Wording(self.translate, self.number, self.day))
        return f"{self.status(rollup.code)} ({reason})"

    def guardrail_off(self) -> str:
        """What a status held back by its guardrail says after it (coloured as at risk)."""
        return SEPARATOR + self.translate("Status", GUARDRAIL_LABELS[OFF_TRACK])

    def state(self, state: str) -> str:
        """A goal's state ("Achieved", "Dropped") as the window's state filter says it."""
        return self.translate("GoalState", STATE_TEXT[state]) if state in STATE_TEXT else state

    def metric(self, goal: Goal) -> str:
        kpi = get_kpi(goal.kpi)
        if kpi is None:
            return goal.unit.strip() or self.text("custom")
        return self.translate("Kpi", kpi.name)

    def amount(self, goal: Goal, value: float) -> str:
        """A value of ``goal``'s metric at its precision, with its unit, as the window writes it:
        "85.0%", "120 s", "6,000 contacts" (text beside numbers, e.g. a band in the Target column)."""
        number = self.fixed(value, decimals_for(goal.kpi, goal.unit))
        unit = goal.unit.strip()
        if unit == "%":
            return f"{number}%"
        if unit in ("", "currency"):
            return number
        return f"{number} {self.unit(unit)}"

    def unit(self, unit: str) -> str:
        return Wording(self.translate).unit(unit)

    def direction(self, goal: Goal) -> str:
        key = {"decrease": "lower_better", "increase": "higher_better"}.get(goal.direction, "in_band")
        return self.text(key)

    def sentence(self, goal: Goal) -> str:
        return sentence(goal, Wording(self.translate, self.number, self.day))
