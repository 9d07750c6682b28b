"""Numbers written at a metric's precision in English (the command line, the workbook's default words)
read as an Excel number format with that many places shows them (see tests/workbook/test_layout.py)."""

from __future__ import annotations

from goalplanner.core.i18n import fixed_number


def test_fixed_number_writes_every_place_groups_thousands_and_rounds_halves_away_from_zero():
    assert fixed_number(7123.9, 0) == "7,124"
    assert fixed_number(68, 1) == "68.0" and fixed_number(68.05, 1) == "68.1"  # 68.05 is 68.0499… as a float
    assert fixed_number(4.5, 2) == "4.50" and fixed_number(3.999, 2) == "4.00"
    assert fixed_number(228.5, 0) == "229" and fixed_number(-228.5, 0) == "-229"
    assert fixed_number(-0.4, 0) == "0"  # never "-0"
