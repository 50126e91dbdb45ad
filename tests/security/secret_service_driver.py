"""Runs INSIDE a private D-Bus session with an unlocked gnome-keyring (started by test_secret_service.py).

Drives the real `seva-kiosk` executable as separate processes, so the audit key really goes through the
Secret Service, and prints one JSON object with what happened for the test to judge.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import keyring

EXE = str(Path(sys.executable).with_name("seva-kiosk"))
PW = "Sahyadri#2026"


def run(*argv: str, stdin: str = "") -> dict[str, object]:
    r = subprocess.run([EXE, "--lang", "en", *argv], input=stdin, capture_output=True, text=True, timeout=60)
    return {"argv": list(argv), "code": r.returncode, "out": r.stdout, "err": r.stderr}


def main() -> None:
    home = Path(sys.argv[1])
    steps = [run("users", "add", "boss", "--name", "Asha")]
    temp = re.search(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", str(steps[0]["out"]))
    steps.append(run("users", "passwd", "boss", stdin=f"{temp.group(0) if temp else ''}\n{PW}\n{PW}\n"))
    steps.append(run("users", "add", "op1", "--name", "Ravi", "--as", "boss", stdin=PW + "\n"))
    steps.append(run("audit", "verify", "--json"))
    steps.append(run("keys", "rotate", "--as", "boss", stdin=PW + "\n"))
    steps.append(run("users", "list", "--as", "boss", stdin=PW + "\n"))  # signs with the new key
    steps.append(run("audit", "verify", "--json"))
    backend = keyring.get_keyring()
    db = next(home.rglob("*.sqlite3"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `tests` importable
    from tests.conftest import open_hub_db

    conn = open_hub_db(db)
    key_ids = [r[0] for r in conn.execute("SELECT DISTINCT key_id FROM audit_log")]
    conn.close()
    secrets = [keyring.get_password("seva-kiosk/audit", k) for k in key_ids]
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    print(json.dumps({"backend": f"{type(backend).__module__}.{type(backend).__name__}", "steps": steps,
                      "key_ids": key_ids, "secrets_found": [bool(s) for s in secrets],
                      "secret_in_db_file": any(s and s.encode() in raw for s in secrets)}))


if __name__ == "__main__":
    main()
