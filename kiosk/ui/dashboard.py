"""Dashboard: today's work, the queue, RTS deadlines, certificates to hand over, the last 14 days.

Same layout for every hub; figures load on the thread pool whenever the screen is shown or a sync ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from kiosk.counter.dashboard import DashboardData
from kiosk.domain.catalogue import Catalogue
from kiosk.store.applications import ApplicationSummary
from kiosk.ui.background import run_in_background
from kiosk.ui.chart import BarChart
from kiosk.ui.dashboard_uniform import UniformDashboard
from kiosk.ui.formatting import day_text, group_indian, money, timestamp_text
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import Card, Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


def person(s: ApplicationSummary, language: str) -> str:
    name = s.name_mr if language in ("mr", "hi") and not s.name_mr.is_empty() else s.name_en
    return " ".join(p for p in (name.first, name.surname) if p)


def service_name(catalogue: Catalogue | None, code: str, language: str) -> str:
    return catalogue.service(code).name.text(language) if catalogue is not None and catalogue.has(code) else code


SHOWN_ROWS = 5  # each list shows at least this many rows without scrolling


def rows_height(table: Table, rows: int) -> int:
    """The height ``table`` needs to show its header and ``rows`` rows."""
    return (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth() + 4)


class DashboardPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.data: DashboardData | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Dashboard")))
        # Today's work on the first tab; the uniform dashboard of a chosen period (issue 18) on the second.
        self.tabs, today_tab, self.uniform = QTabWidget(), QWidget(), UniformDashboard(services)
        page = QVBoxLayout(today_tab)
        page.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.today = Card(tr("Applications today"), "card_today")
        self.fees = Card(tr("Fees collected today"), "card_fees")
        self.queue = Card(tr("Waiting to send"), "card_queue")
        self.last_sync = Card(tr("Last successful sync"), "card_sync")
        self.due = Card(tr("Past or near the RTS due date"), "card_due")
        self.ready = Card(tr("Certificates ready to hand over"), "card_ready")
        for i, card in enumerate((self.today, self.fees, self.queue, self.last_sync, self.due, self.ready)):
            grid.addWidget(card, i // 3, i % 3)
        # The chart beside the cards, so the two lists below keep the height for at least five rows even
        # on a 1280×720 screen.
        top = QHBoxLayout()
        top.addLayout(grid, 3)
        chart_box = QGroupBox(tr("Applications in the last 14 days"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = BarChart()
        self.chart.setMinimumHeight(150)
        chart_layout.addWidget(self.chart)
        top.addWidget(chart_box, 2)
        page.addLayout(top)
        lists = QHBoxLayout()
        due_box = QGroupBox(tr("Due soon or overdue"))
        self.due_table = Table([tr("Receipt no."), tr("Name"), tr("Due date")])
        QVBoxLayout(due_box).addWidget(self.due_table)
        ready_box = QGroupBox(tr("Certificates ready"))
        self.ready_table = Table([tr("Receipt no."), tr("Name"), tr("Service")])
        QVBoxLayout(ready_box).addWidget(self.ready_table)
        for table in (self.due_table, self.ready_table):
            table.setMinimumHeight(rows_height(table, SHOWN_ROWS))
            table.setToolTip(tr("Enter or double-click opens the application."))
            table.itemActivated.connect(lambda _item, t=table: self.open_row(t))
        lists.addWidget(due_box)
        lists.addWidget(ready_box)
        page.addLayout(lists, 1)
        self.tabs.addTab(today_tab, tr("Today"))
        self.tabs.addTab(self.uniform, tr("By service and village"))
        outer.addWidget(self.tabs, 1)
        services.sync.finished.connect(lambda _r: self.reload())

    def activated(self) -> None:
        self.reload()

    def open_row(self, table: Table) -> None:
        """The application of ``table``'s highlighted row, opened on the Applications screen."""
        uuid = table.current_key()
        if uuid:
            self.services.open_application(uuid)

    def reload(self) -> None:
        dashboard = self.services.dashboard
        run_in_background(dashboard.load, self.show_data, self.services.show_error)
        self.uniform.reload()

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        lang = self.services.language
        self.today.set_value(group_indian(data.today_count))
        self.fees.set_value(money(data.today_paise))
        self.queue.set_value(group_indian(data.queue_depth),
                             tr("need attention: {n}").format(n=data.queue.get("rejected", 0))
                             if data.queue.get("rejected") else "")
        self.last_sync.set_value(timestamp_text(data.last_sync) if data.last_sync else tr("never"))
        self.due.set_value(group_indian(data.past_due + data.near_due),
                           tr("{past} overdue, {near} due within 3 days").format(past=data.past_due,
                                                                                 near=data.near_due))
        self.ready.set_value(group_indian(data.certificates_ready))
        self.chart.set_values(data.per_day)
        catalogue = data.catalogue
        self.due_table.fill([(s.uuid, (s.receipt_number, person(s, lang), day_text(s.due_date)))
                             for s in data.due_list])
        self.ready_table.fill([(s.uuid, (s.receipt_number, person(s, lang),
                                         service_name(catalogue, s.service_code, lang))) for s in data.ready_list])
