"""Moving through the new-application page by keyboard: Enter goes to the application's next field in reading
order, Enter in the last field saves, and whatever gets the focus is scrolled into view — an input the
operator cannot see never holds the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def can_take_focus(widget: QWidget, page: QWidget) -> bool:
    return (widget.isVisibleTo(page) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and page.isAncestorOf(widget))


def move_on(widget: QWidget, fields: list[QWidget], page: QWidget, save: Callable[[], None],
            passed: Collection[QWidget] = ()) -> None:
    """Enter in ``widget``: focus the next of the application's ``fields`` in reading order (the documents
    panel and the buttons between them are for Tab), or save after the last: "in the last field, Enter
    saves"."""
    owner = next((i for i, f in enumerate(fields) if f is widget or f.isAncestorOf(widget)), None)
    if owner is None:
        return
    # ``passed``: inputs Enter goes past (Tab still reaches them), e.g. the delivery channels' ticks
    target = next((f for f in fields[owner + 1:] if f not in passed and can_take_focus(f, page)), None)
    if target is None:
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
