"""The receipt's QR code finds the application again: ``SK1|<receipt no>|<uuid>`` typed by a USB scanner
into the search box, or given to ``search`` / ``show``, opens the one application it names."""

from __future__ import annotations

import pytest

from kiosk.counter.app_filters import Filters, receipt_code
from kiosk.domain.errors import NotFound
from kiosk.receipts import qr_payload
from tests.counter.conftest import saved


def test_the_receipt_code_finds_its_application(desk) -> None:  # type: ignore[no-untyped-def]
    app = saved(desk)
    other = saved(desk, applicant__name_en__first="Meera", applicant__mobile="9822099999")
    code = qr_payload(app.receipt_number, app.uuid)
    assert [s.uuid for s in desk.finder.search(code)] == [app.uuid]
    assert [s.uuid for s in desk.finder.find(Filters(query=code))] == [app.uuid]
    assert [s.uuid for s in desk.finder.find(Filters(query=f"  {code.lower()}\n"))] == [app.uuid]  # scanner noise
    assert desk.finder.open(code)[0].uuid == app.uuid
    # The screen's filters still apply to a scanned code, as to typed text.
    assert desk.finder.find(Filters(query=code, status="rejected")) == []
    # The uuid decides (an application's id for life); a code naming nothing here finds nothing.
    assert desk.finder.open(qr_payload(other.receipt_number, app.uuid))[0].uuid == app.uuid
    gone = qr_payload("MH-PUN-HVL-0042-20200101-0001", "00000000-0000-4000-8000-000000000000")
    assert desk.finder.search(gone) == []
    with pytest.raises(NotFound):
        desk.finder.open(gone)


def test_only_a_receipt_code_is_read_as_one() -> None:
    assert receipt_code("Sunita") is None and receipt_code("SK1|x") is None and receipt_code("SK1|A 1|u") is None
    assert receipt_code("sk1|MH-1|00000000-0000-4000-8000-000000000000") == (
        "MH-1", "00000000-0000-4000-8000-000000000000")
