"""Fault injection and link profiles of the portal simulator.

The real portal sits behind 2G links, captive Wi-Fi and overloaded gateways. The simulator reproduces
each of those failures on purpose, at a rate per fault type (``--faults "5xx=0.05,timeout=0.05"``), or
one at a time from a script (``POST /_sim/faults``) so a test can say exactly which request fails how.
Faults split by *when* they strike: before the request is committed (the portal never saw it) or after
(the portal kept it, but the kiosk cannot know) — the second kind is what makes idempotency necessary.
"""

from __future__ import annotations

import random
import threading
from collections import Counter, deque
from dataclasses import dataclass, field

# Strike before the handler commits anything.
PRE_COMMIT = (
    "5xx",  # 500 with an error body
    "429",  # 429 Too Many Requests with Retry-After
    "503",  # 503 Service Unavailable with Retry-After (maintenance window)
    "connect_timeout",  # the listener stops accepting for a while: new connections time out
    "timeout",  # the server stalls past the client's read timeout, then drops (nothing committed)
    "captive",  # a Wi-Fi login page (200 text/html) answers instead of the portal
    "redirect_offsite",  # 302 to another host, like a captive portal or a hijacked DNS
    "wrong_content_type",  # 200 text/plain where JSON was promised
    "huge_body",  # a never-ending body (a proxy's error page, a hostile middlebox)
)
# Strike after the handler committed: the portal holds the data, the kiosk gets no usable answer.
POST_COMMIT = (
    "drop_after_commit",  # connection closed without a response
    "late_answer",  # the answer comes after the client gave up waiting
    "truncated",  # Content-Length promises more than is sent
    "invalid_json",  # a 2xx whose body is not JSON
    "slow",  # the answer trickles out a few bytes at a time (complete, just slow)
)
ALL_FAULTS = PRE_COMMIT + POST_COMMIT
ALIASES = {"500": "5xx", "read_timeout": "timeout", "drop": "drop_after_commit", "trickle": "slow",
           "truncate": "truncated", "html": "captive", "late": "late_answer"}


def canonical_fault(name: str) -> str:
    name = name.strip().lower().replace("-", "_")
    name = ALIASES.get(name, name)
    if name not in ALL_FAULTS:
        raise ValueError(f"unknown fault '{name}' (known: {', '.join(ALL_FAULTS)})")
    return name


def parse_fault_rates(spec: str | None) -> dict[str, float]:
    """``"5xx=0.05,timeout=0.1"`` → ``{"5xx": 0.05, "timeout": 0.1}``; rates are probabilities per request."""
    rates: dict[str, float] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"fault '{part.strip()}' needs a rate, e.g. {part.strip()}=0.05")
        try:
            rate = float(value)
        except ValueError:
            raise ValueError(f"fault rate '{value}' is not a number") from None
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"fault rate {rate} must be between 0 and 1")
        rates[canonical_fault(name)] = rate
    if sum(rates.values()) > 1.0:
        raise ValueError("fault rates add up to more than 1")
    return rates


@dataclass(frozen=True)
class LinkProfile:
    """A link to emulate: bytes per second each way and a round-trip time drawn per request."""

    name: str
    bytes_per_second: float | None  # None: unthrottled
    rtt_min: float = 0.0
    rtt_max: float = 0.0


PROFILES = {
    "loopback": LinkProfile("loopback", None),
    "2g": LinkProfile("2g", 50_000 / 8, 0.3, 1.0),  # EDGE-class: ~50 kbit/s, 300–1000 ms RTT
    "3g": LinkProfile("3g", 384_000 / 8, 0.15, 0.4),
}


def parse_profile(name: str | None) -> LinkProfile:
    key = (name or "loopback").strip().lower()
    if key not in PROFILES:
        raise ValueError(f"unknown link profile '{name}' (known: {', '.join(PROFILES)})")
    return PROFILES[key]


@dataclass
class _Scripted:
    fault: str
    path_prefix: str
    method: str | None


@dataclass
class FaultPlan:
    """Decides, per request, which fault (if any) strikes; thread-safe, reproducible with a seed."""

    rates: dict[str, float] = field(default_factory=dict)
    seed: int | None = None
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._script: deque[_Scripted] = deque()

    def set_rates(self, rates: dict[str, float]) -> None:
        with self._lock:
            self.rates = dict(rates)

    def script(self, faults: list[str], path_prefix: str = "/", method: str | None = None) -> None:
        """Queue faults for the next requests whose path starts with ``path_prefix``, in order."""
        with self._lock:
            for f in faults:
                self._script.append(_Scripted(canonical_fault(f), path_prefix, method.upper() if method else None))

    def clear(self) -> None:
        with self._lock:
            self._script.clear()
            self.rates = {}

    def pick(self, method: str, path: str) -> str | None:
        with self._lock:
            for i, s in enumerate(self._script):
                if path.startswith(s.path_prefix) and (s.method is None or s.method == method):
                    del self._script[i]
                    return s.fault
            if not self.rates:
                return None
            roll = self._rng.random()
            for name, rate in self.rates.items():
                if roll < rate:
                    return name
                roll -= rate
            return None

    def record(self, fault: str) -> None:
        with self._lock:
            self.injected[fault] += 1

    def counts(self) -> dict[str, int]:
        with self._lock:
            counts = {name: self.injected.get(name, 0) for name in ALL_FAULTS}
            counts.update(self.injected)  # plus scripted extras such as "upload_cut"
            return counts

    def uniform(self, low: float, high: float) -> float:
        with self._lock:
            return self._rng.uniform(low, high)
