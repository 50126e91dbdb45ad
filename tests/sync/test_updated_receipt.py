"""Issue 17 on paper, end to end against the simulator: the receipt says how the citizen's acknowledgement
message went (waiting at the hub, then what the portal reported), and after the portal asked for more
documents and the counter added them, the UPDATED receipt says on which day they were added, that the time
limit counts from that day, and gives the new expected date. Rendered to PNG and looked at."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.receipts.format import format_date
from tests.receipts.helpers import pdf_text, pdf_to_pngs
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps
from tests.sync.test_more_documents_round_trip import _scan

SHOTS = Path("/work/shots/messages")


def _sync(ctx, sim: PortalSimulator) -> None:  # noqa: ANN001
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not engine.report.errors, engine.report.errors


def _text(ctx, uuid: str, tmp_path: Path, stem: str) -> str:  # noqa: ANN001
    receipt = ctx.use_cases().receipts.reprint(uuid)
    if SHOTS.exists():
        pdf_to_pngs(receipt.pdf, SHOTS, dpi=90, stem=stem)
    return " ".join(pdf_text(receipt.pdf, tmp_path).split())


def _in(expected: str, text: str) -> bool:
    return unicodedata.normalize("NFKC", expected) in text  # pdf_text folds the ellipsis to three dots


def test_the_receipt_follows_the_acknowledgement_and_the_documents_added(ctx, sim: PortalSimulator,
                                                                         tmp_path: Path) -> None:
    (uuid,) = take_apps(ctx, 1)
    app = ctx.applications().get(uuid)
    assert app.acknowledgement is not None and app.acknowledgement.channel == "sms"
    last4 = app.acknowledgement.to[-4:]
    first = _text(ctx, uuid, tmp_path, "receipt-ack-queued")
    assert _in(f"SMS to …{last4} — waiting to be sent to the portal", first)
    assert _in(f"…{last4} वर — पोर्टलकडे पाठवण्याच्या रांगेत", first)
    assert "Documents asked for" not in first

    _sync(ctx, sim)
    assert _in(f"SMS to …{last4} — delivered", _text(ctx, uuid, tmp_path, "receipt-ack-delivered"))

    portal_id = ctx.applications().get(uuid).portal_number
    sim_admin(sim, "decide", {"application_id": portal_id, "status": "documents_pending"})
    _sync(ctx, sim)
    answered = ctx.use_cases().more_documents.answer(uuid, [_scan(ctx)])
    assert answered.status == Status.UNDER_SCRUTINY and answered.due_date is not None
    updated = _text(ctx, uuid, tmp_path, "receipt-documents-added")
    day = format_date(ctx.today())
    assert _in(f"Added on {day}; the time limit counts from that day", updated)
    assert _in(f"{day} रोजी जोडली; कालमर्यादा त्या दिवसापासून मोजली जाते", updated)
    assert format_date(answered.due_date) in updated
