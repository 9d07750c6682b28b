"""A drawn chart on screen: the pixels the chart worker made, and its goal bars to click."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from goalplanner.ui.chart_render import MIN_CANVAS, ChartPicture


class ChartImage(QWidget):
    """A drawn chart's pixels, as the worker made them; a click on a goal's bar emits ``goal_clicked``.

    It stands where matplotlib's Qt canvas stood, without matplotlib on the GUI thread: painting is
    copying an image, and the goal bars' places came with it.
    """

    goal_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: ChartPicture | None = None
        self.setMouseTracking(True)  # the hand over a bar that opens its goal
        self.hide()

    def set_picture(self, picture: ChartPicture, pane_height: int) -> None:
        self.picture = picture
        # Never smaller than a chart can be laid out in (a narrower pane scrolls instead).
        tall = picture.height if picture.height > pane_height + 1 else 0
        self.setMinimumSize(MIN_CANVAS[0], max(MIN_CANVAS[1], tall))
        self.update()

    @property
    def device_pixel_ratio(self) -> float:
        return self.devicePixelRatioF()

    def draw(self) -> None:
        """Paint the chart now (it is drawn already: this copies its pixels to the screen)."""
        self.repaint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)  # as the figure's own background
        if self.picture is not None:
            painter.drawImage(0, 0, self.picture.image)
        painter.end()

    def _goal_at(self, position: QPointF) -> int | None:
        areas = self.picture.goals if self.picture is not None else []
        return next((goal_id for area, goal_id in areas if area.contains(position)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        goal_id = self._goal_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and goal_id is not None:
            self.goal_clicked.emit(goal_id)  # a right-click opens the menu, not the goal
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self._goal_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
