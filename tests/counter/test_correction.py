"""Correct and send again: a refused application's details are corrected and queued under the same key."""

from __future__ import annotations

from dataclasses import replace

from kiosk.store.outbox import claim_next, counts, mark_rejected
from tests.counter.conftest import saved


def refuse(ctx) -> None:  # type: ignore[no-untyped-def]
    item = claim_next(ctx.database(), 0.0)
    assert item is not None
    mark_rejected(ctx.database(), item, "mobile number not reachable")


def test_a_refused_application_is_corrected_and_queued_again(ctx, desk) -> None:
    app = saved(desk)
    refuse(ctx)
    (item,) = desk.corrections.quarantined()
    refused = desk.corrections.open(item)
    assert refused.application.uuid == app.uuid and refused.reason == "mobile number not reachable"
    assert refused.service.code == app.service_code
    fixed = replace(app, applicant=replace(app.applicant, mobile="9876543210"))
    desk.corrections.resend(fixed, actor="operator1")
    assert desk.corrections.quarantined() == []
    assert ctx.applications().get(app.uuid).applicant.mobile == "9876543210"
    assert counts(ctx.database())["pending"] == 1


def test_a_plain_retry_sends_the_item_again(ctx, desk) -> None:
    saved(desk)
    refuse(ctx)
    (item,) = desk.corrections.quarantined()
    desk.corrections.retry(item.id)
    assert desk.corrections.quarantined() == [] and counts(ctx.database())["pending"] == 1
