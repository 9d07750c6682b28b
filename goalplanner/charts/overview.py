"""Many goals on one chart: the portfolio (every active goal's latest achievement, worst first) and a
parent goal's sub-goals side by side. Both draw what ``core.progress`` judged; bars carry goal ids."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from goalplanner.charts.base import (
    ENGLISH,
    legend,
    marker_handle,
    new_figure,
    say_empty,
    title,
)
from goalplanner.charts.fitting import DPI, shorten, wrap
from goalplanner.charts.goal import draw_goal, period_plan
from goalplanner.charts.text import ChartLocale
from goalplanner.core.i18n import Wording, shown_percent
from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.palette import ACTUAL_COLOUR, MARKER_COLOUR, PLAN_COLOUR, STATUS_LOOKS, TARGET_COLOUR
from goalplanner.core.progress import (
    DEFAULT_STATUS_THRESHOLDS,
    NO_DATA,
    SEVERITY_ORDER,
    Evaluation,
    Status,
    StatusThresholds,
)
from goalplanner.core.rollup import RollUp, rollup_reason


def portfolio_chart(
    evaluations: Sequence[Evaluation],
    *,
    limit: int = 40,
    locale: ChartLocale = ENGLISH,
    size: tuple[float, float] = (8.0, 2.6),
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
    shown_codes: Mapping[int, str] | None = None,
) -> Figure:
    """Every active goal's latest achievement as ``evaluations`` judged it, grouped by status, the
    worst at the top; ``shown_codes`` (core.rollup's ``Guarded.shown_code`` by goal id) groups and
    colours a goal held back by its guardrail as at risk, as the goal list does.

    Bars carry the goal id as their gid, so a window can turn a click into "show this goal".
    ``size`` gives the width and the least height; a long list makes the figure taller.
    """
    codes = shown_codes or {}
    active = [
        (e.goal, replace(e.status, code=codes.get(e.goal.id, e.status.code)))
        for e in evaluations
        if e.goal.state == "active"
    ]
    rank = {code: index for index, code in enumerate(SEVERITY_ORDER)}
    active.sort(key=lambda e: (rank[e[1].code], math.inf if e[1].achievement is None else e[1].achievement))
    shown, hidden = active[:limit], len(active) - min(len(active), limit)
    width = size[0]
    figure = new_figure(width, max(size[1], 1.5 + 0.3 * len(shown)), locale)
    axes = figure.add_subplot()
    counts = [(code, sum(1 for _g, s in active if s.code == code)) for code in SEVERITY_ORDER]
    summary = " · ".join(
        f"{locale.status(code, STATUS_LOOKS[code].symbol)} {count}" for code, count in counts if count
    )
    title(figure, locale.text("portfolio_title"))
    axes.set_title(wrap(summary, width * DPI * 0.7, 10), loc="left")
    if not shown:
        axes.set_axis_off()
        say_empty(axes, locale.text("portfolio_none"), 60)
        return figure
    for row, (goal, status) in enumerate(shown):
        look = STATUS_LOOKS[status.code]
        if status.achievement is not None:
            length = max(-50.0, min(150.0, 100 * status.achievement))
            bar = axes.barh(
                row,
                length,
                color=look.colour,
                edgecolor=MARKER_COLOUR,
                linewidth=0.6,
                hatch=look.hatch,
                height=0.62,
                alpha=0.9,
            )
            bar.patches[0].set_gid(f"goal:{goal.id}")
            bar.patches[0].set_picker(True)
            note = locale.value(shown_percent(status.achievement), "%")  # as every surface shows it
        else:
            note = _no_share_note(goal, status, locale)
        axes.text(
            max(0.0, length) + 2 if status.achievement is not None else 2,
            row,
            note,
            va="center",
            ha="left",
            fontsize=8,
            color="#333333",
        )
    for mark in (100 * thresholds.at_risk, 100 * thresholds.on_track, 100.0):
        axes.axvline(mark, color="#999999", linestyle=":", linewidth=0.9)
    axes.axvline(0, color="#333333", linewidth=0.8)
    axes.text(
        100,
        1.0,
        locale.text("planned_mark"),
        transform=axes.get_xaxis_transform(),
        ha="center",
        va="bottom",
        fontsize=7,
        color="#666666",
    )
    previous = None
    for row, (_goal, status) in enumerate(shown):  # a thin rule between status groups
        if previous is not None and status.code != previous:
            axes.axhline(row - 0.5, color="#bbbbbb", linewidth=0.6)
        previous = status.code
    label_width = min(46 * 5.2, width * DPI * 0.35)  # pixels; a line each keeps a long list readable
    axes.set_yticks(range(len(shown)), [shorten(goal.title, label_width, 9) for goal, _s in shown])
    for label, (_goal, status) in zip(axes.get_yticklabels(), shown, strict=True):
        label.set_color(STATUS_LOOKS[status.code].colour if status.code != "at_risk" else "#8a5d00")
    axes.set_ylim(len(shown) - 0.5, -0.7)  # worst at the top
    negative = any((s.achievement or 0) < 0 for _g, s in shown)
    axes.set_xlim(-55.0 if negative else -10.0, 165.0)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: locale.value(value, "%")))
    axes.set_xlabel(locale.text("portfolio_axis"))
    handles = [
        Patch(
            facecolor=STATUS_LOOKS[code].colour,
            hatch=STATUS_LOOKS[code].hatch,
            edgecolor=MARKER_COLOUR,
            label=locale.status(code),
        )
        for code, count in counts
        if count
    ]
    legend(figure, handles)
    if hidden:
        figure.text(0.01, 0.005, locale.text("portfolio_more", hidden), fontsize=8, color="#555555")
    return figure


def _no_share_note(goal: Goal, status: Status, locale: ChartLocale) -> str:
    if status.code == NO_DATA:
        return locale.text("no_checkin_short")
    if goal.direction == "range":  # no share: nothing was due yet, so the goal is where it started
        inside = goal.baseline is not None and goal.range_low <= goal.baseline <= goal.range_high
        return locale.text("inside_band" if inside else "outside_band")
    if status.code == "off_track":
        return locale.text("worse_than_baseline")
    return locale.text("nothing_due")


def rollup_chart(
    parent: Goal,
    children: Sequence[tuple[Evaluation, Sequence[SubTarget]]],
    *,
    together: str,
    rollup: RollUp | None = None,
    goals: Mapping[int, Goal] | None = None,
    shown_codes: Mapping[int, str] | None = None,
    today: date | None = None,
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
    locale: ChartLocale = ENGLISH,
    limit: int = 12,
    size: tuple[float, float] | None = None,
) -> Figure:
    """A parent goal's sub-goals side by side, each its evaluation drawn against its plan, under the
    parent's roll-up status ``together`` (``core.rollup.roll_up_plan``'s code for the parent: the
    worst of it and everything under it, as the goal list shows it). With ``rollup`` (and ``goals``, to
    name its driver) the subtitle says its rule and reason as the goal list's tooltip does; ``shown_codes``
    colours a sub-goal as the list does (at risk, never green, while its guardrail is off track).

    Without ``size`` the figure is as wide as the sub-goals need (up to three across); with it, as
    many fit across as the width allows, and the figure grows taller for the rest.
    """
    shown = list(children)[:limit]
    most = 1 if len(shown) <= 1 else 2 if len(shown) <= 4 else 3
    columns = most if size is None else max(1, min(most, int(size[0] / 3.6)))
    rows = max(1, math.ceil(len(shown) / columns))
    width = 4.0 * columns if size is None else size[0]
    height = 1.2 + 2.6 * rows
    figure = new_figure(width if shown else max(width, 6.0), max(height, size[1] if size else 0.0), locale)
    title(figure, parent.title)
    if not shown:
        axes = figure.add_subplot()
        axes.set_axis_off()
        say_empty(axes, locale.text("rollup_none"), 60)
        return figure
    grid = figure.subplots(rows, columns, squeeze=False)
    seen = set()
    for axes, (evaluation, plan) in zip(grid.flat, shown, strict=False):
        goal = evaluation.goal
        draw_goal(
            axes, evaluation, period_plan(goal, plan, None), today or date.today(), thresholds, locale,
            compact=True,
        )  # fmt: skip
        seen.update(j.status.code for j in evaluation.judged)
        look = STATUS_LOOKS[(shown_codes or {}).get(goal.id, evaluation.status.code)]
        axes.set_title(
            wrap(f"{look.symbol} {goal.title}", width / columns * DPI * 0.8, 8.5),
            loc="left",
            fontsize=8.5,
            color=look.colour,
        )
    for axes in list(grid.flat)[len(shown) :]:
        axes.set_axis_off()
    subtitle = locale.text("rollup_subtitle", locale.status(together, STATUS_LOOKS[together].symbol))
    if rollup is not None:
        words = Wording(translate=locale.translate, number=locale.format_number)
        subtitle += f" ({rollup_reason(parent.id, rollup, goals or {}, words)})"
    if len(children) > len(shown):
        subtitle += " · " + locale.text("rollup_more", len(children) - len(shown))
    title(figure, parent.title, subtitle)
    handles = [
        Line2D([], [], color=PLAN_COLOUR, linewidth=1.6, label=locale.text("plan")),
        Line2D([], [], color=TARGET_COLOUR, linewidth=1.2, label=locale.text("target", "")),
        Line2D([], [], color=ACTUAL_COLOUR, linewidth=1.0, label=locale.text("actual")),
    ] + [marker_handle(code, locale) for code in SEVERITY_ORDER if code in seen]
    legend(figure, handles)
    return figure
