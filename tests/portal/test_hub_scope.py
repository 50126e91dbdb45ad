"""The portal keeps hubs apart: every endpoint answers the calling hub about its own things only.

Two hubs on one real simulator. Hub B tries what issue 12 §4 found it could do to hub A — feedback on
A's application, reading and resetting A's upload in progress, learning A's idempotency keys and
documents — and gets what a stranger gets: 404 / "missing" / its own fresh answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import application, make_config, random_doc, stats

A, B = ("hub-a", "secret-of-hub-a-0001"), ("hub-b", "secret-of-hub-b-0002")
KEY = "0c9a4c55-6c1e-4a59-8a5e-4d1f3e2b1a00"


@pytest.fixture
def two() -> Iterator[tuple[PortalSimulator, PortalClient, PortalClient]]:
    with PortalSimulator(make_config(clients=dict([A, B]))) as sim:
        with PortalClient(sim.url, A[0], lambda: A[1], timeouts=Timeouts(1, 2)) as a, \
                PortalClient(sim.url, B[0], lambda: B[1], timeouts=Timeouts(1, 2)) as b:
            yield sim, a, b


def raw(sim: PortalSimulator, c: PortalClient, method: str, path: str, **kw: Any) -> requests.Response:
    headers = {"Authorization": f"Bearer {c.tokens.token()}", **kw.pop("headers", {})}
    return requests.request(method, f"{sim.url}{path}", headers=headers, timeout=10, **kw)


def test_feedback_only_on_the_hubs_own_applications(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, b = two
    app_id = a.submit_application(KEY, application()).data["application_id"]
    theirs = b.send_feedback("fb-b-000001", {"application_id": app_id, "rating": 1, "comment": "spam"})
    assert theirs.rejected and theirs.status == 404 and theirs.code == "NOT_FOUND"
    assert a.send_feedback("fb-a-000001", {"application_id": app_id, "rating": 5}).acked
    assert stats(sim)["feedback_stored"] == 1


def test_another_hubs_upload_is_invisible_and_untouchable(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, b = two
    data, sha = random_doc(200_000)
    created = raw(sim, a, "POST", "/uploads", json={"sha256": sha, "length": len(data), "media_type": "image/jpeg"})
    assert created.status_code == 201
    half = raw(sim, a, "PATCH", f"/uploads/{sha}", data=data[:100_000],
               headers={"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    assert half.status_code == 204 and half.headers["Upload-Offset"] == "100000"
    # B can neither see how far A got nor push bytes that would fail the hash and reset A to 0
    assert raw(sim, b, "HEAD", f"/uploads/{sha}").status_code == 404
    poison = raw(sim, b, "PATCH", f"/uploads/{sha}", data=b"x" * 100_000,
                 headers={"Upload-Offset": "100000", "Content-Type": "application/offset+octet-stream"})
    assert poison.status_code == 404 and poison.json()["error"]["code"] == "NOT_FOUND"
    assert raw(sim, a, "HEAD", f"/uploads/{sha}").headers["Upload-Offset"] == "100000"
    assert a.upload_document(sha, data, "image/jpeg").acked  # A resumes where it was
    # and the finished document is A's: B's look-up says missing, B cannot build an application on it
    assert a.missing_documents([sha]) == [] and b.missing_documents([sha]) == [sha]
    refused = b.submit_application("b-app-000001", application(docs=[sha]))
    assert refused.rejected and refused.code == "DOCUMENTS_MISSING"
    assert b.upload_document(sha, data, "image/jpeg").acked  # B's own copy of the same scan is B's to send
    assert b.submit_application("b-app-000001", application(docs=[sha])).acked
    assert sim.simulation.store.document_bytes(sha, "hub-b") == data == sim.simulation.store.document_bytes(sha, "hub-a")


def test_idempotency_keys_are_each_hubs_own(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, b = two
    first = a.submit_application(KEY, application())
    same = b.submit_application(KEY, application())  # same key, same body: B gets no replay of A's answer
    assert first.acked and same.acked and not same.replayed
    assert same.data["application_id"] != first.data["application_id"]
    other = b.submit_application(KEY, application(receipt="B-0002"))
    assert other.rejected and other.code == "IDEMPOTENCY_KEY_REUSED"  # B's own key, now with another body
    assert a.submit_application(KEY, application()).replayed  # and A's is still A's
    assert stats(sim)["applications_stored"] == 2


def test_reads_and_appeals_stay_within_the_hub(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, b = two
    app_id = a.submit_application(KEY, application()).data["application_id"]
    requests.post(f"{sim.url}/_sim/decide", json={"application_id": app_id, "status": "approved"}, timeout=5)
    for path in (f"/applications/{app_id}", f"/applications/{app_id}/certificate"):
        assert raw(sim, b, "GET", path).status_code == 404
        assert raw(sim, a, "GET", path).status_code == 200
    appeal = b.file_appeal("b-appeal-0001", {"application_id": app_id, "level": 1, "grounds": "x"})
    assert appeal.rejected and appeal.status == 404
    assert not b.status_page(None).events and len(a.status_page(None).events) == 2


def test_a_token_acts_only_within_its_scopes(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, _, _ = two
    form = {"grant_type": "client_credentials", "client_id": A[0], "client_secret": A[1], "scope": "status"}
    token = requests.post(f"{sim.url}/oauth/token", data=form, timeout=5).json()
    assert token["scope"] == "status"
    auth = {"Authorization": f"Bearer {token['access_token']}"}
    assert requests.get(f"{sim.url}/status-feed", headers=auth, timeout=5).status_code == 200
    refused = requests.post(f"{sim.url}/hubs/heartbeat", json={"queue_depth": 0}, headers=auth, timeout=5)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "FORBIDDEN"
    assert 'insufficient_scope' in refused.headers["WWW-Authenticate"]
    bad = requests.post(f"{sim.url}/oauth/token", data={**form, "scope": "status admin"}, timeout=5)
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "INVALID_REQUEST"


def test_malformed_input_is_a_400_with_the_envelope_never_a_dropped_line(
        two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, _ = two
    key = {"Idempotency-Key": "malformed-0001"}
    deep = b"[" * 200_000 + b"]" * 200_000
    name = application()
    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", "/feedback", {"json": {"application_id": ["MHSIM-1", "MHSIM-2"], "rating": 3}, "headers": key}),
        ("POST", "/applications", {"json": {**name, "applicant": {"name": {"en": "Asha", "mr": ["आशा"]}}},
                                   "headers": key}),
        ("POST", "/applications", {"json": {**name, "applicant": {"name": {"en": "Asha", "mr": {"x": 1}}}},
                                   "headers": key}),
        ("POST", "/applications", {"data": deep, "headers": {**key, "Content-Type": "application/json"}}),
        ("POST", "/hubs/heartbeat", {"data": b'{"queue_depth": 1, "day_totals": ' + b'{"a":' * 40 + b"1" + b"}" * 41,
                                     "headers": {"Content-Type": "application/json"}}),
        ("GET", "/status-feed?since=" + "9" * 5000, {}),
        ("GET", "/status-feed?since=99999999999999999999", {}),
        ("GET", "/status-feed?since=", {}),
        ("GET", "/status-feed?limit=501", {}),
        ("GET", "/calendar?year=", {}),
        ("PATCH", "/uploads/" + "a" * 64, {"data": b"x", "headers": {"Upload-Offset": "9" * 40,
                                                                    "Content-Type": "application/offset+octet-stream"}}),
    ]
    for method, path, kw in cases:
        resp = raw(sim, a, method, path, **kw)
        assert resp.status_code == 400, (method, path[:40], resp.status_code, resp.text[:200])
        body = resp.json()["error"]
        assert body["code"] in ("INVALID_REQUEST", "INVALID_JSON") and body["message"]["mr"], body
    assert a.submit_application(KEY, application()).acked  # and the portal is still fine


def test_contract_and_simulator_agree_on_the_cases_issue_12_found(
        two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, _ = two
    number_as_name = a.submit_application("agree-0001", {**application(), "applicant": {"name": {"en": 42}}})
    assert number_as_name.rejected and number_as_name.status == 400 and number_as_name.code == "INVALID_REQUEST"
    empty_code = a.submit_application("agree-0002", application(service_code=""))
    assert empty_code.rejected and empty_code.status == 400  # the schema now says minLength 1, as the portal did
    whole = a.send_feedback("agree-0003", {"rating": 2.0, "receipt_number": "R-1"})  # JSON Schema: 2.0 is an integer
    assert whole.acked and whole.status == 202
    stored = sim.simulation.store.one("SELECT rating, hub_id FROM feedback")
    assert stored is not None and (stored["rating"], stored["hub_id"]) == (2, "hub-a")
    assert a.send_feedback("agree-0004", {"rating": 2.5}).rejected
    assert a.send_feedback("agree-0005", {"rating": True}).rejected  # a boolean is no integer


def test_a_bug_in_the_portal_still_answers_with_the_envelope(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, _, _ = two
    crash = requests.get(f"{sim.url}/_sim/applications?limit=lots", timeout=5)  # int("lots") inside the handler
    assert crash.status_code == 500 and crash.json()["error"]["code"] == "INTERNAL_ERROR"
    other = requests.request("QUERY", f"{sim.url}/status-feed", timeout=5)  # a method the contract does not know
    assert other.status_code == 405 and other.headers["Allow"] == "GET" and other.json()["error"]["message"]["mr"]
