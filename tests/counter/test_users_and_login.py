"""Accounts and signing in, as the Users screen, the login and ``seva-kiosk users`` use them: a real hub
database, real Argon2id (at its cheapest cost), the security package's rules and audit trail."""

from __future__ import annotations

import pytest

from kiosk.counter.login import LOCKED, MUST_CHANGE, OK, WRONG, Operator, account_of
from kiosk.counter.use_cases import UseCases
from kiosk.security.errors import LastSupervisor, PermissionDenied

GOOD = "Counter-Seven-77"


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    import kiosk.security.auth
    import kiosk.security.users

    def cheap() -> PasswordHasher:
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

    monkeypatch.setattr(kiosk.security.auth, "default_hasher", cheap)
    monkeypatch.setattr(kiosk.security.users, "default_hasher", cheap)


def test_a_supervisor_adds_resets_and_disables_accounts(desk: UseCases, ctx) -> None:
    assert not desk.users.has_any()
    first = desk.users.add(None, "asha", "आशा कुलकर्णी", "supervisor")  # the first account: the supervisor
    boss = account_of(Operator("asha", "आशा कुलकर्णी", "supervisor"))
    temporary = desk.users.add(boss, "Ravi", "रवी पाटील", "operator")
    assert [u.username for u in desk.users.accounts(boss)] == ["asha", "ravi"]
    assert desk.login.sign_in("ravi", temporary).outcome == MUST_CHANGE
    signed = desk.login.change_temporary_password("ravi", temporary, GOOD)
    assert signed.outcome == OK and signed.operator == Operator("ravi", "रवी पाटील", "operator")
    again = desk.users.reset_password(boss, "ravi")
    assert again != temporary and desk.login.sign_in("ravi", GOOD).outcome == WRONG
    desk.users.set_disabled(boss, "ravi", True)
    assert desk.users.get("ravi").disabled
    with pytest.raises(LastSupervisor):
        desk.users.set_disabled(boss, "asha", True)
    with pytest.raises(PermissionDenied):
        desk.users.accounts(account_of(Operator("ravi", "Ravi", "operator")))
    assert desk.login.sign_in("asha", first).outcome == MUST_CHANGE
    actions = [r["action"] for r in ctx.database().query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions.count("user.add") == 2 and "user.reset" in actions


def test_wrong_passwords_lock_the_account_for_a_while(desk: UseCases) -> None:
    temporary = desk.users.add(None, "asha", "Asha", "supervisor")
    desk.login.change_temporary_password("asha", temporary, GOOD)
    outcomes = [desk.login.sign_in("asha", "not-it").outcome for _ in range(8)]
    assert outcomes[0] == WRONG and outcomes[-1] == LOCKED
    assert desk.login.sign_in("asha", GOOD).wait_seconds > 0  # locked even for the right password


def test_the_idle_lock_minutes_are_a_supervisors_to_change(desk: UseCases) -> None:
    desk.users.add(None, "asha", "Asha", "supervisor")
    boss = account_of(Operator("asha", "Asha", "supervisor"))
    desk.users.set_idle_lock_minutes(boss, 4)
    assert desk.users.idle_lock_minutes() == 4 == desk.login.idle_lock_minutes()
    with pytest.raises(PermissionDenied):
        desk.users.set_idle_lock_minutes(account_of(Operator("ravi", "Ravi", "operator")), 2)
    assert desk.users.idle_lock_minutes() == 4
