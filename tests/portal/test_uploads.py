"""Content-addressed, resumable uploads: only the missing documents, only the missing bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import requests

from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin, random_doc, stats

MB = 1024 * 1024


def test_upload_cut_at_1_5_mb_resumes_and_sends_only_the_rest(client: PortalClient, sim: PortalSimulator) -> None:
    data, sha = random_doc(2 * MB)
    admin(sim, "cut-upload", {"sha256": sha, "at": 1536 * 1024})  # the line dies after 1.5 MB reached the portal
    first = client.upload_document(sha, data, "application/pdf")
    assert first.unknown and first.code in ("connection_dropped", "truncated")
    assert first.data["offset"] <= 1536 * 1024 < first.data["bytes_sent"]  # pushed past the cut, confirmed before it
    head = requests.head(f"{sim.url}/uploads/{sha}", headers={"Authorization": "Bearer x"}, timeout=5)
    assert head.status_code == 401  # HEAD needs the hub's token too
    second = client.upload_document(sha, data, "application/pdf")
    assert second.acked
    assert second.data["resumed_from"] == 1536 * 1024
    assert second.data["bytes_sent"] == 2 * MB - 1536 * 1024  # 0.5 MB more, not 2 MB
    s = stats(sim)
    assert s["upload_bytes_received"] == 2 * MB  # the portal stored every byte exactly once
    assert s["documents_stored"] == 1 and s["faults_injected"]["upload_cut"] == 1
    assert client.missing_documents([sha]) == []


def test_only_missing_documents_are_uploaded(client: PortalClient, sim: PortalSimulator) -> None:
    docs = [random_doc(10_000 + i) for i in range(3)]
    hashes = [sha for _, sha in docs]
    assert client.missing_documents(hashes) == hashes
    assert client.upload_document(hashes[1], docs[1][0], "image/png").acked
    assert client.missing_documents(hashes) == [hashes[0], hashes[2]]
    again = client.upload_document(hashes[1], docs[1][0], "image/png")
    assert again.acked and again.data["bytes_sent"] == 0
    assert stats(sim)["upload_bytes_received"] == len(docs[1][0])


def test_upload_from_a_file_with_progress(client: PortalClient, tmp_path: Path) -> None:
    data, sha = random_doc(700_000)
    path = tmp_path / "scan.jpg"
    path.write_bytes(data)
    seen: list[tuple[int, int]] = []
    out = client.upload_document(sha, path, "image/jpeg", progress=lambda done, total: seen.append((done, total)))
    assert out.acked and out.data["bytes_sent"] == len(data)
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_local_corruption_is_caught_before_sending(client: PortalClient, sim: PortalSimulator, tmp_path: Path) -> None:
    data, sha = random_doc(50_000)
    path = tmp_path / "scan.jpg"
    # the file on disk no longer matches the hash recorded at intake: its last byte flipped (setting it to 0
    # left the file whole whenever the random last byte already was 0, one run in 256)
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    out = client.upload_document(sha, path, "image/jpeg")
    assert out.rejected and out.code == "LOCAL_CHECKSUM_MISMATCH" and out.message_mr
    missing = client.upload_document(sha, tmp_path / "gone.jpg", "image/jpeg")
    assert missing.rejected and missing.code == "LOCAL_FILE_UNREADABLE"
    empty = client.upload_document(hashlib.sha256(b"").hexdigest(), b"", "image/jpeg")
    assert empty.rejected and empty.code == "EMPTY_DOCUMENT"
    assert stats(sim)["requests"].get("bytes_in", 0) == 0


def test_wrong_media_type_is_rejected(client: PortalClient) -> None:
    data, sha = random_doc(1000)
    out = client.upload_document(sha, data, "application/x-msdownload")
    assert out.rejected and out.code == "UNSUPPORTED_MEDIA_TYPE"


def _token(sim: PortalSimulator) -> dict[str, str]:
    from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    tok = requests.post(f"{sim.url}/oauth/token", data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID,
                                                         "client_secret": DEMO_CLIENT_SECRET}, timeout=5).json()
    return {"Authorization": f"Bearer {tok['access_token']}"}


def test_server_refuses_bytes_that_do_not_hash_and_wrong_offsets(sim: PortalSimulator) -> None:
    auth = _token(sim)
    data, sha = random_doc(4096)
    create = requests.post(f"{sim.url}/uploads", json={"sha256": sha, "length": 4096, "media_type": "image/png"},
                           headers=auth, timeout=5)
    assert create.status_code == 201 and create.headers["Upload-Offset"] == "0"
    patch_headers = {**auth, "Content-Type": "application/offset+octet-stream"}
    wrong = requests.patch(f"{sim.url}/uploads/{sha}", data=data[:100], timeout=5,
                           headers={**patch_headers, "Upload-Offset": "50"})
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "0"
    garbage = requests.patch(f"{sim.url}/uploads/{sha}", data=b"\x00" * 4096, timeout=5,
                             headers={**patch_headers, "Upload-Offset": "0"})
    assert garbage.status_code == 422 and garbage.json()["error"]["code"] == "CHECKSUM_MISMATCH"
    head = requests.head(f"{sim.url}/uploads/{sha}", headers=auth, timeout=5)
    assert head.headers["Upload-Offset"] == "0"  # the bad bytes were thrown away
    too_much = requests.patch(f"{sim.url}/uploads/{sha}", data=data + b"x", timeout=5,
                              headers={**patch_headers, "Upload-Offset": "0"})
    assert too_much.status_code == 400
    bad = [({"sha256": "XYZ", "length": 1, "media_type": "image/png"}, 400),
           ({"sha256": sha, "length": 0, "media_type": "image/png"}, 400),
           ({"sha256": sha, "length": 10**9, "media_type": "image/png"}, 413),
           ({"sha256": sha, "length": 10, "media_type": "text/html"}, 415)]
    for body, status in bad:
        assert requests.post(f"{sim.url}/uploads", json=body, headers=auth, timeout=5).status_code == status
    plain = requests.patch(f"{sim.url}/uploads/{sha}", data=data, timeout=5, headers={**auth, "Upload-Offset": "0"})
    assert plain.status_code == 415
    assert stats(sim)["documents_stored"] == 0


def test_an_answer_before_the_body_is_read_closes_the_line(client: PortalClient, sim: PortalSimulator) -> None:
    """A PATCH refused before its bytes are read (no such upload, wrong offset) must not leave them on a
    keep-alive connection, where they would be read as the start of the next request (found by schemathesis)."""
    with requests.Session() as s:
        auth = {"Authorization": f"Bearer {client.tokens.token()}"}
        refused = s.patch(f"{sim.url}/uploads/{'0' * 64}", data=b"x" * 5000, timeout=5,
                          headers={**auth, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert refused.status_code == 404
        assert s.get(f"{sim.url}/health", timeout=5).status_code == 200  # was 405: "xxxx…GET" read as a method
        assert refused.headers["Connection"] == "close"
