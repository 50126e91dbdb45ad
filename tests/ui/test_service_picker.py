"""The service list is tall enough to read on a 1366x768 counter: a search with no form open shows a dozen
services or more (it showed four behind a 170 px cap), and over an open form it still shows more than four."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_window, new_page


def _rows_seen(page: Any) -> int:
    QApplication.processEvents()  # the layout gives the list its height
    return page.results.viewport().height() // max(page.results.sizeHintForRow(0), 1)


def test_the_service_list_takes_the_room_it_has(qtbot: Any, ctx: Any, marathi: Any) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    page = new_page(qtbot, window)
    page.search.setText("प्रमाणपत्र")
    assert page.results.count() >= 10
    assert _rows_seen(page) >= min(page.results.count(), 12)  # every result, up to a dozen, at once
    assert page.results.height() < page.height()  # a list, not more than the page
    page.search.setText("income")
    page.picker.pick_current()
    assert page.form is not None
    page.search.setText("प्रमाणपत्र")
    assert 4 < _rows_seen(page) < 12  # over an open form: readable, and the form still shows below
