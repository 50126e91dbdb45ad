"""OAuth2 client credentials: a short-lived bearer token, fetched when needed and refreshed early.

The secret comes from a ``secret_provider`` callable each time a token is fetched (the caller reads the
OS keyring; this module never reads files and never keeps the secret). Expiry is tracked on the
monotonic clock, so a wrong PC clock cannot make a dead token look alive.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlencode

from kiosk.domain.errors import KioskError, PortalAuthExpired
from kiosk.portal.errors import PortalCredentialsRefused
from kiosk.portal.outcome import Outcome, unknown
from kiosk.portal.transport import Transport

REFRESH_MARGIN = 30.0  # renew this many seconds before expiry (a quarter of the lifetime for short tokens)


class TokenSource:
    def __init__(self, transport: Transport, client_id: str, secret_provider: Callable[[], str],
                 scope: str = "applications documents status catalogue hub") -> None:
        self.transport = transport
        self.client_id = client_id
        self.secret_provider = secret_provider
        self.scope = scope
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()
        self.fetched = 0  # how many tokens this source obtained (tests and diagnostics)

    def invalidate(self, token: str | None = None) -> None:
        with self._lock:
            if token is None or token == self._token:
                self._token = None

    def token(self) -> str | Outcome:
        """A usable bearer token, or the (unknown, halting) outcome explaining why there is none."""
        with self._lock:
            if self._token and time.monotonic() < self._expires:
                return self._token
            try:
                secret = self.secret_provider()
            except KioskError as exc:
                return unknown("secret_unavailable", exc, halt=True)
            form = urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                              "client_secret": secret, "scope": self.scope}).encode()
            out = self.transport.exchange("POST", "/oauth/token", body=form,
                                          headers={"Content-Type": "application/x-www-form-urlencoded"})
            if out.status in (400, 401):
                return unknown("credentials_refused", PortalCredentialsRefused("the portal refused the hub's login"),
                               status=out.status, halt=True)
            if not out.acked:
                return out
            token, ttl = out.data.get("access_token"), out.data.get("expires_in")
            if not isinstance(token, str) or not token or not isinstance(ttl, int | float) or ttl <= 0:
                return unknown("bad_token", PortalAuthExpired("the portal's token answer is malformed"), halt=True)
            self._token = token
            self._expires = time.monotonic() + float(ttl) - min(REFRESH_MARGIN, float(ttl) / 4)
            self.fetched += 1
            return token
