"""A goal's resources in words: who reviews and helps, the staff, budget and skills answers with their
plans, and the Erlang C result, for every surface that shows them (the goal's detail, the workbook).

``resource_lines`` is the one place that decides what is shown and works out the figures; each line is
translatable templates with their numbers as parameters, rendered by a ``Wording``. The detail view and
the workbook render the same lines, so they show the same figures in their own language and format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Share, Term, Wording
from goalplanner.core.model import Goal, ResourceCheck, Resources
from goalplanner.core.staffing import staffing_for

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
COVERS = QT_TRANSLATE_NOOP("Resources", "It covers {contacts} contacts.")
SKILLS_NEEDED = QT_TRANSLATE_NOOP("Resources", "Skills needed: {skills}.")
NAMES = "{names}"
NO_OWNER = QT_TRANSLATE_NOOP("Resources", "Nobody named yet: name who is responsible for the goal.")
NO_REVIEWER = QT_TRANSLATE_NOOP("Resources", "Nobody named yet: name who checks the goal with the owner.")
NO_CONTRIBUTORS = QT_TRANSLATE_NOOP("Resources", "Nobody named yet.")
NOT_WORKED_OUT = QT_TRANSLATE_NOOP(
    "Resources",
    "Not worked out. To see how many agents the queue needs, change the resources and tick "
    "“Work out the agents a queue needs (Erlang C)”.",
)
NEEDS = QT_TRANSLATE_NOOP(
    "Resources",
    "Needs {agents} agents on the phones and {scheduled} on the rota after shrinkage (whole agents, "
    "rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.",
)
SHORT = QT_TRANSLATE_NOOP("Resources", "Headcount {headcount}: {short} short.")
ENOUGH = QT_TRANSLATE_NOOP("Resources", "Headcount {headcount} is enough.")
INPUTS = QT_TRANSLATE_NOOP(
    "Resources",
    "Worked out for {contacts} contacts every {minutes} minutes, handle time {aht} s, a target of "
    "{target} within {within} s, shrinkage {shrinkage} and an occupancy cap of {cap}.",
)
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

    def text(self, wording: Wording = ENGLISH, separator: str = " ") -> str:
        """The row's text in ``wording``'s language, numbers and dates, its parts joined by ``separator``."""
        return separator.join(wording.text(CONTEXT, template, params) for template, params in self.parts)


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
        budget_facts.append((COVERS, {"contacts": res.budget_contacts}))
    budget = _question("budget", res.budget, budget_facts)
    skills_facts: list[Part] = [(SKILLS_NEEDED, {"skills": res.skills_needed})] if res.skills_needed else []
    skills = _question("skills", res.skills, skills_facts)
    return [*people, staff, ResourceLine("staffing", staffing_parts(res)), budget, skills]


def unanswered(goal: Goal) -> list[str]:
    """The questions (``QUESTIONS``) ``goal`` leaves unanswered, in order."""
    return [name for name in QUESTIONS if getattr(goal.resources, name).available is None]


def staffing_parts(resources: Resources) -> tuple[Part, ...]:
    """The Erlang C result for the queue stored with ``resources``, in words: agents, service level,
    average wait, occupancy, the headcount against the rota, and the inputs it was worked out for.

    Every surface shows staffing through this one function (whole agents rounded up, as core works them
    out); figures are rounded here, once, so every surface shows the same ones.
    """
    inputs = resources.staffing
    if inputs is None:
        return ((NOT_WORKED_OUT, {}),)
    try:
        need = staffing_for(inputs)
    except ValueError as error:
        return ((CANNOT, {"reason": Term("Staffing", str(error))}),)
    within = round(inputs.answer_within_s, 1)
    parts: list[Part] = [
        (
            NEEDS,
            {
                "agents": need.agents,
                "scheduled": need.scheduled,
                "service_level": Share(need.service_level, 1),
                "within": within,
                "asa": round(need.asa, 1),
                "occupancy": Share(need.occupancy, 1),
            },
        )
    ]
    if resources.headcount is not None:
        short = need.scheduled - resources.headcount
        parts.append(
            (SHORT, {"headcount": resources.headcount, "short": short})
            if short > 0
            else (ENOUGH, {"headcount": resources.headcount})
        )
    parts.append(
        (
            INPUTS,
            {
                "contacts": round(inputs.contacts, 2),
                "minutes": round(inputs.interval_s / 60, 2),
                "aht": round(inputs.aht_s, 1),
                "target": Share(inputs.service_level, 1),
                "within": within,
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
