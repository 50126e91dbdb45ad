"""Portal errors the domain's vocabulary lacks; all subclass the domain's PortalError family.

The one translator (``kiosk.domain.messages``) needs an English and Marathi sentence for each ``code``
here; :data:`MESSAGES` carries them so the lead can fold them in.
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


MESSAGES: dict[str, tuple[str, str]] = {
    "portal_captive": (
        "The network is asking for a Wi-Fi login page instead of reaching the portal. Log in to the network "
        "in a browser, then sync again.",
        "पोर्टलऐवजी नेटवर्कचे वाय-फाय लॉगिन पान येत आहे. ब्राउझरमध्ये नेटवर्कवर लॉगिन करा आणि पुन्हा सिंक करा.",
    ),
    "portal_bad_response": (
        "The portal's answer was incomplete or garbled; it will be asked again.",
        "पोर्टलचे उत्तर अपूर्ण किंवा बिघडलेले होते; पुन्हा विचारले जाईल.",
    ),
    "portal_credentials_refused": (
        "The portal refused this hub's login. Ask the administrator to re-enter the hub secret.",
        "पोर्टलने या हबचे लॉगिन नाकारले. प्रशासकाला हब गुप्त-की पुन्हा भरायला सांगा.",
    ),
    "portal_config": (
        "The portal address or security settings are not usable.",
        "पोर्टलचा पत्ता किंवा सुरक्षा सेटिंग्ज वापरता येत नाहीत.",
    ),
}


def attach(error: PortalError, outcome: Outcome) -> PortalError:
    """Errors raised by read calls carry the full outcome (status, Retry-After, halt) for the caller."""
    error.outcome = outcome  # type: ignore[attr-defined]
    return error


def outcome_of(error: BaseException) -> Any:
    return getattr(error, "outcome", None)
