"""Issue 17, the portal's side of "more documents": the request rides on the documents_pending event, the
answer is taken only while documents are awaited and only for the hub's own complete uploads."""

from __future__ import annotations

import hashlib
import os

from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin, application


def test_a_request_and_its_answer(client: PortalClient, sim: PortalSimulator) -> None:
    app_id = client.submit_application("docs-app-0001", application()).data["application_id"]
    data = os.urandom(1500)
    sha = hashlib.sha256(data).hexdigest()
    body = {"application_id": app_id, "documents": [{"sha256": sha, "type": "self_declaration"}]}
    early = client.send_more_documents("docs-key-0001", body)
    assert early.rejected and early.code == "NOT_PENDING"  # nothing was asked yet
    admin(sim, "decide", {"application_id": app_id, "status": "documents_pending"})
    (event,) = [e for page in client.iter_status_feed(None) for e in page.events if e.status == "documents_pending"]
    assert event.documents_requested is not None and event.documents_requested.reply_by is not None
    assert event.documents_requested.documents[0][0] == "self_declaration"
    missing = client.send_more_documents("docs-key-0001", body)
    assert missing.code == "DOCUMENTS_MISSING"  # the scan must be uploaded first
    assert client.upload_document(sha, data, "image/jpeg").acked
    taken = client.send_more_documents("docs-key-0001", body)
    assert taken.acked and taken.data["status"] == "under_scrutiny"
    assert client.send_more_documents("docs-key-0001", body).replayed
    bad = client.send_more_documents("docs-key-0002", {"application_id": app_id, "documents": [{"sha256": "x"}]})
    assert bad.rejected and bad.status == 400
