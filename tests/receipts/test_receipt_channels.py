"""Issue 17 on paper: the receipt names every delivery channel the citizen chose (rendered and looked at)."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.intake import take_application
from kiosk.receipts import build_receipt_data, render_receipt
from tests.forms import income_form
from tests.receipts.helpers import pdf_text, pdf_to_pngs
from tests.receipts.test_receipt_commands import NOW

SHOTS = Path("/work/shots/health")


def test_the_receipt_lists_each_channel(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = income_form()
    form["channels"] = [{"channel": "whatsapp", "contact": "9822012345", "consent": True},
                        {"channel": "email", "consent": True}, {"channel": "print_at_hub"}]
    catalogue = ctx.catalogue()
    result = take_application(form, catalogue=catalogue, calendar=ctx.calendar(), hub_code=ctx.hub().code,
                              operator="operator1", now=NOW, today=NOW.date())
    assert result.application is not None, result.problems
    app = ctx.applications().get(ctx.applications().save_new(result.application).uuid)
    data = build_receipt_data(app, catalogue.service(app.service_code), ctx.hub(),
                              document_label=catalogue.document_label)
    assert data.delivery is not None and data.delivery.en.count(", ") == 2
    pdf = render_receipt(data, "a4")
    text = pdf_text(pdf, tmp_path)
    assert "व्हॉट्सॲपवर" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    pdf_to_pngs(pdf, SHOTS, dpi=90, stem="receipt-channels-a4")
