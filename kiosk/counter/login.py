"""Who is at the counter: signing in, the forced change of a temporary password, and who may do what.

The login screen talks to a small protocol, not to a password store.

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
from datetime import datetime
from typing import Protocol

from kiosk.counter.ports import Clock, OpenStore
from kiosk.security.auth import (
    AuthOutcome,
    AuthResult,
    authenticate,
    change_password,
    idle_lock_minutes,
    signed_in,
)
from kiosk.security.roles import Action, Role, can, require_role
from kiosk.security.roles import Operator as AccountOperator
from kiosk.store.hub import get_setting

log = logging.getLogger("kiosk.counter")

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


def from_result(result: AuthResult, now: datetime) -> SignIn:
    if result.outcome is AuthOutcome.OK and result.operator is not None:
        found = result.operator
        return SignIn(OK, Operator(found.username, found.display_name or found.username, str(found.role.value)))
    if result.outcome is AuthOutcome.LOCKED:
        return SignIn(LOCKED, wait_seconds=max(1, result.wait_seconds(now)))
    return SignIn({AuthOutcome.MUST_CHANGE_PASSWORD: MUST_CHANGE, AuthOutcome.DISABLED: DISABLED}
                  .get(result.outcome, WRONG))


def account_of(operator: Operator) -> AccountOperator:
    """The security package's operator for a signed-in person (an unknown role counts as an operator)."""
    role = Role(operator.role) if operator.role in ("operator", "supervisor") else Role.OPERATOR
    return AccountOperator(operator.username, role, operator.display_name)


class Login:
    """Signing in at this hub: the security package's accounts (plus the training operator on a training
    hub), the change of a temporary password, and the idle-lock minutes the window arms after a sign-in."""

    def __init__(self, store: OpenStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def training(self) -> bool:
        return get_setting(self.store(), "portal.training") == "1"

    def sign_in(self, username: str, password: str) -> SignIn:
        now = self.clock()
        try:
            found = from_result(authenticate(self.store(), username, password, now), now)
        except Exception:  # noqa: BLE001 - a broken account store must not open the door, nor crash
            log.exception("operator store failed")
            found = SignIn(FAILED)
        if found.outcome == WRONG and self.training():
            return training_authenticator(username, password)
        return found

    def change_temporary_password(self, username: str, old: str, new: str) -> SignIn:
        """Replace the temporary (or current) password; raises ``PasswordRejected`` listing every problem."""
        now = self.clock()
        return from_result(change_password(self.store(), username, old, new, now), now)

    def idle_lock_minutes(self) -> int:
        return idle_lock_minutes(self.store())

    def require(self, username: str, password: str, action: Action | str) -> AccountOperator:
        """Sign in for one command (the CLI's ``--as``): the operator allowed to do ``action``, else the
        typed error (wrong password, locked, temporary password to change, disabled, not allowed)."""
        now = self.clock()
        operator = signed_in(authenticate(self.store(), username, password, now), username, now)
        require_role(operator, action)
        return operator

    def change_password(self, username: str, old: str, new: str) -> AccountOperator:
        """One's own new password (``seva-kiosk users passwd``); raises PasswordRejected listing every
        problem, or the sign-in's typed error when ``old`` does not open the account."""
        now = self.clock()
        return signed_in(change_password(self.store(), username, old, new, now), username, now)
