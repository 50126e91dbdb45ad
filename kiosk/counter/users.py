"""The hub's accounts, as a supervisor manages them: the list, a new account, a new temporary password,
disable/enable, and the idle-lock minutes.

Every change goes through ``kiosk.security`` with the signed-in supervisor as ``by``; that package re-checks
the role and writes the audit trail. Hashing (Argon2id) and every query run where the caller runs them —
the window calls these on its worker pool, the CLI directly.
"""

from __future__ import annotations

from kiosk.counter.ports import Clock, OpenStore
from kiosk.security import users
from kiosk.security.auth import idle_lock_minutes, set_idle_lock_minutes
from kiosk.security.roles import Operator, Role
from kiosk.security.users import UserInfo


class Users:
    def __init__(self, store: OpenStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def accounts(self, by: Operator) -> list[UserInfo]:
        return users.list_users(self.store(), by)

    def has_any(self) -> bool:
        return users.has_users(self.store())

    def get(self, username: str) -> UserInfo:
        return users.get_user(self.store(), username)

    def add(self, by: Operator | None, username: str, display_name: str, role: Role | str) -> str:
        """A new account; returns its temporary password (shown once). ``by`` None only for the first
        supervisor of a new hub."""
        return users.create_user(self.store(), by, username, display_name, role, self.clock())

    def reset_password(self, by: Operator, username: str) -> str:
        return users.reset_password(self.store(), by, username, self.clock())

    def set_disabled(self, by: Operator, username: str, disabled: bool) -> None:
        users.set_disabled(self.store(), by, username, disabled, self.clock())

    def idle_lock_minutes(self) -> int:
        return idle_lock_minutes(self.store())

    def set_idle_lock_minutes(self, by: Operator, minutes: int) -> None:
        set_idle_lock_minutes(self.store(), by, minutes, self.clock())
