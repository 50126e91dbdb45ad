"""The store owns every query on its tables (issue 11 §3): no SQL on them anywhere else in the kiosk.

Which tables: whatever the store's own migrations create, read from a fresh database rather than listed
here, so a table added tomorrow is covered the day it is added. The security package's tables (``users``,
``audit_log``) are not among them: ``kiosk/security/migrations.py`` creates them and the composition root
registers those steps beside the store's, because they are security's own — the same rule one level over
(kiosk.security owns its queries), so they are not checked here. ``settings`` is the store's, and the audit
head written in the same transaction as its entry goes through ``kiosk.store.hub.put_setting``.

Where: every module under ``kiosk/`` except ``kiosk/store`` itself and ``kiosk/portal/simulator``. The
simulator is the reference portal server with a separate database of its own (``portal.sqlite3``); its
``applications`` table is the portal's record, not the hub's, and the simulator must never use the hub's
store (an import contract says so).

How: string literals, read with ``ast`` (comments do not count; f-strings are read with their holes).
A literal is SQL on a store table when it names one after FROM / JOIN / INTO / UPDATE / TABLE / ON — in
capitals, as the house writes SQL, or in any case when the literal itself begins like a statement (so
prose such as "applications from the outbox" in a docstring is not mistaken for a query). sqlite-utils'
``db.table("outbox")`` and ``db["outbox"]`` count too. A table name handed to a helper as data (the
encryption probe ``opens_with(..., probe="applications")``) is not SQL and is allowed.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.store.db import open_store

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
OWNER = KIOSK / "store"
# A separate database with its own `applications` table (the portal's): not the hub store's.
SEPARATE_DATABASES = (KIOSK / "portal" / "simulator",)

_KEYWORDS = r"(?:FROM|JOIN|INTO|UPDATE|TABLE|ON)"
_STATEMENT = re.compile(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|CREATE|ALTER|DROP)\b", re.IGNORECASE)
_DB_NAMES = re.compile(r"^(?:db|database|.*_db)$")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    table: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: SQL on `{self.table}` outside kiosk/store: {self.text[:100]!r}"


def store_tables() -> frozenset[str]:
    """Every table and view the store's migrations create, on a fresh database (the search index's FTS5
    shadow tables included: querying those directly is SQL on the store's tables too)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "hub.sqlite3")
        try:
            rows = store.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                               "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'")
        finally:
            store.close()
    return frozenset(str(r[0]) for r in rows)


def _pattern(tables: frozenset[str], flags: int) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, tables), key=len, reverse=True))
    return re.compile(rf"\b{_KEYWORDS}\s+[\"`\[]?({names})\b(?!\.)", flags)


def _literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal with its line; an f-string is one literal with ``?`` in its holes."""
    found: list[tuple[int, str]] = []
    inside_fstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                    inside_fstrings.add(id(value))
                else:
                    parts.append("?")
            found.append((node.lineno, "".join(parts)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside_fstrings:
            found.append((node.lineno, node.value))
    return found


def _table_accesses(tree: ast.AST, tables: frozenset[str]) -> list[tuple[int, str]]:
    """sqlite-utils' ``x.table("outbox")`` and ``db["outbox"]``."""
    found = []
    for node in ast.walk(tree):
        name: object = None
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "table"
                and node.args and isinstance(node.args[0], ast.Constant)):
            name = node.args[0].value
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            target = node.value
            ident = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
            if _DB_NAMES.match(ident):
                name = node.slice.value
        if isinstance(name, str) and name in tables:
            found.append((node.lineno, name))
    return found


def scan_source(path: Path, source: str, tables: frozenset[str]) -> list[Finding]:
    tree = ast.parse(source, filename=str(path))
    capitals, any_case = _pattern(tables, 0), _pattern(tables, re.IGNORECASE)
    findings = []
    for line, text in _literals(tree):
        match = capitals.search(text) or (any_case.search(text) if _STATEMENT.match(text) else None)
        if match:
            findings.append(Finding(path, line, match.group(1), " ".join(text.split())))
    findings += [Finding(path, line, table, f"sqlite-utils table {table!r}")
                 for line, table in _table_accesses(tree, tables)]
    return sorted(findings, key=lambda f: f.line)


def scan_tree(root: Path, tables: frozenset[str], *, exclude: tuple[Path, ...]) -> list[Finding]:
    findings = []
    for path in sorted(root.rglob("*.py")):
        if any(path.is_relative_to(e) for e in exclude):
            continue
        findings += scan_source(path.relative_to(root.parent), path.read_text("utf-8"), tables)
    return findings


@pytest.fixture(scope="module")
def tables() -> frozenset[str]:
    return store_tables()


def test_the_store_tables_are_the_ones_the_issue_names(tables: frozenset[str]) -> None:
    assert {"applications", "applicants", "outbox", "status_history", "receipt_counters", "documents",
            "certificates", "settings", "applications_fts"} <= tables
    assert not {"users", "audit_log"} & tables  # security's own (see the docstring)


def test_no_sql_on_store_tables_outside_the_store(tables: frozenset[str]) -> None:
    findings = scan_tree(KIOSK, tables, exclude=(OWNER, *SEPARATE_DATABASES))
    assert not findings, "move these queries into kiosk/store behind a named function:\n" + "\n".join(
        map(str, findings))


PLANTED = '''
"""Prose may say applications from the outbox, or UPDATE the screen, without being SQL."""
def sneaky(store, conn, db, uuid, marks):
    store.query("SELECT count(*) FROM applications WHERE status = 'queued'")
    conn.execute("UPDATE outbox SET state = 'acked' "
                 "WHERE idempotency_key = ?", (uuid,))
    store.query(f"SELECT {marks} FROM applicants a JOIN status_history h ON h.application_uuid = a.uuid")
    conn.execute("insert into receipt_counters(hub_code, day, last_seq) values (?, ?, 1)")
    db["documents"].insert({"sha256": "x"})
    db.table("certificates").count
    conn.execute("SELECT value FROM settings WHERE key = ?", ("k",))
    conn.execute("SELECT * FROM users")  # security's table: allowed
    return opens_with(db, b"k", probe="applications")  # a name as data: allowed
'''


def test_the_scan_finds_planted_queries(tmp_path: Path, tables: frozenset[str]) -> None:
    """The check can fail: a module planted outside the store is caught, line by line, and nothing else."""
    package = tmp_path / "kiosk"
    (package / "sync").mkdir(parents=True)
    (package / "sync" / "planted.py").write_text(PLANTED, "utf-8")
    (package / "store").mkdir()
    (package / "store" / "owner.py").write_text(PLANTED, "utf-8")  # the owner may
    found = scan_tree(package, tables, exclude=(package / "store",))
    assert [(f.line, f.table) for f in found] == [
        (4, "applications"), (5, "outbox"), (7, "applicants"), (8, "receipt_counters"), (9, "documents"),
        (10, "certificates"), (11, "settings")]
    assert all(f.path == Path("kiosk/sync/planted.py") for f in found)
