"""Operator and supervisor accounts: creation (first-run supervisor), temporary passwords, reset, disable.

Every change is made by a signed-in supervisor (``by``), checked here with ``require_role``, and recorded
in the audit chain in the same transaction. The only exception is the very first account: with no users
at all, a supervisor may be created by ``by=None`` (the person installing the kiosk), recorded as
``setup``. New and reset accounts get a temporary password that must be changed at first sign-in.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher

from kiosk.domain.messages import details, say
from kiosk.security.audit import record
from kiosk.security.errors import LastSupervisor, PermissionDenied, UserExists, UserInvalid, UserNotFound
from kiosk.security.passwords import default_hasher, generate_temporary_password, hash_password
from kiosk.security.roles import Action, Operator, Role, require_role
from kiosk.store.db import Store

SETUP_ACTOR = "setup"
_USERNAME = re.compile(r"[a-z][a-z0-9._-]{2,31}")


@dataclass(frozen=True)
class UserInfo:
    """A row of the user list: what a supervisor needs to manage accounts, never the hash."""

    username: str
    display_name: str
    role: Role
    disabled: bool
    must_change: bool
    failed_count: int
    locked_until: str | None
    last_login_at: str | None

    def operator(self) -> Operator:
        return Operator(self.username, self.role, self.display_name)


def normalise_username(raw: str) -> str:
    name = unicodedata.normalize("NFC", raw).strip().lower()
    if not _USERNAME.fullmatch(name):
        raise UserInvalid(say("problem.username_invalid", "en"), field="username",
                          **details("problem.username_invalid"))
    return name


def clean_display_name(raw: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not 1 <= len(name) <= 80 or any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
        raise UserInvalid(say("problem.display_name_invalid", "en"), field="display_name",
                          **details("problem.display_name_invalid"))
    return name


def _role(raw: Role | str) -> Role:
    try:
        return Role(raw)
    except ValueError:
        raise UserInvalid(say("problem.role_unknown", "en", role=repr(raw)), field="role",
                          **details("problem.role_unknown", role=repr(raw))) from None


def _row_to_info(r: sqlite3.Row) -> UserInfo:
    return UserInfo(r["username"], r["display_name"], Role(r["role"]), bool(r["disabled"]), bool(r["must_change"]),
                    int(r["failed_count"]), r["locked_until"], r["last_login_at"])


def has_users(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM users LIMIT 1"))


def get_user(store: Store, username: str) -> UserInfo:
    rows = store.query("SELECT * FROM users WHERE username = ?", (normalise_username(username),))
    if not rows:
        raise UserNotFound(f"no user {username!r}", username=username)
    return _row_to_info(rows[0])


def list_users(store: Store, by: Operator) -> list[UserInfo]:
    require_role(by, Action.MANAGE_USERS)
    return [_row_to_info(r) for r in store.query("SELECT * FROM users ORDER BY role DESC, username")]


def _actor(conn: sqlite3.Connection, by: Operator | None, *, first_run_ok: bool) -> str:
    """The supervisor making a change, re-checked against the table (a session may outlive its account)."""
    if by is None and first_run_ok and conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
        return SETUP_ACTOR
    require_role(by, Action.MANAGE_USERS)
    assert by is not None
    row = conn.execute("SELECT role, disabled FROM users WHERE username = ?", (by.username,)).fetchone()
    if row is None or row["disabled"] or row["role"] != Role.SUPERVISOR:
        raise PermissionDenied(f"{by.username} is no longer an active supervisor",
                               action=Action.MANAGE_USERS.value, role=row["role"] if row else "nobody")
    return by.username


def create_user(store: Store, by: Operator | None, username: str, display_name: str, role: Role | str,
                now: datetime, *, hasher: PasswordHasher | None = None) -> str:
    """Create an account and return its temporary password (show it once; it is not stored in clear)."""
    name, display, role_ = normalise_username(username), clean_display_name(display_name), _role(role)
    temporary = generate_temporary_password()
    hashed = hash_password(hasher or default_hasher(), temporary)
    stamp = now.isoformat()
    with store.write() as conn:
        actor = _actor(conn, by, first_run_ok=True)
        if actor == SETUP_ACTOR and role_ is not Role.SUPERVISOR:
            raise UserInvalid(say("problem.first_account_supervisor", "en"), field="role",
                              **details("problem.first_account_supervisor"))
        if conn.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
            raise UserExists(f"user {name} already exists", username=name)
        conn.execute("INSERT INTO users(username, display_name, role, password_hash, must_change, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)", (name, display, role_.value, hashed, stamp, stamp))
        record(conn, actor, "user.add", now=now, user=name, role=role_.value)
    return temporary


def reset_password(store: Store, by: Operator, username: str, now: datetime, *,
                   hasher: PasswordHasher | None = None) -> str:
    """A new temporary password; also lifts a lockout. The old password stops working at once."""
    name = normalise_username(username)
    temporary = generate_temporary_password()
    hashed = hash_password(hasher or default_hasher(), temporary)
    with store.write() as conn:
        actor = _actor(conn, by, first_run_ok=False)
        cur = conn.execute("UPDATE users SET password_hash = ?, must_change = 1, failed_count = 0, "
                           "locked_until = NULL, updated_at = ? WHERE username = ?", (hashed, now.isoformat(), name))
        if cur.rowcount != 1:
            raise UserNotFound(f"no user {name!r}", username=name)
        record(conn, actor, "user.reset", now=now, user=name)
    return temporary


def _active_supervisors(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users WHERE role = 'supervisor' AND disabled = 0").fetchone()[0])


def set_disabled(store: Store, by: Operator, username: str, disabled: bool, now: datetime) -> None:
    """Disable (or re-enable) an account; refuses to disable the last active supervisor."""
    name = normalise_username(username)
    with store.write() as conn:
        actor = _actor(conn, by, first_run_ok=False)
        row = conn.execute("SELECT role, disabled FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            raise UserNotFound(f"no user {name!r}", username=name)
        if disabled and row["role"] == Role.SUPERVISOR and not row["disabled"] and _active_supervisors(conn) <= 1:
            raise LastSupervisor("this is the only active supervisor; add another before disabling it")
        conn.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?",
                     (int(disabled), now.isoformat(), name))
        record(conn, actor, "user.disable" if disabled else "user.enable", now=now, user=name)
