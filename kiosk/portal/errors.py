"""Portal errors the domain's vocabulary lacks; all subclass the domain's PortalError family.

Their sentences (mr/hi/en), like every code's, are in the one translator, ``kiosk.domain.messages``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.domain.errors import PortalAuthExpired, PortalError, PortalUnavailable

if TYPE_CHECKING:
    from kiosk.portal.outcome import Outcome


class CaptivePortalDetected(PortalUnavailable):
    """A Wi-Fi login page (or a redirect to one) answered instead of the portal."""

    code = "portal_captive"


class PortalBadResponse(PortalUnavailable):
    """The answer was cut short, not JSON, too large or of the wrong type; the request's fate is unknown."""

    code = "portal_bad_response"


class PortalCredentialsRefused(PortalAuthExpired):
    """The portal refused the hub's client id / secret: re-enter the secret, retrying will not help."""

    code = "portal_credentials_refused"


class PortalConfigError(PortalError):
    """The portal address or TLS settings are unusable (e.g. plain http to a remote host)."""

    code = "portal_config"


def attach(error: PortalError, outcome: Outcome) -> PortalError:
    """Errors raised by read calls carry the full outcome (status, Retry-After, halt) for the caller."""
    error.outcome = outcome  # type: ignore[attr-defined]
    return error


def outcome_of(error: BaseException) -> Any:
    return getattr(error, "outcome", None)
