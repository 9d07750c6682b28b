"""File → Add a team's plan…, Refresh team plans, and the link's Locate… and Remove link.

A department head links each team lead's ``.goalplan`` file (usually in a shared folder) under a
department goal; the session reads it from a snapshot (``store.team_plans``). This part owns the
actions, asks for files, and watches the linked files: a change to a team file (or to its -wal,
where a lead's open goalplanner writes first) takes a new snapshot of that plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from goalplanner import paths
from goalplanner.core.linked import is_linked
from goalplanner.store import StoreError
from goalplanner.ui.commands import LinkTeamPlan, UnlinkTeamPlan
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.session import PlanChange, PlanSession
from goalplanner.ui.team_view import TeamPlanView

# Changes to a file come in bursts (a transaction writes several pages): one snapshot after the last.
SETTLE_MS = 300


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


class TeamPlans(QObject):
    """The window's team-plan actions and the watcher of the linked files."""

    message = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session: PlanSession | None = None
        self.add_action = QAction(window, objectName="add_team_plan")
        self.add_action.triggered.connect(lambda _c=False: self.add_team_plan())
        self.refresh_action = QAction(window, objectName="refresh_team_plans")
        self.refresh_action.triggered.connect(lambda _c=False: self.refresh())
        self.remove_action = QAction(window, objectName="remove_team_plan")
        self.remove_action.triggered.connect(lambda _c=False: self._remove_current())
        self.view = TeamPlanView(lambda evaluation: window.detail.status_text(evaluation))
        self.view.refresh_requested.connect(lambda link_id: self.refresh([link_id]))
        self.view.locate_requested.connect(self.locate)
        self.view.remove_requested.connect(self.remove)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._refresh_changed)
        self._stamps: dict[int, tuple[object, ...]] = {}  # by link id: its file's and -wal's size and time
        self.retranslate()

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add a &team's plan…"))
        self.refresh_action.setText(self.tr("Refresh team &plans"))
        self.remove_action.setText(self.tr("Remove team plan &link"))
        self.add_action.setToolTip(
            self.tr("Show a team lead's plan file read-only under the selected (department) goal.")
        )

    def actions(self) -> list[QAction]:
        return [self.add_action, self.refresh_action, self.remove_action]

    def follow(self, session: PlanSession | None) -> None:
        """Serve ``session`` from now on (None: no plan open)."""
        self.session = session
        if session is not None:
            session.changed.connect(self._plan_changed)
        self._plan_changed(PlanChange(structure=True))

    # -- what the window asks of it --------------------------------------------------------------

    def show_row(self, row_id: int) -> bool:
        """Show a team plan's row or goal in the view; False when ``row_id`` is not one."""
        session = self.session
        branch = session.branch_of(row_id) if session is not None and is_linked(row_id) else None
        if branch is None:
            return False
        self.view.show_row(branch, None if row_id == branch.branch_id else session.linked_state(row_id))
        self.update_actions()
        return True

    def update_actions(self) -> None:
        has_plan = self.session is not None and not self.session.store.closed
        self.add_action.setEnabled(has_plan and self.window.goal_list.selected_goal() is not None)
        self.refresh_action.setEnabled(has_plan and bool(self.session.team_branches()))
        self.remove_action.setEnabled(has_plan and self._current_link() is not None)

    def add_team_plan(self, path: str | None = None) -> None:
        """Link a team plan file under the selected goal (asked for when ``path`` is None)."""
        department = self.window.goal_list.selected_goal()
        if self.session is None or department is None:
            self.message.emit(self.tr("Select the department goal the team's plan belongs under first."))
            return
        if path is None:
            path = self._choose(self.tr("Add a team's plan under “{0}”").format(department.title))
            if not path:
                return
        try:
            link = self.session.add_team_plan(department.id, path)
        except ValueError:
            self._warn(self.tr("This is the plan that is open: choose a team lead's plan file."))
            return
        except StoreError as exc:
            self._warn(store_error_text(exc))
            return
        self.session.push(LinkTeamPlan(self.session, link, self.tr("Add team plan {0}").format(link.name)))
        self.window.select_goal(self.session.linked_ids.of(link.id))
        self.message.emit(self.tr("Team plan {0} shown under “{1}”.").format(link.name, department.title))

    def refresh(self, link_ids: list[int] | None = None) -> None:
        """Take new snapshots (of ``link_ids``, default every linked plan)."""
        if self.session is not None and not self.session.store.closed:
            self.session.refresh_team_plans(link_ids)

    def locate(self, link_id: int, path: str | None = None) -> None:
        """Point a link at its file where it is now (a share mounted elsewhere, a file moved)."""
        if self.session is None:
            return
        if path is None:
            path = self._choose(self.tr("Locate the team's plan"))
            if not path:
                return
        try:
            self.session.relink_team_plan(link_id, path)
        except (ValueError, StoreError) as exc:
            self._warn(store_error_text(exc) if isinstance(exc, StoreError) else str(exc))

    def remove(self, link_id: int) -> None:
        """Stop showing a team plan (its file is not touched)."""
        if self.session is None:
            return
        branch = next((b for b in self.session.team_branches() if b.link.id == link_id), None)
        link = next((link for link in self.session.store.linked_plans() if link.id == link_id), None)
        try:
            self.session.remove_team_plan(link_id)
        except StoreError as exc:  # a plan viewed read-only, a file gone read-only
            self._warn(store_error_text(exc))
            return
        if link is not None:
            text = self.tr("Remove team plan link {0}").format(link.name)
            self.session.push(UnlinkTeamPlan(self.session, link, text))
        if branch is not None:
            self.window.select_goal(branch.link.goal_id)

    # -- inside ----------------------------------------------------------------------------------

    def _current_link(self) -> int | None:
        row_id = self.window.goal_list.current_row_id()
        branch = self.session.branch_of(row_id) if self.session and is_linked(row_id) else None
        return branch.link.id if branch is not None else None

    def _remove_current(self) -> None:
        link_id = self._current_link()
        if link_id is not None:
            self.remove(link_id)

    def _choose(self, title: str) -> str:
        start = str(self.session.store.path.parent) if self.session else str(paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(
            self.window, title, start, self.tr("Goal plans (*{0});;All files (*)").format(paths.PLAN_SUFFIX)
        )
        return name

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Team plan"), text)

    def _plan_changed(self, change: PlanChange) -> None:
        if change.structure:
            self._watch()
        self.update_actions()

    def _watch(self) -> None:
        """Watch each linked file, its -wal, and their folder (a -wal appearing, a file put back)."""
        wanted: set[str] = set()
        self._stamps = {}
        session = self.session
        for branch in session.team_branches() if session is not None and not session.store.closed else []:
            path = Path(branch.link.path)
            wal = path.with_name(path.name + "-wal")
            self._stamps[branch.link.id] = (_stamp(path), _stamp(wal))
            wanted |= {str(p) for p in (path, wal, path.parent) if p.exists()}
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _file_changed(self, _path: str) -> None:
        self._settle.start()

    def _refresh_changed(self) -> None:
        session = self.session
        if session is None or session.store.closed:
            return
        changed = []
        for branch in session.team_branches():
            path = Path(branch.link.path)
            now = (_stamp(path), _stamp(path.with_name(path.name + "-wal")))
            if now != self._stamps.get(branch.link.id):
                changed.append(branch.link.id)
        if changed:
            self.refresh(changed)
