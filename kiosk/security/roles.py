"""Who may do what: two roles and one table of actions.

The table is data so a reviewer sees the whole policy at a glance, and ``require_role`` is called by the
core functions themselves (user management, key rotation …), not only by the GUI — a button that is
merely hidden is not a permission check.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.security.errors import PermissionDenied


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"


class Action(StrEnum):
    TAKE_APPLICATION = "take_application"
    SCAN = "scan"
    PRINT = "print"
    SYNC = "sync"
    SEE_OWN_DAY = "see_own_day"
    SEE_ALL_DAYS = "see_all_days"
    MANAGE_USERS = "manage_users"
    VOID = "void"
    ERASE = "erase"
    BACKUP_RESTORE = "backup_restore"
    AUDIT_READ = "audit_read"
    ROTATE_KEYS = "rotate_keys"
    RECOVERY_KEY = "recovery_key"
    MANAGE_RING = "manage_ring"  # the hub's villages (issue 18): a supervisor's, synced and audited
    EXPORT_VERIFICATION = "export_verification"  # the quality agency's call list (issue 18): names and mobiles


_OPERATOR = frozenset({Action.TAKE_APPLICATION, Action.SCAN, Action.PRINT, Action.SYNC, Action.SEE_OWN_DAY})

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.OPERATOR: _OPERATOR,
    Role.SUPERVISOR: _OPERATOR | {Action.SEE_ALL_DAYS, Action.MANAGE_USERS, Action.VOID, Action.ERASE,
                                  Action.BACKUP_RESTORE, Action.AUDIT_READ, Action.ROTATE_KEYS,
                                  Action.RECOVERY_KEY, Action.MANAGE_RING, Action.EXPORT_VERIFICATION},
}


@dataclass(frozen=True)
class Operator:
    """The person signed in at the counter. No password material, safe to keep in a session."""

    username: str
    role: Role
    display_name: str


def _action(action: Action | str) -> Action:
    try:
        return Action(action)
    except ValueError:
        # An unknown action name is a programming error, never something a user typed.
        raise ValueError(f"unknown action {action!r}; add it to kiosk.security.roles.Action") from None


def can(operator: Operator | None, action: Action | str) -> bool:
    """For the GUI to grey out what this person may not do (the core still checks with require_role)."""
    act = _action(action)
    return operator is not None and act in ROLE_ACTIONS.get(Role(operator.role), frozenset())


def require_role(operator: Operator | None, action: Action | str) -> None:
    """Raise :class:`PermissionDenied` unless ``operator`` may perform ``action``."""
    act = _action(action)
    if not can(operator, act):
        role = operator.role.value if operator is not None else "nobody"
        who = operator.username if operator is not None else "nobody"
        raise PermissionDenied(f"{who} ({role}) may not {act.value}", action=act.value, role=role)
