"""Typed dates in the wizard: read in the user's format or ISO, never changed into another date."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWizard

from goalplanner.store import Store
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, WHAT, WHO

# The order each locale writes a short date in, and 7 January 2027 written that way with a four-digit year
TYPED = {
    "en_US": "1/7/2027",
    "en_GB": "07/01/2027",
    "ko_KR": "2027. 1. 7.",
}


@pytest.fixture
def locale_as():
    """Switch the default locale for a test (the user's formats), and put it back afterwards."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as opened:
        yield opened


def measure_page(qtbot, store):
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=lambda w: w.done(QWizard.DialogCode.Rejected))
    wiz.show()
    for page in (WHAT, WHO, MEASURE):
        wiz.next()
        assert wiz.currentId() == page
    return wiz


def retype(qtbot, widget, text):
    """Select what the field shows and type over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


@pytest.mark.parametrize("locale_name", sorted(TYPED))
def test_a_typed_baseline_date_is_the_date_typed(qtbot, store, locale_as, locale_name):
    locale_as(locale_name)
    wiz = measure_page(qtbot, store)
    measured_on = wiz.currentPage().findChild(QWizard, "") or wiz.currentPage().baseline_date_edit
    retype(qtbot, measured_on, TYPED[locale_name])
    qtbot.keyClick(measured_on, Qt.Key.Key_Tab)
    assert wiz.goal.baseline_date == date(2027, 1, 7)


@pytest.mark.parametrize("locale_name", sorted(TYPED))
def test_a_two_digit_year_is_asked_about_not_turned_into_another_date(qtbot, store, locale_as, locale_name):
    locale_as(locale_name)
    wiz = measure_page(qtbot, store)
    measured_on = wiz.currentPage().baseline_date_edit
    before = wiz.goal.baseline_date
    retype(qtbot, measured_on, "1/7/27")
    qtbot.keyClick(measured_on, Qt.Key.Key_Tab)
    assert wiz.goal.baseline_date == before  # not 7 November, not 26 July
    assert measured_on.text() == "1/7/27"
