"""The SMART goal wizard: from a vague wish to a goal that passes every check.

The wizard owns one draft ``Goal``. Every edit on a page replaces it, re-runs the
core SMART checks and shows their findings at the fields; every page change (and
a short pause in typing) saves the draft to the plan file, so a crash loses
nothing. Finish saves the goal and drops the draft in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from goalplanner.core.breakdown import plan_for
from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.model import Goal
from goalplanner.core.serialize import goal_from_dict, goal_to_dict
from goalplanner.core.smart import VAGUE_WORDS, Finding, Thresholds, check, has_errors, vague_words
from goalplanner.core.templates import Template, templates
from goalplanner.store import Store, StoreError
from goalplanner.store.store import Draft
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.wizard.measure_page import MeasurePage
from goalplanner.ui.wizard.resources_page import ResourcesPage
from goalplanner.ui.wizard.simple_pages import WhatPage, WhenPage, WhoPage, WhyPage
from goalplanner.ui.wizard.start_review_pages import COPY, TEMPLATE, ReviewPage, StartPage

log = logging.getLogger("goalplanner")

START, WHAT, WHO, MEASURE, RESOURCES, WHY, WHEN, REVIEW = range(8)
DRAFT_DELAY_MS = 1500  # a pause in typing this long saves the draft


def blank_goal(today: date | None = None) -> Goal:
    """A new goal's defaults: starts today, a quarter to go, weekly check-ins."""
    start = today or date.today()
    return Goal(start=start, deadline=start + timedelta(weeks=13, days=-1), state="draft")


class GoalWizard(QWizard):
    """Guided entry of a new goal (or editing ``goal``; resuming ``draft``)."""

    saved = Signal(int)  # the id of the goal saved by Finish

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        goal: Goal | None = None,
        draft: Draft | None = None,
        calendar_for: Callable[[date, date | None], WorkCalendar | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.calendar_for = calendar_for or (lambda _start, _deadline: None)
        self.goal = goal if goal is not None else blank_goal()
        self.template: Template | None = None
        self.start_choice: tuple[str, Any] | None = None
        self.draft_id: int | None = None
        resume_page = None
        if draft is not None:
            self.goal = goal_from_dict(draft.payload["goal"])
            self.draft_id = draft.id
            chosen = templates().get(draft.payload.get("template") or "")
            self.template = translated(chosen) if chosen else None
            choice = draft.payload.get("start_choice")
            self.start_choice = tuple(choice) if choice else None
            resume_page = draft.payload.get("page", WHAT)
        self.initial = goal if goal is not None else (self.goal if draft is None else None)
        # the SMART checks also know the user's language's vague words ("提升", "forbedre", …)
        own_words = QCoreApplication.translate("Smart", VAGUE_WORDS)
        self.thresholds = Thresholds(vague_words=vague_words(own_words))
        self.findings: list[Finding] = check(self.goal, self.thresholds)

        self.setWindowTitle(self.tr("New goal") if self.goal.id is None else self.tr("Edit goal"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save goal"))
        pages = (
            StartPage(),
            WhatPage(),
            WhoPage(),
            MeasurePage(),
            ResourcesPage(),
            WhyPage(),
            WhenPage(),
            ReviewPage(),
        )
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
            # Save is open from every page; with errors left it shows the review instead (see accept).
            page.setFinalPage(page_id > START)
        if self.goal.id is not None or draft is not None:
            self.setStartId(WHAT)
        self.resize(880, 700)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.currentIdChanged.connect(self._page_changed)
        if resume_page is not None:
            self.restart()
            while self.currentId() < min(resume_page, REVIEW) and self.currentId() != -1:
                self.next()

    # -- the draft goal ------------------------------------------------------------------------

    def update_goal(self, **changes: Any) -> None:
        """Apply an edit to the draft goal, re-check it and show the findings."""
        try:
            self.goal = replace(self.goal, **changes)
        except (ValueError, TypeError) as error:  # a widget let through a value the model refuses
            log.warning("Wizard edit refused: %s", error)
            return
        self.findings = check(self.goal, self.thresholds)
        page = self.currentPage()
        if page is not None:
            page.show_findings(self.findings)
        self._draft_timer.start()

    def start_from(self, kind: str, key: Any) -> None:
        """Begin from a blank goal, a template or a copy (once per choice: going back keeps edits)."""
        if self.start_choice == (kind, key):
            return
        self.start_choice = (kind, key)
        fresh = blank_goal(self.goal.start)
        self.template = None
        if kind == TEMPLATE:
            self.template = translated(templates()[key])
            self.goal = self.template.apply(replace(fresh, baseline=None))
        elif kind == COPY:
            source = self.store.get_goal(key)
            length = (source.deadline - source.start) if source.deadline else timedelta(weeks=13)
            self.goal = replace(
                source,
                id=None,
                state="draft",
                start=fresh.start,
                deadline=fresh.start + length,
                baseline_date=None,
            )
        else:
            self.goal = fresh
        self.findings = check(self.goal, self.thresholds)

    def possible_parents(self) -> list[Goal]:
        """Goals this one may sit under: all but itself and its own sub-goals."""
        goals = self.store.list_goals()
        excluded = {self.goal.id} if self.goal.id is not None else set()
        grew = True
        while grew:
            before = len(excluded)
            excluded |= {g.id for g in goals if g.parent_id in excluded}
            grew = len(excluded) > before
        return [g for g in goals if g.id not in excluded]

    # -- drafts --------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        """Everything needed to reopen the wizard where the user was."""
        return {
            "goal": goal_to_dict(self.goal),
            "page": max(self.currentId(), WHAT),
            "template": self.template.key if self.template else None,
            "start_choice": list(self.start_choice) if self.start_choice else None,
        }

    def save_draft(self) -> None:
        """Keep what has been typed in the plan file (quietly: a busy file is retried on the next edit)."""
        self._draft_timer.stop()
        if self.store.closed:  # the plan was closed under a wizard left open: nowhere to save to
            return
        try:
            self.draft_id = self.store.save_draft(self.draft_payload(), self.draft_id, goal_id=self.goal.id)
        except StoreError as error:
            log.warning("Draft not saved: %s", error)

    def _page_changed(self, page_id: int) -> None:
        if page_id > START:
            self.save_draft()

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft_id is not None:
            try:
                self.store.delete_draft(self.draft_id)
            except StoreError as error:
                log.warning("Draft not deleted: %s", error)
            self.draft_id = None

    # -- finishing -----------------------------------------------------------------------------

    def accept(self) -> None:
        if has_errors(self.findings):
            self.setCurrentId(REVIEW)  # show what blocks saving instead of saving
            return
        goal = replace(self.goal, state="active") if self.goal.state == "draft" else self.goal
        self._draft_timer.stop()
        try:
            previous = self.store.subtargets(goal.id) if goal.id is not None else []
            calendar = self.calendar_for(goal.start, goal.deadline)
            plan = plan_for(goal, calendar, previous=previous)  # keeps the periods the manager locked
            goal_id = self.store.save_goal_from_draft(goal, self.draft_id, plan)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Goal not saved"), store_error_text(error))
            return  # the wizard stays open with everything typed
        except ValueError as error:  # e.g. the chosen parent would make a loop
            reason = QCoreApplication.translate("Breakdown", str(error))  # the plan could not be made
            QMessageBox.warning(self, self.tr("Goal not saved"), reason)
            return
        self.draft_id = None
        self.goal = replace(goal, id=goal_id)
        self.saved.emit(goal_id)
        super().accept()

    def reject(self) -> None:
        if self.initial is not None and self.goal == self.initial:
            self._discard_draft()
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop entering this goal?"),
            self.tr("What you typed can be kept as a draft to finish later, or thrown away."),
            parent=self,
        )
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Continue editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            self.save_draft()
            super().reject()
        elif box.clickedButton() is discard:
            self._discard_draft()
            super().reject()


def translated(template: Template) -> Template:
    """``template`` with its texts in the user's language: the goal it fills in is written in it."""
    texts = {}
    for name in ("name", "title", "scope_hint", "baseline_hint", "why"):
        text = getattr(template, name)
        texts[name] = QCoreApplication.translate("Template", text) if text else ""
    return replace(template, **texts)
