"""Issue 17, appeals end to end against the simulator over loopback: each level filed at the counter,
carried by the sync, accepted by the portal, and its order brought back by the status feed — allowed and
refused, up to the State Commission."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk.counter.appeal import AppealRequest
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.messages import describe
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps


def _sync(ctx, sim: PortalSimulator) -> None:  # noqa: ANN001
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not engine.report.errors, engine.report.errors


def _refused(ctx, key: str, level: int) -> AppealNotAllowed:  # noqa: ANN001
    with pytest.raises(AppealNotAllowed) as e:
        ctx.use_cases().appeals.file(key, AppealRequest(level, "rejected_wrongly"))
    return e.value


def test_three_levels_to_the_state_commission(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1)
    _sync(ctx, sim)
    portal_id = ctx.applications().get(uuid).portal_number
    assert _refused(ctx, uuid, 1).params["why"] == "no_grounds"  # submitted, time limit not passed
    sim_admin(sim, "decide", {"application_id": portal_id, "status": "rejected"})
    _sync(ctx, sim)
    desk = ctx.use_cases()
    app, plan = desk.appeals.file(uuid, AppealRequest(1, "rejected_wrongly"), actor="operator1")
    assert app.status == Status.FIRST_APPEAL and plan.decide_by is not None
    assert ctx.calendar().working_days_between(ctx.today(), plan.decide_by) == 30
    _sync(ctx, sim)
    assert counts(ctx.database()).get("pending", 0) == 0 and sim_admin(sim, "stats")["appeals_stored"] == 1
    assert _refused(ctx, uuid, 2).params["why"] == "not_yet"  # the first authority still has time
    assert _refused(ctx, uuid, 3).params["why"] == "needs_lower"

    sim_admin(sim, "appeal-order", {"application_id": portal_id, "level": 1, "outcome": "dismissed"})
    _sync(ctx, sim)
    first = desk.appeals.filed(uuid)[0]
    assert first.filed.outcome == "dismissed" and first.filed.order_on is not None
    assert first.portal_appeal_id.startswith("APL")
    assert ctx.applications().get(uuid).status == Status.REJECTED
    _, second = desk.appeals.file(uuid, AppealRequest(2, "documents_were_complete", "दाखला वेळेत दिला नाही"))
    assert (second.authority, second.ground) == ("second_appellate", "order")
    assert ctx.calendar().working_days_between(ctx.today(), second.decide_by) == 45
    _sync(ctx, sim)
    early = _refused(ctx, uuid, 3)
    assert early.params["why"] == "not_yet" and second.decide_by.strftime("%d-%m-%Y") in describe(early, "en")

    sim_admin(sim, "appeal-order", {"application_id": portal_id, "level": 2, "outcome": "dismissed"})
    _sync(ctx, sim)
    app, third = desk.appeals.file(uuid, AppealRequest(3, "order_not_followed"))
    assert app.status == Status.THIRD_APPEAL and third.authority == "commission" and third.decide_by is None
    _sync(ctx, sim)
    assert sim_admin(sim, "stats")["appeals_stored"] == 3
    assert counts(ctx.database()).get("rejected", 0) == 0  # the portal took every level
    payloads = [json.loads(r["payload"]) for r in ctx.database().query(
        "SELECT payload FROM outbox WHERE kind = 'appeal' ORDER BY id")]
    assert payloads == [{}, {}, {}]  # settled bodies are compacted once acked

    sim_admin(sim, "appeal-order", {"application_id": portal_id, "level": 3, "outcome": "allowed"})
    _sync(ctx, sim)
    assert ctx.applications().get(uuid).status == Status.APPROVED
    assert [a.filed.outcome for a in desk.appeals.filed(uuid)] == ["dismissed", "dismissed", "allowed"]


def test_an_allowed_first_appeal_ends_the_ladder(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1)
    _sync(ctx, sim)
    portal_id = ctx.applications().get(uuid).portal_number
    sim_admin(sim, "decide", {"application_id": portal_id, "status": "rejected"})
    _sync(ctx, sim)
    ctx.use_cases().appeals.file(uuid, AppealRequest(1, "rejected_wrongly"))
    _sync(ctx, sim)
    sim_admin(sim, "appeal-order", {"application_id": portal_id, "level": 1, "outcome": "allowed"})
    _sync(ctx, sim)
    assert ctx.applications().get(uuid).status == Status.APPROVED
    granted = _refused(ctx, uuid, 2)
    assert granted.params["why"] == "granted" and "मंजूर" in describe(granted, "mr")


def test_a_first_appeal_on_a_lapsed_time_limit_late_with_a_reason(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1)
    _sync(ctx, sim)
    with ctx.database().write() as conn:  # its time limit ran out 31 days ago, no decision came
        conn.execute("UPDATE applications SET due_date = ? WHERE uuid = ?",
                     ((ctx.today() - timedelta(days=31)).isoformat(), uuid))
    needs = _refused(ctx, uuid, 1)
    assert needs.params["why"] == "needs_delay_reason"
    app, plan = ctx.use_cases().appeals.file(uuid, AppealRequest(1, "no_decision", late_reason="रुग्णालयात होतो"))
    assert plan.ground == "time_limit_passed" and plan.late and app.status == Status.FIRST_APPEAL
    body = json.loads(ctx.database().query("SELECT payload FROM outbox WHERE kind = 'appeal'")[0]["payload"])
    assert body["ground"] == "time_limit_passed" and body["late_reason"] == "रुग्णालयात होतो"
    assert body["grounds"].startswith("No decision within the service's time limit")
    _sync(ctx, sim)  # the portal, still scrutinising, accepts an appeal on the lapsed time limit
    assert sim_admin(sim, "stats")["appeals_stored"] == 1 and counts(ctx.database()).get("rejected", 0) == 0
