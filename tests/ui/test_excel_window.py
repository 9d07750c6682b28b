"""Export and import from the File menu: off the GUI thread, cancellable, previewed, undoable."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from goalplanner.ui.goal_tree import GOAL_ROLE
from tests.ui.test_tracking import find_row


def finish(qtbot, task):
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert task.wait(5)


@pytest.fixture
def warnings_shown(monkeypatch):
    """Every message box's text, each box answered at once (modal ones by their first button)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.buttons()[0].click()

    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    yield shown
    timer.stop()


def test_export_writes_the_workbook_off_the_gui_thread(sample_window, qtbot, tmp_path, english):
    window = sample_window
    assert window.export_action.isEnabled()
    target = tmp_path / "shared" / "plan.xlsx"
    target.parent.mkdir()
    task = window.excel.export_excel(target)
    assert not target.exists()  # the call returns at once; the work goes on in the background
    finish(qtbot, task)
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "Summary" and len(workbook.sheetnames) == 7 + 3
    assert "Exported 7 goals to" in window.statusBar().currentMessage()


def test_cancelling_an_export_leaves_no_file(sample_window, qtbot, tmp_path):
    window = sample_window
    target = tmp_path / "plan.xlsx"
    task = window.excel.export_excel(target)
    # the user presses Cancel as the bar first moves (run on the worker thread, so no race with the work)
    task.progressed.connect(task.cancel, Qt.ConnectionType.DirectConnection)
    finish(qtbot, task)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    assert "Export cancelled" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_why(sample_window, qtbot, tmp_path, warnings_shown):
    task = sample_window.excel.export_excel(tmp_path / "missing folder" / "plan.xlsx")
    finish(qtbot, task)
    assert warnings_shown and "the folder does not exist" in warnings_shown[0]


def test_import_previews_changes_then_records_them_and_undo_takes_them_back(
    sample_window, qtbot, tmp_path, english
):
    window = sample_window
    path = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(path))
    workbook = openpyxl.load_workbook(path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    sheet["E14"] = 201  # a correction
    workbook.save(path)
    wait = find_row(window, "wait time by 50%").data(GOAL_ROLE).id
    before = {c.id: c.actual for c in window.store.checkins(wait)}
    finish(qtbot, window.excel.import_actuals(path))
    preview = window.excel.import_preview
    assert preview.isVisible()
    assert preview.changes.rowCount() == 1
    assert preview.changes.item(0, 3).text() == "205 s" and preview.changes.item(0, 4).text() == "201 s"
    assert preview.import_button.isEnabled() and preview.import_button.text() == "&Import 1 actual"
    preview.import_button.click()
    after = {c.id: c.actual for c in window.store.checkins(wait)}
    assert sorted(after.values()) == sorted([*(v for v in before.values() if v != 205), 201])
    assert "Imported 1 actual from" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert {c.id: c.actual for c in window.store.checkins(wait)} == before
    window.redo_action.trigger()
    assert sorted(c.actual for c in window.store.checkins(wait)) == sorted(after.values())


def test_an_import_with_problems_lists_them_and_offers_nothing(sample_window, qtbot, tmp_path):
    window = sample_window
    path = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(path))
    workbook = openpyxl.load_workbook(path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Raise e-mail CSAT"))
    sheet["E14"] = "eighty"
    workbook.save(path)
    count = window.store.counts()["checkins"]
    finish(qtbot, window.excel.import_actuals(path))
    preview = window.excel.import_preview
    assert not preview.import_button.isEnabled()
    assert preview.problems.item(0).text() == "'Raise e-mail CSAT 25% versus'!E14: “eighty” is not a number"
    preview.reject()
    assert window.store.counts()["checkins"] == count


def test_a_workbook_that_is_not_ours_is_refused_with_a_message(
    sample_window, qtbot, tmp_path, warnings_shown
):
    path = tmp_path / "someone else's.xlsx"
    openpyxl.Workbook().save(path)
    finish(qtbot, sample_window.excel.import_actuals(path))
    assert "was not exported by goalplanner" in warnings_shown[0]
    assert getattr(sample_window, "import_preview", None) is None


def test_names_from_a_workbook_are_shown_as_plain_text_never_as_html(qtbot):
    from PySide6.QtCore import Qt

    from goalplanner.ui.errors import plain_warning

    seen = []

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append((box.textFormat(), box.text()))
        box.buttons()[0].click()

    QTimer.singleShot(0, look)
    plain_warning(None, "Nothing imported", 'from <a href="http://example.com">this plan</a>')
    assert seen == [(Qt.TextFormat.PlainText, 'from <a href="http://example.com">this plan</a>')]


def test_an_export_of_a_plan_moved_away_meanwhile_says_so(sample_window, qtbot, tmp_path, warnings_shown):
    window = sample_window
    moved = tmp_path / "moved.goalplan"
    window.store.path.rename(moved)  # another program moved the open plan: the export reads the file
    task = window.excel.export_excel(tmp_path / "plan.xlsx")
    finish(qtbot, task)
    assert warnings_shown and "does not exist" in warnings_shown[0]
    assert not (tmp_path / "plan.xlsx").exists()


def test_the_import_preview_says_how_each_value_will_be_judged(sample_window, qtbot, tmp_path):
    from goalplanner.core.progress import evaluate
    from goalplanner.ui.status_style import status_text

    window = sample_window
    path = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(path))
    workbook = openpyxl.load_workbook(path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    row = next(r for r in range(13, 40) if sheet.cell(r, 5).value is None and sheet.cell(r, 1).value)
    sheet.cell(row, 5, 150.0)
    workbook.save(path)
    finish(qtbot, window.excel.import_actuals(path))
    preview = window.excel.import_preview
    change = preview.report.changes[0]
    goal = window.store.get_goal(change.goal_id)
    checkins = window.store.checkins(goal.id)
    evaluation = evaluate(
        goal, window.store.subtargets(goal.id), [*checkins, change_as_checkin(change)], date.today()
    )
    judged = next(j for j in evaluation.judged if j.checkin.on == change.on and j.checkin.actual == 150.0)
    assert change.status == judged.status  # core's verdict, once imported
    shown = preview.changes.item(0, 5).text()
    assert shown.startswith(status_text(judged.status.code))
    preview.reject()


def change_as_checkin(change):
    from goalplanner.core.model import CheckIn

    return CheckIn(change.goal_id, change.on, change.actual, id=10**9)


def test_the_export_reads_the_plan_on_the_worker_while_the_window_keeps_answering(
    sample_window, qtbot, tmp_path, monkeypatch
):
    """The plan's snapshot is read on the worker through a reader of its own, and the GUI thread's event
    loop keeps running meanwhile: the snapshot waits for a timer tick on the GUI thread before it reads
    (were it on the GUI thread, no tick could come and the wait would end unanswered)."""
    import threading

    from goalplanner.ui import excel_transfer

    window = sample_window
    ticked = threading.Event()
    seen = {}
    real_snapshot = excel_transfer.snapshot

    def watched_snapshot(source, *args, **kwargs):
        seen["thread"] = threading.current_thread()
        seen["own reader"] = source is not window.store
        seen["gui answered"] = ticked.wait(10)  # a guard against a hang, not a measure of speed
        return real_snapshot(source, *args, **kwargs)

    monkeypatch.setattr(excel_transfer, "snapshot", watched_snapshot)
    ticker = QTimer(interval=0)
    ticker.timeout.connect(ticked.set)
    ticker.start()
    target = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(target))
    ticker.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["own reader"] and seen["gui answered"]
    assert target.exists()
