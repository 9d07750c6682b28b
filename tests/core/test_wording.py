"""Counts in their plural forms and sentences spaced as each language writes them, below the UI."""

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

from goalplanner.core.i18n import (
    ENGLISH,
    NO_BREAK,
    Wording,
    english,
    filled,
    join_sentences,
    keep_with_number,
    unspaced,
)
from goalplanner.core.model import Goal, Resources
from goalplanner.core.resource_summary import COVERS, ResourceLine
from goalplanner.core.resources import resource_path
from goalplanner.core.smart import UNDERSTAFFED, sentence
from goalplanner.core.staffing import StaffingInputs


def shipped(language: str):
    """A translate function reading the shipped goalplanner_LANG.ts, as Qt reads its .qm (no plurals)."""
    root = ET.parse(resource_path("translations", f"goalplanner_{language}.ts")).getroot()
    texts = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                texts[(context.findtext("name"), message.findtext("source"))] = translation.text

    def translate(context: str, text: str, n: int = -1) -> str:
        return texts.get((context, text), text)

    return translate


def test_english_writes_one_and_many_with_the_forms_of_goalplanner_en():
    assert english("ExcelTransfer", "Exported %n goal(s) to {0}", 1) == "Exported 1 goal to {0}"
    assert english("ExcelTransfer", "Exported %n goal(s) to {0}", 7) == "Exported 7 goals to {0}"
    assert english("ExcelTransfer", "Exported %n goal(s) to {0}", 0) == "Exported 0 goals to {0}"
    # the verb agrees as well, which "(s)" alone cannot say
    cells = "%n cell(s) need correcting: nothing will be imported."
    assert english("ImportPreview", cells, 1) == "1 cell needs correcting: nothing will be imported."
    assert english("ImportPreview", cells, 3) == "3 cells need correcting: nothing will be imported."
    assert english("DueListModel", "{0} — due {1}, %n day(s) late", 6) == "{0} — due {1}, 6 days late"
    # a text not in the English file yet still reads as English, never "(s)"
    assert english("Anywhere", "%n thing(s) left", 1) == "1 thing left"
    assert english("Anywhere", "%n thing(s) left", 2) == "2 things left"
    assert english("Anywhere", "No count here (s)") == "No count here (s)"


def test_a_finding_counts_one_agent_and_twelve_agents():
    params = {"scheduled": 2, "headcount": 1, "available": 0.7}
    one = UNDERSTAFFED.finding(n=1, **params).message
    assert one.startswith("The queue needs 1 agent on the phones (2 on the rota); a headcount of 1 gives")
    twelve = UNDERSTAFFED.finding(n=12, **params).message
    assert twelve.startswith("The queue needs 12 agents on the phones")


def test_the_count_reaches_the_languages_translate_which_chooses_the_form():
    asked = []

    def romanian(context: str, text: str, n: int = -1) -> str:
        asked.append(n)
        forms = ("Acoperă %n contact.", "Acoperă %n contacte.", "Acoperă %n de contacte.")
        return forms[0 if n == 1 else 1 if n == 0 or 1 < n % 100 < 20 else 2].replace("%n", str(n))

    wording = Wording(translate=romanian)
    line = ResourceLine("budget", ((COVERS, {"n": 1}), (COVERS, {"n": 5}), (COVERS, {"n": 40})))
    assert line.text(wording) == "Acoperă 1 contact. Acoperă 5 contacte. Acoperă 40 de contacte."
    assert asked == [1, 5, 40]
    assert ResourceLine("budget", ((COVERS, {"n": 40_000}),)).text(ENGLISH) == "It covers 40,000 contacts."


def test_resources_count_agents_and_short_weeks_in_english():
    goal = Goal(kpi="wait_time", unit="s", direction="decrease", baseline=240, target=120,
                start=date(2026, 1, 5), deadline=date(2026, 2, 16))  # fmt: skip
    staffed = replace(goal, resources=Resources(staffing=StaffingInputs(contacts=1), headcount=1))
    from goalplanner.core.resource_summary import staffing_parts

    text = ResourceLine("staffing", staffing_parts(staffed)).text(ENGLISH)
    assert "needs 1 agent on the phones" in text.lower() and "agent(s)" not in text


CHINESE_GOAL = Goal(
    title="把平均来电等待时长减半",
    owner="王芳",
    scope="客服 一组",  # typed with a space: kept as typed
    kpi="wait_time",
    unit="s",
    direction="decrease",
    baseline=240,
    target=120,
    start=date(2026, 1, 5),
    deadline=date(2026, 2, 16),
    why="客户抱怨等待太久",
)


def test_the_chinese_sentence_has_no_spaces_between_its_words():
    text = sentence(CHINESE_GOAL, Wording(translate=shipped("zh_CN")))
    assert "客服 一组的平均来电等待时长从 240 s 降低到 120 s" in text, text
    assert text.startswith("王芳将在 2026-02-16 前把")  # a space stays next to digits and Latin letters
    spaced = [a + " " + b for a, b in re.findall(r"(\S) (?=(\S))", text) if unspaced(a) and unspaced(b)]
    assert spaced == ["服 一"], text  # none but the one typed inside the scope


def test_korean_keeps_its_spaces_between_words():
    korean = Wording(translate=shipped("ko"))
    text = sentence(replace(CHINESE_GOAL, owner="김민지", scope="상담 1팀", why="고객 불만이 많아서"), korean)
    assert text.startswith("김민지 책임하에 2026-02-16까지 상담 1팀의 ")
    assert filled("{a} 의 {b}", {"a": "가", "b": "나"}) == "가 의 나"  # Hangul is written with spaces


def test_spaces_between_chinese_words_go_only_where_the_template_put_them():
    assert filled("{a} 的 {b}", {"a": "客服", "b": "时长"}) == "客服的时长"
    assert filled("{a} 的 {b}", {"a": "Team A", "b": "AHT"}) == "Team A 的 AHT"
    assert filled("{a} {b}", {"a": "王 芳", "b": "李娜"}) == "王 芳李娜"
    assert filled("{a} will cut {b}", {"a": "王芳", "b": "时长"}) == "王芳 will cut 时长"
    assert filled("{{literal}} {a}", {"a": "x"}) == "{literal} x"


def test_a_number_keeps_its_unit_on_its_line():
    assert (
        keep_with_number("150 / s at 150 s, 30 분")
        == f"150{NO_BREAK}/{NO_BREAK}s at 150{NO_BREAK}s, 30{NO_BREAK}분"
    )
    assert keep_with_number("wait time") == "wait time"


def test_sentences_follow_each_other_as_each_language_writes_them():
    assert join_sentences(["Yes, available.", "", "Amount: 12,000."]) == "Yes, available. Amount: 12,000."
    assert join_sentences(["是，已具备。", "金额：12,000。"]) == "是，已具备。金额：12,000。"  # noqa: RUF001
    assert join_sentences(["예, 있습니다.", "금액: 12,000."]) == "예, 있습니다. 금액: 12,000."
