"""A lost audit key: saving stops, a supervisor restarts the chain, and verification says what it can check."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import timedelta

import keyring
import pytest

from kiosk.security.audit import RESTART, record, restart_chain
from kiosk.security.errors import AuditKeyMissing, AuditKeyPresent
from kiosk.security.verify import chain_keys, verify_chain
from kiosk.store.db import Store
from tests.conftest import FIXED_NOW
from tests.security.chain import build_chain
from tests.security.test_cli import BOSS_PW, Kiosk, kiosk, staffed  # noqa: F401 - fixtures


def lose_the_keys(test_keyring) -> None:  # type: ignore[no-untyped-def]
    """The audit keys are gone (a reinstalled PC): a new keyring with a fresh process cache. The key that
    unwraps the data key is carried over, as ``seva-kiosk recover`` with the printed recovery key does
    on such a PC (encryption at rest: without it the database does not open at all)."""
    wiped = test_keyring.path.with_name(f"wiped-{uuid.uuid4().hex}.json")
    fresh = type(test_keyring)(wiped)
    for (service, name), secret in test_keyring.items.items():
        if service == "seva-kiosk/data-kek":
            fresh.set_password(service, name, secret)
    keyring.set_keyring(fresh)


def test_restart_is_refused_while_the_key_is_there_and_works_once_it_is_lost(store: Store, test_keyring) -> None:
    build_chain(store, 6, FIXED_NOW, rotate_at=3)
    with pytest.raises(AuditKeyPresent), store.write() as conn:
        restart_chain(conn, "boss", now=FIXED_NOW)
    lose_the_keys(test_keyring)
    with pytest.raises(AuditKeyMissing), store.write() as conn:  # nothing can be saved unsigned
        record(conn, "op1", "login.ok", now=FIXED_NOW)
    with store.write() as conn:
        lost, new = restart_chain(conn, "boss", now=FIXED_NOW + timedelta(hours=1))
    assert lost != new
    with store.write() as conn:  # the counter works again, signed with the new key
        record(conn, "op1", "login.ok", now=FIXED_NOW + timedelta(hours=2))
    result = verify_chain(store, chain_keys(store))
    assert result.ok and result.entries == 8 and result.unverifiable == 6  # the six before the restart
    restart = store.query("SELECT ids, key_id FROM audit_log WHERE action = ?", (RESTART,))[0]
    assert json.loads(restart["ids"])["lost_key"] == lost and restart["key_id"] == new


def test_tampering_after_the_restart_is_still_caught(store: Store, test_keyring) -> None:
    build_chain(store, 4, FIXED_NOW)
    lose_the_keys(test_keyring)
    with store.write() as conn:
        restart_chain(conn, "boss", now=FIXED_NOW)
        record(conn, "op1", "login.ok", now=FIXED_NOW)
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 6")
    raw.commit()
    raw.close()
    result = verify_chain(store, chain_keys(store))
    assert not result.ok and result.first_broken == 6 and result.reason == "mac_mismatch"


def test_a_forged_restart_without_the_new_key_breaks_the_chain(store: Store, test_keyring) -> None:
    build_chain(store, 3, FIXED_NOW)
    lose_the_keys(test_keyring)
    with store.write() as conn:
        restart_chain(conn, "boss", now=FIXED_NOW)
    lose_the_keys(test_keyring)  # someone restarted with a key nobody has: the restart itself is unverifiable
    result = verify_chain(store, chain_keys(store))
    assert not result.ok and result.first_broken == 4 and result.reason == "key_unavailable"


def test_cli_new_chain_needs_a_supervisor_and_verify_exits_4(staffed: Kiosk, test_keyring) -> None:  # noqa: F811
    lose_the_keys(test_keyring)
    code, _out, err = staffed("users", "list", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code != 0 and "new-chain" in err  # the sentence says how to get out of this
    code, _out, err = staffed("audit", "new-chain", "--as", "boss", stdin="wrong-password\n")
    assert code != 0
    code, out, err = staffed("audit", "new-chain", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0, err
    assert "lost" in out
    code, out, err = staffed("audit", "verify")
    assert code == 4 and "cannot be checked" in out, (code, out, err)
    code, out, _ = staffed("audit", "verify", "--json")
    report = json.loads(out)
    assert report["ok"] and report["unverifiable"] > 0
    assert staffed("users", "list", "--as", "boss", stdin=BOSS_PW + "\n")[0] == 0  # sign-ins work again
    code, _out, err = staffed("audit", "new-chain", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code != 0 and "keys rotate" in err  # nothing lost this time
