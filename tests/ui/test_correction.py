"""A refused application is corrected in the sync panel and reaches the portal with the corrected details."""

from __future__ import annotations

from kiosk.domain.status import Status
from kiosk.store.outbox import claim_next, counts, mark_rejected
from tests.sync.conftest import drain, make_engine, sim, sim_admin, sim_config  # noqa: F401 - simulator fixture
from tests.ui.conftest import make_client, make_window
from tests.ui.test_screens import saved_app


def test_correct_then_the_portal_gets_the_corrected_body(qtbot, ctx, sim) -> None:  # noqa: F811
    app = saved_app(ctx)
    store = ctx.database()
    item = claim_next(store, 1e12)
    mark_rejected(store, item, "VALIDATION_FAILED: mobile number is not in service")
    window = make_window(qtbot, ctx, sim.url)
    window.navigate("sync")
    page = window.pages["sync"]
    qtbot.waitUntil(lambda: page.quarantine.rowCount() == 1 and page.correct_button.isEnabled(), timeout=5_000)
    page.quarantine.selectRow(0)
    assert page.correct_selected()  # the refused application is loaded on the pool, then the dialog opens
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    dialog = page.dialog
    assert "mobile number is not in service" in dialog.findChildren(type(dialog.problems))[0].text()
    dialog.inputs["mobile"].setText("12")  # a wrong correction is refused in place, nothing stored
    dialog.check_and_accept()
    assert dialog.isVisible() and "10" in dialog.problems.text() and counts(store)["rejected"] == 1
    dialog.inputs["mobile"].setText("७०२०३४५६७८")  # Devanagari digits are fine
    dialog.inputs["name_mr.surname"].setText("क्षीरसागर-पाटील")
    dialog.check_and_accept()
    qtbot.waitUntil(lambda: page.quarantine.rowCount() == 0, timeout=5_000)
    fixed = ctx.applications().get(app.uuid)
    assert fixed.applicant.mobile == "7020345678" and fixed.applicant.name_mr.surname == "क्षीरसागर-पाटील"
    assert fixed.receipt_number == app.receipt_number and counts(store)["pending"] == 1
    audit = store.query("SELECT actor, action FROM audit_log WHERE action = 'application.corrected'")
    assert [tuple(r) for r in audit] == [("operator1", "application.corrected")]
    drain(make_engine(ctx, make_client(sim.url)))
    assert ctx.applications().get(app.uuid).status == Status.SUBMITTED
    at_portal = sim_admin(sim, "applications?limit=10")["applications"]
    assert len(at_portal) == 1 and at_portal[0]["idempotency_key"] == app.uuid
    assert "क्षीरसागर-पाटील" in at_portal[0]["applicant_name_mr"]  # the corrected body, under the same key
