"""Privacy sweep after a day of demo work, done through the real CLI in separate processes.

The day: ``seva-kiosk demo``, three applications typed in with full Aadhaar numbers, a scan attached,
receipts printed (kept by the kiosk, and exported as PDF where the operator asked), a backup, a sync to
the portal simulator (certificates come back). Then every byte the kiosk left behind — the database and
its -wal/-shm, documents, certificates, kept receipts, logs, backups, the temp folder, and everything the
commands wrote to stderr — is searched for the typed Aadhaar numbers (with or without spaces), for ANY
12-digit Verhoeff-valid number, and for the applicants' names (Latin and Devanagari, UTF-8 and UTF-16):
0 hits. Encryption at rest (issue 7) is what makes the database, backups and kept files pass; the cells of
the database, read with the data key, still hold no Aadhaar number.

The exported receipts (the citizen's copy, saved outside the data folder) are read with pdftotext: they
carry the receipt numbers and only the last four Aadhaar digits.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw
from stdnum import verhoeff

from kiosk.portal.simulator import spawn_simulator
from tests.conftest import open_hub_db
from tests.forms import income_form
from tests.security.intake import simulator_args

REPO = Path(__file__).resolve().parents[2]
TYPED = ["234123412346", "987654321096", "738291056235"]
NAMES = ["Kshirsagar", "क्षीरसागर", "Sunita"]
TWELVE = re.compile(rb"(?<![0-9])([2-9][0-9]{3}) ?([0-9]{4}) ?([0-9]{4})(?![0-9])")


def _valid(number: str) -> bool:
    return verhoeff.is_valid(number)


def aadhaar_hits(data: bytes) -> list[str]:
    """Every 12-digit (optionally 4-4-4 spaced) Verhoeff-valid number in ``data``, ASCII or UTF-16."""
    found = []
    for blob in (data, data.replace(b"\x00", b"")):
        for m in TWELVE.finditer(blob):
            number = b"".join(m.groups()).decode()
            if _valid(number):
                found.append(number)
    return found


def typed_hits(data: bytes) -> list[str]:
    """The numbers typed in today, as digits, spaced 4-4-4, or UTF-16 — anywhere in the raw bytes."""
    found = []
    for n in TYPED:
        for form in (n, f"{n[:4]} {n[4:8]} {n[8:]}"):
            if form.encode() in data or form.encode("utf-16-le") in data:
                found.append(n)
    return found


def database_hits(path: Path) -> list[str]:
    """Aadhaar-shaped numbers in any cell of any table of an SQLite file, read value by value: in raw pages
    adjacent columns run together (a 10-digit mobile followed by house number '17' looks like 12 digits)."""
    conn = open_hub_db(path, readonly=True) if path.name.startswith("kiosk.") else _backup_conn(path)
    found = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL%'")]
        # FTS5's own segment ids are big integers that mean nothing; its text and blobs are still searched.
        shadows = {f"{v}_{s}" for v in virtual for s in ("data", "idx", "docsize", "config", "content")}
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_schema
                for value in row:
                    if isinstance(value, str | bytes):
                        blob = value.encode() if isinstance(value, str) else value
                        found += [f"{table}:{h}" for h in aadhaar_hits(blob)]
                    elif isinstance(value, int) and len(str(value)) == 12 and table not in shadows:
                        found += [f"{table}:{h}" for h in aadhaar_hits(str(value).encode())]
    finally:
        conn.close()
    return found


def _backup_conn(path: Path) -> sqlite3.Connection:
    """A backup is under the hub's data key (the key file sits beside the hub database)."""
    from kiosk.store.db import connect
    from tests.conftest import hub_key

    conn = connect(path, readonly=True, key=hub_key(path.parent.parent / "kiosk.sqlite3"))
    conn.row_factory = None
    return conn  # type: ignore[no-any-return]


def name_hits(data: bytes) -> list[str]:
    return [n for n in NAMES if n.encode() in data or n.encode("utf-16-le") in data]


def test_typed_numbers_are_real_aadhaar_shapes() -> None:
    assert all(_valid(n) for n in TYPED)  # otherwise the sweep below would prove nothing
    assert aadhaar_hits(b"x 2341 2341 2346 y") == ["234123412346", "234123412346"]
    assert aadhaar_hits(b"2\x003\x004\x001\x002\x003\x004\x001\x002\x003\x004\x006") == ["234123412346"]
    assert aadhaar_hits(b"20261127123456 MH-PUN-20261127-0001 234123412345") == []
    assert typed_hits("आधार 9876 5432 1096".encode("utf-16-le")) == ["987654321096"]


def _cli(home: Path, tmp: Path, log: list[str], *args: str, stdin: str | None = None) -> str:
    env = {**os.environ, "KIOSK_HOME": str(home), "TMPDIR": str(tmp), "KIOSK_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "en", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)
    log.append(proc.stderr)
    assert proc.returncode == 0, f"{args}: {proc.stderr[-1500:]}"
    return proc.stdout


def test_a_day_of_work_leaves_no_aadhaar_number_in_clear(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    stderr: list[str] = []
    _cli(home, tmp, stderr, "demo", "--count", "25")
    receipts = []
    for i, number in enumerate(TYPED):
        form = income_form(applicant__aadhaar=f"{number[:4]} {number[4:8]} {number[8:]}")
        form["applicant"]["name_en"]["first"] = ["Sunita", "Meera", "Kavita"][i]
        out = _cli(home, tmp, stderr, "new", "-", stdin=json.dumps(form, ensure_ascii=False))
        receipts.append(re.search(r"[A-Z]{2}-[A-Z0-9-]+-\d{8}-\d{4}", out).group(0))  # type: ignore[union-attr]
    scan = tmp_path / "scan.png"
    img = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(img).text((100, 100), "Income proof (demo scan)", fill="black")
    img.save(scan)
    _cli(home, tmp, stderr, "documents", "add", receipts[0], str(scan), "--type", "salary_certificate")
    exports = tmp_path / "exports"  # the citizen's copies, saved where the operator asked
    for r in receipts:
        _cli(home, tmp, stderr, "receipt", r, "--out", str(exports / f"{r}.pdf"))
    _cli(home, tmp, stderr, "backup")
    with spawn_simulator(simulator_args()) as sim:
        _cli(home, tmp, stderr, "sync", "--once", "--portal", sim.url, "--max-wait", "30")

    pdfs = sorted(exports.glob("*.pdf"))
    assert len(pdfs) == 3 and len(list((home / "receipts").glob("*.pdf"))) == 3
    texts = [subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True).stdout
             for p in pdfs]
    assert all(r.encode() in b"".join(texts) for r in receipts)  # the extraction really reads the receipts
    files = [p for root in (home, tmp) for p in root.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files) or any(p.name == "kiosk.sqlite3" for p in files)
    assert not [p for p in files if p.read_bytes()[:16] == b"SQLite format 3\x00"]  # no plaintext database
    databases = [p for p in files if p.name == "kiosk.sqlite3" or p.suffix == ".sqlite3" and "backup" in p.name]
    assert len(databases) >= 2  # the hub database and the backup
    hits = {str(p.relative_to(tmp_path)): typed_hits(p.read_bytes()) for p in files}
    hits.update({f"{p.relative_to(tmp_path)} (pattern)": aadhaar_hits(p.read_bytes())
                 for p in files if p not in databases and not p.name.endswith(("-wal", "-shm"))})
    hits.update({f"{p.relative_to(tmp_path)} (names)": name_hits(p.read_bytes()) for p in files})
    hits.update({f"{p.relative_to(tmp_path)} (cells)": database_hits(p) for p in databases})
    hits.update({f"pdftotext {p.name}": aadhaar_hits(t) for p, t in zip(pdfs, texts, strict=True)})
    hits["stderr"] = aadhaar_hits("\n".join(stderr).encode())
    assert {k: v for k, v in hits.items() if v} == {}
    # Only the last four digits are kept (and printed), as the receipt shows.
    assert b"2346" in b"".join(texts)
    # The names are in the database (read with its key), so the byte search above had something to miss.
    conn = open_hub_db(home / "kiosk.sqlite3", readonly=True)
    assert conn.execute("SELECT count(*) FROM applicants WHERE surname_mr = ?", ("क्षीरसागर",)).fetchone()[0] >= 3
    conn.close()
    for name in NAMES:
        assert name not in "\n".join(stderr)
