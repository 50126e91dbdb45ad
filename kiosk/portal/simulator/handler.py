"""HTTP mechanics of the simulator: bodies in and out, link emulation, and the faults themselves.

Routing lives in :mod:`.routes`, and the server holds the router (``server.router``): this class only
knows how to read a request (gzip, size caps, throttled like a 2G link), how to write a :class:`Reply`,
and how to *fail* to write one in each of the ways the fault plan asks for. It imports neither the routes
nor the admin endpoints, which both import it.
"""

from __future__ import annotations

import gzip
import json
import socket
import ssl
import struct
import traceback
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from kiosk.portal.codes import error_body
from kiosk.portal.simulator.portal import Reply
from kiosk.portal.simulator.shapes import MAX_DEPTH, depth

if TYPE_CHECKING:
    from kiosk.portal.simulator.server import SimHTTPServer

MAX_JSON_BYTES = 2 * 1024 * 1024
CAPTIVE_PAGE = (b"<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body>"
                b"<h1>Welcome to VillageNet</h1><form method=post action=/login>Mobile: <input name=m>"
                b"</form></body></html>")


class BadRequest(Exception):
    def __init__(self, status: int, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.reply = Reply(status, error_body(code, detail))


class DropConnection(Exception):
    """Close the socket now, without an answer."""


class SimHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SimHTTPServer
    server_version = "SevaPortalSimulator/1.0"
    _body_left: int | None = None  # request body bytes not read yet (None: not started)
    timeout = 60  # an idle keep-alive connection's thread ends after this
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms delayed-ACK stall

    def setup(self) -> None:
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(10)
            self.request.do_handshake()
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.sim.config.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def parse_request(self) -> bool:
        """Any other method (OPTIONS, TRACE, QUERY …) goes to the router too: a 405 with ``Allow`` and the
        envelope, not the stdlib's HTML 501."""
        ok = super().parse_request()
        if ok and not hasattr(self, f"do_{self.command}"):
            setattr(self, f"do_{self.command}", self._dispatch)
        return ok

    # ------------------------------------------------------------------------------------ request side
    @property
    def split(self) -> tuple[str, dict[str, str]]:
        parts = urlsplit(self.path)
        # blank values kept: ``since=`` is a malformed cursor (400), not an absent one
        return parts.path, {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}

    def body_length(self) -> int:
        if self.headers.get("Transfer-Encoding"):
            raise BadRequest(411, "INVALID_REQUEST", "send a Content-Length, not chunked encoding")
        raw = self.headers.get("Content-Length", "0")
        if not raw.isdigit():
            raise BadRequest(400, "INVALID_REQUEST", "bad Content-Length")
        return int(raw)

    def read_pieces(self, piece: int = 65536, cut_at: int | None = None) -> Iterator[bytes]:
        """Yield the body as it arrives, throttled to the link; ``cut_at`` drops the line after that many."""
        if self._body_left is None:
            self._body_left = self.body_length()
        sent = 0
        while self._body_left > 0:
            remaining = self._body_left
            want = min(piece, remaining, self.server.sim.link_piece())
            if cut_at is not None:
                want = min(want, cut_at - sent)
                if want <= 0:
                    raise DropConnection()
            data = self.rfile.read(want)
            if not data:
                raise DropConnection()
            self.server.sim.throttle(len(data))
            self.server.sim.count("bytes_in", len(data))
            self._body_left -= len(data)
            sent += len(data)
            yield data

    def read_raw(self, limit: int = MAX_JSON_BYTES) -> bytes:
        if self.body_length() > limit:
            raise BadRequest(413, "BODY_TOO_LARGE", f"limit {limit} bytes")
        return b"".join(self.read_pieces())

    def read_json(self) -> Any:
        raw = self.read_raw()
        if not raw:
            raise BadRequest(400, "INVALID_REQUEST", "a JSON body is required")
        if self.headers.get("Content-Encoding", "").lower() == "gzip":
            dec = zlib.decompressobj(wbits=31)
            try:
                raw = dec.decompress(raw, MAX_JSON_BYTES)
            except zlib.error:
                raise BadRequest(400, "INVALID_REQUEST", "body is not valid gzip") from None
            if dec.unconsumed_tail:
                raise BadRequest(413, "BODY_TOO_LARGE", "decompressed body too large")
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            return {k: v[-1] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        if ctype != "application/json":
            raise BadRequest(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json")
        try:
            value = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadRequest(400, "INVALID_JSON", str(exc)) from None
        except RecursionError:  # [[[[… 200,000 deep: the parser gives up before the stack does
            raise BadRequest(400, "INVALID_JSON", f"nested deeper than {MAX_DEPTH}") from None
        if depth(value) > MAX_DEPTH:
            raise BadRequest(400, "INVALID_JSON", f"nested deeper than {MAX_DEPTH}")
        return value

    def drain(self) -> None:
        try:
            for _ in self.read_pieces():
                pass
        except (BadRequest, DropConnection, OSError):
            self.close_connection = True

    # ------------------------------------------------------------------------------------ response side
    def encode(self, reply: Reply) -> tuple[bytes, dict[str, str]]:
        headers = dict(reply.headers)
        if reply.body is None:
            return b"", headers
        if isinstance(reply.body, bytes):
            data = reply.body
        else:
            data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        headers.setdefault("Content-Type", reply.content_type + ("; charset=utf-8" if "json" in reply.content_type else ""))
        if len(data) > 1024 and "gzip" in self.headers.get("Accept-Encoding", "") and "json" in reply.content_type:
            data = gzip.compress(data, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        return data, headers

    def body_unread(self) -> bool:
        """Request body bytes still on the line (an answer given before reading them, e.g. a 409 PATCH)."""
        if self._body_left is not None:
            return self._body_left > 0
        raw = self.headers.get("Content-Length", "0")
        return bool(self.headers.get("Transfer-Encoding")) or not raw.isdigit() or int(raw) > 0

    def send(self, reply: Reply, *, body: bytes | None = None, length: int | None = None,
             trickle: float | None = None, close: bool = False, plain: bool = False) -> None:
        if self.body_unread():  # else the unread bytes would be read as the next request on this connection
            self.close_connection = True
        data, headers = self.encode(reply)
        if body is not None:
            data = body
        if plain:
            headers.pop("Content-Encoding", None)
        self.send_response(reply.status)
        for k, v in headers.items():
            self.send_header(k, v)
        if reply.status not in (204, 304):
            self.send_header("Content-Length", str(len(data) if length is None else length))
        if close or self.close_connection:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command == "HEAD" or reply.status in (204, 304):
            self.wfile.flush()
            return
        self.write_body(data, trickle)

    def write_body(self, data: bytes, trickle: float | None = None) -> None:
        sim = self.server.sim
        # a trickle comes in ~20 small pieces whatever the size: slow, never silent for long, bounded in total
        step = max(16, -(-len(data) // 20)) if trickle else sim.link_piece()
        for i in range(0, len(data), step):
            piece = data[i:i + step]
            self.wfile.write(piece)
            self.wfile.flush()
            sim.count("bytes_out", len(piece))
            if trickle:
                sim.sleep(trickle)
            else:
                sim.throttle(len(piece))

    def hang_up(self) -> None:
        """Close abruptly (RST where possible): the client sees a reset, not a polite end."""
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # ------------------------------------------------------------------------------------ dispatch
    def _dispatch(self) -> None:
        self._body_left = None
        try:
            self.server.router(self)
        except (BrokenPipeError, ConnectionResetError, DropConnection):
            self.hang_up()
        except BadRequest as exc:
            self._answer_and_close(exc.reply)
        except Exception:  # a bug in the portal: still an answer with the envelope, never a silent hang-up
            if self.server.sim.config.verbose:
                self.log_error("portal error:\n%s", traceback.format_exc())
            self._answer_and_close(Reply(500, error_body("INTERNAL_ERROR")))

    def _answer_and_close(self, reply: Reply) -> None:
        self.drain()
        try:
            self.send(reply, close=True)
        except OSError:
            self.hang_up()
