"""The chart pane: readable from 600 x 400 up, dates as the app writes them, "Drawing…" until charts load."""

from __future__ import annotations

import threading
from datetime import date

import matplotlib.dates as mdates
import pytest
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui import chart_loader as loader_module
from goalplanner.ui.chart_loader import ChartLoader
from goalplanner.ui.chart_view import MIN_CANVAS, ChartView
from goalplanner.ui.language import apply_language, remove_translations
from tests.ui.conftest import open_plan
from tests.ui.test_charts import shown_chart

SIZES = [(600, 400), (900, 600), (1280, 800)]
SLACK = 1.0  # pixel: rounding of a text's extent


def sample_goal_ids(window) -> list[int]:
    return [goal.id for goal in window.store.list_goals()]


def drawn_texts(figure) -> list[Text]:
    """The texts a reader sees: titles, labels, the ticks in view, the legend, Today and Deadline."""
    texts = [*figure.texts, *(t for legend in figure.legends for t in legend.get_texts())]
    if figure._suptitle is not None:
        texts.append(figure._suptitle)
    for axes in figure.axes:
        if not axes.axison:
            texts.extend(axes.texts)
            continue
        texts += [axes.title, axes._left_title, axes._right_title, axes.xaxis.label, axes.yaxis.label]
        texts += [*axes.texts, *ticks_in_view(axes.xaxis), *ticks_in_view(axes.yaxis)]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def ticks_in_view(axis) -> list[Text]:
    """The tick labels drawn: those of ticks inside the axis's view (the locator gives some beyond it)."""
    low, high = sorted(axis.get_view_interval())
    margin = (high - low) * 1e-9
    labels = axis.get_majorticklabels()
    return [
        label
        for loc, label in zip(axis.get_majorticklocs(), labels, strict=False)
        if low - margin <= loc <= high + margin
    ]


def texts_outside(figure) -> list[str]:
    """Every text of ``figure`` that reaches past its edges."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    edge = figure.bbox
    found = []
    for text in drawn_texts(figure):
        box = text.get_window_extent(renderer)
        if (
            box.x0 < edge.x0 - SLACK
            or box.y0 < edge.y0 - SLACK
            or box.x1 > edge.x1 + SLACK
            or box.y1 > edge.y1 + SLACK
        ):
            found.append(f"{text.get_text()!r} at {box.bounds} in {edge.bounds}")
    return found


def legend_larger_than_plot(figure) -> list[str]:
    renderer = figure.canvas.get_renderer()
    found = []
    for legend in figure.legends:
        area = legend.get_window_extent(renderer)
        for axes in figure.axes:
            if axes.axison and area.width * area.height >= axes.bbox.width * axes.bbox.height:
                found.append(f"legend {area.bounds} >= plot {axes.bbox.bounds}")
    return found


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_chart_of_the_sample_plan_fits_the_pane(sample_window, qtbot, width, height):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    for goal_id in sample_goal_ids(sample_window):
        sample_window.select_goal(goal_id)
        tab = sample_window.detail.chart_tab
        sample_window.detail.tabs.setCurrentWidget(tab)
        views = [tab.chart_view.factory]
        if tab.chart_children_radio.isEnabled():
            tab.chart_children_radio.click()
            views.append(tab.chart_view.factory)
            tab.chart_goal_radio.click()
        for factory in views:
            view.show_chart(factory)
            figure = view.figure
            assert (
                abs(figure.get_figwidth() * 100 - view.scroll.viewport().width()) <= 1
            )  # drawn for the pane
            assert texts_outside(figure) == [], (goal_id, figure.get_suptitle())
            assert legend_larger_than_plot(figure) == [], (goal_id, figure.get_suptitle())
    sample_window.main_tabs.setCurrentWidget(sample_window.portfolio)
    view.show_chart(sample_window.portfolio.chart_view.factory)
    assert texts_outside(view.figure) == [] and legend_larger_than_plot(view.figure) == []


@pytest.fixture
def language(request, qapp):
    """The app in ``request.param``'s language and formats; English and the locale before, after."""
    before = QLocale()
    apply_language(qapp, QLocale(request.param))
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en_US", "ko_KR", "zh_CN"], indirect=True)
@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_the_charts_in_the_window_fit_their_pane_in_every_language(window, tmp_path, qtbot, language, size):
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today(), QCoreApplication.translate)  # as a new user of the language
    open_plan(qtbot, window, path)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    view = window.detail.chart_tab.chart_view
    for goal_id in sample_goal_ids(window):
        window.select_goal(goal_id)
        window.detail.show_chart()
        view._refit()  # as the pane's resize timer would, once the window has its size
        figure = view.figure
        # laid out for the canvas, and the canvas as wide as the pane: nothing cut off at the side
        assert abs(figure.get_figwidth() * 100 - view.canvas.width()) <= 1
        assert view.canvas.width() <= max(view.scroll.viewport().width(), MIN_CANVAS[0])
        assert texts_outside(figure) == [], (language, size, figure.get_suptitle())
        assert legend_larger_than_plot(figure) == []
        assert not [t.get_text() for t in drawn_texts(figure) if "…" in t.get_text()], "a text cut short"


@pytest.fixture
def app_locale():
    """Set the app's number and date locale in a test; the one before is restored after it."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "pattern", "example"),
    [("en_GB", "dd/MM", "15/11"), ("ko_KR", "M. d.", "11. 15."), ("en_US", "M/d", "11/15")],
)
def test_axis_dates_are_written_as_the_app_writes_dates(sample_window, app_locale, name, pattern, example):
    app_locale(name)
    assert QLocale().toString(QDate(2026, 11, 15), pattern) == example  # what the pattern means
    detail = shown_chart(sample_window, "wait time by 50%")  # six weeks: days on the axis
    figure = detail.chart_tab.chart_view.figure
    figure.canvas.draw()
    axes = figure.axes[0]
    shown = [
        (tick, label.get_text())
        for tick, label in zip(axes.get_xticks(), axes.get_xticklabels(), strict=True)
    ]
    assert shown
    for tick, text in shown:
        assert text == QLocale().toString(QDate(mdates.num2date(tick).date()), pattern)
    # the status line's dates are the app's short dates, as in the detail above the chart
    since = sample_window.session.evaluation(detail.goal.id).since
    assert QLocale().toString(QDate(since), QLocale.FormatType.ShortFormat).replace(" ", "\u00a0") in (
        axes.get_title(loc="left").replace("\n", "")
    )


class HeldLoader(ChartLoader):
    """A chart loader whose loading finishes only when the test lets it, on a worker thread."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        super().__init__(load=self._held)
        self.is_ready = False

    def _held(self) -> None:
        self.threads.append(threading.current_thread())
        assert self.release.wait(30)


@pytest.fixture
def held_loader(monkeypatch):
    loader = HeldLoader()
    monkeypatch.setattr(loader_module, "_loader", loader)
    yield loader
    loader.release.set()
    assert loader.wait(30)


def test_drawing_shows_until_the_charts_have_loaded_then_the_chart(held_loader, sample_window, qtbot):
    detail = shown_chart(sample_window, "wait time by 50%")
    view = detail.chart_tab.chart_view
    assert view.placeholder.isVisible() and view.placeholder.text() == "Drawing…"
    assert view.figure is None and not view.save_png_action.isEnabled()
    shown_chart(sample_window, "CSAT")  # another goal chosen meanwhile: its chart is the one drawn
    held_loader.release.set()
    qtbot.waitUntil(lambda: view.figure is not None, timeout=30_000)  # drawing on a loaded machine
    assert not view.placeholder.isVisible() and view.canvas.isVisible()
    assert "CSAT" in view.figure.get_suptitle()
    assert held_loader.threads and held_loader.threads[0] is not threading.main_thread()


def test_the_window_starts_loading_the_charts_once_it_is_shown(held_loader, window, qtbot):
    assert not held_loader.threads
    window.show()
    qtbot.waitUntil(lambda: bool(held_loader.threads), timeout=30_000)
    assert held_loader.threads[0] is not threading.main_thread()
    held_loader.release.set()
    qtbot.waitUntil(lambda: held_loader.is_ready, timeout=30_000)


def test_a_chart_the_loader_could_not_prepare_is_still_drawn(monkeypatch, sample_window, qtbot):
    def broken() -> None:
        raise ImportError("a half-installed package")

    loader = ChartLoader(load=broken)
    loader.is_ready = False
    monkeypatch.setattr(loader_module, "_loader", loader)
    view = shown_chart(sample_window, "wait time by 50%").chart_tab.chart_view
    # the GUI thread imports it itself, and says why if it fails
    qtbot.waitUntil(lambda: view.figure is not None, timeout=30_000)
    assert loader.wait(30)
