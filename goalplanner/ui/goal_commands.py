"""Goal commands: new and edit (the wizard), unfinished drafts, delete, move in the hierarchy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from goalplanner.core.agent_split import Split
from goalplanner.core.hierarchy import possible_parents
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import Goal
from goalplanner.store import StoreError
from goalplanner.ui.commands import EditGoal, SplitTeam
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.session import PlanSession
from goalplanner.ui.widgets import format_date

# The undo step of a split (lupdate files a counted text as plural only when it sees a number here).
SPLIT_TEXT = QT_TRANSLATE_NOOP("GoalCommands", "Split “{0}” among %n agents", None, 1)


class GoalCommands(QObject):
    """The Goal menu's work on the open plan's session.

    ``window`` is the parent of the wizard and the dialogs; ``selected_goal`` tells which goal the
    user has chosen. ``goal_saved`` carries the id of a goal the wizard saved or a goal moved, for the
    window to select it.
    """

    goal_saved = Signal(int)

    def __init__(self, window: QWidget, selected_goal: Callable[[], Goal | None]) -> None:
        super().__init__(window)
        self.window, self.selected_goal = window, selected_goal
        self.session: PlanSession | None = None
        self.wizard = None  # the open GoalWizard, if any
        self._before = None  # the goal the open wizard edits and its plan, as they were: for undo

    @property
    def store(self):
        """The open plan's store, None when no plan is open."""
        return self.session.store if self.session is not None else None

    @Slot()
    def new_goal(self) -> None:
        """Enter a new goal with the SMART wizard (or resume an unfinished one)."""
        if self.store is None:
            return
        if self.store.drafts():
            self.offer_draft()
            return
        self._open_wizard(_wizard_class()(self.store, self.window, calendar_for=self.session.calendar_for))

    def edit_goal(self, goal_id: int | None = None) -> None:
        """Edit the goal ``goal_id`` (default: the selected one) with the wizard; undo takes the edit back."""
        self._edit(goal_id)

    def edit_resources(self, goal_id: int) -> None:
        """Open the wizard on goal ``goal_id`` at its Resources page (the goal detail's button)."""
        from goalplanner.ui.wizard.wizard import RESOURCES

        self._edit(goal_id, page=RESOURCES)

    def _edit(self, goal_id: int | None, page: int | None = None) -> None:
        if goal_id is None:
            selected = self.selected_goal()
            goal_id = selected.id if selected is not None else None
        state = self.session.state(goal_id) if self.session is not None and goal_id is not None else None
        if state is None:
            return
        wizard = _wizard_class()(
            self.store, self.window, goal=state.goal, calendar_for=self.session.calendar_for
        )
        if page is not None:
            wizard.go_to(page)
        self._open_wizard(wizard, before=state.goal)

    @Slot()
    def offer_draft(self) -> None:
        """Offer to finish the goal the user left unfinished (closed as a draft, or the app stopped)."""
        drafts = self.store.drafts() if self.store is not None else []
        if not drafts or self.wizard is not None:
            return
        draft = drafts[0]
        title = draft.payload.get("goal", {}).get("title") or self.tr("(no title yet)")
        # A draft is work kept for later, not the trace of a crash: say what it is and when it was touched.
        question = (
            self.tr("You have an unfinished goal, “{0}”, last changed on {1} at {2}. Resume it?")
            if draft.goal_id is None
            else self.tr(
                "You have unfinished changes to the goal “{0}”, last changed on {1} at {2}. Resume them?"
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished goal"),
            question.format(title, *when_changed(draft.updated)),
            parent=self.window,
        )
        resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("&Discard it"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.exec()
        if box.clickedButton() is resume:
            goal = None
            if draft.goal_id is not None:
                try:
                    goal = self.store.get_goal(draft.goal_id)
                except KeyError:
                    goal = None
            self._open_wizard(
                _wizard_class()(
                    self.store, self.window, goal=goal, draft=draft, calendar_for=self.session.calendar_for
                ),
                before=goal,
            )
        elif box.clickedButton() is discard:
            self.store.delete_draft(draft.id)

    def _open_wizard(self, wizard, before: Goal | None = None) -> None:
        self.wizard = wizard
        self._before = (before, self.store.subtargets(before.id)) if before is not None else None
        wizard.saved.connect(self._goal_saved)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()

    def _goal_saved(self, goal_id: int) -> None:
        if self.session is not None:
            self._push_edit(goal_id)
            self.session.notify(structure=True)
        self.goal_saved.emit(goal_id)

    def _push_edit(self, goal_id: int) -> None:
        """An edited goal's change goes on the undo stack (a new goal's does not: delete takes it away)."""
        before, self._before = self._before, None
        if before is None or before[0].id != goal_id:
            return
        try:
            after = (self.store.get_goal(goal_id), self.store.subtargets(goal_id))
        except (KeyError, StoreError):
            return  # saved, but not readable back: nothing to undo against
        if after[0] != before[0] or after[1] != before[1]:
            text = self.tr("Edit goal “{0}”").format(after[0].title)
            self.session.push(EditGoal(self.session, before, after, text))

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
        self._before = None

    @Slot()
    def delete_goal(self) -> None:
        """Delete the selected goal after the user confirms."""
        goal = self.selected_goal()
        if self.store is None or goal is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete goal"),
            self.tr(
                "Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.",
            ).format(goal.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_goal(goal.id)
        except StoreError as error:
            QMessageBox.warning(self.window, self.tr("Not deleted"), store_error_text(error))
        self.session.notify(structure=True)

    @Slot()
    def move_goal(self) -> None:
        """Put the selected goal under another goal (or at the top); loops are refused."""
        goal = self.selected_goal()
        if self.store is None or goal is None:
            return
        candidates = possible_parents(self.store.list_goals(), goal.id)
        names = [self.tr("(top level: no parent)")] + [g.title for g in candidates]
        current = next((i + 1 for i, g in enumerate(candidates) if g.id == goal.parent_id), 0)
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Move goal"),
            self.tr("Put “{0}” under:").format(goal.title),
            names,
            current,
            False,
        )
        if not ok:
            return
        parent_id = None if names.index(name) == 0 else candidates[names.index(name) - 1].id
        try:
            self.store.save_goal(replace(goal, parent_id=parent_id))
        except ValueError:
            QMessageBox.warning(
                self.window,
                self.tr("Cannot move"),
                self.tr("That goal sits under this one: moving would make a loop."),
            )
            return
        except StoreError as error:
            QMessageBox.warning(self.window, self.tr("Not moved"), store_error_text(error))
            return
        self.session.notify(structure=True)
        self.goal_saved.emit(goal.id)

    def keep_draft(self) -> None:
        """After an unexpected error: save what the open wizard holds, so no typing is lost."""
        if self.wizard is not None and not self.wizard.store.closed:
            self.wizard.save_draft()


def split_into_agents(session: PlanSession, split: Split, parent: QWidget) -> list[int] | None:
    """Save ``split`` (the team goal, its earlier agents made plain sub-goals, each new agent with its
    plan) in one transaction and put it on the undo stack as one step; the new agents' ids, or None
    (after saying why) when the plan file refused it."""
    store = session.store
    try:
        before = store.get_goal(split.team.id)
        others_before = [store.get_goal(goal.id) for goal in split.retired]
        ids = store.save_agents(split.team, split.agents, split.retired)
    except (StoreError, KeyError, ValueError) as error:
        text = store_error_text(error) if isinstance(error, StoreError) else str(error)
        QMessageBox.warning(parent, QCoreApplication.translate("GoalCommands", "Not split"), text)
        return None
    agents = [
        (replace(agent, id=agent_id), list(plan))
        for (agent, plan), agent_id in zip(split.agents, ids, strict=True)
    ]
    text = QCoreApplication.translate("GoalCommands", SPLIT_TEXT, None, len(ids))
    text = text.format(before.title)
    session.push(SplitTeam(session, (before, split.team), agents, (others_before, list(split.retired)), text))
    session.notify(structure=True)
    return ids


def switch_actuals(session: PlanSession, goal_id: int, source: str) -> bool:
    """Make goal ``goal_id`` take its actuals from ``source`` ("own" or "agents"), undoably; False when
    the plan file refused it."""
    store = session.store
    try:
        before = store.get_goal(goal_id)
        after = replace(before, actuals_from=source)
        plan = store.subtargets(goal_id)
        store.save_goal(after)
    except (StoreError, KeyError):
        return False
    text = (
        QCoreApplication.translate("GoalCommands", "Take “{0}”'s actuals from its agents")
        if source == "agents"
        else QCoreApplication.translate("GoalCommands", "Use “{0}”'s own check-ins")
    ).format(before.title)
    session.push(EditGoal(session, (before, plan), (after, plan), text))
    session.notify({goal_id})
    return True


def _wizard_class():
    """The wizard's class, imported on first use (it and its pages cost ~20 ms of start-up)."""
    from goalplanner.ui.wizard import GoalWizard

    return GoalWizard


def when_changed(updated: str) -> tuple[str, str]:
    """A draft's ISO UTC timestamp as the user reads its date and time, in their time zone."""
    try:
        moment = datetime.fromisoformat(updated).astimezone()
    except (TypeError, ValueError):  # written by another program: say nothing rather than something wrong
        return "?", "?"
    time = QLocale().toString(QTime(moment.time()), QLocale.FormatType.ShortFormat)
    return format_date(moment.date()), time
