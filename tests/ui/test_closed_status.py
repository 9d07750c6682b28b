"""A closed goal's status line says how it ended and its last judged status, as ``goalplanner status``
prints it: no pace forecast, no next check-in (issue 21)."""

from __future__ import annotations

from goalplanner.ui.detail.status_line import StatusLine
from tests.ui.test_close_goal import close_dialog, ended_window  # noqa: F401 (a fixture)
from tests.ui.test_detail_loop import cli_status, close_as_achieved


def test_a_closed_goals_status_line_says_its_end_not_a_forecast_as_the_cli_does(ended_window, qtbot, english):  # noqa: F811
    window, (done, _running) = ended_window
    window.select_goal(done)
    status = window.detail.findChild(StatusLine, "detail_status")
    live = status.text()
    assert "at this pace" in live  # running: the forecast is part of the line
    before = cli_status(window.store.path)[done]
    assert before[6] != "-"  # and of the CLI's forecast column

    close_as_achieved(window, qtbot, done, "125", "Callbacks at peak hours")
    window.select_goal(done)
    qtbot.waitUntil(lambda: window.detail.closed_panel.isVisible())
    line = status.text()
    assert line.startswith("Closed: Achieved (125 s) · last judged: ")
    assert line.split(" · ")[1].removeprefix("last judged: ") == live.split(" · ")[0]  # its last status
    assert "at this pace" not in line and "next check-in" not in line and "ready to close" not in line
    assert window.detail.closed_panel.outcome_label.text().startswith(line.split(" · ")[0])

    printed = cli_status(window.store.path)[done]  # the CLI drops the forecast and next check-in alike
    assert printed[6] == "-" and printed[7] == "-"
    assert printed[8] == "achieved (125 s)"
    assert live.split(" · ")[0].lower().endswith(printed[1].lower())  # the same last status
