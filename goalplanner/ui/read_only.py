"""A damaged plan viewed read-only: what can be read is shown, what cannot is listed, nothing is written.

When a plan fails validation the window offers "View what can be read". :class:`ReadableStore` opens
it with ``Store.open_reader`` (a read-only connection of its own: no backup, no checkpoint, no write)
and reads it row by row where the plan is damaged: a goal, plan period or check-in whose row cannot be
read is left out of what the views get and noted in ``skipped``; every write is refused with
:class:`ViewOnlyError`. :class:`ReadOnlyView` puts a banner above the goals saying the plan is damaged
and read-only, with every problem ``goalplanner check`` lists and each goal that cannot be read (its
id, and its title when that can be read), and disables every action that would write.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.store import Store, StoreError
from goalplanner.store.rows import BadRowError, describe, row_to_checkin, row_to_goal, row_to_subtarget
from goalplanner.store.validate import PlanProblem

T = TypeVar("T")
MAX_LISTED = 200  # problems listed in the banner; the rest are counted


class ViewOnlyError(StoreError):
    """A write asked of a plan open only to be viewed."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} is damaged and open only to be read: nothing in it can be changed or saved. "
        "Restore it from a backup to work on it.",
    )


class ReadableStore(Store):
    """A damaged plan opened with ``ReadableStore.open_reader(path)``: reads skip the rows that cannot be
    read (noted in ``skipped``), writes raise :class:`ViewOnlyError`. ``problems`` is what validation
    found (set by whoever opened it)."""

    read_only = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.problems: list[PlanProblem] = []
        self.skipped: dict[tuple[str, object], str] = {}  # (table, row id) -> what is wrong with it

    # -- reading, row by row ---------------------------------------------------------------------

    def _rows(self, sql: str, params: list[object], convert: Callable[[dict[str, Any]], T]) -> list[T]:
        found = []
        try:
            for row in self.db.query(sql, params):
                try:
                    found.append(convert(row))
                except BadRowError as error:
                    line = describe(error.table, error.row_id, error.goal_id, error.field, error.message)
                    self.skipped[(error.table, error.row_id)] = line
        except sqlite3.DatabaseError as error:  # damage below the rows: what was read so far
            self.skipped[("", sql)] = f"part of the file cannot be read ({error})"
        return found

    def list_goals(self) -> list[Goal]:
        return self._rows("SELECT * FROM goals ORDER BY id", [], row_to_goal)

    def get_goal(self, goal_id: int) -> Goal:
        found = self._rows("SELECT * FROM goals WHERE id = ?", [goal_id], row_to_goal)
        if not found:
            raise KeyError(goal_id)
        return found[0]

    def child_goals(self, goal_id: int) -> list[Goal]:
        return self._rows("SELECT * FROM goals WHERE parent_id = ? ORDER BY id", [goal_id], row_to_goal)

    def subtargets(self, goal_id: int) -> list[SubTarget]:
        sql = "SELECT * FROM subtargets WHERE goal_id = ? ORDER BY period, period_start"
        return self._rows(sql, [goal_id], row_to_subtarget)

    def checkins(self, goal_id: int) -> list[CheckIn]:
        sql = "SELECT * FROM checkins WHERE goal_id = ? ORDER BY on_date, id"
        return self._rows(sql, [goal_id], row_to_checkin)

    def progress_inputs(
        self, goal_ids: Iterable[int] | None = None
    ) -> list[tuple[Goal, CheckIn | None, list[SubTarget]]]:
        """As ``Store.progress_inputs``; where a row cannot be read, goal by goal, skipping bad rows."""
        with contextlib.suppress(BadRowError, sqlite3.DatabaseError):
            return super().progress_inputs(goal_ids)
        wanted = None if goal_ids is None else set(goal_ids)
        inputs = []
        for goal in self.list_goals():
            if wanted is not None and goal.id not in wanted:
                continue
            try:
                inputs += super().progress_inputs([goal.id])
            except (BadRowError, sqlite3.DatabaseError):
                readable = self.checkins(goal.id)
                inputs.append((goal, readable[-1] if readable else None, self.subtargets(goal.id)))
        return inputs

    def drafts(self) -> list:
        return []  # a draft is only offered to be finished, which writes

    def unreadable_goals(self) -> list[tuple[object, str | None, str]]:
        """Each goal whose row cannot be read: its id, its title when that is text, what is wrong."""
        found = []
        try:
            for row in self.db.query("SELECT * FROM goals ORDER BY id"):
                try:
                    row_to_goal(row)
                except BadRowError as error:
                    title = row.get("title") if type(row.get("title")) is str else None
                    found.append((row.get("id"), title, str(error.message)))
        except sqlite3.DatabaseError:
            pass
        return found

    # -- writing: refused ------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        raise ViewOnlyError(self.path)
        yield  # pragma: no cover

    def backup(self, reason: str = "manual") -> Any:
        raise ViewOnlyError(self.path)

    def daily_backup(self) -> None:
        raise ViewOnlyError(self.path)


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
        self._cut = False  # the list's and the empty page's ways to edit are disconnected
        plan_files.opened.connect(self._opened)

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
