"""The pages of a report as HTML for a QTextDocument: one goal sheet, and the meeting pack's cover.

The texts are the window's own: the SMART sentence (core.smart), the resources lines the detail's
Resources tab and the workbook show (core.resource_summary), the status line under the detail's
sentence and the charts the window draws (goalplanner.charts). Only QtCore and QtGui are used, so a
page can be made on a worker thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QImage

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import SEVERITY_ORDER, Evaluation
from goalplanner.core.resource_summary import CONTEXT as RESOURCES
from goalplanner.core.resource_summary import resource_lines
from goalplanner.core.rollup import Guarded
from goalplanner.core.smart import sentence
from goalplanner.ui.formatting import format_amount, note_text, state_label, ui_wording
from goalplanner.ui.report.content import RECENT_DAYS, GoalReport, PlanReport
from goalplanner.ui.status_style import guarded_text, rollup_text, status_text

CHECKINS_SHOWN = 6  # the last check-ins on a sheet; more would push it onto a second page
RECENT_SHOWN = 12  # the cover's recent check-ins
CHART_DPI = 150
# Texts with a count, marked so lupdate files them with plural forms (see resources/translations/README.md).
EARLIER = QT_TRANSLATE_NOOP("Report", "and %n earlier check-in(s)", None, 1)
ACTIVE_GOALS = QT_TRANSLATE_NOOP("Report", "Active goals: %n", None, 1)
RECENT_TITLE = QT_TRANSLATE_NOOP("Report", "Check-ins in the last %n day(s)", None, 1)
MORE = QT_TRANSLATE_NOOP("Report", "and %n more", None, 1)
STYLE = """
body { font-size: 12px; }
h1 { font-size: 20px; margin: 0 0 4px 0; }
h2 { font-size: 14px; margin: 12px 0 4px 0; }
p { margin: 0 0 6px 0; }
td, th { padding: 2px 6px 2px 0; vertical-align: top; }
th { text-align: left; color: #444; font-weight: bold; }
.label { color: #444; font-weight: bold; white-space: nowrap; }
.open { color: #a05a00; }
.muted { color: #555; }
"""


def _words() -> dict[str, str]:
    """The pages' own words in the user's language (each a literal call, so lupdate finds it)."""
    translate = QCoreApplication.translate
    return {
        "needs": translate("Report", "Who and what it needs"),
        "checkins": translate("Report", "Last check-ins"),
        "date": translate("Report", "Date"),
        "actual": translate("Report", "Actual"),
        "planned": translate("Report", "Planned"),
        "status": translate("Report", "Status"),
        "note": translate("Report", "Note"),
        "no_checkin": translate("Report", "No check-in recorded yet."),
        "glance": translate("Report", "Goals at a glance"),
        "as_of": translate("Report", "{0} · as of {1}"),
        "in_pack": translate("Report", "Goals in this pack"),
        "page": translate("Report", "Page"),
        "goal": translate("Report", "Goal"),
        "owner": translate("Report", "Owner"),
        "no_active": translate("Report", "No active goal."),
        "none": translate("Report", "None."),
    }


@dataclass
class Page:
    """One page: its HTML and the images it refers to by name."""

    html: str
    images: dict[str, QImage] = field(default_factory=dict)


def _day(day) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def _status(code: str) -> str:
    """The status as the window writes it ("▲ At risk"), in its colour."""
    colour = STATUS_LOOKS[code].colour
    return f'<span style="color: {colour}; font-weight: bold;">{escape(status_text(code))}</span>'


def _guarded(guarded: Guarded) -> str:
    """The status beside its guardrail's, as the goal list writes it, in the colour it is shown as."""
    colour = STATUS_LOOKS[guarded.shown_code].colour
    return f'<span style="color: {colour}; font-weight: bold;">{escape(guarded_text(guarded))}</span>'


def status_line(evaluation: Evaluation, together: str = "") -> str:
    """The detail's line under the sentence: status, achievement, forecast, next check-in (one truth)."""
    from goalplanner.ui.detail.detail import GoalDetail  # imported, never made: no widget on this thread

    class _InDetailWords:  # GoalDetail.status_text needs only its tr(), in the detail's context
        @staticmethod
        def tr(text: str) -> str:
            return QCoreApplication.translate("GoalDetail", text)

    return GoalDetail.status_text(_InDetailWords(), evaluation, None, together)


def figure_image(figure) -> QImage:
    """A matplotlib figure as an image, at print resolution."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return QImage.fromData(buffer.getvalue(), "PNG")


def _goal_chart(report: GoalReport) -> QImage:
    from goalplanner.charts.figures import GOAL_SIZE, goal_chart
    from goalplanner.ui.chart_render import MATPLOTLIB
    from goalplanner.ui.chart_view import qt_chart_locale

    with MATPLOTLIB:  # not while the chart worker draws a chart for the window
        figure = goal_chart(report.evaluation, report.plan, locale=qt_chart_locale(), size=GOAL_SIZE)
        return figure_image(figure)


def _portfolio_chart(evaluations, shown_codes) -> QImage:
    from goalplanner.charts.figures import portfolio_chart
    from goalplanner.ui.chart_render import MATPLOTLIB
    from goalplanner.ui.chart_view import qt_chart_locale

    with MATPLOTLIB:  # not while the chart worker draws a chart for the window
        figure = portfolio_chart(
            list(evaluations), locale=qt_chart_locale(), size=(8.0, 2.6), shown_codes=shown_codes
        )
        return figure_image(figure)


def _table(rows: list[str], header: str = "") -> str:
    return f'<table width="100%" cellspacing="0">{header}{"".join(rows)}</table>'


def _img(name: str, image: QImage, width: int) -> str:
    height = round(width * image.height() / max(1, image.width()))
    return f'<p><img src="{name}" width="{width}" height="{height}"></p>'


def sheet_page(report: GoalReport, width: int) -> Page:
    """One goal on one page, ``width`` pixels wide (at 96 per inch)."""
    goal, evaluation, words = report.goal, report.evaluation, _words()
    wording, locale = ui_wording(), QLocale()
    nowrap = '<td style="white-space: nowrap;">'
    state = escape(state_label(goal.state))
    state = "" if goal.state == "active" else f' <span class="muted">({state})</span>'
    together = ""
    if report.rollup is not None:
        drivers = {report.driver.id: report.driver} if report.driver is not None else {}
        together = rollup_text(goal.id, report.rollup, drivers)
    # coloured: the status itself
    after_status = "".join(status_line(evaluation, together).partition(" · ")[1:])
    shown_status = _guarded(report.guarded) if report.guarded else _status(evaluation.status.code)
    parts = [
        f"<h1>{escape(goal.title)}{state}</h1>",
        f"<p>{shown_status}{escape(after_status)}</p>",
        f"<p>{escape(sentence(goal, wording))}</p>",
        f"<h2>{escape(words['needs'])}</h2>",
    ]
    rows = []
    for line in resource_lines(goal):
        label = QCoreApplication.translate(RESOURCES, line.label)
        text = escape(line.text(wording)).replace("\n", "<br>")
        value = text if line.answered else f'<span class="open">{text}</span>'
        rows.append(f'<tr><td class="label" width="18%">{escape(label)}</td><td>{value}</td></tr>')
    parts.append(_table(rows))
    chart = _goal_chart(report)
    parts.append(_img("chart.png", chart, width))
    judged = list(reversed(evaluation.judged))[:CHECKINS_SHOWN]
    parts.append(f"<h2>{escape(words['checkins'])}</h2>")
    if judged:
        header = "<tr>" + "".join(
            f"<th>{escape(name)}</th>"
            for name in (words["date"], words["actual"], words["planned"], words["status"], words["note"])
        ) + "</tr>"  # fmt: skip
        rows = [
            f"<tr>{nowrap}{escape(_day(item.checkin.on))}</td>"
            f"{nowrap}{escape(format_amount(goal, item.checkin.actual, locale))}</td>"
            f"{nowrap}{escape(format_amount(goal, item.planned, locale))}</td>"
            f"{nowrap}{_status(item.status.code)}</td>"
            f"<td>{escape(note_text(item.checkin.note))}</td></tr>"
            for item in judged
        ]
        parts.append(_table(rows, header))
        if len(evaluation.judged) > len(judged):
            more = len(evaluation.judged) - len(judged)
            earlier = QCoreApplication.translate("Report", EARLIER, None, more)
            parts.append(f'<p class="muted">{escape(earlier)}</p>')
    else:
        parts.append(f'<p class="muted">{escape(words["no_checkin"])}</p>')
    return Page("".join(parts), {"chart.png": chart})


def cover_page(plan: PlanReport, width: int) -> Page:
    """The meeting pack's first page: the plan at a glance, the goals that follow, the week's check-ins."""
    locale, words = QLocale(), _words()
    active = [e for e in plan.evaluations if e.goal.state == "active"]
    active_count = QCoreApplication.translate("Report", ACTIVE_GOALS, None, len(active))
    recent_title = QCoreApplication.translate("Report", RECENT_TITLE, None, RECENT_DAYS)
    parts = [
        f"<h1>{escape(words['glance'])}</h1>",
        f'<p class="muted">{escape(words["as_of"].format(plan.name, _day(plan.today)))}</p>',
    ]
    shown = [plan.guarded[e.goal.id].shown_code for e in active]  # never green beside a guardrail off track
    counts = [(code, shown.count(code)) for code in SEVERITY_ORDER]
    summary = " &nbsp; ".join(f"{_status(code)} {count}" for code, count in counts if count)
    parts.append(f"<p>{escape(active_count)} &nbsp; {summary}</p>")
    chart = _portfolio_chart(plan.evaluations, {i: g.shown_code for i, g in plan.guarded.items()})
    parts.append(_img("portfolio.png", chart, width))
    parts.append(f"<h2>{escape(words['in_pack'])}</h2>")
    header = "<tr>" + "".join(
        f"<th>{escape(name)}</th>" for name in (words["page"], words["goal"], words["owner"], words["status"])
    ) + "</tr>"  # fmt: skip
    rows = [
        f"<tr><td>{locale.toString(number)}</td><td>{escape(sheet.goal.title)}</td>"
        f"<td>{escape(sheet.goal.owner)}</td>"
        f'<td style="white-space: nowrap;">{_guarded(plan.guarded[sheet.goal.id])}</td></tr>'
        for number, sheet in enumerate(plan.sheets, start=2)
    ]
    parts.append(_table(rows, header) if rows else f'<p class="muted">{escape(words["no_active"])}</p>')
    parts.append(f"<h2>{escape(recent_title)}</h2>")
    if plan.recent:
        rows = [
            f'<tr><td style="white-space: nowrap;">{escape(_day(checkin.on))}</td>'
            f"<td>{escape(goal.title)}</td>"
            f'<td style="white-space: nowrap;">{escape(format_amount(goal, checkin.actual, locale))}</td>'
            f"<td>{escape(note_text(checkin.note))}</td></tr>"
            for goal, checkin in plan.recent[:RECENT_SHOWN]
        ]
        parts.append(_table(rows))
        if len(plan.recent) > RECENT_SHOWN:
            more = len(plan.recent) - RECENT_SHOWN
            more_text = QCoreApplication.translate("Report", MORE, None, more)
            parts.append(f'<p class="muted">{escape(more_text)}</p>')
    else:
        parts.append(f'<p class="muted">{escape(words["none"])}</p>')
    return Page("".join(parts), {"portfolio.png": chart})
