"""Taking an application: the same checks for screen and CLI, one commit, the receipt from what was kept."""

from __future__ import annotations

import pytest

from kiosk.domain.errors import ReceiptVoided, ValidationError
from kiosk.domain.status import Status
from tests.counter.conftest import saved
from tests.forms import income_form


def test_a_form_with_problems_is_refused_and_nothing_is_written(desk) -> None:
    result = desk.intake.check(income_form(applicant__mobile="12345"), "operator1")
    assert result.application is None and any(p.field == "mobile" for p in result.problems)
    with pytest.raises(ValidationError):
        desk.intake.take(income_form(applicant__mobile="12345"), "operator1")
    assert desk.intake.applications().count() == 0


def test_taken_application_is_queued_with_its_outbox_entry(ctx, desk) -> None:
    app = saved(desk)
    assert app.receipt_number.startswith(ctx.hub().code) and app.status == Status.QUEUED
    assert app.operator == "operator1" and app.due_date is None  # documents missing: the RTS clock waits
    rows = ctx.database().query("SELECT kind, idempotency_key FROM outbox")
    assert [(r["kind"], r["idempotency_key"]) for r in rows] == [("application", app.uuid)]


def test_save_with_receipt_keeps_a_sealed_pdf_and_a_reprint_says_duplicate(ctx, desk) -> None:
    checked = desk.intake.check(income_form(), "operator1").application
    assert checked is not None
    receipt = desk.intake.save_with_receipt(checked)
    assert receipt.pdf.startswith(b"%PDF") and not receipt.duplicate
    assert receipt.path.parent == ctx.paths.receipts and not receipt.path.read_bytes().startswith(b"%PDF")
    assert ctx.sealed().receipts.read_path(receipt.path) == receipt.pdf  # kept encrypted at rest, opens to the same bytes
    desk.receipts.record_print(receipt, "printer", "operator1")
    again = desk.receipts.reprint(receipt.application.receipt_number, "80mm")
    assert again.duplicate and again.path.name.endswith("-80mm-dup.pdf")


def test_a_voided_receipt_is_never_reprinted(ctx, desk) -> None:
    app = saved(desk)
    voided = desk.voiding.void(app.receipt_number, "duplicate", actor="supervisor1")
    assert voided.status == Status.VOIDED
    assert ctx.database().query("SELECT count(*) FROM outbox")[0][0] == 0
    with pytest.raises(ReceiptVoided):
        desk.receipts.reprint(app.uuid)


def test_a_form_being_typed_is_checked_without_the_store(ctx, desk) -> None:
    hub_code = ctx.hub().code
    first = desk.intake.prepare()  # what the new-application screen does when it is built
    ctx.close()
    assert desk.intake.catalogue() is first
    checked = desk.intake.check(income_form(), "operator1").application
    assert checked is not None and checked.hub_code == hub_code
    assert ctx._store is None  # nothing reopened the database
