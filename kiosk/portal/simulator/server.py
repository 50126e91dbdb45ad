"""The simulator's HTTP server and its lifecycle: in a thread for tests, in a process for the demo.

``ThreadingHTTPServer`` from the stdlib, one thread per connection. A "connect timeout" is produced for
real: the listener shrinks its backlog to zero, fills it with two idle connections of its own and stops
accepting, so the kernel drops new SYNs and a client's connect() times out exactly as on a dead link.
"""

from __future__ import annotations

import ipaddress
import json
import os
import random
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kiosk.domain.catalogue import parse_catalogue
from kiosk.portal.simulator.faults import FaultPlan, parse_profile
from kiosk.portal.simulator.handler import SimHandler
from kiosk.portal.simulator.hubdata import publish_catalogue
from kiosk.portal.simulator.portal import DecisionPlan, SimPortal
from kiosk.portal.simulator.releases import ReleaseShelf
from kiosk.portal.simulator.routes import route
from kiosk.portal.simulator.store import SimStore

DEMO_CLIENT_ID = "demo-hub"
DEMO_CLIENT_SECRET = "demo-secret-for-the-training-portal"  # noqa: S105 - the simulator's public demo login
SEED_CATALOGUE = Path(__file__).with_name("seed_catalogue.json")


def default_catalogue() -> Path:
    """The kiosk's bundled catalogue (so kiosk service codes are known to the portal), else the small seed."""
    from kiosk.config import ASSETS_DIR

    assets = Path(os.environ.get("KIOSK_ASSETS") or ASSETS_DIR)
    bundled = assets / "catalogue" / "catalogue-full.json"
    return bundled if bundled.is_file() else SEED_CATALOGUE


def default_fonts() -> Path | None:
    from kiosk.config import ASSETS_DIR

    fonts = Path(os.environ.get("KIOSK_ASSETS") or ASSETS_DIR) / "fonts"
    return fonts if fonts.is_dir() else None


@dataclass
class SimulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0
    db_path: str = ":memory:"
    faults: dict[str, float] = field(default_factory=dict)
    seed: int | None = None
    profile: str = "loopback"
    decision_seconds: float = 60.0
    approved_share: float = 0.7
    rejected_share: float = 0.15
    token_ttl: float = 900.0
    clients: dict[str, str] = field(default_factory=lambda: {DEMO_CLIENT_ID: DEMO_CLIENT_SECRET})
    catalogue_path: Path | None = None  # None: the kiosk's bundled catalogue (assets/catalogue/catalogue-full.json)
    fonts_dir: Path | None = field(default_factory=default_fonts)
    stall_seconds: float = 3.0  # read-timeout and late-answer faults: how long the server goes quiet
    connect_pause_seconds: float = 3.0  # connect-timeout fault: how long the listener is deaf
    trickle_seconds: float = 0.05  # slow fault: pause between the ~20 pieces of the answer
    retry_after_seconds: int = 1
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    verbose: bool = False
    admin_token: str | None = None  # required on /_sim/* when set; required to listen beyond loopback


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refuse_exposed_admin(config: SimulatorConfig) -> None:
    """``/_sim/*`` rewinds clocks, decides applications and arms faults: on any address other machines can
    reach, only with an admin token (and then every ``/_sim/*`` call must carry it)."""
    if not is_loopback(config.host) and not config.admin_token:
        raise ValueError(f"refusing to listen on {config.host} without an admin token: the /_sim/* controls "
                         "would be open to the network (give --admin-token-file, or bind 127.0.0.1)")


class Simulation:
    """Everything a request handler needs: the portal, the fault plan, the link, counters, cuts."""

    def __init__(self, config: SimulatorConfig, server: SimHTTPServer) -> None:
        self.config = config
        self.server = server
        self.profile = parse_profile(config.profile)
        self.faults = FaultPlan(dict(config.faults), config.seed)
        self.store = SimStore(config.db_path)
        plan = DecisionPlan(config.decision_seconds, config.approved_share, config.rejected_share)
        self.portal = SimPortal(self.store, config.clients, plan, config.token_ttl)
        self.releases = ReleaseShelf()
        self.stopping = threading.Event()
        self._counts: Counter[str] = Counter()
        self._cuts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._rng = random.Random(config.seed)
        self._seed_catalogue()

    def _seed_catalogue(self) -> None:
        for row in self.store.all("SELECT body FROM catalogue"):
            self.portal.service_codes.update(s.code for s in parse_catalogue(json.loads(row["body"])).services)
        if self.store.current_catalogue() is None:
            path = self.config.catalogue_path or default_catalogue()
            reply = publish_catalogue(self.portal, json.loads(Path(path).read_text(encoding="utf-8")))
            if reply.status != 201:
                raise ValueError(f"seed catalogue {path} refused: {reply.body!r}")

    # ------------------------------------------------------------------------------------ link emulation
    def link_piece(self) -> int:
        bps = self.profile.bytes_per_second
        return max(512, int(bps / 10)) if bps else 65536

    def throttle(self, nbytes: int) -> None:
        if self.profile.bytes_per_second:
            self.sleep(nbytes / self.profile.bytes_per_second)

    def link_delay(self) -> None:
        if self.profile.rtt_max:
            with self._lock:
                rtt = self._rng.uniform(self.profile.rtt_min, self.profile.rtt_max)
            self.sleep(rtt)

    def sleep(self, seconds: float) -> None:
        self.stopping.wait(seconds)

    # ------------------------------------------------------------------------------------ bookkeeping
    def count(self, name: str, by: int = 1) -> None:
        with self._lock:
            self._counts[name] += by

    def add_cut(self, sha256: str, at: int) -> None:
        with self._lock:
            self._cuts[sha256] = at

    def take_cut(self, sha256: str, offset: int, length: int) -> int | None:
        """Bytes of this PATCH (starting at ``offset``, ``length`` long) to read before dropping, if armed."""
        with self._lock:
            at = self._cuts.get(sha256)
            if at is None or not offset <= at < offset + length:
                return None
            del self._cuts[sha256]
        self.faults.record("upload_cut")
        return at - offset

    def pause_accepting(self, seconds: float) -> None:
        self.server.pause_accepting(seconds)

    def stats(self) -> dict[str, Any]:
        self.portal.run_decisions()
        out = self.store.stats()
        dup = {k: self.store.counter(f"applications.duplicate.{k}") for k in ("replayed", "in_flight", "key_reused")}
        out["duplicate_submissions_refused"] = sum(dup.values())
        out["duplicates"] = dup
        out["faults_injected"] = self.faults.counts()
        out["upload_bytes_received"] = self.store.counter("upload_bytes_received")
        with self._lock:
            out["requests"] = dict(self._counts)
        out["profile"] = self.profile.name
        out["fault_rates"] = dict(self.faults.rates)
        return out


class SimHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, config: SimulatorConfig) -> None:
        self._paused_until = 0.0
        self._fillers: list[socket.socket] = []
        self._pause_lock = threading.Lock()
        self.router: Callable[[SimHandler], None] = route  # each request's handler dispatches through it
        refuse_exposed_admin(config)
        super().__init__((config.host, config.port), SimHandler)  # binds; calls server_close on failure
        self.tls: ssl.SSLContext | None = None
        if config.tls_certfile:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.load_cert_chain(str(config.tls_certfile), str(config.tls_keyfile) if config.tls_keyfile else None)
        self.sim = Simulation(config, self)

    def get_request(self) -> tuple[Any, Any]:
        conn, addr = self.socket.accept()
        if self.tls is not None:  # handshake later, in the connection's own thread
            conn = self.tls.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        return conn, addr

    def pause_accepting(self, seconds: float) -> None:
        with self._pause_lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)
            if self._fillers:
                return
            self.socket.listen(0)
            for _ in range(2):
                s = socket.socket(self.address_family, socket.SOCK_STREAM)
                s.setblocking(False)
                s.connect_ex(self.server_address[:2])
                self._fillers.append(s)

    def _handle_request_noblock(self) -> None:
        with self._pause_lock:
            paused = bool(self._fillers)
            if paused and time.monotonic() >= self._paused_until:
                self.socket.listen(self.request_queue_size)
                for s in self._fillers:
                    s.close()
                self._fillers.clear()
                paused = False
        if paused:
            time.sleep(0.02)
            return
        super()._handle_request_noblock()  # type: ignore[misc]

    def handle_error(self, request: Any, client_address: Any) -> None:
        if self.sim.config.verbose:
            super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        for s in self._fillers:
            s.close()
        if hasattr(self, "sim"):
            self.sim.store.close()


class PortalSimulator:
    """Run the simulator on a background thread: ``with PortalSimulator(cfg) as sim: sim.url``."""

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.server: SimHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self.server is not None, "simulator not started"
        host, port = str(self.server.server_address[0]), int(self.server.server_address[1])
        scheme = "https" if self.server.tls else "http"
        return f"{scheme}://{'localhost' if self.server.tls else host}:{port}"

    @property
    def simulation(self) -> Simulation:
        assert self.server is not None, "simulator not started"
        return self.server.sim

    def start(self) -> PortalSimulator:
        self.server = SimHTTPServer(self.config)
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="portal-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self.server is None:
            return
        self.server.sim.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        self.server = None

    def __enter__(self) -> PortalSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
