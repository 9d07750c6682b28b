"""Charts that answer "are we on track, and since when not?", drawn with matplotlib from core objects.

Each builder returns a ``matplotlib.figure.Figure`` that is not tied to any window: the app shows
it in a Qt canvas, ``save_figure`` writes it as PNG or SVG, and the Excel export can use it too.
No pyplot (no global figure registry to leak), no Qt.

- ``goal_chart``: the plan path from the baseline, the on-track and at-risk zones around it
  (90% and 75% of the planned change, as the status rules say), actual check-ins marked by the
  status each earned, target and stretch lines, the deadline and today.
- ``portfolio_chart``: every active goal's latest achievement, worst first.
- ``rollup_chart``: a parent goal's sub-goals side by side.

They draw a ``core.progress.Evaluation`` and judge nothing themselves: every marker, status line and
roll-up is what ``evaluate`` (and ``roll_up_plan``) said, so the chart cannot disagree with the list,
the detail, the command line or the workbook. A status marker group carries the gid
``status:<code>``, its points at (check-in date, actual).
"""

from __future__ import annotations

import math
import textwrap
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from goalplanner.charts.text import ChartLocale
from goalplanner.core.i18n import shown_percent
from goalplanner.core.kpis import get_kpi, metric_bounds
from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.palette import (
    ACTUAL_COLOUR,
    MARKER_COLOUR,
    PLAN_COLOUR,
    STATUS_LOOKS,
    TARGET_COLOUR,
)
from goalplanner.core.progress import (
    ACHIEVED,
    DEFAULT_STATUS_THRESHOLDS,
    NO_DATA,
    SEVERITY_ORDER,
    Evaluation,
    Judged,
    Status,
    StatusThresholds,
    on_the_periods_footing,
    status_period,
)
from goalplanner.files import write_atomically

ENGLISH = ChartLocale()
GOAL_SIZE = (8.0, 4.5)  # inches: 800 x 450 px on screen at 100 dpi, 1200 x 675 in a saved PNG
SAVE_DPI = 150
BOLD_TITLE_POINTS = 12.5  # an 11-point bold title is about as wide as 12.5 points of regular text
FORMATS = ("png", "svg")

# Fonts tried in order, glyph by glyph: Latin first, then CJK and other scripts for titles and names.
FONT_FALLBACK = (
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Source Han Sans",
    "Microsoft YaHei",
    "Malgun Gothic",
    "PingFang SC",
    "Apple SD Gothic Neo",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
)


@cache
def configure_matplotlib() -> tuple[str, ...]:
    """Set fonts and sizes once, before the first chart; return the font families in use.

    Only installed families are listed, so matplotlib never logs "font not found" for the others.
    """
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    families = tuple(name for name in FONT_FALLBACK if name in installed) or ("sans-serif",)
    matplotlib.rcParams.update(
        {
            "font.family": list(families),
            "font.size": 9,
            "axes.titlesize": 10,
            "axes.labelsize": 9,
            "figure.titlesize": 11,
            "legend.fontsize": 8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "goalplanner",  # the same chart gives the same SVG
            "text.parse_math": False,  # "$4.50 to $3.00" in a title is money, not a formula
            "hatch.linewidth": 0.6,
        }
    )
    return families


# Han characters are drawn differently in China, Korea and Japan: the CJK font of the user's language first.
CJK_FIRST = {"zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR", "ja": "Noto Sans CJK JP"}


def _new_figure(width: float, height: float, locale: ChartLocale) -> Figure:
    families = list(configure_matplotlib())
    preferred = CJK_FIRST.get(locale.language.split("_")[0])
    if preferred in families:
        families.remove(preferred)
        families.insert(1 if families[0] == "DejaVu Sans" else 0, preferred)
    matplotlib.rcParams["font.family"] = families  # read as the figure's texts are made
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _short(text: str, width: int, lines: int = 1) -> str:
    """``text`` wrapped to ``width`` Latin characters and at most ``lines`` lines, "…" where cut.

    Chinese, Japanese and Korean characters take two columns, so text full of them wraps sooner.
    """
    text = " ".join(text.split())
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    if columns > len(text):
        width = max(8, width * len(text) // columns)
    return "\n".join(textwrap.wrap(text, width, max_lines=lines, placeholder=" …"))


def _chars(width_inches: float, points: float) -> int:
    """About how many average Latin characters of a ``points``-size font fit across ``width_inches``."""
    return max(16, int(width_inches * 72 / (points * 0.58)))


def _legend(figure: Figure, handles: list, width_inches: float, longest: int = 6) -> None:
    if handles:
        columns = max(1, min(longest, len(handles), int(width_inches / 1.9)))
        figure.legend(handles=handles, loc="outside lower center", ncols=columns, frameon=False)


# -- one goal --------------------------------------------------------------------------------------


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
    figure = _new_figure(*size, locale)
    axes = figure.add_subplot()
    period_plan = _period_plan(goal, plan, period)
    _draw_goal(axes, evaluation, period_plan, today or date.today(), thresholds, locale)
    width = size[0]
    figure.suptitle(
        _short(goal.title, _chars(width, BOLD_TITLE_POINTS), 2), x=0.01, ha="left", fontweight="bold"
    )
    # The status line starts where the axes do, right of the y-axis labels (about an inch).
    status_line = _short(_status_line(evaluation, locale), _chars(width - 1.1, 10), 3)
    axes.set_title(status_line, loc="left", color=STATUS_LOOKS[evaluation.status.code].colour)
    _legend(figure, _legend_handles(axes, evaluation.judged, locale), width, longest=4)
    return figure


def _period_plan(goal: Goal, plan: Sequence[SubTarget], period: str | None) -> list[SubTarget]:
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


def _draw_goal(
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
        label = locale.text(
            "band", locale.value(goal.range_low, goal.unit), locale.value(goal.range_high, goal.unit)
        )
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
        label = locale.text(name, locale.value(value, goal.unit))
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
        _say_empty(axes, locale.text("no_plan"), 50)
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


def _say_empty(axes: Axes, message: str, width: int) -> None:
    """What to do when there is nothing to draw, in the middle of the axes."""
    axes.text(0.5, 0.5, textwrap.fill(message, width), transform=axes.transAxes, ha="center", va="center",
              color="#555555", gid="empty")  # fmt: skip


def _mark_days(axes, goal, days, judged, today, locale, compact) -> None:
    """Deadline and today as labelled vertical lines; the x range covers the goal's whole span."""
    known = [goal.start, *days, *(j.checkin.on for j in judged)]
    if goal.deadline is not None:
        known.append(goal.deadline)
    first, last = min(known), max(known)
    if _shift(first, -14) <= today <= _shift(last, 30):
        first, last = min(first, today), max(last, today)
        axes.axvline(today, color="#888888", linestyle=":", linewidth=1.0, gid="today")
        axes.text(
            today,
            0.01,
            " " + locale.text("today"),
            transform=axes.get_xaxis_transform(),
            color="#666666",
            fontsize=7,
            ha="left",
            va="bottom",
        )
    if goal.deadline is not None:
        axes.axvline(goal.deadline, color="#444444", linestyle="-.", linewidth=1.0, gid="deadline")
        if not compact:
            axes.text(
                goal.deadline,
                0.99,
                locale.text("deadline") + " ",
                transform=axes.get_xaxis_transform(),
                color="#444444",
                fontsize=7,
                ha="right",
                va="top",
            )
    margin = max(1, round((last - first).days * 0.03))
    axes.set_xlim(_shift(first, -margin), _shift(last, margin))


def _percent(share: float) -> str:
    return f"{100 * share:g}"


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the first and last dates there are (0001-01-01, 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


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
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: locale.value(value, goal.unit)))
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    if compact:
        axes.set_ylabel(locale.direction(goal), fontsize=7, color="#555555")
    else:
        axes.set_ylabel(f"{locale.metric(goal)}\n{locale.direction(goal)}")
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
        return locale.text("first_due", locale.format_date(evaluation.next_due))
    status = evaluation.status
    actual, on = locale.value(latest.checkin.actual, goal.unit), locale.format_date(latest.checkin.on)
    if status.code == NO_DATA:
        return locale.text("not_judged_line", actual, on)
    head = locale.text(
        "status_since",
        locale.status(status.code, STATUS_LOOKS[status.code].symbol),
        locale.format_date(evaluation.since or latest.checkin.on),
    )
    if latest.planned is None:
        return f"{head} · {locale.text('latest', actual, on)}{closing}"
    plan_text = locale.value(round(latest.planned, 1), goal.unit)
    return f"{head} · {locale.text('latest_vs_plan', actual, on, plan_text)}{closing}"


def _marker_handle(code: str, locale: ChartLocale) -> Line2D:
    """A legend entry for check-ins of one status: its marker and colour, its name."""
    look = STATUS_LOOKS[code]
    return Line2D([], [], linestyle="none", marker=look.marker, color=look.colour,
                  markeredgecolor=MARKER_COLOUR, label=locale.marker(code))  # fmt: skip


def _legend_handles(axes: Axes, judged: Sequence[Judged], locale: ChartLocale) -> list:
    """The axes' labelled artists, with the actual line and status markers drawn as one reads them."""
    handles, _labels = axes.get_legend_handles_labels()
    return [h for h in handles if not str(h.get_gid() or "").startswith("status:")] + [
        _marker_handle(code, locale) for code in SEVERITY_ORDER if any(j.status.code == code for j in judged)
    ]


# -- many goals ------------------------------------------------------------------------------------


def portfolio_chart(
    evaluations: Sequence[Evaluation],
    *,
    limit: int = 40,
    locale: ChartLocale = ENGLISH,
    size: tuple[float, float] = (8.0, 2.6),
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
) -> Figure:
    """Every active goal's latest achievement as ``evaluations`` judged it, grouped by status, the
    worst at the top.

    Bars carry the goal id as their gid, so a window can turn a click into "show this goal".
    ``size`` gives the width and the least height; a long list makes the figure taller.
    """
    active = [(e.goal, e.status) for e in evaluations if e.goal.state == "active"]
    rank = {code: index for index, code in enumerate(SEVERITY_ORDER)}
    active.sort(key=lambda e: (rank[e[1].code], math.inf if e[1].achievement is None else e[1].achievement))
    shown, hidden = active[:limit], len(active) - min(len(active), limit)
    width = size[0]
    figure = _new_figure(width, max(size[1], 1.5 + 0.3 * len(shown)), locale)
    axes = figure.add_subplot()
    counts = [(code, sum(1 for _g, s in active if s.code == code)) for code in SEVERITY_ORDER]
    summary = " · ".join(
        f"{locale.status(code, STATUS_LOOKS[code].symbol)} {count}" for code, count in counts if count
    )
    figure.suptitle(locale.text("portfolio_title"), x=0.01, ha="left", fontweight="bold")
    axes.set_title(summary, loc="left")
    if not shown:
        axes.set_axis_off()
        _say_empty(axes, locale.text("portfolio_none"), 60)
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
    label_width = min(46, _chars(width * 0.35, 9))
    axes.set_yticks(range(len(shown)), [_short(goal.title, label_width) for goal, _s in shown])
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
    _legend(figure, handles, width)
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
    today: date | None = None,
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
    locale: ChartLocale = ENGLISH,
    limit: int = 12,
    size: tuple[float, float] | None = None,
) -> Figure:
    """A parent goal's sub-goals side by side, each its evaluation drawn against its plan, under the
    parent's roll-up status ``together`` (``core.progress.roll_up_plan``'s code for the parent: the
    worst of it and everything under it, as the goal list shows it).

    Without ``size`` the figure is as wide as the sub-goals need (up to three across); with it, as
    many fit across as the width allows, and the figure grows taller for the rest.
    """
    shown = list(children)[:limit]
    most = 1 if len(shown) <= 1 else 2 if len(shown) <= 4 else 3
    columns = most if size is None else max(1, min(most, int(size[0] / 3.6)))
    rows = max(1, math.ceil(len(shown) / columns))
    width = 4.0 * columns if size is None else size[0]
    height = 1.2 + 2.6 * rows
    figure = _new_figure(width if shown else max(width, 6.0), max(height, size[1] if size else 0.0), locale)
    title = _short(parent.title, _chars(width, BOLD_TITLE_POINTS), 2)
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold")
    if not shown:
        axes = figure.add_subplot()
        axes.set_axis_off()
        _say_empty(axes, locale.text("rollup_none"), 60)
        return figure
    grid = figure.subplots(rows, columns, squeeze=False)
    seen = set()
    for axes, (evaluation, plan) in zip(grid.flat, shown, strict=False):
        goal = evaluation.goal
        _draw_goal(
            axes, evaluation, _period_plan(goal, plan, None), today or date.today(), thresholds, locale,
            compact=True,
        )  # fmt: skip
        seen.update(j.status.code for j in evaluation.judged)
        look = STATUS_LOOKS[evaluation.status.code]
        axes.set_title(
            f"{look.symbol} {_short(goal.title, _chars(width / columns, 8.5), 2)}",
            loc="left",
            fontsize=8.5,
            color=look.colour,
        )
    for axes in list(grid.flat)[len(shown) :]:
        axes.set_axis_off()
    subtitle = locale.text("rollup_subtitle", locale.status(together, STATUS_LOOKS[together].symbol))
    if len(children) > len(shown):
        subtitle += " · " + locale.text("rollup_more", len(children) - len(shown))
    figure.suptitle(f"{title}\n{subtitle}", x=0.01, ha="left", fontweight="bold")
    handles = [
        Line2D([], [], color=PLAN_COLOUR, linewidth=1.6, label=locale.text("plan")),
        Line2D([], [], color=TARGET_COLOUR, linewidth=1.2, label=locale.text("target", "")),
        Line2D([], [], color=ACTUAL_COLOUR, linewidth=1.0, label=locale.text("actual")),
    ] + [_marker_handle(code, locale) for code in SEVERITY_ORDER if code in seen]
    _legend(figure, handles, width)
    return figure


# -- files -----------------------------------------------------------------------------------------


def save_figure(figure: Figure, path: Path, dpi: int = SAVE_DPI) -> Path:
    """Write ``figure`` as PNG or SVG (by the file's suffix), atomically: the old file survives a failure.

    ``ValueError`` for another suffix; ``ExportError`` when the file cannot be written.
    """
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"charts are saved as .png or .svg, not {path.suffix or 'a file without a suffix'}")
    return write_atomically(
        path, lambda stream: figure.savefig(stream, format=kind, dpi=dpi, metadata=_metadata(kind))
    )


def _metadata(kind: str) -> dict[str, str | None]:
    if kind == "svg":
        return {"Creator": "goalplanner", "Date": None}  # no date: the same chart gives the same file
    return {"Software": "goalplanner"}
