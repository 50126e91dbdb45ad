"""Store benchmarks at a busy hub's scale (issue 15): durable save, search, size — at 100,000 and
1,000,000 applications (tests/benchmarks/scale_db.py builds them once: encrypted, filled through the real
save path with its audit trail, then copied in SQL), each figure interleaved with its floor in the same run,
with enough samples for a steady p95, and the ratio printed.

- Save: ``Applications.save_new`` with the audit hook (application with its delivery channels, applicant,
  outbox, history, receipt counter, audit entry; the search index waits above its mark, step 0028; one
  ``synchronous=FULL`` WAL commit) against the floor of two
  600-byte rows in two tables, one FULL commit, in an encrypted database of its own. Also the WAL pages
  each writes, read from the WAL index's frame counter (the ``-shm`` header) before and after. A second
  floor, interleaved too: the same rows with the same bytes (the saved application's own text) in tables
  with only their correctness keys — what any durable save of this content costs before the kiosk's
  look-up indexes, search backlog and Python (``store.save.content_floor``).
- Search-index backlog: the saves above indexed in one go, as the next search or sync pass does it
  (kiosk.store.search_backlog), per application — the part of the index's work a save no longer carries.
- Search: one screen (20 rows) of the kiosk's search against the raw FTS5 trigram row-id query of the same
  20 rows; and the next screen (offset 20) as the Applications list asks for it while scrolling.
- Size: bytes per application as built (all but the newest 300 acknowledged), then after
  ``compact_settled`` and the VACUUM that day close runs when worth it.

``KIOSK_BENCH_SCALES`` (default ``100000,1000000``) chooses the sizes; ``KIOSK_BENCH_SAVES`` and
``KIOSK_BENCH_SEARCHES`` the samples. Goals: save p95 <= 3x floor; search p50 and p95 <= 1.5x floor;
<= 3 KB per application.
"""

from __future__ import annotations

import copy
import os
import random
import struct
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.catalogue import parse_catalogue
from kiosk.store.db import connect, open_store
from tests.benchmarks import scale_db
from tests.benchmarks.conftest import percentile, summary_ms
from tests.benchmarks.conftest import report as bench_report

SCALES = [int(n) for n in os.environ.get("KIOSK_BENCH_SCALES", "100000,1000000").split(",") if n]
SAVES = int(os.environ.get("KIOSK_BENCH_SAVES", "600"))
SEARCHES = int(os.environ.get("KIOSK_BENCH_SEARCHES", "60"))  # per query, each side
QUERIES = ["क्षीरसा", "ज्ञानेश्व", "पाटील", "shirsag", "Dnyanesh", "Salunkheab", "98765", "20261"]


def wal_frames(db: Path) -> int:
    """Frames in the WAL so far (``mxFrame`` of the WAL index header in ``-shm``; it restarts at 0 when a
    checkpoint lets the next writer rewind the WAL)."""
    with db.with_name(db.name + "-shm").open("rb") as fh:
        head = fh.read(20)
    return int(struct.unpack("=I", head[16:20])[0])


def timed(fn: Callable[[], Any], frames_of: Path) -> tuple[float, int]:
    before = wal_frames(frames_of)
    t = time.perf_counter()
    fn()
    took = time.perf_counter() - t
    after = wal_frames(frames_of)
    return took, after - before if after >= before else after


def floor_db(folder: Path) -> tuple[Any, Path]:
    path = folder / "floor.sqlite3"
    conn = connect(path, key=os.urandom(32))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE b(id INTEGER PRIMARY KEY, body TEXT)")
    return conn, path


def floor_save(conn: Any) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO a(body) VALUES (?)", ("x" * 600,))
    conn.execute("INSERT INTO b(body) VALUES (?)", ("y" * 600,))
    conn.execute("COMMIT")


def content_floor_db(folder: Path) -> tuple[Any, Path]:
    """The second floor: the rows a save must make durable together, with only the keys that make them
    correct (unique application id, receipt number and idempotency key; the counter's and the audit
    chain's primary keys) — no secondary index, no search backlog, no trigger — in an encrypted database
    of its own, FULL commit. The save's ratio to it is the cost of what the kiosk adds: the look-up
    indexes its screens and sync need, the search backlog, and the Python that builds the rows."""
    path = folder / "content-floor.sqlite3"
    conn = connect(path, key=os.urandom(32))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript("""
        CREATE TABLE applications(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            receipt_number TEXT NOT NULL UNIQUE, body TEXT NOT NULL);
        CREATE TABLE applicants(app_id INTEGER PRIMARY KEY, body TEXT NOT NULL);
        CREATE TABLE outbox(id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL);
        CREATE TABLE status_history(id INTEGER PRIMARY KEY, application_uuid TEXT NOT NULL, status TEXT, at TEXT);
        CREATE TABLE receipt_counters(hub_code TEXT, day TEXT, last_seq INTEGER, PRIMARY KEY (hub_code, day))
            WITHOUT ROWID;
        CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, action TEXT, ids TEXT,
            key_id TEXT, prev_mac TEXT, mac TEXT);""")
    return conn, path


def content_rows(saved: Any) -> tuple[str, ...]:
    """The saved application's own text, so the floor writes as many bytes as the save does."""
    import json

    from kiosk.domain.serialize import application_to_dict

    body = application_to_dict(saved)
    applicant = json.dumps(body.pop("applicant"), ensure_ascii=False)
    rest = json.dumps(body, ensure_ascii=False)
    return (saved.uuid, saved.receipt_number, rest, applicant, rest + applicant, str(saved.status),
            saved.created_at.isoformat(), saved.hub_code, saved.receipt_number[-13:-5])


def content_floor_save(conn: Any, rows: tuple[str, ...]) -> None:
    import json

    uuid, receipt, body, applicant, payload, status, at, hub, day = rows
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO receipt_counters VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET last_seq = last_seq + 1",
                 (hub + "#", day))  # (its own series: the save's number was taken already)
    app_id = conn.execute("INSERT INTO applications(uuid, receipt_number, body) VALUES (?, ?, ?)",
                          (uuid, receipt, body)).lastrowid
    conn.execute("INSERT INTO applicants VALUES (?, ?)", (app_id, applicant))
    conn.execute("INSERT INTO outbox(idempotency_key, payload) VALUES (?, ?)", (uuid, payload))
    conn.execute("INSERT INTO status_history(application_uuid, status, at) VALUES (?, ?, ?)", (uuid, status, at))
    conn.execute("INSERT INTO audit_log(at, actor, action, ids, key_id, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (at, "operator:operator1", "application.saved", json.dumps({"receipt": receipt, "service": "x"}),
                  "k1", "0" * 64, "f" * 64))
    conn.execute("COMMIT")


def ratio(a: float, b: float) -> float:
    return round(a / max(b, 1e-6), 2)


@pytest.mark.parametrize("n", SCALES, ids=[f"{n // 1000}k" for n in SCALES])
def test_store_at_scale(tmp_path: Path, n: int) -> None:
    from kiosk.app import _migration_sets
    from kiosk.demo import DEMO_SERVICES, demo_form
    from kiosk.domain.clock import local_day, utc_now
    from kiosk.domain.intake import take_application
    from kiosk.security.audit import record
    from kiosk.store.applications import Applications
    from kiosk.store.catalogues import Catalogues
    from kiosk.store.hub import load_hub
    from kiosk.store.search import PAGE, search_applications
    from kiosk.store.search_backlog import backlog_size, index_backlog
    from kiosk.store.upkeep import compact_settled, vacuum_if_worth_it

    def report(name: str, **figures: object) -> None:
        bench_report(name, applications=n, encrypted=True, **figures)

    path, key = scale_db.scale_database(n, tmp_path)
    store = open_store(path, _migration_sets(), key=key)
    assert store.writable
    cat, hub = Catalogues(store).active(), load_hub(store)
    from kiosk.domain.calendar import WorkingCalendar

    cal = WorkingCalendar()
    apps = Applications(store, audit=record)
    rng = random.Random(11)
    services = [cat.service(c) for c in DEMO_SERVICES if cat.has(c)]

    def make() -> Any:
        while True:
            now = utc_now()
            form = demo_form(rng.choice(services), rng, local_day(now))
            r = take_application(form, catalogue=cat, calendar=cal, hub_code=hub.code, operator="operator1",
                                 now=now, today=local_day(now))
            if r.application is not None:
                return r.application

    # --- durable save, interleaved with the floor's commit
    fconn, fpath = floor_db(tmp_path)
    cconn, cpath = content_floor_db(tmp_path)
    for _ in range(20):  # warm all three (page cache, audit key, statement cache)
        content_floor_save(cconn, content_rows(apps.save_new(make())))
        floor_save(fconn)
    saves, floors, contents, pages, floor_pages, content_pages = [], [], [], [], [], []
    for _ in range(SAVES):
        app = make()
        box: list[Any] = []

        def save(app: Any = app, box: list[Any] = box) -> None:
            box.append(apps.save_new(app))

        took, frames = timed(save, path)
        saves.append(took)
        pages.append(frames)
        took, frames = timed(lambda: floor_save(fconn), fpath)
        floors.append(took)
        floor_pages.append(frames)
        rows = content_rows(box[0])
        took, frames = timed(lambda rows=rows: content_floor_save(cconn, rows), cpath)  # type: ignore[misc]
        contents.append(took)
        content_pages.append(frames)
    fconn.close()
    cconn.close()
    s, f, c = summary_ms(saves), summary_ms(floors), summary_ms(contents)
    report("store.save", **{f"save_{k}": v for k, v in s.items()}, **{f"floor_{k}": v for k, v in f.items()},
           p95_ratio=ratio(s["p95_ms"], f["p95_ms"]), p50_ratio=ratio(s["p50_ms"], f["p50_ms"]),
           wal_pages_p50=percentile(pages, 50), wal_pages_p95=percentile(pages, 95), wal_pages_max=max(pages),
           floor_wal_pages_p50=percentile(floor_pages, 50), samples=SAVES, target="p95 <= 3x floor")
    report("store.save.content_floor", **{f"content_floor_{k}": v for k, v in c.items()},
           content_floor_wal_pages_p50=percentile(content_pages, 50),
           content_floor_vs_two_rows_p95=ratio(c["p95_ms"], f["p95_ms"]),
           save_p95_ratio=ratio(s["p95_ms"], c["p95_ms"]), save_p50_ratio=ratio(s["p50_ms"], c["p50_ms"]),
           samples=SAVES)

    # --- the search index's backlog (the saves above), indexed as the next search or sync pass does it
    waiting = backlog_size(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # so the WAL's frame counter starts at 0
    t = time.perf_counter()
    indexed = index_backlog(store)
    took = time.perf_counter() - t
    assert indexed == waiting and backlog_size(store) == 0
    per_app = took * 1000 / max(indexed, 1)
    report("store.search_backlog", applications_indexed=indexed, total_ms=round(took * 1000, 1),
           per_application_ms=round(per_app, 3), wal_pages=wal_frames(path),
           save_p50_with_index_share_ms=round(s["p50_ms"] + per_app, 3))

    # --- search: one screen, and the next one, against the raw FTS5 row-id query of the same rows
    kiosk_t, raw_t, next_t = [], [], []
    # The floor is the fastest form of the raw query: LIMIT written into the statement, as the kiosk's is.
    raw_sql = f"SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? ORDER BY rowid DESC LIMIT {PAGE}"  # noqa: S608
    per_query = {}
    for q in QUERIES:
        phrase = f'"{q.lower()}"'
        mine, raw = [], []
        for _ in range(SEARCHES):
            t = time.perf_counter()
            hits = search_applications(store, q)
            mine.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.query_tuples(raw_sql, (phrase,))
            raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            search_applications(store, q, offset=PAGE)
            next_t.append(time.perf_counter() - t)
        per_query[q] = (len(hits), summary_ms(mine), summary_ms(raw))
        kiosk_t += mine
        raw_t += raw
    for q, (hits, m, r) in per_query.items():
        report("store.search.query", query=q, hits=hits, **m, **{f"raw_{k}": v for k, v in r.items()},
               p50_ratio=ratio(m["p50_ms"], r["p50_ms"]))
    k, r, nx = summary_ms(kiosk_t), summary_ms(raw_t), summary_ms(next_t)
    report("store.search", page=PAGE, **k, **{f"raw_{x}": v for x, v in r.items()},
           **{f"next_page_{x}": v for x, v in nx.items()}, p50_ratio=ratio(k["p50_ms"], r["p50_ms"]),
           p95_ratio=ratio(k["p95_ms"], r["p95_ms"]), samples=len(kiosk_t), target="p50, p95 <= 1.5x raw")

    # --- size: as built, then with settled bodies compacted and the day-close VACUUM
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = apps.count()
    built = path.stat().st_size
    compacted = compact_settled(store)
    vacuumed = vacuum_if_worth_it(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = path.stat().st_size
    report("store.size", db_mib=round(built / 2**20, 1), bytes_per_app=round(built / total),
           compacted_rows=compacted, vacuumed=vacuumed, after_mib=round(after / 2**20, 1),
           after_bytes_per_app=round(after / total), target="<= 3 KB per application")
    store.close()


def test_service_search_over_1500_services(catalogue_document: dict) -> None:
    """The catalogue search (kept from the foundation issue: met its goal, keep it)."""
    big = copy.deepcopy(catalogue_document)
    base = big["services"]
    big["services"] = []
    for i in range(1500):
        svc = copy.deepcopy(base[i % len(base)])
        svc["code"] = f"{svc['code']}-{i}"
        svc["name"] = {"en": f"{svc['name']['en']} {i}", "mr": f"{svc['name']['mr']} {i}"}
        big["services"].append(svc)
    t = time.perf_counter()
    big_cat = parse_catalogue(big)
    parse_s = time.perf_counter() - t
    svc_times = []
    for q in ["उत्पन्न", "income", "दाखला", "cert", "zzz", "प्रमाणपत्र 14", "extract"] * 30:
        t = time.perf_counter()
        big_cat.search(q, limit=20)
        svc_times.append(time.perf_counter() - t)
    bench_report("catalogue.search_1500", **summary_ms(svc_times), parse_ms=round(parse_s * 1000, 1),
                 target="<= 10 ms")


