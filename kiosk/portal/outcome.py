"""What became of one request, in the three words the sync engine acts on.

``acked``: the portal answered 2xx with a body that parses — record it. ``rejected``: the portal said a
definite *no* in the contract's error envelope (4xx with an error code) — quarantine the item with the
reason for a human. ``unknown``: everything else (timeouts, resets, 5xx, 409 in flight, 429, a captive
page, a cut or garbled body) — the portal may or may not hold the request, so retry later with the SAME
idempotency key. ``halt`` says retrying *other* items now is pointless too (offline, captive Wi-Fi, wrong
clock, refused credentials); ``retry_after`` is the server's wish in seconds.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from kiosk.domain.errors import KioskError, PortalRejected, PortalUnavailable
from kiosk.portal.codes import hindi, message

Kind = Literal["acked", "rejected", "unknown"]
MAX_RETRY_AFTER = 3600.0


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    status: int | None = None
    code: str = ""  # the portal's error code, or a transport code such as "read_timeout"
    message_en: str = ""
    message_mr: str = ""
    data: Any = None  # parsed JSON body when acked
    content: bytes = b""  # raw body of binary answers (certificates)
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    halt: bool = False
    replayed: bool = False  # acked from the portal's idempotency record, not a fresh execution
    error: KioskError | None = None
    bytes_sent: int = 0
    bytes_received: int = 0

    @property
    def acked(self) -> bool:
        return self.kind == "acked"

    @property
    def rejected(self) -> bool:
        return self.kind == "rejected"

    @property
    def unknown(self) -> bool:
        return self.kind == "unknown"

    def reason(self, language: str = "en") -> str:
        """The portal's reason in ``language``. The wire has English and Marathi; a Hindi screen reads the
        catalogue's Hindi when the portal said no more than its code's usual sentence, else its Marathi
        (a specific reason in Devanagari beats a generic one in Hindi)."""
        worded = hindi(self.code) if language == "hi" else None
        if worded and self.message_mr in ("", message(self.code)[1]):
            return worded
        return (self.message_mr if language in ("mr", "hi") and self.message_mr else self.message_en) or self.code

    def raise_if_not_acked(self) -> None:
        """For read calls: turn a failed outcome into its typed error (carrying this outcome)."""
        if self.acked:
            return
        err = self.error or (PortalRejected(self.message_en) if self.rejected else PortalUnavailable(self.code))
        err.outcome = self  # type: ignore[attr-defined]
        raise err


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Delta-seconds or an HTTP date; clamped to [0, 1 h] so a hostile header cannot park the queue."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    delta = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, min(delta, MAX_RETRY_AFTER))


def rejected(status: int, code: str, en: str = "", mr: str = "", **extra: Any) -> Outcome:
    d_en, d_mr = message(code)
    en, mr = en or d_en, mr or d_mr
    err = PortalRejected(en, portal_code=code, status=status, message_en=en, message_mr=mr)
    return Outcome("rejected", status, code, en, mr, error=err, **extra)


def unknown(code: str, error: KioskError, *, status: int | None = None, halt: bool = False,
            retry_after: float | None = None, en: str = "", mr: str = "", **extra: Any) -> Outcome:
    return Outcome("unknown", status, code, en or error.detail or code, mr, retry_after=retry_after, halt=halt,
                   error=error, **extra)
