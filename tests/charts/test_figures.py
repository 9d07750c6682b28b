"""Chart builders, headless: what is drawn, on which axes and units, and that it is not blank."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.colors import to_rgb

from goalplanner.charts.figures import (
    configure_matplotlib,
    goal_chart,
    portfolio_chart,
    rollup_chart,
    save_figure,
)
from goalplanner.charts.text import ChartLocale
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, Evaluation, Status, evaluate
from tests.helpers import wait_goal
from tests.ui.surfaces import chart_markers

TODAY = date(2025, 2, 10)
WAIT = wait_goal(id=2, stretch_target=100.0)  # 240 s -> 120 s from 6 Jan to 16 Feb 2025, lower is better
# Fridays of the first five weeks, planned 226.7, 205.7, 185.7, 165.7, 145.7 s: on plan twice (97%, 99%
# of the planned change), then falling behind: 83% (at risk), 67% and 58% (off track).
WAIT_ACTUALS = [(date(2025, 1, 10), 227), (date(2025, 1, 17), 206), (date(2025, 1, 24), 195),
                (date(2025, 1, 31), 190), (date(2025, 2, 7), 185)]  # fmt: skip


def checkins_of(goal: Goal, values: list[tuple[date, float]]) -> list[CheckIn]:
    return [CheckIn(goal.id, on, actual, id=i) for i, (on, actual) in enumerate(values, 1)]


def chart(goal: Goal, plan, checkins, *, today: date | None = None, **options):
    """The goal chart of ``goal``'s evaluation by core (every check-in judged) as of ``today``."""
    evaluation = evaluate(goal, plan, checkins, today or date.today())
    return goal_chart(evaluation, plan, today=today, **options)


def as_judged(goal: Goal, status: Status) -> Evaluation:
    """An evaluation that says ``status`` for ``goal`` (what the portfolio draws)."""
    return Evaluation(goal, (), status, None, None, None, False, False)


def plain(text: str) -> str:
    """A chart text as read: no-break spaces (which keep a number with its unit) and line breaks as spaces."""
    return text.replace("\u00a0", " ").replace("\n", " ")


def metric_line(figure) -> str:
    """What the chart says it measures and which way is good, above the plot."""
    return plain(by_gid(figure, "metric")[0].get_text())


def by_gid(figure, gid: str) -> list:
    return [artist for artist in figure.findobj() if artist.get_gid() == gid]


def rendered(figure) -> np.ndarray:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].astype(int)


def pixels_near(image: np.ndarray, colour: str, tolerance: int = 12) -> int:
    target = np.array([round(255 * c) for c in to_rgb(colour)])
    return int((np.abs(image - target).max(axis=2) <= tolerance).sum())


@pytest.fixture
def wait_figure():
    return chart(WAIT, plan_for(WAIT), checkins_of(WAIT, WAIT_ACTUALS), today=TODAY)


def test_goal_chart_draws_plan_actuals_target_stretch_deadline_and_today(wait_figure):
    axes = wait_figure.axes[0]
    plan = by_gid(wait_figure, "plan")[0]
    weeks = [s for s in plan_for(WAIT) if s.period == "week"]
    assert len(plan.get_xdata()) == len(weeks) + 1  # from the baseline at the start, then each week's end
    assert plan.get_ydata()[0] == 240 and plan.get_ydata()[-1] == 120
    actual = by_gid(wait_figure, "actual")[0]
    assert list(actual.get_ydata()) == [v for _d, v in WAIT_ACTUALS]
    assert by_gid(wait_figure, "target")[0].get_ydata()[0] == 120
    assert by_gid(wait_figure, "stretch")[0].get_ydata()[0] == 100
    assert by_gid(wait_figure, "deadline") and by_gid(wait_figure, "today")
    assert plain(wait_figure.get_suptitle()).startswith("Cut average support call wait time")
    # every series the reader must tell apart is in the legend
    legend = [plain(t.get_text()) for t in wait_figure.legends[0].get_texts()]
    for label in ("Plan", "Actual", "Target 120 s", "Stretch 100 s", "Off track", "On track"):
        assert label in legend
    assert axes.get_xlim()[0] <= plan.get_xdata(orig=False)[0]


def test_each_checkin_is_marked_with_the_status_it_earned_and_the_title_says_since_when(wait_figure):
    markers = {g: len(a.get_offsets()) for a in wait_figure.findobj(PathCollection) if (g := a.get_gid())}
    assert markers == {"status:on_track": 2, "status:at_risk": 1, "status:off_track": 2}
    status_line = wait_figure.axes[0].get_title(loc="left")
    assert "Off track since 2025-01-31" in plain(status_line)
    assert "latest 185 s on 2025-02-07, plan 146 s" in plain(status_line)  # whole seconds, as the metric is


def test_decrease_goal_reads_down_is_good_and_its_zones_lie_above_the_plan(wait_figure):
    axes = wait_figure.axes[0]
    assert axes.get_ylabel() == "seconds"
    assert metric_line(wait_figure) == "Average call wait time · ↓ lower is better"
    wait_figure.canvas.draw()
    assert all(plain(t.get_text()).endswith(" s") for t in axes.get_yticklabels() if t.get_text())
    zone = by_gid(wait_figure, "on_track_zone")[0]
    at_risk = by_gid(wait_figure, "at_risk_zone")[0]
    assert isinstance(zone, PolyCollection) and isinstance(at_risk, PolyCollection)
    plan = by_gid(wait_figure, "plan")[0]
    lowest_plan = min(plan.get_ydata())
    # a late wait time is higher than planned: the tolerated zone sits above the plan line, never below
    for collection in (zone, at_risk):
        ys = collection.get_paths()[0].vertices[:, 1]
        assert ys.min() >= lowest_plan - 1e-9


def test_increase_goal_in_percent_has_percent_ticks_and_stays_within_100():
    csat = wait_goal(id=3, kpi="csat", unit="%", direction="increase", baseline=80.0, target=95.0)
    figure = chart(csat, plan_for(csat), checkins_of(csat, [(date(2025, 1, 17), 99.0)]), today=TODAY)
    axes = figure.axes[0]
    figure.canvas.draw()
    assert metric_line(figure) == "Customer satisfaction (CSAT) · ↑ higher is better"
    assert all(t.get_text().endswith("%") for t in axes.get_yticklabels() if t.get_text())
    assert axes.get_ylim()[1] < 102  # no 110% CSAT on the axis
    assert [a.get_gid() for a in figure.findobj(PathCollection)] == ["status:achieved"]


def test_range_goal_shows_its_band_instead_of_pace_zones():
    occupancy = wait_goal(kpi="occupancy", unit="%", direction="range", baseline=88.0, target=80.0,
                          range_low=75.0, range_high=85.0)  # fmt: skip
    figure = chart(occupancy, plan_for(occupancy), checkins_of(occupancy, [(date(2025, 1, 17), 84.0)]))
    band = by_gid(figure, "band")[0]
    assert (band.get_y(), band.get_y() + band.get_height()) == (75.0, 85.0)
    assert not by_gid(figure, "on_track_zone")
    assert "keep inside the band" in metric_line(figure)


def test_flow_goal_plans_totals_as_steps():
    volume = wait_goal(kpi="call_volume", unit="contacts", baseline=12000.0, target=6000.0,
                       checkin_cadence="monthly", deadline=date(2025, 12, 31))  # fmt: skip
    figure = chart(volume, plan_for(volume), [])
    plan = by_gid(figure, "plan")[0]
    assert plan.get_drawstyle() == "steps-post"
    assert "Plan (total per period)" in [t.get_text() for t in figure.legends[0].get_texts()]
    assert "No check-in yet" in figure.axes[0].get_title(loc="left")


def test_goal_without_numbers_says_what_is_missing():
    figure = chart(Goal(id=9, title="Shorter waits"), [], [])
    assert "Nothing to draw yet" in by_gid(figure, "empty")[0].get_text()


def test_the_chart_is_not_blank_and_shows_status_colours(wait_figure):
    image = rendered(wait_figure)
    ink = (image.sum(axis=2) < 3 * 245).mean()
    assert ink > 0.04  # lines, zones, text: a blank or cleared figure has (almost) none
    assert pixels_near(image, STATUS_LOOKS[OFF_TRACK].colour) > 200  # the off-track squares
    assert pixels_near(image, STATUS_LOOKS[ON_TRACK].colour) > 60  # two on-track circles
    assert pixels_near(image, STATUS_LOOKS[AT_RISK].colour) > 15  # the at-risk triangle
    on_plan = chart(WAIT, plan_for(WAIT), checkins_of(WAIT, [(date(2025, 1, 17), 199.0)]), today=TODAY)
    assert pixels_near(rendered(on_plan), STATUS_LOOKS[OFF_TRACK].colour) < 20


def test_cjk_and_korean_titles_render_with_a_fallback_font():
    families = configure_matplotlib()
    if not any("CJK" in f or f in ("Microsoft YaHei", "Malgun Gothic", "PingFang SC") for f in families):
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk)")
    for title in ("将平均等待时间缩短一半", "평균 대기 시간을 절반으로 줄이기"):
        goal = replace(WAIT, title=title)
        figure = chart(goal, plan_for(goal), [])
        image = rendered(figure)  # a missing glyph would warn, and warnings fail the tests
        box = figure._suptitle.get_window_extent()
        height = image.shape[0]
        region = image[int(height - box.y1) : int(height - box.y0), int(box.x0) : int(box.x1)]
        assert (region.sum(axis=2) < 3 * 128).sum() > 150  # the title's strokes are really there


@pytest.mark.parametrize(("language", "variant"), [("zh_CN", "SC"), ("ko_KR", "KR")])
def test_han_characters_are_drawn_in_the_users_variant(language, variant):
    # 直 or 骨 look different in Chinese, Korean and Japanese fonts: the user's comes before the others
    families = configure_matplotlib()
    if not {f"Noto Sans CJK {v}" for v in ("SC", "KR", "JP")} <= set(families):
        pytest.skip("Noto Sans CJK not installed (Debian: fonts-noto-cjk)")
    figure = chart(WAIT, plan_for(WAIT), [], locale=ChartLocale(language=language))
    used = figure._suptitle.get_fontfamily()
    cjk = [family for family in used if "CJK" in family]
    assert cjk[0] == f"Noto Sans CJK {variant}"


def test_chart_texts_go_through_the_translator():
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    figure = chart(WAIT, plan_for(WAIT), checkins_of(WAIT, WAIT_ACTUALS), today=TODAY,
                        locale=ChartLocale(translate=translate))  # fmt: skip
    assert (
        ("Chart", "Plan") in seen
        and ("Status", "Off track") in seen
        and ("Kpi", "Average call wait time") in seen
    )
    assert "PLAN" in [t.get_text() for t in figure.legends[0].get_texts()]


def entries():
    base = dict(state="active", kpi="csat", unit="%", direction="increase", baseline=60.0, target=80.0)
    return [
        as_judged(Goal(id=1, title="Fine", **base), Status(ON_TRACK, 1.05)),
        as_judged(Goal(id=2, title="Worst", **base), Status(OFF_TRACK, 0.2)),
        as_judged(Goal(id=3, title="Wobbly", **base), Status(AT_RISK, 0.8)),
        as_judged(Goal(id=4, title="Bad", **base), Status(OFF_TRACK, 0.6)),
        as_judged(Goal(id=5, title="Fresh", **base), Status(NO_DATA)),
        as_judged(Goal(id=6, title="Old draft", **{**base, "state": "draft"}), Status(OFF_TRACK, 0.0)),
    ]


def test_portfolio_puts_the_worst_first_and_leaves_out_inactive_goals():
    figure = portfolio_chart(entries())
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["Worst", "Bad", "Wobbly", "Fine", "Fresh"]
    bars = {p.get_gid(): p.get_width() for p in axes.patches if p.get_gid()}
    assert bars == {"goal:2": 20.0, "goal:4": 60.0, "goal:3": 80.0, "goal:1": 105.0}
    summary = plain(axes.get_title(loc="left"))
    assert "Off track 2" in summary and "At risk 1" in summary
    assert "no check-in yet" in [t.get_text() for t in axes.texts]
    assert axes.xaxis.get_label().get_text().startswith("Share of the planned change")


def test_portfolio_says_how_many_it_leaves_out_and_what_to_do_when_empty():
    figure = portfolio_chart(entries(), limit=2)
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["Worst", "Bad"]
    assert any("and 3 more" in t.get_text() for t in figure.texts)
    empty = portfolio_chart([])
    assert "No active goals yet" in by_gid(empty, "empty")[0].get_text()


def judged_with_plan(goal: Goal, checkins: list[CheckIn]):
    plan = plan_for(goal)
    return evaluate(goal, plan, checkins, TODAY), plan


def test_rollup_shows_each_sub_goal_and_the_worst_status():
    csat = wait_goal(
        id=3, title="CSAT up", kpi="csat", unit="%", direction="increase", baseline=68.0, target=85.0
    )
    children = [
        judged_with_plan(WAIT, checkins_of(WAIT, WAIT_ACTUALS)),
        judged_with_plan(csat, checkins_of(csat, [(date(2025, 1, 17), 75.0)])),
    ]
    parent = Goal(id=1, title="Be the service leader", kpi="nps", unit="points")
    figure = rollup_chart(parent, children, together=OFF_TRACK, today=TODAY)
    visible = [a for a in figure.axes if a.axison]
    assert len(visible) == 2
    assert plain(visible[0].get_title(loc="left")).startswith("■ Cut average")
    assert plain(visible[1].get_title(loc="left")).startswith("● CSAT up")
    assert "together: ■ Off track" in plain(figure.get_suptitle())
    narrow = rollup_chart(parent, children * 3, together=OFF_TRACK, today=TODAY, size=(4.0, 3.0))
    assert len([a for a in narrow.axes if a.axison]) == 6
    assert narrow.get_size_inches()[1] > 6 * 2  # one column: taller, to scroll
    assert "no sub-goals yet" in by_gid(rollup_chart(parent, [], together=NO_DATA), "empty")[0].get_text()


def test_saved_png_and_svg_are_real_images(tmp_path, wait_figure):
    png = save_figure(wait_figure, tmp_path / "wait.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
    svg = save_figure(wait_figure, tmp_path / "wait.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Cut average support call wait time" in svg  # matplotlib notes each text beside its glyphs
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["wait.png", "wait.svg"]


class FailingArtist(Artist):
    """Fails half-way through drawing, as a full disk or a driver error would."""

    def draw(self, renderer):
        raise RuntimeError("disk gave up")


def test_a_failed_save_keeps_the_old_file_and_leaves_no_partial(tmp_path, wait_figure):
    target = tmp_path / "chart.png"
    target.write_bytes(b"the old chart")
    broken = chart(WAIT, [], [])
    broken.add_artist(FailingArtist())
    with pytest.raises(RuntimeError, match="disk"):
        save_figure(broken, target)
    assert target.read_bytes() == b"the old chart"
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["chart.png"]
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_figure(wait_figure, tmp_path / "chart.pdf")


def test_dollar_signs_in_titles_are_text_not_formulas():
    goal = replace(WAIT, title="Cut cost per contact from $4.50 to $3.00")
    figure = chart(goal, [], [])
    title = figure._suptitle
    assert title.get_text() == "Cut cost per contact from $4.50 to $3.00"
    assert not title._preprocess_math(title.get_text())[1]  # drawn as plain text, dollars and all


def test_dates_on_the_axis_are_days_over_weeks_and_months_over_a_year(wait_figure):
    wait_figure.canvas.draw()
    short = [t.get_text() for t in wait_figure.axes[0].get_xticklabels() if t.get_text()]
    assert any(text.endswith("Jan") for text in short) and all(text[0].isdigit() for text in short)
    long_goal = replace(WAIT, deadline=WAIT.start + timedelta(days=364))
    figure = chart(long_goal, plan_for(long_goal), [], today=TODAY)
    figure.canvas.draw()
    long = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert long[0].endswith("2025") and not long[0][0].isdigit()


def test_portfolio_labels_keep_their_width_when_bars_go_below_zero():
    base = dict(state="active", kpi="csat", unit="%", direction="increase", baseline=60.0, target=80.0)
    long_title = "Reduce average handle time in the billing queue"
    figure = portfolio_chart(
        [
            as_judged(Goal(id=1, title=long_title, **base), Status(OFF_TRACK, -0.3)),
            as_judged(Goal(id=2, title=long_title + " again", **base), Status(OFF_TRACK, -0.6)),
        ]
    )
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert len(labels[0]) >= 30  # the width the figure allows, not what the last bar's length left
    assert len(figure.legends[0].get_texts()) == 1 and figure.legends[0]._ncols == 1  # one status: one entry


def test_rollup_says_the_roll_up_it_is_given_and_how_many_sub_goals_it_leaves_out():
    on_plan = [judged_with_plan(WAIT, checkins_of(WAIT, WAIT_ACTUALS[:2]))] * 12
    behind = judged_with_plan(WAIT, checkins_of(WAIT, WAIT_ACTUALS))
    # the roll-up is the session's (core.rollup.roll_up_plan), never worked out from what is drawn
    figure = rollup_chart(Goal(id=1, title="Vision"), [*on_plan, behind], together=OFF_TRACK, today=TODAY)
    assert "together: ■ Off track" in plain(figure.get_suptitle())
    assert "1 more sub-goals not shown" in plain(figure.get_suptitle())
    assert len([a for a in figure.axes if a.axison]) == 12
    told = rollup_chart(Goal(id=1, title="Vision"), on_plan[:2], together=AT_RISK, today=TODAY)
    assert "together: ▲ At risk" in plain(told.get_suptitle())


def test_goals_at_the_ends_of_the_calendar_still_draw():
    for start, deadline in ((date(1, 1, 3), date(1, 6, 30)), (date(9999, 6, 1), date(9999, 12, 31))):
        goal = replace(WAIT, start=start, deadline=deadline)
        figure = chart(goal, plan_for(goal), [CheckIn(2, start + timedelta(days=9), 230.0)], today=TODAY)
        assert rendered(figure).mean() < 254  # drawn, not blank


def test_range_goal_without_a_baseline_is_judged_by_its_band_and_unjudged_points_say_so():
    band = wait_goal(kpi="occupancy", unit="%", direction="range", baseline=None, target=80.0,
                     range_low=75.0, range_high=85.0)  # fmt: skip
    figure = chart(band, [], checkins_of(band, [(date(2025, 1, 17), 80.0), (date(2025, 1, 24), 91.0)]))
    assert {a.get_gid() for a in figure.findobj(PathCollection)} == {"status:on_track", "status:off_track"}
    no_baseline = replace(WAIT, baseline=None)
    figure = chart(no_baseline, [], checkins_of(no_baseline, [(date(2025, 1, 17), 200.0)]))
    assert "Not judged (no baseline or plan)" in [t.get_text() for t in figure.legends[0].get_texts()]
    assert figure.axes[0].get_title(loc="left").startswith("Not judged")


def test_markers_are_the_evaluations_statuses_and_the_chart_judges_nothing(monkeypatch):
    evaluation = evaluate(WAIT, plan_for(WAIT), checkins_of(WAIT, WAIT_ACTUALS), TODAY)
    # a status no rule would give: the chart must draw what it is told
    told = replace(evaluation, judged=(replace(evaluation.judged[0], status=Status(AT_RISK, 0.8)),
                                       *evaluation.judged[1:]))  # fmt: skip
    figure = goal_chart(told, plan_for(WAIT), today=TODAY)
    assert chart_markers(figure) == sorted((j.checkin.on, j.status.code) for j in told.judged)
    assert chart_markers(figure)[0] == (date(2025, 1, 10), AT_RISK)


def test_flow_targets_are_per_period_and_a_partial_last_month_is_not_drawn_as_beating_its_target():
    # 12,000 -> 6,000 calls a month, ending on 13 December: the last month holds 13 days
    volume = wait_goal(kpi="call_volume", unit="contacts", baseline=12000.0, target=6000.0,
                       checkin_cadence="monthly", deadline=date(2025, 12, 13))  # fmt: skip
    plan = plan_for(volume)
    figure = chart(volume, plan, checkins_of(volume, [(date(2025, 1, 31), 10000.0)]), today=TODAY)
    planned = by_gid(figure, "plan")[0].get_ydata()
    target = by_gid(figure, "target")[0]
    assert target.get_drawstyle() == "steps-post"
    months = sorted((s for s in plan if s.period == "month"), key=lambda s: s.period_start)
    assert len(target.get_ydata()) == len(months) + 1
    # the last, partial month: its plan meets its own (scaled) target, not the full month's 6,000
    assert target.get_ydata()[-1] == pytest.approx(planned[-1], rel=1e-6)
    assert target.get_ydata()[-1] < 3000 < 6000
    assert all(p >= t - 1e-6 for p, t in zip(planned, target.get_ydata(), strict=True))  # never below


def test_the_status_line_says_what_the_evaluation_says_about_what_is_due():
    fresh = evaluate(WAIT, plan_for(WAIT), [], date(2025, 1, 8))
    line = goal_chart(fresh, plan_for(WAIT)).axes[0].get_title(loc="left")
    assert line == f"No check-in yet · the first is due {fresh.next_due.isoformat()}"
    late = evaluate(WAIT, plan_for(WAIT), checkins_of(WAIT, WAIT_ACTUALS), date(2025, 3, 1))
    assert late.ready_to_close
    line = goal_chart(late, plan_for(WAIT), today=date(2025, 3, 1)).axes[0].get_title(loc="left")
    assert line.replace("\n", " ").endswith("· ready to close")
    empty_late = evaluate(WAIT, plan_for(WAIT), [], date(2025, 3, 1))
    assert (
        goal_chart(empty_late, plan_for(WAIT)).axes[0].get_title(loc="left")
        == "No check-in yet · ready to close"
    )
