"""Typed dates are read as the day they name, or named as a problem: never guessed into another day."""

from datetime import date

import pytest

from goalplanner.core.typed_dates import (
    NOT_A_DATE,
    SHORT_YEAR,
    TypedDate,
    field_order,
    four_digit_years,
    part_at,
    part_end,
    read_typed_date,
    stepped,
)


@pytest.mark.parametrize(
    ("date_format", "order", "full"),
    [
        ("M/d/yy", "MDY", "M/d/yyyy"),  # en_US
        ("dd/MM/yyyy", "DMY", "dd/MM/yyyy"),  # en_GB
        ("yy. M. d.", "YMD", "yyyy. M. d."),  # ko_KR
        ("yyyy/M/d", "YMD", "yyyy/M/d"),  # zh_CN
        ("dd.MM.yyyy", "DMY", "dd.MM.yyyy"),  # ro_RO, nb_NO
        ("d 'de' MMM yy", "DMY", "d 'de' MMM yyyy"),
    ],
)
def test_the_order_and_full_year_of_each_locale_format(date_format, order, full):
    assert field_order(date_format) == order
    assert four_digit_years(date_format) == full


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("1/7/2027", "MDY"),
        ("01/07/2027", "MDY"),
        ("7/1/2027", "DMY"),
        ("07.01.2027", "DMY"),
        ("2027. 1. 7.", "YMD"),
        ("2027/1/7", "YMD"),
        ("2027-01-07", "MDY"),  # ISO reads the same in every locale
        ("2027-01-07", "DMY"),
        (" 2027-1-7 ", "DMY"),
        ("2027년 1월 7일", "DMY"),
        ("2027年1月7日", "MDY"),
    ],
)
def test_a_date_in_the_locales_order_or_iso_is_read_as_typed(text, order):
    assert read_typed_date(text, order) == TypedDate(day=date(2027, 1, 7))


def test_a_two_digit_year_is_a_question_with_the_date_it_probably_means():
    assert read_typed_date("1/7/27", "MDY") == TypedDate(problem=SHORT_YEAR, meant=date(2027, 1, 7))
    assert read_typed_date("1/7/27", "DMY") == TypedDate(problem=SHORT_YEAR, meant=date(2027, 7, 1))
    assert read_typed_date("27. 1. 7.", "YMD") == TypedDate(problem=SHORT_YEAR, meant=date(2027, 1, 7))


@pytest.mark.parametrize(
    "text",
    ["tomorrow", "1/7", "13/13/2027", "31/2/2027", "2/30/2027", "1/7/027", "1/7/20271", "0202-01-07",
     "123/1/2027", "1/7/2027/5", "1/7/2O27", "13/13/13"],
)  # fmt: skip
def test_what_names_no_day_is_a_problem_not_a_guess(text):
    assert read_typed_date(text, "MDY") == TypedDate(problem=NOT_A_DATE)


def test_empty_text_is_no_date_and_no_problem():
    assert read_typed_date("  ", "DMY") == TypedDate()


@pytest.mark.parametrize(
    ("text", "order", "position", "part"),
    [
        ("1/7/2027", "MDY", 0, "M"),
        ("1/7/2027", "MDY", 1, "M"),  # just after the month
        ("1/7/2027", "MDY", 2, "D"),
        ("1/7/2027", "MDY", 8, "Y"),
        ("07/01/2027", "DMY", 4, "M"),
        ("2027. 1. 7.", "YMD", 11, "D"),
        ("2027-01-07", "DMY", 0, "Y"),  # ISO is year first whatever the locale
    ],
)
def test_the_part_under_the_cursor(text, order, position, part):
    assert part_at(text, order, position) == part


def test_where_each_part_ends():
    assert [part_end("1/7/2027", "MDY", part) for part in "MDY"] == [1, 3, 8]
    assert part_end("2027. 1. 7.", "YMD", "D") == 10


@pytest.mark.parametrize(
    ("part", "steps", "after"),
    [
        ("D", 1, date(2027, 2, 1)),
        ("D", -31, date(2026, 12, 31)),
        ("M", 1, date(2027, 2, 28)),  # no 31 February: the month's last day
        ("M", -1, date(2026, 12, 31)),
        ("Y", 1, date(2028, 1, 31)),
    ],
)
def test_stepping_a_part_moves_only_that_part(part, steps, after):
    assert stepped(date(2027, 1, 31), part, steps) == after


def test_29_february_stepped_a_year_is_28_february():
    assert stepped(date(2028, 2, 29), "Y", 1) == date(2029, 2, 28)
