"""The portfolio tab: every active goal's latest achievement on one chart, the worst at the top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from goalplanner.core.progress import Evaluation
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.session import PlanChange, PlanSession


class PortfolioView(QWidget):
    """The portfolio chart, drawn when the tab is shown; a click on a bar opens that goal."""

    goal_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: PlanSession | None = None
        self.entries: list[Evaluation] = []
        self.shown_codes: dict[int, str] = {}  # each goal's status as the goal list colours it
        self._stale = True
        self._unread = False  # the session changed since its goals were read for the chart
        self.chart_view = ChartView()
        self.chart_view.setObjectName("portfolio_chart")
        self.chart_view.goal_clicked.connect(self.goal_chosen)
        self.hint = QLabel(wordWrap=True)
        self.save_button = QPushButton(objectName="save_portfolio")
        self.save_button.clicked.connect(lambda: self.chart_view.save_dialog("png"))
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Click a bar to open that goal. Right-click the chart to save or copy it."))
        self.save_button.setText(self.tr("&Save chart…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._stale = not self.isVisible()  # a visible chart redraws itself (ChartView)
        super().changeEvent(event)

    def set_session(self, session: PlanSession) -> None:
        """Chart ``session``'s goals, and again after each change to them."""
        self.session = session
        session.changed.connect(self._plan_changed)
        self._plan_changed()

    def _plan_changed(self, _change: PlanChange | None = None) -> None:
        # Read the 10,000 goals of a big plan only when the chart is drawn, not at every check-in.
        self._unread = self._stale = True
        if self.isVisible():
            self.redraw()

    def _read_session(self) -> None:
        self._unread = False
        states = self.session.states()
        self.shown_codes = {state.goal.id: state.guarded.shown_code for state in states}  # as the list
        self.entries = [state.evaluation for state in states]

    def set_entries(self, entries: list[Evaluation]) -> None:
        """The goals' evaluations to chart; drawn now if the tab is on screen, else when it is shown."""
        self.entries = list(entries)
        self._unread, self._stale = False, True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        """Draw the chart from the current entries (the session's goals as they stand); the figure is
        built and drawn on the chart worker."""
        if self._unread and self.session is not None:
            self._read_session()
        entries, shown_codes = self.entries, dict(self.shown_codes)

        def figure(locale, size):
            # imported when the figure is built, after the chart loader has loaded it off this thread
            from goalplanner.charts.figures import portfolio_chart

            return portfolio_chart(entries, locale=locale, size=size or (8.0, 2.6), shown_codes=shown_codes)

        self.chart_view.show_chart(figure, "portfolio")
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()
