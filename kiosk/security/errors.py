"""Typed errors of the people-and-access and audit parts.

They subclass :class:`~kiosk.domain.errors.KioskError` so the one translator (``kiosk.domain.messages``)
can turn each ``code`` into a Marathi, Hindi or English sentence (``error.<code>`` in the catalogue).
"""

from __future__ import annotations

from kiosk.domain.errors import KioskError, Problem


class PermissionDenied(KioskError):
    """The signed-in person's role does not allow this action (``action`` and ``role`` in params)."""

    code = "permission_denied"


class LoginFailed(KioskError):
    """Wrong user name or password (deliberately not saying which)."""

    code = "login_failed"


class LoginLocked(LoginFailed):
    """Too many wrong passwords: wait ``seconds`` before the next try."""

    code = "login_locked"


class AccountDisabled(LoginFailed):
    code = "account_disabled"


class PasswordChangeRequired(LoginFailed):
    """The password is a temporary one: it must be changed before any work (``username`` in params)."""

    code = "password_change_required"


class UserExists(KioskError):
    code = "user_exists"


class UserNotFound(KioskError):
    code = "user_not_found"


class UserInvalid(KioskError):
    """A user name, display name or role that cannot be accepted (``detail`` says which)."""

    code = "user_invalid"


class PasswordRejected(KioskError):
    """A new password that fails the policy; ``problems`` lists every reason in every language."""

    code = "password_rejected"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.en for p in problems), count=len(problems),
                         reasons_en=" ".join(p.en for p in problems), reasons_mr=" ".join(p.mr for p in problems),
                         reasons_hi=" ".join(p.message("hi") for p in problems))
        self.problems = problems


class LastSupervisor(KioskError):
    """Refused because it would leave the kiosk without an active supervisor (nobody could manage users)."""

    code = "last_supervisor"


class SettingInvalid(KioskError):
    code = "setting_invalid"


class AuditKeyMissing(KioskError):
    """The keyring works but no longer holds the audit key the chain is using: refuse to write unsigned."""

    code = "audit_key_missing"


class AuditKeyPresent(KioskError):
    """A chain restart was asked for while the audit key is still in the keyring."""

    code = "audit_key_present"


class AuditEntryInvalid(KioskError):
    """An audit entry would carry something that is not an id (free text, a phone or Aadhaar number)."""

    code = "audit_entry_invalid"


class NotAvailableYet(KioskError):
    """A command whose machinery has not been built yet; says so instead of pretending."""

    code = "not_available_yet"


class DataKeyUnavailable(KioskError):
    """The data key cannot be unwrapped here (keyring lost or new PC, key file missing or damaged, a file
    sealed under an unknown key): nothing is read or written until the recovery key is used."""

    code = "data_key_unavailable"


class RecoveryKeyInvalid(KioskError):
    """A typed or scanned recovery key that is malformed, fails its checksum or does not open the data."""

    code = "recovery_key_invalid"
