"""Goal commands of the main window: new and edit (the wizard), drafts, delete, move in the hierarchy."""

# Mixins translate with their own context: self.tr() would look up the window's class name at run time,
# while pyside6-lupdate files the text under the mixin, so the translation would never be found.

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox

from goalplanner.store import StoreError
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.goal_tree import GOAL_ROLE


class GoalActionsMixin:
    """The Goal menu's work; the window provides ``store``, ``wizard``, ``calendar_for`` and the tree."""

    @Slot()
    def new_goal(self) -> None:
        """Enter a new goal with the SMART wizard (or resume an unfinished one)."""
        if self.store is None:
            return
        if self.store.drafts():
            self.offer_draft()
            return
        self._open_wizard(_wizard_class()(self.store, self, calendar_for=self.calendar_for))

    def edit_goal(self, index) -> None:
        """Edit the goal at ``index`` of the tree with the wizard."""
        if self.store is None or not index.isValid():
            return
        self._open_wizard(
            _wizard_class()(self.store, self, goal=index.data(GOAL_ROLE), calendar_for=self.calendar_for)
        )

    @Slot()
    def offer_draft(self) -> None:
        """Offer to finish the goal the user was entering when the app last stopped."""
        drafts = self.store.drafts() if self.store is not None else []
        if not drafts or self.wizard is not None:
            return
        draft = drafts[0]
        title = draft.payload.get("goal", {}).get("title") or QCoreApplication.translate(
            "GoalActionsMixin", "(no title yet)"
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("GoalActionsMixin", "Unfinished goal"),
            QCoreApplication.translate(
                "GoalActionsMixin", "You were entering the goal “{0}” when goalplanner stopped. Resume it?"
            ).format(title),
            parent=self,
        )
        resume = box.addButton(
            QCoreApplication.translate("GoalActionsMixin", "&Resume"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("GoalActionsMixin", "&Discard it"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("GoalActionsMixin", "&Later"), QMessageBox.ButtonRole.RejectRole
        )
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
                _wizard_class()(self.store, self, goal=goal, draft=draft, calendar_for=self.calendar_for)
            )
        elif box.clickedButton() is discard:
            self.store.delete_draft(draft.id)

    def _open_wizard(self, wizard) -> None:
        self.wizard = wizard
        wizard.saved.connect(self._goal_saved)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()

    def _goal_saved(self, goal_id: int) -> None:
        self.session.reload()  # the goal list and the detail show the plan again
        self.select_goal(goal_id)

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    @Slot()
    def delete_goal(self) -> None:
        """Delete the selected goal after the user confirms."""
        goal = self.selected_goal()
        if self.store is None or goal is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("GoalActionsMixin", "Delete goal"),
            QCoreApplication.translate(
                "GoalActionsMixin",
                "Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.",
            ).format(goal.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_goal(goal.id)
        except StoreError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("GoalActionsMixin", "Not deleted"), store_error_text(error)
            )
        self.session.reload()  # the goal list and the detail show the plan again

    @Slot()
    def move_goal(self) -> None:
        """Put the selected goal under another goal (or at the top); loops are refused."""
        goal = self.selected_goal()
        if self.store is None or goal is None:
            return
        candidates = [g for g in self.store.list_goals() if g.id != goal.id]
        names = [QCoreApplication.translate("GoalActionsMixin", "(top level: no parent)")] + [
            g.title for g in candidates
        ]
        current = next((i + 1 for i, g in enumerate(candidates) if g.id == goal.parent_id), 0)
        name, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("GoalActionsMixin", "Move goal"),
            QCoreApplication.translate("GoalActionsMixin", "Put “{0}” under:").format(goal.title),
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
                self,
                QCoreApplication.translate("GoalActionsMixin", "Cannot move"),
                QCoreApplication.translate(
                    "GoalActionsMixin", "That goal sits under this one: moving would make a loop."
                ),
            )
            return
        except StoreError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("GoalActionsMixin", "Not moved"), store_error_text(error)
            )
            return
        self.session.reload()  # the goal list and the detail show the plan again
        self.select_goal(goal.id)


def _wizard_class():
    """The wizard's class, imported on first use (it and its pages cost ~20 ms of start-up)."""
    from goalplanner.ui.wizard import GoalWizard

    return GoalWizard
