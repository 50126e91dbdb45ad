"""Content-addressed, resumable document uploads (tus-style) of the simulated portal.

A document *is* its SHA-256: the kiosk asks which hashes the portal lacks, creates an upload for each,
and PATCHes bytes at ``Upload-Offset``. Every piece the server reads is committed at once, so a
connection that dies at 1.5 MB of 2 MB leaves the offset at 1.5 MB and the kiosk resumes from there.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from kiosk.portal.simulator.portal import Reply, SimPortal, err

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff")
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


def lookup(portal: SimPortal, body: object) -> Reply:
    hashes = body.get("sha256") if isinstance(body, dict) else None
    if not isinstance(hashes, list) or len(hashes) > 1000 or not all(isinstance(h, str) and SHA_RE.match(h) for h in hashes):
        return err(400, "INVALID_REQUEST", "sha256 must be a list of up to 1000 lowercase hex digests")
    present = [h for h in hashes if portal.store.document_complete(h)]
    return Reply(200, {"present": present, "missing": [h for h in hashes if h not in present]})


def _headers(sha: str, offset: int, length: int, complete: bool) -> dict[str, str]:
    h = {"Location": f"/uploads/{sha}", "Upload-Offset": str(offset), "Upload-Length": str(length),
         "Tus-Resumable": "1.0.0", "Cache-Control": "no-store"}
    if complete:
        h["Upload-Complete"] = "?1"
    return h


def create(portal: SimPortal, hub: str, body: object) -> Reply:
    if not isinstance(body, dict):
        return err(400, "INVALID_REQUEST", "expected {sha256, length, media_type}")
    sha, length, media = body.get("sha256"), body.get("length"), body.get("media_type")
    if not isinstance(sha, str) or not SHA_RE.match(sha):
        return err(400, "INVALID_REQUEST", "sha256 must be 64 lowercase hex digits")
    if not isinstance(length, int) or isinstance(length, bool) or not 0 < length <= MAX_DOCUMENT_BYTES:
        return err(413 if isinstance(length, int) and length > 0 else 400, "BODY_TOO_LARGE" if isinstance(length, int)
                   and length > 0 else "INVALID_REQUEST", f"length must be 1..{MAX_DOCUMENT_BYTES}")
    if media not in MEDIA_TYPES:
        return err(415, "UNSUPPORTED_MEDIA_TYPE", f"media_type must be one of {', '.join(MEDIA_TYPES)}")
    with portal.store.tx() as conn:
        row = conn.execute("SELECT length, upload_offset, complete FROM uploads WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            if row["length"] != length:
                return err(409, "UPLOAD_OFFSET_MISMATCH", "an upload of this hash with another length exists")
            st = 200
            offset, complete = int(row["upload_offset"]), bool(row["complete"])
        else:
            conn.execute("INSERT INTO uploads(sha256, length, media_type, hub_id, created_at) VALUES (?, ?, ?, ?, ?)",
                         (sha, length, media, hub, portal.now()))
            st, offset, complete = 201, 0, False
    return Reply(st, {"sha256": sha, "offset": offset, "length": length, "complete": complete},
                 _headers(sha, offset, length, complete))


def head(portal: SimPortal, sha: str) -> Reply:
    row = portal.store.one("SELECT length, upload_offset, complete FROM uploads WHERE sha256 = ?", (sha,))
    if row is None:
        return Reply(404, None, {"Cache-Control": "no-store"})
    return Reply(200, None, _headers(sha, int(row["upload_offset"]), int(row["length"]), bool(row["complete"])))


def append(portal: SimPortal, sha: str, offset_header: str | None, pieces: Iterable[bytes]) -> Reply:
    """Commit each piece as it arrives; the offset only ever moves over bytes that are stored."""
    row = portal.store.one("SELECT length, upload_offset, complete FROM uploads WHERE sha256 = ?", (sha,))
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
            conn.execute("INSERT INTO chunks(sha256, chunk_offset, data) VALUES (?, ?, ?)", (sha, offset, piece))
            offset += len(piece)
            conn.execute("UPDATE uploads SET upload_offset = ? WHERE sha256 = ?", (offset, sha))
            portal.store.bump(conn, "upload_bytes_received", len(piece))
    if offset < length:
        return Reply(204, None, _headers(sha, offset, length, False))
    if hashlib.sha256(portal.store.document_bytes(sha)).hexdigest() != sha:
        with portal.store.tx() as conn:
            conn.execute("DELETE FROM chunks WHERE sha256 = ?", (sha,))
            conn.execute("UPDATE uploads SET upload_offset = 0 WHERE sha256 = ?", (sha,))
        return err(422, "CHECKSUM_MISMATCH", "the bytes do not hash to the upload's sha256; start again")
    with portal.store.tx() as conn:
        conn.execute("UPDATE uploads SET complete = 1 WHERE sha256 = ?", (sha,))
    return Reply(204, None, _headers(sha, offset, length, True))
