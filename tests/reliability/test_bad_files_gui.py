"""Opening every kind of bad file in the window: its own message, the file untouched, a backup offered."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from goalplanner import paths
from tests.reliability.bad_files import KINDS, SAYS, good_plan, read_only_medium, spoil
from tests.ui.conftest import open_plan, wait_opened


def answer_with(button_text: str, seen: list[tuple[str, str, list[str]]]) -> None:
    """Click ``button_text`` in the next message box, noting its text, details and buttons."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        buttons = [b.text() for b in box.buttons()]
        seen.append((box.text(), box.informativeText(), buttons))
        next((b for b in box.buttons() if b.text() == button_text), box.buttons()[0]).click()

    QTimer.singleShot(0, answer)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", KINDS)
def test_each_bad_file_is_explained_left_alone_and_its_backup_offered(qtbot, window, tmp_path, kind):
    path = spoil(good_plan(tmp_path / "team.goalplan"), kind)
    before = digest(path)
    seen = []
    answer_with("Open a copy of the backup", seen)
    open_plan(qtbot, window, path)
    text, details, buttons = seen[0]
    assert SAYS[kind] in text
    assert "verified backup" in details and "Open a copy of the backup" in buttons
    assert digest(path) == before  # the bad file itself is never written to
    restored = window.store.path
    assert restored != path and restored.name.startswith("team (restored ")
    assert len(window.store.list_goals()) == 7  # the backup's goals, in a new file


def test_the_messages_of_the_kinds_all_differ(qtbot, window, tmp_path):
    texts = set()
    for kind in KINDS:
        path = spoil(good_plan(tmp_path / f"{kind}.goalplan"), kind)
        seen = []
        answer_with("Close", seen)
        assert not open_plan(qtbot, window, path)
        texts.add(seen[0][0].replace(str(path), "PATH"))
    assert len(texts) == len(KINDS)


def test_a_plan_on_a_read_only_medium_opens_as_a_copy(qtbot, window, tmp_path):
    with read_only_medium(tmp_path / "medium") as seal:
        path = good_plan(tmp_path / "medium" / "plan.goalplan")
        seal()
        before = digest(path)
        seen = []
        answer_with("Open a copy", seen)
        open_plan(qtbot, window, path)
        assert SAYS["read-only medium"] in seen[0][0]
        assert window.store is not None and window.store.path.parent == paths.data_dir()
        assert window.store.path.name == "plan (copy).goalplan"
        assert len(window.store.list_goals()) == 7
        assert digest(path) == before
        window.plan_files.close()


def test_restore_from_backup_opens_a_copy_of_the_chosen_backup(qtbot, sample_window, tmp_path):
    window = sample_window
    original = window.store.path
    goal = window.store.list_goals()[1]
    window.plan_files.back_up_now()
    before = len(window.store.checkins(goal.id))
    window.store.add_checkin(goal.id, window.store.checkins(goal.id)[-1].on, 150.0, "after the backup")
    dialog = window.plan_files.restore_from_backup()
    assert dialog.list.count() >= 1 and "Back up now" in dialog.list.item(0).text()
    dialog.open_button.click()
    wait_opened(qtbot, window)
    assert window.store.path != original and "(restored " in window.store.path.name
    assert len(window.store.checkins(goal.id)) == before  # as it was at the backup
    window.plan_files.close()
    from goalplanner.store import Store

    with Store.open(original) as kept:  # the plan itself keeps everything
        assert len(kept.checkins(goal.id)) == before + 1


def test_another_plans_wal_is_explained_and_set_aside_on_request(qtbot, window, tmp_path):
    from tests.reliability.test_damage_below_header import goalplanner_leaves_in_wal, sample_plan, state

    folder = tmp_path / "plans"
    folder.mkdir()
    plan = sample_plan(folder / "team.goalplan", tmp_path / "made")
    other = sample_plan(tmp_path / "other.goalplan", tmp_path / "made")
    wal = plan.with_name(plan.name + "-wal")
    wal.write_bytes(goalplanner_leaves_in_wal(other).read_bytes())
    before = state(folder)

    seen = []
    answer_with("Close", seen)
    assert not open_plan(qtbot, window, plan)
    text, details, buttons = seen[0]
    assert "holds the changes of another plan" in text and "Set it aside and open" in buttons
    assert "team.goalplan-wal.another-plan" in details
    assert state(folder) == before  # refused: the plan and the -wal byte-identical

    seen = []
    answer_with("Set it aside and open", seen)
    open_plan(qtbot, window, plan)
    assert window.store is not None and window.store.path == plan.absolute()
    notes = {c.note for goal in window.store.list_goals() for c in window.store.checkins(goal.id)}
    assert "only in the WAL" not in notes  # the other plan's check-in stayed out
    aside = folder / "team.goalplan-wal.another-plan"
    assert digest(aside) == before["team.goalplan-wal"]  # kept whole, for the plan it belongs to
