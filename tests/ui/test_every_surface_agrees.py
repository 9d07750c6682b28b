"""One truth, held by a property test: for generated plans of every goal kind (increase, decrease,
range x level, flow x weekly, monthly x partial first and last periods x check-ins on any day), the
window's goal list, the detail's history, the chart's markers, ``goalplanner status --json`` and the
exported workbook after LibreOffice recalculates it all say what core's evaluation says.

Each example is one plan file with a few goals (the second under the first, so roll-ups count) and
one workbook, recalculated by one LibreOffice run.
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import replace
from datetime import date

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goalplanner.cli import main as cli
from goalplanner.core.breakdown import plan_for
from goalplanner.core.progress import NO_DATA, evaluate, latest_by_period, status_plan
from goalplanner.core.rollup import roll_up_plan
from goalplanner.store import Store
from goalplanner.workbook.data import snapshot
from goalplanner.workbook.text import ExcelText
from goalplanner.workbook.writer import COLUMN, PLAN_HEADER_ROW, export_workbook
from tests.goal_kinds import goal_cases
from tests.ui.conftest import open_plan
from tests.ui.surfaces import chart_markers, history_statuses, list_status, shown_goal_chart
from tests.workbook.libreoffice import recalculated, soffice

TODAY = date.today()
WORDS = ExcelText()
JSON_CODE = {NO_DATA: "no_checkin"}


def whole(share: float | None) -> float | None:
    """An achievement as the history shows it: whole percent (see core.i18n.shown_percent)."""
    from goalplanner.core.i18n import shown_percent

    return None if share is None else shown_percent(share) / 100


def write_plan(path, cases) -> list[int]:
    """The cases as goals of a new plan file, the second under the first; their ids in order."""
    ids: list[int] = []
    with Store.open(path) as store:
        for number, case in enumerate(cases):
            parent = ids[0] if number == 1 else None
            goal = replace(case.goal, title=f"{number + 1}. {case.goal.title}", parent_id=parent)
            goal_id = store.save_goal(goal, plan_for(goal))
            store.add_checkins(replace(c, goal_id=goal_id) for c in case.checkins)
            ids.append(goal_id)
    return ids


def core_view(path):
    """What core says: each goal's full evaluation, and the roll-ups, as the window's session judges."""
    with Store.open(path) as store:
        full = {
            g.id: evaluate(g, store.subtargets(g.id), store.checkins(g.id), TODAY) for g in store.list_goals()
        }
        plans = {g.id: store.subtargets(g.id) for g in store.list_goals()}
    return full, roll_up_plan(full), plans


def status_json(path) -> dict[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["status", "--db", str(path), "--json"]) == 0
    return {entry["id"]: entry for entry in json.loads(out.getvalue())}


def workbook_rows(path, full, plans) -> list[tuple[tuple, object, str]]:
    """(recalculated Achievement and Status cells, core's judgement, where) for each shown check-in."""
    with Store.open(path) as store:
        plan = snapshot(store)
    report = export_workbook(plan, path.with_suffix(".xlsx"), today=TODAY)
    computed = openpyxl.load_workbook(recalculated(report.path), data_only=True)
    found = []
    for goal_id, evaluation in full.items():
        rows = status_plan(evaluation.goal, plans[goal_id])
        shown = latest_by_period([j.checkin for j in evaluation.judged], rows)
        judged = {j.checkin.id: j for j in evaluation.judged}
        sheet = computed[report.sheets[goal_id]]
        for index, sub in enumerate(rows):
            checkin = shown.get(sub.label)
            if checkin is not None:
                row = PLAN_HEADER_ROW + 1 + index
                cells = tuple(sheet.cell(row, COLUMN[key]).value for key in ("achievement", "status"))
                found.append((cells, judged[checkin.id], f"{evaluation.goal.title} {sub.label}"))
    return found


@pytest.fixture
def libreoffice() -> str:
    """LibreOffice, which recalculates the workbook: a failure on CI without it, a skip elsewhere."""
    return soffice()


@pytest.fixture
def window_for(qtbot, window):
    """Open a plan file in the (one, reused) main window."""

    def opening(path):
        assert open_plan(qtbot, window, path)
        window.show()
        return window

    return opening


@settings(derandomize=True, max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(st.lists(goal_cases(TODAY), min_size=2, max_size=4))
def test_every_surface_says_what_the_evaluation_says(libreoffice, window_for, tmp_path_factory, cases):
    path = tmp_path_factory.mktemp("agree") / "plan.goalplan"
    write_plan(path, cases)
    full, rollups, plans = core_view(path)
    window = window_for(path)
    cli_json = status_json(path)
    for goal_id, evaluation in full.items():
        where = evaluation.goal.title
        # the goal list: own status and, for the parent, the roll-up beside it
        own, together = list_status(window, goal_id)
        assert own == evaluation.status.code, where
        if together is not None:
            assert together == rollups[goal_id].code, where
        # the detail's history and the chart's markers, check-in by check-in
        expected = [(j.checkin.on, j.status.code, whole(j.status.achievement)) for j in evaluation.judged]
        assert history_statuses(window, goal_id) == expected, where
        markers = chart_markers(shown_goal_chart(window, goal_id))
        assert sorted(markers) == sorted((j.checkin.on, j.status.code) for j in evaluation.judged), where
        # goalplanner status --json
        entry = cli_json[goal_id]
        assert entry["status"] == JSON_CODE.get(evaluation.status.code, evaluation.status.code), where
        assert entry["rollup"]["code"] == JSON_CODE.get(rollups[goal_id].code, rollups[goal_id].code), where
        assert entry["next_checkin"] == (evaluation.next_due.isoformat() if evaluation.next_due else None)
        assert [(c["date"], c["status"]) for c in entry["checkins"]] == [
            (j.checkin.on.isoformat(), j.status.code) for j in evaluation.judged
        ], where
        for listed, judged in zip(entry["checkins"], evaluation.judged, strict=True):
            assert listed["achievement"] == pytest.approx(judged.status.achievement), where
    # the workbook, after LibreOffice recalculated every formula
    for (achievement, status), judged, where in workbook_rows(path, full, plans):
        assert status == WORDS.status(judged.status.code), where
        if judged.status.achievement is None:
            assert achievement in (None, ""), where
        else:
            assert achievement == pytest.approx(judged.status.achievement, abs=1e-6), where
    window.plan_files.close()
