"""File → Import from a ticket or call export…: the mapping, the reading off the GUI thread, the
preview (core's proposals), one undo step, and nothing written on cancel or bad cells."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QTableWidget

from goalplanner.core.ticket_checkins import propose
from goalplanner.tickets import read_export
from goalplanner.ui.formatting import format_amount
from tests.tickets.exports import CALL_LOG, ZENDESK, call_rows, write_csv, zendesk_rows


def goal_of(window, kpi: str):
    return next(s.goal for s in window.session.states() if s.goal.kpi == kpi)


def open_import(window, qtbot, monkeypatch, path):
    """Choose the goal's import in the File menu and pick ``path`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    action = window.tickets.action
    assert action.isEnabled()
    action.trigger()
    dialog = window.tickets.dialog
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_choose_file"), Qt.MouseButton.LeftButton)
    return dialog


def read(dialog, qtbot):
    with qtbot.waitSignal(dialog.read_done, timeout=30_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)


def table_column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def zendesk_for(goal, tmp_path, count=600, name="zendesk.csv"):
    start = datetime.combine(goal.start, datetime.min.time())
    return write_csv(tmp_path / name, ZENDESK, zendesk_rows(count, start=start))


def test_a_zendesk_export_becomes_csat_check_ins_in_one_undo_step(
    sample_window, qtbot, tmp_path, monkeypatch
):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    store = window.store
    before = store.checkins(goal.id)
    path = zendesk_for(goal, tmp_path)
    dialog = open_import(window, qtbot, monkeypatch, path)
    assert dialog.findChild(QComboBox, "ticket_layout").currentText() == "Zendesk"
    assert dialog.findChild(QPushButton, "ticket_read").isDefault()  # Enter reads the file
    rating = dialog.findChild(QComboBox, "ticket_column_rating")
    assert rating.currentText() == "Satisfaction Score"
    read(dialog, qtbot)
    preview = dialog.findChild(QTableWidget, "ticket_periods")
    assert preview.isVisible()
    plan = store.subtargets(goal.id)
    reading = read_export(path, goal, plan, today=date.today())
    expected = propose(goal, reading.values, before, date.today(), plan)
    assert expected and preview.rowCount() == len(expected)
    locale = QLocale()
    assert table_column(preview, 1) == [format_amount(goal, p.checkin.actual, locale) for p in expected]
    counts = table_column(preview, 2)
    assert all(text.startswith(f"{p.source.count} ticket") for text, p in zip(counts, expected, strict=True))
    summary = dialog.findChild(QLabel, "ticket_summary").text()
    assert summary.startswith("600 row") and f"{reading.used} ticket" in summary
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_import"), Qt.MouseButton.LeftButton)
    after = store.checkins(goal.id)
    recorded = [p for p in expected if p.recorded]
    new = [c for c in after if c not in before]
    assert len(new) == len(recorded) > 0
    assert {c.actual for c in new} == {p.checkin.actual for p in recorded}
    old_ids = {c.id for c in before}
    added = [c for c in new if c.id not in old_ids]
    assert added and all(c.note.startswith("From an export: ") and " ticket" in c.note for c in added)
    window.undo_action.trigger()
    assert store.checkins(goal.id) == before  # one step takes them all back


def test_cancel_during_the_read_leaves_nothing(sample_window, qtbot, tmp_path, monkeypatch):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    before = window.store.checkins(goal.id)
    path = zendesk_for(goal, tmp_path, count=45_000)
    dialog = open_import(window, qtbot, monkeypatch, path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)
    task = dialog.task
    # the user presses Cancel as the bar first moves (on the worker thread: no race with the work)
    task.progressed.connect(task.cancel, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    problem = dialog.findChild(QLabel, "ticket_problem")
    assert "cancelled" in problem.text() and problem.isVisible()
    assert not dialog.preview_shown()
    assert window.store.checkins(goal.id) == before


def test_a_bad_cell_is_named_by_row_and_column_and_nothing_is_imported(
    sample_window, qtbot, tmp_path, monkeypatch
):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    before = window.store.checkins(goal.id)
    rows = zendesk_rows(100, start=datetime.combine(goal.start, datetime.min.time()))
    rows[6][5] = "next Tuesday"  # Solved at
    path = write_csv(tmp_path / "bad.csv", ZENDESK, rows)
    dialog = open_import(window, qtbot, monkeypatch, path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "ticket_problem")
    qtbot.waitUntil(problem.isVisible, timeout=30_000)
    assert "Row 8, column “Solved at”: “next Tuesday” is not a date." in problem.text()
    assert not dialog.preview_shown()
    assert window.store.checkins(goal.id) == before


def test_a_call_log_for_a_ticket_metric_says_where_the_metric_comes_from(
    sample_window, qtbot, tmp_path, monkeypatch
):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    path = write_csv(tmp_path / "calls.csv", CALL_LOG, call_rows(50))
    dialog = open_import(window, qtbot, monkeypatch, path)
    assert dialog.findChild(QComboBox, "ticket_layout").currentText() == "Call log"
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "ticket_problem")
    qtbot.waitUntil(problem.isVisible, timeout=30_000)
    wanted = "This file is a call log; Customer satisfaction (CSAT) comes from a ticket export."
    assert wanted in problem.text()


def test_the_mapping_is_remembered_for_a_file_with_the_same_headers(
    sample_window, qtbot, tmp_path, monkeypatch
):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    headers = ["Nr", "Closed on", "Opened on", "Happy?", "Team"]
    start = datetime.combine(goal.start, datetime.min.time())
    rows = [[r[0], r[5], r[4], r[10], r[1]] for r in zendesk_rows(80, start=start)]
    first = write_csv(tmp_path / "march.csv", headers, rows)
    dialog = open_import(window, qtbot, monkeypatch, first)
    assert dialog.findChild(QComboBox, "ticket_layout").currentText() == "Other"
    rating = dialog.findChild(QComboBox, "ticket_column_rating")
    rating.setCurrentIndex(rating.findText("Happy?"))  # not guessed from "Happy?": the user chooses it
    solved = dialog.findChild(QComboBox, "ticket_column_solved")
    solved.setCurrentIndex(solved.findText("Closed on"))
    order = dialog.findChild(QComboBox, "ticket_date_order")
    order.setCurrentIndex(order.findText("Day first (31/12/2025)"))
    read(dialog, qtbot)
    dialog.reject()
    second = write_csv(tmp_path / "april.csv", headers, rows[:40])
    dialog = open_import(window, qtbot, monkeypatch, second)
    assert dialog.findChild(QComboBox, "ticket_column_rating").currentText() == "Happy?"
    assert dialog.findChild(QComboBox, "ticket_column_solved").currentText() == "Closed on"
    assert dialog.findChild(QComboBox, "ticket_date_order").currentText() == "Day first (31/12/2025)"


def test_the_action_is_disabled_for_a_metric_no_export_gives(sample_window):
    window = sample_window
    other = next(s.goal for s in window.session.states() if not _exportable(s.goal.kpi))
    window.select_goal(other.id)
    window.tickets.update_action()
    assert not window.tickets.action.isEnabled()
    assert "CSAT" in window.tickets.action.toolTip()


def _exportable(kpi: str) -> bool:
    from goalplanner.core.ticket_metrics import source_of

    return bool(source_of(kpi))


@pytest.fixture(autouse=True)
def _english_numbers():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.system())


def test_the_goal_list_shows_the_status_the_preview_showed_for_the_latest_period(
    sample_window, qtbot, tmp_path, monkeypatch
):
    from goalplanner.ui.goal_tree import STATUS
    from tests.ui.test_tracking import find_row

    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    dialog = open_import(window, qtbot, monkeypatch, zendesk_for(goal, tmp_path))
    read(dialog, qtbot)
    preview = dialog.findChild(QTableWidget, "ticket_periods")
    last_status = table_column(preview, 4)[-1]
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_import"), Qt.MouseButton.LeftButton)
    row = find_row(window, goal.title)
    assert row.siblingAtColumn(STATUS).data() == last_status  # one status, computed once in core


def test_a_filter_gives_a_groups_own_numbers(sample_window, qtbot, tmp_path, monkeypatch):
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    path = zendesk_for(goal, tmp_path)
    dialog = open_import(window, qtbot, monkeypatch, path)
    column = dialog.findChild(QComboBox, "ticket_filter_column")
    column.setCurrentIndex(column.findText("Group"))
    column.activated.emit(column.currentIndex())
    value = dialog.findChild(QComboBox, "ticket_filter_value")
    assert value.findText("Billing") >= 0  # offered from the file's first rows
    value.setCurrentText("Billing")
    read(dialog, qtbot)
    plan = window.store.subtargets(goal.id)
    billing = read_export(path, goal, plan, filters=[("Group", "Billing")], today=date.today())
    assert billing.filtered_out == 300
    summary = dialog.findChild(QLabel, "ticket_summary").text()
    assert "300 left out by the filter" in summary
    preview = dialog.findChild(QTableWidget, "ticket_periods")
    expected = propose(goal, billing.values, window.store.checkins(goal.id), date.today(), plan)
    locale = QLocale()
    assert table_column(preview, 1) == [format_amount(goal, p.checkin.actual, locale) for p in expected]


def test_a_check_in_recorded_after_the_preview_stops_the_import_and_the_preview_shows_it(
    sample_window, qtbot, tmp_path, monkeypatch
):
    from dataclasses import replace

    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    store = window.store
    dialog = open_import(window, qtbot, monkeypatch, zendesk_for(goal, tmp_path))
    read(dialog, qtbot)
    last = window.tickets.preview.proposals[-1]
    typed = replace(last.checkin, actual=50.0, numerator=None, denominator=None, note="typed meanwhile")
    store.add_checkins([typed])  # a colleague records the same week meanwhile
    before = store.checkins(goal.id)
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_import"), Qt.MouseButton.LeftButton)
    assert (
        "changed while the file was read: nothing was imported"
        in dialog.findChild(QLabel, "ticket_problem").text()
    )
    assert store.checkins(goal.id) == before
    assert table_column(dialog.findChild(QTableWidget, "ticket_periods"), 5)[-1] == "Replaces 50.0%"


def test_an_export_dropped_on_the_window_opens_its_import(sample_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    path = zendesk_for(goal, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point, action = QPointF(50, 50), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, action, mime, buttons, keys))
    dialog = window.tickets.dialog
    assert dialog is not None and dialog.path == path
    assert dialog.findChild(QComboBox, "ticket_layout").currentText() == "Zendesk"
    read(dialog, qtbot)
    assert window.tickets.preview.to_record() > 0
    dialog.reject()


def test_a_workbook_or_a_goal_no_export_gives_is_not_taken_as_a_drop(sample_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    window = sample_window
    window.select_goal(goal_of(window, "csat").id)

    def accepted(path) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        QApplication.sendEvent(window, event)
        return event.isAccepted()

    assert not accepted(tmp_path / "plan.xlsx")
    assert accepted(tmp_path / "export.csv")
    window.select_goal(goal_of(window, "nps").id)
    assert not accepted(tmp_path / "export.csv")


def test_enter_reads_the_file_then_imports_it(sample_window, qtbot, tmp_path, monkeypatch):
    """After choosing the file, Enter reads it (not the chooser again); on the preview Enter imports."""
    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    before = window.store.checkins(goal.id)
    dialog = open_import(window, qtbot, monkeypatch, zendesk_for(goal, tmp_path))
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen.append(1) or ("", ""))
    choose = dialog.findChild(QPushButton, "ticket_choose_file")
    choose.setFocus()
    with qtbot.waitSignal(dialog.read_done, timeout=30_000):
        qtbot.keyClick(choose, Qt.Key.Key_Return)
    assert not chosen
    close = dialog.findChild(QPushButton, "ticket_close")
    close.setFocus()
    qtbot.keyClick(close, Qt.Key.Key_Return)
    assert len(window.store.checkins(goal.id)) > len(before)


def test_edit_move_and_delete_wait_for_a_selected_goal(sample_window, qtbot):
    window = sample_window
    window.select_goal(goal_of(window, "csat").id)
    actions = (window.edit_goal_action, window.move_goal_action, window.delete_goal_action)
    assert all(action.isEnabled() for action in actions)
    qtbot.keyClicks(window.goal_list.search_edit, "no goal is called this")
    qtbot.waitUntil(lambda: window.goal_list.selected_goal() is None)
    assert not any(action.isEnabled() for action in actions)
    window.goal_list.search_edit.clear()
    window.select_goal(goal_of(window, "csat").id)
    assert all(action.isEnabled() for action in actions)
