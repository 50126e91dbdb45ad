"""The supervisor's service list: every service, a "translated" mark on Marathi names the kiosk team wrote,
"fee not known" instead of ₹0.00, the counts and the unknowns — read from the catalogue in use."""

from __future__ import annotations

from typing import Any

from kiosk.ui.catalogue_view import CatalogueView


def test_the_service_list_shows_translated_names_unknown_fees_and_the_unknowns(qtbot: Any, ctx: Any) -> None:
    view = CatalogueView(ctx.use_cases().settings, "en")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.ready, timeout=20000)
    rows = view.table.rowCount()
    assert rows == len(ctx.catalogue().services) > 900
    cells = {view.table.item(r, 1).text(): [view.table.item(r, c).text() for c in range(6)] for r in range(rows)}
    loud = cells["Loudspeaker licence"]
    assert "[translated]" in loud[0] and loud[4] == "fee not known — check the GR" and loud[5] == "generic"
    income = cells["Income certificate"]
    assert "translated" not in income[0] and income[4].endswith("69.00") and income[5] == "detailed"
    assert "services" in view.summary.text() and "fees (" in view.unknown.text()
