"""A tampered plan opened in the window: what is wrong is said (with the newest good backup offered
when there is one, as for any damaged plan), the plan is never shown half and never backed up as if it
were good (issue 18, item 2, the window's side)."""

from __future__ import annotations

import pytest

from goalplanner import paths
from tests.reliability.tampered import CASES, tamper
from tests.reliability.test_bad_files_gui import answer_with
from tests.ui.conftest import open_plan

BY_NAME = {case.name: case for case in CASES}


@pytest.mark.parametrize(
    "name", ["actual 'abc'", "a parent loop 2-3", "a trigger that deletes goals", "an emptied plan_info"]
)
def test_a_tampered_plan_is_explained_not_shown_and_not_backed_up(qtbot, window, tmp_path, name):
    plan = tamper(tmp_path, BY_NAME[name])
    seen: list[tuple[str, str, list[str]]] = []
    answer_with("Close", seen)
    assert not open_plan(qtbot, window, plan)
    text, _details, _buttons = seen[0]
    assert "is damaged" in text and "goalplanner check" in text
    assert window.store is None  # nothing shown half
    backups = [p for p in paths.backups_dir().rglob("*") if p.is_file() and "tampered" in p.name]
    assert backups == []  # a damaged plan is never backed up as a good one
