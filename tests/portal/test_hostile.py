"""Hostile and broken answers, from a raw socket server that says exactly what each test scripts, and
hostile requests against the simulator. Nothing here may crash the client or lose a classification."""

from __future__ import annotations

import gzip
import json
import socketserver
import threading
from collections.abc import Iterator

import pytest
import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.errors import CaptivePortalDetected, PortalBadResponse, PortalConfigError
from kiosk.portal.outcome import parse_retry_after
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import application

TOKEN = json.dumps({"access_token": "t", "token_type": "Bearer", "expires_in": 600}).encode()


def raw(status: str, body: bytes, ctype: str = "application/json", extra: str = "", length: int | None = None) -> bytes:
    head = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body) if length is None else length}"
            f"\r\n{extra}Connection: close\r\n\r\n")
    return head.encode() + body


class Hostile(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Reply)
        self.answers: list[bytes] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Reply(socketserver.StreamRequestHandler):
    server: Hostile

    def handle(self) -> None:
        length = 0
        while (line := self.rfile.readline(65536)) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        self.rfile.read(length)
        with self.server.lock:
            answer = self.server.answers.pop(0) if self.server.answers else raw("500 Oops", b"")
        try:
            self.wfile.write(answer)
        except OSError:
            pass


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield server
    server.shutdown()
    server.server_close()


def submit(server: Hostile, *answers: bytes) -> object:
    server.answers = [raw("200 OK", TOKEN), *answers]
    with PortalClient(server.url, "hub", lambda: "s", timeouts=Timeouts(0.5, 0.5)) as c:
        return c.submit_application("hostile-key-1", application())


ENVELOPE = json.dumps({"error": {"code": "VALIDATION_FAILED", "message": {"en": "bad", "mr": "चूक"}}}).encode()


@pytest.mark.parametrize(("answer", "kind", "code"), [
    (raw("201 Created", b'{"application_id": "A1"}'), "acked", ""),
    (raw("422 Unprocessable", ENVELOPE), "rejected", "VALIDATION_FAILED"),
    (raw("404 Not Found", b"<html>proxy error</html>", "text/html"), "unknown", "bad_response"),
    (raw("400 Bad Request", b"not json", "application/json"), "unknown", "bad_response"),
    (raw("400 Bad Request", b'{"error": "x"}'), "unknown", "bad_response"),
    (raw("511 Network Authentication Required", b"<html>login</html>", "text/html"), "unknown", "captive_portal"),
    (raw("200 OK", b"<!DOCTYPE html><html>wifi</html>", "application/json"), "unknown", "captive_portal"),
    (raw("200 OK", b"[1, 2, 3]"), "unknown", "invalid_json"),
    (raw("200 OK", b"\xff\xfe{}"), "unknown", "invalid_json"),
    (raw("200 OK", b"{}", "text/plain"), "unknown", "wrong_content_type"),
    (raw("200 OK", b'{"a": 1', length=500), "unknown", "truncated"),
    (raw("200 OK", b"x" * 10, length=50 * 1024 * 1024), "unknown", "body_too_large"),
    (raw("200 OK", gzip.compress(b"{" + b" " * (8 * 1024 * 1024) + b"}"), extra="Content-Encoding: gzip\r\n"),
     "unknown", "body_too_large"),
    (raw("200 OK", b"not gzip at all", extra="Content-Encoding: gzip\r\n"), "unknown", "truncated"),
    (raw("301 Moved", b"", extra="Location: https://evil.example/applications\r\n"), "unknown", "redirect_refused"),
    (raw("503 Busy", b"", extra="Retry-After: 99999999\r\n"), "unknown", "server_error"),
    (raw("429 Slow down", b"", extra="Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n"), "unknown", "rate_limited"),
    (raw("302 Found", b"", extra="Location: /elsewhere\r\n"), "unknown", "redirect_refused"),  # POSTs never follow
    (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", "unknown", "invalid_json"),  # headers cut
    (b"garbage\r\n\r\n", "unknown", "connection_dropped"),
])
def test_hostile_answers_are_classified(hostile: Hostile, answer: bytes, kind: str, code: str) -> None:
    out = submit(hostile, answer)
    assert out.kind == kind, out  # type: ignore[attr-defined]
    if code:
        assert out.code == code, out  # type: ignore[attr-defined]
    if out.kind == "unknown":  # type: ignore[attr-defined]
        assert out.error is not None  # type: ignore[attr-defined]
    if code in ("captive_portal", "redirect_refused"):
        assert isinstance(out.error, CaptivePortalDetected) and out.halt  # type: ignore[attr-defined]
    if code == "server_error":
        assert out.retry_after == 3600.0  # type: ignore[attr-defined]  # a hostile Retry-After is clamped
    if code == "rate_limited":
        assert out.retry_after == 0.0  # type: ignore[attr-defined]  # a date in the past: retry now


def test_same_origin_redirect_is_followed_for_reads(hostile: Hostile) -> None:
    hostile.answers = [raw("200 OK", TOKEN), raw("302 Found", b"", extra="Location: /calendar2?year=2025\r\n"),
                       raw("200 OK", json.dumps({"year": 2025, "holidays": [], "weekly_off": ["sunday"]}).encode())]
    with PortalClient(hostile.url, "hub", lambda: "s", timeouts=Timeouts(0.5, 0.5)) as c:
        assert c.working_calendar(2025).weekly_off == ("sunday",)


def test_malformed_read_answers_raise_bad_response(hostile: Hostile) -> None:
    hostile.answers = [raw("200 OK", TOKEN), raw("200 OK", b'{"events": "nope"}'),
                       raw("200 OK", b'{"events": [{"seq": 1}], "next_cursor": "1"}'),
                       raw("200 OK", b"%PDF-1.4 not really", "application/pdf"),
                       raw("200 OK", b'{"access_token": 5}')]
    with PortalClient(hostile.url, "hub", lambda: "s", timeouts=Timeouts(0.5, 0.5)) as c:
        for call in (lambda: c.status_page(None), lambda: c.status_page(None),
                     lambda: c.download_certificate("A1")):
            with pytest.raises(PortalBadResponse):
                call()


def test_malformed_token_answer_halts(hostile: Hostile) -> None:
    hostile.answers = [raw("200 OK", b'{"access_token": 5}')]
    with PortalClient(hostile.url, "hub", lambda: "s", timeouts=Timeouts(0.5, 0.5)) as c:
        out = c.submit_application("hostile-key-1", application())
    assert out.unknown and out.halt and out.code == "bad_token"


def test_portal_url_rules() -> None:
    for bad in ("ftp://portal", "portal.example", "http://portal.example.gov.in"):
        with pytest.raises(PortalConfigError):
            PortalClient(bad, "hub", lambda: "s")
    with pytest.raises(PortalConfigError):
        PortalClient("https://portal.example", "hub", lambda: "s", ca_bundle="/nonexistent/ca.pem")
    PortalClient("https://portal.example/api/v1/", "hub", lambda: "s").close()


def test_retry_after_parsing() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("-3") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("99999999") == 3600.0


def test_hostile_requests_to_the_simulator(sim: PortalSimulator, client: PortalClient) -> None:
    tok = client.tokens.token()
    auth = {"Authorization": f"Bearer {tok}", "Idempotency-Key": "hostile-req-0001"}
    url = f"{sim.url}/applications"
    bomb = gzip.compress(b"[" + b"0," * (3 * 1024 * 1024) + b"0]")
    cases = [
        (dict(data=bomb, headers={**auth, "Content-Type": "application/json", "Content-Encoding": "gzip"}), 413),
        (dict(data=b"not gzip", headers={**auth, "Content-Type": "application/json", "Content-Encoding": "gzip"}), 400),
        (dict(data=b"{bad json", headers={**auth, "Content-Type": "application/json"}), 400),
        (dict(data=b"x" * (3 * 1024 * 1024), headers={**auth, "Content-Type": "application/json"}), 413),
        (dict(data=b"{}", headers={**auth, "Content-Type": "text/xml"}), 415),
        (dict(data=iter([b"{}"]), headers={**auth, "Content-Type": "application/json"}), 411),  # chunked
        (dict(data=b"", headers={**auth, "Content-Type": "application/json"}), 400),
        (dict(data=b'"a string"', headers={**auth, "Content-Type": "application/json"}), 400),  # not an object
    ]
    for kwargs, status in cases:
        resp = requests.post(url, timeout=10, **kwargs)  # type: ignore[arg-type]
        assert resp.status_code == status, (status, resp.text[:200])
        assert resp.json()["error"]["message"]["mr"]
    assert client.submit_application("hostile-req-0001", application()).acked  # the server is still fine
