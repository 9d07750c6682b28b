"""File → Export check-in dates…: a save dialog, the .ics file written, a message saying how many goals."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_excel_window import warnings_shown  # noqa: F401 -- a fixture


def file_action(window, name_part: str):
    return next(a for a in window.file_menu.actions() if name_part in a.text().replace("&", ""))


def test_the_file_menu_exports_the_check_in_dates_where_the_user_chose(
    sample_window, monkeypatch, tmp_path, english
):
    window = sample_window
    asked = []

    def save_dialog(parent, caption, suggested, filters):
        asked.append((caption, Path(suggested).name, filters))
        return str(tmp_path / "team"), filters  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    action = file_action(window, "Export check-in dates")
    assert action.isEnabled()
    action.trigger()
    assert asked == [("Export check-in dates", "sample check-ins.ics", "iCalendar file (*.ics)")]
    calendar = Calendar.from_ical((tmp_path / "team.ics").read_bytes())
    goals = {state.goal.title for state in window.session.states()}
    assert {str(e["summary"]).removeprefix("Check in: ") for e in calendar.walk("VEVENT")} == goals
    # "7 goals" once English plural forms are in goalplanner_en.qm
    assert "Exported the check-in dates of 7 goal" in window.statusBar().currentMessage()


def test_cancelling_the_dialog_writes_nothing(sample_window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    file_action(sample_window, "Export check-in dates").trigger()
    assert not list(tmp_path.glob("*.ics"))


def test_an_unwritable_place_is_said_plainly(sample_window, monkeypatch, tmp_path, warnings_shown):  # noqa: F811
    target = tmp_path / "gone" / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    file_action(sample_window, "Export check-in dates").trigger()
    assert warnings_shown and "the folder does not exist" in warnings_shown[0]
    assert not target.exists()
