"""Texts fitted to a chart: wrapped by measured width, Chinese between characters, numbers kept with units."""

from __future__ import annotations

from datetime import date

import pytest

from goalplanner.charts.base import configure_matplotlib
from goalplanner.charts.fitting import shorten, text_width, wrap
from goalplanner.charts.goal import goal_chart
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import evaluate
from tests.helpers import wait_goal

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def fonts():
    configure_matplotlib()


def test_a_long_title_wraps_into_lines_that_fit_and_loses_no_word():
    title = "Cut average support call wait time by 50% within six weeks through a plan led by Mark"
    lines = wrap(title, 250, 11, "bold").split("\n")
    assert len(lines) >= 3
    assert all(text_width(line, 11, "bold") <= 250 for line in lines)
    assert " ".join(lines) == title  # wrapped, never cut


def test_chinese_breaks_between_characters_but_never_before_closing_punctuation():
    title = "通过自助服务知识库\uff0c使客服来电量比去年减少 50%"  # with a full-width comma
    lines = wrap(title, 120, 11).split("\n")
    assert len(lines) >= 2
    assert all(text_width(line, 11) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert not any(line.startswith(("\uff0c", "%")) for line in lines)


def test_a_number_stays_with_its_unit_and_a_korean_date_stays_whole():
    status = f"■{NBSP}궤도 이탈(26.{NBSP}11.{NBSP}20.부터) · 최근 150{NBSP}s, 계획 146{NBSP}s"
    for width in range(130, 400, 10):  # from the widest unbreakable group up
        for line in wrap(status, width, 10).split("\n"):
            assert not line.startswith(("s", "11.", "20.", "궤도")), (width, line)


def test_a_name_in_a_list_is_cut_to_its_room_with_an_ellipsis():
    name = "在同样的六个月内将转接给产品专家的有效转接提高 5%"
    cut = shorten(name, 150, 9)
    assert cut.endswith("…") and "\n" not in cut and text_width(cut, 9) <= 150
    assert shorten("Short", 150, 9) == "Short"


def test_the_status_line_shows_values_at_the_metrics_precision():
    csat = wait_goal(id=3, kpi="csat", unit="%", direction="increase", baseline=68.0, target=85.0)
    checkins = [CheckIn(3, date(2025, 1, 17), 72.46, id=1)]
    evaluation = evaluate(csat, plan_for(csat), checkins, date(2025, 1, 20))
    status = goal_chart(evaluation, plan_for(csat)).axes[0].get_title(loc="left").replace("\n", " ")
    assert "latest 72.5%" in status  # one decimal for a percentage
    wait = wait_goal(id=2)
    checkins = [CheckIn(2, date(2025, 1, 17), 205.6, id=1)]
    evaluation = evaluate(wait, plan_for(wait), checkins, date(2025, 1, 20))
    status = goal_chart(evaluation, plan_for(wait)).axes[0].get_title(loc="left").replace("\n", " ")
    assert f"latest 206{NBSP}s" in status and f"plan 206{NBSP}s" in status  # whole seconds (205.7 planned)
