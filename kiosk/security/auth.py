"""Signing in: password check with rehash-on-login, a persisted exponential lockout, forced change of a
temporary password, and the idle-lock setting the GUI enforces.

The lockout lives in the users table (``failed_count``, ``locked_until``) so closing and reopening the
app does not reset it. ``now`` is passed in, so tests drive it with a fake clock; a lock further in the
future than the policy's maximum (the PC's clock was set back) is treated as the maximum, so a wrong
clock can never lock someone out for a day. The slow Argon2 verify runs outside the write transaction;
the counters are then updated relative to their current values, so concurrent attempts all count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher

from kiosk.domain.errors import problem
from kiosk.security.audit import record
from kiosk.security.errors import (
    AccountDisabled,
    LoginFailed,
    LoginLocked,
    PasswordChangeRequired,
    PasswordRejected,
    SettingInvalid,
    UserInvalid,
)
from kiosk.security.passwords import (
    burn_verify,
    default_hasher,
    hash_password,
    password_problems,
    verify_password,
)
from kiosk.security.roles import Action, Operator, Role, require_role
from kiosk.security.users import normalise_username
from kiosk.store.db import Store
from kiosk.store.hub import get_setting, put_setting

IDLE_LOCK_SETTING = "security.idle_lock_minutes"
IDLE_LOCK_DEFAULT, IDLE_LOCK_MIN, IDLE_LOCK_MAX = 3, 2, 5


class AuthOutcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    MUST_CHANGE_PASSWORD = "must_change_password"
    DISABLED = "disabled"


@dataclass(frozen=True)
class AuthResult:
    """``operator`` only when ``outcome`` is OK; ``locked_until`` when a wait is now required."""

    outcome: AuthOutcome
    operator: Operator | None = None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is AuthOutcome.OK

    def wait_seconds(self, now: datetime) -> int:
        return max(0, int((self.locked_until - now).total_seconds() + 0.999)) if self.locked_until else 0


@dataclass(frozen=True)
class LockoutPolicy:
    """``free_attempts`` wrong passwords cost nothing; each further one doubles the wait, up to the cap."""

    free_attempts: int = 3
    base_seconds: int = 30
    max_seconds: int = 900

    def delay(self, failures: int) -> timedelta:
        if failures < self.free_attempts:
            return timedelta(0)
        return timedelta(seconds=min(self.max_seconds, self.base_seconds * 2 ** (failures - self.free_attempts)))


LOCKOUT = LockoutPolicy()
_SAME_PASSWORD = problem("password", "unchanged", "password_unchanged")


def _locked_until(raw: str | None, now: datetime, policy: LockoutPolicy) -> datetime | None:
    if not raw:
        return None
    try:
        stored = datetime.fromisoformat(raw)
    except ValueError:
        stored = now + timedelta(seconds=policy.max_seconds)  # damaged: wait the longest, never skip the lock
    until = min(stored, now + timedelta(seconds=policy.max_seconds))
    return until if until > now else None


def authenticate(store: Store, username: str, password: str, now: datetime, *,
                 hasher: PasswordHasher | None = None, policy: LockoutPolicy = LOCKOUT,
                 audited: bool = True) -> AuthResult:
    """Check a sign-in. Every outcome except an unknown name is recorded in the audit chain.

    ``audited=False`` only for restarting a chain whose key was lost (nothing can be recorded then; the
    restart entry itself names who did it). Wrong passwords still count towards the lockout."""
    ph = hasher or default_hasher()
    log_event = record if audited else _not_recorded
    try:
        name = normalise_username(username)
    except UserInvalid:
        name = ""
    rows = store.query("SELECT * FROM users WHERE username = ?", (name,)) if name else []
    if not rows:
        burn_verify(ph, password)
        return AuthResult(AuthOutcome.WRONG)
    row = rows[0]
    lock = _locked_until(row["locked_until"], now, policy)
    if lock is not None:
        if lock.isoformat() != row["locked_until"]:
            # Beyond the cap (clock set back, or a damaged value): store the capped time, so the wait
            # really ends instead of sliding forward with every attempt.
            with store.write() as conn:
                conn.execute("UPDATE users SET locked_until = ? WHERE username = ? AND locked_until IS ?",
                             (lock.isoformat(), name, row["locked_until"]))
        return AuthResult(AuthOutcome.LOCKED, locked_until=lock)
    matched = verify_password(ph, row["password_hash"], password)
    with store.write() as conn:
        current = conn.execute("SELECT password_hash FROM users WHERE username = ?", (name,)).fetchone()
        if current is None or current[0] != row["password_hash"]:
            return AuthResult(AuthOutcome.WRONG)  # reset or removed while we were checking
        if not matched:
            failures = int(conn.execute("UPDATE users SET failed_count = failed_count + 1 WHERE username = ? "
                                        "RETURNING failed_count", (name,)).fetchone()[0])
            wait = policy.delay(failures)
            until = now + wait if wait else None
            conn.execute("UPDATE users SET locked_until = ? WHERE username = ?",
                         (until.isoformat() if until else None, name))
            log_event(conn, name, "login.failed", now=now, failures=failures)
            return AuthResult(AuthOutcome.LOCKED if until else AuthOutcome.WRONG, locked_until=until)
        conn.execute("UPDATE users SET failed_count = 0, locked_until = NULL WHERE username = ?", (name,))
        if row["disabled"]:
            log_event(conn, name, "login.disabled", now=now)
            return AuthResult(AuthOutcome.DISABLED)
        if ph.check_needs_rehash(row["password_hash"]):
            conn.execute("UPDATE users SET password_hash = ? WHERE username = ?", (hash_password(ph, password), name))
            log_event(conn, name, "user.rehash", now=now, user=name)
        if row["must_change"]:
            log_event(conn, name, "login.must_change", now=now)
            return AuthResult(AuthOutcome.MUST_CHANGE_PASSWORD)
        conn.execute("UPDATE users SET last_login_at = ? WHERE username = ?", (now.isoformat(), name))
        log_event(conn, name, "login.ok", now=now)
        return AuthResult(AuthOutcome.OK, Operator(name, Role(row["role"]), row["display_name"]))


def _not_recorded(conn: object, actor: str, action: str, **ids: object) -> None:
    return None


def signed_in(result: AuthResult, username: str, now: datetime) -> Operator:
    """The operator of an OK result, else the typed error that explains the refusal (for the CLI, and
    for any caller that prefers an exception to branching on ``outcome``)."""
    if result.outcome is AuthOutcome.OK and result.operator is not None:
        return result.operator
    if result.outcome is AuthOutcome.LOCKED:
        raise LoginLocked("too many wrong passwords", seconds=result.wait_seconds(now))
    if result.outcome is AuthOutcome.DISABLED:
        raise AccountDisabled("this account is disabled", username=username)
    if result.outcome is AuthOutcome.MUST_CHANGE_PASSWORD:
        raise PasswordChangeRequired("the temporary password must be changed first", username=username)
    raise LoginFailed("wrong user name or password")


def change_password(store: Store, username: str, old_password: str, new_password: str, now: datetime, *,
                    hasher: PasswordHasher | None = None, policy: LockoutPolicy = LOCKOUT) -> AuthResult:
    """Replace a (temporary or current) password; the old one is checked with the same lockout rules.

    Raises :class:`PasswordRejected` (with ``problems``) when the new password fails the policy; returns
    the sign-in result otherwise (OK with the operator once the change is made)."""
    ph = hasher or default_hasher()
    name = normalise_username(username)
    problems = password_problems(name, new_password)
    if new_password == old_password:
        problems.append(_SAME_PASSWORD)
    if problems:
        raise PasswordRejected(problems)
    first = authenticate(store, name, old_password, now, hasher=ph, policy=policy)
    if first.outcome not in (AuthOutcome.OK, AuthOutcome.MUST_CHANGE_PASSWORD):
        return first
    hashed = hash_password(ph, new_password)
    with store.write() as conn:
        conn.execute("UPDATE users SET password_hash = ?, must_change = 0, updated_at = ?, last_login_at = ? "
                     "WHERE username = ?", (hashed, now.isoformat(), now.isoformat(), name))
        record(conn, name, "user.password_changed", now=now, user=name)
        row = conn.execute("SELECT role, display_name FROM users WHERE username = ?", (name,)).fetchone()
    return AuthResult(AuthOutcome.OK, Operator(name, Role(row["role"]), row["display_name"]))


def idle_lock_minutes(store: Store) -> int:
    """Minutes without input after which the GUI hides personal data and asks for the password again."""
    try:
        value = int(get_setting(store, IDLE_LOCK_SETTING, str(IDLE_LOCK_DEFAULT)))
    except ValueError:
        return IDLE_LOCK_DEFAULT
    return min(IDLE_LOCK_MAX, max(IDLE_LOCK_MIN, value))


def set_idle_lock_minutes(store: Store, by: Operator, minutes: int, now: datetime) -> None:
    require_role(by, Action.MANAGE_USERS)
    if not IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX:
        raise SettingInvalid(f"the idle lock must be {IDLE_LOCK_MIN} to {IDLE_LOCK_MAX} minutes",
                             minimum=IDLE_LOCK_MIN, maximum=IDLE_LOCK_MAX)
    with store.write() as conn:
        put_setting(conn, IDLE_LOCK_SETTING, str(minutes))
        record(conn, by.username, "setting.idle_lock", now=now, minutes=minutes)
