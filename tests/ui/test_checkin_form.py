"""The check-in form at the narrowest window: every field labelled or hinted in full, with a tooltip;
messages about a field go once the field no longer holds what they were about."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame

from goalplanner.ui.goal_tree import GOAL_ROLE
from goalplanner.ui.language import apply_language, remove_translations
from tests.ui.test_tracking import find_row

SHOTS = Path("/tmp/shots")


@pytest.fixture
def language(qapp, request):
    before = QLocale()
    apply_language(qapp, QLocale(request.param))
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)


def text_room(field: QLineEdit) -> int:
    """The pixels a line edit has for its text: inside its frame and margins, beside its buttons."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    rect = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    buttons = 22 * len(field.actions())  # the date field's calendar button
    return rect.width() - margins.left() - margins.right() - buttons - 4  # Qt's own 2 px each side


def shown_parts(form) -> tuple[list[QLineEdit], list[QLabel]]:
    fields = [f for f in form.findChildren(QLineEdit) if f.isVisibleTo(form)]
    labels = [label for label in form.findChildren(QLabel) if label.isVisibleTo(form) and label.text()]
    return fields, [label for label in labels if label is not form.checkin_message]


@pytest.mark.parametrize("language", ["en", "ko", "zh_CN"], indirect=True)
@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
@pytest.mark.parametrize("goal", ["CSAT", "wait time by 50%"])
def test_every_field_of_the_form_says_in_full_what_to_type(sample_window, qtbot, language, size, goal):
    window = sample_window
    window.resize(*size)
    window.select_goal(find_row(window, goal).data(GOAL_ROLE).id)
    form = window.detail.checkin_form
    qtbot.waitUntil(lambda: form.width() > 0 and window.detail.goal is not None)
    ratio = goal == "CSAT"
    assert form.counts.isVisibleTo(form) == ratio
    fields, labels = shown_parts(form)
    # date, actual, (two counts), note, next step; the counts' labels and the confidence's
    assert len(fields) == (6 if ratio else 4) and len(labels) == (3 if ratio else 1)
    confidence = form.confidence_box
    assert confidence.isVisibleTo(form) and confidence.toolTip().strip()
    widest = max(confidence.fontMetrics().horizontalAdvance(confidence.itemText(i)) for i in range(4))
    assert widest < confidence.width() - 20, "a confidence choice is cut"  # beside the arrow
    for field in fields:
        assert field.toolTip().strip(), f"{field.objectName()} has no tooltip"
        hint = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(hint) <= text_room(field), (field.objectName(), hint)
    for label in labels:
        width = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))  # as drawn
        assert width <= label.contentsRect().width(), label.text()
    if ratio:
        assert form.numerator_field.toolTip().startswith(form.counts.numerator_label.text())
        if language == "en":
            assert form.counts.numerator_label.text() == "Satisfied"
            assert "4 or 5 on a 1-5 scale" in form.numerator_field.toolTip()  # the metric's own formula
    SHOTS.mkdir(exist_ok=True)
    name = f"checkin-{'ratio' if ratio else 'plain'}-{language}-{size[0]}x{size[1]}"
    window.grab().save(str(SHOTS / f"{name}-window.png"))
    form.grab().save(str(SHOTS / f"{name}-form.png"))


def test_counts_then_a_plain_goal_leave_the_actual_field_where_a_plain_goal_has_it(sample_window, qtbot):
    window = sample_window
    window.resize(900, 600)
    form = window.detail.checkin_form
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    qtbot.waitUntil(lambda: form.actual_field.isVisible())
    plain = form.actual_field.mapTo(window, QPoint(0, 0)), form.note_edit.mapTo(window, QPoint(0, 0))
    window.select_goal(find_row(window, "CSAT").data(GOAL_ROLE).id)
    qtbot.waitUntil(lambda: form.counts.isVisible())
    assert form.note_edit.mapTo(window, QPoint(0, 0)).y() > plain[1].y()  # the counts' line
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    qtbot.waitUntil(lambda: not form.counts.isVisible())
    qtbot.waitUntil(lambda: form.note_edit.mapTo(window, QPoint(0, 0)) == plain[1])
    assert form.actual_field.mapTo(window, QPoint(0, 0)) == plain[0]


# -- messages at fields ------------------------------------------------------------------------


@pytest.fixture
def form(sample_window, qtbot):
    window = sample_window
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    return window.detail.checkin_form


def test_a_message_about_the_actual_goes_when_the_field_is_emptied(form, qtbot):
    qtbot.keyClicks(form.actual_field, "abc")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    assert "not a number" in form.checkin_message.text()
    form.actual_field.selectAll()
    qtbot.keyClick(form.actual_field, Qt.Key.Key_Delete)
    assert form.checkin_message.text() == "" and form.checkin_message.isHidden()


def test_a_message_about_the_actual_goes_when_the_typing_is_undone(form, qtbot):
    qtbot.keyClicks(form.actual_field, "-5")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    assert "impossible" in form.checkin_message.text()
    qtbot.keyClick(form.actual_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's undo
    assert form.actual_field.text() != "-5"
    assert form.checkin_message.text() == ""


def test_a_message_about_the_date_goes_when_the_date_is_corrected(form, qtbot):
    form.date_edit.clear()
    qtbot.keyClicks(form.date_edit, (date.today() + timedelta(days=3)).isoformat())
    qtbot.keyClicks(form.actual_field, "150")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    assert "earlier date" in form.checkin_message.text()
    qtbot.keyClicks(form.actual_field, "0")  # another field: the date is still in the future
    assert "earlier date" in form.checkin_message.text()
    form.date_edit.selectAll()
    qtbot.keyClicks(form.date_edit, date.today().isoformat())
    assert form.checkin_message.text() == ""


def test_a_message_about_an_edit_in_the_history_goes_when_the_edit_is_undone(sample_window, form, qtbot):
    window = sample_window
    history = window.detail.history
    qtbot.keyClicks(form.actual_field, "150")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    form.show_problem("The plan file is busy.")  # what a failed edit of the history says
    assert form.checkin_message.text() == "The plan file is busy."
    window.undo_action.trigger()  # the recorded check-in is taken back
    assert form.checkin_message.text() == ""
    assert history is window.detail.history
