"""Who is at the counter: the login screen talks to a small protocol, not to a password store.

The security package (Argon2id operator accounts) is built separately. When ``kiosk.security.users``
offers ``authenticate(store, username, password)`` it is used; until then only a training hub can be
entered, with the demo operator and its published training password — a real hub refuses everyone
rather than accept an unhashed password.
"""

from __future__ import annotations

import hmac
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from kiosk.app import KioskContext

log = logging.getLogger("kiosk.ui")

TRAINING_OPERATOR = "operator1"
TRAINING_PASSWORD = "training"  # printed on the login screen in training mode: it guards nothing real


@dataclass(frozen=True)
class Operator:
    username: str
    display_name: str
    role: str = "operator"  # "operator" | "supervisor"
    training: bool = False


class Authenticator(Protocol):
    def __call__(self, username: str, password: str) -> Operator | None: ...


def training_authenticator(username: str, password: str) -> Operator | None:
    ok_user = hmac.compare_digest(username.strip().lower().encode(), TRAINING_OPERATOR.encode())
    ok_pass = hmac.compare_digest(password.encode(), TRAINING_PASSWORD.encode())
    if ok_user and ok_pass:
        return Operator(TRAINING_OPERATOR, "Operator 1", "supervisor", training=True)
    return None


def _security_authenticator(ctx: KioskContext) -> Callable[[str, str], Any] | None:
    try:
        auth = importlib.import_module("kiosk.security.auth")
    except ModuleNotFoundError:
        return None
    fn = getattr(auth, "authenticate", None)
    if not callable(fn):
        return None

    def call(username: str, password: str) -> Operator | None:
        # Argon2id accounts; a locked account or one that must change its temporary password does not
        # get in here (the change-password screen is still to come: `seva-kiosk users passwd NAME`).
        result = fn(ctx.database(), username, password, ctx.now())
        found = getattr(result, "operator", None)
        if str(getattr(result, "outcome", "")) not in ("ok", "AuthOutcome.OK") or found is None:
            return None
        name = str(getattr(found, "username", username))
        return Operator(name, str(getattr(found, "display_name", "") or name),
                        str(getattr(getattr(found, "role", "operator"), "value", getattr(found, "role", "operator"))))
    return call


def authenticator_for(ctx: KioskContext) -> Authenticator:
    """The security package's accounts when present (plus the training operator on a training hub)."""
    training = ctx.setting("portal.training") == "1"
    secure = _security_authenticator(ctx)

    def authenticate(username: str, password: str) -> Operator | None:
        if secure is not None:
            try:
                who = secure(username, password)
            except Exception:  # noqa: BLE001 - a broken account store must not open the door, nor crash
                log.exception("operator store failed")
                who = None
            if who is not None:
                return who
        return training_authenticator(username, password) if training else None
    return authenticate
