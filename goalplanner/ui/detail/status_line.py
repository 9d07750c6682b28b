"""The goal's status line in the detail: always two lines high, so a check-in that changes it never moves
the check-in form below it (a form that jumps under the pointer takes clicks meant for another field).

Text that needs more than two lines at the pane's width ends with "…"; the tooltip holds all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

LINES = 2


class StatusLine(QWidget):
    """A label of fixed height: ``text()`` is the whole status, as much of it is drawn as fits."""

    def __init__(self, objectName: str = "", parent: QWidget | None = None) -> None:  # noqa: N803 (Qt's)
        super().__init__(parent, objectName=objectName)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the pane
        self._fix_height()

    def text(self) -> str:
        """The whole status line, however much of it is on screen."""
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setToolTip(text)
        self.update()

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fix_height()
        super().changeEvent(event)

    def shown_lines(self) -> list[str]:
        """The lines drawn at the present width: words wrapped, the last one cut with "…" if need be."""
        width = max(1, self.contentsRect().width())
        layout = QTextLayout(self._text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while len(starts) < LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        ends = [*starts[1:], len(self._text)]
        lines = [self._text[start:end].rstrip() for start, end in zip(starts, ends, strict=True)]
        if lines:  # the last line takes the rest of the text, cut to the width
            rest = self._text[starts[-1] :]
            lines[-1] = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        for number, line in enumerate(self.shown_lines()):
            baseline = rect.top() + number * metrics.lineSpacing() + metrics.ascent()
            painter.drawText(QPointF(rect.left(), baseline), line)
