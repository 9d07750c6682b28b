"""The window when backups fail (the plan opens, a note says why, once) and on a plan left unfinished."""

from __future__ import annotations

import hashlib
from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox

from goalplanner import paths
from goalplanner.app import build_main_window
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from tests.reliability.bad_files import good_plan, spoil
from tests.reliability.test_bad_files_gui import answer_with
from tests.ui.conftest import open_plan, wait_opened


def notes(window) -> list[QMessageBox]:
    """The non-modal notes the window shows now."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def sample(path):
    Store.create(path, lambda store: write_sample_plan(store, date(2025, 3, 12)))
    return path


def test_a_failing_backup_folder_opens_the_plan_and_says_so_once(window, tmp_path, monkeypatch, qtbot):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(paths.BACKUP_DIR_VARIABLE, str(blocker))
    plan = sample(tmp_path / "team.goalplan")
    window.show()
    assert open_plan(qtbot, window, plan)
    note = window.plan_files.backup_note
    assert note is not None and note.isVisible() and not note.isModal()
    assert "cannot be backed up" in note.text() and "Not a directory" in note.text()
    assert str(blocker) in note.informativeText() and paths.BACKUP_DIR_VARIABLE in note.informativeText()
    assert QApplication.activeModalWidget() is None  # nothing waits for an answer
    goal = window.store.list_goals()[1]
    window.store.add_checkin(goal.id, date(2025, 3, 14), 150.0, "saved while backups fail")
    note.close()
    qtbot.waitUntil(lambda: window.plan_files.backup_note is None)
    other = sample(tmp_path / "other.goalplan")
    assert open_plan(qtbot, window, other)  # the same folder still fails: said once already
    assert open_plan(qtbot, window, plan)
    assert window.plan_files.backup_note is None and notes(window) == []
    assert any(c.note == "saved while backups fail" for c in window.store.checkins(goal.id))


def test_the_app_opens_a_plan_whose_backups_fail(qtbot, settings, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.BACKUP_DIR_VARIABLE, str(tmp_path / "no" / "such"))
    (tmp_path / "no").write_text("")
    plan = sample(tmp_path / "team.goalplan")
    window, _reporter = build_main_window(settings, plan)
    qtbot.addWidget(window)
    wait_opened(qtbot, window)
    assert window.store is not None and len(window.store.list_goals()) == 7
    assert window.plan_files.backup_note is not None
    window.plan_files.backup_note.close()
    window.store.close()


def test_a_zero_byte_plan_at_the_default_path_is_offered_to_be_replaced(qtbot, window, private_home):
    default = paths.default_plan_path()
    default.write_bytes(b"")
    seen = []
    answer_with("Replace with a new plan", seen)
    assert open_plan(qtbot, window, default, create=True) is False  # refused first, then asked
    text, details, buttons = seen[0]
    assert "is empty (0 bytes)" in text
    assert "Replace it with a new, empty plan?" in details and "Replace with a new plan" in buttons
    assert window.store is not None and window.store.path == default
    assert window.store.list_goals() == [] and default.stat().st_size > 0


def test_a_half_made_plan_can_be_kept_as_it_is(qtbot, window, tmp_path):
    half = tmp_path / "half.goalplan"
    half.write_bytes(b"SQLite format 3\x00" + bytes(40))  # the header was being written
    seen = []
    answer_with("Close", seen)
    open_plan(qtbot, window, half)
    assert "Replace with a new plan" in seen[0][2]
    assert window.store is None and half.read_bytes() == b"SQLite format 3\x00" + bytes(40)


def test_a_real_plan_is_never_offered_to_be_replaced(qtbot, window, tmp_path):
    for kind in ("cut short", "random bytes", "newer format"):
        path = spoil(good_plan(tmp_path / f"{kind}.goalplan"), kind)
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        seen = []
        answer_with("Close", seen)
        open_plan(qtbot, window, path)
        assert "Replace with a new plan" not in seen[0][2], kind
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
