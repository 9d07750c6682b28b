"""File → Restore from backup…: pick one of the plan's verified backups; a copy of it opens."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.i18n import QT_TRANSLATE_NOOP

REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made with Back up now"),
    "pre-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before a format upgrade"),
}


class RestoreDialog(QDialog):
    """The backups of one plan, newest first; the chosen one is ``chosen()``."""

    def __init__(self, plan: Path, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        intro = QLabel(
            self.tr(
                "Backups of {0}, newest first. A copy of the one you choose is saved as a new file "
                "beside the plan and opened; the plan and its backups stay as they are."
            ).format(plan.name),
            wordWrap=True,
        )
        self.list = QListWidget(objectName="backup_list")
        locale = QLocale()
        for backup in backups:
            stat = backup.stat()
            when = QDateTime(datetime.fromtimestamp(stat.st_mtime))
            reason = backup.stem.rsplit("--", 1)[-1]
            text = self.tr("{0} · {1} · {2}").format(
                locale.toString(when, QLocale.FormatType.LongFormat),
                self.tr(REASONS.get(reason, reason)),
                locale.formattedDataSize(stat.st_size),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(self.tr("&Open a copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if backups:
            layout.addWidget(self.list, 1)
        else:
            layout.addWidget(QLabel(self.tr("This plan has no backups yet. File → Back up now makes one."),
                                    wordWrap=True))  # fmt: skip
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
