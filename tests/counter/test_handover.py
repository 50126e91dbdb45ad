"""Hand-over and appeal (Qt-free): a status change and what the portal must hear about it are one transaction."""

from __future__ import annotations

import json

import pytest

from kiosk.counter.handover import Feedback
from kiosk.domain.status import Status
from kiosk.store.outbox import claim_next, mark_acked
from tests.counter.conftest import saved
from tests.sync.conftest import sim, sim_admin, sim_config  # noqa: F401 - simulator fixture
from tests.ui.conftest import make_client


def approved(ctx):  # type: ignore[no-untyped-def]
    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-7")
    ctx.applications().set_status(app.uuid, Status.APPROVED)
    return app


def test_a_failing_outbox_write_leaves_the_status_unchanged(ctx) -> None:
    app = approved(ctx)
    store = ctx.database()
    # A power cut / disk error between the two writes is simulated by making the outbox insert fail.
    with store.write() as conn:
        conn.execute("CREATE TEMP TRIGGER no_feedback BEFORE INSERT ON outbox WHEN NEW.kind = 'feedback' "
                     "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(Exception, match="disk I/O error"):
        ctx.use_cases().handover.deliver(app.uuid, Feedback(5, "छान", "mr", consent_to_call=True))
    assert ctx.applications().get(app.uuid).status == Status.APPROVED  # not delivered without its feedback
    with store.write() as conn:
        conn.execute("DROP TRIGGER temp.no_feedback")
    ctx.use_cases().handover.deliver(app.uuid, Feedback(5, "छान", "mr", consent_to_call=True))
    assert ctx.applications().get(app.uuid).status == Status.DELIVERED


def test_hostile_feedback_is_refused_before_anything_changes(ctx) -> None:
    app = approved(ctx)
    for rating in (0, 6, -1):
        with pytest.raises(ValueError, match="1..5"):
            ctx.use_cases().handover.deliver(app.uuid, Feedback(rating))
    assert ctx.applications().get(app.uuid).status == Status.APPROVED
    long = "x" * 5000
    ctx.use_cases().handover.deliver(app.uuid, Feedback(3, long, "fr"))
    body = json.loads(ctx.database().query("SELECT payload FROM outbox WHERE kind = 'feedback'")[0]["payload"])
    assert len(body["comment"]) == 2000 and body["language"] == "mr" and body["consent_to_call"] is False


def test_no_rating_sends_no_feedback(ctx) -> None:
    app = approved(ctx)
    ctx.use_cases().handover.deliver(app.uuid, Feedback(None, "comment without a rating"))
    assert ctx.applications().get(app.uuid).status == Status.DELIVERED
    assert ctx.database().query("SELECT count(*) FROM outbox WHERE kind = 'feedback'")[0][0] == 0


def test_feedback_with_consent_reaches_the_portal(ctx, sim) -> None:  # noqa: F811
    # The portal keeps hubs apart: feedback is accepted only on an application this hub really filed, so the
    # application goes to the simulator first and the portal's own number is the one the feedback names.
    app = saved(ctx.use_cases())
    store = ctx.database()
    client = make_client(sim.url)
    sent_item = claim_next(store, 0.0, kinds=("application",))
    assert sent_item is not None
    sent = client.submit_application(sent_item.idempotency_key, sent_item.payload)
    assert sent.acked, sent
    mark_acked(store, sent_item, portal_id=str(sent.data["application_id"]))
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number=str(sent.data["application_id"]))
    ctx.applications().set_status(app.uuid, Status.APPROVED)
    ctx.use_cases().handover.deliver(app.uuid, Feedback(4, "जलद", "mr", consent_to_call=True))
    item = claim_next(store, 0.0, kinds=("feedback",))
    assert item is not None
    out = client.send_feedback(item.idempotency_key, item.payload)
    assert out.acked, out
    assert sim_admin(sim, "stats")["feedback_stored"] == 1


def test_appeal_is_queued_with_its_status_change(ctx) -> None:
    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-9")
    ctx.applications().set_status(app.uuid, Status.REJECTED, decided_on=ctx.today())
    updated = ctx.use_cases().appeals.file_first(app.uuid, "कागदपत्रे पूर्ण होती")
    assert updated.status == Status.FIRST_APPEAL
    rows = ctx.database().query("SELECT payload FROM outbox WHERE kind = 'appeal'")
    assert json.loads(rows[0]["payload"]) == {"application_id": "MHSIM-9", "level": 1,
                                              "grounds": "कागदपत्रे पूर्ण होती", "reason_code": "other",
                                              "ground": "rejected"}


def test_the_certificate_is_found_only_once_its_file_has_arrived(ctx) -> None:
    from kiosk.store.portal_answers import record_certificate

    app = approved(ctx)
    handover = ctx.use_cases().handover
    assert handover.certificate(app.uuid) is None
    record_certificate(ctx.database(), app.uuid, "CERT-1", "ab" * 32, 8)
    assert handover.certificate(app.uuid) is None  # the row alone is not a certificate to print
    ctx.paths.certificates.mkdir(parents=True, exist_ok=True)
    (ctx.paths.certificates / f"{'ab' * 32}.pdf").write_bytes(b"%PDF-1.4")
    assert handover.certificate(app.uuid) == ctx.paths.certificates / f"{'ab' * 32}.pdf"


def test_an_appeal_before_the_portal_has_the_application_is_refused(ctx) -> None:
    from kiosk.domain.errors import AppealNotAllowed

    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED)  # no portal number came back
    ctx.applications().set_status(app.uuid, Status.REJECTED, decided_on=ctx.today())
    with pytest.raises(AppealNotAllowed):
        ctx.use_cases().appeals.file_first(app.uuid, "grounds")
    assert ctx.applications().get(app.uuid).status == Status.REJECTED
