"""The workbook's number formats, footers and row heights: how its cells read on screen and on paper."""

from __future__ import annotations

from goalplanner.core.model import Goal
from goalplanner.workbook.layout import footer_text, number_format, row_height, text_lines


def test_each_goal_gets_the_number_format_of_its_metrics_precision():
    def metric(kpi: str, unit: str) -> Goal:
        return Goal(kpi=kpi, unit=unit)

    assert number_format(metric("wait_time", "s")) == '#,##0" s"'  # whole seconds
    assert number_format(metric("csat", "%")) == '#,##0.0"%"'  # tenths of a percent, 0-100 as in the app
    assert number_format(metric("frt", "h")) == '#,##0.0" h"'
    assert number_format(metric("nps", "points")) == "#,##0"
    assert number_format(metric("call_volume", "contacts")) == "#,##0"
    assert number_format(metric("ces", "score")) == "#,##0.0"
    assert number_format(metric("cpc", "currency")) == "#,##0.00"  # cents
    assert number_format(metric("custom", " % ")) == '#,##0.0"%"'  # a custom share reads as a share
    assert number_format(metric("custom", "transfers/week")) == "#,##0.00"  # a unit of its own: two places


def test_a_footer_is_one_short_line_with_its_ampersands_kept():
    assert footer_text("Sales & Service") == "Sales && Service"  # "&" alone starts a code in a footer
    long = footer_text("x" * 300 + "\n\x01y")
    assert len(long) == 100 and long.endswith("…") and "\n" not in long


def test_rows_of_chinese_japanese_or_korean_text_are_taller_and_wide_characters_count_twice():
    assert text_lines("目标" * 10, 20) == 2 and text_lines("ab" * 10, 20) == 1
    assert text_lines("one\ntwo", 40) == 2  # each line break starts a line
    assert row_height(2, 12, "Goal") == 30 and row_height(2, 12, "目标") == 36
    assert row_height(40) == row_height(12)  # never taller than a dozen lines
