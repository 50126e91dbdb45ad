"""POST /applications with Idempotency-Key: replay, refusal of a reused key, 409 while in flight."""

from __future__ import annotations

import threading

from kiosk.domain.errors import PortalRejected
from kiosk.portal import Outcome, PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import application, random_doc, script, stats, wait_stall

KEY = "5b0e1b6e-2f0a-4d7e-9a43-0c1f1d2a3b4c"


def test_same_key_same_body_replays_the_original(client: PortalClient, sim: PortalSimulator) -> None:
    first = client.submit_application(KEY, application())
    second = client.submit_application(KEY, application())
    assert first.acked and first.status == 201 and not first.replayed
    assert second.acked and second.replayed
    assert second.data == first.data
    s = stats(sim)
    assert s["applications_stored"] == 1
    assert s["duplicates"]["replayed"] == 1
    assert s["duplicate_submissions_refused"] == 1


def test_key_order_and_compression_do_not_change_identity(client: PortalClient, sim: PortalSimulator) -> None:
    body = application(form={"purpose": "x" * 2000, "annual_income": 1})  # > 512 bytes: sent gzipped
    reordered = dict(reversed(list(body.items())))
    assert client.submit_application(KEY, body).acked
    assert client.submit_application(KEY, reordered).replayed
    assert stats(sim)["applications_stored"] == 1


def test_same_key_different_body_is_rejected(client: PortalClient, sim: PortalSimulator) -> None:
    assert client.submit_application(KEY, application()).acked
    out = client.submit_application(KEY, application(receipt="HUB1-20250825-0002"))
    assert out.rejected and out.status == 422 and out.code == "IDEMPOTENCY_KEY_REUSED"
    assert isinstance(out.error, PortalRejected)
    assert out.message_mr  # the portal's Marathi text is carried for the operator
    assert stats(sim)["duplicates"]["key_reused"] == 1
    assert stats(sim)["applications_stored"] == 1


def test_in_flight_duplicate_gets_409_and_nothing_is_lost(client: PortalClient, sim: PortalSimulator,
                                                          new_client: object) -> None:
    script(sim, "timeout")  # the server holds the request (and its key) for stall_seconds, commits nothing
    results: list[Outcome] = []
    first = threading.Thread(target=lambda: results.append(client.submit_application(KEY, application())))
    first.start()
    first.join()
    assert results[0].unknown and results[0].code == "read_timeout"
    again = client.submit_application(KEY, application())  # server still busy with the first
    assert again.unknown and again.status == 409 and again.code == "REQUEST_IN_FLIGHT"
    assert again.retry_after == 1.0
    wait_stall(sim)
    final = client.submit_application(KEY, application())
    assert final.acked and final.status == 201 and not final.replayed  # the stalled one never committed
    s = stats(sim)
    assert s["applications_stored"] == 1 and s["duplicates"]["in_flight"] == 1


def test_invalid_key_is_a_definite_rejection(client: PortalClient) -> None:
    out = client.submit_application("short", application())
    assert out.rejected and out.code == "IDEMPOTENCY_KEY_MISSING" and out.status == 400


def test_validation_failure_releases_the_key(client: PortalClient, sim: PortalSimulator) -> None:
    data, sha = random_doc(5000)
    out = client.submit_application(KEY, application(docs=[sha]))
    assert out.rejected and out.code == "DOCUMENTS_MISSING"
    assert client.upload_document(sha, data, "image/jpeg").acked
    ok = client.submit_application(KEY, application(docs=[sha]))
    assert ok.acked and ok.status == 201 and not ok.replayed
    assert stats(sim)["applications_stored"] == 1


def test_bad_application_bodies_are_rejected_with_reasons(client: PortalClient) -> None:
    cases = [
        application(service_code=""),
        application(applicant={"name": {"en": "  "}}),
        application(service_code="no_such_service"),
        application(documents=[{"sha256": "abc"}]),
        application(receipt_number=17),
    ]
    # a body the contract's schema forbids is malformed (400, as on every endpoint); a well-formed one
    # naming a service the portal does not offer is refused on its merits (422)
    expected = [(400, "INVALID_REQUEST")] * 2 + [(422, "UNKNOWN_SERVICE")] + [(400, "INVALID_REQUEST")] * 2
    for i, (body, (status, code)) in enumerate(zip(cases, expected, strict=True)):
        out = client.submit_application(f"{KEY[:-2]}{i:02d}", body)
        assert out.rejected and out.status == status, (body, out)
        assert out.code == code
        assert out.message_en


def test_many_distinct_keys_store_one_each(client: PortalClient, sim: PortalSimulator) -> None:
    for i in range(30):
        assert client.submit_application(f"key-{i:08d}", application(receipt=f"R-{i}")).acked
    for i in range(30):
        assert client.submit_application(f"key-{i:08d}", application(receipt=f"R-{i}")).replayed
    s = stats(sim)
    assert s["applications_stored"] == 30 and s["distinct_receipt_numbers"] == 30
    assert s["duplicate_submissions_refused"] == 30
