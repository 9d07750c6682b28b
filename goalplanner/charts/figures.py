"""Charts that answer "are we on track, and since when not?", drawn with matplotlib from core objects.

Each builder returns a ``matplotlib.figure.Figure`` that is not tied to any window: the app shows
it in a Qt canvas, ``save_figure`` writes it as PNG or SVG, and the Excel export can use it too.
No pyplot (no global figure registry to leak), no Qt.

- ``goal_chart`` (``charts.goal``): one goal's plan, zones, check-ins, target, deadline and today.
- ``portfolio_chart`` (``charts.overview``): every active goal's latest achievement, worst first.
- ``rollup_chart`` (``charts.overview``): a parent goal's sub-goals side by side.

They draw a ``core.progress.Evaluation`` and judge nothing themselves: every marker, status line and
roll-up is what ``evaluate`` (and ``roll_up_plan``) said, so the chart cannot disagree with the list,
the detail, the command line or the workbook. Texts are wrapped to the figure's width by their
measured size (``charts.fitting``), never cut short.
"""

from __future__ import annotations

from goalplanner.charts.base import (
    ENGLISH,
    FORMATS,
    GOAL_SIZE,
    SAVE_DPI,
    configure_matplotlib,
    save_figure,
    warm_up,
)
from goalplanner.charts.goal import goal_chart
from goalplanner.charts.overview import portfolio_chart, rollup_chart

__all__ = [
    "ENGLISH",
    "FORMATS",
    "GOAL_SIZE",
    "SAVE_DPI",
    "configure_matplotlib",
    "goal_chart",
    "portfolio_chart",
    "rollup_chart",
    "save_figure",
    "warm_up",
]
