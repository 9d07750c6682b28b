"""Goal -> Team week grid: a team goal's agents x its latest periods, to type everyone's actuals at once.

Each agent's recorded value shows in its period; an empty cell takes a typed one (with the contacts
handled for an average such as handle time, or the two counts for a share such as FCR). The team row
under them is core's (``core.team_week``: the agents' values combined by ``agents.team_actuals``,
judged by ``progress.evaluate``, and the agent driving it), worked out again at every key. Save
records every typed value as one undo step.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.agents import MEAN, RATIO, agents_of, combine_rule
from goalplanner.core.checkins import FUTURE_DATE, NO_RESPONSES, check_checkin, share_of_counts
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.team_week import (
    AgentFeed,
    TeamPeriod,
    agent_value,
    grid_periods,
    team_week,
)
from goalplanner.store import StoreError
from goalplanner.ui.commands import RecordCheckIns
from goalplanner.ui.detail import questions
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.detail.questions import CheckInQuestions
from goalplanner.ui.detail.ratio_counts import RatioCounts
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_amount, format_value
from goalplanner.ui.session import PlanSession
from goalplanner.ui.team_grid_cells import TeamCell, period_title
from goalplanner.ui.widgets import SEVERITY_STYLE, DateField, FieldMessage, NumberField, format_date


@dataclass
class GridCell:
    """One agent's typing place for one period: its fields by kind ("actual", "volume", ...)."""

    agent: int
    period: int
    fields: dict[str, NumberField]

    def typed(self) -> bool:
        return any(field.text().strip() for field in self.fields.values())


class TeamGridDialog(QDialog):
    """The agents of ``team_id`` x its latest periods; Save records every typed value as one step."""

    def __init__(
        self, session: PlanSession, team_id: int, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent, objectName="team_grid")
        self.session, self.store = session, session.store
        self.today = today or date.today()
        self.team = session.state(team_id).goal
        self.team_plan = self.store.subtargets(team_id)
        self.rule = combine_rule(self.team)
        self.agents = agents_of(self.team, [state.goal for state in session.states()])
        self.plans = [self.store.subtargets(agent.id) for agent in self.agents]
        self.recorded = [self.store.checkins(agent.id) for agent in self.agents]
        self.periods = grid_periods(self.team, self.team_plan, self.today)
        self.kinds = {MEAN: ("actual", "volume"), RATIO: ("numerator", "denominator")}.get(
            self.rule, ("actual",)
        )
        self.questions = CheckInQuestions(self)
        self.setWindowTitle(self.tr("Team week grid — {0}").format(self.team.title))
        self.intro = QLabel(wordWrap=True, objectName="team_grid_intro")
        self.date_field = DateField(allow_empty=False, objectName="team_grid_date")
        # today, or the last day of the first column when the goal's periods have ended
        self.date_field.set_value(min(self.today, self.periods[0].period_end) if self.periods else self.today)
        date_label = QLabel(self.tr("Check-in &date:"))
        date_label.setBuddy(self.date_field)
        self.date_note = QLabel(objectName="team_grid_date_note")
        self.table = QTableWidget(
            len(self.agents) + 1, 1 + len(self.periods) * len(self.kinds), objectName="team_grid_table"
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes from field to field, not from cell to cell
        self.table.verticalHeader().hide()
        self.cells: list[GridCell] = []
        self.team_cells: list[TeamCell] = []
        self._fill_table()
        self.message = FieldMessage()
        self.message.setObjectName("team_grid_message")
        self.save_button = QPushButton(objectName="save_team_grid")
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button = QPushButton(self.tr("Close"), objectName="close_team_grid")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter moves down the grid; it never saves by surprise
        dates = QHBoxLayout()
        dates.addWidget(date_label)
        dates.addWidget(self.date_field)
        dates.addWidget(self.date_note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # the message line is hidden while empty: the buttons keep their size
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addStretch()  # below a short grid: room, not empty rows
        layout.addLayout(buttons)
        self.intro.setText(
            self.tr(
                "Type each agent's actual for the week; Enter moves down, Tab across. The team row is "
                "worked out from the agents' values as you type. Recorded values are shown as they are."
            )
            if self.team.checkin_cadence != "monthly"
            else self.tr(
                "Type each agent's actual for the month; Enter moves down, Tab across. The team row is "
                "worked out from the agents' values as you type. Recorded values are shown as they are."
            )
        )
        self.date_note.setText(self.tr("for the first column; earlier columns are dated on their last day"))
        self.date_field.textChanged.connect(lambda _text: self._refresh())
        self._refresh()
        self.resize(1180, 200 + 40 * (len(self.agents) + 2))
        first = next((cell for cell in self.cells if cell.period == 0), None) or (
            self.cells[0] if self.cells else None
        )
        if first is not None:
            next(iter(first.fields.values())).setFocus()

    # -- building --------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        locale, width = QLocale(), len(self.kinds)
        counts = RatioCounts(self)  # the counts' names as the check-in form words them
        counts.hide()
        counts.show_kpi(get_kpi(self.team.kpi))
        kpi = get_kpi(self.team.kpi)
        names = {
            "actual": QCoreApplication.translate("Kpi", kpi.name) if kpi else self.team.unit,
            "volume": self.tr("Contacts handled"),
            "numerator": counts.numerator_label.text(),
            "denominator": counts.denominator_label.text(),
        }
        headers = [self.tr("Agent")]
        for period in self.periods:
            title = period_title(period, self.today)
            headers += [f"{title}\n{names[kind]}" for kind in self.kinds]
        self.table.setHorizontalHeaderLabels(headers)
        for row, agent in enumerate(self.agents):
            item = QTableWidgetItem(agent.person)
            item.setToolTip(agent.title)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            for index, period in enumerate(self.periods):
                found = self._recorded(row, period)
                column = 1 + index * width
                if found is not None:
                    self._show_recorded(row, column, agent, found, locale)
                    continue
                fields = {}
                for offset, kind in enumerate(self.kinds):
                    field = NumberField(
                        minimum=0 if kind != "actual" else None, objectName=f"grid_{kind}_{row}_{index}"
                    )
                    field.setAccessibleName(f"{agent.person}, {names[kind]}")
                    field.setAlignment(Qt.AlignmentFlag.AlignRight)  # as the recorded values beside it
                    field.textChanged.connect(lambda _text: self._refresh())
                    field.returnPressed.connect(lambda r=row, c=column + offset: self._move_down(r, c))
                    self.table.setCellWidget(row, column + offset, field)
                    fields[kind] = field
                self.cells.append(GridCell(row, index, fields))
        team_row = len(self.agents)
        total = QTableWidgetItem(self.tr("Team"))
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        self.table.setItem(team_row, 0, total)
        for index in range(len(self.periods)):
            cell = TeamCell(index)
            self.team_cells.append(cell)
            self.table.setCellWidget(team_row, 1 + index * width, cell)
            if width > 1:
                self.table.setSpan(team_row, 1 + index * width, 1, width)
        self.table.setRowHeight(team_row, self.team_cells[0].sizeHint().height() if self.team_cells else 30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fields = [field for cell in self.cells for field in cell.fields.values()]
        for before, after in itertools.pairwise(fields):
            QWidget.setTabOrder(before, after)
        # a short grid takes the room it needs, a long one scrolls: the table is no taller than its rows
        self.table.verticalHeader().setDefaultSectionSize(NumberField().sizeHint().height() + 4)
        for row in range(len(self.agents)):
            self.table.setRowHeight(row, self.table.verticalHeader().defaultSectionSize())
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns stretch
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setMaximumHeight(header_height + rows + 2 * self.table.frameWidth())

    def _recorded(self, row: int, period) -> CheckIn | None:
        return agent_value(self.team, self.team_plan, self.recorded[row], period)

    def _show_recorded(self, row: int, column: int, agent: Goal, checkin: CheckIn, locale: QLocale) -> None:
        texts = {
            "actual": format_amount(agent, checkin.actual, locale),
            "volume": format_value(checkin.volume, "", locale) if checkin.volume is not None else "—",
            "numerator": format_value(checkin.numerator, "", locale)
            if checkin.numerator is not None
            else "—",
            "denominator": format_value(checkin.denominator, "", locale)
            if checkin.denominator is not None
            else "—",
        }
        tip = self.tr("Recorded on {0}. Change it in {1}'s check-ins.").format(
            format_date(checkin.on), agent.person
        )
        for offset, kind in enumerate(self.kinds):
            item = QTableWidgetItem(texts[kind])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            item.setToolTip(tip)
            self.table.setItem(row, column + offset, item)

    # -- as the user types ------------------------------------------------------------------------

    def _move_down(self, row: int, column: int) -> None:
        """Enter: the same field of the next agent who has one in this column; after the last, Save."""
        for below in range(row + 1, len(self.agents)):
            widget = self.table.cellWidget(below, column)
            if isinstance(widget, NumberField):
                widget.setFocus()
                self.table.scrollTo(self.table.model().index(below, column))
                return
        self.save_button.setFocus()

    def _day(self, cell: GridCell) -> date:
        """The date a typed value is recorded on: the chosen date in the first column, else the last day
        of its period (never after today)."""
        if cell.period == 0:
            return self.date_field.value() or self.today
        return min(self.periods[cell.period].period_end, self.today)

    def date_problem(self) -> str:
        """Why the check-in date cannot be used ("" when it can)."""
        if self.date_field.problem():
            return self.date_field.problem()
        day = self.date_field.value()
        if day > self.today:
            return QCoreApplication.translate(
                "CheckInForm", "A check-in records what happened: choose today or an earlier date."
            )
        first = self.periods[0] if self.periods else None
        if first is not None and not first.period_start <= day <= first.period_end:
            return self.tr("The date is for the first column: choose a day from {0} to {1}.").format(
                format_date(first.period_start), format_date(min(first.period_end, self.today))
            )
        return ""

    def checkin_of(self, cell: GridCell) -> tuple[CheckIn | None, str, NumberField | None]:
        """The check-in ``cell`` holds, or why it cannot be recorded and in which field (None, "", None
        when nothing is typed)."""
        fields, agent = cell.fields, self.agents[cell.agent]
        if not cell.typed():
            return None, "", None
        for field in fields.values():
            if field.problem():
                return None, field.problem(), field
        for kind in ("actual", "numerator", "denominator"):
            if kind in fields and fields[kind].value() is None:
                name = self.table.horizontalHeaderItem(
                    1 + cell.period * len(self.kinds) + self.kinds.index(kind)
                )
                return None, self.tr("{0} is missing.").format(name.text().split("\n")[-1]), fields[kind]
        value = lambda kind: fields[kind].value() if kind in fields else None  # noqa: E731
        numerator, denominator = value("numerator"), value("denominator")
        if self.rule == RATIO:
            actual = share_of_counts(numerator, denominator, agent.unit) if denominator else 0.0
            typed, about = format_value(round(actual, 2), "", QLocale()), fields["numerator"]
        else:
            actual, typed, about = value("actual"), fields["actual"].text().strip(), fields["actual"]
        checkin = CheckIn(
            agent.id,
            self._day(cell),
            actual,
            numerator=numerator,
            denominator=denominator,
            volume=value("volume"),
        )
        problem = check_checkin(agent, checkin, self.today)
        if problem is None:
            return checkin, "", None
        if problem.code == FUTURE_DATE:
            return None, self.date_problem(), None
        if problem.code == NO_RESPONSES:
            text = QCoreApplication.translate("CheckInForm", "The number of responses cannot be 0.")
            return None, text, fields["denominator"]
        return None, impossible_text(agent, typed), about

    def _refresh(self) -> None:
        """Every typed cell checked again, the team row worked out again, the Save button counted."""
        typed: list[list[CheckIn]] = [[] for _agent in self.agents]
        first_problem = self.date_problem()
        for cell in self.cells:
            checkin, problem, about = self.checkin_of(cell)
            for field in cell.fields.values():
                field.setStyleSheet(SEVERITY_STYLE["error"] if problem and field is about else "")
                field.setToolTip(problem if field is about else "")
            if checkin is not None:
                typed[cell.agent].append(checkin)
            first_problem = first_problem or problem
        self.message.show_message(first_problem, "error" if first_problem else "")
        feeds = [
            AgentFeed(agent, plan, [*recorded, *more])
            for agent, plan, recorded, more in zip(self.agents, self.plans, self.recorded, typed, strict=True)
        ]
        for cell, period in zip(self.team_cells, self.team_row(feeds), strict=True):
            cell.show_period(self.team, period)
        count = sum(cell.typed() for cell in self.cells)
        self.save_button.setText(self.tr("&Save %n check-in(s)", "", count))
        self.save_button.setEnabled(count > 0)

    def team_row(self, feeds: list[AgentFeed]) -> list[TeamPeriod]:
        """Core's team row for the shown periods: value, status and driver of each."""
        return team_week(self.team, self.team_plan, feeds, self.periods, self.today)

    def typed_cells(self) -> list[GridCell]:
        return [cell for cell in self.cells if cell.typed()]

    # -- saving and leaving -----------------------------------------------------------------------

    def save(self) -> bool:
        """Record every typed value as one undo step; refuse all when one cannot be (at its field)."""
        problem = self.date_problem()
        if problem:
            self.message.show_message(problem, "error")
            self.date_field.setFocus()
            return False
        checkins = []
        for cell in self.typed_cells():
            checkin, problem, about = self.checkin_of(cell)
            if checkin is None:
                self.message.show_message(problem, "error")
                (about or self.date_field).setFocus()
                return False
            seen = [c.actual for c in self.recorded[cell.agent]]
            if not self.questions.record_anyway(self.agents[cell.agent], checkin.actual, seen):
                next(iter(cell.fields.values())).setFocus()
                return False
            checkins.append(checkin)
        if not checkins:
            return False
        try:
            stored = self.store.add_checkins(checkins)
        except (StoreError, KeyError) as error:
            text = (
                store_error_text(error)
                if isinstance(error, StoreError)
                else self.tr("An agent's goal is gone.")
            )
            self.message.show_message(text, "error")
            return False
        text = self.tr("Team week grid: %n check-in(s)", "", len(stored))
        self.session.push(RecordCheckIns(self.session, stored, text))
        self.session.notify({c.goal_id for c in stored} | {self.team.id})
        self.accept()
        return True

    def reject(self) -> None:
        """Escape, Close or the window's close: with typed values, ask Save, Discard or Cancel first."""
        if self.typed_cells():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.windowTitle(),
                self.tr("Save the values typed in the grid?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            for button, name in ((QMessageBox.StandardButton.Save, "save"), (QMessageBox.StandardButton.Discard, "discard"), (QMessageBox.StandardButton.Cancel, "cancel")):  # fmt: skip  # noqa: E501
                box.button(button).setObjectName(name)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            box.setEscapeButton(QMessageBox.StandardButton.Cancel)
            answer = questions.ask(box)
            name = answer.objectName() if answer is not None else "cancel"
            if name == "save":
                self.save()
                return
            if name != "discard":
                return
        super().reject()
