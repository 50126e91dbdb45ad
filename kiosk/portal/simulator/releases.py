"""Releases on the simulated portal: one signed manifest and the package files it names.

The simulator never signs: whoever publishes (a test, a technician's demo) posts an envelope already
signed with the publisher's key through ``POST /_sim/release``, exactly as the real portal only relays
what the release team signed. ``/releases/*`` needs no login — the signature, not the channel, is what
the kiosk trusts, so a mirror or a USB copy would do as well.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from typing import Any

from kiosk.portal.simulator.portal import Reply, err

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$")
MAX_PACKAGE_BYTES = 256 * 1024 * 1024  # the simulator keeps packages in memory


class ReleaseShelf:
    """The latest envelope and the package files, in memory (a training portal keeps no releases)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.envelope: dict[str, Any] | None = None
        self.files: dict[str, bytes] = {}

    def publish(self, body: dict[str, Any]) -> Reply:
        envelope = body.get("envelope")
        if envelope is not None and not isinstance(envelope, dict):
            return err(400, "INVALID_REQUEST", "envelope must be an object (or null to withdraw)")
        files: dict[str, bytes] = {}
        for name, b64 in (body.get("files") or {}).items():
            if not isinstance(name, str) or not NAME_RE.match(name) or not isinstance(b64, str):
                return err(400, "INVALID_REQUEST", f"bad file name {name!r}")
            try:
                files[name] = base64.b64decode(b64, validate=True)
            except (binascii.Error, ValueError):
                return err(400, "INVALID_REQUEST", f"{name}: not base64")
            if len(files[name]) > MAX_PACKAGE_BYTES:
                return err(413, "PAYLOAD_TOO_LARGE", name)
        with self._lock:
            self.envelope = envelope
            self.files.update(files)
        return Reply(200, {"published": envelope is not None, "files": sorted(self.files)})

    def latest(self) -> Reply:
        with self._lock:
            envelope = self.envelope
        if envelope is None:
            return err(404, "NOT_FOUND", "no release published")
        return Reply(200, envelope, {"Cache-Control": "no-cache"})

    def file(self, name: str) -> Reply:
        with self._lock:
            data = self.files.get(name)
        if data is None:
            return err(404, "NOT_FOUND", name)
        return Reply(200, data, {"Content-Disposition": f'attachment; filename="{name}"'},
                     content_type="application/octet-stream")
