"""Resumable, content-addressed document upload (tus-style POST / PATCH with Upload-Offset).

The portal commits every byte it reads, so after a drop the kiosk asks where the portal got to (creating
the upload again answers with its offset) and sends only the rest: a 2 MB scan cut at 1.5 MB costs 0.5 MB
more, not 2 MB. Chunk size adapts to the measured rate (aiming at about 12 s per chunk), which keeps per-chunk round trips a small
fraction of the time on 2G and lets loopback move a megabyte per request.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.portal.codes import message
from kiosk.portal.outcome import Outcome, rejected

Authed = Callable[..., Outcome]
Progress = Callable[[int, int], None]
MIN_CHUNK, MAX_CHUNK, FIRST_CHUNK = 16 * 1024, 1024 * 1024, 64 * 1024
SLOWEST_RATE = 4000.0  # bytes/s assumed when allowing time for the server to read a chunk


class ChunkSizer:
    """Next chunk size from the last observed throughput, aiming at ``target`` seconds per chunk."""

    # 12 s a chunk: on 2G a round trip costs 0.3–1 s, so shorter chunks spend a tenth of the link waiting;
    # a cut mid-chunk loses nothing stored, the upload resumes at the portal's offset.
    def __init__(self, target: float = 12.0, first: int = FIRST_CHUNK) -> None:
        self.target = target
        self.size = first

    def observe(self, nbytes: int, seconds: float) -> None:
        rate = nbytes / max(seconds, 1e-3)
        self.size = int(min(MAX_CHUNK, max(MIN_CHUNK, rate * self.target)))


class _Source:
    def __init__(self, source: bytes | Path) -> None:
        self._bytes = source if isinstance(source, bytes) else None
        self._path = None if isinstance(source, bytes) else Path(source)
        self.length = len(source) if isinstance(source, bytes) else self._path.stat().st_size  # type: ignore[union-attr]

    def read(self, offset: int, size: int) -> bytes:
        if self._bytes is not None:
            return self._bytes[offset:offset + size]
        assert self._path is not None
        with self._path.open("rb") as f:
            f.seek(offset)
            return f.read(size)

    def sha256(self) -> str:
        h = hashlib.sha256()
        for off in range(0, self.length, 1 << 20):
            h.update(self.read(off, 1 << 20))
        return h.hexdigest()


def upload(authed: Authed, sha256: str, source: bytes | Path, media_type: str, *, sizer: ChunkSizer,
           read_timeout: float, progress: Progress | None = None) -> Outcome:
    try:
        src = _Source(source)
    except OSError as exc:
        return rejected(0, "LOCAL_FILE_UNREADABLE", *message("LOCAL_FILE_UNREADABLE", error=exc))
    if src.length == 0:
        return rejected(0, "EMPTY_DOCUMENT")
    if src.sha256() != sha256:
        return rejected(0, "LOCAL_CHECKSUM_MISMATCH")
    path = f"/uploads/{sha256}"
    # No HEAD first: creating an upload that exists answers 200 with its offset (the contract's POST
    # /uploads), so a resume costs one round trip, not two — on 2G each is 0.3–1 s before a byte moves.
    out = authed("POST", "/uploads", json_body={"sha256": sha256, "length": src.length, "media_type": media_type})
    if not out.acked:
        return out
    raw_offset = out.data.get("offset", 0) if isinstance(out.data, dict) else -1
    offset = raw_offset if isinstance(raw_offset, int) and not isinstance(raw_offset, bool) else -1
    complete = bool(out.data.get("complete")) if isinstance(out.data, dict) else False
    if not 0 <= offset <= src.length:
        # A garbled answer (a proxy's page, a cut header) must not steer where we read the file.
        return replace(out, kind="unknown", code="bad_offset")
    resumed_from, sent, resyncs = offset, 0, 0

    def result(o: Outcome) -> Outcome:
        data: dict[str, Any] = {"sha256": sha256, "length": src.length, "offset": offset, "bytes_sent": sent,
                                "resumed_from": resumed_from}
        return replace(o, data=data, bytes_sent=sent)

    if complete:
        return result(Outcome("acked", 200))
    while offset < src.length:
        left = src.length - offset
        # a tail shorter than half a chunk rides with this one: one round trip less per document
        chunk = src.read(offset, left if left <= sizer.size * 3 // 2 else sizer.size)
        started = time.monotonic()
        out = authed("PATCH", path, body=chunk, expect="empty",
                     headers={"Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
                              "Tus-Resumable": "1.0.0"},
                     read_timeout=read_timeout + len(chunk) / SLOWEST_RATE)
        sent += len(chunk)
        if out.acked:
            new = _offset(out)
            if not offset < new <= src.length:
                return result(replace(out, kind="unknown", code="bad_offset"))
            sizer.observe(new - offset, time.monotonic() - started)
            offset = new
            if progress:
                progress(offset, src.length)
        elif out.status == 409 and out.code == "UPLOAD_OFFSET_MISMATCH" and resyncs < 3 \
                and 0 <= _offset(out) <= src.length:
            resyncs += 1
            offset = _offset(out)
        else:
            return result(out)
    return result(Outcome("acked", 204))


def _offset(out: Outcome) -> int:
    raw = out.headers.get("Upload-Offset", "")
    return int(raw) if raw.isdigit() else -1
