"""The Help window: the first-week guide with the SMART primer, the keyboard shortcuts and the plan's folders.

The guide's prose is one HTML file per language (``core.guide``); this window fills in what only the
running app knows -- the shortcuts, read from the main window's actions so the list never goes stale,
and the folders of this computer -- and follows a language switch made while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from goalplanner import paths
from goalplanner.core.guide import (
    FIRST_WEEK,
    OPEN_SAMPLE_LINK,
    SECTIONS,
    fill_guide,
    folders_list,
    guide_path,
    plain_command,
    shortcuts_table,
)
from goalplanner.store import Store
from goalplanner.ui.language import ui_language

ANCHOR_ROLE = Qt.ItemDataRole.UserRole
STYLE = """
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; } h3 { font-size: medium; }
p.formula { margin-left: 24px; font-style: italic; } td, th { padding: 3px 10px 3px 0; }
dt { margin-top: 6px; } dd { margin-left: 18px; } table { margin-top: 6px; margin-bottom: 6px; }
"""


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager (its nearest existing parent if not made yet)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(keys, command, menu) for every action of ``window`` with a shortcut: menu by menu, then the rest."""
    rows, listed = [], set()

    def visit(menu_title: str, actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                visit(menu_title, action.menu().actions())
            elif action.shortcuts() and action not in listed:
                listed.add(action)
                native = QKeySequence.SequenceFormat.NativeText
                keys = ", ".join(key.toString(native) for key in action.shortcuts())
                rows.append((keys, plain_command(action.text()), menu_title))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit(plain_command(top.text()), top.menu().actions())
    visit("", window.findChildren(QAction))
    return rows


class HelpDialog(QDialog):
    """The guide beside a list of its sections; links move within it, open the sample plan or a folder.

    ``window`` is the main window whose actions the shortcuts come from; ``plan()`` the open plan's
    store (None when no plan is open), whose file and backups the folders section shows.
    """

    open_sample = Signal()

    def __init__(self, window: QMainWindow, plan: Callable[[], Store | None]) -> None:
        super().__init__(window)
        self.setObjectName("help_dialog")
        self.main_window, self.plan = window, plan
        self.section = FIRST_WEEK  # the section last asked for; kept across a reload
        self.source: Path | None = None  # the guide file shown
        self._reload_pending = False
        self.sections = QListWidget(objectName="help_sections")
        self.sections.currentItemChanged.connect(self._section_chosen)
        self.browser = QTextBrowser(objectName="help_browser", openLinks=False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.verticalScrollBar().valueChanged.connect(self._follow_scrolling)
        splitter = QSplitter(childrenCollapsible=False)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 600])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)  # Esc and Close
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)
        self.resize(880, 620)
        self._retranslate()

    # -- showing -----------------------------------------------------------------------------------

    def show_section(self, anchor: str) -> None:
        """Show the window at section ``anchor`` (one of ``core.guide.SECTIONS``), with fresh contents."""
        self.section = anchor
        self.load()
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.setFocus()
        self._scroll_to(anchor)

    def load(self) -> None:
        """Read the guide in the window's language and fill in the shortcuts and folders as they are now."""
        self.source, section = guide_path(ui_language()), self.section
        guide = self.source.read_text(encoding="utf-8")
        self.browser.setHtml(fill_guide(guide, self._shortcuts_html(), self._folders_html()))
        self.section = section  # new text scrolls to the top: that is not the reader moving on
        self.sections.blockSignals(True)
        self.sections.clear()
        for anchor, title in self._headings().items():
            item = QListWidgetItem(title)
            item.setData(ANCHOR_ROLE, anchor)
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self._mark_section(self.section)

    def refresh(self) -> None:
        """Reload in place (another plan was opened, the language changed), keeping the section."""
        if self.isVisible():
            value = self.browser.verticalScrollBar().value()
            self.load()
            self.browser.verticalScrollBar().setValue(value)

    def heading_tops(self) -> dict[str, int]:
        """Each section heading's position in the document, as the scroll bar counts it."""
        document, tops = self.browser.document(), {}
        layout = document.documentLayout()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                for name in fragments.fragment().charFormat().anchorNames():
                    if name in SECTIONS:
                        tops[name] = int(layout.blockBoundingRect(block).top())
                fragments += 1
            block = block.next()
        return tops

    def _headings(self) -> dict[str, str]:
        """Each section's title, as the guide file words it (the block its anchor is in)."""
        document, titles = self.browser.document(), {}
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                for name in fragments.fragment().charFormat().anchorNames():
                    if name in SECTIONS:
                        titles[name] = block.text().strip()
                fragments += 1
            block = block.next()
        return {anchor: titles[anchor] for anchor in SECTIONS if anchor in titles}

    def _scroll_to(self, anchor: str) -> None:
        self.section = anchor
        self.browser.scrollToAnchor(anchor)
        self._mark_section(anchor)

    def _mark_section(self, anchor: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(ANCHOR_ROLE) == anchor:
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(row)
                self.sections.blockSignals(False)

    def _section_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._scroll_to(item.data(ANCHOR_ROLE))

    def _follow_scrolling(self, value: int) -> None:
        """Mark the section being read: the last whose heading is above the upper quarter of the view."""
        tops, height = self.heading_tops(), self.browser.viewport().height()
        chosen_top = tops.get(self.section)
        if chosen_top is not None and value <= chosen_top < value + height // 4:
            return  # the section asked for is at the top (or as near as the end of the guide lets it be)
        reading = next(iter(tops), FIRST_WEEK)
        for anchor, top in tops.items():
            if top <= value + height // 4:
                reading = anchor
        self.section = reading
        self._mark_section(reading)

    def _follow(self, url: QUrl) -> None:
        """A link: a section of the guide, the sample plan, a folder, or a web page."""
        if url.toString() == OPEN_SAMPLE_LINK:
            self.open_sample.emit()
        elif url.scheme() == "" and url.fragment():
            self._scroll_to(url.fragment())
        elif url.isLocalFile():
            open_folder(Path(url.toLocalFile()))
        else:
            QDesktopServices.openUrl(url)

    # -- what only the app knows -------------------------------------------------------------------

    def _shortcuts_html(self) -> str:
        headings = (self.tr("Keys"), self.tr("Command"), self.tr("Menu"))
        return shortcuts_table(window_shortcuts(self.main_window), headings)

    def folders(self) -> list[tuple[str, Path, Path]]:
        """What the folders section lists: (what, its path, the folder to open), the open plan's first."""
        store = self.plan()
        rows = []
        if store is not None:
            rows += [
                (self.tr("This plan"), store.path, store.path.parent),
                (self.tr("Its backups"), store.backup_dir, store.backup_dir),
            ]
        else:
            rows.append((self.tr("Backups"), paths.backups_dir(), paths.backups_dir()))
        data, log = paths.data_dir(), paths.log_dir()
        rows += [
            (self.tr("Your data folder (your default plan, the sample plans)"), data, data),
            (self.tr("Error log"), log, log),
        ]
        return rows

    def _folders_html(self) -> str:
        rows = [
            (what, path, QUrl.fromLocalFile(str(folder)).toString()) for what, path, folder in self.folders()
        ]
        return folders_list(rows, self.tr("Open the folder"))

    # -- language ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._reload_pending:
            # Qt may send several for one switch, before every translator is in: reload once, after
            self._reload_pending = True
            QTimer.singleShot(0, self, self._language_changed)  # not once the dialog is deleted
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._reload_pending = False
        self._retranslate()
        if self.isVisible():
            self.load()
            self._scroll_to(self.section)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("goalplanner Help"))
        self.sections.setAccessibleName(self.tr("Sections"))
