"""What each surface of the window shows of a goal's evaluation, read back from the surface itself.

A cross-surface test compares these with ``session.evaluation(goal_id)`` (core's one evaluation): the
goal list's status cells, the detail's check-in history and the chart's markers must say what core
said. Each extractor reads what a user would see (texts, drawn points), not the objects behind them.
Qt is imported inside the functions, so the chart tests can use ``chart_markers`` without Qt.
"""

from __future__ import annotations

from datetime import date

from goalplanner.core.progress import LABELS


def status_code(text: str) -> str | None:
    """The status code whose text ("■ Off track", in the language in force) starts ``text``; None when
    ``text`` shows no status (an empty cell, or a goal state such as "Draft")."""
    from goalplanner.ui.status_style import status_text

    for code in LABELS:
        shown = status_text(code)
        if text == shown or text.startswith(shown + " "):
            return code
    return None


def list_status(window, goal_id: int) -> tuple[str | None, str | None]:
    """``(own_code, rollup_code)`` as the goal list shows them for ``goal_id``: the Status cell (None
    for a goal that is not active: it shows its state) and the "With sub-goals" cell (None for a goal
    without sub-goals, whose cell is empty)."""
    from goalplanner.ui.goal_tree import ROLLUP, STATUS

    row = window.goal_list.model.index_of(goal_id)
    assert row.isValid(), f"goal {goal_id} is not in the list"
    return status_code(row.siblingAtColumn(STATUS).data()), status_code(row.siblingAtColumn(ROLLUP).data())


def history_statuses(window, goal_id: int) -> list[tuple[date, str | None, float | None]]:
    """The check-ins of the detail's history for ``goal_id``, oldest first, as ``(date, status code,
    achievement)``, read from the Status cell ("▲ At risk · 89%"): the achievement is the whole percent
    shown, as a fraction (0.89; None when the cell shows none). Selects the goal first."""
    from goalplanner.ui.detail.models import CheckInTableModel

    window.select_goal(goal_id)
    model = window.detail.history.checkin_model
    assert model.goal is not None and model.goal.id == goal_id
    rows = []
    for row in range(model.rowCount()):
        checkin = model.index(row, CheckInTableModel.DATE).data(CheckInTableModel.CHECKIN_ROLE)
        shown = model.index(row, CheckInTableModel.STATUS).data()
        rows.append((checkin.on, status_code(shown), _percent(shown.rpartition(" · ")[2])))
    return rows[::-1]  # the table is newest first


def chart_markers(figure, axes_index: int = 0) -> list[tuple[date, str]]:
    """The check-in markers drawn on ``figure``'s axes ``axes_index`` (the goal chart has one; the
    sub-goals chart one per sub-goal) as ``(date, status code)``, sorted by date then code: each marker
    group carries the gid ``status:<code>`` and its points sit at (check-in date, actual)."""
    import matplotlib.dates as mdates
    from matplotlib.collections import PathCollection

    markers = []
    for group in figure.axes[axes_index].findobj(PathCollection):
        gid = str(group.get_gid() or "")
        if gid.startswith("status:"):
            code = gid.removeprefix("status:")
            markers += [(mdates.num2date(x).date(), code) for x, _y in group.get_offsets()]
    return sorted(markers)


def shown_goal_chart(window, goal_id: int):
    """The goal chart of ``goal_id`` as the detail's chart tab draws it (the tab brought to the front)."""
    window.select_goal(goal_id)
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.chart_tab)
    detail.chart_tab.chart_goal_radio.click()
    return detail.chart_tab.chart_view.figure


def _percent(text: str) -> float | None:
    if not text.endswith("%"):
        return None
    digits = text.replace("%", "").replace("\u2212", "-").replace(",", "").strip()
    return int(digits) / 100
