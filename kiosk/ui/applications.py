"""Applications: one search box over everything, filters by status, service and receipt-day range, the
detail with its timeline, and the counter actions (reprint, print the certificate once it has arrived,
hand over with feedback, first appeal, void). Every load and action runs the counter's use case on the
pool; the GUI thread never touches the store.

The detail always shows the highlighted row: after every list reload (a search, a filter, a sync) the
highlight is put back on the same application if it is still listed — and its detail read again, as its
status may have changed — or the detail is cleared. The actions act on that one application, and are greyed
until its fresh detail has arrived, so a Reprint or a Void never reaches another citizen."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.app_filters import SHOWN, Filters, receipt_code
from kiosk.counter.login import allowed
from kiosk.counter.receipt import PrintTargets
from kiosk.domain.application import Application
from kiosk.domain.messages import history_note
from kiosk.domain.status import LABELS
from kiosk.security.roles import Action
from kiosk.ui.actions import ACTIONS, Facts, Offer, offers
from kiosk.ui.actions_on_row import RowActions
from kiosk.ui.appeals_box import AppealsBox
from kiosk.ui.background import run_in_background
from kiosk.ui.citizen_desk import desk_button
from kiosk.ui.dashboard import service_name
from kiosk.ui.formatting import day_text, moment_text, money, status_text
from kiosk.ui.i18n import tr
from kiosk.ui.paged_rows import NEAR_END, PAGE, PagedRows
from kiosk.ui.receipt_view import ReceiptDialog
from kiosk.ui.widgets import Table, WrappedLabel, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

SEARCH_DELAY_MS = 200


class ApplicationsPage(RowActions, PagedRows):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.finder, self.receipts, self.handover = services.finder, services.receipts, services.handover
        self.appeals, self.voiding = services.appeals, services.voiding
        self.language = services.language
        self.catalogue: Any = None  # the active catalogue, loaded with each list (sync may bring a new one)
        self.targets = PrintTargets()
        self.current: Application | None = None  # the highlighted row's application, once its detail arrived
        self.wanted: str | None = None  # the uuid the detail follows: the highlighted row (or one opened)
        self.offers: dict[str, Offer] = {}
        self.voidable, self.filed = False, ()  # read with each detail (outbox.voidable, the appeals filed)
        self._detail_generation = 0
        self.receipt_dialog: ReceiptDialog | None = None
        self._generation = 0
        self.rows: list[Any] = []
        self._chosen = Filters()  # the filters the listed rows were found with (the next screen uses them too)
        self._more = False  # the last screen came back full: there may be more
        self._asking_more = False
        self._seeking = False  # an application opened from elsewhere: keep reading screens until it is listed
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Applications")))
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("app_search")
        self.search.setPlaceholderText(tr("Name (either script), receipt no., mobile or portal no."))
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(tr("All statuses"), "")
        for status in LABELS:
            self.status.addItem(status_text(status, self.language), str(status))
        self.service = QComboBox()
        self.service.setObjectName("service_filter")
        self.service.addItem(tr("All services"), "")
        # The services are added when the first list arrives with the catalogue (loaded on the pool).
        row.addWidget(self.search, 3)
        row.addWidget(self.status, 1)
        row.addWidget(self.service, 1)
        outer.addLayout(row)
        dates = QHBoxLayout()
        self.use_dates = QCheckBox(tr("Taken between"))
        self.use_dates.setObjectName("date_filter")
        today = self.appeals.today()
        self.day_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.day_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.day_from, self.day_to):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.India))  # digits as elsewhere
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.reload())
        self.use_dates.toggled.connect(self._dates_toggled)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.day_from)
        dates.addWidget(QLabel(tr("and")))
        dates.addWidget(self.day_to)
        dates.addStretch(1)
        outer.addLayout(dates)
        split = QSplitter()
        # Name, status and service first, all three visible at 1366 px without scrolling sideways; the
        # receipt number shows its day and serial — the day it was taken (the hub's prefix is the same on
        # every row; the full number and the time are in the tooltip and the detail).
        self.table = Table([tr("Name"), tr("Status"), tr("Service"), tr("Receipt no.")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setObjectName("app_table")
        split.addWidget(self.table)
        detail = QWidget()
        dbox = QVBoxLayout(detail)
        self.summary = WrappedLabel(tr("Choose an application to see it here."))
        self.summary.setObjectName("app_detail")
        self.summary.setWordWrap(True)
        dbox.addWidget(self.summary)
        timeline_box = QGroupBox(tr("Status timeline"))
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setMinimumHeight(60)
        QVBoxLayout(timeline_box).addWidget(self.timeline)
        dbox.addWidget(timeline_box, 1)
        self.appeals_box = AppealsBox(self.language)  # issue 17: each appeal's level, dates and order
        dbox.addWidget(self.appeals_box)
        buttons = QGridLayout()  # two a row: five Marathi button labels in one row need ~750 px
        self.reprint_button = QPushButton(tr("Reprint receipt"))
        self.certificate_button = QPushButton(tr("Print certificate"))
        self.certificate_button.setObjectName("print_certificate")
        self.deliver_button = QPushButton(tr("Mark delivered"))
        self.appeal_button = QPushButton(tr("File appeal…"))
        self.void_button = QPushButton(tr("Void…"))
        self.void_button.setObjectName("void")
        self.documents_button = QPushButton(tr("Add documents…"))
        self.documents_button.setObjectName("add_documents")
        self.documents_button.clicked.connect(self.add_documents)
        self.certificate: Any = None  # the downloaded certificate's path while one is shown
        self._printer: list[QPrinter] = []
        self.picker = None
        for b in (self.reprint_button, self.certificate_button, self.deliver_button, self.appeal_button,
                  self.void_button, self.documents_button):
            b.setEnabled(False)
            buttons.addWidget(b, *divmod(buttons.count(), 2))
        dbox.addLayout(buttons)
        dbox.addWidget(desk_button(self))  # issue 17: receipt look-up, delivery history, change of channel
        # Why the appeal is greyed, in words (a keyboard operator never sees a tooltip; the other greyed
        # actions say why in theirs, and are self-evident from the status).
        self.why = WrappedLabel("")
        self.why.setObjectName("why_not")
        self.why.setWordWrap(True)
        self.why.setProperty("role", "hint")
        dbox.addWidget(self.why)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("app_message")
        dbox.addWidget(self.message)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 380])
        outer.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        self.certificate_button.clicked.connect(lambda: self.print_certificate())
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.reprint_button.clicked.connect(self.reprint)
        self.deliver_button.clicked.connect(self.deliver)
        self.appeal_button.clicked.connect(lambda: self.appeal())  # clicked(bool) would arrive as the grounds
        self.void_button.clicked.connect(lambda: self.void())
        services.sync.finished.connect(lambda _r: self.reload(keep_depth=True))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def activated(self) -> None:
        self.reload()

    def show_application(self, uuid: str) -> None:
        """``uuid`` highlighted with its detail (opened from another screen): every filter is cleared
        first, and screens are read until its row is listed (up to the newest 200 applications: an older
        one's detail clears when it is not among them)."""
        for widget in (self.search, self.status, self.service, self.use_dates):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.service.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        for widget in (self.search, self.status, self.service, self.use_dates):
            widget.blockSignals(False)
        self.day_from.setEnabled(False)
        self.day_to.setEnabled(False)
        self.open(uuid)
        self.reload(seek=True)
        self.table.setFocus()

    def _dates_toggled(self, on: bool) -> None:
        self.day_from.setEnabled(on)
        self.day_to.setEnabled(on)
        self.reload()

    def filters(self) -> Filters:
        dated = self.use_dates.isChecked()
        first, last = sorted(cast(date, edit.date().toPython()) for edit in (self.day_from, self.day_to))
        return Filters(self.search.text(), self.status.currentData() or "", self.service.currentData() or "",
                       first if dated else None, last if dated else None)

    def reload(self, *, keep_depth: bool = False, seek: bool = False) -> None:
        """The list from its first row: one screen, or (``keep_depth``, after a sync) as many rows as were
        listed, so the highlighted row further down stays listed."""
        self._generation += 1
        generation = self._generation
        chosen, finder = self.filters(), self.finder
        asked = max(PAGE, len(self.rows)) if keep_depth else PAGE
        self._seeking = seek
        run_in_background(lambda: (finder.find(chosen, asked), finder.catalogue()),
                          lambda found: self._show(generation, *found, chosen=chosen, asked=asked),
                          self.services.show_error)

    def _show(self, generation: int, rows: list[Any], catalogue: Any, *, chosen: Filters | None = None,
              asked: int = PAGE) -> None:
        if generation != self._generation:  # an older search finished after a newer one
            return
        lang, self.catalogue = self.language, catalogue
        if self.service.count() == 1:
            for svc in catalogue.services:
                self.service.addItem(svc.name.text(lang), svc.code)
        self.rows = list(rows)
        self.rows_generation = generation
        self._chosen = chosen or self.filters()
        self._more, self._asking_more = len(rows) >= asked, False
        # Refilling must not move the detail on its own: the highlight is put back below, by application.
        self.table.blockSignals(True)
        try:
            self.table.fill([self._cells(s) for s in rows])
            self._tooltips(0)
            if len(rows) == 1 and receipt_code(self.search.text()) is not None:
                self.wanted = rows[0].uuid  # a scanned receipt names one application: open it at once
            row = next((r for r, s in enumerate(rows) if s.uuid == self.wanted), -1)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)
        finally:
            self.table.blockSignals(False)
        if row >= 0 and self.wanted:
            self._seeking = False
            self.open(self.wanted)  # read again: a sync may have changed its status since
        elif self._seeking and self.wanted and self._more and len(self.rows) < SHOWN:
            self.ask_more()  # opened from elsewhere: its row may be on a later screen
        else:
            self._seeking = False
            self._clear_detail()
        self._fill_view()

    def _selected(self) -> None:
        uuid = self.table.current_key()
        if self.table.currentRow() >= len(self.rows) - NEAR_END:
            self.ask_more()  # the keyboard walks down the list: the next screen is on its way before the end
        if uuid:
            self.open(uuid)
        else:
            self._clear_detail()

    def _clear_detail(self) -> None:
        self.wanted = None
        self._detail_generation += 1  # a detail still on its way is not shown
        self.current = None
        self.certificate = None
        self.summary.setText(tr("Choose an application to see it here."))
        self.timeline.clear()
        self.appeals_box.clear()
        self._show_offers({})

    def open(self, uuid: str) -> None:
        """Show ``uuid`` (the highlighted row, or one asked for by another screen): its row is highlighted
        when listed, the actions are greyed at once and come back with its fresh detail."""
        if uuid != self.table.current_key():
            row = next((r for r in range(self.table.rowCount())
                        if (item := self.table.item(r, 0)) and item.data(Qt.ItemDataRole.UserRole) == uuid), -1)
            self.table.blockSignals(True)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)
            self.table.blockSignals(False)
        if self.current is None or self.current.uuid != uuid:
            self.current = None
            self._show_offers({})
        self.wanted = uuid
        self._detail_generation += 1
        generation = self._detail_generation
        finder, handover, receipts, voiding, appeals = self.finder, self.handover, self.receipts, self.voiding, self.appeals
        run_in_background(lambda: (*finder.open(uuid), finder.catalogue(), handover.certificate(uuid),
                                   receipts.targets(), voiding.voidable(uuid), tuple(appeals.filed(uuid))),
                          lambda found: self._show_detail(generation, found), self.services.show_error)

    def _show_detail(self, generation: int,
                     found: tuple[Application, list[dict[str, str]], Any, Any, PrintTargets, bool, Any]) -> None:
        app, history, catalogue, certificate, targets, voidable, stored = found
        if generation != self._detail_generation or app.uuid != self.wanted:
            return  # the operator has moved on to another row meanwhile
        self.filed = tuple(a.filed for a in stored)
        self.appeals_box.show_appeals(stored, self.appeals.today())
        self.catalogue, self.certificate, self.targets = catalogue, certificate, targets
        self.current = app
        lang = self.language
        a = app.applicant
        name_mr, name_en = a.name_mr.full(), a.name_en.full()
        lines = [f"<b>{app.receipt_number}</b> — {service_name(self.catalogue, app.service_code, lang)}",
                 f"{name_mr}<br>{name_en}", f"{tr('Mobile')}: {a.mobile}",
                 f"{tr('Status')}: <b>{status_text(app.status, lang)}</b>",
                 f"{tr('Fees')}: {money(app.total_paise)}", f"{tr('Due date')}: {day_text(app.due_date)}"]
        if app.portal_number:
            lines.append(f"{tr('Portal no.')}: {app.portal_number}")
        self.summary.setText("<br>".join(lines))
        self.timeline.clear()
        for h in history:
            note = f" — {history_note(h['note'], lang)}" if h.get("note") else ""
            try:
                when = moment_text(datetime.fromisoformat(h["at"]))
            except ValueError:
                when = h["at"]
            self.timeline.addItem(f"{when}  {status_text(h['status'], lang)}{note}")
        self.voidable = voidable
        self._actions_for(app)

    def _actions_for(self, app: Application) -> None:
        facts = Facts(self.certificate is not None, self.voidable,
                      allowed(self.services.operator, Action.VOID), self.appeals.today(), self.filed)
        self._show_offers(offers(app, facts, self.language))

    def _show_offers(self, shown: dict[str, Offer]) -> None:
        """Each button enabled as ``shown`` allows (all greyed when empty: no application yet), with why not."""
        self.offers = shown
        for key, button in zip(ACTIONS, self._buttons(), strict=True):
            offer = shown.get(key, Offer(False))
            button.setEnabled(offer.allowed)
            button.setToolTip(offer.why)
        self.why.setText("<br>".join(f"<b>{b.text().rstrip('…')}</b>: {shown[k].why}"
                                     for k, b in zip(ACTIONS, self._buttons(), strict=True)
                                     if k in shown and not shown[k].allowed and k == "appeal"
                                     and shown[k].why))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.reprint_button, self.certificate_button, self.deliver_button, self.appeal_button,
                self.void_button, self.documents_button)
