"""Accounts and signing in: first-run supervisor, temporary passwords, rehash-on-login, persisted
exponential lockout under an injected clock, disable/enable, idle-lock setting, password policy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from kiosk.security.audit import record
from kiosk.security.auth import (
    LOCKOUT,
    AuthOutcome,
    LockoutPolicy,
    authenticate,
    change_password,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from kiosk.security.errors import (
    LastSupervisor,
    PasswordRejected,
    PermissionDenied,
    SettingInvalid,
    UserExists,
    UserInvalid,
    UserNotFound,
)
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.security.passwords import generate_temporary_password, password_problems
from kiosk.security.roles import Operator, Role
from kiosk.security.users import create_user, get_user, has_users, list_users, reset_password, set_disabled
from kiosk.security.verify import chain_keys, verify_chain
from kiosk.store.db import Store, open_store
from tests.security.conftest import FakeClock

GOOD = "Sahyadri#2026"


def _supervisor(store: Store, hasher: PasswordHasher, clock: FakeClock, name: str = "supervisor1") -> Operator:
    temp = create_user(store, None, name, "पर्यवेक्षक एक", "supervisor", clock(), hasher=hasher)
    result = change_password(store, name, temp, GOOD, clock(), hasher=hasher)
    assert result.ok and result.operator is not None
    return result.operator


def _actions(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT action FROM audit_log ORDER BY seq")]


def test_first_run_creates_a_supervisor_who_must_change_the_temporary_password(store, hasher, clock) -> None:
    assert not has_users(store)
    temp = create_user(store, None, "  Supervisor1 ", "Asha  Kulkarni", "supervisor", clock(), hasher=hasher)
    info = get_user(store, "supervisor1")
    assert info.must_change and info.role is Role.SUPERVISOR and info.display_name == "Asha Kulkarni"
    assert temp not in str(store.query("SELECT password_hash FROM users")[0][0])
    first = authenticate(store, "supervisor1", temp, clock(), hasher=hasher)
    assert first.outcome is AuthOutcome.MUST_CHANGE_PASSWORD and first.operator is None
    done = change_password(store, "SUPERVISOR1", temp, GOOD, clock(), hasher=hasher)
    assert done.ok and done.operator == Operator("supervisor1", Role.SUPERVISOR, "Asha Kulkarni")
    assert authenticate(store, "supervisor1", temp, clock(), hasher=hasher).outcome is AuthOutcome.WRONG
    assert authenticate(store, "supervisor1", GOOD, clock(), hasher=hasher).ok
    assert _actions(store) == ["user.add", "login.must_change", "login.must_change", "user.password_changed",
                               "login.failed", "login.ok"]
    assert store.query("SELECT actor FROM audit_log WHERE seq = 1")[0][0] == "setup"
    assert verify_chain(store, chain_keys(store)).ok


def test_the_first_account_must_be_a_supervisor_and_later_ones_need_one(store, hasher, clock) -> None:
    with pytest.raises(UserInvalid, match="supervisor"):
        create_user(store, None, "operator1", "Op", "operator", clock(), hasher=hasher)
    boss = _supervisor(store, hasher, clock)
    with pytest.raises(PermissionDenied):
        create_user(store, None, "operator1", "Op", "operator", clock(), hasher=hasher)
    create_user(store, boss, "operator1", "Op", "operator", clock(), hasher=hasher)
    op_temp = reset_password(store, boss, "operator1", clock(), hasher=hasher)
    op = change_password(store, "operator1", op_temp, "Godavari#77", clock(), hasher=hasher).operator
    assert op is not None and op.role is Role.OPERATOR
    with pytest.raises(PermissionDenied) as denied:
        create_user(store, op, "operator2", "Op2", "operator", clock(), hasher=hasher)
    assert denied.value.params == {"action": "manage_users", "role": "operator"}
    with pytest.raises(PermissionDenied):
        list_users(store, op)
    assert [u.username for u in list_users(store, boss)] == ["supervisor1", "operator1"]


@pytest.mark.parametrize(("username", "display", "role"), [
    ("ab", "x", "operator"), ("1abc", "x", "operator"), ("a b c", "x", "operator"), ("रमेश", "x", "operator"),
    ("a" * 33, "x", "operator"), ("abc", "", "operator"), ("abc", "x\x00y", "operator"), ("abc", "x" * 81, "operator"),
    ("abc", "x", "admin"), ("abc'; DROP TABLE users; --", "x", "operator"),
])
def test_bad_account_details_are_refused(store, hasher, clock, username, display, role) -> None:
    boss = _supervisor(store, hasher, clock)
    with pytest.raises(UserInvalid):
        create_user(store, boss, username, display, role, clock(), hasher=hasher)
    assert [u.username for u in list_users(store, boss)] == ["supervisor1"]


def test_duplicate_and_unknown_users(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    with pytest.raises(UserExists):
        create_user(store, boss, "SUPERVISOR1", "Again", "operator", clock(), hasher=hasher)
    with pytest.raises(UserNotFound):
        reset_password(store, boss, "nobody", clock(), hasher=hasher)
    with pytest.raises(UserNotFound):
        set_disabled(store, boss, "nobody", True, clock())


def test_rehash_on_login_moves_old_hashes_to_current_parameters(store, clock) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    temp = create_user(store, None, "supervisor1", "S", "supervisor", clock(), hasher=weak)
    change_password(store, "supervisor1", temp, GOOD, clock(), hasher=weak)
    old_hash = store.query("SELECT password_hash FROM users")[0][0]
    assert "m=8," in old_hash
    current = PasswordHasher()  # production parameters (RFC 9106 low-memory profile)
    assert authenticate(store, "supervisor1", GOOD, clock(), hasher=current).ok
    new_hash = store.query("SELECT password_hash FROM users")[0][0]
    assert new_hash != old_hash and not current.check_needs_rehash(new_hash)
    assert "$argon2id$" in new_hash and f"m={current.memory_cost}," in new_hash
    assert "user.rehash" in _actions(store)
    assert authenticate(store, "supervisor1", GOOD, clock(), hasher=current).ok
    assert _actions(store).count("user.rehash") == 1


def test_lockout_is_exponential_and_capped_with_an_injected_clock(store, hasher, clock) -> None:
    _supervisor(store, hasher, clock)
    policy = LockoutPolicy(free_attempts=3, base_seconds=30, max_seconds=240)
    for _ in range(2):
        assert authenticate(store, "supervisor1", "nope", clock(), hasher=hasher, policy=policy).outcome \
            is AuthOutcome.WRONG
    waits = []
    for _ in range(6):
        r = authenticate(store, "supervisor1", "nope", clock(), hasher=hasher, policy=policy)
        assert r.outcome is AuthOutcome.LOCKED
        waits.append(r.wait_seconds(clock()))
        # While locked even the right password is not checked.
        during = authenticate(store, "supervisor1", GOOD, clock.advance(1), hasher=hasher, policy=policy)
        assert during.outcome is AuthOutcome.LOCKED and during.locked_until == r.locked_until
        clock.advance(waits[-1])
    assert waits == [30, 60, 120, 240, 240, 240]
    assert authenticate(store, "supervisor1", GOOD, clock(), hasher=hasher, policy=policy).ok
    assert get_user(store, "supervisor1").failed_count == 0
    assert authenticate(store, "supervisor1", "nope", clock(), hasher=hasher, policy=policy).outcome \
        is AuthOutcome.WRONG  # counting starts again after a success


def test_lockout_survives_a_restart(tmp_path, hasher, clock) -> None:
    path = tmp_path / "hub.sqlite3"
    store = open_store(path, [SECURITY_MIGRATIONS])
    _supervisor(store, hasher, clock)
    for _ in range(LOCKOUT.free_attempts):
        last = authenticate(store, "supervisor1", "nope", clock(), hasher=hasher)
    assert last.outcome is AuthOutcome.LOCKED
    store.close()
    reopened = open_store(path, [SECURITY_MIGRATIONS])
    try:
        again = authenticate(reopened, "supervisor1", GOOD, clock.advance(5), hasher=hasher)
        assert again.outcome is AuthOutcome.LOCKED and again.locked_until == last.locked_until
    finally:
        reopened.close()


def test_a_clock_set_back_never_locks_longer_than_the_cap(store, hasher, clock) -> None:
    _supervisor(store, hasher, clock)
    with store.write() as conn:
        conn.execute("UPDATE users SET locked_until = ?", ((clock() + timedelta(days=3)).isoformat(),))
    r = authenticate(store, "supervisor1", GOOD, clock(), hasher=hasher)
    assert r.outcome is AuthOutcome.LOCKED and r.wait_seconds(clock()) == LOCKOUT.max_seconds
    assert authenticate(store, "supervisor1", GOOD, clock.advance(LOCKOUT.max_seconds), hasher=hasher).ok
    with store.write() as conn:
        conn.execute("UPDATE users SET locked_until = 'garbage'")
    assert authenticate(store, "supervisor1", GOOD, clock(), hasher=hasher).outcome is AuthOutcome.LOCKED


def test_unknown_names_and_odd_input_are_just_wrong(store, hasher, clock) -> None:
    _supervisor(store, hasher, clock)
    for name, pw in (("ghost", GOOD), ("", ""), ("supervisor1\x00", GOOD), ("x" * 10_000, "y"),
                     ("supervisor1", ""), ("supervisor1", "🙂" * 1000)):
        assert authenticate(store, name, pw, clock(), hasher=hasher).outcome is AuthOutcome.WRONG


def test_disabled_accounts_cannot_sign_in_and_the_last_supervisor_stays(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    with pytest.raises(LastSupervisor):
        set_disabled(store, boss, "supervisor1", True, clock())
    create_user(store, boss, "operator1", "Op", "operator", clock(), hasher=hasher)
    set_disabled(store, boss, "operator1", True, clock())
    temp = reset_password(store, boss, "operator1", clock(), hasher=hasher)
    assert authenticate(store, "operator1", temp, clock(), hasher=hasher).outcome is AuthOutcome.DISABLED
    assert authenticate(store, "operator1", "wrong-one", clock(), hasher=hasher).outcome is AuthOutcome.WRONG
    set_disabled(store, boss, "operator1", False, clock())
    assert authenticate(store, "operator1", temp, clock(), hasher=hasher).outcome is AuthOutcome.MUST_CHANGE_PASSWORD


def test_a_session_of_a_disabled_or_demoted_supervisor_is_refused(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    temp = create_user(store, boss, "supervisor2", "S2", "supervisor", clock(), hasher=hasher)
    second = change_password(store, "supervisor2", temp, "Krishna#909", clock(), hasher=hasher).operator
    assert second is not None
    set_disabled(store, second, "supervisor1", True, clock())
    with pytest.raises(PermissionDenied):
        create_user(store, boss, "operator9", "x", "operator", clock(), hasher=hasher)  # stale session


def test_reset_lifts_a_lockout_and_invalidates_the_old_password(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    create_user(store, boss, "operator1", "Op", "operator", clock(), hasher=hasher)
    for _ in range(5):
        authenticate(store, "operator1", "nope", clock(), hasher=hasher)
    assert get_user(store, "operator1").locked_until is not None
    temp = reset_password(store, boss, "operator1", clock(), hasher=hasher)
    info = get_user(store, "operator1")
    assert info.failed_count == 0 and info.locked_until is None and info.must_change
    assert authenticate(store, "operator1", temp, clock(), hasher=hasher).outcome is AuthOutcome.MUST_CHANGE_PASSWORD


def test_change_password_enforces_the_policy_and_the_lockout(store, hasher, clock) -> None:
    temp = create_user(store, None, "supervisor1", "S", "supervisor", clock(), hasher=hasher)
    with pytest.raises(PasswordRejected) as weak:
        change_password(store, "supervisor1", temp, "short", clock(), hasher=hasher)
    assert {p.code for p in weak.value.problems} == {"too_short"}
    assert weak.value.params["reasons_mr"]
    with pytest.raises(PasswordRejected):
        change_password(store, "supervisor1", temp, temp, clock(), hasher=hasher)
    with pytest.raises(PasswordRejected):
        change_password(store, "supervisor1", temp, "xxSupervisor1xx", clock(), hasher=hasher)
    wrong = change_password(store, "supervisor1", "not-the-temp", GOOD, clock(), hasher=hasher)
    assert wrong.outcome is AuthOutcome.WRONG and get_user(store, "supervisor1").must_change


def test_password_policy_keeps_marathi_joiners_and_refuses_control_characters() -> None:
    assert password_problems("asha", "क्‍ष-र्‍या-2026") == []  # ZWJ inside: a Marathi eyelash-ra
    assert {p.code for p in password_problems("asha", "abc\x07defgh")} == {"control_chars"}
    assert {p.code for p in password_problems("asha", "password")} == {"too_common"}
    assert {p.code for p in password_problems("asha", "aaaaaaaaaa")} == {"too_common"}
    assert all(p.mr and p.en for p in password_problems("asha", "x"))


def test_marathi_passwords_match_across_input_methods(store, hasher, clock) -> None:
    temp = create_user(store, None, "supervisor1", "S", "supervisor", clock(), hasher=hasher)
    one_ime = "\u0958लम-कॉफी-२०२६"          # precomposed QA (क़), as some keyboards send it
    other_ime = "\u0915\u093cलम-कॉफी-२०२६"   # KA + NUKTA, as others do
    assert one_ime != other_ime
    change_password(store, "supervisor1", temp, one_ime, clock(), hasher=hasher)
    assert authenticate(store, "supervisor1", other_ime, clock(), hasher=hasher).ok


def test_temporary_passwords_are_random_and_unambiguous() -> None:
    seen = {generate_temporary_password() for _ in range(500)}
    assert len(seen) == 500
    for pw in seen:
        assert len(pw) == 14 and pw.count("-") == 2 and not set(pw) & set("01lIoO")


def test_idle_lock_setting_is_bounded_and_audited(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    assert idle_lock_minutes(store) == 3
    set_idle_lock_minutes(store, boss, 5, clock())
    assert idle_lock_minutes(store) == 5
    for bad in (1, 6, 0, -3):
        with pytest.raises(SettingInvalid):
            set_idle_lock_minutes(store, boss, bad, clock())
    with store.write() as conn:
        conn.execute("UPDATE settings SET value = '99' WHERE key = 'security.idle_lock_minutes'")
    assert idle_lock_minutes(store) == 5
    with store.write() as conn:
        conn.execute("UPDATE settings SET value = 'soon' WHERE key = 'security.idle_lock_minutes'")
    assert idle_lock_minutes(store) == 3
    assert "setting.idle_lock" in _actions(store)


def test_audit_of_logins_holds_no_password_or_display_name(store, hasher, clock) -> None:
    boss = _supervisor(store, hasher, clock)
    create_user(store, boss, "operator1", "रमेश पाटील", "operator", clock(), hasher=hasher)
    authenticate(store, "operator1", "Secret-guess-1", clock(), hasher=hasher)
    with store.write() as conn:
        record(conn, "operator1", "application.save", now=clock(), application="a-1")
    dump = " ".join(" ".join(map(str, r)) for r in store.query("SELECT * FROM audit_log"))
    for secret in (GOOD, "Secret-guess-1", "रमेश", "पर्यवेक्षक"):
        assert secret not in dump
