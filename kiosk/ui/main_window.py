"""The operator's window: navigation on the left, one screen at a time, the sync state always visible."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.login import Operator, allowed
from kiosk.counter.use_cases import UseCases
from kiosk.security.roles import Action
from kiosk.store.hub import Hub
from kiosk.ui.answers_notice import AnswersNotice
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import operator_name
from kiosk.ui.i18n import N_, follow_digits_rule, tr
from kiosk.ui.screen_fit import resize_to_fit
from kiosk.ui.sync_control import SyncController
from kiosk.ui.sync_header import ElidedLabel, SyncHeader
from kiosk.ui.update_notice import UpdateNotice, start_update_check
from kiosk.ui.visit_banner import VisitBanner

GEOMETRY_SETTLE_MS = 800  # a drag or a resize sends many events; the geometry is saved once it stops
UPDATE_CHECK_EVERY_S = 3600.0  # a release is news for a day, not a minute; the portal need not hear more
NEWS_CHECK_EVERY_MS = 60_000  # answers also come by ``sync --watch`` or a carried bundle, not only our sync

@dataclass
class Services(UseCases):
    """What every screen may use: the counter's use cases (the fields of ``UseCases``, flat: ``services.
    day_close``, ``services.users`` …, built by the composition root), who is signed in, the window's one
    sync, a way to complain and a way to move to another screen. A screen takes the few it needs; none
    reaches the database itself, and store work runs on the pool (``run_in_background``)."""

    operator: Operator
    sync: SyncController
    show_error: Callable[[BaseException], None]
    navigate: Callable[[str], None]
    open_application: Callable[[str], None]  # one application (uuid) on the Applications screen

    @classmethod
    def build(cls, use_cases: UseCases, operator: Operator, sync: SyncController,
              show_error: Callable[[BaseException], None], navigate: Callable[[str], None],
              open_application: Callable[[str], None] = lambda _uuid: None) -> Services:
        counter = {f.name: getattr(use_cases, f.name) for f in fields(UseCases)}
        return cls(**counter, operator=operator, sync=sync, show_error=show_error, navigate=navigate,
                   open_application=open_application)


def _factory(module: str, name: str) -> Callable[[Services], QWidget]:
    """Imports the screen's module only when the screen is first opened (start-up stays short)."""
    def build(services: Services) -> QWidget:
        import importlib

        page: QWidget = getattr(importlib.import_module(module), name)(services)
        return page
    return build


# (key, label, module, class, action the operator needs or "" for everyone)
PAGES: tuple[tuple[str, str, str, str, str], ...] = (
    ("dashboard", N_("Dashboard"), "kiosk.ui.dashboard", "DashboardPage", ""),
    ("new", N_("New application"), "kiosk.ui.new_application", "NewApplicationPage", Action.TAKE_APPLICATION),
    ("applications", N_("Applications"), "kiosk.ui.applications", "ApplicationsPage", ""),
    ("sync", N_("Sync"), "kiosk.ui.sync_panel", "SyncPage", Action.SYNC),
    ("payments", N_("Payments pending"), "kiosk.ui.payments_page", "PaymentsPage", Action.TAKE_APPLICATION),
    ("more_documents", N_("Documents asked for"), "kiosk.ui.more_documents_page", "MoreDocumentsPage",
     Action.TAKE_APPLICATION),
    ("dayclose", N_("Day close"), "kiosk.ui.dayclose", "DayClosePage", ""),
    ("users", N_("Users"), "kiosk.ui.users_page", "UsersPage", Action.MANAGE_USERS),
    ("settings", N_("Settings"), "kiosk.ui.settings_page", "SettingsPage", Action.MANAGE_USERS),
)


class LazyPages(Mapping[str, Any]):
    """The screens, each built the first time it is asked for (building all six with 100,000 applications
    took ~850 ms at start; now only the dashboard is built before the window appears)."""

    def __init__(self, services: Services, stack: QStackedWidget) -> None:
        self.services = services
        self.stack = stack
        self.built: dict[str, Any] = {}
        self.holders: dict[str, QScrollArea] = {}
        self.factories = {key: _factory(module, cls) for key, _l, module, cls, _a in PAGES}

    def __getitem__(self, key: str) -> Any:
        if key not in self.built:
            page = self.factories[key](self.services)  # KeyError for an unknown screen, as a dict would
            self.built[key] = page
            self.stack.addWidget(self._scrolling(key, page))
            follow_digits_rule(page)
        return self.built[key]

    def _scrolling(self, key: str, page: QWidget) -> QScrollArea:
        """The page inside a frameless scroll area: a page taller than the screen (text size 18, a
        1280×720 monitor) scrolls, instead of pushing the window's status bar and buttons off the screen."""
        holder = QScrollArea()
        holder.setObjectName(f"page_{key}")
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, never to the frame
        holder.setWidget(page)
        self.holders[key] = holder
        return holder

    def follow_focus(self, new: QWidget | None) -> None:
        """Keyboard first: the widget Tab or Enter just reached is scrolled into view in its page."""
        if new is None:
            return
        for holder in self.holders.values():
            page = holder.widget()
            if holder.isVisible() and page is not None and page.isAncestorOf(new):
                holder.ensureWidgetVisible(new, 0, 8)
                return

    def holder(self, key: str) -> QScrollArea:
        self[key]
        return self.holders[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.factories)

    def __len__(self) -> int:
        return len(self.factories)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_requested = Signal(str)
    geometry_changed = Signal(bytes)  # saveGeometry(), once the operator stops moving or resizing the window

    def __init__(self, use_cases: UseCases, operator: Operator, *, sync: SyncController | None = None) -> None:
        super().__init__()
        self.sync = sync or SyncController(use_cases.syncing, parent=self)
        self.services = Services.build(use_cases, operator, self.sync, self.show_error, self.navigate,
                                       self.open_application)
        self.language = use_cases.language
        self.setWindowTitle(tr("Seva Kiosk"))
        follow_digits_rule(self)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training = False
        self.banner = QLabel(tr("TRAINING MODE — practice data, nothing goes to the real portal"))
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()  # shown once the hub is read (on the pool) and is the training hub
        outer.addWidget(self.banner)
        # The sync state where the operator looks, and what the portal has answered (leads to the list).
        self.indicator = SyncHeader(self.sync, lambda: self.navigate("sync"), central)
        outer.addWidget(self.indicator)
        self.notice = AnswersNotice(use_cases.news, self.show_applications, central)
        outer.addWidget(self.notice)
        self.visit_banner = VisitBanner(self.services, central)  # issue 18: while a doorstep visit is open
        outer.addWidget(self.visit_banner)
        hub_setup = use_cases.hub
        run_in_background(lambda: (hub_setup.hub(), hub_setup.training()), self._show_hub, self.show_error)
        # Supervisors hear of a newer signed release after a sync that reached the portal (at most hourly);
        # it is staged for the technician, never installed mid-shift.
        self.update_notice = UpdateNotice(central)
        outer.addWidget(self.update_notice)
        self._update_checked_at: float | None = None
        if allowed(operator, Action.MANAGE_USERS):
            self.sync.finished.connect(self._check_for_update)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.pages = LazyPages(self.services, self.stack)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for key, label, _module, _cls, action in PAGES:
            item = QListWidgetItem(tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            if action and not allowed(operator, action):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(tr("Only a supervisor can open this."))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self.setCentralWidget(central)
        who = ElidedLabel()
        who.setText(tr("Operator: {name}").format(name=operator_name(operator)))
        who.setObjectName("operator_name")
        self.indicator.add_trailing(who)
        # The status bar only carries a short message (a refused screen, a second sync): hidden otherwise,
        # its height goes to the screen (the header above says what it used to say).
        bar = self.statusBar()
        bar.messageChanged.connect(lambda text: bar.setVisible(bool(text)))
        bar.hide()
        self.sync.failed.connect(self.show_error)
        self.sync.finished.connect(lambda _r: self.notice.check())
        self._news_timer = QTimer(self)
        self._news_timer.timeout.connect(self.notice.check)
        self._news_timer.start(NEWS_CHECK_EVERY_MS)
        self.notice.check()
        self._shortcuts()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync.refresh)
        self._timer.start(15_000)
        self.sync.refresh()
        self.nav.setCurrentRow(0)
        # Sized to fit the screen before the shell restores the operator's geometry or maximises it.
        resize_to_fit(self, 1280, 800)
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.setInterval(GEOMETRY_SETTLE_MS)
        self._geometry_timer.timeout.connect(lambda: self.geometry_changed.emit(bytes(self.saveGeometry().data())))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.pages.follow_focus(new)

    def _show_hub(self, found: tuple[Hub, bool]) -> None:
        hub, self.training = found
        self.setWindowTitle(tr("Seva Kiosk") + " — " + (hub.name_mr if self.language in ("mr", "hi") else hub.name_en))
        self.banner.setVisible(self.training)

    def _check_for_update(self, report: Any) -> None:
        now = time.monotonic()
        if not getattr(report, "online", False) or (
                self._update_checked_at is not None and now - self._update_checked_at < UPDATE_CHECK_EVERY_S):
            return
        self._update_checked_at = now
        paths = self.services.paths
        start_update_check(self.update_notice, self.sync.client_factory, paths.assets, paths.home / "updates")

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+N", lambda: self.navigate("new")),
            ("Ctrl+F", self._search),
            ("F5", self.sync_now),
            ("Ctrl+L", self.lock_requested.emit),
        ]
        for keys, fn in bindings:
            QShortcut(QKeySequence(keys), self, fn)

    def _search(self) -> None:
        self.navigate("applications")
        self.pages["applications"].focus_search()

    def sync_now(self) -> None:
        if not self.sync.start():
            self.statusBar().showMessage(tr("A sync is already running."), 4000)

    def open_application(self, uuid: str) -> None:
        """The Applications screen showing ``uuid`` (a dashboard row opened): filters cleared, its row
        highlighted, its detail and actions."""
        self.navigate("applications")
        if self.current_key() == "applications":
            self.pages["applications"].show_application(uuid)

    def show_applications(self, status: str) -> None:
        """The Applications list showing only ``status`` (where a notice of the portal's answers leads)."""
        if status == "documents_pending":  # the work list says what was asked and by when (issue 17)
            self.navigate("more_documents")
            if self.current_key() == "more_documents":
                return
        self.navigate("applications")
        if self.current_key() != "applications":
            return
        page = self.pages["applications"]
        page.search.clear()
        page.use_dates.setChecked(False)
        index = page.status.findData(status)
        if index != page.status.currentIndex():
            page.status.setCurrentIndex(index)  # the list reloads on the change
        page.status.setFocus()

    def navigate(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.statusBar().showMessage(tr("Only a supervisor can open this."), 4000)
                    return
                self.nav.setCurrentRow(row)
                return

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _show_row(self, row: int) -> None:
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(self.pages.holder(key))
        if hasattr(page, "activated"):
            page.activated()

    def show_error(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Seva Kiosk"), sentence(exc, self.language),
                          QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("OK"))  # Qt's own "OK" is English on every screen
        box.setObjectName("error_box")
        box.button(QMessageBox.StandardButton.Ok).setText(tr("OK"))  # Qt's own word would be English
        box.open()

    # The geometry is remembered as the operator leaves it (not at close: the store may be closing then).
    def moveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().moveEvent(event)
        if self.isVisible():
            self._geometry_timer.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.isVisible():
            self._geometry_timer.start()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isVisible():
            self._geometry_timer.start()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.sync.stop()
        for page in self.pages.built.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        super().closeEvent(event)
