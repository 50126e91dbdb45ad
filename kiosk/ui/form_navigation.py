"""Moving through the new-application page by keyboard: Enter goes to the next input in reading order (the
tab order), Enter in the last input saves, and whatever gets the focus is scrolled into view — an input
the operator cannot see never holds the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget


def can_take_focus(widget: QWidget, page: QWidget) -> bool:
    return (widget.isVisibleTo(page) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and page.isAncestorOf(widget)
            and widget.focusProxy() is None)


def next_input(widget: QWidget, page: QWidget) -> QWidget | None:
    """The input after ``widget`` in the page's tab order (None after the last)."""
    w = widget.focusProxy() or widget
    seen = {id(w)}
    candidate = w.nextInFocusChain()
    while candidate is not None and id(candidate) not in seen:
        seen.add(id(candidate))
        if can_take_focus(candidate, page) and not (w.isAncestorOf(candidate)):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def move_on(widget: QWidget, page: QWidget, last: QAbstractButton, save: Callable[[], None]) -> None:
    """Enter in ``widget``: focus the next input, or save when the next would be the Save button (or the
    page ends): "in the last field, Enter saves"."""
    if widget is last or last.isAncestorOf(widget):
        save()
        return
    target = next_input(widget, page)
    if target is None or target is last:
        save()
        return
    target.setFocus(Qt.FocusReason.TabFocusReason)


class FocusInView(QObject):
    """Scrolls whichever of ``areas`` holds the newly focused widget so that it (and its error line) shows.
    A child of the page, so the connection ends with the page."""

    def __init__(self, page: QWidget, areas: Callable[[], list[QScrollArea]]) -> None:
        super().__init__(page)
        self.page = page
        self.areas = areas
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.page.isAncestorOf(new):
            return
        for area in self.areas():
            inner = area.widget()
            if inner is not None and inner.isAncestorOf(new):
                holder = new.parentWidget()
                area.ensureWidgetVisible(holder if holder is not None and holder is not inner else new, 10, 24)
