"""A damaged plan viewed read-only: what can be read is shown, what cannot is listed, nothing is written.

When a plan fails validation the window offers "View what can be read": the plan is opened as a
``goalplanner.store.readable.ReadableStore`` (rows that cannot be read skipped, writes refused), and
:class:`ReadOnlyView` puts a banner above the goals saying the plan is damaged
and read-only, with every problem ``goalplanner check`` lists and each goal that cannot be read (its
id, and its title when that can be read), and disables every action that would write.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from goalplanner.store import Store
from goalplanner.store.readable import ReadableStore

MAX_LISTED = 200  # problems listed in the banner; the rest are counted


class ReadOnlyView(QObject):
    """The window's side: a banner above the goals while a damaged plan is viewed; writing disabled.

    Follows ``plan_files.opened`` (connected after the window's own handler, so it acts on the views
    the window has just made) and each change of the session (after the window re-enables actions).
    """

    def __init__(self, window: Any, plan_files: Any) -> None:
        super().__init__(window)
        self.window = window
        self.store: ReadableStore | None = None
        self.banner = QFrame(objectName="read_only_banner", frameShape=QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#read_only_banner { background: #fff4ce; }")
        self.heading = QLabel(wordWrap=True, objectName="read_only_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.problem_list = QListWidget(objectName="read_only_problems")
        self.problem_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.unreadable_label = QLabel(wordWrap=True, objectName="read_only_unreadable")
        self.unreadable_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self.banner)
        for widget in (self.heading, self.problem_list, self.unreadable_label):
            layout.addWidget(widget)
        pages = window.takeCentralWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(pages, 1)
        window.setCentralWidget(central)
        self.banner.hide()
        self.banner.installEventFilter(self)  # a language chosen in Settings: the banner says it anew
        self._cut = False  # the list's and the empty page's ways to edit are disconnected
        plan_files.opened.connect(self._opened)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.banner and event.type() == QEvent.Type.LanguageChange and self.store is not None:
            self._fill_banner()
            self._lock_actions()
        return super().eventFilter(watched, event)

    def writing_actions(self) -> list[Any]:
        """The window's actions that would write to the plan (disabled while it is viewed)."""
        w = self.window
        return [
            w.new_goal_action, w.edit_goal_action, w.delete_goal_action, w.move_goal_action,
            w.backup_action, w.import_action, w.export_action, w.undo_action, w.redo_action,
        ]  # fmt: skip

    def _opened(self, store: Store) -> None:
        window = self.window
        if not isinstance(store, ReadableStore):
            self.store = None
            self.banner.hide()
            if self._cut:  # a plan that can be changed again: the list edits, the empty page creates
                window.goal_list.goal_activated.connect(window.goals.edit_goal)
                window.empty_state.create_goal.connect(window.goals.new_goal)
                self._cut = False
            return
        self.store = store
        if not self._cut:
            window.goal_list.goal_activated.disconnect(window.goals.edit_goal)
            window.empty_state.create_goal.disconnect(window.goals.new_goal)
            self._cut = True
        self._lock_detail()
        window.session.changed.connect(lambda _change: self._lock_actions())
        self._fill_banner()
        self._lock_actions()

    def _lock_detail(self) -> None:
        detail = self.window.detail
        detail.checkin_form.setEnabled(False)
        detail.history.delete_button.setEnabled(False)
        detail.plan_tab.reset_button.setEnabled(False)
        detail.plan_tab.split_button.setEnabled(False)
        detail.resources_tab.set_editable(False)
        for view in (detail.history.checkin_view, detail.plan_tab.plan_view):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        detail.history.checkin_model.checkin_edited.disconnect()
        detail.plan_tab.plan_model.value_edited.disconnect()
        detail.plan_tab.plan_model.lock_toggled.disconnect()

    def _lock_actions(self) -> None:
        if self.store is None or self.window.store is not self.store:
            return
        for action in self.writing_actions():
            action.setEnabled(False)
        self.window.setWindowTitle(self.tr("{0} (read-only) — goalplanner").format(self.store.path.name))

    def _fill_banner(self) -> None:
        store = self.store
        unreadable = store.unreadable_goals()
        self.heading.setText(
            self.tr(
                "This plan is damaged and shown read-only: nothing can be changed or saved, and the "
                "file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:"
            ).format(len(store.problems))
        )
        self.problem_list.clear()
        lines = [problem.english() for problem in store.problems]
        lines += [line for line in store.skipped.values() if line not in lines]
        self.problem_list.addItems(lines[:MAX_LISTED])
        if len(lines) > MAX_LISTED:
            self.problem_list.addItem(self.tr("… and {0} more").format(len(lines) - MAX_LISTED))
        rows = max(1, min(self.problem_list.count(), 5))  # up to five lines; more scroll
        frame = 2 * self.problem_list.frameWidth() + 4
        self.problem_list.setFixedHeight(rows * max(self.problem_list.sizeHintForRow(0), 16) + frame)
        names = [
            self.tr("goal {0} “{1}”").format(goal_id, title)
            if title is not None
            else self.tr("goal {0} (its title cannot be read)").format(goal_id)
            for goal_id, title, _message in unreadable
        ]
        if names:
            self.unreadable_label.setText(
                self.tr("Goals that cannot be read, so are not in the list: {0}").format("; ".join(names))
            )
        else:
            self.unreadable_label.setText(self.tr("Every goal could be read and is in the list."))
        self.banner.show()
