"""Issue 17: a citizen walks into another hub with only a receipt. The look-up asks the portal
(``GET /receipts/{number}``) for the public facts — service, status, due date, documents asked for, the hub
that took it — and says where the rest is done; offline it says only the portal knows it; a broken answer
is refused, never shown. Two real kiosk homes of two hubs, one simulator over loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.counter.delivery import Deliveries
from kiosk.demo import ensure_demo_hub
from kiosk.domain.errors import NotFound, ReceiptElsewhereOffline
from kiosk.domain.messages import describe
from kiosk.portal.errors import PortalBadResponse
from kiosk.portal.simulator import PortalSimulator
from kiosk.receipts.model import qr_payload
from kiosk.store.hub import load_hub, save_hub
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, sim_config, take_apps


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        yield running


@pytest.fixture
def other_hub(tmp_path: Path) -> Iterator[KioskContext]:
    ctx = build_context(tmp_path / "other", "en")
    ensure_demo_hub(ctx.database())
    save_hub(ctx.database(), replace(load_hub(ctx.database()), code="MH-PUN-HVL-0009"))
    yield ctx
    ctx.close()


def desk(ctx: KioskContext, portal: Any) -> Deliveries:
    return Deliveries(ctx.applications, ctx.catalogues, ctx.now, ctx.today, portal)


def test_another_hubs_receipt_is_answered_by_the_portal(ctx: KioskContext, other_hub: KioskContext,
                                                        sim: PortalSimulator) -> None:
    uuid = take_apps(ctx, 1, docs=0)[0]
    drain(make_engine(ctx, make_client(sim.url)))
    app = ctx.applications().get(uuid)
    here = desk(other_hub, lambda: make_client(sim.url))

    answer, view = here.desk(app.receipt_number, "en")
    assert view is None and answer.uuid == ""  # nothing of it is kept at this hub
    assert answer.receipt_number == app.receipt_number and answer.status == "submitted"
    assert answer.elsewhere == f"Taken at hub {app.hub_code}: as the portal knows it now."
    assert answer.due_date == app.due_date
    assert f"handled at hub {app.hub_code}" in answer.next_text
    # the public answer carries no personal data: the applicant's name is nowhere in it
    assert app.applicant.name_en.first not in " ".join(answer.lines())

    # the portal sends it back for documents: the scanned QR finds it too, with what was asked, in Marathi
    sim_admin(sim, "decide", {"application_id": app.portal_number or ctx.applications().get(uuid).portal_number,
                              "status": "documents_pending"})
    answer = here.look_up(qr_payload(app.receipt_number, uuid), "mr")
    assert answer.status == "documents_pending" and answer.missing == ("स्वयंघोषणापत्र (स्पष्ट प्रत)",)
    assert answer.elsewhere.startswith(f"{app.hub_code} केंद्रावर")

    # a receipt no hub issued: the portal knows none either, so it is the usual "nothing found"
    with pytest.raises(NotFound):
        here.look_up("MH-NOPE-0000-20261203-0001", "en")
    # typed text that is not a receipt number never reaches the portal's path
    with pytest.raises(NotFound):
        here.look_up("../../hubs/ring", "en")


def test_offline_it_says_only_the_portal_knows(ctx: KioskContext, other_hub: KioskContext,
                                                sim: PortalSimulator) -> None:
    here = desk(other_hub, lambda: make_client("http://127.0.0.1:9"))  # nothing listens on the discard port
    with pytest.raises(ReceiptElsewhereOffline) as caught:
        here.look_up("MH-PUN-HVL-0001-20261127-0001", "en")
    said = describe(caught.value, "mr")
    assert "MH-PUN-HVL-0001-20261127-0001" in said and "पोर्टल" in said
    # without a portal wired (an older composition) it stays the plain "nothing found"
    with pytest.raises(NotFound):
        desk(other_hub, None).look_up("MH-PUN-HVL-0001-20261127-0001", "en")


class _Hostile:
    """A portal client whose answer parsed as JSON but is not what the contract promises (the transport's own
    checks — size, type, truncation — are tested with the real client in tests/portal)."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer

    def receipt_status(self, number: str) -> dict[str, Any]:
        return self.answer

    def close(self) -> None:
        pass


@pytest.mark.parametrize("answer", [
    {"status": "teleported", "service_code": "income-certificate"},
    {"status": "approved", "due_date": "31-02-2026"},
    {"status": "approved", "documents_requested": "everything"},
])
def test_a_broken_portal_answer_is_refused_not_shown(other_hub: KioskContext, answer: dict[str, Any]) -> None:
    with pytest.raises(PortalBadResponse):
        desk(other_hub, lambda: _Hostile(answer)).look_up("MH-PUN-HVL-0001-20261127-0001", "en")
