"""The first-week guide: a file per language, English as the fallback, saying what the app does."""

import re
from datetime import date
from pathlib import Path

import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.guide import (
    FOLDERS_MARK,
    OPEN_SAMPLE_LINK,
    SECTIONS,
    SHORTCUTS_MARK,
    fill_guide,
    folders_list,
    guide_path,
    plain_command,
    shortcuts_table,
)
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate
from goalplanner.core.resources import resource_path

LANGUAGES = ("en", "zh_CN", "ko", "ro", "nb")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_whole_guide(language):
    path = resource_path("help", f"first_week.{language}.html")
    text = path.read_text(encoding="utf-8")
    assert guide_path(language) == path
    for anchor in SECTIONS:
        assert f'<a name="{anchor}"></a>' in text, anchor  # each section can be opened from the menu
        assert f'href="#{anchor}"' in text, anchor  # and from the contents line
    assert text.count(SHORTCUTS_MARK) == 1 and text.count(FOLDERS_MARK) == 1
    assert f'href="{OPEN_SAMPLE_LINK}"' in text
    assert f'lang="{language.replace("_", "-")}"' in text


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_translation_gives_the_same_numbers_as_the_english(language):
    def numbers(path: Path) -> set[str]:
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).replace("&nbsp;", " ")
        return set(re.findall(r"\d+(?:%| s(?![A-Za-z]))", text))  # Korean particles follow "s" directly

    english = numbers(resource_path("help", "first_week.en.html"))
    assert {"240 s", "120 s", "180 s", "186 s", "90%", "75%", "25%"} <= english
    assert numbers(resource_path("help", f"first_week.{language}.html")) == english


@pytest.mark.parametrize(
    ("language", "chosen"),
    [("ko", "ko"), ("ko_KR", "ko"), ("zh_CN", "zh_CN"), ("nb_NO", "nb"), ("ro_RO", "ro"), ("de", "en"),
     ("en_GB", "en"), ("", "en"), ("C", "en")],
)  # fmt: skip
def test_the_guide_is_the_languages_own_else_english(language, chosen):
    assert guide_path(language) == resource_path("help", f"first_week.{chosen}.html")


def test_the_guides_worked_example_is_judged_as_the_app_judges_it():
    # "from 240 s to 120 s in six weeks; three weeks in the plan says 180 s: 186 s is on track (90%),
    # 190 s at risk (83%), 200 s off track (67%)"
    goal = Goal(
        title="Cut the average call wait",
        kpi="wait_time",
        unit="s",
        direction="decrease",
        baseline=240,
        target=120,
        start=date(2025, 1, 6),
        deadline=date(2025, 2, 16),
        state="active",
    )
    three_weeks_in = date(2025, 1, 26)
    found = {}
    for actual in (186, 190, 200):
        checkin = CheckIn(goal_id=1, on=three_weeks_in, actual=actual)
        judged = evaluate(goal, plan_for(goal), [checkin], three_weeks_in).judged[-1]
        assert judged.planned == 180
        found[actual] = (judged.status.code, round(judged.status.achievement * 100))
    assert found == {186: ("on_track", 90), 190: ("at_risk", 83), 200: ("off_track", 67)}


@pytest.mark.parametrize(
    ("menu_text", "said"),
    [("&New goal…", "New goal"), ("文件(&F)", "文件"), ("새 목표(&N)…", "새 목표"),
     ("Save && quit", "Save & quit"), ("Deschide planul de e&xemplu", "Deschide planul de exemplu"),
     ("Goals", "Goals")],
)  # fmt: skip
def test_a_menu_command_is_named_without_its_accelerator_or_ellipsis(menu_text, said):
    assert plain_command(menu_text) == said


def test_the_app_fills_in_the_shortcuts_and_folders_escaped():
    guide = f"<p>before</p>{SHORTCUTS_MARK}<p>between</p>{FOLDERS_MARK}"
    shortcuts = shortcuts_table([("Ctrl+N", "New <goal>", "Goal")], ("Keys", "Command", "Menu"))
    folders = folders_list([("This plan", Path("/home/a&b/plan.goalplan"), "file:///home/a&b")], "Open")
    filled = fill_guide(guide, shortcuts, folders)
    assert SHORTCUTS_MARK not in filled and FOLDERS_MARK not in filled
    assert "New &lt;goal&gt;" in filled and "<b>Ctrl+N</b>" in filled
    assert "/home/a&amp;b/plan.goalplan" in filled and "href='file:///home/a&amp;b'" in filled
    assert (
        filled.index("before") < filled.index("Ctrl+N") < filled.index("between") < filled.index("This plan")
    )
