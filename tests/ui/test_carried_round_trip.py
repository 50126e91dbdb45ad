"""Must-show, in the home kiosk's own window: a carried application comes home with its answer.

Home saves → bundle on a stick → a kiosk of another hub relays it → the portal decides → the home
window's own sync (its own login) brings the decision and the certificate → the Applications screen shows
the application approved and prints the certificate (onto a PDF printer, every page painted).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.status import Status
from tests.sync import carriers
from tests.sync.carriers import CARRIER, CARRIER_SECRET, HOME, HOME_SECRET, carry, export, hub_client, sync
from tests.sync.conftest import sim_admin, take_apps
from tests.ui.conftest import make_window

ring = carriers.ring  # the portal, the home kiosk (ctx) and a carrier kiosk of another hub


def test_the_home_window_shows_the_carried_application_approved_and_prints_its_certificate(
        qtbot: Any, ring: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sim, home, carrier = ring
    [uuid] = take_apps(home, 1)
    carry(carrier, export(home, tmp_path / "usb").path)
    assert sync(carrier, sim, CARRIER, CARRIER_SECRET).sent == 1
    [filed] = sim_admin(sim, "applications")["applications"]
    assert filed["hub_id"] == HOME
    sim_admin(sim, "decide", {"application_id": filed["id"], "status": "approved"})

    # the home window syncs with the home hub's own login, as its controller does at the counter
    monkeypatch.setattr("tests.ui.conftest.make_client", lambda url: hub_client(url, HOME, HOME_SECRET))
    window = make_window(qtbot, home, sim.url)
    reports: list[Any] = []
    window.sync.finished.connect(reports.append)
    window.sync_now()
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    assert reports[-1].online, reports[-1]

    window.navigate("applications")
    page = window.pages["applications"]
    page.open(uuid)
    qtbot.waitUntil(lambda: page.certificate_button.isEnabled(), timeout=10_000)
    assert page.current.status == Status.APPROVED and page.current.portal_number == filed["id"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.print_certificate(printer)
    qtbot.waitUntil(lambda: "printed: 1 page" in page.message.text(), timeout=20_000)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
