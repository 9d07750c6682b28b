"""The goal sheet and the meeting pack from the File menu: PDFs a manager puts on the boss's desk."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPageSize

from goalplanner.core.progress import OFF_TRACK, SEVERITY_ORDER
from goalplanner.core.resource_summary import CONTEXT, resource_lines
from goalplanner.core.smart import sentence
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.language import apply_language, remove_translations
from goalplanner.ui.report.content import read_plan
from goalplanner.ui.report.pdf import page_size
from goalplanner.ui.status_style import status_text
from tests.report_pdf import flat, fonts, needs_poppler, page_count, pdf_text


def finish(qtbot, task):
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert task.wait(5)


@pytest.fixture
def korean(qapp):
    before = QLocale()
    apply_language(qapp, QLocale("ko_KR"))
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def worst_goal(window):
    """The active goal in the worst status: its sheet has the most to say."""
    states = [s for s in window.session.states() if s.goal.state == "active"]
    return min(states, key=lambda s: SEVERITY_ORDER.index(s.status.code)).goal


def save_sheet(window, qtbot, tmp_path, goal):
    window.select_goal(goal.id)
    target = tmp_path / "sheet.pdf"
    task = window.reports.save_goal_sheet(target)
    finish(qtbot, task)
    return target


def shows_the_goal(text: str, window, goal) -> None:
    """The sheet says the sentence, the owner, the status and every resources line as the window does."""
    wording = ui_wording()
    state = window.session.state(goal.id)
    assert flat(sentence(goal, wording)) in text
    assert goal.owner in text
    assert flat(status_text(state.status.code)) in text
    for line in resource_lines(goal):
        assert flat(QCoreApplication.translate(CONTEXT, line.label)) in text
        assert flat(line.text(wording)) in text


@needs_poppler
def test_a_goal_sheet_is_one_page_with_sentence_owner_status_and_resources(
    sample_window, qtbot, tmp_path, english
):
    window = sample_window
    goal = worst_goal(window)
    target = save_sheet(window, qtbot, tmp_path, goal)
    assert page_count(target) == 1
    text = pdf_text(target)
    shows_the_goal(text, window, goal)
    assert "Last check-ins" in text
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved 1 page") and message.endswith("sheet.pdf")


@needs_poppler
def test_a_goal_sheet_in_korean_reads_korean_with_its_fonts_embedded(sample_window, qtbot, tmp_path, korean):
    window = sample_window
    goal = worst_goal(window)
    target = save_sheet(window, qtbot, tmp_path, goal)
    assert page_count(target) == 1
    text = pdf_text(target)
    shows_the_goal(text, window, goal)
    assert "책임자" in text  # "Owner" as the Resources tab says it in Korean
    used = fonts(target)
    assert any("CJK" in name for name, _embedded in used)
    assert all(embedded for _name, embedded in used), used


@needs_poppler
def test_the_meeting_pack_has_a_cover_then_every_active_goal_worst_first(
    sample_window, qtbot, tmp_path, english
):
    window = sample_window
    target = tmp_path / "pack.pdf"
    finish(qtbot, window.reports.save_meeting_pack(target))
    active = [s for s in window.session.states() if s.goal.state == "active"]
    assert page_count(target) == 1 + len(active)
    cover = pdf_text(target, 1)
    assert "Goals at a glance" in cover and "Check-ins in the last 7 day" in cover
    statuses = []
    for page in range(2, 2 + len(active)):
        text = pdf_text(target, page)
        shown = [s for s in active if flat(sentence(s.goal, ui_wording())) in text]
        assert len(shown) == 1, page  # one goal's sheet per page
        statuses.append(SEVERITY_ORDER.index(shown[0].status.code))
    assert statuses == sorted(statuses)
    assert statuses[0] == SEVERITY_ORDER.index(OFF_TRACK)  # the sample plan has a goal off track


def test_cancelling_the_pack_leaves_no_file(sample_window, qtbot, tmp_path):
    window = sample_window
    target = tmp_path / "pack.pdf"
    task = window.reports.save_meeting_pack(target)
    task.progressed.connect(task.cancel, Qt.ConnectionType.DirectConnection)  # Cancel at the first page
    finish(qtbot, task)
    assert not target.exists()
    assert "no PDF was written" in window.statusBar().currentMessage()


def test_printing_a_sheet_prints_one_page(sample_window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = sample_window
    goal = worst_goal(window)
    window.select_goal(goal.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.reports.print_goal_sheet(printer)
    assert page_count(tmp_path / "printed.pdf") == 1


def test_the_report_actions_are_in_the_file_menu_and_need_a_goal(sample_window):
    window = sample_window
    names = [action.objectName() for action in window.file_menu.actions()]
    assert {"print_goal_sheet", "save_goal_sheet", "save_meeting_pack"} <= set(names)
    window.file_menu.aboutToShow.emit()
    assert window.reports.pack_action.isEnabled()


def test_paper_follows_the_locale(tmp_path):
    letter, a4 = QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4
    assert page_size(QLocale("en_US")).id() == letter
    assert page_size(QLocale("ko_KR")).id() == a4
    assert page_size(QLocale("en_GB")).id() == a4


def test_read_plan_puts_off_track_goals_first(sample_window):
    plan = read_plan(sample_window.store, date.today())
    codes = [SEVERITY_ORDER.index(sheet.evaluation.status.code) for sheet in plan.sheets]
    assert codes == sorted(codes) and plan.pack


def test_a_sheet_stays_one_page_however_long_the_notes(sample_window, qtbot, tmp_path):
    """Long notes and a long reason shrink the sheet to fit; they never spill onto a second page."""
    from dataclasses import replace

    window = sample_window
    goal = worst_goal(window)
    store = window.store
    store.save_goal(replace(goal, why="Because callers wait far too long. " * 30))
    note = "Two agents off sick; call-backs paused while the new rota settles in. " * 8
    shown = store.checkins(goal.id)[-6:]  # the six a sheet shows: each gets a twin with a long note
    for day in shown:
        store.add_checkin(goal.id, day.on, day.actual, note)
    window.session.reload()
    target = save_sheet(window, qtbot, tmp_path, goal)
    assert page_count(target) == 1
