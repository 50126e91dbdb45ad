"""One HTTP exchange with the portal, classified: the only place that touches ``requests``.

Every call has explicit (connect, read) timeouts — the read timeout is an *inactivity* limit, so a slow
but moving 2G transfer completes while a dead one is abandoned. TLS is always verified (optionally
against a pinned CA bundle); plain http is accepted only for loopback (the simulator). Redirects are
never followed blindly: same-origin GETs only, anything else is treated as a captive portal. Responses
are streamed and capped, so a hostile or broken answer cannot exhaust memory.
"""

from __future__ import annotations

import base64
import email.utils
import gzip
import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from kiosk.domain.errors import ClockSkew, PortalAuthExpired, PortalRejected, PortalUnavailable
from kiosk.portal.errors import CaptivePortalDetected, PortalBadResponse, PortalConfigError
from kiosk.portal.outcome import Outcome, parse_retry_after, rejected, unknown

Expect = Literal["json", "pdf", "empty"]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
MAX_JSON_BYTES = 4 * 1024 * 1024
MAX_FILE_BYTES = 25 * 1024 * 1024
GZIP_ABOVE = 512
CLOCK_HINTS = ("not yet valid", "has expired", "certificate expired", "certificate is not yet")


@dataclass(frozen=True)
class Timeouts:
    """Seconds to establish a connection, and the longest silence tolerated while waiting for bytes."""

    connect: float = 5.0
    read: float = 30.0


class _TooLarge(Exception):
    pass


def _phase_is_connect(exc: BaseException) -> bool:
    """True when requests failed before the request left (refused, DNS, unreachable)."""
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        name = type(e).__name__
        if name in ("NewConnectionError", "NameResolutionError", "ConnectionRefusedError"):
            return True
        if name in ("ProtocolError", "RemoteDisconnected", "ConnectionResetError", "BrokenPipeError"):
            return False
        stack.extend([getattr(e, "reason", None), e.__cause__, e.__context__])
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
    return False


class Transport:
    def __init__(self, base_url: str, *, timeouts: Timeouts | None = None, ca_bundle: str | Path | None = None,
                 proxies: Mapping[str, str] | None = None, user_agent: str = "SevaKiosk/0.1",
                 session: requests.Session | None = None) -> None:
        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PortalConfigError(f"portal URL must be http(s)://host[:port], got {base_url!r}")
        if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
            raise PortalConfigError("plain http is only allowed to this computer (the simulator); use https")
        if ca_bundle is not None and not Path(ca_bundle).is_file():
            raise PortalConfigError(f"pinned CA bundle not found: {ca_bundle}")
        self.base_url = f"{parts.scheme}://{parts.netloc}{parts.path}"
        self.origin = (parts.scheme, parts.hostname, parts.port)
        self.timeouts = timeouts or Timeouts()
        self.session = session or requests.Session()
        self.session.trust_env = False  # no surprise proxies or CA bundles from the environment
        self.session.verify = str(ca_bundle) if ca_bundle else True
        self.session.proxies = dict(proxies or {})
        self.session.max_redirects = 3
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=4, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers.update({"User-Agent": user_agent, "Accept": "application/json",
                                     "Accept-Encoding": "gzip"})
        self.traffic: Counter[str] = Counter()
        self.clock_offset: float | None = None  # server Date minus local time, seconds
        self._lock = threading.Lock()

    def close(self) -> None:
        self.session.close()

    def _same_origin(self, url: str) -> bool:
        p = urlsplit(url)
        return (p.scheme, p.hostname, p.port) == self.origin

    # ------------------------------------------------------------------------------------ exchange
    def exchange(self, method: str, path: str, *, json_body: Any = None, body: bytes | None = None,
                 headers: Mapping[str, str] | None = None, query: Mapping[str, Any] | None = None,
                 expect: Expect = "json", max_bytes: int = MAX_JSON_BYTES, read_timeout: float | None = None
                 ) -> Outcome:
        hdrs = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            hdrs["Content-Type"] = "application/json"
            if len(body) > GZIP_ABOVE:
                body = gzip.compress(body, compresslevel=6)
                hdrs["Content-Encoding"] = "gzip"
        sent = len(body or b"")
        url = self.base_url + path
        timeout = (self.timeouts.connect, read_timeout or self.timeouts.read)
        for hop in range(4):
            try:
                resp = self.session.request(method, url, data=body, headers=hdrs, params=query, timeout=timeout,
                                            allow_redirects=False, stream=True)
            except requests.RequestException as exc:
                return self._failed(exc, sent)
            try:
                with resp:
                    self._note(resp, sent)
                    if resp.is_redirect:
                        target = urljoin(url, resp.headers.get("Location", ""))
                        if self._same_origin(target) and method in ("GET", "HEAD") and hop < 3:
                            url, query = target, None
                            continue
                        return unknown("redirect_refused", CaptivePortalDetected(f"redirect to {target} refused"),
                                       status=resp.status_code, halt=True, bytes_sent=sent)
                    content = self._read(resp, max_bytes)
                    received = int(resp.raw.tell()) if hasattr(resp.raw, "tell") else len(content)
            except _TooLarge:
                return unknown("body_too_large", PortalBadResponse(f"answer larger than {max_bytes} bytes"),
                               status=resp.status_code, bytes_sent=sent)
            except requests.RequestException as exc:
                return self._failed(exc, sent)
            with self._lock:
                self.traffic["bytes_down"] += received
            return self._classify(method, resp, content, expect, sent, received)
        raise AssertionError("unreachable")  # pragma: no cover

    def _note(self, resp: requests.Response, sent: int) -> None:
        with self._lock:
            self.traffic["requests"] += 1
            self.traffic["bytes_up"] += sent
        date = resp.headers.get("Date")
        if date:
            try:
                self.clock_offset = email.utils.parsedate_to_datetime(date).timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                pass

    @staticmethod
    def _read(resp: requests.Response, max_bytes: int) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes and resp.headers.get("Content-Encoding") != "gzip":
            raise _TooLarge()
        chunks: list[bytes] = []
        total = 0
        for chunk in resp.iter_content(65536):
            total += len(chunk)
            if total > max_bytes:
                raise _TooLarge()
            chunks.append(chunk)
        return b"".join(chunks)

    # ------------------------------------------------------------------------------------ classification
    @staticmethod
    def _failed(exc: requests.RequestException, sent: int) -> Outcome:
        text = str(exc)
        if isinstance(exc, requests.exceptions.SSLError):
            if any(h in text.lower() for h in CLOCK_HINTS):
                return unknown("clock_skew", ClockSkew(f"TLS certificate not valid at this PC's time: {text[:200]}"),
                               halt=True, bytes_sent=sent)
            return unknown("tls_error", PortalUnavailable(f"TLS failed: {text[:200]}"), halt=True, bytes_sent=sent)
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return unknown("connect_timeout", PortalUnavailable("connection timed out"), halt=True, bytes_sent=sent)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return unknown("read_timeout", PortalUnavailable("no answer in time"), bytes_sent=sent)
        if isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
            return unknown("truncated", PortalBadResponse(f"answer cut short: {text[:200]}"), bytes_sent=sent)
        if isinstance(exc, requests.exceptions.ConnectionError):
            if _phase_is_connect(exc):
                return unknown("offline", PortalUnavailable(f"cannot connect: {text[:200]}"), halt=True, bytes_sent=sent)
            return unknown("connection_dropped", PortalUnavailable("connection dropped before the answer"),
                           bytes_sent=sent)
        return unknown("transport_error", PortalUnavailable(text[:200]), bytes_sent=sent)

    def _classify(self, method: str, resp: requests.Response, content: bytes, expect: Expect, sent: int,
                  received: int) -> Outcome:
        status = resp.status_code
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        headers = dict(resp.headers)
        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
        extra: dict[str, Any] = {"headers": headers, "bytes_sent": sent, "bytes_received": received}
        head = content.lstrip()[:64].lower()
        html = ctype in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype html", b"<html"))
        if status == 511 or (html and (200 <= status < 300)):
            return unknown("captive_portal", CaptivePortalDetected("a login page answered instead of the portal"),
                           status=status, halt=True, **extra)
        if 200 <= status < 300 or status == 304:
            return self._acked(method, status, ctype, content, expect, resp, extra)
        envelope = _envelope(content) if ctype.endswith("json") else None
        code = envelope[0] if envelope else f"http_{status}"
        if status == 401:
            return unknown("auth_expired", PortalAuthExpired("access token refused"), status=status, **extra)
        if status == 403:
            return unknown(code, PortalRejected("this hub is not allowed to do that"), status=status, halt=True,
                           **extra)
        if status in (408, 409, 425, 429):
            names = {408: "request_timeout", 409: "in_flight", 425: "too_early", 429: "rate_limited"}
            return unknown(envelope[0] if envelope else names[status], PortalUnavailable(names[status]),
                           status=status, retry_after=retry_after if retry_after is not None else
                           (1.0 if status == 409 else None), **extra)
        if 400 <= status < 500:
            if envelope is None:  # a definite "no" always comes in the contract's envelope; a proxy's 404 is not one
                return unknown("bad_response", PortalBadResponse(f"HTTP {status} without the portal's error body"),
                               status=status, **extra)
            return rejected(status, envelope[0], envelope[1], envelope[2], **extra)
        return unknown("server_error" if status >= 500 else "bad_response",
                       PortalUnavailable(f"portal answered HTTP {status}"), status=status, retry_after=retry_after,
                       **extra)

    @staticmethod
    def _acked(method: str, status: int, ctype: str, content: bytes, expect: Expect, resp: requests.Response,
               extra: dict[str, Any]) -> Outcome:
        replayed = resp.headers.get("Idempotent-Replayed", "").lower() == "true"
        if expect == "empty" or status in (204, 304) or method == "HEAD":
            return Outcome("acked", status, replayed=replayed, **extra)
        if expect == "pdf":
            problem = _check_pdf(ctype, content, resp.headers.get("Repr-Digest"))
            if problem:
                return unknown("bad_body", PortalBadResponse(problem), status=status, **extra)
            return Outcome("acked", status, content=content, **extra)
        if not (ctype == "application/json" or ctype.endswith("+json")):
            return unknown("wrong_content_type", PortalBadResponse(f"expected JSON, got {ctype or 'nothing'}"),
                           status=status, **extra)
        try:
            data = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return unknown("invalid_json", PortalBadResponse(f"answer is not JSON: {exc}"), status=status, **extra)
        if not isinstance(data, dict):
            return unknown("invalid_json", PortalBadResponse("answer is not a JSON object"), status=status, **extra)
        return Outcome("acked", status, data=data, replayed=replayed, **extra)


def _envelope(content: bytes) -> tuple[str, str, str] | None:
    """(code, en, mr) from ``{"error": {"code", "message": {"en", "mr"}}}``, or None if not that shape."""
    try:
        err = json.loads(content.decode("utf-8")).get("error")
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return None
    if not isinstance(err, dict) or not isinstance(err.get("code"), str) or not err["code"]:
        return None
    msg = err.get("message")
    if not isinstance(msg, dict):
        msg = {}
    en, mr = msg.get("en"), msg.get("mr")
    detail = err.get("detail")
    en = en if isinstance(en, str) else ""
    if isinstance(detail, str) and detail:
        en = f"{en} ({detail[:300]})" if en else detail[:300]
    return err["code"][:64], en[:500], (mr if isinstance(mr, str) else "")[:500]


def _check_pdf(ctype: str, content: bytes, digest: str | None) -> str:
    if ctype != "application/pdf":
        return f"expected a PDF, got {ctype or 'nothing'}"
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-1024:]:
        return "the PDF is incomplete"
    if digest and digest.startswith("sha-256=:"):
        want = digest[len("sha-256=:"):].rstrip(":")
        if base64.b64encode(hashlib.sha256(content).digest()).decode() != want:
            return "the PDF does not match its digest"
    return ""
