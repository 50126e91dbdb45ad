"""Issue 17: the citizen's delivery channels through the contract, the simulator and back — each outcome.

Real parts: intake, the hub database, the sync engine, the simulator over loopback. The simulator's
outcomes are predictable (a WhatsApp number ending 0000 is not on WhatsApp, a mailbox named full… is full,
a withdrawn contact is refused), so each test shows one the way a trainer would.
"""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.app import KioskContext
from kiosk.domain.errors import ValidationError
from kiosk.domain.intake import take_application
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from tests.forms import income_form
from tests.sync.conftest import drain, make_client, make_engine, sim_admin


def channels_form(*channels: dict[str, Any], **changes: Any) -> dict[str, Any]:
    form = income_form(**changes)
    form["channels"] = list(channels)
    return form


def take(ctx: KioskContext, form: dict[str, Any]) -> str:
    result = take_application(form, catalogue=ctx.catalogue(), calendar=ctx.calendar(), hub_code=ctx.hub().code,
                              operator="op1", now=ctx.now(), today=ctx.today())
    assert result.application is not None, result.problems
    return ctx.applications().save_new(result.application).uuid


def sync(ctx: KioskContext, sim: PortalSimulator) -> None:
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.errors == []


def approve(ctx: KioskContext, sim: PortalSimulator, *uuids: str) -> None:
    for uuid in uuids:
        sim_admin(sim, "decide", {"application_id": ctx.applications().get(uuid).portal_number, "status": "approved"})
    sync(ctx, sim)


WHATSAPP = {"channel": "whatsapp", "contact": "98220 12345", "consent": True}
EMAIL = {"channel": "email", "contact": "sunita@example.org", "consent": True}


def test_each_channel_is_carried_and_each_outcome_comes_back(ctx: KioskContext, sim: PortalSimulator) -> None:
    ok = take(ctx, channels_form(WHATSAPP, EMAIL, {"channel": "print_at_hub"},
                                 {"channel": "portal_download", "consent": True}))
    not_on = take(ctx, channels_form({**WHATSAPP, "contact": "9822010000"}))
    full = take(ctx, channels_form({**EMAIL, "contact": "full.box@example.org"}))
    sync(ctx, sim)
    approve(ctx, sim, ok, not_on, full)
    d = ctx.use_cases().deliveries
    seen = {(a.kind, a.channel, a.outcome) for a in d.view(ok).attempts}
    assert seen == {("acknowledgement", "whatsapp", "delivered"), ("certificate", "whatsapp", "delivered"),
                    ("certificate", "email", "delivered"), ("certificate", "print_at_hub", "ready_at_hub"),
                    ("certificate", "portal_download", "delivered")}
    assert [(a.channel, a.outcome) for a in d.view(not_on).attempts if a.kind == "certificate"] == \
        [("whatsapp", "not_on_whatsapp")]
    assert d.view(not_on).failed == ("whatsapp",)
    assert [(a.channel, a.outcome) for a in d.view(full).attempts if a.kind == "certificate"] == \
        [("email", "mailbox_full")]
    # the acknowledgement of an e-mail-only citizen went by SMS to the mobile
    assert [(a.channel, a.outcome) for a in d.view(full).attempts if a.kind == "acknowledgement"] == \
        [("sms", "delivered")]
    assert {f.uuid for f in d.failed()} == {not_on, full}
    sync(ctx, sim)  # reading the feed again adds nothing twice
    assert len(d.view(ok).attempts) == 5


def test_consent_withdrawn_then_the_operator_changes_the_channel(ctx: KioskContext, sim: PortalSimulator) -> None:
    uuid = take(ctx, channels_form(WHATSAPP))
    sim_admin(sim, "deliveries", {"withdraw": "9822012345"})
    sync(ctx, sim)
    approve(ctx, sim, uuid)
    d = ctx.use_cases().deliveries
    assert d.view(uuid).failed == ("whatsapp",)
    assert [a.outcome for a in d.view(uuid).attempts if a.kind == "certificate"] == ["consent_withdrawn"]
    receipt = ctx.applications().get(uuid).receipt_number
    view = d.change(receipt, [EMAIL], "op1", reason="citizen asked at the counter")
    assert [c.channel for c in view.channels] == ["email"] and view.change_pending
    assert ctx.applications().get(uuid).delivery == "email"
    sync(ctx, sim)  # the change goes out; the simulator sends the issued certificate at once; the feed says so
    view = d.view(uuid)
    assert not view.change_pending
    assert [(a.channel, a.outcome) for a in view.attempts if a.kind == "certificate"][-1] == ("email", "delivered")
    assert view.failed == ("whatsapp",)  # the old channel's failure stays in the history
    assert uuid not in {f.uuid for f in d.failed()}  # delivered somewhere: off the work list
    assert ctx.applications().get(uuid).status == Status.APPROVED
    trail = [(r["actor"], r["action"]) for r in ctx.database().query("SELECT actor, action FROM audit_log")]
    assert ("op1", "delivery.changed") in trail  # who changed it, kept in the hash-chained trail


def test_a_change_before_the_first_send_rewrites_the_queued_body(ctx: KioskContext, sim: PortalSimulator) -> None:
    uuid = take(ctx, channels_form(WHATSAPP))
    d = ctx.use_cases().deliveries
    d.change(uuid, [{"channel": "print_at_hub"}, EMAIL], "op1")
    assert counts(ctx.database())["pending"] == 1  # no change item: the application's own body carries it
    sync(ctx, sim)
    approve(ctx, sim, uuid)
    assert {(a.channel, a.outcome) for a in d.view(uuid).attempts if a.kind == "certificate"} == \
        {("print_at_hub", "ready_at_hub"), ("email", "delivered")}


def test_a_change_is_checked_like_intake(ctx: KioskContext) -> None:
    uuid = take(ctx, channels_form(WHATSAPP))
    d = ctx.use_cases().deliveries
    with pytest.raises(ValidationError) as caught:
        d.change(uuid, [{**WHATSAPP, "consent": False}, {"channel": "email", "contact": "not-an-address",
                                                         "consent": True}], "op1")
    assert {p.code for p in caught.value.problems} == {"needs_consent", "invalid"}
    assert [c.channel for c in d.view(uuid).channels] == ["whatsapp"]  # nothing changed


def test_an_older_form_with_one_delivery_choice_still_carries_it(ctx: KioskContext, sim: PortalSimulator) -> None:
    uuid = take(ctx, income_form(delivery="email"))
    assert [(c.channel, c.contact) for c in ctx.use_cases().deliveries.view(uuid).channels] == \
        [("email", "sunita@example.org")]
    sync(ctx, sim)
    approve(ctx, sim, uuid)
    assert [a.outcome for a in ctx.use_cases().deliveries.view(uuid).attempts if a.kind == "certificate"] == \
        ["delivered"]
