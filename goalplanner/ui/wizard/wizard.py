"""The SMART goal wizard: from a vague wish to a goal that passes every check.

The wizard owns one ``WizardDraft``, shared by its pages: every edit on a page
changes the draft, which re-runs the core SMART checks, and the page shows their
findings at its fields. Every page change (and a short pause in typing) saves
the draft to the plan file, so a crash loses nothing. Finish saves the goal and
drops the draft in one transaction. Only the wizard touches the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from goalplanner.core.breakdown import plan_for
from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.model import Goal
from goalplanner.core.shapes import ShapeError
from goalplanner.core.smart import Finding, Thresholds, has_errors
from goalplanner.core.templates import Template
from goalplanner.store import Store, StoreError
from goalplanner.store.store import Draft
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import COPY, WizardDraft, blank_goal
from goalplanner.ui.wizard.measure_page import MeasurePage
from goalplanner.ui.wizard.resources_page import ResourcesPage
from goalplanner.ui.wizard.shape_page import ShapePage
from goalplanner.ui.wizard.shape_preview import shape_error_text
from goalplanner.ui.wizard.simple_pages import WhatPage, WhenPage, WhoPage, WhyPage
from goalplanner.ui.wizard.start_review_pages import ReviewPage, StartPage

log = logging.getLogger("goalplanner")

START, WHAT, WHO, MEASURE, RESOURCES, WHY, WHEN, SHAPE, REVIEW = range(9)
# A draft remembers its page by name; drafts saved before the Plan page numbered them without it.
PAGE_NAMES = ("start", "what", "who", "measure", "resources", "why", "when", "shape", "review")
_NUMBERED_BEFORE_SHAPES = ("start", "what", "who", "measure", "resources", "why", "when", "review")
DRAFT_DELAY_MS = 1500  # a pause in typing this long saves the draft


def resume_page_of(payload: dict[str, Any]) -> int:
    """The page a saved draft was left on (by name, or by the numbering before the Plan page)."""
    saved = payload.get("page", "what")
    if type(saved) is int and 0 <= saved < len(_NUMBERED_BEFORE_SHAPES):
        saved = _NUMBERED_BEFORE_SHAPES[saved]
    return PAGE_NAMES.index(saved) if saved in PAGE_NAMES else WHAT


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
        resume_page = None
        if draft is not None:
            self.draft = WizardDraft.resumed(draft.payload, draft.id, store.list_goals, parent=self)
            resume_page = resume_page_of(draft.payload)
        else:
            new_goal = goal if goal is not None else blank_goal()
            self.draft = WizardDraft(new_goal, store.list_goals, parent=self)
        # closing a goal unchanged asks nothing; a resumed draft always asks (unless it edits ``goal``)
        self.draft.initial = goal if goal is not None else (self.draft.goal if draft is None else None)

        self.setWindowTitle(self.tr("New goal") if self.goal.id is None else self.tr("Edit goal"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save goal"))
        pages = (
            StartPage(self.draft),
            WhatPage(self.draft),
            WhoPage(self.draft),
            MeasurePage(self.draft),
            ResourcesPage(self.draft),
            WhyPage(self.draft),
            WhenPage(self.draft),
            ShapePage(self.draft, self.calendar_for, store.subtargets(goal.id) if goal and goal.id else []),
            ReviewPage(self.draft),
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
        self.draft.edited.connect(self._draft_timer.start)
        self.currentIdChanged.connect(self._page_changed)
        if resume_page is not None:
            self.go_to(resume_page)

    def go_to(self, page_id: int) -> None:
        """Show page ``page_id`` (at most the review), stepping through the pages before it so each
        fills its fields and Back leads through them; stops early at a page that cannot be left."""
        self.restart()
        while self.currentId() < min(page_id, REVIEW) and self.currentId() != -1:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # -- the draft goal (read through to ``draft``, for the main window and tests) -------------

    @property
    def goal(self) -> Goal:
        """The goal as entered so far."""
        return self.draft.goal

    @property
    def findings(self) -> list[Finding]:
        """What the SMART checks say about the goal now."""
        return self.draft.findings

    @property
    def template(self) -> Template | None:
        """The template the goal began from, in the user's language."""
        return self.draft.template

    @property
    def thresholds(self) -> Thresholds:
        """The SMART checks' settings."""
        return self.draft.thresholds

    @property
    def draft_id(self) -> int | None:
        """The saved draft row, once there is one."""
        return self.draft.draft_id

    @draft_id.setter
    def draft_id(self, draft_id: int | None) -> None:
        self.draft.draft_id = draft_id

    def update_goal(self, **changes: Any) -> None:
        """Apply an edit to the draft goal, re-check it and show the findings."""
        self.draft.update(**changes)

    def start_from(self, kind: str, key: Any) -> None:
        """Begin from a blank goal, a template or a copy of goal ``key`` (see ``WizardDraft.start_from``)."""
        self.draft.start_from(kind, key, self.store.get_goal(key) if kind == COPY else None)

    def possible_parents(self) -> list[Goal]:
        """Goals this one may sit under: all but itself and its own sub-goals."""
        return self.draft.possible_parents()

    # -- drafts --------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        """Everything needed to reopen the wizard where the user was."""
        return self.draft.payload() | {"page": PAGE_NAMES[max(self.currentId(), WHAT)]}

    def save_draft(self) -> None:
        """Keep what has been typed in the plan file (quietly: a busy file is retried on the next edit)."""
        self._draft_timer.stop()
        if self.store.closed:  # the plan was closed under a wizard left open: nowhere to save to
            return
        try:
            self.draft.draft_id = self.store.save_draft(
                self.draft_payload(), self.draft.draft_id, goal_id=self.goal.id
            )
        except StoreError as error:
            log.warning("Draft not saved: %s", error)

    def _page_changed(self, page_id: int) -> None:
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.focus_first_field()
        # Paging through without typing keeps nothing: no draft to offer after a restart.
        if page_id > START and (not self.draft.unchanged() or self.draft.draft_id is not None):
            self.save_draft()

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft.draft_id is not None:
            try:
                self.store.delete_draft(self.draft.draft_id)
            except StoreError as error:
                log.warning("Draft not deleted: %s", error)
            self.draft.draft_id = None

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
            goal_id = self.store.save_goal_from_draft(goal, self.draft.draft_id, plan)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Goal not saved"), store_error_text(error))
            return  # the wizard stays open with everything typed
        except ShapeError as error:  # the plan's shape no longer fits the goal (a rise for a cut)
            QMessageBox.warning(self, self.tr("Goal not saved"), shape_error_text(error))
            self.setCurrentId(SHAPE)
            return
        except ValueError as error:  # e.g. the chosen parent would make a loop
            reason = QCoreApplication.translate("Breakdown", str(error))  # the plan could not be made
            QMessageBox.warning(self, self.tr("Goal not saved"), reason)
            return
        self.draft.saved_as(replace(goal, id=goal_id))
        self.saved.emit(goal_id)
        super().accept()

    def reject(self) -> None:
        if self.draft.unchanged():
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
