"""The wizard Plan page's "From an export…": last year's twelve months from a call log, typed into the
profile field as the user would (so Ctrl+Z there takes them back), or refused naming missing months."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from goalplanner.core.shapes import parse_profile
from tests.tickets.exports import CALL_LOG, write_csv
from tests.ui.test_wizard_shape import click, field, open_wizard, shown_months, store, to_plan_page

__all__ = ["store"]  # the fixture


def call_log(tmp_path, months=range(1, 13)):
    """Three answered calls a month in 2025 waiting 10 × month, 10 × month and 10 × month + 30 seconds
    (a mean of 10 × month + 10), one abandoned call a month waiting 500 s (left out of the wait), and
    December 2024's calls waiting 999 s (before the twelve months: left out)."""
    rows = []
    for year, month in [(2024, 12)] + [(2025, m) for m in months]:
        for i, extra in enumerate((0, 0, 30)):
            wait = 999 if year == 2024 else 10 * month + extra
            start = datetime(year, month, 3 + 9 * i, 9, 30)
            rows.append([start.isoformat(sep=" "), "Service", "Ana", str(wait), "240", "0", "30", "0"])
        abandoned = datetime(year, month, 20, 9).isoformat(sep=" ")
        rows.append([abandoned, "Service", "", "500", "0", "0", "0", "1"])
    return write_csv(tmp_path / "calls.csv", CALL_LOG, rows)


def read_months(qtbot, wiz, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    click(qtbot, wiz, "profile_from_export")
    dialog = wiz.findChild(QPushButton, "ticket_choose_file").window()
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_choose_file"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)


def test_the_plan_page_takes_last_years_months_from_a_call_log(qtbot, store, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    button = field(wiz, "profile_from_export")
    assert button.isVisible() and not button.isEnabled()  # until "Like last year" is chosen
    click(qtbot, wiz, "shape_seasonal")
    assert button.isEnabled()
    read_months(qtbot, wiz, call_log(tmp_path), monkeypatch)
    expected = tuple(10.0 * m + 10 for m in range(1, 13))  # 20 s in January … 130 s in December
    assert parse_profile(field(wiz, "profile").toPlainText()) == expected
    assert wiz.goal.plan_shape.profile == expected
    assert field(wiz, "profile_read").text().startswith("Read: Jan 20 · Feb 30 · Mar 40")
    source = field(wiz, "profile_source").text()
    assert source.startswith("From an export: 36 call")  # "calls" once English plurals are loaded
    assert ", Jan 2025 to Dec 2025." in source
    assert "rest on fewer than 30." in source  # every month: 4 calls
    # A wait is a cut: mirrored (130 + 20 - value), January to March weigh 130, 120 and 110 parts of
    # 360, so the plan cuts 60 s by 21.7 s, 20 s and 18.3 s.
    assert shown_months(wiz) == ["218.3 s", "198.3 s", "180 s"]
    profile = field(wiz, "profile")
    profile.setFocus()
    qtbot.keyClick(profile, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone as typing is
    assert profile.toPlainText() == ""
    assert "Paste or type last year's 12 monthly values" in field(wiz, "shape_outcome").text()


def test_a_log_missing_months_is_refused_naming_them(qtbot, store, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    click(qtbot, wiz, "shape_seasonal")
    months = [m for m in range(1, 13) if m not in (4, 9)]
    read_months(qtbot, wiz, call_log(tmp_path, months), monkeypatch)
    assert field(wiz, "profile").toPlainText() == ""  # nothing typed
    said = field(wiz, "profile_source").text()
    assert said.startswith("The 12 months up to Dec 2025 are needed; the export has nothing for 2 ")
    assert said.endswith(": Apr 2025, Sep 2025. Nothing was changed.")
