"""``goalplanner report``: the sheet or the pack as PDF from the command line, the plan left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalplanner.store import Store
from tests.report_pdf import fonts, needs_poppler, page_count, pdf_text
from tests.test_cli import goalplanner

# The report is drawn with Qt (QPdfWriter): the headless run, which has no Qt, leaves it out.
pytest.importorskip("PySide6")


def sample(tmp_path: Path, home: Path) -> Path:
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=home).returncode == 0
    return plan


@needs_poppler
def test_report_writes_one_goals_sheet_and_the_pack(tmp_path, private_home):
    plan = sample(tmp_path, private_home)
    before = plan.read_bytes()
    with Store.open_reader(plan) as store:
        goals = [goal for goal in store.list_goals() if goal.state == "active"]
    first = goals[0]
    one = goalplanner("report", "--db", plan, "--goal", first.id, "-o", tmp_path / "one.pdf",
                      "--language", "en_US", home=private_home)  # fmt: skip
    assert one.returncode == 0, one.stderr
    assert one.stdout.strip().endswith("(1 page)")
    assert page_count(tmp_path / "one.pdf") == 1
    assert first.owner in pdf_text(tmp_path / "one.pdf")
    pack = goalplanner(
        "report", "--db", plan, "-o", tmp_path / "pack.pdf", "--language", "en_US", home=private_home
    )
    assert pack.returncode == 0, pack.stderr
    assert page_count(tmp_path / "pack.pdf") == 1 + len(goals)
    assert "Off track" in pdf_text(tmp_path / "pack.pdf", 2)  # the worst goal first
    assert plan.read_bytes() == before  # a read command


@needs_poppler
def test_report_in_korean_embeds_its_fonts(tmp_path, private_home):
    plan = sample(tmp_path, private_home)
    result = goalplanner(
        "report", "--db", plan, "-o", tmp_path / "pack.pdf", "--language", "ko", home=private_home
    )
    assert result.returncode == 0, result.stderr
    assert "궤도 이탈" in pdf_text(tmp_path / "pack.pdf", 2)  # "Off track"
    assert all(embedded for _name, embedded in fonts(tmp_path / "pack.pdf"))


def test_report_refuses_unknown_goals_and_other_formats(tmp_path, private_home):
    plan = sample(tmp_path, private_home)
    missing = goalplanner("report", "--db", plan, "--goal", 999, "-o", tmp_path / "x.pdf", home=private_home)
    assert missing.returncode == 2 and "has no goal 999" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    wrong = goalplanner("report", "--db", plan, "-o", tmp_path / "x.png", home=private_home)
    assert wrong.returncode == 2 and "must end in .pdf" in wrong.stderr
