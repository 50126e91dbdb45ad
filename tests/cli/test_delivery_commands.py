"""Issue 17 at the command line: ``lookup`` (a receipt number or its QR text), ``deliveries`` and
``delivery-change`` — the real CLI in-process against the simulator, in English and Marathi."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.app import KioskContext
from kiosk.portal.simulator import PortalSimulator
from kiosk.receipts.model import qr_payload
from tests.security.cli_helpers import run_cli
from tests.sync.conftest import sim_config
from tests.sync.test_delivery_channels import WHATSAPP, approve, channels_form, sync, take


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        yield running


def test_lookup_delivery_history_and_change(ctx: KioskContext, sim: PortalSimulator,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    uuid = take(ctx, channels_form({**WHATSAPP, "contact": "9822010000"}))
    receipt = ctx.applications().get(uuid).receipt_number
    home = ctx.paths.home
    code, out, err = run_cli(home, capsys, monkeypatch, "lookup", receipt)
    assert code == 0, err
    assert "Still missing: Proof of identity" in out and "Bring the missing documents to the counter." in out
    assert "The time limit starts once every document is in." in out  # RTS Rule 6: no due date yet
    sync(ctx, sim)
    approve(ctx, sim, uuid)
    code, out, err = run_cli(home, capsys, monkeypatch, "lookup", qr_payload(receipt, uuid), lang="mr")
    assert code == 0, err
    assert "प्रमाणपत्र तयार आहे पण पाठवता आले नाही (व्हॉट्सॲप)" in out
    code, out, _ = run_cli(home, capsys, monkeypatch, "deliveries", "--failed")
    assert receipt in out and "WhatsApp — this number is not on WhatsApp" in out
    code, out, err = run_cli(home, capsys, monkeypatch, "delivery-change", receipt, "--channel", "email:a@b.in")
    assert code == 1 and "consent" in err  # consent is the citizen's, said at the counter: never assumed
    code, out, err = run_cli(home, capsys, monkeypatch, "delivery-change", receipt, "--channel", "email:a@b.in",
                             "--channel", "print_at_hub", "--consent", "--operator", "op1")
    assert code == 0 and "E-mail, Printed at the hub" in out, err
    code, out, _ = run_cli(home, capsys, monkeypatch, "deliveries", receipt)
    assert "a…@b.in" in out and "a@b.in" not in out  # the contact is masked on screen
    code, out, _ = run_cli(home, capsys, monkeypatch, "lookup", "MH-NOPE-0000-20261203-0001")
    assert code == 1
