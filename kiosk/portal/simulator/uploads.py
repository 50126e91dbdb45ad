"""Content-addressed, resumable document uploads (tus-style) of the simulated portal.

A document *is* its SHA-256: the kiosk asks which hashes the portal lacks, creates an upload for each,
and PATCHes bytes at ``Upload-Offset``. Every piece the server reads is committed at once, so a
connection that dies at 1.5 MB of 2 MB leaves the offset at 1.5 MB and the kiosk resumes from there.

Every upload is the calling hub's own, keyed (hub, sha256): another hub asking about the same hash sees
nothing, cannot read how far an upload got, append to it or reset it, and learns nothing from a lookup
about what other hubs hold (a document's hash is enough to tell whose papers a portal has).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from kiosk.portal.simulator.portal import Reply, SimPortal, err
from kiosk.portal.simulator.shapes import LOOKUP, UPLOAD

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff")
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


def lookup(portal: SimPortal, hub: str, body: object) -> Reply:
    if LOOKUP(body, ""):
        return err(400, "INVALID_REQUEST", "sha256 must be a list of up to 1000 lowercase hex digests")
    hashes: list[str] = body["sha256"]  # type: ignore[index]
    present = [h for h in hashes if portal.store.document_complete(hub, h)]
    return Reply(200, {"present": present, "missing": [h for h in hashes if h not in present]})


def _headers(sha: str, offset: int, length: int, complete: bool) -> dict[str, str]:
    h = {"Location": f"/uploads/{sha}", "Upload-Offset": str(offset), "Upload-Length": str(length),
         "Tus-Resumable": "1.0.0", "Cache-Control": "no-store"}
    if complete:
        h["Upload-Complete"] = "?1"
    return h


def create(portal: SimPortal, hub: str, body: object) -> Reply:
    problem = UPLOAD(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", f"expected {{sha256, length, media_type}}: {problem}")
    assert isinstance(body, dict)
    sha, length, media = body["sha256"], int(body["length"]), body["media_type"]
    if length > MAX_DOCUMENT_BYTES:
        return err(413, "BODY_TOO_LARGE", f"length must be 1..{MAX_DOCUMENT_BYTES}")
    if media not in MEDIA_TYPES:
        return err(415, "UNSUPPORTED_MEDIA_TYPE", f"media_type must be one of {', '.join(MEDIA_TYPES)}")
    with portal.store.tx() as conn:
        row = conn.execute("SELECT length, upload_offset, complete FROM uploads WHERE hub_id = ? AND sha256 = ?",
                           (hub, sha)).fetchone()
        if row is not None:
            if row["length"] != length:
                return err(409, "UPLOAD_OFFSET_MISMATCH", "an upload of this hash with another length exists")
            st = 200
            offset, complete = int(row["upload_offset"]), bool(row["complete"])
        else:
            conn.execute("INSERT INTO uploads(hub_id, sha256, length, media_type, created_at) VALUES (?, ?, ?, ?, ?)",
                         (hub, sha, length, media, portal.now()))
            st, offset, complete = 201, 0, False
    return Reply(st, {"sha256": sha, "offset": offset, "length": length, "complete": complete},
                 _headers(sha, offset, length, complete))


def _upload(portal: SimPortal, hub: str, sha: str) -> Any:
    return portal.store.one("SELECT length, upload_offset, complete FROM uploads WHERE hub_id = ? AND sha256 = ?",
                            (hub, sha))


def head(portal: SimPortal, hub: str, sha: str) -> Reply:
    row = _upload(portal, hub, sha)
    if row is None:
        return Reply(404, None, {"Cache-Control": "no-store"})
    return Reply(200, None, _headers(sha, int(row["upload_offset"]), int(row["length"]), bool(row["complete"])))


def append(portal: SimPortal, hub: str, sha: str, offset_header: str | None, pieces: Iterable[bytes]) -> Reply:
    """Commit each piece as it arrives; the offset only ever moves over bytes that are stored."""
    row = _upload(portal, hub, sha)
    if row is None:
        return err(404, "NOT_FOUND", f"no upload {sha}")
    length, offset = int(row["length"]), int(row["upload_offset"])
    if row["complete"]:
        return Reply(204, None, _headers(sha, length, length, True))
    if offset_header is None or not offset_header.isdigit() or int(offset_header) != offset:
        return Reply(409, err(409, "UPLOAD_OFFSET_MISMATCH").body, _headers(sha, offset, length, False))
    for piece in pieces:
        if offset + len(piece) > length:
            return err(400, "INVALID_REQUEST", "more bytes than the upload's length")
        with portal.store.tx() as conn:
            conn.execute("INSERT INTO chunks(hub_id, sha256, chunk_offset, data) VALUES (?, ?, ?, ?)",
                         (hub, sha, offset, piece))
            offset += len(piece)
            conn.execute("UPDATE uploads SET upload_offset = ? WHERE hub_id = ? AND sha256 = ?", (offset, hub, sha))
            portal.store.bump(conn, "upload_bytes_received", len(piece))
    if offset < length:
        return Reply(204, None, _headers(sha, offset, length, False))
    if hashlib.sha256(portal.store.document_bytes(sha, hub)).hexdigest() != sha:
        with portal.store.tx() as conn:
            conn.execute("DELETE FROM chunks WHERE hub_id = ? AND sha256 = ?", (hub, sha))
            conn.execute("UPDATE uploads SET upload_offset = 0 WHERE hub_id = ? AND sha256 = ?", (hub, sha))
        return err(422, "CHECKSUM_MISMATCH", "the bytes do not hash to the upload's sha256; start again")
    with portal.store.tx() as conn:
        conn.execute("UPDATE uploads SET complete = 1 WHERE hub_id = ? AND sha256 = ?", (hub, sha))
    return Reply(204, None, _headers(sha, offset, length, True))
