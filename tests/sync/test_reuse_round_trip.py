"""Fewer documents against the simulator over loopback: a document reused from the citizen's earlier
application goes with the new one by its hash — the portal already holds the file (content-addressed), so the
second sync sends the application and no document bytes, and the portal takes it."""

from __future__ import annotations

import os

from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from tests.forms import income_form
from tests.sync.conftest import drain, make_client, make_engine

DOMICILE = {"purpose": "शिक्षण", "domicile_basis": "born_in_maharashtra", "residing_since_year": "1986",
            "place_of_birth": "Wagholi"}


def _sync(ctx, sim: PortalSimulator) -> int:  # noqa: ANN001
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not engine.report.errors, engine.report.errors
    return int(engine.report.bytes_sent)


def test_a_reused_document_is_sent_by_hash_not_again(ctx, sim: PortalSimulator) -> None:  # noqa: ANN001
    data = os.urandom(40_000)
    sha = store_document(ctx.sealed().documents, data)
    desk = ctx.use_cases()
    earlier = desk.intake.take(income_form(), "op", [DocumentRecord(sha, "aadhaar", "id_proof", 1, len(data),
                                                                    "application/pdf", "aadhaar.pdf")])
    first = _sync(ctx, sim)
    assert first > len(data)  # the scan went up with the first application
    found = desk.attachments.reusable(earlier.applicant, "domicile-certificate", consent=True)
    form = income_form(service_code="domicile-certificate", document_reuse_consent=True)
    form["fields"] = dict(DOMICILE)
    again = desk.intake.take(form, "op", [f.record for f in found])
    second = _sync(ctx, sim)
    assert 0 < second < len(data)  # the body only: the portal already held the file
    assert ctx.applications().get(again.uuid).status == Status.SUBMITTED
