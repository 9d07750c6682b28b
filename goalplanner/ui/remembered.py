"""What the user left on screen comes back on the next start: the window's size and place, the splitter,
the goal list's column widths the user set, the detail's tab, and for each plan file its selected goal.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from goalplanner.ui.goal_tree import DEADLINE, KPI, LATEST, OWNER, ROLLUP, STATUS, TARGET, TITLE

if TYPE_CHECKING:
    from goalplanner.ui.detail import GoalDetail
    from goalplanner.ui.goal_list import GoalListPane

# Column widths are remembered by name, so a column added later does not take another's width.
COLUMN_NAMES = {
    TITLE: "goal", STATUS: "status", ROLLUP: "with_sub_goals", OWNER: "owner", KPI: "metric",
    LATEST: "latest", TARGET: "target", DEADLINE: "deadline",
}  # fmt: skip
WIDTHS = "goalList/columnWidths"


def plan_key(path: Path) -> str:
    """The settings group of one plan file: the same for every spelling of its path."""
    digest = hashlib.sha256(str(Path(path).expanduser().resolve()).encode()).hexdigest()[:16]
    return f"plans/{digest}"


class RememberedView(QObject):
    """Puts ``splitter`` and ``goal_list`` back as they were left (at once; the window's own geometry is
    put back by the window's frame before the window is shown), and keeps track of the goal
    chosen in each plan and of the detail's tab as the user changes them."""

    def __init__(
        self, settings: QSettings, window: QMainWindow, splitter: QSplitter, goal_list: GoalListPane
    ) -> None:
        super().__init__(window)
        self.settings, self.window, self.splitter, self.goal_list = settings, window, splitter, goal_list
        splitter_state = settings.value("window/splitter")
        if isinstance(splitter_state, QByteArray | bytes):
            splitter.restoreState(splitter_state)
        settings.beginGroup(WIDTHS)
        names = {name: column for column, name in COLUMN_NAMES.items()}
        widths = {names[key]: _number(settings.value(key)) for key in settings.childKeys() if key in names}
        settings.endGroup()
        goal_list.user_widths.update({column: width for column, width in widths.items() if width > 0})
        goal_list.current_goal_changed.connect(self._goal_chosen)

    def goal_for(self, path: Path) -> int | None:
        """The goal last selected in the plan at ``path``, None when none was."""
        value = _number(self.settings.value(f"{plan_key(path)}/goal"))
        return value if value > 0 else None

    def follow(self, detail: GoalDetail) -> None:
        """Show the tab last shown in ``detail`` (the open plan's), and remember each tab chosen."""
        tab = _number(self.settings.value("detail/tab"))
        if 0 <= tab < detail.tabs.count():
            detail.tabs.setCurrentIndex(tab)
        detail.tabs.currentChanged.connect(lambda index: self.settings.setValue("detail/tab", index))

    def _goal_chosen(self, goal_id: int | None) -> None:
        session = self.goal_list.session
        if goal_id is not None and session is not None:
            self.settings.setValue(f"{plan_key(session.store.path)}/goal", goal_id)

    def save(self) -> None:
        """Note the window, the splitter and the widths the user gave columns (the window is closing)."""
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.remove(WIDTHS)
        for column, width in self.goal_list.user_widths.items():
            if column in COLUMN_NAMES:
                self.settings.setValue(f"{WIDTHS}/{COLUMN_NAMES[column]}", width)


def _number(value: object) -> int:
    """A whole number read back from the settings (an ini file gives text), -1 when there is none."""
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return -1
