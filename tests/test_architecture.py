"""The layering of ARCHITECTURE.md, enforced: import-linter contracts, and no Qt in the Qt-free core."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "0 broken" in r.stdout


def test_core_runs_without_qt() -> None:
    # Import every Qt-free package (and the CLI) in a fresh interpreter and prove PySide6 never loads.
    code = (
        "import sys, pkgutil, importlib, kiosk\n"
        "skip = ('kiosk.ui', 'kiosk.app', 'kiosk.__main__')\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    if not m.name.startswith(skip):\n"
        "        importlib.import_module(m.name)\n"
        "import kiosk.cli; kiosk.cli.build_parser()\n"
        "print('PySide6' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_the_counter_use_cases_run_without_qt(test_keyring: object, kiosk_home: Path) -> None:
    # The composition root builds every use case, and each runs against a real hub database, with no Qt.
    code = (
        "import sys, pkgutil, importlib, kiosk.counter\n"
        "for m in pkgutil.walk_packages(kiosk.counter.__path__, 'kiosk.counter.'):\n"
        "    importlib.import_module(m.name)\n"
        "from kiosk.app import build_context\n"
        "from kiosk.demo import ensure_demo_hub\n"
        "ctx = build_context()\n"
        "ensure_demo_hub(ctx.database())\n"
        "uc = ctx.use_cases()\n"
        "uc.start_up.run(); uc.dashboard.load(); uc.day_close.report(uc.day_close.today())\n"
        "uc.settings.portal(); uc.syncing.queue(); uc.users.has_any(); uc.login.idle_lock_minutes()\n"
        "ctx.close()\n"
        "print('PySide6' in sys.modules, sorted(m for m in sys.modules if m.startswith('kiosk.ui')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout.strip() == "False []"


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+"
                 r"(TABLE|INDEX)|PRAGMA\s+\w+)\b", re.DOTALL)  # the kiosk writes SQL keywords in capitals
STORE_CALLS = {"database", "query", "store", "execute", "executemany"}


def _ui_modules() -> list[Path]:
    return sorted((REPO / "kiosk" / "ui").rglob("*.py"))


def _store_access_in(source: str, where: str = "t.py") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{where}:{node.lineno}: SQL text {node.value[:60]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in STORE_CALLS:
            found.append(f"{where}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kiosk.store"):
            found += [f"{where}:{node.lineno}: {node.module}.{a.name}" for a in node.names if not a.name[:1].isupper()]
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            found += [f"{where}:{node.lineno}: import {n}" for n in names
                      if n.split(".")[0] in ("sqlite3", "sqlite_utils", "sqlcipher3")]
    return sorted(found)


def test_the_ui_holds_no_sql_and_never_reaches_the_store_itself() -> None:
    """Screens call use cases (kiosk.counter) on the pool; SQL and store handles stay in kiosk.store. From
    kiosk.store a screen may take data types (an ApplicationSummary to show), never a function."""
    found = [f for path in _ui_modules()
             for f in _store_access_in(path.read_text("utf-8"), str(path.relative_to(REPO)))]
    assert not found, "\n".join(found)


def test_the_sql_check_finds_what_it_looks_for() -> None:
    assert SQL.search("SELECT count(*) FROM applications WHERE receipt_day = ?")
    assert SQL.search("PRAGMA integrity_check") and SQL.search("INSERT OR IGNORE INTO x(a) VALUES (1)")
    assert not SQL.search("Select the applicant's district from the list")
    assert not _store_access_in("x = 1\nfrom kiosk.store.applications import ApplicationSummary\n")
    assert _store_access_in("from kiosk.store.hub import set_setting\nstore = ctx.database()\n") == [
        "t.py:1: kiosk.store.hub.set_setting", "t.py:2: .database"]
