"""``goalplanner report``: one goal's sheet or the meeting pack as a PDF, without the window.

Kept out of cli.py, which loads no Qt: this command needs a QGuiApplication (offscreen where there is
no display) for Qt's PDF writer, fonts and translations. It reads the plan as the other read commands
do, so the file is never changed.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path


def _gui_application(language: str | None):
    """A QGuiApplication in the report's language: ``language``, else the one chosen in Settings."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
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


def run_report(db: Path | None, output: Path, goal_id: int | None, language: str | None = None) -> int:
    """Write the sheet of ``goal_id``, or the pack of every active goal, to ``output`` (a .pdf)."""
    from goalplanner.cli import EXIT_OK, EXIT_UNUSABLE, _existing, _refuse_damaged, _warned
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError

    if output.suffix.lower() != ".pdf":
        print(f"goalplanner: {output} must end in .pdf", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    _app = _gui_application(language)  # kept alive while the pages are made
    from goalplanner.ui.report.content import read_plan
    from goalplanner.ui.report.document import write_report

    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            plan = read_plan(store, date.today(), goal_id)
    except KeyError:
        print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
        return EXIT_UNUSABLE
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        write_report(output, plan)
    except ExportError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    pages = len(plan.sheets) + (1 if plan.pack else 0)
    print(f"wrote {output} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK
