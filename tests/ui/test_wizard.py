"""Drive the SMART wizard as a user does: by field names, keyboard and buttons."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget, QWizard

from goalplanner.store import Store
from goalplanner.ui.widgets import format_date
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, RESOURCES, REVIEW, SHAPE, WHAT, WHEN, WHO, WHY
from tests.ui.conftest import open_plan


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as opened:
        yield opened


def close_quietly(wiz):
    """Close without the "stop entering this goal?" question (which would wait for an answer)."""
    if wiz.isVisible():
        wiz.done(QWizard.DialogCode.Rejected)


@pytest.fixture
def wizard(qtbot, store):
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    return wiz


def field(wiz: QWizard, name: str) -> QWidget:
    found = wiz.currentPage().findChild(QWidget, name)
    assert found is not None, f"no field {name!r} on page {wiz.currentId()}"
    return found


def type_into(qtbot, wiz, name, text):
    widget = field(wiz, name)
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(wiz, name, data):
    combo: QComboBox = field(wiz, name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def next_page(qtbot, wiz, expected):
    button = wiz.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wiz.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wiz.currentId() == expected


def finish(qtbot, wiz):
    button = wiz.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_next_box(button_text, seen=None):
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, answer)


def fill_wait_goal(qtbot, wiz):
    """From the What page to the Review page, entering the articles' wait-time goal."""
    type_into(qtbot, wiz, "title", "Cut average call wait time from 240 s to 180 s within six weeks")
    type_into(qtbot, wiz, "scope", "Inbound support queue")
    next_page(qtbot, wiz, WHO)
    type_into(qtbot, wiz, "owner", "Mark Ellis (support lead)")
    type_into(qtbot, wiz, "reviewer", "Dana Whitfield")
    next_page(qtbot, wiz, MEASURE)
    choose(wiz, "kpi", "wait_time")
    type_into(qtbot, wiz, "baseline", "240")
    type_into(qtbot, wiz, "target", "180")
    type_into(qtbot, wiz, "stretch_target", "150")
    next_page(qtbot, wiz, RESOURCES)
    for name in ("staff_available", "budget_available", "skills_available"):
        qtbot.mouseClick(field(wiz, name).yes, Qt.MouseButton.LeftButton)
    type_into(qtbot, wiz, "headcount", "20")
    next_page(qtbot, wiz, WHY)
    qtbot.keyClicks(field(wiz, "why"), "Long waits are the first complaint in our surveys.")
    type_into(qtbot, wiz, "strategy", "Win on service")
    next_page(qtbot, wiz, WHEN)
    type_into(qtbot, wiz, "start", format_date(date(2025, 1, 6)))  # the user's format
    type_into(qtbot, wiz, "deadline", "2025-02-16")  # or ISO
    choose(wiz, "checkin_cadence", "weekly")
    next_page(qtbot, wiz, SHAPE)
    next_page(qtbot, wiz, REVIEW)


def test_blank_start_to_saved_goal(qtbot, wizard, store):
    next_page(qtbot, wizard, WHAT)
    fill_wait_goal(qtbot, wizard)
    sentence = field(wizard, "smart_sentence").text()
    assert sentence.startswith(
        "Mark Ellis (support lead) will cut average call wait time for Inbound support queue"
    )
    deadline = QLocale().toString(QDate(2025, 2, 16), QLocale.FormatType.ShortFormat)  # the user's format
    assert f"from 240 s to 180 s by {deadline}" in sentence
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    goal = store.get_goal(saved.args[0])
    assert (goal.title, goal.owner, goal.reviewer, goal.kpi, goal.direction) == (
        "Cut average call wait time from 240 s to 180 s within six weeks",
        "Mark Ellis (support lead)", "Dana Whitfield", "wait_time", "decrease",
    )  # fmt: skip
    assert (goal.baseline, goal.target, goal.stretch_target) == (240, 180, 150)
    assert (goal.start, goal.deadline, goal.state) == (date(2025, 1, 6), date(2025, 2, 16), "active")
    assert goal.resources.headcount == 20 and goal.resources.staff.available is True
    assert store.drafts() == []  # the draft went with the save, in one transaction
    weeks = [s for s in store.subtargets(goal.id) if s.period == "week"]
    assert [w.label for w in weeks] == [f"2025-W{n:02d}" for n in range(2, 8)]
    assert weeks[-1].planned == 180


def test_template_fills_metric_and_suggested_targets(qtbot, wizard, store):
    qtbot.mouseClick(field(wizard, "start_template"), Qt.MouseButton.LeftButton)
    choose(wizard, "template", "csat_survey")
    next_page(qtbot, wizard, WHAT)
    assert "CSAT by 5 points" in field(wizard, "title").text()
    type_into(qtbot, wizard, "scope", "E-mail channel")
    next_page(qtbot, wizard, WHO)
    type_into(qtbot, wizard, "owner", "Priya Nair")
    next_page(qtbot, wizard, MEASURE)
    assert field(wizard, "kpi").currentData() == "csat"
    type_into(qtbot, wizard, "baseline", "68")
    type_into(qtbot, wizard, "change_by", "5")
    choose(wizard, "change_mode", "points") if wizard.currentPage().findChild(
        QWidget, "change_mode"
    ) else None
    wizard.currentPage().change_mode.setCurrentIndex(1)
    wizard.currentPage().change_mode.activated.emit(1)
    assert wizard.goal.target == 73
    assert "5 points takes it to 73.0%" in wizard.currentPage().change_label.text()
    choose(wizard, "change_mode", "relative")
    assert wizard.goal.target == pytest.approx(71.4)
    type_into(qtbot, wizard, "target", "73")
    for page in (RESOURCES, WHY):
        next_page(qtbot, wizard, page)
    type_into(qtbot, wizard, "strategy", "Customers first")
    next_page(qtbot, wizard, WHEN)
    next_page(qtbot, wizard, SHAPE)
    next_page(qtbot, wizard, REVIEW)
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    goal = store.get_goal(saved.args[0])
    assert (goal.kpi, goal.unit, goal.target, goal.checkin_cadence) == ("csat", "%", 73, "weekly")
    assert (goal.deadline - goal.start).days == 13 * 7 - 1


def test_impossible_target_blocks_finish_with_its_message(qtbot, wizard, store):
    next_page(qtbot, wizard, WHAT)
    fill_wait_goal(qtbot, wizard)
    wizard.button(QWizard.WizardButton.BackButton).click()
    while wizard.currentId() != MEASURE:
        wizard.button(QWizard.WizardButton.BackButton).click()
    choose(wizard, "kpi", "csat")
    type_into(qtbot, wizard, "baseline", "80")
    type_into(qtbot, wizard, "target", "120")
    message = wizard.currentPage()._fields["target"][1]
    assert message.isVisible() and "impossible for Customer satisfaction (CSAT)" in message.text()
    finish(qtbot, wizard)  # Finish from an early page: shows the review instead of saving
    assert wizard.currentId() == REVIEW
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "impossible" in field(wizard, "findings").text()
    assert store.list_goals() == []


def test_text_that_is_not_a_number_is_named_at_the_field(qtbot, wizard):
    next_page(qtbot, wizard, WHAT)
    next_page(qtbot, wizard, WHO)
    next_page(qtbot, wizard, MEASURE)
    type_into(qtbot, wizard, "baseline", "about 240")
    message = wizard.currentPage()._fields["baseline"][1]
    assert message.text() == "“about 240” is not a number."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.goal.baseline is None  # never stored as something else
    type_into(qtbot, wizard, "baseline", "240")
    assert wizard.goal.baseline == 240
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_staffing_calculator_shows_erlang_result_and_warns_when_short(qtbot, wizard):
    for page in (WHAT, WHO, MEASURE, RESOURCES):
        next_page(qtbot, wizard, page)
    field(wizard, "use_staffing").click()
    text = wizard.currentPage().staffing_label.text()
    assert "Each week needs 14 agents on the phones and 20 on the rota" in text  # 80/20: no goal target yet
    type_into(qtbot, wizard, "headcount", "16")
    assert "Headcount 16: 4 short on the rota." in wizard.currentPage().staffing_label.text()
    headcount_message = wizard.currentPage()._fields["headcount"][1]
    assert "needs 14 agents" in headcount_message.text()
    type_into(qtbot, wizard, "headcount", "2.5")
    assert headcount_message.text() == "Enter a whole number."


def test_draft_survives_a_crash_and_is_offered_on_reopen(qtbot, wizard, store, window):
    next_page(qtbot, wizard, WHAT)
    type_into(qtbot, wizard, "title", "Answer e-mails within four hours")
    type_into(qtbot, wizard, "scope", "E-mail channel")
    next_page(qtbot, wizard, WHO)  # the page change saves the draft
    type_into(qtbot, wizard, "owner", "Priya")
    wizard.save_draft()  # what the typing pause does after 1.5 s
    path = store.path
    # The app dies here: no Cancel, no Finish. A new window opens the same file.
    seen = []
    answer_next_box("Resume", seen)
    assert open_plan(qtbot, window, path)
    qtbot.waitUntil(lambda: window.goals.wizard is not None)
    assert "Answer e-mails within four hours" in seen[0]
    resumed = window.goals.wizard
    qtbot.addWidget(resumed, before_close_func=close_quietly)
    assert resumed.currentId() == WHO
    assert field(resumed, "owner").text() == "Priya"
    assert resumed.goal.scope == "E-mail channel"
    resumed.button(QWizard.WizardButton.BackButton).click()
    assert field(resumed, "title").text() == "Answer e-mails within four hours"


def test_cancel_asks_and_discard_throws_the_draft_away(qtbot, wizard, store):
    next_page(qtbot, wizard, WHAT)
    type_into(qtbot, wizard, "title", "Something worth keeping")
    next_page(qtbot, wizard, WHO)
    assert len(store.drafts()) == 1
    seen = []
    answer_next_box("Continue editing", seen)
    wizard.reject()
    assert wizard.isVisible() and seen == [
        "What you typed can be kept as a draft to finish later, or thrown away."
    ]
    answer_next_box("Discard")
    wizard.reject()
    assert not wizard.isVisible()
    assert store.drafts() == [] and store.list_goals() == []


def test_editing_a_goal_updates_it_in_place(qtbot, wizard, store):
    next_page(qtbot, wizard, WHAT)
    fill_wait_goal(qtbot, wizard)
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    editor = GoalWizard(store, goal=store.get_goal(saved.args[0]))
    qtbot.addWidget(editor, before_close_func=close_quietly)
    editor.show()
    assert editor.currentId() == WHAT
    assert field(editor, "title").text().startswith("Cut average call wait time")
    for page in (WHO, MEASURE):
        next_page(qtbot, editor, page)
    type_into(qtbot, editor, "target", "170")
    finish(qtbot, editor)
    (goal,) = store.list_goals()
    assert goal.target == 170 and goal.id == saved.args[0]


def test_copy_keeps_the_numbers_and_gives_new_dates(qtbot, store):
    from tests.helpers import wait_goal

    original_id = store.save_goal(wait_goal(stretch_target=100.0))
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    wiz.restart()  # loads the Start page's list of goals to copy
    field(wiz, "start_copy").click()
    choose(wiz, "copy_from", original_id)
    next_page(qtbot, wiz, WHAT)
    assert (wiz.goal.baseline, wiz.goal.target, wiz.goal.stretch_target) == (240, 120, 100)
    assert wiz.goal.id is None and wiz.goal.start == date.today()
    assert (wiz.goal.deadline - wiz.goal.start).days == (date(2025, 2, 16) - date(2025, 1, 6)).days


def test_cost_per_contact_budget_shows_contacts_times_cost(qtbot, wizard):
    for page in (WHAT, WHO, MEASURE):
        next_page(qtbot, wizard, page)
    choose(wizard, "kpi", "cpc")
    type_into(qtbot, wizard, "baseline", "4.5")
    type_into(qtbot, wizard, "target", "4")
    next_page(qtbot, wizard, RESOURCES)
    type_into(qtbot, wizard, "budget_contacts", "120000")
    text = wizard.currentPage().budget_label.text()
    assert "at today's cost: 540000.00" in text.replace(
        ",", ""
    ) and "at the target: 480000.00" in text.replace(",", "")


def test_typing_on_a_new_page_lands_in_its_first_field(qtbot, wizard):
    """Each page opens with the cursor in its first field: what the user types at once is not lost."""
    wizard.activateWindow()
    next_page(qtbot, wizard, WHAT)
    qtbot.keyClicks(QApplication.focusWidget(), "Resolve 1,200 tickets a month")
    assert field(wizard, "title").text() == "Resolve 1,200 tickets a month"
    next_page(qtbot, wizard, WHO)
    qtbot.keyClicks(QApplication.focusWidget(), "Ana Lopez")
    assert field(wizard, "owner").text() == "Ana Lopez"


def test_the_measure_pages_shortcuts_do_not_clash_with_back_and_next(wizard):
    """Alt+B was both "&Baseline (now)" and "< &Back": the first press went to Back."""
    import re

    from PySide6.QtWidgets import QLabel

    def key(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text)
        return found.group(1).lower() if found else None

    page = wizard.page(MEASURE)
    labels = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    labels = [text for text in labels if not text.startswith("Band")]  # a range goal's rows, in its stead
    buttons = [
        wizard.button(b).text() for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    ]
    assert any("line" in text for text in labels)  # the baseline's label is among them
    keys = [k for k in map(key, labels + buttons) if k]
    assert len(keys) == len(set(keys)), " ".join(keys)
