"""Issue 17: the appeal acknowledgement printed at the counter — one page, the level and authority with the
service's designation, the decide-by date in working days, and for the State Commission no date at all."""

from __future__ import annotations

from pathlib import Path

from kiosk.counter.appeal import AppealRequest
from kiosk.domain.status import Status
from kiosk.store.appeals import record_order
from tests.counter.conftest import saved
from tests.receipts.helpers import decode_qr, pdf_text, pdf_to_pngs


def _rejected(ctx):  # noqa: ANN001, ANN202
    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-00001-0000001")
    ctx.applications().set_status(app.uuid, Status.REJECTED, decided_on=ctx.today())
    return app


def test_first_and_third_appeal_acknowledgements(ctx, tmp_path: Path) -> None:
    app = _rejected(ctx)
    appeals = ctx.use_cases().appeals
    _, plan = appeals.file(app.uuid, AppealRequest(1, "documents_were_complete", "उत्पन्नाचा दाखला जोडला होता"),
                           actor="operator1")
    first = appeals.acknowledgement(app.receipt_number)
    assert first.level == 1 and first.path.name == f"{app.receipt_number}-appeal1-a4.pdf"
    text = " ".join(pdf_text(first.pdf, tmp_path).split())
    assert app.receipt_number in text and "Appeal acknowledgement" in text and "1 of 3" in text
    assert "First appellate authority" in text and "The documents asked for had already been given" in text
    assert f"{plan.decide_by:%d-%m-%Y}" in text and "(30 working days)" in text
    assert "sent with the next sync" in text and "the next level of appeal can be filed" in text
    pages = pdf_to_pngs(first.pdf, tmp_path, dpi=100, stem="first")
    assert len(pages) == 1 and decode_qr(pages[0]) and app.receipt_number in decode_qr(pages[0])[0]

    for level in (1, 2):
        with ctx.database().write() as conn:
            record_order(conn, app.uuid, level, ctx.today(), "dismissed")
        if level == 1:
            appeals.file(app.uuid, AppealRequest(2, "rejected_wrongly"))
    appeals.file(app.uuid, AppealRequest(3, "order_not_followed"))
    third = appeals.acknowledgement(app.uuid, 3)
    text = " ".join(pdf_text(third.pdf, tmp_path).split())
    assert "State Commission for Right to Public Services" in text and "3 of 3" in text
    assert "Not confirmed" in text and "working days" not in text and "60 days" not in text
    assert "Appeal 2 was decided against the citizen" in text and "last level of appeal" in text
    assert len(pdf_to_pngs(third.pdf, tmp_path, dpi=60, stem="third")) == 1
