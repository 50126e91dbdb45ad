"""Benchmark databases at a busy hub's scale — 100,000 applications (two years) up to 1,000,000 (a carried
archive) — built once and cached between runs, shared by the store and the window benchmarks.

How a database of ``n`` applications is made:

1. ``BASE`` (100,000) applications go through the kiosk's real code: a kiosk home built by the composition
   root (encrypted SQLCipher file, data key wrapped in a keyring), the demo hub, real intake of a mix of
   services (``take_application``) and ``Applications.save_in`` with the audit hook — the save path of the
   counter, batched a few thousand to a transaction so the fill takes minutes, not an hour of fsyncs. All
   but the newest ``QUEUED_TAIL`` are then acknowledged through ``outbox.mark_acked`` (portal number,
   ``submitted``, body dropped), as a hub's settled past is.
2. Beyond ``BASE``, the rows are copied in SQL, ``n // BASE - 1`` rounds: every table that names an
   application (found by its ``application_uuid`` column, so tables added later are copied too) gets rows
   with a fresh random UUID, a receipt number on a day ``SPAN_DAYS`` further back per round (the number
   stays gapless per day; ``receipt_counters`` is copied alongside), shifted dates and a fresh portal
   number. Each round's copies are indexed from the search backlog (as a hub's sync passes do), and each copy gets its audit entry
   through ``kiosk.security.audit.record``, so the chain verifies at 1M as it does at 100k. Copies sit at
   HIGHER rowids than the base though their days are earlier: the Applications list (rowid order) shows
   them first; timing does not care.

A new schema step does not refill: a build (100k or 1M) of an earlier schema is opened by today's kiosk (its steps run,
as on a hub that upgrades) when that gives exactly the schema a fresh fill would (``KIOSK_BENCH_REFILL=1``
fills anyway).

The cache lives under ``out/bench-cache/<schema tag>/<n>/`` of the main checkout (shared by worktrees): a kiosk home (``home/``) and the keyring it
was built with (``keyring.json``, test keys only). The tag hashes the schema a fresh kiosk database gets
(every migration set of the composition root) and :data:`BUILDER_VERSION`, so a new migration builds new
files instead of benchmarking an old schema. A lock file makes a second builder wait for the first.

Use :func:`scale_home` to get a kiosk home to open (copied, with its keys put into the current keyring —
the tests' file keyring), :func:`scale_database` for a copy of the database file and its key, or
:func:`cached_home` to read the cached files in place (never write to them).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring

BUILDER_VERSION = "2"  # 2: the search backlog is indexed, as a hub's sync passes and day closes keep it
BASE = int(os.environ.get("KIOSK_BENCH_BASE", "100000"))
QUEUED_TAIL = 300  # the newest applications stay queued (a day and a half of a busy hub)
PER_DAY = 150
SPAN_DAYS = 730  # each SQL copy round lies this many days before the previous one
BATCH = 2000
REPO = Path(__file__).resolve().parents[2]


def _shared_cache() -> Path:
    """``out/bench-cache`` of the repository's main checkout, so every git worktree shares one build (the
    schema tag keeps different schemas apart); ``KIOSK_BENCH_CACHE`` overrides."""
    if os.environ.get("KIOSK_BENCH_CACHE"):
        return Path(os.environ["KIOSK_BENCH_CACHE"])
    git = REPO / ".git"
    if git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        main = Path(git.read_text("utf-8").split(":", 1)[1].strip()).parents[2]
        if (main / ".git").is_dir():
            return main / "out" / "bench-cache"
    return REPO / "out" / "bench-cache"


CACHE = _shared_cache()
BUILT_AT = datetime(2026, 11, 27, 11, 30, tzinfo=UTC)  # 17:00 IST: the newest application's day

NAMES = [("Sunita", "सुनीता"), ("Rahul", "राहुल"), ("Dnyaneshwar", "ज्ञानेश्वर"), ("Savita", "सविता"),
         ("Ganesh", "गणेश"), ("Priya", "प्रिया"), ("Tukaram", "तुकाराम"), ("Kavita", "कविता")]
SURNAMES = [("Patil", "पाटील"), ("Kshirsagar", "क्षीरसागर"), ("Deshmukh", "देशमुख"), ("Kale", "काळे"),
            ("Jadhav", "जाधव"), ("Bhosale", "भोसले"), ("Salunkhe", "साळुंखे"), ("Gaikwad", "गायकवाड")]


# ------------------------------------------------------------------------------------------ public API

def schema_tag() -> str:
    """A short hash of the schema a new kiosk database gets today, plus the builder's version."""
    from kiosk.app import _migration_sets
    from kiosk.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "schema.sqlite3", _migration_sets())
        tag = _tag_of(store)
        store.close()
    return tag


def _tag_of(store: Any) -> str:
    rows = store.query("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
                       "ORDER BY type, name")  # (ANALYZE's statistics are data, not schema)
    text = json.dumps([BUILDER_VERSION, BASE, *[list(r) for r in rows]])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def cached_home(n: int, *, cache: Path = CACHE) -> Path:
    """The cached build for ``n`` applications (built now when missing): a folder holding ``home/`` (the
    kiosk home) and ``keyring.json``. ``n`` is ``BASE`` or a multiple of it."""
    if n % BASE:
        raise ValueError(f"n must be a multiple of {BASE}")
    root = cache / schema_tag()
    root.mkdir(parents=True, exist_ok=True)
    with _locked(root / "build.lock"):
        done = root / str(n)
        if not (done / "built.json").exists():
            _build(n, root)
    return done


def scale_home(n: int, home: Path, *, cache: Path = CACHE) -> Path:
    """A kiosk home with ``n`` applications at ``home`` (copied from the cache) whose keys are put into the
    current keyring; returns the database path. ``build_context(home)`` then opens it as the window does."""
    built = cached_home(n, cache=cache)
    install_keys(built / "keyring.json")
    if home.exists():
        shutil.rmtree(home)
    shutil.copytree(built / "home", home)
    return home / "kiosk.sqlite3"


def scale_database(n: int, folder: Path, *, cache: Path = CACHE) -> tuple[Path, bytes]:
    """A copy of the ``n``-application database in ``folder`` and its SQLCipher data key (for
    ``open_store(path, key=key)``)."""
    db = scale_home(n, folder / "home", cache=cache)
    return db, data_key(db)


def data_key(db: Path) -> bytes:
    from kiosk.security.atrest import load_keys
    from kiosk.security.encryption import database_key

    keys = load_keys(db)
    if keys is None:
        raise RuntimeError(f"no key file beside {db}")
    return database_key(db, keys)


def install_keys(keyring_file: Path) -> None:
    """Put every secret of a cached build's keyring into the current keyring (the test's file keyring)."""
    stored = json.loads(keyring_file.read_text("utf-8"))
    backend = keyring.get_keyring()
    for name, secret in stored.items():
        service, user = json.loads(name)
        backend.set_password(service, user, secret)


# --------------------------------------------------------------------------------------------- build

@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextmanager
def _keyring_at(path: Path) -> Iterator[None]:
    """The build's own file keyring (the audit key, the data key's wrapping key), restored afterwards."""
    from tests.file_keyring import FileKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(path))
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _build(n: int, root: Path) -> None:
    work = root / f"{n}.building"
    if work.exists():
        shutil.rmtree(work)
    t0 = time.perf_counter()
    upgraded = ""
    if n == BASE:
        upgraded = _upgrade_older(root, work, n)
        if not upgraded:
            work.mkdir()
            with _keyring_at(work / "keyring.json"):
                _fill_base(work / "home")
    elif upgraded := _upgrade_older(root, work, n):
        pass  # a big build of an earlier schema, upgraded: copying 900k rows again takes far longer
    else:
        base = root / str(BASE)
        if not (base / "built.json").exists():
            _build(BASE, root)  # under the lock the caller holds
        shutil.copytree(base, work)
        (work / "built.json").unlink()
        with _keyring_at(work / "keyring.json"):
            _copy_rounds(work / "home", n // BASE - 1)
    seconds = round(time.perf_counter() - t0, 1)
    db = work / "home" / "kiosk.sqlite3"
    (work / "built.json").write_text(json.dumps({"applications": n, "seconds": seconds, "bytes": db.stat().st_size,
                                                 "schema": root.name, "upgraded_from": upgraded}))
    print(f"\n[scale_db] built {n} applications in {seconds} s, {db.stat().st_size / 2**20:.0f} MiB")
    os.replace(work, root / str(n))


def _upgrade_older(root: Path, work: Path, n: int) -> str:
    """A build of ``n`` for an earlier schema, opened by today's kiosk (its schema steps run, as on a hub that
    upgrades) — used when that gives exactly today's schema, which a fresh fill would; '' when none does.
    ``KIOSK_BENCH_REFILL=1`` always fills afresh."""
    if os.environ.get("KIOSK_BENCH_REFILL") == "1":
        return ""
    older = sorted((p for p in root.parent.glob(f"*/{n}/built.json") if p.parents[1] != root),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for built in older:
        shutil.copytree(built.parent, work)
        (work / "built.json").unlink()
        with _keyring_at(work / "keyring.json"):
            ctx = _context(work / "home")
            store = ctx.database()
            same = store.writable and _tag_of(store) == root.name
            if same:
                _index_search(store)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            ctx.close()
        if same:
            return built.parents[1].name
        shutil.rmtree(work)
    return ""


def _index_search(store: Any) -> None:
    """The saves and copies wait in the search backlog (step 0024); a hub's sync passes, searches and day
    closes index it as it goes, so a hub's two years or a decade sit in the FTS index, not in the backlog."""
    from kiosk.store.search_backlog import backlog_size, index_backlog

    index_backlog(store, batch=20000)
    assert backlog_size(store) == 0


def _context(home: Path) -> Any:
    from kiosk.app import build_context
    from kiosk.demo import ensure_demo_hub

    ctx = build_context(home, "en")
    ensure_demo_hub(ctx.database())
    return ctx


def _fill_base(home: Path) -> None:
    from kiosk.demo import DEMO_SERVICES, demo_form
    from kiosk.domain.clock import local_day
    from kiosk.domain.intake import take_application
    from kiosk.store import outbox

    ctx = _context(home)
    apps, cat, cal, hub = ctx.applications(), ctx.catalogue(), ctx.calendar(), ctx.hub()
    store = ctx.database()
    services = [cat.service(c) for c in DEMO_SERVICES if cat.has(c)]
    rng = random.Random(15)
    made = 0
    while made < BASE:
        built: list[Any] = []
        want = min(BATCH, BASE - made)
        while len(built) < want:
            i = made + len(built)
            when = BUILT_AT - timedelta(days=(BASE - 1 - i) // PER_DAY, minutes=rng.randint(0, 420))
            today = local_day(when)
            form = demo_form(rng.choice(services), rng, today)
            first, last = rng.choice(NAMES), rng.choice(SURNAMES)
            tail = chr(97 + i % 26) + chr(97 + (i // 26) % 26)  # many distinct surnames, letters only
            form["applicant"]["name_en"].update(first=first[0], surname=f"{last[0]}{tail}")
            form["applicant"]["name_mr"].update(first=first[1], surname=last[1])
            result = take_application(form, catalogue=cat, calendar=cal, hub_code=hub.code,
                                      operator=rng.choice(["operator1", "operator2"]), now=when, today=today)
            if result.application is not None:  # as seed_demo: a sampled form a service refuses is skipped
                built.append(result.application)
        saved = []
        with store.write() as conn:
            for app in built:
                saved.append(apps.save_in(conn, app))
        made += len(built)
        settle = [s for k, s in enumerate(saved, start=made - len(saved)) if k < BASE - QUEUED_TAIL]
        items = {i.idempotency_key: i for i in outbox.items(store, ("pending",))}
        for s in settle:
            outbox.mark_acked(store, items[s.uuid], portal_id=f"AS{rng.randint(10**9, 10**10 - 1)}")
    _index_search(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()


def _uuid_sql() -> str:
    """A random version-4 UUID in SQL (lower-case hex, 8-4-4-4-12)."""
    return ("lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || "
            "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12))")


def _shift(col: str) -> str:
    """A date or ISO instant moved back by the round's shift (``:days``), keeping its format."""
    return (f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} "
            f"ELSE date(substr({col}, 1, 10), '-' || :days || ' days') || substr({col}, 11) END")


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, is the integer primary key) of each column of ``table``."""
    rows = conn.execute("SELECT name, type, pk FROM pragma_table_info(?)", (table,)).fetchall()
    single_pk = sum(1 for r in rows if r[2]) == 1
    return [(r[0], bool(single_pk and r[2] and r[1].upper() == "INTEGER")) for r in rows]


def _copy_sql(conn: sqlite3.Connection, table: str, link: str, overrides: dict[str, str]) -> str:
    cols = [c for c, rowid_alias in _columns(conn, table) if not rowid_alias]
    exprs = [overrides.get(c, f"t.{c}") for c in cols]
    names = ", ".join(cols)
    # Copied in the original's order, so the copies lie on the page as the originals did; a WITHOUT ROWID
    # table (delivery channels, acknowledgements) is kept in key order whatever the insert order.
    order = " ORDER BY t.rowid" if _has_rowid(conn, table) else ""
    return (f"INSERT INTO {table}({names}) SELECT {', '.join(exprs)} FROM {table} t "  # noqa: S608 - schema names
            f"JOIN temp.copy_map m ON t.{link} = m.old{order}")


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    return not sql.rstrip().upper().endswith("WITHOUT ROWID")


def _copy_rounds(home: Path, rounds: int) -> None:
    from kiosk.security.audit import record

    ctx = _context(home)
    store = ctx.database()
    conn = store.conn
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while copying: the uuid index is written at random
    day_columns = {"receipt_day", "created_at", "updated_at", "completed_on", "due_date", "decided_on", "at",
                   "printed_at", "received_at"}
    linked = [r[0] for r in conn.execute(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name != 'applications' AND EXISTS "
        "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'application_uuid') ORDER BY m.name")]
    base_max = conn.execute("SELECT max(rowid) FROM applications").fetchone()[0]
    for k in range(1, rounds + 1):
        params = {"days": k * SPAN_DAYS, "round": f"{k:02d}"}
        with store.write(durable=False) as w:
            w.execute("CREATE TEMP TABLE copy_map(old TEXT PRIMARY KEY, new TEXT NOT NULL, receipt TEXT NOT NULL)")
            w.execute(f"INSERT INTO temp.copy_map SELECT uuid, {_uuid_sql()}, "  # noqa: S608 - fixed SQL
                      "hub_code || '-' || strftime('%Y%m%d', date(receipt_day, '-' || :days || ' days')) || '-' "
                      "|| substr(receipt_number, length(hub_code) + 11) "
                      "FROM (SELECT uuid, receipt_day, receipt_number, hub_code, hex(randomblob(16)) AS h "
                      "FROM applications WHERE rowid <= :base)", {**params, "base": base_max})
            app_over = {**{c: _shift(f"t.{c}") for c in day_columns}, "uuid": "m.new", "receipt_number": "m.receipt",
                        "portal_number": "CASE WHEN t.portal_number = '' THEN '' ELSE t.portal_number || :round END"}
            w.execute(_copy_sql(w, "applications", "uuid", app_over), params)
            for table in linked:
                over = {c: _shift(f"t.{c}") for c in day_columns}
                over["application_uuid"] = "m.new"
                if table == "outbox":
                    over["idempotency_key"] = "m.new"
                    over["payload"] = "replace(replace(t.payload, m.old, m.new), t_receipt.receipt_number, m.receipt)"
                    sql = _copy_sql(w, table, "application_uuid", over).replace(
                        "JOIN temp.copy_map m", "JOIN applications t_receipt ON t_receipt.uuid = t.application_uuid "
                        "JOIN temp.copy_map m")
                else:
                    sql = _copy_sql(w, table, "application_uuid", over)
                w.execute(sql, params)
            w.execute("INSERT OR IGNORE INTO receipt_counters(hub_code, day, last_seq) SELECT hub_code, "
                      "date(day, '-' || :days || ' days'), last_seq FROM receipt_counters "
                      "WHERE day >= (SELECT min(receipt_day) FROM applications WHERE rowid <= :base)",
                      {**params, "base": base_max})
            for receipt, service, operator in w.execute(
                    "SELECT m.receipt, a.service_code, a.operator FROM temp.copy_map m "
                    "JOIN applications a ON a.uuid = m.new ORDER BY a.rowid").fetchall():
                record(w, operator, "application.saved", receipt=receipt, service=service)
            w.execute("DROP TABLE temp.copy_map")
        _index_search(store)  # the round's copies wait in the backlog (their applicants' insert trigger)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
