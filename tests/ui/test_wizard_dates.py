"""Dates in the wizard and the check-in form: typed in the user's format or ISO, never turned into
another day; the baseline date a new goal shows is the one it is saved with."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView, QWizard

from goalplanner.store import Store
from goalplanner.ui.widgets import DateField, format_date
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, REVIEW, WHAT, WHEN, WHO
from tests.helpers import wait_goal

# 7 January 2027 as each locale writes a short date, with the year in full
TYPED = {"en_US": "1/7/2027", "en_GB": "07/01/2027", "ko_KR": "2027. 1. 7."}
TWO_DIGIT_MEANT = {"en_US": "1/7/2027", "en_GB": "01/07/2027", "ko_KR": "2001. 7. 27."}


@pytest.fixture
def locale_as():
    """Switch the user's formats (the default locale) for a test, and put them back afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as opened:
        yield opened


def open_wizard(qtbot, store, **kwargs) -> GoalWizard:
    wiz = GoalWizard(store, **kwargs)
    qtbot.addWidget(wiz, before_close_func=lambda w: w.done(QWizard.DialogCode.Rejected))
    wiz.show()
    wiz.activateWindow()  # Tab moves the focus, and leaving a field tidies its date
    qtbot.waitUntil(wiz.isActiveWindow)
    return wiz


def go_to(wiz, page_id):
    while wiz.currentId() < page_id:
        wiz.next()
    assert wiz.currentId() == page_id


def date_field(wiz, name) -> DateField:
    found = wiz.currentPage().findChild(DateField, name)
    assert found is not None, name
    return found


def message(wiz, name) -> str:
    return wiz.currentPage()._fields[name][1].message()


def retype(qtbot, widget, text):
    """Select what the field shows and type over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def save(qtbot, wiz, store):
    with qtbot.waitSignal(wiz.saved) as saved:
        qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    return store.get_goal(saved.args[0])


@pytest.mark.parametrize("locale_name", sorted(TYPED))
def test_a_date_typed_in_the_users_format_or_iso_is_that_date(qtbot, store, locale_as, locale_name):
    locale_as(locale_name)
    wiz = open_wizard(qtbot, store)
    go_to(wiz, MEASURE)
    measured_on = date_field(wiz, "baseline_date")
    assert measured_on.text() == format_date(date.today())  # four-digit year, the locale's order
    retype(qtbot, measured_on, TYPED[locale_name])
    qtbot.keyClick(measured_on, Qt.Key.Key_Tab)
    assert wiz.goal.baseline_date == date(2027, 1, 7) and message(wiz, "baseline_date") == ""
    retype(qtbot, measured_on, "2027-01-08")
    qtbot.keyClick(measured_on, Qt.Key.Key_Tab)
    assert wiz.goal.baseline_date == date(2027, 1, 8)
    assert measured_on.text() == format_date(date(2027, 1, 8))  # shown back in the user's format


@pytest.mark.parametrize("locale_name", sorted(TYPED))
def test_a_two_digit_year_is_asked_about_not_turned_into_another_date(qtbot, store, locale_as, locale_name):
    locale_as(locale_name)
    wiz = open_wizard(qtbot, store)
    go_to(wiz, MEASURE)
    measured_on = date_field(wiz, "baseline_date")
    retype(qtbot, measured_on, "1/7/27")  # once became 2/7/27; 11/7/27 and 26/07/27 before this fix
    qtbot.keyClick(measured_on, Qt.Key.Key_Tab)
    assert wiz.goal.baseline_date == date.today()  # unchanged, not another day
    assert measured_on.text() == "1/7/27"  # the text stays as typed
    assert (
        message(wiz, "baseline_date")
        == f"Which year? Write it with four digits, e.g. “{TWO_DIGIT_MEANT[locale_name]}”."
    )
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_text_that_is_no_date_is_named_at_the_field_and_kept(qtbot, store, locale_as):
    locale_as("en_GB")
    wiz = open_wizard(qtbot, store)
    go_to(wiz, WHEN)
    start = date_field(wiz, "start")
    before = wiz.goal.start
    retype(qtbot, start, "31/02/2027")
    today = date.today()
    assert message(wiz, "start") == (
        f"“31/02/2027” is not a date. Write it like {today:%d/%m/%Y} or {today.isoformat()}."
    )
    assert wiz.goal.start == before and start.text() == "31/02/2027"
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    retype(qtbot, start, "28/02/2027")
    assert wiz.goal.start == date(2027, 2, 28) and message(wiz, "start") == ""
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_empty_deadline_is_no_date_and_the_finding_says_so(qtbot, store):
    wiz = open_wizard(qtbot, store)
    go_to(wiz, WHEN)
    retype(qtbot, date_field(wiz, "deadline"), "")
    qtbot.keyClick(date_field(wiz, "deadline"), Qt.Key.Key_Backspace)
    assert wiz.goal.deadline is None and message(wiz, "deadline") == "Set a deadline."
    retype(qtbot, date_field(wiz, "start"), "")
    qtbot.keyClick(date_field(wiz, "start"), Qt.Key.Key_Backspace)
    assert message(wiz, "start") == "Enter a date." and wiz.goal.start is not None


def test_up_and_down_step_the_day_month_or_year_under_the_cursor(qtbot, store, locale_as):
    locale_as("en_GB")
    wiz = open_wizard(qtbot, store)
    go_to(wiz, WHEN)
    deadline = date_field(wiz, "deadline")
    retype(qtbot, deadline, "31/01/2027")
    qtbot.keyClick(deadline, Qt.Key.Key_Home)
    qtbot.keyClick(deadline, Qt.Key.Key_Up)  # the day
    assert deadline.text() == "01/02/2027" and wiz.goal.deadline == date(2027, 2, 1)
    qtbot.keyClick(deadline, Qt.Key.Key_Right)
    qtbot.keyClick(deadline, Qt.Key.Key_Right)  # into the month
    qtbot.keyClick(deadline, Qt.Key.Key_Down)
    assert wiz.goal.deadline == date(2027, 1, 1)
    qtbot.keyClick(deadline, Qt.Key.Key_End)  # the year
    qtbot.keyClick(deadline, Qt.Key.Key_Up)
    qtbot.keyClick(deadline, Qt.Key.Key_Up)  # the cursor stays in the year: it keeps stepping it
    assert deadline.text() == "01/01/2029" and wiz.goal.deadline == date(2029, 1, 1)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # a popup, offscreen
def test_the_calendar_opens_from_the_keyboard_and_the_day_chosen_is_kept(qtbot, store, locale_as):
    locale_as("ko_KR")
    wiz = open_wizard(qtbot, store)
    go_to(wiz, MEASURE)
    measured_on = date_field(wiz, "baseline_date")
    retype(qtbot, measured_on, "2027. 1. 7.")
    qtbot.keyClick(measured_on, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = measured_on.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == date(2027, 1, 7)
    grid = calendar.findChild(QTableView)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert wiz.goal.baseline_date == date(2027, 1, 8) and measured_on.text() == "2027. 1. 8."


# -- the baseline date is saved as shown -------------------------------------------------------


def fill_measure(qtbot, wiz):
    """Metric, baseline and target typed; the "Measured on" field left as shown."""
    page = wiz.currentPage()
    page.kpi_combo.setCurrentIndex(page.kpi_combo.findData("wait_time"))
    page.kpi_combo.activated.emit(page.kpi_combo.currentIndex())
    for name, text in (("baseline", "240"), ("target", "180")):
        retype(qtbot, page._fields[name][0], text)


def test_a_new_goal_is_saved_with_the_baseline_date_it_shows(qtbot, store):
    wiz = open_wizard(qtbot, store)
    go_to(wiz, WHAT)
    retype(qtbot, wiz.currentPage()._fields["title"][0], "Cut average call wait time from 240 s to 180 s")
    retype(qtbot, wiz.currentPage()._fields["scope"][0], "Inbound support queue")
    go_to(wiz, WHO)
    retype(qtbot, wiz.currentPage()._fields["owner"][0], "Mark Ellis")
    go_to(wiz, MEASURE)
    fill_measure(qtbot, wiz)
    assert date_field(wiz, "baseline_date").text() == format_date(date.today())
    go_to(wiz, REVIEW)
    assert "Say when the baseline was measured" not in wiz.currentPage().findings_label.text()
    assert not [f.code for f in wiz.findings if f.severity == "error"]
    goal = save(qtbot, wiz, store)
    assert goal.baseline_date == date.today()


def test_a_template_start_keeps_the_baseline_date_it_shows(qtbot, store):
    wiz = open_wizard(qtbot, store)
    start = wiz.currentPage()
    start.template_radio.setChecked(True)
    start.template_combo.setCurrentIndex(start.template_combo.findData("csat_survey"))
    go_to(wiz, MEASURE)
    retype(qtbot, wiz.currentPage()._fields["baseline"][0], "68")
    assert date_field(wiz, "baseline_date").text() == format_date(date.today())
    assert message(wiz, "baseline_date") == ""
    assert wiz.goal.baseline_date == date.today()


def test_a_copy_shows_and_keeps_today_as_its_baseline_date(qtbot, store):
    original_id = store.save_goal(wait_goal(baseline_date=date(2025, 1, 5)))
    wiz = open_wizard(qtbot, store)
    wiz.restart()  # loads the Start page's list of goals to copy
    wiz.currentPage().copy_radio.setChecked(True)
    wiz.currentPage().copy_combo.setCurrentIndex(wiz.currentPage().copy_combo.findData(original_id))
    go_to(wiz, MEASURE)
    assert date_field(wiz, "baseline_date").text() == format_date(date.today())
    assert wiz.goal.baseline_date == date.today()


def test_a_resumed_draft_shows_its_own_baseline_date_and_an_older_draft_its_start(qtbot, store):
    dated = wait_goal(id=None, state="draft", baseline_date=date(2026, 3, 2))
    from goalplanner.core.serialize import goal_to_dict

    for baseline_date, shown in ((date(2026, 3, 2), date(2026, 3, 2)), (None, dated.start)):
        payload = {
            "goal": goal_to_dict(dated) | {"baseline_date": baseline_date and baseline_date.isoformat()}
        }
        draft_id = store.save_draft(payload | {"page": MEASURE})
        (draft,) = [d for d in store.drafts() if d.id == draft_id]
        wiz = open_wizard(qtbot, store, draft=draft)
        assert wiz.currentId() == MEASURE
        assert date_field(wiz, "baseline_date").text() == format_date(shown)
        assert wiz.goal.baseline_date == shown
        wiz.done(QWizard.DialogCode.Rejected)
        store.delete_draft(draft_id)


def test_editing_a_goal_without_a_baseline_date_shows_none_and_asks_for_it(qtbot, store):
    goal_id = store.save_goal(wait_goal(baseline_date=None, scope="Inbound support queue"))
    wiz = open_wizard(qtbot, store, goal=store.get_goal(goal_id))
    go_to(wiz, MEASURE)
    measured_on = date_field(wiz, "baseline_date")
    assert measured_on.text() == ""  # not a date the goal does not have
    assert message(wiz, "baseline_date").startswith("Say when the baseline was measured")
    retype(qtbot, measured_on, "2025-01-03")
    assert message(wiz, "baseline_date") == ""
    assert not [f.code for f in wiz.findings if f.severity == "error"]
    assert save(qtbot, wiz, store).baseline_date == date(2025, 1, 3)


# -- the check-in form shares the field ----------------------------------------------------------


def test_a_checkin_date_typed_is_recorded_on_that_day_and_a_short_year_is_not(
    sample_window, qtbot, locale_as
):
    locale_as("en_US")
    window = sample_window
    form = window.detail.checkin_form
    goal_id = window.detail.goal.id
    checkins = window.store.checkins(goal_id)
    before = len(checkins)
    retype(qtbot, form.date_edit, "1/7/25")
    qtbot.keyClicks(form.actual_field, str(checkins[-1].actual))  # a value like the ones before
    form.record_checkin()
    assert form.checkin_message.text() == "Which year? Write it with four digits, e.g. “1/7/2025”."
    assert len(window.store.checkins(goal_id)) == before
    day = checkins[-1].on + timedelta(days=1)  # a day with no check-in yet
    retype(qtbot, form.date_edit, day.isoformat())
    form.record_checkin()
    assert [c.on for c in window.store.checkins(goal_id)].count(day) == 1
