"""Nothing moves under the mouse: messages, answers and revealed rows leave every other field where it
was; Cancel with nothing typed closes at once; a kept draft is offered as unfinished work."""

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget, QWizard

from goalplanner.store import Store
from goalplanner.ui.widgets import format_date
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard import wizard as wizard_module
from goalplanner.ui.wizard.wizard import MEASURE, RESOURCES, REVIEW, SHAPE, START, WHAT, WHEN, WHO, WHY
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as opened:
        yield opened


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The questions the wizard asked on Cancel (each answered "Continue editing", so the test goes on)."""
    questions: list[str] = []

    def exec_(box: QMessageBox) -> int:
        questions.append(box.text())
        return 0  # no button clicked: the wizard stays open

    monkeypatch.setattr(wizard_module.QMessageBox, "exec", exec_)
    return questions


def open_wizard(qtbot, store, **kwargs) -> GoalWizard:
    wiz = GoalWizard(store, **kwargs)
    qtbot.addWidget(wiz, before_close_func=lambda w: w.done(QWizard.DialogCode.Rejected))
    wiz.resize(1024, 700)
    wiz.show()
    return wiz


def settle() -> None:
    """Let Qt finish laying out (layout requests are posted, not done at once)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def positions(page: QWidget) -> dict[str, tuple[int, int, int, int]]:
    """Where every named, visible field of ``page`` is, in the page's coordinates."""
    settle()
    found = {}
    for widget in page.findChildren(QWidget):
        name = widget.objectName()
        if name and not name.startswith("qt_") and widget.isVisibleTo(page):
            corner = widget.mapTo(page, QPoint(0, 0))
            found[name] = (corner.x(), corner.y(), widget.width(), widget.height())
    return found


def unmoved(before: dict, after: dict, using: str) -> dict:
    """The fields (other than the one used) that are on the page both times and moved."""
    return {
        name: (before[name], after[name])
        for name in before.keys() & after.keys()
        if name != using and before[name][:2] != after[name][:2]
    }


def type_over(qtbot, widget, text):
    """Select what the field holds, delete it and type ``text`` (nothing: the field is emptied)."""
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


Step = tuple[str, Callable[[], None]]  # the field used, and what the user does with it


def check_steps(page: QWidget, steps: list[Step], shown: Callable[[], bool]) -> None:
    """Run each step (the field it uses, what the user does) and assert no other field moved."""
    before = positions(page)
    messages_shown = 0
    for using, act in steps:
        act()
        after = positions(page)
        assert unmoved(before, after, using) == {}, f"after using {using!r}"
        before = after
        messages_shown += shown()
    assert messages_shown, "the steps showed no message: the test proved nothing"


def test_messages_and_answers_move_no_field_on_any_page(qtbot, store):
    wiz = open_wizard(qtbot, store)
    wiz.next()
    page = wiz.currentPage()
    fields = page._fields

    def any_message() -> bool:
        return any(message.message() for _, message in wiz.currentPage()._fields.values())

    check_steps(page, [
        ("title", lambda: type_over(qtbot, fields["title"][0], "Improve")),  # too vague: a long finding
        ("title", lambda: type_over(qtbot, fields["title"][0], "Cut call wait time from 240 s to 120 s")),
        ("scope", lambda: type_over(qtbot, fields["scope"][0], "Inbound queue")),
        ("title", lambda: type_over(qtbot, fields["title"][0], "")),
    ], any_message)  # fmt: skip
    wiz.next()
    page, fields = wiz.currentPage(), wiz.currentPage()._fields
    check_steps(page, [
        ("owner", lambda: type_over(qtbot, fields["owner"][0], "Mark Ellis")),
        ("reviewer", lambda: type_over(qtbot, fields["reviewer"][0], "Dana")),
        ("owner", lambda: type_over(qtbot, fields["owner"][0], "")),
    ], any_message)  # fmt: skip
    wiz.next()
    page, fields = wiz.currentPage(), wiz.currentPage()._fields
    check_steps(page, [
        ("baseline", lambda: type_over(qtbot, fields["baseline"][0], "about 240")),  # not a number
        ("baseline", lambda: type_over(qtbot, fields["baseline"][0], "240")),
        ("target", lambda: type_over(qtbot, fields["target"][0], "30")),  # a change that is too big
        ("target", lambda: type_over(qtbot, fields["target"][0], "180")),
        ("kpi", lambda: choose(page.kpi_combo, "custom")),  # the metric's explanation changes
        ("kpi", lambda: choose(page.kpi_combo, "csat")),
        ("target", lambda: type_over(qtbot, fields["target"][0], "120")),  # impossible for CSAT
        ("baseline_date", lambda: type_over(qtbot, fields["baseline_date"][0], "1/7/27")),
        ("change_by", lambda: type_over(qtbot, page.change_field, "5")),
        ("change_mode", lambda: choose(page.change_mode, "points")),
        ("baseline_date", lambda: type_over(qtbot, fields["baseline_date"][0], format_date(date.today()))),
    ], any_message)  # fmt: skip
    type_over(qtbot, fields["target"][0], "80")
    wiz.next()
    page, fields = wiz.currentPage(), wiz.currentPage()._fields

    def click(name, answer):
        return lambda: qtbot.mouseClick(getattr(page.answers[name], answer), Qt.MouseButton.LeftButton)

    check_steps(page, [
        ("staff_available", click("staff", "no")),  # once moved Headcount down
        ("headcount", lambda: type_over(qtbot, page.headcount_field, "2.5")),
        ("use_staffing", lambda: qtbot.mouseClick(page.calculator_check, Qt.MouseButton.LeftButton)),
        ("headcount", lambda: type_over(qtbot, page.headcount_field, "16")),  # short of the queue's need
        ("contacts", lambda: type_over(qtbot, page.calculator.fields["contacts"], "400")),
        ("staff_available", click("staff", "yes")),
        ("budget_available", click("budget", "no")),
        ("budget_amount", lambda: type_over(qtbot, page.budget_field, "-5")),
        ("skills_available", click("skills", "no")),
        ("use_staffing", lambda: qtbot.mouseClick(page.calculator_check, Qt.MouseButton.LeftButton)),
        ("skills_available", click("skills", "yes")),
    ], any_message)  # fmt: skip
    type_over(qtbot, page.budget_field, "5")
    wiz.next()
    page, fields = wiz.currentPage(), wiz.currentPage()._fields
    check_steps(page, [
        ("why", lambda: qtbot.keyClicks(fields["why"][0], "Long waits are the first complaint.")),
        ("strategy", lambda: type_over(qtbot, fields["strategy"][0], "Win on service")),
        ("strategy", lambda: type_over(qtbot, fields["strategy"][0], "")),
    ], any_message)  # fmt: skip
    wiz.next()
    page, fields = wiz.currentPage(), wiz.currentPage()._fields
    check_steps(page, [
        ("start", lambda: type_over(qtbot, fields["start"][0], "soon")),
        ("start", lambda: type_over(qtbot, fields["start"][0], "2025-01-06")),
        ("deadline", lambda: type_over(qtbot, fields["deadline"][0], "2025-01-05")),  # before the start
        ("checkin_cadence", lambda: choose(fields["checkin_cadence"][0], "monthly")),
        ("deadline", lambda: type_over(qtbot, fields["deadline"][0], "")),
        ("deadline", lambda: type_over(qtbot, fields["deadline"][0], "2025-02-16")),
    ], any_message)  # fmt: skip


def test_a_band_goal_puts_its_band_where_the_target_was(qtbot, store):
    wiz = open_wizard(qtbot, store)
    for _ in (WHAT, WHO, MEASURE):
        wiz.next()
    page = wiz.currentPage()
    target_at = positions(page)["target"]
    choose(page.kpi_combo, "occupancy")  # a metric kept within a band
    after = positions(page)
    assert "target" not in after and after["range_low"][:2] == target_at[:2]
    assert after["kpi"] == positions(page)["kpi"] and after["baseline"][:2] == positions(page)["baseline"][:2]


def test_a_long_message_is_cut_at_its_reserved_lines_and_shown_whole_as_tooltip(qtbot, store):
    wiz = open_wizard(qtbot, store)
    wiz.resize(700, 700)
    for _ in (WHAT, WHO, MEASURE, RESOURCES):
        wiz.next()
    page = wiz.currentPage()
    qtbot.mouseClick(page.calculator_check, Qt.MouseButton.LeftButton)
    message = page._fields["staff_plan"][1]
    height = message.height()
    message.show_message("A plan " * 40, "warning")
    settle()
    assert message.text().endswith("…") and message.toolTip() == "A plan " * 40
    assert message.message() == "A plan " * 40 and message.height() == height
    message.show_message("", "")
    settle()
    assert message.height() == height and message.toolTip() == ""


# -- Cancel, drafts ------------------------------------------------------------------------------


def cancel(qtbot, wiz):
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)


def test_cancel_after_only_paging_through_closes_at_once_and_keeps_no_draft(qtbot, store, asked):
    wiz = open_wizard(qtbot, store)
    for page in (WHAT, WHO, MEASURE, RESOURCES, WHY, WHEN, SHAPE, REVIEW):
        wiz.next()
        assert wiz.currentId() == page
    assert store.drafts() == []  # nothing typed: nothing to offer after a restart either
    cancel(qtbot, wiz)
    assert asked == [] and not wiz.isVisible()


def test_cancel_after_only_picking_a_template_closes_at_once(qtbot, store, asked):
    wiz = open_wizard(qtbot, store)
    start = wiz.currentPage()
    radio = start.template_radio  # its button and label, at the left: not the middle of the row
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(4, radio.height() // 2))
    start.template_combo.setCurrentIndex(start.template_combo.findData("csat_survey"))
    for _ in (WHAT, WHO, MEASURE):
        wiz.next()
    assert wiz.goal.kpi == "csat"
    cancel(qtbot, wiz)
    assert asked == [] and not wiz.isVisible() and store.drafts() == []


@pytest.mark.parametrize("baseline_date", [date(2025, 1, 5), None])
def test_cancel_on_an_unchanged_edit_closes_at_once(qtbot, store, asked, baseline_date):
    goal_id = store.save_goal(wait_goal(scope="Inbound queue", baseline_date=baseline_date))
    goal = store.get_goal(goal_id)
    wiz = open_wizard(qtbot, store, goal=goal)
    while wiz.currentId() != REVIEW:
        wiz.next()
    cancel(qtbot, wiz)
    assert asked == [] and not wiz.isVisible()
    assert store.get_goal(goal_id) == goal and store.drafts() == []


def test_cancel_after_typing_still_asks(qtbot, store, asked):
    wiz = open_wizard(qtbot, store)
    wiz.next()
    qtbot.keyClicks(wiz.currentPage()._fields["title"][0], "Answer e-mails within four hours")
    cancel(qtbot, wiz)
    assert asked == ["What you typed can be kept as a draft to finish later, or thrown away."]
    assert wiz.isVisible()
    assert wiz.currentId() != START


def test_a_kept_draft_is_offered_as_unfinished_work_not_as_a_crash(qtbot, store, window, monkeypatch):
    wiz = open_wizard(qtbot, store)
    wiz.next()
    qtbot.keyClicks(wiz.currentPage()._fields["title"][0], "Answer e-mails within four hours")
    wiz.save_draft()
    wiz.done(QWizard.DialogCode.Rejected)
    path = store.path
    store.close()
    offered = []
    from goalplanner.ui import goal_commands

    def exec_(box: QMessageBox) -> int:
        offered.append(box.text())
        return 0  # "Later"

    monkeypatch.setattr(goal_commands.QMessageBox, "exec", exec_)
    assert open_plan(qtbot, window, path)
    qtbot.waitUntil(lambda: offered != [])
    assert offered[0].startswith(
        f"You have an unfinished goal, “Answer e-mails within four hours”, last changed on "
        f"{format_date(date.today())} at "
    )
    assert "stopped" not in offered[0]


def test_choosing_a_template_moves_nothing_on_the_start_page(qtbot, store):
    wiz = open_wizard(qtbot, store)
    wiz.restart()
    page = wiz.currentPage()
    combo = page.template_combo
    before = positions(page)
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        assert unmoved(before, positions(page), "template") == {}, combo.currentText()
