from tests.conftest import HAVE_QT

if HAVE_QT:
    from tests.ui.conftest import sample_window, settings, window  # noqa: F401  (shared window fixtures)
else:
    collect_ignore = ["test_locks.py", "test_bad_files_gui.py", "test_hostile_gui.py"]
