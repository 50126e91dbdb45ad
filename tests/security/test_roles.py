"""The roles table: operators do counter work, supervisors also manage, void, erase, restore and audit."""

from __future__ import annotations

import pytest

from kiosk.security.errors import PermissionDenied
from kiosk.security.roles import ROLE_ACTIONS, Action, Operator, Role, can, require_role

OPERATOR = Operator("operator1", Role.OPERATOR, "Op")
SUPERVISOR = Operator("supervisor1", Role.SUPERVISOR, "Sup")
COUNTER = {"take_application", "scan", "print", "sync", "see_own_day"}
SUPERVISOR_ONLY = {"manage_users", "void", "erase", "backup_restore", "audit_read", "see_all_days",
                   "rotate_keys", "recovery_key", "manage_ring", "export_verification"}


@pytest.mark.parametrize("action", sorted(COUNTER | SUPERVISOR_ONLY))
def test_the_table(action: str) -> None:
    assert can(SUPERVISOR, action)
    require_role(SUPERVISOR, action)
    if action in COUNTER:
        require_role(OPERATOR, action)
    else:
        assert not can(OPERATOR, action)
        with pytest.raises(PermissionDenied) as denied:
            require_role(OPERATOR, action)
        assert denied.value.code == "permission_denied"
        assert denied.value.params == {"action": action, "role": "operator"}


def test_every_action_is_in_the_table_and_nothing_else() -> None:
    assert {a.value for a in Action} == COUNTER | SUPERVISOR_ONLY
    assert ROLE_ACTIONS[Role.OPERATOR] < ROLE_ACTIONS[Role.SUPERVISOR]


def test_nobody_signed_in_may_do_nothing() -> None:
    for action in Action:
        assert not can(None, action)
        with pytest.raises(PermissionDenied):
            require_role(None, action)


def test_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown action"):
        require_role(SUPERVISOR, "launch_missiles")
