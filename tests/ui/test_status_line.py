"""The detail's status line keeps its height whatever it says, so the check-in form below never moves
(a form that jumps under the pointer sends the next click or keystroke elsewhere)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.detail import GoalDetail
from goalplanner.ui.session import PlanSession


@pytest.fixture
def session(tmp_path):
    with Store.open(tmp_path / "sample.goalplan") as store:
        write_sample_plan(store, date.today())
        yield PlanSession(store, lambda _start, _deadline: None)


@pytest.fixture
def detail(qtbot, session):
    widget = GoalDetail(session)
    qtbot.addWidget(widget)
    widget.resize(360, 700)  # the detail at its narrowest: the status needs three lines or more
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def actual_field_place(detail: GoalDetail) -> QPoint:
    """Where the actual field is, once the detail is laid out for what it shows now."""
    QCoreApplication.processEvents()
    return detail.checkin_form.actual_field.mapTo(detail, QPoint(0, 0))


@pytest.mark.parametrize("width", [360, 500, 700])
def test_the_first_check_in_of_a_new_goal_does_not_move_the_actual_field(qtbot, session, detail, width):
    like = next(s.goal for s in session.states() if s.status.code == "off_track")
    new_id = session.store.save_goal(
        replace(like, id=None, title="New goal"), session.store.subtargets(like.id)
    )
    session.reload()
    detail.resize(width, 700)
    detail.show_goal(new_id)
    before, status = actual_field_place(detail), detail.status_label.text()  # "no check-in yet"
    form = detail.checkin_form
    qtbot.keyClicks(form.actual_field, f"{like.baseline:g}")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    assert len(detail.status_label.text()) > len(status) + 20  # now with how far and where it heads
    assert actual_field_place(detail) == before


def test_any_length_of_status_keeps_the_form_in_place_and_says_it_all_in_the_tooltip(qtbot, session, detail):
    detail.show_goal(session.states()[0].goal.id)
    before = actual_field_place(detail)
    line = detail.status_label
    for text in ("", "● On track", " · ".join(["● On track", "105% of the planned change"] * 12)):
        line.setText(text)
        assert actual_field_place(detail) == before
        assert line.text() == text and line.toolTip() == text  # all of it, whatever is drawn
        shown = line.shown_lines()
        assert len(shown) <= 2
        assert all(
            line.fontMetrics().horizontalAdvance(part) <= line.contentsRect().width() for part in shown
        )
    assert shown[-1].endswith("…")  # the long one is cut at the end of its second line
