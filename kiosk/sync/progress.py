"""What a sync run reports while it works (drawn as progress bars by the CLI and the GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncProgress:
    stage: str  # connect | send | upload | status | certificates | catalogue | heartbeat | wait | done
    done: int
    total: int
    bytes: int = 0
    message: str = ""


@dataclass
class SyncReport:
    sent: int = 0
    rejected: int = 0
    retried: int = 0
    status_applied: int = 0
    certificates: int = 0
    catalogue_version: str | None = None
    offline_reason: str = ""
    errors: list[str] = field(default_factory=list)
    bytes_sent: int = 0
    # Nothing ran: another process (the background ``sync --watch``, or another window) was mid-pass on
    # this data folder. Not a contact with the portal, and not "done" — the other pass does the work.
    skipped: bool = False

    @property
    def online(self) -> bool:
        return not self.offline_reason

    @property
    def offline_kind(self) -> str:
        return offline_kind(self.offline_reason)


# Why a pass did not reach the portal, in the few kinds an operator can act on, from the code that starts
# ``offline_reason`` (the probe's state or the halting outcome's code, see kiosk/portal/transport.py).
OFFLINE_KINDS = {
    "offline": "no_link", "connect_timeout": "no_link",
    "captive": "captive", "captive_portal": "captive", "redirect_refused": "captive",
    "clock_skew": "clock",
    "tls_error": "tls",
    "auth_expired": "login", "credentials_refused": "login", "bad_token": "login", "secret_unavailable": "login",
}


def offline_kind(reason: str) -> str:
    """``""`` when the portal was reached, else ``no_link`` | ``captive`` | ``clock`` | ``tls`` | ``login``,
    ``portal`` for another code (it answered, but not as the portal should), or ``error`` when the pass
    itself failed here (the window's controller then keeps the exception's text, which is no code)."""
    if not reason:
        return ""
    code, colon, _detail = reason.partition(":")
    if code.strip() in OFFLINE_KINDS:
        return OFFLINE_KINDS[code.strip()]
    return "portal" if colon and code.replace("_", "").isalnum() else "error"
