"""Adding the missing documents to a saved application from the Applications screen: the scan is taken as on
a new application, committed with the application's new completeness, the updated receipt opens, and the
outbox body the next sync sends carries the document; once sent, the action is greyed with its reason."""

from __future__ import annotations

import json

from kiosk.store.outbox import claim_next, mark_unknown
from tests.ui.conftest import scan_jpeg
from tests.ui.test_screens import saved_app
from tests.ui.test_void import window_for


def test_documents_brought_later_are_added_receipted_and_queued(qtbot, ctx, marathi) -> None:
    app = saved_app(ctx)
    assert "income_proof" in app.missing_groups
    _w, page = window_for(qtbot, ctx, "operator")
    page.open(app.uuid)
    qtbot.waitUntil(page.documents_button.isEnabled, timeout=5_000)
    page.add_documents()
    qtbot.waitUntil(lambda: page.documents_dialog is not None, timeout=5_000)
    dialog = page.documents_dialog
    assert "income_proof" in dialog.docs.missing()
    scan_jpeg(ctx.paths.scan_inbox, "form16.jpg")
    qtbot.waitUntil(lambda: dialog.docs.incoming.count() == 1, timeout=10_000)
    dialog.docs.kind.setCurrentIndex(dialog.docs.kind.findData("income_proof|form_16"))
    dialog.docs.attach_selected()
    qtbot.waitUntil(lambda: len(dialog.docs.records) == 1, timeout=20_000)
    assert "income_proof" not in dialog.docs.missing()  # the checklist counts what was saved before, too
    dialog.save()
    qtbot.waitUntil(lambda: dialog.receipt_dialog is not None, timeout=20_000)
    receipt = dialog.receipt_dialog.receipt
    updated = ctx.applications().get(app.uuid)
    assert [d.doc_type for d in updated.documents][-1] == "form_16"
    assert "income_proof" not in updated.missing_groups
    assert receipt.application.uuid == app.uuid and "income_proof" not in receipt.application.missing_groups
    dialog.receipt_dialog.close()
    qtbot.waitUntil(lambda: "form_16" in [d.doc_type for d in page.current.documents] if page.current else False,
                    timeout=5_000)
    # what the sync sends: the application's outbox body carries its new document
    payload = ctx.database().query("SELECT payload FROM outbox WHERE idempotency_key = ?", (app.uuid,))[0][0]
    assert "form_16" in json.dumps(json.loads(payload)["documents"])
    qtbot.waitUntil(lambda: not page.services.sync.running, timeout=20_000)
    item = claim_next(ctx.database(), 1e12)  # a send is tried: the portal may hold the body from now on
    assert item is not None
    mark_unknown(ctx.database(), item, "timeout", retry_at=1e12)
    page.open(app.uuid)
    qtbot.waitUntil(lambda: page.current is not None and not page.documents_button.isEnabled(), timeout=5_000)
    assert page.documents_button.toolTip()  # greyed with the reason: it has gone to the portal
