"""The portal client the sync engine drives: one method per contract operation.

Two kinds of method. *Writes* (submit, upload, appeal, feedback, heartbeat) return an
:class:`~kiosk.portal.outcome.Outcome` and never raise for network trouble — the engine records acked /
rejected / unknown and schedules the retry. *Reads* (feed, certificate, catalogue, calendar) return typed
values and raise the domain's PortalError family on failure, each error carrying ``.outcome`` (status,
Retry-After, halt). Every request authenticates with a bearer token that is refreshed before expiry and
once more if the portal says 401.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import requests

from kiosk.domain.errors import PortalAuthExpired
from kiosk.portal.auth import TokenSource
from kiosk.portal.errors import PortalBadResponse, attach
from kiosk.portal.models import CatalogueFetch, Certificate, Connectivity, FeedPage, WorkingCalendar
from kiosk.portal.outcome import Outcome, rejected, unknown
from kiosk.portal.releases import UpdateManifestInvalid, UpdateTruncated
from kiosk.portal.transport import MAX_FILE_BYTES, Timeouts, Transport
from kiosk.portal.upload import ChunkSizer, Progress, upload

MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff")


class PortalClient:
    def __init__(self, base_url: str, client_id: str, secret_provider: Callable[[], str], *,
                 timeouts: Timeouts | None = None, ca_bundle: str | Path | None = None,
                 proxies: Mapping[str, str] | None = None, user_agent: str = "SevaKiosk/0.1",
                 session: requests.Session | None = None) -> None:
        self.transport = Transport(base_url, timeouts=timeouts, ca_bundle=ca_bundle, proxies=proxies,
                                   user_agent=user_agent, session=session)
        self.tokens = TokenSource(self.transport, client_id, secret_provider)
        self.client_id = client_id
        self.sizer = ChunkSizer()

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    @property
    def traffic(self) -> dict[str, int]:
        """Requests made and bytes up/down on the wire (compressed), for the bytes-per-application figure."""
        return dict(self.transport.traffic)

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------ plumbing
    def _authed(self, method: str, path: str, **kw: Any) -> Outcome:
        headers = dict(kw.pop("headers", None) or {})
        for _attempt in (1, 2):
            token = self.tokens.token()
            if isinstance(token, Outcome):
                return token
            out = self.transport.exchange(method, path, headers={**headers, "Authorization": f"Bearer {token}"}, **kw)
            if out.status != 401:
                return out
            self.tokens.invalidate(token)  # expired or revoked early: one fresh token, one more try
        return unknown("auth_expired", PortalAuthExpired("the portal refused a fresh token"), status=401, halt=True)

    def _read(self, method: str, path: str, **kw: Any) -> Outcome:
        out = self._authed(method, path, **kw)
        out.raise_if_not_acked()
        return out

    # ------------------------------------------------------------------------------------ connectivity
    def check_connectivity(self, timeouts: Timeouts | None = None) -> Connectivity:
        """Cheap probe, no login: one small GET with short timeouts. Never raises."""
        started = time.monotonic()
        saved = self.transport.timeouts
        self.transport.timeouts = timeouts or Timeouts(connect=3.0, read=5.0)
        try:
            out = self.transport.exchange("GET", "/health")
        finally:
            self.transport.timeouts = saved
        rtt = time.monotonic() - started
        if out.acked and out.data.get("status") == "ok":
            return Connectivity("online", "", rtt, self.transport.clock_offset)
        state = {"captive_portal": "captive", "redirect_refused": "captive", "clock_skew": "clock_skew",
                 "offline": "offline", "connect_timeout": "offline"}.get(out.code, "degraded")
        return Connectivity(state, out.reason(), rtt, self.transport.clock_offset)

    # ------------------------------------------------------------------------------------ writes
    def submit_application(self, idempotency_key: str, application: Mapping[str, Any]) -> Outcome:
        """POST /applications. acked → ``data['application_id']``; ``replayed`` if the portal had it already."""
        return self._authed("POST", "/applications", json_body=dict(application),
                            headers={"Idempotency-Key": idempotency_key})

    def relay_application(self, idempotency_key: str, relayed: Mapping[str, Any]) -> Outcome:
        """POST /relay/applications: ``{hub_id, application, signature}`` carried from another hub, filed
        under that hub (see :mod:`kiosk.portal.relay`); answered like :meth:`submit_application`."""
        return self._authed("POST", "/relay/applications", json_body=dict(relayed),
                            headers={"Idempotency-Key": idempotency_key})

    def missing_documents(self, sha256s: Sequence[str]) -> list[str]:
        """Which of these documents the portal does not hold yet (read; raises on failure)."""
        missing: list[str] = []
        for i in range(0, len(sha256s), 1000):
            out = self._read("POST", "/documents/lookup", json_body={"sha256": list(sha256s[i:i + 1000])})
            got = out.data.get("missing")
            if not isinstance(got, list) or not all(isinstance(h, str) for h in got):
                raise attach(PortalBadResponse("lookup answer lacks 'missing'"), out)
            missing += got
        return missing

    def upload_document(self, sha256: str, source: bytes | Path, media_type: str, *,
                        progress: Progress | None = None) -> Outcome:
        """Upload (or finish uploading) one document; acked ``data`` has bytes_sent and resumed_from."""
        if media_type not in MEDIA_TYPES:
            return rejected(0, "UNSUPPORTED_MEDIA_TYPE", f"media type {media_type} is not accepted")
        return upload(self._authed, sha256, source, media_type, sizer=self.sizer,
                      read_timeout=self.transport.timeouts.read, progress=progress)

    def file_appeal(self, idempotency_key: str, appeal: Mapping[str, Any]) -> Outcome:
        """POST /appeals: ``{application_id, level: 1|2|3, grounds, reason_code?, ground?, late_reason?}``."""
        return self._authed("POST", "/appeals", json_body=dict(appeal), headers={"Idempotency-Key": idempotency_key})

    def change_delivery(self, idempotency_key: str, change: Mapping[str, Any]) -> Outcome:
        """POST /delivery-changes: ``{application_key, channels[{channel, contact, consent_at}], changed_at?}``."""
        return self._authed("POST", "/delivery-changes", json_body=dict(change),
                            headers={"Idempotency-Key": idempotency_key})
    def send_payment(self, idempotency_key: str, payment: Mapping[str, Any]) -> Outcome:
        """POST /payments: ``{application_key, method: cash|upi, paise, upi_ref?, receipt_number?, paid_at?}``
        — a fee the counter took after the application was sent (issue 17; no gateway is called)."""
        return self._authed("POST", "/payments", json_body=dict(payment), headers={"Idempotency-Key": idempotency_key})

    def send_ring(self, idempotency_key: str, ring: Mapping[str, Any]) -> Outcome:
        """POST /hubs/ring: ``{version, villages[{code, name_en, name_mr, lgd_code?, pin?}], change?, changed_at?}``
        — the hub's whole ring after a supervisor changed it (issue 18); the portal keeps the newest version."""
        return self._authed("POST", "/hubs/ring", json_body=dict(ring), headers={"Idempotency-Key": idempotency_key})

    def ring(self) -> dict[str, Any]:
        """GET /hubs/ring: ``{version, villages}`` as the portal holds this hub's ring (version 0 before any)."""
        data = self._read("GET", "/hubs/ring").data
        return data if isinstance(data, dict) else {"version": 0, "villages": []}

    def send_more_documents(self, idempotency_key: str, reply: Mapping[str, Any]) -> Outcome:
        """POST /applications/{application_id}/documents: the documents the portal asked for (uploaded first)."""
        body = {k: v for k, v in reply.items() if k != "application_id"}
        return self._authed("POST", f"/applications/{reply['application_id']}/documents", json_body=body,
                            headers={"Idempotency-Key": idempotency_key})

    def send_feedback(self, idempotency_key: str, feedback: Mapping[str, Any]) -> Outcome:
        """POST /feedback: ``{application_id?, receipt_number?, rating: 1..5, comment?, language?, consent_to_call?}``."""
        return self._authed("POST", "/feedback", json_body=dict(feedback),
                            headers={"Idempotency-Key": idempotency_key})

    def send_heartbeat(self, heartbeat: Mapping[str, Any]) -> Outcome:
        """POST /hubs/heartbeat: ``{at, queue_depth, day_totals{}, audit_head, app_version}``."""
        return self._authed("POST", "/hubs/heartbeat", json_body=dict(heartbeat))

    # ------------------------------------------------------------------------------------ reads
    def hub_day_close(self, day: str) -> list[dict[str, Any]]:
        """GET /hubs/day-close: each counter's day totals of ``day`` (YYYY-MM-DD) as the portal last heard them."""
        return list(self._read("GET", "/hubs/day-close", query={"date": day}).data.get("counters", []))

    def verification_sample(self, month: str) -> list[str]:
        """GET /verification/sample: the receipt numbers of ``month`` (YYYY-MM) the quality agency will call."""
        data = self._read("GET", "/verification/sample", query={"month": month}).data
        items = data.get("applications", []) if isinstance(data, dict) else []
        return [str(i["receipt_number"]) for i in items if isinstance(i, dict) and i.get("receipt_number")]

    def status_page(self, cursor: str | None, limit: int = 200) -> FeedPage:
        query: dict[str, Any] = {"limit": limit}
        if cursor:
            query["since"] = cursor
        out = self._read("GET", "/status-feed", query=query)
        try:
            return FeedPage.from_json(out.data)
        except PortalBadResponse as exc:
            raise attach(exc, out) from None

    def iter_status_feed(self, cursor: str | None, limit: int = 200) -> Iterator[FeedPage]:
        """Pages until the feed is drained; commit each page with its cursor before asking for the next."""
        while True:
            page = self.status_page(cursor, limit)
            yield page
            if not page.has_more or page.next_cursor == cursor:
                return
            cursor = page.next_cursor

    def relay_status_pages(self, grant: Mapping[str, str], cursor: str | None,
                           limit: int = 200) -> Iterator[FeedPage]:
        """Another hub's feed pages from ``cursor`` on, read with its signed read grant (the way back of
        carried sync, :mod:`kiosk.portal.relay`); pages until drained, like :meth:`iter_status_feed`."""
        while True:
            body: dict[str, Any] = {"grant": dict(grant), "limit": limit}
            if cursor:
                body["since"] = cursor
            out = self._read("POST", "/relay/status-feed", json_body=body)
            try:
                page = FeedPage.from_json(out.data)
            except PortalBadResponse as exc:
                raise attach(exc, out) from None
            yield page
            if not page.has_more or page.next_cursor == cursor:
                return
            cursor = page.next_cursor

    def relay_certificate(self, grant: Mapping[str, str], application_id: str) -> Certificate:
        """Another hub's certificate, fetched with its signed read grant."""
        out = self._read("POST", "/relay/certificate", json_body={"grant": dict(grant), "application_id": application_id},
                         expect="pdf", max_bytes=MAX_FILE_BYTES, headers={"Accept": "application/pdf"})
        return Certificate(application_id, out.content)

    def application_status(self, application_id: str) -> Mapping[str, Any]:
        data: Mapping[str, Any] = self._read("GET", f"/applications/{application_id}").data
        return data

    def receipt_status(self, receipt_number: str) -> Mapping[str, Any] | None:
        """The public status of any hub's application by its receipt number (issue 17); None when the portal
        knows no such receipt. The caller checks the receipt's form before asking (it goes into the path)."""
        out = self._authed("GET", f"/receipts/{receipt_number}")
        if out.status == 404:
            return None
        out.raise_if_not_acked()
        data: Mapping[str, Any] = out.data
        return data

    def download_certificate(self, application_id: str) -> Certificate:
        out = self._read("GET", f"/applications/{application_id}/certificate", expect="pdf",
                         max_bytes=MAX_FILE_BYTES, headers={"Accept": "application/pdf"})
        return Certificate(application_id, out.content)

    def fetch_catalogue(self, etag: str | None = None, since: str | None = None) -> CatalogueFetch:
        """The catalogue if it changed; with ``since`` (the version the hub has) the portal may answer with
        a change set instead of the whole document (``kiosk.domain.catalogue_delta``)."""
        out = self._read("GET", "/catalogue", headers={"If-None-Match": etag} if etag else None,
                         query={"since": since} if since else None, max_bytes=MAX_FILE_BYTES)
        if out.status == 304:
            return CatalogueFetch(False, etag, out.headers.get("Catalogue-Version"), None)
        return CatalogueFetch(True, out.headers.get("ETag"), out.headers.get("Catalogue-Version"), out.data)

    def working_calendar(self, year: int) -> WorkingCalendar:
        out = self._read("GET", "/calendar", query={"year": year})
        try:
            return WorkingCalendar.from_json(out.data)
        except PortalBadResponse as exc:
            raise attach(exc, out) from None

    # ------------------------------------------------------------------------------------ releases
    def latest_release(self) -> dict[str, Any] | None:
        """GET /releases/latest (no login): the signed envelope, unverified — kiosk.portal.releases checks it.
        None when the portal has no release."""
        out = self.transport.exchange("GET", "/releases/latest")
        if out.status == 404:
            return None
        if out.code in ("invalid_json", "wrong_content_type", "bad_body"):
            raise UpdateManifestInvalid(f"the release answer is not a JSON manifest ({out.code})")
        out.raise_if_not_acked()
        return dict(out.data)

    def release_chunks(self, url: str, max_bytes: int, chunk_size: int = 256 * 1024) -> Iterator[bytes]:
        """Stream a package named by a manifest; only from the portal's own origin, never more than
        ``max_bytes`` + 1 bytes read. A broken-off transfer raises UpdateTruncated."""
        target = urljoin(self.base_url + "/", url)
        if not self.transport._same_origin(target):
            raise UpdateManifestInvalid(f"the package URL {url!r} is not on the portal")
        timeout = (self.transport.timeouts.connect, self.transport.timeouts.read)
        try:
            with self.transport.session.get(target, stream=True, timeout=timeout, allow_redirects=False) as resp:
                if resp.status_code != 200:
                    raise UpdateTruncated(f"the package download answered HTTP {resp.status_code}")
                read = 0
                for chunk in resp.iter_content(chunk_size):
                    read += len(chunk)
                    yield chunk
                    if read > max_bytes:
                        return
        except requests.RequestException as exc:
            raise UpdateTruncated(f"the package download broke off: {type(exc).__name__}") from exc
