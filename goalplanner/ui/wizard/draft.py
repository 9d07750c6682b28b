"""The goal being entered in the wizard, shared by its pages: edits, SMART findings, how it began.

Pages write their fields into the draft and show its findings when it says it changed; the
wizard saves it. No page needs the wizard, and the draft knows no page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from goalplanner.core.hierarchy import possible_parents
from goalplanner.core.model import Goal
from goalplanner.core.rollup import guardrail_partners
from goalplanner.core.sentence import disagreements
from goalplanner.core.sentence_fill import SentenceFill, apply, fill_from_sentence
from goalplanner.core.serialize import goal_from_dict, goal_to_dict
from goalplanner.core.smart import (
    GUARDRAILS,
    NEEDS_GUARDRAIL,
    VAGUE_WORDS,
    Finding,
    Thresholds,
    check,
    vague_words,
)
from goalplanner.core.templates import Template, templates

log = logging.getLogger("goalplanner")

# How a new goal begins (the Start page's choice)
BLANK, TEMPLATE, COPY = "blank", "template", "copy"

# The fields a template sets: they count as set, and the sentence never fills over them.
TEMPLATE_FIELDS = frozenset(
    {"kpi", "unit", "direction", "title", "why", "checkin_cadence", "start", "deadline", "range_low",
     "range_high", "target", "stretch_target"}
)  # fmt: skip
ALL_FIELDS = frozenset(f.name for f in fields(Goal))


def blank_goal(today: date | None = None) -> Goal:
    """A new goal's defaults: starts today, a quarter to go, weekly check-ins, the baseline measured today."""
    start = today or date.today()
    deadline = start + timedelta(weeks=13, days=-1)
    return Goal(start=start, deadline=deadline, baseline_date=start, state="draft")


def translated(template: Template) -> Template:
    """``template`` with its texts in the user's language: the goal it fills in is written in it."""
    texts = {}
    for name in ("name", "title", "scope_hint", "baseline_hint", "why"):
        text = getattr(template, name)
        texts[name] = QCoreApplication.translate("Template", text) if text else ""
    return replace(template, **texts)


def set_fields(goal: Goal) -> set[str]:
    """The fields of ``goal`` that differ from a new goal's defaults (what someone has set)."""
    fresh = blank_goal(goal.start)
    return {name for name in ALL_FIELDS if getattr(goal, name) != getattr(fresh, name)}


def user_thresholds() -> Thresholds:
    """The SMART checks' settings, with the vague words of the user's language too ("提升", "forbedre", …)."""
    own_words = QCoreApplication.translate("Smart", VAGUE_WORDS)
    return Thresholds(vague_words=vague_words(own_words))


class WizardDraft(QObject):
    """One goal being entered: every change re-runs the SMART checks and says so with ``changed``."""

    changed = Signal()  # the goal (and so the findings) changed
    edited = Signal()  # the user changed the goal: worth saving the draft after a pause

    def __init__(
        self,
        goal: Goal,
        plan_goals: Callable[[], list[Goal]],
        *,
        template: Template | None = None,
        start_choice: tuple[str, Any] | None = None,
        draft_id: int | None = None,
        initial: Goal | None = None,
        touched: set[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._goal = goal
        # The fields she (or a template, or the goal being edited) set: the sentence never fills them.
        if touched is None:  # a goal being edited is all hers; an older saved draft: what differs
            touched = set(ALL_FIELDS) if goal.id is not None else set_fields(goal)
        self.touched: set[str] = set(touched)
        self.fill: SentenceFill | None = None  # what the sentence last filled in, for the note and undo
        self.declined = ""  # a sentence whose fill she undid: not filled again until it changes
        self._plan_goals = plan_goals
        self.template = template
        self.start_choice = start_choice
        self.draft_id = draft_id  # the saved draft row, once there is one
        self.initial = initial  # the goal as opened: closing unchanged asks nothing
        self.thresholds = user_thresholds()
        self.findings: list[Finding] = self._check(goal)

    @classmethod
    def resumed(
        cls,
        payload: dict[str, Any],
        draft_id: int,
        plan_goals: Callable[[], list[Goal]],
        parent: QObject | None = None,
    ) -> WizardDraft:
        """The draft saved as ``payload`` (see ``payload()``), to go on where the user was."""
        chosen = templates().get(payload.get("template") or "")
        choice = payload.get("start_choice")
        goal = goal_from_dict(payload["goal"])
        if goal.id is None and goal.baseline_date is None:
            # Saved before new goals kept their baseline date: the Measure page showed the start then.
            goal = replace(goal, baseline_date=goal.start)
        touched = payload.get("touched")
        draft = cls(
            goal,
            plan_goals,
            template=translated(chosen) if chosen else None,
            start_choice=tuple(choice) if choice else None,
            draft_id=draft_id,
            touched=set(touched) if touched is not None else None,  # older drafts: what differs
            parent=parent,
        )
        if payload.get("fill"):
            draft.fill = SentenceFill.from_dict(payload["fill"])
        draft.declined = payload.get("declined", "")
        return draft

    @property
    def goal(self) -> Goal:
        """The goal as entered so far."""
        return self._goal

    def update(self, **changes: Any) -> None:
        """Apply the user's edit to the goal and re-check it."""
        try:
            goal = replace(self._goal, **changes)
        except (ValueError, TypeError) as error:  # a widget let through a value the model refuses
            log.warning("Wizard edit refused: %s", error)
            return
        self.touched |= set(changes)
        if self.fill is not None:  # a field she set since the sentence filled it is hers, even if the same
            self.fill = self.fill.without(set(changes))
        self._set_goal(goal)
        self.edited.emit()

    def fill_from_sentence(self) -> None:
        """Fill the fields nobody has set from the goal's sentence (replacing an earlier fill of an
        earlier sentence); ``fill`` then says what was filled."""
        title = self._goal.title.strip()
        if not title or title == self.declined.strip():
            return
        fill = fill_from_sentence(self._goal, self.touched, self.fill)
        goal = apply(self._goal, fill, self.fill)
        self.fill = fill if fill.after else None
        if goal != self._goal:
            self._set_goal(goal)
            self.edited.emit()

    def undo_fill(self) -> None:
        """Put back what the sentence's fill replaced (fields she has changed since stay hers)."""
        if self.fill is None:
            return
        goal = self.fill.undone(self._goal)
        self.declined = self.fill.title
        self.fill = None
        self._set_goal(goal)
        self.edited.emit()

    def start_from(self, kind: str, key: Any, source: Goal | None = None) -> None:
        """Begin from a blank goal, template ``key`` or a copy of ``source`` (goal ``key``).

        Once per choice: going back to the Start page and on again keeps the edits.
        """
        if self.start_choice == (kind, key):
            return
        self.start_choice = (kind, key)
        fresh = blank_goal(self._goal.start)
        self.template = None
        self.fill, self.declined = None, ""
        self.touched = {BLANK: set(), TEMPLATE: set(TEMPLATE_FIELDS), COPY: set(ALL_FIELDS)}.get(kind, set())
        if kind == TEMPLATE:
            self.template = translated(templates()[key])
            goal = self.template.apply(replace(fresh, baseline=None))
        elif kind == COPY:
            if source is None:
                raise ValueError("a copy needs the goal to copy")
            length = (source.deadline - source.start) if source.deadline else timedelta(weeks=13)
            goal = replace(
                source,
                id=None,
                state="draft",
                start=fresh.start,
                deadline=fresh.start + length,
                baseline_date=fresh.baseline_date,  # the page shows today until the manager says otherwise
            )
        else:
            goal = fresh
        if self.initial is not None:
            self.initial = goal  # a start chosen is nothing typed: closing now loses nothing
        self._set_goal(goal)

    def saved_as(self, goal: Goal) -> None:
        """The goal is in the plan now, as ``goal`` (with its id), and the draft row went with it."""
        self.draft_id = None
        self._goal = goal

    def unchanged(self) -> bool:
        """True when the goal is still as it was opened or as the start choice made it: nothing typed,
        nothing to keep or lose."""
        return self.initial is not None and self._goal == self.initial

    def possible_parents(self) -> list[Goal]:
        """Goals in the plan this one may sit under: all but itself and its own sub-goals."""
        return possible_parents(self._plan_goals(), self._goal.id)

    def suggested_guardrails(self) -> list[Goal]:
        """Quality goals of the plan (first contact resolution, CSAT) the wizard suggests as this speed,
        cost or volume goal's guardrail; none for a goal whose metric needs no guardrail."""
        if self._goal.kpi not in NEEDS_GUARDRAIL:
            return []
        partners = guardrail_partners(self._goal, self._plan_goals())
        return [goal for goal in partners if goal.kpi in GUARDRAILS]

    def payload(self) -> dict[str, Any]:
        """The draft as JSON-ready data, for ``resumed`` to rebuild it."""
        return {
            "goal": goal_to_dict(self._goal),
            "template": self.template.key if self.template else None,
            "start_choice": list(self.start_choice) if self.start_choice else None,
            "touched": sorted(self.touched),
            "fill": self.fill.to_dict() if self.fill else None,
            "declined": self.declined,
        }

    def _check(self, goal: Goal) -> list[Finding]:
        # Where the sentence says something else than the fields, then the SMART checks: at a field,
        # the disagreement is shown before another warning (an error still comes first).
        return disagreements(goal) + check(goal, self.thresholds)

    def _set_goal(self, goal: Goal) -> None:
        self._goal = goal
        self.findings = self._check(goal)
        self.changed.emit()
