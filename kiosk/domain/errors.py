"""Typed errors of the kiosk.

Every error an operator may see is a :class:`KioskError` carrying a stable ``code``; the one translator
(``kiosk.domain.messages``) turns the code plus the error's ``params`` into a Marathi, Hindi or English
sentence. User input is never validated by raising: validation returns a list of :class:`Problem` instead,
so a form can show every problem at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.messages import render


@dataclass(frozen=True)
class Problem:
    """One thing wrong with user input, addressed to a field, already worded in every language.

    Build it with :func:`problem` from a ``problem.*`` catalogue entry; ``hi`` may be empty only in a
    hand-made one (tests), which then reads Marathi on a Hindi screen.
    """

    field: str
    code: str
    en: str
    mr: str
    hi: str = ""

    def message(self, language: str) -> str:
        if language == "hi":
            return self.hi or self.mr
        return self.mr if language == "mr" else self.en


def problem(field_name: str, code: str, text: str, **params: Any) -> Problem:
    """A :class:`Problem` for ``field_name`` worded by the catalogue entry ``problem.<text>``."""
    return Problem(field_name, code, *render(f"problem.{text}", **params))


class KioskError(Exception):
    """Base of every error the kiosk expects; ``code`` selects the message, ``params`` fill it."""

    code = "kiosk_error"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: dict[str, Any] = params


class ValidationError(KioskError):
    """Raised only when a caller insists on saving input that still has problems."""

    code = "validation_failed"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.en}" for p in problems), count=len(problems))
        self.problems = problems


class CatalogueError(KioskError):
    """A catalogue document is malformed; nothing of it was applied."""

    code = "catalogue_invalid"


class UnknownService(KioskError):
    code = "unknown_service"


class NotFound(KioskError):
    code = "not_found"


class AlreadySent(KioskError):
    """The application's body already went to the portal; it can no longer be changed at the kiosk."""

    code = "already_sent"


class NotQuarantined(KioskError):
    """Only an application the portal refused (quarantined in the outbox) can be corrected and resent."""

    code = "not_quarantined"


class ReceiptVoided(KioskError):
    """A voided application's receipt is not printed again (a fresh copy could be passed off as valid)."""

    code = "receipt_voided"


class VoidNotAllowed(KioskError):
    """Only a queued application never offered to the portal can be voided (``receipt`` names it)."""

    code = "void_not_allowed"


class IllegalTransition(KioskError):
    """A status change the application's state machine does not allow."""

    code = "illegal_transition"


class AppealNotAllowed(KioskError):
    code = "appeal_not_allowed"


class StorageError(KioskError):
    code = "storage_error"


class DatabaseCorrupt(StorageError):
    """The database failed its integrity check at open: writes are refused until it is restored."""

    code = "database_corrupt"


class DatabaseReadOnly(StorageError):
    code = "database_read_only"


class BackupError(StorageError):
    code = "backup_failed"


class HubNotSetUp(KioskError):
    code = "hub_not_set_up"


class InvalidCounter(KioskError):
    """A counter code that is not 1-99 (``params``: counter)."""

    code = "invalid_counter"


class PortalError(KioskError):
    code = "portal_error"


class PortalUnavailable(PortalError):
    code = "portal_unavailable"


class ReceiptElsewhereOffline(PortalUnavailable):
    """A receipt this hub did not take, asked while the portal cannot be reached (only the portal knows it)."""

    code = "receipt_elsewhere_offline"


class PortalAuthExpired(PortalError):
    code = "portal_auth_expired"


class PortalRejected(PortalError):
    code = "portal_rejected"


class ClockSkew(PortalError):
    """TLS failed in a way that points at the PC's clock rather than the network."""

    code = "clock_skew"


class SecretStoreUnavailable(KioskError):
    """No OS keyring backend: the kiosk refuses to keep secrets anywhere else."""

    code = "keyring_unavailable"


class DeviceError(KioskError):
    """A scanner, camera or printer failed; the application data is untouched."""

    code = "device_error"


class DocumentRejected(KioskError):
    """A scanned or imported file cannot become a document (empty, bomb, wrong type, truncated)."""

    code = "document_rejected"


class QrUnreadable(KioskError):
    code = "qr_unreadable"


@dataclass
class ProblemList:
    """Accumulates problems while validating; a small helper so validators read top to bottom."""

    items: list[Problem] = field(default_factory=list)

    def add(self, field_name: str, code: str, text: str, **params: Any) -> None:
        """Add the problem ``code`` on ``field_name``, worded by ``problem.<text>`` filled with ``params``."""
        self.items.append(problem(field_name, code, text, **params))

    def __bool__(self) -> bool:
        return bool(self.items)
