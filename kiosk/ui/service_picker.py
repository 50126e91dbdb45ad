"""The service picker of the New application screen: ~1,500 services found from the keyboard.

Type (Marathi, English, or Marathi in English letters: *utpanna*), the list follows each keystroke; ↑/↓ and
Page Up/Down move in it without leaving the search box, Enter opens the highlighted service, Ctrl+↑/↓ moves
to another department (the list on the left, with how many of the found services each holds). With nothing
typed the list is this hub's most used services first. Each row says the time limit and the fee — "fee
not known" where the catalogue does not know it, never ₹0.00 — and, for a supervisor, that a Marathi name
was written by the kiosk team ("translated"), to be checked.

The search runs on the index (:mod:`kiosk.domain.service_index`, built on the worker pool with the usage
counts); each keystroke costs well under a millisecond, so it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.domain.catalogue import Service
from kiosk.domain.service_index import Department, ServiceIndex
from kiosk.ui.formatting import money
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.theme import WARN

SHOWN = 60  # rows listed for a query: more than a screen; the department list says how many there are
ROW = Qt.ItemDataRole.UserRole  # the service code
FACTS = Qt.ItemDataRole.UserRole + 1  # (other name, time limit, fee, fee unknown, translated) for painting
ALL = ""  # the department list's first row: every department
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
_PAGES = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}


def time_limit_text(service: Service, language: str) -> str:
    """"21 days", "same day" (the catalogue's words), or a dash when the catalogue has no limit."""
    if service.rts_days is not None:
        return plural(service.rts_days, N_("{n} day"), N_("{n} days")).format(n=service.rts_days)
    return service.rts_text.text(language) if service.rts_text is not None else "—"


def fee_text(service: Service) -> tuple[str, bool]:
    """The citizen's total, "no fee" for a known zero, or "fee not known" (True: shown as a warning)."""
    if not service.fee_known:
        return tr("fee not known"), True
    return (money(service.total_paise) if service.total_paise else tr("no fee")), False


def is_translated(service: Service) -> bool:
    return service.name_confidence.mr == "translated"


class ServiceRows(QStyledItemDelegate):
    """One line a service: its name, the other language's name in grey, then time limit, fee and badge in
    columns of their own, so the eye runs down them."""

    LIMIT_W, FEE_W, BADGE_W, GAP = 110, 150, 100, 10

    def __init__(self, parent: QWidget, badges: bool) -> None:
        super().__init__(parent)
        self.badge_w = self.BADGE_W if badges else 0  # only a supervisor is shown the badge: no empty column

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        facts = index.data(FACTS)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not facts:
            super().paint(painter, option, index)
            return
        other, limit, fee, unknown_fee, translated = facts
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        style = opt.widget.style() if opt.widget is not None else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = opt.rect.adjusted(8, 0, -8, 0)
        right = rect.right()
        badge = QRect(right - self.badge_w, rect.top(), self.badge_w, rect.height())
        fee_box = QRect(badge.left() - self.GAP - self.FEE_W, rect.top(), self.FEE_W, rect.height())
        limit_box = QRect(fee_box.left() - self.GAP - self.LIMIT_W, rect.top(), self.LIMIT_W, rect.height())
        text_box = QRect(rect.left(), rect.top(), limit_box.left() - self.GAP - rect.left(), rect.height())
        plain = QColor("white") if selected else QColor("black")
        quiet = QColor("#e6eefc") if selected else QColor("#5b6573")
        base = opt.widget.font() if opt.widget is not None else opt.font  # the style sheet's size
        painter.setFont(base)
        metrics = painter.fontMetrics()
        middle = Qt.AlignmentFlag.AlignVCenter
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_box.width())
        painter.setPen(plain)
        painter.drawText(text_box, middle | Qt.AlignmentFlag.AlignLeft, shown)
        room = text_box.width() - metrics.horizontalAdvance(shown) - 24
        if other and room > 60:
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() - 2, 8))
            painter.setFont(small)
            rest = QRect(text_box.right() - room, rect.top(), room, rect.height())
            painter.setPen(quiet)
            painter.drawText(rest, middle | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(other, Qt.TextElideMode.ElideRight, room))
            painter.setFont(base)
        painter.setPen(plain)
        painter.drawText(limit_box, middle | Qt.AlignmentFlag.AlignRight,
                         metrics.elidedText(limit, Qt.TextElideMode.ElideRight, limit_box.width()))
        painter.setPen(QColor("#ffd7d3") if selected and unknown_fee else QColor(WARN) if unknown_fee else plain)
        painter.drawText(fee_box, middle | Qt.AlignmentFlag.AlignRight, fee)
        if translated:
            mark = QRect(badge.left() + 8, rect.top() + 5, self.badge_w - 8, rect.height() - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f59e0b"))
            painter.drawRoundedRect(mark, 6, 6)
            painter.setPen(QColor("black"))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(
                tr("translated"), Qt.TextElideMode.ElideRight, mark.width() - 6))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 14))


class ServicePicker(QWidget):
    """The department list and the found services; the search box (:attr:`search`) is laid out by the page,
    on its top row. Emits :attr:`chosen` with a service code."""

    chosen = Signal(str)

    def __init__(self, language: str, supervisor: bool, form_open: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language, self.supervisor, self.form_open = language, supervisor, form_open
        self.index: ServiceIndex | None = None
        self.search = QLineEdit()
        self.search.setObjectName("service_search")
        self.search.setPlaceholderText(tr("Search a service in Marathi or English"))
        self.search.setToolTip(tr("Marathi typed in English letters is found too. ↑ ↓ choose, Enter opens, "
                                  "Ctrl+↑ ↓ another department."))
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.pick_current)
        self.search.installEventFilter(self)
        self.departments = QListWidget()
        self.departments.setObjectName("service_departments")
        self.departments.setFixedWidth(260)
        self.departments.setWordWrap(True)  # a department's whole name, on two lines if need be
        self.departments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.departments.currentRowChanged.connect(lambda _row: self.refresh())
        self.results = QListWidget()
        self.results.setObjectName("service_results")
        self.results.setItemDelegate(ServiceRows(self.results, supervisor))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._chose)
        self.results.itemClicked.connect(self._chose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.departments)
        row.addWidget(self.results, 1)
        self._department_keys: list[str] = []
        self.shown_departments: list[Department] = []
        self._counts: list[int] = []  # per row of the department list, for the query shown

    # ------------------------------------------------------------------------------------------ data
    def load(self, index: ServiceIndex) -> None:
        """Show ``index``'s services (what the page's worker built) and the search typed so far."""
        self.index = index
        self.departments.blockSignals(True)
        self.departments.clear()
        self._department_keys = [ALL]
        self.departments.addItem(QListWidgetItem(tr("All departments")))
        self.shown_departments = sorted(index.departments(), key=lambda d: self._department_name(d).casefold())
        for department in self.shown_departments:
            self._department_keys.append(department.key)
            self.departments.addItem(QListWidgetItem(self._department_name(department)))
        self.departments.setCurrentRow(0)
        self.departments.blockSignals(False)
        self.refresh()

    def _department_name(self, department: Department) -> str:
        return department.service.department.text(self.language)

    def department(self) -> str:
        row = self.departments.currentRow()
        return self._department_keys[row] if 0 <= row < len(self._department_keys) else ALL

    def refresh(self, *_: Any) -> None:
        """List what the search box and the department ask for, best first."""
        if self.index is None:
            return
        found = self.index.search(self.search.text(), self.department() or None, limit=SHOWN)
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for svc in found.services:
            self.results.addItem(self._row(svc))
        if not found.services:
            nothing = QListWidgetItem(tr("No service found. Type fewer letters, or look in all departments."))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(nothing)
        self.results.setUpdatesEnabled(True)
        self._count_departments(found.by_department)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.setVisible(True)
        self._fit()

    def _row(self, svc: Service) -> QListWidgetItem:
        lang = self.language
        other = svc.name.en if lang in ("mr", "hi") else svc.name.text("mr")  # Latin digits, the one rule
        fee, unknown = fee_text(svc)
        item = QListWidgetItem(svc.name.text(lang))
        item.setData(ROW, svc.code)
        item.setData(FACTS, (other, time_limit_text(svc, lang), fee, unknown,
                             self.supervisor and is_translated(svc)))
        item.setToolTip(f"{svc.name.text(lang)}\n{other}\n{svc.department.text(lang)}")
        return item

    def _count_departments(self, counts: Mapping[str, int]) -> None:
        total = sum(counts.values())
        assert self.index is not None
        self._counts = [total] + [counts.get(d.key, 0) for d in self.shown_departments]
        for row, department in enumerate(self.shown_departments, start=1):
            n = counts.get(department.key, 0)
            item = self.departments.item(row)
            item.setText(f"{self._department_name(department)} ({n})")
            item.setForeground(QColor("black") if n else QColor("#8a8f98"))
        self.departments.item(0).setText(f"{tr('All departments')} ({total})")

    # ----------------------------------------------------------------------------------- geometry
    def _fit(self) -> None:
        """The list takes the page while no form is open, two fifths of it over an open form."""
        page = self.parentWidget()
        height = page.height() if page is not None else 600
        top = self.y() if self.y() > 0 else self.search.height() + 20  # below the page's search row
        room = height - top - 48  # the notice line and the margins stay on the page
        self.setFixedHeight(max(170, room * 2 // 5 if self.form_open() else room))

    def collapse(self, text: str) -> None:
        """A service was opened: the search box shows its name, the list goes away until typed in again."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.results.clear()
        self.setVisible(False)

    # ------------------------------------------------------------------------------------ keyboard
    def pick_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and self.isVisible():
            self._chose(item)

    def _chose(self, item: QListWidgetItem) -> None:
        if item.data(ROW):  # not the "nothing found" line
            self.chosen.emit(str(item.data(ROW)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in _MOVES and ctrl:
                self._next_department(_MOVES[key])
                return True
            if key in _MOVES or key in _PAGES:
                if not self.isVisible():
                    self.refresh()
                page = max(self.results.viewport().height() // max(self.results.sizeHintForRow(0), 1) - 1, 1)
                self._step(self.results, _MOVES.get(key, 0) or _PAGES[key] * page)
                return True
        return super().eventFilter(watched, event)

    def _next_department(self, by: int) -> None:
        """The next department up or down that holds some of the services found (empty ones are passed)."""
        row = self.departments.currentRow() + by
        while 0 < row < len(self._counts) and not self._counts[row]:
            row += by
        if 0 <= row < len(self._counts):
            self.departments.setCurrentRow(row)

    @staticmethod
    def _step(view: QListWidget, by: int) -> None:
        if view.count():
            view.setCurrentRow(min(max(view.currentRow() + by, 0), view.count() - 1))
