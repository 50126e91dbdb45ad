"""The uniform dashboard (issue 18) on the Dashboard screen: the state's layout for every office — received,
disposed within the time limit or late, pending within or past it, appeals, certificates to hand over — by
service and by village, for a period chosen from a list (the same figures as ``seva-kiosk dashboard`` and
the heartbeat). Read on the thread pool; only the reply to the newest choice is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.dashboard import EARLIEST, PERIODS, Figures, PeriodFigures
from kiosk.ui.background import run_in_background
from kiosk.ui.formatting import day_text, group_indian
from kiosk.ui.i18n import N_, tr
from kiosk.ui.widgets import Table

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

PERIOD_NAMES = {"today": N_("Today"), "week": N_("This week"), "month": N_("This month"),
                "last_month": N_("Last month"), "year": N_("This financial year"), "all": N_("Since the start")}
# Two-line headings keep eight columns inside a 1366-pixel window.
FIGURE_HEADINGS = (N_("Received"), N_("Disposed\nin time"), N_("Disposed\nlate"), N_("Pending\nin time"),
                   N_("Pending past\nthe limit"), N_("Appeals\nfiled"), N_("Certificates\nto hand over"))
TOTAL_KEY = ""


def figure_cells(f: Figures) -> tuple[str, ...]:
    return tuple(group_indian(v) for v in f.values())


class UniformDashboard(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.figures: PeriodFigures | None = None
        self._asked = 0  # the newest request: an older reply arriving late is dropped
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(tr("Period:"))
        self.period = QComboBox()
        self.period.setObjectName("dashboard_period")
        for code in PERIODS:
            self.period.addItem(tr(PERIOD_NAMES[code]), code)
        self.period.setCurrentIndex(PERIODS.index("month"))
        label.setBuddy(self.period)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        top.addWidget(label)
        top.addWidget(self.period)
        top.addWidget(self.caption, 1)
        layout.addLayout(top)
        service_box = QGroupBox(tr("By service"))
        self.service_table = Table([tr("Service"), *(tr(h) for h in FIGURE_HEADINGS)])
        QVBoxLayout(service_box).addWidget(self.service_table)
        village_box = QGroupBox(tr("By village"))
        self.village_table = Table([tr("Village"), *(tr(h) for h in FIGURE_HEADINGS)])
        QVBoxLayout(village_box).addWidget(self.village_table)
        for table in (self.service_table, self.village_table):  # the names take the room, figures their own
            header = table.horizontalHeader()
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(service_box, 1)
        layout.addWidget(village_box, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())

    def reload(self) -> None:
        self._asked += 1
        asked, period = self._asked, str(self.period.currentData())
        dashboard = self.services.dashboard
        run_in_background(lambda: (dashboard.period(period), dashboard.catalogue()),
                          lambda got: self.show_figures(*got, asked=asked), self.services.show_error)

    def show_figures(self, figures: PeriodFigures, catalogue: Catalogue | None, *, asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:
            return
        self.figures = figures
        lang = self.services.language
        caption = (tr("Applications received up to {last}, as they stand on {today}; all appeals filed.")
                   if figures.first <= EARLIEST else
                   tr("Applications received {first} – {last}, as they stand on {today}; appeals filed in the period."))
        self.caption.setText(caption.format(first=day_text(figures.first), last=day_text(figures.last),
                                            today=day_text(figures.as_of)))
        total = (TOTAL_KEY, (tr("Total"), *figure_cells(figures.total)))

        def service(code: str) -> str:
            if catalogue is None or not catalogue.has(code):
                return code
            return catalogue.service(code).name.text(lang)

        self.service_table.fill([total, *sorted(((code, (service(code), *figure_cells(f)))
                                                 for code, f in figures.services.items()),
                                                key=lambda row: row[1][0])])
        self.village_table.fill([total, *((key, (v.name or tr("(village not given)"), *figure_cells(v)))
                                          for key, v in sorted(figures.villages.items(),
                                                               key=lambda kv: kv[1].name.casefold()))])
        for table in (self.service_table, self.village_table):
            for row in range(table.rowCount()):
                for column in range(1, table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
