"""Charts are made on the chart worker: the window answers meanwhile, the last goal chosen is the chart
shown (never an older one), a portfolio bar still opens its goal, a view gone meanwhile gets nothing."""

from __future__ import annotations

import threading

import matplotlib.backends.backend_agg  # noqa: F401  (loaded, as the chart loader would have)
from PySide6.QtCore import Qt, QTimer
from shiboken6 import isValid

import goalplanner.charts.figures  # noqa: F401
from goalplanner.ui import chart_render
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.goal_tree import GOAL_ROLE
from tests.ui.test_charts import shown_chart
from tests.ui.test_tracking import find_row


def goal_id(window, title_part: str) -> int:
    return find_row(window, title_part).data(GOAL_ROLE).id


def held(factory, started: threading.Event, release: threading.Event, threads: list):
    """``factory``, once ``release`` is set; ``started`` says it runs, ``threads`` on which thread."""

    def build(locale, size):
        threads.append(threading.current_thread())
        started.set()
        released = release.wait(30)
        threads.append(released)
        return factory(locale, size)

    return build


def test_the_window_answers_while_a_chart_is_made(sample_window, qtbot):
    view = shown_chart(sample_window, "wait time by 50%").chart_tab.chart_view
    qtbot.waitUntil(lambda: view.shown)
    started, answered, threads = threading.Event(), threading.Event(), []
    timer = QTimer(interval=1)  # the GUI thread's timer: it ticks only while the event loop runs
    timer.timeout.connect(lambda: started.is_set() and answered.set())
    timer.start()
    view.show_chart(held(view.factory, started, answered, threads), "wait-time")
    shown = []
    view.chart_shown.connect(lambda: shown.append(view.figure))
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    timer.stop()
    # the chart was made on another thread, and the GUI thread's timer ticked while it was being made
    assert threads[0] is not threading.main_thread() and threads[1] is True
    assert "wait time" in shown[0].get_suptitle()
    assert view.canvas.isVisible() and not view.placeholder.isVisible()


def test_moving_quickly_through_goals_ends_with_the_last_goals_chart(sample_window, qtbot, monkeypatch):
    rendered, shown = [], []
    real_render = chart_render.render

    def render(request):
        picture = real_render(request)
        rendered.append(picture.figure.get_suptitle().replace("\n", " "))
        return picture

    monkeypatch.setattr(chart_render, "render", render)
    window = sample_window
    view = shown_chart(window, "wait time by 50%").chart_tab.chart_view
    qtbot.waitUntil(lambda: view.shown)
    rendered.clear()
    view.chart_shown.connect(
        lambda: shown.append(view.canvas.picture.figure.get_suptitle().replace("\n", " "))
    )
    started, release, threads = threading.Event(), threading.Event(), []
    view.show_chart(held(view.factory, started, release, threads), "wait-time")  # the worker busy on it
    qtbot.waitUntil(started.is_set)
    for title in ("CSAT", "call volume", "unnecessary transfers"):  # one after the other, quickly
        window.select_goal(goal_id(window, title))
    release.set()
    qtbot.waitUntil(lambda: view.shown, timeout=60_000)
    # the chart being made when the user moved on is dropped half-made (built, never drawn nor shown);
    # the goals passed over are never drawn; the last goal's chart is the one on screen
    assert threads[0] is not threading.main_thread() and threads[1] is True
    assert rendered and all("unnecessary transfers" in title for title in rendered)
    assert shown and all("unnecessary transfers" in title for title in shown)
    assert window.goal_list.selected_goal().id == goal_id(window, "unnecessary transfers")


def test_a_click_on_a_portfolio_bar_drawn_by_the_worker_opens_its_goal(sample_window, qtbot):
    window = sample_window
    view = window.portfolio.chart_view
    with qtbot.waitSignal(view.chart_shown, timeout=60_000):
        window.portfolio_view_action.trigger()
    area, clicked = next((area, goal) for area, goal in view.canvas.picture.goals if goal == 4)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    assert window.main_tabs.currentWidget() is window.splitter
    assert window.goal_list.selected_goal().id == clicked
    assert window.detail.tabs.currentWidget() is window.detail.chart_tab


def test_a_view_closed_while_its_chart_is_made_gets_nothing(sample_window, qtbot):
    view = ChartView()
    view.resize(600, 400)
    view.show()
    detail = shown_chart(sample_window, "CSAT")
    started, release, threads = threading.Event(), threading.Event(), []
    view.show_chart(held(detail.chart_tab.chart_view.factory, started, release, threads), "csat")
    request = view._request
    qtbot.waitUntil(started.is_set)
    view.deleteLater()  # as when another plan is opened and the detail made anew
    qtbot.waitUntil(lambda: not isValid(view))
    release.set()
    qtbot.waitUntil(request.done.is_set, timeout=60_000)
    other = shown_chart(sample_window, "call volume").chart_tab.chart_view
    qtbot.waitUntil(lambda: other.shown, timeout=60_000)  # the worker goes on with the next chart
    assert not request.delivered and request.error is None
