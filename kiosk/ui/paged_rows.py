"""The paging half of :class:`kiosk.ui.applications.ApplicationsPage`: the list holds one screen of rows
(:data:`PAGE`, one call to the store) and asks for the next as the operator scrolls or walks down with the
keyboard towards its end — a hub with a million applications reads 20 of them to show the list.

Appending never moves the highlight or the detail (they follow the highlighted application). An
application opened from another screen is looked for screen by screen, up to the newest ``SHOWN``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from kiosk.counter.app_filters import SHOWN, Filters
from kiosk.ui.background import run_in_background
from kiosk.ui.dashboard import person, service_name
from kiosk.ui.formatting import moment_text, status_text
from kiosk.ui.widgets import Table

PAGE = 20  # rows per call
NEAR_END = 3  # rows before the end at which the next screen is asked for


class PagedRows:
    """Mixed into the Applications page, which sets these attributes and the two methods below."""

    table: Table
    rows: list[Any]
    services: Any
    finder: Any
    wanted: str | None
    _generation: int
    _chosen: Filters
    _more: bool
    _asking_more: bool
    _seeking: bool

    language: str
    catalogue: Any

    def open(self, uuid: str) -> None: ...
    def _clear_detail(self) -> None: ...

    def _cells(self, s: Any) -> tuple[str, tuple[str, str, str, str]]:
        lang = self.language
        return s.uuid, (person(s, lang), status_text(s.status, lang),
                        service_name(self.catalogue, s.service_code, lang), short_receipt(s.receipt_number))

    def _tooltips(self, first: int) -> None:
        for r in range(first, len(self.rows)):
            s = self.rows[r]
            for c in range(self.table.columnCount()):
                if (item := self.table.item(r, c)) is not None:
                    item.setToolTip(f"{s.receipt_number} · {moment_text(s.created_at)} — {item.text()}")

    def ask_more(self) -> None:
        """The next screen of the same list, appended (the highlight and the detail stay as they are)."""
        if not self._more or self._asking_more:
            return
        self._asking_more = True
        generation, chosen, offset, finder = self._generation, self._chosen, len(self.rows), self.finder
        run_in_background(lambda: finder.find(chosen, PAGE, offset),
                          lambda found: self._append(generation, offset, found), self.services.show_error)

    def _append(self, generation: int, offset: int, rows: list[Any]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return  # the list was read again meanwhile
        self._asking_more, self._more = False, len(rows) >= PAGE
        found = -1
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(offset + len(rows))
            for r, (key, cells) in enumerate((self._cells(s) for s in rows), start=offset):
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c == 0:
                        item.setData(Qt.ItemDataRole.UserRole, key)
                    self.table.setItem(r, c, item)
            self.rows += rows
            self._tooltips(offset)
            found = next((r for r, s in enumerate(rows, start=offset) if s.uuid == self.wanted), -1)
            if self._seeking and found >= 0:
                self.table.selectRow(found)
        finally:
            self.table.blockSignals(False)
        if self._seeking:
            if found >= 0:
                self._seeking = False
                self.open(self.rows[found].uuid)
            elif self._more and len(self.rows) < SHOWN:
                self.ask_more()
            else:
                self._seeking = False
                self._clear_detail()
        self._fill_view()

    def _fill_view(self) -> None:
        """A tall window shows more rows than one screen holds: ask for more until it scrolls."""
        if self._more and self.table.verticalScrollBar().maximum() == 0 and self.table.isVisible():
            self.ask_more()

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - NEAR_END:
            self.ask_more()


def short_receipt(number: str) -> str:
    """"MH-PUN-HVL-0042-20261125-0004" → "20261125-0004" (the day and serial; the rest is the hub's)."""
    parts = number.split("-")
    return "-".join(parts[-2:]) if len(parts) > 2 else number
