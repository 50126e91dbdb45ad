"""The security CLI end to end, in-process (so it uses the in-memory keyring of tests/conftest.py):
first-run supervisor, temporary-password change, supervisor-only changes, lockout, audit verify against
hostile edits made with raw SQL, key rotation, and the recovery key (supervisors only)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kiosk import cli
from kiosk.app import build_context
from tests.conftest import open_hub_db

TEMP = re.compile(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")
BOSS_PW = "Sahyadri#2026"
OP_PW = "Godavari#77x"


class Kiosk:
    def __init__(self, home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.home, self.capsys, self.monkeypatch = home, capsys, monkeypatch

    def __call__(self, *argv: str, stdin: str = "", lang: str = "en") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.run(["--lang", lang, *argv], lambda args: build_context(self.home, args.lang))
        out = self.capsys.readouterr()
        return code, out.out, out.err

    @property
    def db(self) -> Path:
        return self.home / "data" / "hub.sqlite3" if (self.home / "data").exists() else next(
            self.home.rglob("*.sqlite3"))


@pytest.fixture
def kiosk(kiosk_home: Path, capsys, monkeypatch, hasher) -> Kiosk:
    # Cheap Argon2 parameters keep this file fast; production parameters are exercised by the rehash test
    # and by the real Secret Service subprocess test.
    monkeypatch.setattr("kiosk.security.auth.default_hasher", lambda: hasher)
    monkeypatch.setattr("kiosk.security.users.default_hasher", lambda: hasher)
    return Kiosk(kiosk_home, capsys, monkeypatch)


@pytest.fixture
def staffed(kiosk: Kiosk) -> Kiosk:
    """A kiosk with supervisor 'boss' and operator 'op1', both past their temporary passwords."""
    code, out, _ = kiosk("users", "add", "boss", "--name", "आशा कुलकर्णी")
    assert code == 0 and "supervisor" in out
    boss_temp = TEMP.search(out).group(0)
    assert kiosk("users", "passwd", "boss", stdin=f"{boss_temp}\n{BOSS_PW}\n{BOSS_PW}\n")[0] == 0
    code, out, _ = kiosk("users", "add", "op1", "--name", "Ravi", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0
    op_temp = TEMP.search(out).group(0)
    assert kiosk("users", "passwd", "op1", stdin=f"{op_temp}\n{OP_PW}\n{OP_PW}\n")[0] == 0
    return kiosk


def test_first_run_then_supervisor_manages_accounts(staffed: Kiosk) -> None:
    code, out, _ = staffed("users", "list", "--as", "boss", "--json", stdin=BOSS_PW + "\n")
    assert code == 0
    listed = {u["username"]: u for u in json.loads(out)}
    assert listed["boss"]["role"] == "supervisor" and listed["op1"]["role"] == "operator"
    assert not listed["op1"]["must_change"] and listed["boss"]["display_name"] == "आशा कुलकर्णी"
    code, out, _ = staffed("users", "reset", "op1", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0 and TEMP.search(out)
    code, _, err = staffed("users", "list", "--as", "op1", stdin=OP_PW + "\n")
    assert code == 1 and "old" not in err.lower() and "Traceback" not in err  # old password no longer works
    assert staffed("users", "disable", "op1", "--as", "boss", stdin=BOSS_PW + "\n")[0] == 0
    assert staffed("users", "enable", "op1", "--as", "boss", stdin=BOSS_PW + "\n")[0] == 0
    code, out, _ = staffed("users", "list", "--as", "boss", stdin=BOSS_PW + "\n", lang="mr")
    assert code == 0 and "पर्यवेक्षक" in out and "तात्पुरता पासवर्ड" in out


def test_operator_cannot_manage_and_later_adds_need_a_supervisor(staffed: Kiosk) -> None:
    code, _, err = staffed("users", "add", "op2", "--name", "X", "--as", "op1", stdin=OP_PW + "\n")
    assert code == 1 and "not allowed" in err
    code, _, err = staffed("users", "add", "op2", "--name", "X")
    assert code == 1 and "--as" in err
    code, _, err = staffed("keys", "rotate", "--as", "op1", stdin=OP_PW + "\n")
    assert code == 1 and "rotate_keys" in err


def test_temporary_password_must_be_changed_before_any_command(kiosk: Kiosk) -> None:
    code, out, _ = kiosk("users", "add", "boss", "--name", "B")
    temp = TEMP.search(out).group(0)
    code, _, err = kiosk("users", "list", "--as", "boss", stdin=temp + "\n")
    assert code == 1 and "Traceback" not in err
    code, _, err = kiosk("users", "passwd", "boss", stdin=f"{temp}\nshort\nshort\n")
    assert code == 1 and "at least 8" in err
    code, _, err = kiosk("users", "passwd", "boss", stdin=f"{temp}\n{BOSS_PW}\nSomethingElse1\n")
    assert code == 1 and "differ" in err
    code, _, err = kiosk("users", "passwd", "boss", stdin=f"{temp}\n{BOSS_PW}\n{BOSS_PW}\n", lang="mr")
    assert code == 0


def test_wrong_passwords_lock_the_account(staffed: Kiosk) -> None:
    for _ in range(2):
        assert staffed("users", "list", "--as", "boss", stdin="nope\n")[0] == 1
    code, _, err = staffed("users", "list", "--as", "boss", stdin="nope\n")
    assert code == 1
    code, _, err = staffed("users", "list", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 1  # locked: even the right password waits


def test_missing_password_on_stdin_is_a_clear_error(staffed: Kiosk) -> None:
    code, _, err = staffed("users", "list", "--as", "boss", stdin="")
    assert code == 1 and "no password" in err and "Traceback" not in err


@pytest.mark.parametrize("name", ["x", "has space", "रमेश", "a" * 40, "9lives"])
def test_bad_usernames_are_refused_in_one_line(staffed: Kiosk, name: str) -> None:
    code, _, err = staffed("users", "add", name, "--name", "X", "--as", "boss", stdin=BOSS_PW + "\n")
    lines = err.strip().splitlines()
    assert code == 1 and lines[-1].startswith("seva-kiosk: ") and "Traceback" not in err


def test_audit_verify_holds_then_names_the_first_broken_entry(staffed: Kiosk) -> None:
    code, out, _ = staffed("audit", "verify")
    assert code == 0 and "holds" in out
    code, out, _ = staffed("audit", "verify", "--json")
    report = json.loads(out)
    assert report["ok"] and report["entries"] >= 6
    code, head, _ = staffed("audit", "head")
    assert head.strip() == report["head"]
    db = open_hub_db(staffed.db)
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET actor = 'op1' WHERE seq = 3")
    db.close()
    code, out, err = staffed("audit", "verify")
    assert code == 1 and "entry 3" in out and "audit_log_no_update" in err
    code, out, _ = staffed("audit", "verify", "--json")
    assert code == 1 and json.loads(out)["first_broken"] == 3
    code, out, _ = staffed("audit", "verify", lang="mr")
    assert code == 1 and "नोंद क्र. 3" in out


def test_audit_verify_with_an_external_head_catches_a_cut_tail(staffed: Kiosk) -> None:
    _, head, _ = staffed("audit", "head")
    db = open_hub_db(staffed.db)
    db.execute("DROP TRIGGER audit_log_no_delete")
    last = int(head.split(":")[0])
    db.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    db.execute("UPDATE settings SET value = (SELECT seq || ':' || mac FROM audit_log WHERE seq = ?) "
               "WHERE key = 'audit.head'", (last - 1,))
    db.close()
    code, out, _ = staffed("audit", "verify", "--head", head.strip(), "--json")
    assert code == 1 and json.loads(out)["reason"] == "truncated" and json.loads(out)["first_broken"] == last


def test_keys_rotate_keeps_the_chain_verifiable(staffed: Kiosk, test_keyring) -> None:
    code, out, _ = staffed("keys", "rotate", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0 and "→" in out
    assert len([k for k in test_keyring.items if k[0] == "seva-kiosk/audit"]) == 2
    assert staffed("users", "list", "--as", "op1", stdin=OP_PW + "\n")[0] == 1  # (denied, but audited)
    code, out, _ = staffed("audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"]


def test_audit_verify_without_a_keyring_explains_and_fails(staffed: Kiosk) -> None:
    keyring.set_keyring(fail.Keyring())
    code, _, err = staffed("audit", "verify")
    assert code == 1 and "keyring" in err


def test_idle_lock_show_and_set(staffed: Kiosk) -> None:
    assert "3 minutes" in staffed("users", "idle-lock")[1]
    assert staffed("users", "idle-lock", "4", "--as", "boss", stdin=BOSS_PW + "\n")[0] == 0
    assert "4 minutes" in staffed("users", "idle-lock")[1]
    code, _, err = staffed("users", "idle-lock", "9", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 1 and "Traceback" not in err


def test_recovery_key_is_for_supervisors_only(staffed: Kiosk, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    code, _, err = staffed("recovery-key", "--as", "op1", "--out", str(sheet), stdin=OP_PW + "\n")
    assert code == 1 and "recovery_key" in err and not sheet.exists()
    code, out, err = staffed("recovery-key", "--as", "boss", "--out", str(sheet), stdin=BOSS_PW + "\n")
    assert code == 0 and str(sheet) in out and sheet.read_bytes().startswith(b"%PDF-")
