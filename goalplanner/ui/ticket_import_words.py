"""The words of the ticket and call import: field names, the reasons a file is refused, the note a new
check-in carries. One place, so the File menu's import and the wizard's baseline say the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import CALLS, TICKET_METRICS, source_of

if TYPE_CHECKING:  # the action's tooltip needs these words before any export is read
    from goalplanner.tickets import ExportProblemsError, TableError

# Plural texts: lupdate files a text as plural when it sees a number as the fourth argument.
TICKETS_COUNT = QT_TRANSLATE_NOOP("TicketImport", "%n ticket(s)", None, 1)
CALLS_COUNT = QT_TRANSLATE_NOOP("TicketImport", "%n call(s)", None, 1)


def field_label(name: str) -> str:
    """A mapped field in the user's words."""
    labels = {
        "id": QCoreApplication.translate("TicketImport", "Ticket id"),
        "created": QCoreApplication.translate("TicketImport", "Created"),
        "solved": QCoreApplication.translate("TicketImport", "Solved"),
        "first_reply": QCoreApplication.translate("TicketImport", "First reply time"),
        "resolution": QCoreApplication.translate("TicketImport", "Resolution time"),
        "replies": QCoreApplication.translate("TicketImport", "Agent replies"),
        "reopens": QCoreApplication.translate("TicketImport", "Reopens"),
        "rating": QCoreApplication.translate("TicketImport", "Satisfaction rating"),
        "start": QCoreApplication.translate("TicketImport", "Call start"),
        "wait": QCoreApplication.translate("TicketImport", "Wait"),
        "talk": QCoreApplication.translate("TicketImport", "Talk time"),
        "hold": QCoreApplication.translate("TicketImport", "Hold time"),
        "wrap": QCoreApplication.translate("TicketImport", "Wrap-up time"),
        "abandoned": QCoreApplication.translate("TicketImport", "Abandoned"),
        "group": QCoreApplication.translate("TicketImport", "Group"),
        "agent": QCoreApplication.translate("TicketImport", "Agent"),
        "channel": QCoreApplication.translate("TicketImport", "Channel"),
        "queue": QCoreApplication.translate("TicketImport", "Queue"),
    }
    return labels.get(name, name)


def metric_name(goal: Goal) -> str:
    """The goal's metric as the catalogue names it, translated."""
    kpi = get_kpi(goal.kpi)
    return QCoreApplication.translate("Kpi", kpi.name) if kpi is not None else goal.kpi


def export_kinds_text() -> str:
    """Which metrics an export can give: the disabled action's tooltip."""
    from goalplanner.core.kpis import catalogue

    names = [
        QCoreApplication.translate("Kpi", kpi.name) for kpi in catalogue().values() if source_of(kpi.key)
    ]
    return QCoreApplication.translate(
        "TicketImport", "Select a goal whose metric an export can give: {0}."
    ).format(", ".join(names))


def kind_text(kind: str) -> str:
    return (
        QCoreApplication.translate("TicketImport", "a call log")
        if kind == CALLS
        else QCoreApplication.translate("TicketImport", "a ticket export")
    )


def problems_text(error: ExportProblemsError, goal: Goal) -> str:
    """Why nothing was read from the file: the wrong kind of export, a missing column, or bad cells
    with their row and column."""
    if error.wrong_kind is not None:
        wanted = (
            QCoreApplication.translate("TicketImport", "a ticket export")
            if goal.kpi in TICKET_METRICS
            else QCoreApplication.translate("TicketImport", "a call log")
        )
        return QCoreApplication.translate("TicketImport", "This file is {0}; {1} comes from {2}.").format(
            kind_text(error.wrong_kind), metric_name(goal), wanted
        )
    if error.missing:
        names = ", ".join(field_label(name) for name in error.missing)
        return QCoreApplication.translate(
            "TicketImport", "The file has no column for: {0}. Choose one in the mapping."
        ).format(names)
    lines = [
        QCoreApplication.translate("TicketImport", "Row {0}, column “{1}”: “{2}” is not a {3}.").format(
            p.row, p.column, p.text, cell_kind(p.kind)
        )
        for p in error.problems
    ]
    if error.more:
        lines.append(QCoreApplication.translate("TicketImport", "… and more."))
    return "\n".join(lines)


def cell_kind(kind: str) -> str:
    """What a cell should have held, in the user's words."""
    kinds = {
        "number": QCoreApplication.translate("TicketImport", "number"),
        "duration": QCoreApplication.translate("TicketImport", "duration"),
        "yes or no": QCoreApplication.translate("TicketImport", "yes or no"),
        "rating from 1 to 5": QCoreApplication.translate("TicketImport", "rating from 1 to 5"),
        "rating": QCoreApplication.translate("TicketImport", "rating"),
        "date": QCoreApplication.translate("TicketImport", "date"),
        "date with a four-digit year": QCoreApplication.translate(
            "TicketImport", "date with a four-digit year"
        ),
        "whole number": QCoreApplication.translate("TicketImport", "whole number"),
    }
    return kinds.get(kind, kind)


def table_error_text(error: TableError) -> str:
    """Why the file is not a table at all."""
    reasons = {
        "unreadable": QCoreApplication.translate("TicketImport", "The file cannot be opened: {0}").format(
            error.detail
        ),
        "empty": QCoreApplication.translate("TicketImport", "The file is empty: it has no header row."),
        "encoding": QCoreApplication.translate(
            "TicketImport", "The file's characters cannot be read (line {0})."
        ).format(error.line or 1),
        "csv": QCoreApplication.translate("TicketImport", "The file is not a table (line {0}).").format(
            error.line or 1
        ),
        "xlsx": QCoreApplication.translate("TicketImport", "The workbook cannot be read: {0}").format(
            error.detail
        ),
    }
    return reasons.get(error.reason, str(error))


def rests_on(count: int, kind: str) -> str:
    """What a value rests on: "412 tickets" or "97 calls"."""
    return QCoreApplication.translate(
        "TicketImport", CALLS_COUNT if kind == CALLS else TICKETS_COUNT, "", count
    )


def checkin_note(count: int, kind: str, unfinished: bool) -> str:
    """The note of a check-in made from an export: what it rests on."""
    if unfinished:
        text = QCoreApplication.translate("TicketImport", "From an export: {0} (period not over)")
    else:
        text = QCoreApplication.translate("TicketImport", "From an export: {0}")
    return text.format(rests_on(count, kind))
