"""One goal's chart: the plan path from the baseline, the on-track and at-risk zones around it (90% and
75% of the planned change, as the status rules say), actual check-ins marked by the status each earned,
target and stretch lines, the deadline and today; above it the status line and what is measured.

It draws a ``core.progress.Evaluation`` and judges nothing itself. A status marker group carries the
gid ``status:<code>``, its points at (check-in date, actual).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import offset_copy

from goalplanner.charts.base import (
    ENGLISH,
    GOAL_SIZE,
    LEGEND_POINTS,
    TITLE_POINTS,
    legend,
    marker_handle,
    new_figure,
    say_empty,
    shift,
    title,
)
from goalplanner.charts.fitting import DPI, line_height, text_width, wrap
from goalplanner.charts.text import ChartLocale
from goalplanner.core.kpis import decimals_for, get_kpi, metric_bounds
from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.palette import ACTUAL_COLOUR, MARKER_COLOUR, PLAN_COLOUR, STATUS_LOOKS, TARGET_COLOUR
from goalplanner.core.progress import (
    ACHIEVED,
    DEFAULT_STATUS_THRESHOLDS,
    NO_DATA,
    SEVERITY_ORDER,
    Evaluation,
    Judged,
    StatusThresholds,
    on_the_periods_footing,
    status_period,
)

STATUS_POINTS = 10  # the status line above the plot
METRIC_POINTS = 8  # the metric's name and which way is good, just above the plot
TICK_POINTS = 9
MIN_PLOT = 200  # pixels: the plot is never shorter than this, whatever the texts around it take
MARGINS = 40  # pixels: the figure's pads and the gaps between title, plot and legend


def goal_chart(
    evaluation: Evaluation,
    plan: Sequence[SubTarget],
    *,
    today: date | None = None,
    period: str | None = None,
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
    locale: ChartLocale = ENGLISH,
    size: tuple[float, float] = GOAL_SIZE,
) -> Figure:
    """Plan against actual for one goal, as ``evaluation`` judged it (every check-in, oldest first),
    with its status and since when it has held. ``thresholds`` only shape the zones drawn."""
    goal = evaluation.goal
    figure = new_figure(*size, locale)
    axes = figure.add_subplot()
    draw_goal(axes, evaluation, period_plan(goal, plan, period), today or date.today(), thresholds, locale)
    title(figure, goal.title)
    heading = _heading(axes, evaluation, locale)
    rows = legend(figure, _legend_handles(axes, evaluation.judged, locale))
    # A narrow pane wraps the texts into more lines: the figure grows taller (the pane scrolls) rather
    # than squeeze the plot under a legend bigger than itself.
    texts = (
        line_height(TITLE_POINTS, figure.get_suptitle().count("\n") + 1)
        + heading
        + line_height(LEGEND_POINTS, rows) * 1.15  # legend rows are a little apart
        + line_height(TICK_POINTS, 1)  # the dates under the plot
    )
    height = (texts + MARGINS + MIN_PLOT) / DPI
    if height > size[1]:
        figure.set_size_inches(size[0], height)
    return figure


def _heading(axes: Axes, evaluation: Evaluation, locale: ChartLocale) -> float:
    """Above the plot: the status line in its status's colour, and under it, in grey, the metric's name
    and which way is good (the y-axis keeps only the unit, so a long metric name is never cut).

    Returns the pixels the two take."""
    goal = evaluation.goal
    width = _plot_width(axes, goal, locale)
    metric = wrap(f"{locale.metric_name(goal)} · {locale.direction(goal)}", width, METRIC_POINTS)
    axes.text(0, 1, metric, transform=offset_copy(axes.transAxes, axes.figure, y=4, units="points"),
              ha="left", va="bottom", fontsize=METRIC_POINTS, color="#555555", gid="metric")  # fmt: skip
    lines = metric.count("\n") + 1
    status = wrap(_status_line(evaluation, locale), width, STATUS_POINTS)
    axes.set_title(
        status,
        loc="left",
        color=STATUS_LOOKS[evaluation.status.code].colour,
        fontsize=STATUS_POINTS,
        pad=lines * METRIC_POINTS * 1.2 + 9,
    )
    return line_height(METRIC_POINTS, lines) + line_height(STATUS_POINTS, status.count("\n") + 1) + 12


def _plot_width(axes: Axes, goal: Goal, locale: ChartLocale) -> float:
    """About how many pixels wide the plot will be: the figure less the y-axis's labels and margins."""
    low, high = axes.get_ylim()
    ticks = [locale.amount(goal, value) for value in (low, high, (low + high) / 2)]
    labels = max(text_width(tick, TICK_POINTS) for tick in ticks) * 1.1
    unit = TICK_POINTS * 1.2 * DPI / 72  # the y-axis label, one line on its side
    return axes.figure.get_figwidth() * DPI - 8 - labels - unit - 14  # 8: the figure pads, 14: tick marks


def period_plan(goal: Goal, plan: Sequence[SubTarget], period: str | None) -> list[SubTarget]:
    wanted = period or status_period(goal)
    rows = [s for s in plan if s.period == wanted] or list(plan)
    return sorted(rows, key=lambda s: s.period_end)


def _is_flow(goal: Goal) -> bool:
    kpi = get_kpi(goal.kpi)
    return kpi is not None and kpi.kind == "flow"


def _plan_path(goal: Goal, plan: list[SubTarget]) -> tuple[list[date], list[float], str]:
    """The plan as points and a draw style: levels run from the baseline; flow totals are steps."""
    if not plan:
        return [], [], "default"
    if _is_flow(goal):
        days = [s.period_start for s in plan] + [plan[-1].period_end + timedelta(days=1)]
        return days, [s.planned for s in plan] + [plan[-1].planned], "steps-post"
    days = [s.period_end for s in plan]
    values = [s.planned for s in plan]
    if goal.baseline is not None:
        days, values = [goal.start, *days], [goal.baseline, *values]
    return days, values, "default"


def _per_period(goal: Goal, plan: list[SubTarget], field: str) -> list[float]:
    """A flow goal's ``field`` (baseline, target, a band edge) on each period's footing, as core judges
    it (``on_the_periods_footing``), as steps: a part-month of 13 days holds 13/30 of a month's target,
    so its plan is drawn against that, never against the full month's line it would seem to beat."""
    values = [getattr(on_the_periods_footing(goal, sub), field) for sub in plan]
    return [*values, values[-1]]  # drawn as steps, the last period is repeated at its end


def draw_goal(
    axes: Axes,
    evaluation: Evaluation,
    plan: list[SubTarget],
    today: date,
    thresholds: StatusThresholds,
    locale: ChartLocale,
    *,
    compact: bool = False,
) -> None:
    """Draw one goal into ``axes``: its plan, zones, target lines and ``evaluation``'s check-ins."""
    goal, judged = evaluation.goal, evaluation.judged
    days, planned, style = _plan_path(goal, plan)
    steps = style == "steps-post"  # a flow goal: per-period totals against per-period targets
    baseline = goal.baseline
    if goal.direction == "range" and goal.range_low is not None and goal.range_high is not None:
        label = locale.text("band", locale.amount(goal, goal.range_low), locale.amount(goal, goal.range_high))
        look = {"color": STATUS_LOOKS["on_track"].colour, "alpha": 0.12, "linewidth": 0, "label": label}
        if steps:
            low, high = _per_period(goal, plan, "range_low"), _per_period(goal, plan, "range_high")
            axes.fill_between(days, low, high, step="post", gid="band", **look)
        else:
            axes.axhspan(goal.range_low, goal.range_high, gid="band", **look)
    elif days and baseline is not None:
        # A flow plan's partial periods hold part of a period's total: their baseline shrinks with them.
        bases = _per_period(goal, plan, "baseline") if steps else [baseline] * len(planned)
        step = "post" if steps else None
        on_track = [b + thresholds.on_track * (p - b) for b, p in zip(bases, planned, strict=True)]
        at_risk = [b + thresholds.at_risk * (p - b) for b, p in zip(bases, planned, strict=True)]
        axes.fill_between(
            days,
            planned,
            on_track,
            step=step,
            color=STATUS_LOOKS["on_track"].colour,
            alpha=0.13,
            linewidth=0,
            label=locale.text("on_track_zone", _percent(thresholds.on_track)),
            gid="on_track_zone",
        )
        axes.fill_between(
            days,
            on_track,
            at_risk,
            step=step,
            facecolor="none",
            alpha=0.9,
            linewidth=0,
            edgecolor=STATUS_LOOKS["at_risk"].colour,
            hatch=STATUS_LOOKS["at_risk"].hatch,
            label=locale.text("at_risk_zone", _percent(thresholds.at_risk), _percent(thresholds.on_track)),
            gid="at_risk_zone",
        )
    if days:
        plan_label = locale.text("plan_totals" if steps else "plan")
        axes.plot(
            days, planned, color=PLAN_COLOUR, linewidth=1.6, drawstyle=style, label=plan_label, gid="plan"
        )
    for value, name, field, dashes, width in (
        (goal.target, "target", "target", None, 1.2),
        (goal.stretch_target, "stretch", "stretch_target", (0, (5, 3)), 1.0),
    ):
        if value is None:
            continue
        label = locale.text(name, locale.amount(goal, value))
        if steps and days:
            axes.plot(days, _per_period(goal, plan, field), drawstyle="steps-post", color=TARGET_COLOUR,
                      linewidth=width, linestyle=dashes or "-", gid=name, label=label)  # fmt: skip
        else:
            axes.axhline(value, color=TARGET_COLOUR, linewidth=width, linestyle=dashes or "-", gid=name,
                         label=label)  # fmt: skip
    if judged:
        axes.plot(
            [j.checkin.on for j in judged],
            [j.checkin.actual for j in judged],
            color=ACTUAL_COLOUR,
            linewidth=1.0,
            label=locale.text("actual"),
            gid="actual",
            zorder=3,
        )
        for code in SEVERITY_ORDER:
            points = [j.checkin for j in judged if j.status.code == code]
            if points:
                look = STATUS_LOOKS[code]
                axes.scatter(
                    [c.on for c in points],
                    [c.actual for c in points],
                    marker=look.marker,
                    s=(90 if code == ACHIEVED else 42) * (0.7 if compact else 1.0),
                    color=look.colour,
                    edgecolors=MARKER_COLOUR,
                    linewidths=0.6,
                    zorder=4,
                    gid=f"status:{code}",
                    label=locale.marker(code),
                )
    _mark_days(axes, goal, days, judged, today, locale, compact)
    _format_axes(axes, goal, [j.checkin.actual for j in judged], locale, compact)
    if not days and not judged:
        say_empty(axes, locale.text("no_plan"), 50)
    elif not judged and not compact:
        axes.text(
            0.5,
            0.96,
            locale.text("no_checkins"),
            transform=axes.transAxes,
            ha="center",
            va="top",
            color="#555555",
            gid="empty",
        )


def _mark_days(axes, goal, days, judged, today, locale, compact) -> None:
    """Deadline and today as labelled vertical lines; the x range covers the goal's whole span.

    Each label sits on the side of its line that faces the middle of the plot, so neither runs off
    the edge: "Today" near the right end is written to the left of its line.
    """
    known = [goal.start, *days, *(j.checkin.on for j in judged)]
    if goal.deadline is not None:
        known.append(goal.deadline)
    first, last = min(known), max(known)
    shows_today = shift(first, -14) <= today <= shift(last, 30)
    if shows_today:
        first, last = min(first, today), max(last, today)
    margin = max(1, round((last - first).days * 0.03))
    first, last = shift(first, -margin), shift(last, margin)
    axes.set_xlim(first, last)
    span = max(1, (last - first).days)

    def label(day: date, text: str, y: float, va: str, colour: str, gid: str) -> None:
        right_half = (day - first).days / span > 0.5
        axes.text(day, y, f"{text} " if right_half else f" {text}", transform=axes.get_xaxis_transform(),
                  color=colour, fontsize=7, ha="right" if right_half else "left", va=va, gid=gid)  # fmt: skip

    if shows_today:
        axes.axvline(today, color="#888888", linestyle=":", linewidth=1.0, gid="today")
        label(today, locale.text("today"), 0.01, "bottom", "#666666", "today_label")
    if goal.deadline is not None:
        axes.axvline(goal.deadline, color="#444444", linestyle="-.", linewidth=1.0, gid="deadline")
        if not compact:
            label(goal.deadline, locale.text("deadline"), 0.99, "top", "#444444", "deadline_label")


def _percent(share: float) -> str:
    return f"{100 * share:g}"


def _date_axis(axes: Axes, locale: ChartLocale, ticks: int) -> None:
    """Dates in the user's format: days and months over weeks, months with the year over longer spans."""
    first, last = axes.get_xlim()
    months = last - first > 120
    locator = mdates.AutoDateLocator(minticks=3, maxticks=ticks)
    axes.xaxis.set_major_locator(locator)

    def tick(value: float, position: int | None) -> str:
        day = mdates.num2date(value).date()
        return locale.format_tick(day, months, position == 0 or day.month == 1)

    axes.xaxis.set_major_formatter(FuncFormatter(tick))


def _format_axes(axes: Axes, goal: Goal, recorded: list[float], locale: ChartLocale, compact: bool) -> None:
    # about one date per inch of axis, so dates never run into each other on a narrow pane
    inches = axes.figure.get_figwidth() * axes.get_position().width
    _date_axis(axes, locale, max(3, min(5 if compact else 8, int(inches))))
    # ticks at round values the metric's precision can show: no "171 s, 171 s" from 170.5 and 171
    axes.yaxis.set_major_locator(
        MaxNLocator(steps=[1, 2, 5, 10], integer=decimals_for(goal.kpi, goal.unit) == 0)
    )
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: locale.amount(goal, value)))
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    if compact:
        axes.set_ylabel(locale.direction(goal), fontsize=7, color="#555555")
    else:
        axes.set_ylabel(locale.unit_name(goal))
    # Keep the view inside what the metric can be (no 110% CSAT), with room for the markers.
    low, high, _metric = metric_bounds(goal)
    bottom, top = axes.get_ylim()
    pad = (top - bottom) * 0.04
    if math.isfinite(low) and bottom < low - pad:
        bottom = low - pad
    if math.isfinite(high) and top > high + pad:
        top = high + pad
    if recorded:  # a value outside the bounds (an old mistake) is still shown, never hidden
        bottom, top = min(bottom, min(recorded) - pad), max(top, max(recorded) + pad)
    axes.set_ylim(bottom, top)


def _status_line(evaluation: Evaluation, locale: ChartLocale) -> str:
    """The evaluation in one line: status and since when, the latest check-in against its plan."""
    goal, latest = evaluation.goal, evaluation.latest
    closing = " · " + locale.text("ready_to_close") if evaluation.ready_to_close else ""
    if latest is None:
        if evaluation.next_due is None:
            return locale.text("no_checkin_closing")
        return locale.text("first_due", locale.day(evaluation.next_due))
    status = evaluation.status
    actual, on = locale.amount(goal, latest.checkin.actual), locale.day(latest.checkin.on)
    if status.code == NO_DATA:
        return locale.text("not_judged_line", actual, on)
    head = locale.text(
        "status_since",
        locale.status(status.code, STATUS_LOOKS[status.code].symbol),
        locale.day(evaluation.since or latest.checkin.on),
    )
    if latest.planned is None:
        return f"{head} · {locale.text('latest', actual, on)}{closing}"
    plan_text = locale.amount(goal, latest.planned)
    return f"{head} · {locale.text('latest_vs_plan', actual, on, plan_text)}{closing}"


def _legend_handles(axes: Axes, judged: Sequence[Judged], locale: ChartLocale) -> list:
    """The axes' labelled artists, with the actual line and status markers drawn as one reads them."""
    handles, _labels = axes.get_legend_handles_labels()
    return [h for h in handles if not str(h.get_gid() or "").startswith("status:")] + [
        marker_handle(code, locale) for code in SEVERITY_ORDER if any(j.status.code == code for j in judged)
    ]
