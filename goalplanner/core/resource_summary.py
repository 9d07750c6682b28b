"""A goal's resources in words: who reviews and helps, the staff, budget and skills answers with their
plans, and the Erlang C result, for every surface that shows them (the goal's detail, the workbook).

``resource_lines`` is the one place that decides what is shown and works out the figures; each line is
translatable templates with their numbers as parameters, rendered by a ``Wording``. The detail view and
the workbook render the same lines, so they show the same figures in their own language and format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Phrase, Share, Term, Wording, join_sentences
from goalplanner.core.model import Goal, ResourceCheck, Resources
from goalplanner.core.staffing import staffing_target
from goalplanner.core.staffing_weeks import peak_staffing, staffing_summary, weekly_staffing

CONTEXT = "Resources"
QUESTIONS = ("staff", "budget", "skills")  # the three achievability questions the wizard asks

LABELS = {
    "owner": QT_TRANSLATE_NOOP("Resources", "Owner"),
    "reviewer": QT_TRANSLATE_NOOP("Resources", "Reviewer"),
    "contributors": QT_TRANSLATE_NOOP("Resources", "Contributors"),
    "staff": QT_TRANSLATE_NOOP("Resources", "Staff"),
    "staffing": QT_TRANSLATE_NOOP("Resources", "Agents needed"),
    "budget": QT_TRANSLATE_NOOP("Resources", "Budget"),
    "skills": QT_TRANSLATE_NOOP("Resources", "Skills"),
}
KEYS = tuple(LABELS)

# The parts of the lines: (template, its parameters) pairs, joined with a space when shown.
YES = QT_TRANSLATE_NOOP("Resources", "Yes, available.")
NO = QT_TRANSLATE_NOOP("Resources", "No, not yet.")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Resources", "Not answered yet.")
PLAN = QT_TRANSLATE_NOOP("Resources", "Plan: {plan}")
NO_PLAN = QT_TRANSLATE_NOOP("Resources", "No plan yet: say how the team will get it.")
HEADCOUNT = QT_TRANSLATE_NOOP("Resources", "Headcount: {headcount}.")
AMOUNT = QT_TRANSLATE_NOOP("Resources", "Amount: {amount}.")
COVERS = QT_TRANSLATE_NOOP("Resources", "It covers %Ln contact(s).", None, 1)
SKILLS_NEEDED = QT_TRANSLATE_NOOP("Resources", "Skills needed: {skills}.")
NAMES = "{names}"
NO_OWNER = QT_TRANSLATE_NOOP("Resources", "Nobody named yet: name who is responsible for the goal.")
NO_REVIEWER = QT_TRANSLATE_NOOP("Resources", "Nobody named yet: name who checks the goal with the owner.")
NO_CONTRIBUTORS = QT_TRANSLATE_NOOP("Resources", "Nobody named yet.")
NOT_WORKED_OUT = QT_TRANSLATE_NOOP(
    "Resources",
    "Not worked out. To see how many agents the queue needs, change the resources and tick "
    "“Work out the agents each week needs (Erlang C)”.",
)
NEEDS = QT_TRANSLATE_NOOP(
    "Resources",
    "Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, "
    "rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.",
    None,
    1,
)
SHORT = QT_TRANSLATE_NOOP("Resources", "Headcount {headcount}: {short} short on the rota.")
ENOUGH = QT_TRANSLATE_NOOP("Resources", "Headcount {headcount} is enough.")
NEEDS_BUSIEST = QT_TRANSLATE_NOOP(
    "Resources",
    "The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage "
    "(whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, "
    "occupancy {occupancy}.",
    None,
    1,
)
WEEKS_SHORT = QT_TRANSLATE_NOOP(
    "Resources",
    "%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.",
    None,
    1,
)
INPUTS = QT_TRANSLATE_NOOP(
    "Resources",
    "Worked out for {volume}, handle time {aht} s, {aim} ({whose}), shrinkage {shrinkage} and an "
    "occupancy cap of {cap}.",
)
FLAT_VOLUME = QT_TRANSLATE_NOOP("Resources", "{contacts} contacts every {minutes} minutes")
PROFILE_VOLUME = QT_TRANSLATE_NOOP("Resources", "last year's monthly volumes")
AIM_ASA = QT_TRANSLATE_NOOP("Resources", "an average wait of {asa} s")
AIM_SERVICE_LEVEL = QT_TRANSLATE_NOOP("Resources", "{target} answered within {within} s")
AIM_ABANDONMENT = QT_TRANSLATE_NOOP("Resources", "{target} hanging up, at a patience of {patience} s")
GOALS_TARGET = QT_TRANSLATE_NOOP("Resources", "the goal's target")
TYPED_TARGET = QT_TRANSLATE_NOOP("Resources", "a target typed into the calculator")
CANNOT = QT_TRANSLATE_NOOP("Resources", "Cannot work it out: {reason}.")

Part = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class ResourceLine:
    """One row of the resources: a label and its text, made of translatable parts."""

    key: str  # one of KEYS
    parts: tuple[Part, ...]
    answered: bool = True  # False: one of the three questions is still open

    @property
    def label(self) -> str:
        """The row's label in English, marked for translation (translate it under ``CONTEXT``)."""
        return LABELS[self.key]

    def heading(self, wording: Wording = ENGLISH) -> str:
        """The row's label in ``wording``'s language."""
        return wording.translate(CONTEXT, self.label)

    def text(self, wording: Wording = ENGLISH, separator: str | None = None) -> str:
        """The row's text in ``wording``'s language, numbers and dates, its parts joined by ``separator``
        (by default as sentences: a space, none after a Chinese full stop)."""
        parts = (wording.text(CONTEXT, template, params) for template, params in self.parts)
        return join_sentences(parts) if separator is None else separator.join(parts)


def resource_lines(goal: Goal) -> list[ResourceLine]:
    """What ``goal`` needs and who is on it, one line per ``KEYS`` entry, in that order."""
    res = goal.resources
    people = [
        ResourceLine("owner", ((NAMES, {"names": goal.owner}),) if goal.owner else ((NO_OWNER, {}),)),
        ResourceLine(
            "reviewer", ((NAMES, {"names": goal.reviewer}),) if goal.reviewer else ((NO_REVIEWER, {}),)
        ),
        ResourceLine(
            "contributors",
            ((NAMES, {"names": ", ".join(goal.contributors)}),)
            if goal.contributors
            else ((NO_CONTRIBUTORS, {}),),
        ),
    ]
    staff = _question("staff", res.staff, _headcount(res))
    budget_facts: list[Part] = []
    if res.budget_amount is not None:
        budget_facts.append((AMOUNT, {"amount": res.budget_amount}))
    if goal.kpi == "cpc" and res.budget_contacts is not None:
        budget_facts.append((COVERS, {"n": round(res.budget_contacts)}))
    budget = _question("budget", res.budget, budget_facts)
    skills_facts: list[Part] = [(SKILLS_NEEDED, {"skills": res.skills_needed})] if res.skills_needed else []
    skills = _question("skills", res.skills, skills_facts)
    return [*people, staff, ResourceLine("staffing", staffing_parts(goal)), budget, skills]


def unanswered(goal: Goal) -> list[str]:
    """The questions (``QUESTIONS``) ``goal`` leaves unanswered, in order."""
    return [name for name in QUESTIONS if getattr(goal.resources, name).available is None]


def staffing_parts(goal: Goal) -> tuple[Part, ...]:
    """The Erlang C result for the queue stored with ``goal``'s resources, in words: what the busiest
    week needs (agents, service level, average wait, occupancy), the headcount against the rota, how
    many weeks are short, and what it was worked out for (the goal's own target, or a typed one).

    The figures are the wizard's (``peak_staffing``, ``weekly_staffing``, ``staffing_target``), rounded
    here once, so the wizard, the detail and the workbook show the same agents for the same goal.
    """
    inputs = goal.resources.staffing
    if inputs is None:
        return ((NOT_WORKED_OUT, {}),)
    try:
        need = peak_staffing(goal)
        weeks = weekly_staffing(goal)
        target = staffing_target(goal, inputs)
    except ValueError as error:
        return ((CANNOT, {"reason": Term("Staffing", str(error))}),)
    if need is None:
        return ((NOT_WORKED_OUT, {}),)
    within = round(inputs.answer_within_s, 1)
    figures = {
        "n": need.agents,
        "scheduled": need.scheduled,
        "service_level": Share(need.service_level, 1),
        "within": within,
        "asa": round(need.asa, 1),
        "occupancy": Share(need.occupancy, 1),
    }
    parts: list[Part] = [(NEEDS_BUSIEST if len(weeks) > 1 else NEEDS, figures)]
    headcount = goal.resources.headcount
    if headcount is not None:
        short = need.scheduled - headcount
        parts.append(
            (SHORT, {"headcount": headcount, "short": short})
            if short > 0
            else (ENOUGH, {"headcount": headcount})
        )
    summary = staffing_summary(weeks)
    if summary is not None and summary.short_weeks and summary.worst.available is not None:
        worst = summary.worst
        parts.append(
            (
                WEEKS_SHORT,
                {
                    "n": summary.short_weeks,
                    "weeks": summary.weeks,
                    "week": worst.number,
                    "need": worst.need.agents,
                    "available": worst.available,
                },
            )
        )
    volume = (
        (PROFILE_VOLUME, {})
        if inputs.volume == "profile"
        else (
            FLAT_VOLUME,
            {"contacts": round(inputs.contacts, 2), "minutes": round(inputs.interval_s / 60, 2)},
        )
    )
    aim = {
        "asa": (AIM_ASA, {"asa": round(target.value, 1)}),
        "service_level": (AIM_SERVICE_LEVEL, {"target": Share(target.value, 1), "within": within}),
        "abandonment": (
            AIM_ABANDONMENT,
            {"target": Share(target.value, 1), "patience": round(target.patience_s)},
        ),
    }[target.kind]
    parts.append(
        (
            INPUTS,
            {
                "volume": Phrase(CONTEXT, *volume),
                "aht": round(inputs.aht_s, 1),
                "aim": Phrase(CONTEXT, *aim),
                "whose": Term(CONTEXT, GOALS_TARGET if target.from_goal else TYPED_TARGET),
                "shrinkage": Share(inputs.shrinkage, 1),
                "cap": Share(inputs.max_occupancy, 1),
            },
        )
    )
    return tuple(parts)


def _headcount(resources: Resources) -> list[Part]:
    return [(HEADCOUNT, {"headcount": resources.headcount})] if resources.headcount is not None else []


def _question(key: str, check: ResourceCheck, facts: list[Part]) -> ResourceLine:
    """A yes/no question's line: the answer, what was given with it, and the plan for what is missing."""
    if check.available is None:
        answer: list[Part] = [(NOT_ANSWERED, {})]
    else:
        answer = [(YES, {})] if check.available else [(NO, {})]
    plan: list[Part] = []
    if check.plan.strip():
        plan = [(PLAN, {"plan": check.plan})]
    elif check.available is False:
        plan = [(NO_PLAN, {})]
    return ResourceLine(key, tuple(answer + facts + plan), answered=check.available is not None)
