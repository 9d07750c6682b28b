"""What the weekly review's tests share: opening it as a user does, its fields by name, and an answer to
its "save what was typed?" question."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from goalplanner.core.review import due_this_week
from goalplanner.ui.weekly_review import WeeklyReviewDialog


@pytest.fixture(autouse=True)
def unsaved(monkeypatch) -> dict:
    """Answers the "save what was typed?" question from ``unsaved["answers"]`` (Discard when none is
    queued: a test's own closing at teardown), and keeps the questions asked in ``unsaved["asked"]``."""
    from goalplanner.ui import weekly_review

    state = {"answers": [], "asked": []}

    def ask(box: QMessageBox):
        state["asked"].append(box.text())
        state["buttons"] = box.standardButtons()
        state["default"] = box.defaultButton()
        answers = state["answers"]
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(weekly_review, "ask", ask)
    return state


def due_ids(window) -> list[int]:
    """The goals the due list shows as due now."""
    return [goal.id for goal, due in window.goal_list.due_panel.model.rows if due is not None]


def week_ids(window) -> list[int]:
    today = date.today()
    return [e.goal.id for e in due_this_week([s.evaluation for s in window.session.states()], today)]


def open_review(qtbot, window) -> WeeklyReviewDialog:
    window.findChild(type(window.review.action), "weekly_review_action").trigger()
    dialog = window.review.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.addWidget(dialog)  # closed after the test: no modal dialog left for the next one
    return dialog


def review_field(dialog, kind: str, row: int):
    kinds = {
        "actual": QLineEdit,
        "note": QLineEdit,
        "next": QLineEdit,
        "confidence": QComboBox,
        "status": QLabel,
    }
    return dialog.findChild(kinds[kind], f"review_{kind}_{row}")


def total_checkins(store) -> int:
    return store.counts()["checkins"]
