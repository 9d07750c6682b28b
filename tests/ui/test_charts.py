"""Charts in the window: the goal chart follows check-ins and undo, sub-goals, the portfolio, saving."""

from __future__ import annotations

from matplotlib.collections import PathCollection
from PySide6.QtCore import QPoint, Qt

from goalplanner.ui.goal_tree import GOAL_ROLE
from goalplanner.ui.status_style import status_text
from tests.ui.test_tracking import find_row


def shown_chart(window, title_part):
    window.select_goal(find_row(window, title_part).data(GOAL_ROLE).id)
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.chart_tab)
    return detail


def by_gid(figure, gid):
    return [artist for artist in figure.findobj() if artist.get_gid() == gid]


def bar_centre(view, gid):
    """Where on the canvas the portfolio bar ``gid`` is, in widget coordinates."""
    bar = next(p for p in view.figure.axes[0].patches if p.get_gid() == gid)
    view.canvas.draw()
    box = bar.get_window_extent()
    ratio = view.canvas.device_pixel_ratio
    return QPoint(
        int((box.x0 + box.x1) / 2 / ratio), int(view.canvas.height() - (box.y0 + box.y1) / 2 / ratio)
    )


def actual_values(detail):
    return list(by_gid(detail.chart_tab.chart_view.figure, "actual")[0].get_ydata())


def test_recording_a_checkin_updates_the_visible_chart_and_undo_takes_it_back(sample_window, qtbot):
    detail = shown_chart(sample_window, "wait time by 50%")
    qtbot.waitUntil(detail.chart_tab.chart_view.canvas.isVisible)  # drawn on the chart worker
    before = actual_values(detail)
    assert before == [228, 205, 190, 184, 171]
    assert "Off track since" in detail.chart_tab.chart_view.figure.axes[0].get_title(loc="left")
    qtbot.keyClicks(detail.checkin_form.actual_field, "150")
    qtbot.keyClick(detail.checkin_form.actual_field, Qt.Key.Key_Return)
    assert actual_values(detail) == [*before, 150]
    assert detail.tabs.currentWidget() is detail.chart_tab  # recording did not take the chart away
    # the new point is drawn in the status it earned, the one the detail view states in words
    figure = detail.chart_tab.chart_view.figure
    groups = [c.get_gid() for c in figure.findobj(PathCollection) if 150 in c.get_offsets()[:, 1]]
    assert len(groups) == 1
    assert status_text(groups[0].removeprefix("status:")) in detail.status_label.text()
    sample_window.undo_action.trigger()
    assert actual_values(detail) == before


def test_changing_the_plan_redraws_the_plan_line(sample_window):
    detail = shown_chart(sample_window, "wait time by 50%")
    before = list(by_gid(detail.chart_tab.chart_view.figure, "plan")[0].get_ydata())
    detail.plan_tab.weeks_radio.setChecked(True)
    detail.plan_tab.set_planned(detail.plan_tab.plan_model.rows[1].label, 197.5)
    after = list(by_gid(detail.chart_tab.chart_view.figure, "plan")[0].get_ydata())
    assert 197.5 not in before and after[2] == 197.5  # the baseline, week 1, then the locked week 2


def test_sub_goals_side_by_side_only_where_there_are_sub_goals(sample_window):
    detail = shown_chart(sample_window, "leader")
    assert detail.chart_tab.chart_children_radio.isEnabled()
    detail.chart_tab.chart_children_radio.click()
    visible = [axes for axes in detail.chart_tab.chart_view.figure.axes if axes.axison]
    assert len(visible) == 5  # the vision's five sub-goals
    title = detail.chart_tab.chart_view.figure.get_suptitle().replace("\n", " ").replace("\u00a0", " ")
    assert "together: ■ Off track" in title
    leaf = shown_chart(sample_window, "CSAT")
    assert not leaf.chart_tab.chart_children_radio.isEnabled()
    assert leaf.chart_tab.chart_goal_radio.isChecked()
    assert len(leaf.chart_tab.chart_view.figure.axes) == 1


def test_portfolio_tab_charts_every_active_goal_and_a_click_opens_one(sample_window, qtbot):
    window = sample_window
    window.portfolio_view_action.trigger()
    assert window.main_tabs.currentWidget() is window.portfolio
    view = window.portfolio.chart_view
    figure = view.figure
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert len(labels) == 7 and labels[0].startswith("Cut average support call wait")
    centre = bar_centre(view, "goal:4")  # call volume, at risk
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert window.main_tabs.currentWidget() is window.splitter
    assert window.goal_list.selected_goal().id == 4
    assert window.detail.tabs.currentWidget() is window.detail.chart_tab


def test_the_portfolio_follows_new_checkins(sample_window, qtbot):
    window = sample_window
    detail = shown_chart(window, "wait time by 50%")
    qtbot.keyClicks(detail.checkin_form.actual_field, "120")  # the target: achieved
    qtbot.keyClick(detail.checkin_form.actual_field, Qt.Key.Key_Return)
    window.portfolio_view_action.trigger()
    labels = [t.get_text() for t in window.portfolio.chart_view.figure.axes[0].get_yticklabels()]
    assert not labels[0].startswith("Cut average support call wait")  # no longer the worst
    assert "Achieved 1" in window.portfolio.chart_view.figure.axes[0].get_title(loc="left")


def test_saving_the_chart_writes_the_standard_size_image(sample_window, tmp_path):
    detail = shown_chart(sample_window, "CSAT")
    png = detail.chart_tab.chart_view.save_to(tmp_path / "csat.png")
    assert png is not None and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    with Image.open(png) as image:
        assert image.size == (1200, 675)  # 8 x 4.5 inches at 150 dpi, whatever the pane's size
    svg = detail.chart_tab.chart_view.save_to(tmp_path / "csat.svg")
    assert "Raise e-mail CSAT" in svg.read_text()
    assert (
        detail.chart_tab.chart_view.save_png_action.isEnabled()
        and detail.chart_tab.chart_view.copy_action.isEnabled()
    )


def test_a_save_into_a_missing_folder_says_so_and_keeps_going(sample_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    detail = shown_chart(sample_window, "CSAT")
    assert detail.chart_tab.chart_view.save_to(tmp_path / "no such folder" / "csat.png") is None
    assert "could not be written: the folder does not exist" in shown[0]


def test_a_right_click_on_a_bar_opens_the_menu_not_the_goal(sample_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    window = sample_window
    window.portfolio_view_action.trigger()
    view = window.portfolio.chart_view
    menus = []
    monkeypatch.setattr(
        QMenu, "exec", lambda menu, *args: menus.append([a.text().replace("&", "") for a in menu.actions()])
    )
    centre = bar_centre(view, "goal:4")
    qtbot.mouseClick(view.canvas, Qt.MouseButton.RightButton, pos=centre)
    assert window.main_tabs.currentWidget() is window.portfolio  # still on the portfolio
    menu = [action.text().replace("&", "") for action in view.context_menu().actions()]
    assert menu == ["Save chart as PNG image…", "Save chart as SVG drawing…", "Copy chart"]
