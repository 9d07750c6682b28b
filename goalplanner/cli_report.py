"""``goalplanner report``'s PDF: one goal's sheet or the meeting pack, laid out without the window.

Kept out of cli.py, which loads no Qt: laying out the pages needs a QGuiApplication (offscreen where
there is no display) for Qt's PDF writer, fonts and translations. cli.py reads the plan, read-only, as
its other read commands do, and hands it here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from goalplanner.ui.report.content import PlanReport

EXIT_OK, EXIT_UNUSABLE = 0, 2  # as goalplanner.cli's


def _gui_application(language: str | None):
    """A QGuiApplication in the report's language: ``language``, else the one chosen in Settings."""
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server, CI, a cron job
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtGui import QGuiApplication

    from goalplanner import paths
    from goalplanner.ui.language import apply_language, chosen_language

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationName(paths.APP_NAME)
    apply_language(app, QLocale(language) if language else chosen_language(QSettings()))
    return app


def write_pdf_report(output: Path, plan: PlanReport, language: str | None = None) -> int:
    """Write ``plan``'s sheet or pack to ``output`` in ``language``; the exit code."""
    from goalplanner.files import ExportError

    _app = _gui_application(language)  # kept alive while the pages are made
    from goalplanner.ui.report.document import write_report

    try:
        write_report(output, plan)
    except ExportError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    pages = len(plan.sheets) + (1 if plan.pack else 0)
    print(f"wrote {output} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK
