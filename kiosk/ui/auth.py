"""Who is at the counter: the login screen talks to a small protocol, not to a password store.

On every hub the security package's Argon2id accounts are used (``kiosk.security.auth.authenticate``),
with its persisted lockout and the forced change of a temporary password. A training hub also accepts the
demo operator with its published training password; a real hub refuses it.
:class:`SignIn` carries the whole outcome so the login screen can say exactly what happened (wrong
password, locked for N seconds, disabled, must change the temporary password).
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kiosk.security.auth import AuthOutcome, AuthResult, authenticate, change_password
from kiosk.security.roles import Action, Role, can
from kiosk.security.roles import Operator as AccountOperator

if TYPE_CHECKING:
    from kiosk.app import KioskContext

log = logging.getLogger("kiosk.ui")

TRAINING_OPERATOR = "operator1"
TRAINING_PASSWORD = "training"  # printed on the login screen in training mode: it guards nothing real

OK, WRONG, LOCKED, MUST_CHANGE, DISABLED, FAILED = "ok", "wrong", "locked", "must_change", "disabled", "failed"


@dataclass(frozen=True)
class Operator:
    username: str
    display_name: str
    role: str = "operator"  # "operator" | "supervisor"
    training: bool = False


@dataclass(frozen=True)
class SignIn:
    """One sign-in attempt: ``operator`` only when ``outcome`` is OK; ``wait_seconds`` when LOCKED."""

    outcome: str
    operator: Operator | None = None
    wait_seconds: int = 0


class Authenticator(Protocol):
    def __call__(self, username: str, password: str) -> SignIn: ...


def allowed(operator: Operator | None, action: Action | str) -> bool:
    """May this person do ``action``? (greys out buttons; the core functions check again)."""
    if operator is None:
        return False
    try:
        role = Role(operator.role)
    except ValueError:
        return False
    return can(AccountOperator(operator.username, role, operator.display_name), action)


def training_authenticator(username: str, password: str) -> SignIn:
    ok_user = hmac.compare_digest(username.strip().lower().encode(), TRAINING_OPERATOR.encode())
    ok_pass = hmac.compare_digest(password.encode(), TRAINING_PASSWORD.encode())
    if ok_user and ok_pass:
        return SignIn(OK, Operator(TRAINING_OPERATOR, "Operator 1", "supervisor", training=True))
    return SignIn(WRONG)


def from_result(ctx: KioskContext, result: AuthResult) -> SignIn:
    if result.outcome is AuthOutcome.OK and result.operator is not None:
        found = result.operator
        return SignIn(OK, Operator(found.username, found.display_name or found.username, str(found.role.value)))
    if result.outcome is AuthOutcome.LOCKED:
        return SignIn(LOCKED, wait_seconds=max(1, result.wait_seconds(ctx.now())))
    return SignIn({AuthOutcome.MUST_CHANGE_PASSWORD: MUST_CHANGE, AuthOutcome.DISABLED: DISABLED}
                  .get(result.outcome, WRONG))


def authenticator_for(ctx: KioskContext) -> Authenticator:
    """The security package's accounts (plus the training operator on a training hub)."""
    training = ctx.setting("portal.training") == "1"

    def sign_in(username: str, password: str) -> SignIn:
        try:
            found = from_result(ctx, authenticate(ctx.database(), username, password, ctx.now()))
        except Exception:  # noqa: BLE001 - a broken account store must not open the door, nor crash
            log.exception("operator store failed")
            found = SignIn(FAILED)
        if found.outcome == WRONG and training:
            return training_authenticator(username, password)
        return found
    return sign_in


def change_temporary_password(ctx: KioskContext, username: str, old: str, new: str) -> SignIn:
    """Replace the temporary (or current) password; raises ``PasswordRejected`` listing every problem."""
    return from_result(ctx, change_password(ctx.database(), username, old, new, ctx.now()))
