from tests.conftest import HAVE_QT

if HAVE_QT:
    from tests.ui.conftest import sample_window, settings, window  # noqa: F401  (shared window fixtures)
else:
    collect_ignore_glob = ["*_gui.py"]  # the window's tests; the rest run without Qt too
