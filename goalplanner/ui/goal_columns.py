"""How wide each column of the goal list is: the goal's sentence takes the slack, numbers and names are
compact, a status is never cut, and widths the user set stay as they are.

When the pane is too narrow for every column at its width, names give way first, then numbers, never
below their heading; only then does the list scroll sideways.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView, QWidget

from goalplanner.ui.goal_tree import (
    DEADLINE,
    KPI,
    LATEST,
    OWNER,
    STATUS_COLUMNS,
    TARGET,
    TITLE,
    GoalTreeModel,
)

MAX_NAME_WIDTH = 140  # a name wider than this is cut (its tooltip has it whole)
MAX_NUMBER_WIDTH = 100  # numbers stay compact; a long unit is cut, the tooltip has it
MIN_TITLE_WIDTH = 200
TITLE_SHARE = 0.35  # before the goal's sentence gets less than this share of the pane, others give way
LEAST_NAME_WIDTH = 64  # how far names give way when the pane is narrow (never below their heading)
LEAST_NUMBER_WIDTH = 72  # and numbers, after the names
NAME_COLUMNS = (OWNER, KPI)  # give way first: the tooltip and the detail have them whole
NUMBER_COLUMNS = (LATEST, TARGET, DEADLINE)


class GoalHeader(QHeaderView):
    """The goal list's headings: room for the sort arrow only where it is drawn, on the sorted column.

    Qt adds the arrow's room to every heading of a sortable view, which made each column some 20
    pixels wider than its heading needs and left the goal little room.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsMovable(True)  # as a tree view's own header
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 (Qt's name)
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(size.width() - size.height() - margin)  # what Qt added for an arrow not drawn
        return size


@dataclass(frozen=True)
class Contents:
    """What each column but the title needs for its headings and the values it shows: measured once
    per change of the goals (10,000 goals take a good part of a second), fitted to the pane on every
    resize without measuring again."""

    wanted: dict[int, int]
    headings: dict[int, int]


def content_widths(tree: QTreeView, model: GoalTreeModel) -> Contents:
    """How wide each column but the title would like to be for the goals ``tree`` shows now."""
    header, count = tree.header(), model.columnCount()
    metrics, margins = tree.fontMetrics(), _text_margins(tree)
    wanted, headings = {}, {}
    for column in range(1, count):
        headings[column] = heading = header.sectionSizeFromContents(column).width()
        if column in STATUS_COLUMNS:  # a status is read whole in every language
            status = max(metrics.horizontalAdvance(text) for text in model.status_texts(column)) + margins
            wanted[column] = max(status, heading)
            continue
        content = min(tree.sizeHintForColumn(column), _cap(column))
        wanted[column] = max(content, heading)
    return Contents(wanted, headings)


def grown(tree: QTreeView, model: GoalTreeModel, contents: Contents, goal_ids: Iterable[int]) -> Contents:
    """``contents`` with room for the values the goals ``goal_ids`` show now (a check-in recorded, a
    goal edited): only their cells are measured, as text, so one change in a big plan costs no
    measuring of the whole list. Columns never shrink here; a change of the plan's goals measures anew."""
    metrics, margins = tree.fontMetrics(), _text_margins(tree)
    indexes = [index for index in (model.index_of(goal_id) for goal_id in goal_ids) if index.isValid()]
    wanted = dict(contents.wanted)
    for column in wanted:
        texts = [model.data(index.siblingAtColumn(column)) for index in indexes]
        widths = [metrics.horizontalAdvance(text) + margins for text in texts if text]
        if widths:
            needed = max(widths) if column in STATUS_COLUMNS else min(max(widths), _cap(column))
            wanted[column] = max(wanted[column], needed)
    return Contents(wanted, contents.headings)


def column_widths(
    tree: QTreeView, model: GoalTreeModel, user_widths: dict[int, int], contents: Contents | None = None
) -> tuple[dict[int, int], int]:
    """The width of each column but the title, and the title's, for ``tree`` as it is now (measured
    again unless ``contents`` says what the columns need)."""
    contents = contents or content_widths(tree, model)
    wanted, least = dict(contents.wanted), {}
    for column, width in wanted.items():
        if column in STATUS_COLUMNS:
            least[column] = width
        else:
            name = column in NAME_COLUMNS
            heading = contents.headings[column]
            least[column] = min(width, max(heading, LEAST_NAME_WIDTH if name else LEAST_NUMBER_WIDTH))
    count = model.columnCount()
    for column, width in user_widths.items():
        if 0 < column < count:
            wanted[column] = least[column] = width
    widths, title = fit_widths(wanted, least, (NAME_COLUMNS, NUMBER_COLUMNS), tree.viewport().width())
    return widths, user_widths.get(TITLE, title)


def _cap(column: int) -> int:
    return MAX_NAME_WIDTH if column in NAME_COLUMNS else MAX_NUMBER_WIDTH


def fit_widths(
    wanted: dict[int, int], least: dict[int, int], give_way: tuple[tuple[int, ...], ...], room: int
) -> tuple[dict[int, int], int]:
    """Column widths and the title's width for ``room`` pixels: each column ``wanted`` wide, the title
    the rest; when the title would be narrower than its least, the ``give_way`` groups shrink in turn,
    each column in proportion to what it can spare, never below its ``least``."""
    widths = dict(wanted)
    title_least = max(MIN_TITLE_WIDTH, int(room * TITLE_SHARE), max(widths.values(), default=0) + 1)
    for group in give_way:
        over = sum(widths.values()) + title_least - room
        spare = sum(widths[c] - least[c] for c in group if c in widths)
        if over <= 0 or spare <= 0:
            continue
        share = min(over, spare) / spare
        for column in group:
            if column in widths:
                widths[column] -= math.ceil((widths[column] - least[column]) * share)
    return widths, max(title_least, room - sum(widths.values()))


def _text_margins(view: QTreeView) -> int:
    """The room an item view leaves around a cell's text, both sides, with a pixel to spare."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + 2
