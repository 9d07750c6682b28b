"""Plan files: new, open, recent, the sample plan, backups and restore (the File menu's work)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from goalplanner import paths
from goalplanner.files import write_error
from goalplanner.store import ForeignWalError, ReadOnlyError, Store, StoreError
from goalplanner.store.backup import newest_good_backup, restore_copy
from goalplanner.store.demo import write_sample_plan
from goalplanner.store.readable import ReadableStore
from goalplanner.store.store import is_unfinished
from goalplanner.store.validate import DamagedPlanError
from goalplanner.ui.errors import export_error_text, log, store_error_text
from goalplanner.ui.language import ui_language
from goalplanner.ui.plan_guard import PlanGuard
from goalplanner.ui.plan_opening import OpenedPlan, Opening, open_and_read
from goalplanner.ui.read_only import ReadOnlyView
from goalplanner.ui.restore_dialog import RestoreDialog
from goalplanner.ui.session import PlanRead

MAX_RECENT = 8


class PlanFiles(QObject):
    """Opens, creates, backs up and restores plan files for one window; holds the open plan's store.

    ``window`` is the parent of its dialogs; ``plan_guard`` claims the open plan for this window
    across processes. ``opened`` carries each newly opened :class:`Store` (the previous one is closed
    by then); ``message`` a line for the status bar. Plans open on a worker thread (see ``open_plan``).
    """

    opened = Signal(object)
    message = Signal(str)
    opening_started = Signal(object)  # the path of a plan now being opened on a worker
    opening_ended = Signal()  # no plan is being opened any more (it opened, or was refused)

    def __init__(self, window: QWidget, settings: QSettings, plan_guard: PlanGuard) -> None:
        super().__init__(window)
        self.window, self.settings, self.plan_guard = window, settings, plan_guard
        self.store: Store | None = None
        self.handed_over = False  # the last plan asked for was open in another goalplanner, which was raised
        self.backup_note: QMessageBox | None = None  # the last note that backups are failing
        self._backup_folders_noted: set[Path] = set()  # each failing backup folder is explained once
        self.read_only_view: ReadOnlyView | None = None  # made when a damaged plan is first viewed
        self._opening: Opening | None = None  # the plan being opened on a worker
        self._first_read: tuple[Store, PlanRead] | None = None  # the plan just opened, as the worker read it

    def close(self) -> None:
        """Close the open plan (the window is closing) and let other windows have it; an opening under
        way is dropped (its worker stops at its next step and closes what it opened)."""
        self._drop_opening()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.plan_guard.release()

    def opening(self) -> Path | None:
        """The plan being opened on a worker thread, None when none is."""
        return self._opening.path if self._opening is not None else None

    def cancel_opening(self) -> None:
        """Stop opening the plan being opened (the status bar's Cancel): its worker stops at its next
        step and closes what it opened; the plan shown before, if any, stays."""
        if self._opening is not None:
            self._drop_opening()
            self.opening_ended.emit()

    def first_read(self, store: Store) -> PlanRead | None:
        """The plan as the worker that opened ``store`` read it, once (None after, or for a store
        opened otherwise): the window's session starts from it instead of reading it again."""
        first, self._first_read = self._first_read, None
        return first[1] if first is not None and first[0] is store else None

    def open_plan(
        self,
        path: Path,
        *,
        create: bool = False,
        quiet_if_held: bool = False,
        replace_unfinished: bool = False,
    ) -> bool:
        """Start opening the plan at ``path`` in this window; explain and offer a backup when it cannot
        be used. False when it was refused at once (another goalplanner has it), True when the opening
        started: the plan is checked and read on a worker thread while the window keeps answering and
        the plan shown stays shown; ``opened`` follows, or the refusal is explained, when it reports.
        An opening started meanwhile supersedes it (its result is closed, never shown).

        ``quiet_if_held``: when another goalplanner has the plan, only note it (``handed_over``) instead
        of saying so in a message box (a goalplanner just starting then exits). ``replace_unfinished``:
        the user agreed to replace a file at ``path`` that holds no plan (0 bytes, or left half-made).
        """
        path = Path(path)
        target = path.expanduser().absolute()
        held_here = self.plan_guard.path == target  # open here for work (a plan viewed read-only is not held)
        pending, claim, held = self._opening, None, False
        # Asking whether another window has the plan and claiming it happen under one lock across
        # processes, so two goalplanners started at once cannot both open the file; the claim answers
        # for the plan until the worker reports (then it holds the plan, or is dropped).
        with PlanGuard.deciding(path):
            if pending is not None and pending.path == target:  # asked again: the new opening takes it over
                claim, pending.claim = pending.claim, None
            elif not held_here:
                held = PlanGuard.held_elsewhere(path)
                if not held:
                    claim = self.plan_guard.claim(target)
        self.handed_over = held
        if held:
            if not quiet_if_held:
                QMessageBox.information(
                    self.window,
                    self.tr("Plan already open"),
                    self.tr(
                        "{0} is open in another goalplanner window, which has been brought to the front. "
                        "One window per plan keeps two windows from saving over each other.",
                    ).format(path),
                )
            return False
        self._drop_opening()
        opening = self._opening = Opening(target, claim)
        opening.start(
            lambda progress: open_and_read(
                path, create=create, replace_unfinished=replace_unfinished, progress=progress
            ),
            lambda opened: self._opened(opening, opened),
            lambda error: self._refused(opening, path, error),
        )
        self.opening_started.emit(target)
        return True

    def _drop_opening(self) -> None:
        """Supersede the opening under way, if any: its result is closed and dropped, never shown."""
        if self._opening is not None:
            self._opening.drop()
            PlanGuard.drop(self._opening.claim)
            self._opening = None

    def _opened(self, opening: Opening, opened: OpenedPlan) -> None:
        """The worker opened and read the plan: show it (unless superseded or the window closed)."""
        store = opened.store
        if opening.dropped:  # looks at nothing else: the window may be gone
            store.close()
            return
        if self.store is not None:
            self.store.close()
        self.store = store
        if opening.claim is not None or self.plan_guard.path != store.path:  # same plan again: held
            self.plan_guard.adopt(opening.claim, store.path)
        opening.claim = None  # the guard holds it now: a later drop of this opening must not close it
        self._first_read = (store, opened.read)
        self._remember_recent(store.path)
        self.opened.emit(store)
        # The window shows a big plan in two passes of the event loop (the list, then its first goal:
        # each well under the 0.1 s a person notices, together not): the opening ends after both.
        QTimer.singleShot(0, self, lambda: self._end_opening(opening))
        self._note_backup_problem(store)

    def _end_opening(self, opening: Opening) -> None:
        if self._opening is opening:
            self._opening = None
            self.opening_ended.emit()

    def _refused(self, opening: Opening, path: Path, problem: BaseException) -> bool:
        """The worker could not open the plan: explain it as the user can act on it; False for a bug."""
        expected = isinstance(problem, (FileNotFoundError, StoreError))
        if opening.dropped:
            return expected  # superseded, or the window closed: nothing to say
        self._opening = None
        PlanGuard.drop(opening.claim)
        self.opening_ended.emit()
        if isinstance(problem, FileNotFoundError):
            self._forget_recent(path)
            QMessageBox.warning(
                self.window,
                self.tr("Plan not found"),
                self.tr("{0} does not exist.").format(path),
            )
        elif isinstance(problem, StoreError):
            log.warning("Refused %s: %s", path, problem)
            self._explain_refusal(path, problem)
        return expected

    def _note_backup_problem(self, store: Store) -> None:
        """Say, once per backup folder, that the backup on opening failed and what to do; non-modal."""
        if store.backup_problem is None:
            return
        root = store.backup_dir.parent
        if root in self._backup_folders_noted:
            return
        self._backup_folders_noted.add(root)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Backups are failing"),
            self.tr("This plan cannot be backed up. {0}").format(store_error_text(store.backup_problem)),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "The plan itself is fine and every change is saved. To keep backups, make {0} a folder "
                "you can write to, on a disk with space free, or choose another backup folder by "
                "setting {1} before starting goalplanner.",
            ).format(root, paths.BACKUP_DIR_VARIABLE)
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "backup_note", None))
        self.backup_note = box
        box.show()

    def _explain_refusal(self, path: Path, error: StoreError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot open this plan"),
            store_error_text(error),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        if isinstance(error, ReadOnlyError) and path.is_file():
            box.setInformativeText(
                self.tr(
                    "goalplanner can copy it into your plans folder ({0}) and open the copy.",
                ).format(paths.data_dir())
            )
            copy = box.addButton(self.tr("Open a copy"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is copy:
                self._open_copy(path)
            return
        backup = newest_good_backup(path.absolute(), paths.backups_dir())
        restore = replace = None
        details = []
        if backup is not None:
            details.append(
                self.tr(
                    "A verified backup from {0} exists. Restoring copies it to a new file "
                    "and opens that; the file above stays as it is.",
                ).format(self._backup_time(backup))
            )
            restore = box.addButton(
                self.tr("Open a copy of the backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        if is_unfinished(path.absolute()):
            details.append(
                self.tr(
                    "It holds no plan: it is empty, or was left half-made when goalplanner was stopped "
                    "while creating it. Replace it with a new, empty plan?",
                )
            )
            replace = box.addButton(
                self.tr("Replace with a new plan"), QMessageBox.ButtonRole.DestructiveRole
            )
        set_aside = None
        if isinstance(error, ForeignWalError):
            details.insert(
                0,
                self.tr(
                    "Setting it aside renames it to {0} in the same folder and opens the plan as it was "
                    "last saved. Nothing is deleted."
                ).format(self._wal_aside_name(path).name),
            )
            set_aside = box.addButton(self.tr("Set it aside and open"), QMessageBox.ButtonRole.AcceptRole)
        view = None
        if isinstance(error, DamagedPlanError):
            details.append(
                self.tr(
                    "You can also view what can be read of it: goals that read fine are shown, those "
                    "that cannot be read are listed, and nothing in the file is changed.",
                )
            )
            view = box.addButton(self.tr("View what can be read"), QMessageBox.ButtonRole.ActionRole)
        if details:
            box.setInformativeText("\n\n".join(details))
        box.exec()
        if set_aside is not None and box.clickedButton() is set_aside:
            self._set_wal_aside(path)
        elif restore is not None and box.clickedButton() is restore:
            self._restore(path, backup)
        elif view is not None and box.clickedButton() is view:
            self.view_read_only(path, error.problems)
        elif replace is not None and box.clickedButton() is replace:
            self.open_plan(path, create=True, replace_unfinished=True)

    @staticmethod
    def _wal_aside_name(path: Path) -> Path:
        """A free name beside ``path`` for the -wal file of another plan that was found beside it."""
        wal = path.with_name(path.name + "-wal")
        aside = wal.with_name(wal.name + ".another-plan")
        number = 2
        while aside.exists():
            aside = wal.with_name(f"{wal.name}.another-plan-{number}")
            number += 1
        return aside

    def _set_wal_aside(self, path: Path) -> None:
        """Rename another plan's -wal file beside ``path`` out of the way, then open the plan."""
        wal = path.with_name(path.name + "-wal")
        try:
            wal.rename(self._wal_aside_name(path))
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Cannot open this plan"),
                self.tr("{0} could not be renamed: {1}").format(wal, error.strerror or error),
            )
            return
        self.open_plan(path)

    def view_read_only(self, path: Path, problems: list) -> bool:
        """Show what can be read of the damaged plan at ``path``, read-only (``problems``: what is wrong)."""
        try:
            store = ReadableStore.view(path)
        except (FileNotFoundError, StoreError) as error:
            text = store_error_text(error) if isinstance(error, StoreError) else str(error)
            QMessageBox.warning(self.window, self.tr("Cannot view this plan"), text)
            return False
        store.problems = list(problems)
        if self._opening is not None:  # showing this supersedes an opening under way
            self._drop_opening()
            self.opening_ended.emit()
        if self.store is not None:
            self.store.close()
        self.plan_guard.release()  # nothing is written: another window may have it
        self.store = store
        if self.read_only_view is None:
            self.read_only_view = ReadOnlyView(self.window, self)
        self.opened.emit(store)
        return True

    @staticmethod
    def _backup_time(backup: Path) -> str:
        when = QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)

    def _open_copy(self, read_only: Path) -> None:
        """Copy a plan from a read-only place into the plans folder and open the copy."""
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        destination = self._free_name(folder, self.tr("{0} (copy)").format(read_only.stem))
        try:
            shutil.copyfile(read_only, destination)
            wal = read_only.with_name(read_only.name + "-wal")  # changes not yet folded into the file
            if wal.is_file():
                shutil.copyfile(wal, destination.with_name(destination.name + "-wal"))
        except OSError as error:
            message = export_error_text(write_error(destination, error))
            QMessageBox.warning(self.window, self.tr("Copy failed"), message)
            return
        self.open_plan(destination)

    @staticmethod
    def _free_name(folder: Path, stem: str) -> Path:
        destination = folder / f"{stem}{paths.PLAN_SUFFIX}"
        counter = 2
        while destination.exists():
            destination = folder / f"{stem} {counter}{paths.PLAN_SUFFIX}"
            counter += 1
        return destination

    def _restore(self, damaged: Path, backup: Path) -> None:
        folder = damaged.parent if damaged.parent.is_dir() else paths.data_dir()
        stem = self.tr("{0} (restored {1})").format(damaged.stem, date.today().isoformat())
        destination = self._free_name(folder, stem)
        try:
            restore_copy(backup, destination)
        except (OSError, StoreError) as error:
            message = (
                store_error_text(error)
                if isinstance(error, StoreError)
                else export_error_text(write_error(destination, error))
            )
            QMessageBox.warning(self.window, self.tr("Restore failed"), message)
            return
        self.open_plan(destination)

    @Slot()
    def restore_from_backup(self) -> RestoreDialog | None:
        """Choose one of the open plan's backups; a copy of it is saved as a new file and opened."""
        if self.store is None:
            return None
        plan = self.store.path
        dialog = RestoreDialog(plan, self.store.backups(), self.window)
        dialog.accepted.connect(lambda: self._restore(plan, dialog.chosen()) if dialog.chosen() else None)
        dialog.open()
        return dialog

    @Slot()
    def new_file_dialog(self) -> None:
        """Ask where to create a new, empty plan file and open it."""
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New plan file"),
            str(paths.data_dir() / f"plan{paths.PLAN_SUFFIX}"),
            self._filter(),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != paths.PLAN_SUFFIX:
            path = path.with_name(path.name + paths.PLAN_SUFFIX)
        if path.exists():
            QMessageBox.warning(
                self.window,
                self.tr("File exists"),
                self.tr(
                    "{0} already exists. Open it from File → Open plan, or choose another name.",
                ).format(path),
            )
            return
        self.open_plan(path, create=True)

    @Slot()
    def open_file_dialog(self) -> None:
        """Ask which plan file to open."""
        start = str(self.store.path.parent if self.store else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open plan"), start, self._filter())
        if name:
            self.open_plan(Path(name))

    def _filter(self) -> str:
        return self.tr("Goal plans (*{0});;All files (*)").format(paths.PLAN_SUFFIX)

    @Slot()
    def open_sample_plan(self) -> None:
        """Open the sample plan, writing it first if it does not exist yet."""
        path = paths.sample_plan_path(ui_language())
        if not path.exists() or is_unfinished(path):
            try:  # made whole under a hidden name and moved into place: never a half-written sample
                Store.create(
                    path,
                    lambda store: write_sample_plan(store, date.today(), QCoreApplication.translate),
                    replace_unfinished=True,
                )
            except FileExistsError:
                pass  # another goalplanner wrote it meanwhile: open that one
            except StoreError as error:
                QMessageBox.warning(self.window, self.tr("Sample plan"), store_error_text(error))
                return
        self.open_plan(path)

    @Slot()
    def back_up_now(self) -> None:
        """Write a verified backup of the open plan and say where it went."""
        if self.store is None:
            return
        try:
            written = self.store.backup(reason="manual")
        except StoreError as error:
            QMessageBox.warning(self.window, self.tr("Backup failed"), store_error_text(error))
            return
        self.message.emit(self.tr("Backed up to {0}").format(written))

    def _recent(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self._recent() if p != str(path)]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.settings.setValue("lastFile", str(path))

    def _forget_recent(self, path: Path) -> None:
        self.settings.setValue("recentFiles", [p for p in self._recent() if p != str(path)])

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Put the recently opened plans that still exist in ``menu``."""
        menu.clear()
        recent = [p for p in self._recent() if Path(p).exists()]
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _checked=False, p=name: self.open_plan(Path(p)))
        if not recent:
            menu.addAction(self.tr("No recent plans")).setEnabled(False)
