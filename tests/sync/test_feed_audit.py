"""Issue 17: what the portal decides on its own also enters the audit trail — an appeal's order and a request
for more documents, each once (a feed page read again, or the same answer carried home in a return bundle,
audits nothing twice), with the portal as the actor and ids only (no names, no document contents)."""

from __future__ import annotations

from kiosk.counter.appeal import AppealRequest
from kiosk.portal.simulator import PortalSimulator
from kiosk.security.verify import entries
from kiosk.store.hub import set_setting
from kiosk.store.portal_answers import FEED_CURSOR_KEY
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps


def _sync(ctx, sim: PortalSimulator) -> None:  # noqa: ANN001
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not engine.report.errors, engine.report.errors


def _portal_entries(ctx) -> list[tuple[str, dict[str, str | int]]]:  # noqa: ANN001
    return [(e.action, e.ids) for e in entries(ctx.database(), limit=1000) if e.actor == "portal"]


def test_an_order_and_a_request_are_audited_once(ctx, sim: PortalSimulator) -> None:
    first, second = take_apps(ctx, 2)
    _sync(ctx, sim)
    apps = ctx.applications()
    one, two = apps.get(first), apps.get(second)
    sim_admin(sim, "decide", {"application_id": one.portal_number, "status": "documents_pending"})
    sim_admin(sim, "decide", {"application_id": two.portal_number, "status": "rejected"})
    _sync(ctx, sim)
    ctx.use_cases().appeals.file(second, AppealRequest(1, "rejected_wrongly"), actor="asha")
    _sync(ctx, sim)
    sim_admin(sim, "appeal-order", {"application_id": two.portal_number, "level": 1, "outcome": "dismissed"})
    _sync(ctx, sim)
    expected = [("documents.requested", {"receipt": one.receipt_number, "documents": 1}),
                ("appeal.order", {"receipt": two.receipt_number, "level": 1, "outcome": "dismissed"})]
    assert _portal_entries(ctx) == expected
    set_setting(ctx.database(), FEED_CURSOR_KEY, "")  # the whole feed read again: nothing is news
    _sync(ctx, sim)
    assert _portal_entries(ctx) == expected
