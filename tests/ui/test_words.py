"""Words in the window: counts in each language's plural forms, Chinese without spaces between its
words, Korean and Chinese numbers kept with their units on one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from goalplanner.core.i18n import NO_BREAK, unspaced
from goalplanner.ui.formatting import format_value, ui_wording
from goalplanner.ui.language import apply_language, remove_translations
from tests.ui.conftest import wait_opened

SHOTS = Path("/tmp/shots")


@pytest.fixture
def restore_language(qapp):
    before = QLocale()
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def test_the_chinese_goal_sentence_has_no_spaces_between_its_words(window, qtbot, restore_language):
    from tests.ui.test_language import choose_in_settings

    choose_in_settings(window, "zh_CN")
    window.plan_files.open_sample_plan()
    wait_opened(qtbot, window)
    window.resize(900, 600)
    window.show()
    goal = next(g for g in window.store.list_goals() if g.kpi == "wait_time")
    window.select_goal(goal.id)
    shown = window.detail.sentence_label.text()
    assert shown and any(unspaced(c) for c in shown)
    spaced = [a + " " + b for a, b in re.findall(r"(\S) (?=(\S))", shown) if unspaced(a) and unspaced(b)]
    assert spaced == [], shown
    assert "的平均来电等待时长从" in shown
    assert f"{NO_BREAK}s" in shown or "秒" in shown  # its numbers keep their units
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "sentence-zh_CN-900x600.png"))


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_korean_and_chinese_keep_a_number_with_its_unit(qapp, restore_language, language):
    apply_language(qapp, QLocale(language))
    assert format_value(150, "s", QLocale()) == f"150{NO_BREAK}s"
    wording = ui_wording()
    from goalplanner.core.smart import UNDERSTAFFED

    text = UNDERSTAFFED.finding(n=1, scheduled=2, headcount=1, available=0.7).text(wording)
    assert not re.search(r"\d \S", text), text


def test_english_keeps_plain_spaces_and_counts_in_english(qapp, restore_language):
    apply_language(qapp, QLocale("en_US"))
    assert format_value(150, "s", QLocale()) == "150 s"
    from goalplanner.core.smart import UNDERSTAFFED

    one = UNDERSTAFFED.finding(n=1, scheduled=2, headcount=1, available=0.7).text(ui_wording())
    assert one.startswith("The queue needs 1 agent on the phones (2 on the rota)")


def test_korean_counts_through_its_translation(qapp, restore_language):
    apply_language(qapp, QLocale("ko"))
    exported = QCoreApplication.translate("ExcelTransfer", "Exported %n goal(s) to {0}", None, 1)
    assert "1" in exported and "(s)" not in exported and "goal" not in exported
    # a count below the UI (core's wording) goes through Korean's own form too, never with "(s)"
    text = ui_wording().text("Resources", "It covers %Ln contact(s).", {"n": 1})
    assert "1" in text and "(s)" not in text and "contact" not in text, text
