"""Reading ticket and call exports into a goal's weekly numbers (goalplanner.tickets), every format and
every kind of bad input the issue names; the numbers are checked against the same rows counted here."""

from __future__ import annotations

import statistics
from datetime import date, datetime

import pytest

from goalplanner.core.ticket_metrics import CALLS, TICKETS
from goalplanner.tickets import (
    ExportProblemsError,
    TableError,
    detect_preset,
    guess_mapping,
    read_export,
)
from tests.helpers import wait_goal
from tests.tickets.exports import CALL_LOG, FRESHDESK, ZENDESK, call_rows, write_csv, zendesk_rows

MONDAY = date(2025, 1, 6)


def goal(kpi: str, unit: str, direction: str = "decrease"):
    return wait_goal(
        kpi=kpi, unit=unit, direction=direction, baseline=50.0, target=40.0, deadline=date(2025, 3, 30)
    )


def expected_first_reply(rows: list[list[str]]) -> dict[date, float]:
    weeks: dict[date, list[float]] = {}
    for row in rows:
        created = datetime.fromisoformat(row[4]).date()
        week = date.fromordinal(created.toordinal() - (created - MONDAY).days % 7)
        weeks.setdefault(week, []).append(float(row[6]) / 60)
    return {week: statistics.fmean(values) for week, values in weeks.items()}


def test_a_zendesk_export_gives_each_weeks_first_reply_in_hours(tmp_path):
    rows = zendesk_rows(500)
    path = write_csv(tmp_path / "zendesk.csv", ZENDESK, rows)
    reading = read_export(path, goal("frt", "h"))
    assert reading.mapping.preset == "zendesk"
    expected = expected_first_reply(rows)
    assert {v.period.start: round(v.value, 9) for v in reading.values} == {
        week: round(value, 9) for week, value in expected.items()
    }
    assert sum(v.count for v in reading.values) == 500 == reading.rows


def test_csat_counts_good_over_good_and_bad_in_the_week_solved(tmp_path):
    rows = zendesk_rows(120)
    path = write_csv(tmp_path / "zendesk.csv", ZENDESK, rows)
    reading = read_export(path, goal("csat", "%", "increase"))
    rated = [r for r in rows if r[5] and r[10] in ("Good", "Bad")]
    good = sum(r[10] == "Good" for r in rated)
    assert sum(v.numerator for v in reading.values) == good
    assert sum(v.denominator for v in reading.values) == len(rated)


def test_a_filter_keeps_one_group(tmp_path):
    path = write_csv(tmp_path / "zendesk.csv", ZENDESK, zendesk_rows(100))
    reading = read_export(path, goal("call_volume", "contacts", "increase"), filters=[("group", "billing")])
    assert sum(v.value for v in reading.values) == 50 and reading.filtered_out == 50


def test_freshdesk_with_a_byte_order_mark_reads_hours(tmp_path):
    rows = [
        ["1", "Support", "Ana", "Email", "2025-01-06 09:00", "2025-01-07 09:00", "1.5", "24", "1", "Happy"],
        ["2", "Support", "Ben", "Email", "2025-01-07 09:00", "2025-01-08 09:00", "0.5", "48", "2", "Unhappy"],
    ]
    path = write_csv(tmp_path / "freshdesk.csv", FRESHDESK, rows, encoding="utf-8-sig")
    assert detect_preset(FRESHDESK) == "freshdesk"
    (week,) = read_export(path, goal("art", "h")).values
    assert week.value == 36.0 and week.median == 36.0
    (week,) = read_export(path, goal("frt", "min")).values
    assert week.value == 60.0


def test_a_call_log_in_utf16_with_tabs_gives_wait_and_abandonment(tmp_path):
    rows = call_rows(300)
    path = write_csv(tmp_path / "calls.txt", CALL_LOG, rows, encoding="utf-16", delimiter="\t")
    assert guess_mapping(CALL_LOG).kind == CALLS
    abandonment = read_export(path, goal("abandonment", "%"))
    assert sum(v.numerator for v in abandonment.values) == 30
    assert sum(v.denominator for v in abandonment.values) == 300
    wait = read_export(path, goal("asa", "s"))
    answered = [float(r[3]) for r in rows if r[7] == "0"]
    assert sum(v.value * v.count for v in wait.values) == pytest.approx(sum(answered))


def test_cp1252_semicolons_decimal_commas_and_european_dates(tmp_path):
    headers = ["Ticket nr", "Opprettet", "Løst", "Første svar (timer)", "Gruppe"]
    rows = [["1", "06.01.2025 09:00", "07.01.2025", "1,5", "Kundeservice"],
            ["2", "13.01.2025 10:30", "", "2,25", "Kundeservice"]]  # fmt: skip
    path = write_csv(tmp_path / "norsk.csv", headers, rows, encoding="cp1252", delimiter=";")
    mapping = guess_mapping(headers)
    assert mapping.kind == TICKETS and {"created", "solved", "first_reply", "group"} <= set(mapping.columns)
    reading = read_export(path, goal("frt", "h"))
    assert [(v.period.start, v.value) for v in reading.values] == [(MONDAY, 1.5), (date(2025, 1, 13), 2.25)]
    assert not reading.day_first_assumed


def test_us_dates_with_am_pm_and_zones(tmp_path):
    headers = ["Id", "Created at", "Solved at"]
    rows = [
        ["1", "1/13/2025 9:15 PM", ""],
        ["2", "2025-01-06T08:00:00Z", ""],
        ["3", "2025-01-07 10:00:00 +0100", ""],
    ]
    path = write_csv(tmp_path / "us.csv", headers, rows)
    reading = read_export(path, goal("call_volume", "contacts", "increase"))
    assert [(v.period.start, v.count) for v in reading.values] == [(MONDAY, 2), (date(2025, 1, 13), 1)]


def test_an_ambiguous_day_and_month_is_read_month_first_and_said(tmp_path):
    path = write_csv(
        tmp_path / "ambiguous.csv", ["Id", "Created at"], [["1", "01/02/2025"], ["2", "03/02/2025"]]
    )
    reading = read_export(path, goal("call_volume", "contacts", "increase"))
    assert reading.day_first_assumed
    assert reading.values[0].period.start <= date(2025, 1, 2)


def test_duplicate_ids_count_once_and_empty_cells_are_skipped(tmp_path):
    rows = zendesk_rows(20)
    rows.append(list(rows[0]))
    rows[1][6] = ""
    path = write_csv(tmp_path / "dupes.csv", ZENDESK, rows)
    reading = read_export(path, goal("frt", "h"))
    assert reading.duplicates == 1 and reading.skipped == 1
    assert sum(v.count for v in reading.values) == 19


def test_a_bad_cell_names_its_row_and_column_and_nothing_is_read(tmp_path):
    rows = zendesk_rows(10)
    rows[3][6] = "=1+2"  # looks like a formula: data, and not a number
    rows[5][4] = "yesterday"
    path = write_csv(tmp_path / "bad.csv", ZENDESK, rows)
    with pytest.raises(ExportProblemsError) as caught:
        read_export(path, goal("frt", "h"))
    found = {(p.row, p.column, p.text) for p in caught.value.problems}
    assert found == {(5, "First reply time in minutes", "=1+2"), (7, "Created at", "yesterday")}


def test_a_duration_no_ticket_or_call_lasts_is_a_bad_cell_not_an_endless_week(tmp_path):
    rows = call_rows(40)
    rows[2][3] = rows[3][3] = "1e308"  # together beyond any number: the week's mean would be infinite
    rows[4][3] = "900000:00"  # a clock of 102 years
    path = write_csv(tmp_path / "calls.csv", CALL_LOG, rows)
    with pytest.raises(ExportProblemsError) as caught:
        read_export(path, goal("wait_time", "s"))
    found = {(p.row, p.column, p.text, p.kind) for p in caught.value.problems}
    assert found == {(n, "wait_seconds", text, "duration") for n, text in ((4, "1e308"), (5, "1e308"),
                                                                          (6, "900000:00"))}  # fmt: skip


def test_a_formula_in_a_text_column_is_only_text(tmp_path):
    rows = zendesk_rows(10)
    rows[0][1] = '=HYPERLINK("http://example.com","x")'
    path = write_csv(tmp_path / "formula.csv", ZENDESK, rows)
    reading = read_export(path, goal("call_volume", "contacts", "increase"), filters=[("Group", rows[0][1])])
    assert reading.used == 1


def test_a_metric_the_file_cannot_give_is_refused(tmp_path):
    path = write_csv(tmp_path / "calls.csv", CALL_LOG, call_rows(5))
    with pytest.raises(ExportProblemsError) as caught:
        read_export(path, goal("frt", "h"))
    assert caught.value.wrong_kind == CALLS
    no_replies = write_csv(tmp_path / "thin.csv", ["Id", "Created at"], [["1", "2025-01-06"]])
    with pytest.raises(ExportProblemsError) as caught:
        read_export(no_replies, goal("frt", "h"))
    assert caught.value.missing == ["first_reply"]


def test_an_xlsx_export_is_read_from_its_first_sheet(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(ZENDESK)
    for row in zendesk_rows(30):
        sheet.append([datetime.fromisoformat(c) if i in (4, 5) and c else c for i, c in enumerate(row)])
    path = tmp_path / "zendesk.xlsx"
    book.save(path)
    reading = read_export(path, goal("call_volume", "contacts", "increase"))
    assert sum(v.value for v in reading.values) == 30


def test_not_a_table_is_said(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError):
        read_export(empty, goal("frt", "h"))
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    from goalplanner.files import ExportError

    with pytest.raises((TableError, ExportError)):
        read_export(fake, goal("frt", "h"))
