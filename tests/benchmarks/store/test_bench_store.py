"""Store benchmarks for the foundation issue: durable save, search at 100,000 applications, service
search over 1,500 services, database size — each beside its floor from the same run. Run twice: a plain
SQLite file and the encrypted one the kiosk keeps (SQLCipher, raw 256-bit key; issue 7), with the open
time of each (the quick_check at open reads every page).

Targets (2 cores): save p95 ≤ 3× floor and ≤ 20 ms; search p95 ≤ 1.5× floor and ≤ 30 ms;
service search ≤ 10 ms.
"""

from __future__ import annotations

import copy
import os
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import parse_catalogue
from kiosk.domain.clock import local_day
from kiosk.domain.intake import take_application
from kiosk.store.applications import SUMMARY_COLUMNS, Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import open_store
from kiosk.store.hub import save_hub
from kiosk.store.search import search_applications
from tests.benchmarks.conftest import report as bench_report
from tests.benchmarks.conftest import summary_ms
from tests.forms import income_form

N_APPS = 100_000
SAVES = 300
SEARCHES = 200
NAMES = [("Sunita", "सुनीता"), ("Rahul", "राहुल"), ("Dnyaneshwar", "ज्ञानेश्वर"), ("Savita", "सविता"),
         ("Ganesh", "गणेश"), ("Priya", "प्रिया"), ("Tukaram", "तुकाराम"), ("Kavita", "कविता")]
SURNAMES = [("Patil", "पाटील"), ("Kshirsagar", "क्षीरसागर"), ("Deshmukh", "देशमुख"), ("Kale", "काळे"),
            ("Jadhav", "जाधव"), ("Bhosale", "भोसले"), ("Salunkhe", "साळुंखे"), ("Gaikwad", "गायकवाड")]


def _forms(rng: random.Random, n: int):
    for i in range(n):
        first, last = rng.choice(NAMES), rng.choice(SURNAMES)
        tail = chr(97 + i % 26) + chr(97 + (i // 26) % 26)  # many distinct surnames, letters only
        yield income_form(applicant__name_en={"first": first[0], "surname": f"{last[0]}{tail}"},
                          applicant__name_mr={"first": first[1], "surname": last[1]},
                          applicant__mobile=f"9{rng.randint(0, 999_999_999):09d}")


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "sqlcipher"])
def test_store_benchmarks(tmp_path: Path, catalogue_document: dict, encrypted: bool) -> None:
    from tests.store.conftest import HUB

    key = os.urandom(32) if encrypted else None

    def report(name: str, **figures: object) -> None:
        bench_report(name, encrypted=encrypted, **figures)

    store = open_store(tmp_path / "bench.sqlite3", key=key)
    save_hub(store, HUB)
    cat = Catalogues(store).install(catalogue_document)
    cal = WorkingCalendar()
    apps = Applications(store)
    rng = random.Random(7)
    now = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)

    def make(form: dict, when: datetime):
        r = take_application(form, catalogue=cat, calendar=cal, hub_code=HUB.code, operator="op",
                             now=when, today=local_day(when))
        assert r.application is not None, r.problems
        return r.application

    # --- durable save (one application + applicant + outbox + history, one fsync'd commit) vs the floor
    save_times = []
    for form in _forms(rng, SAVES):
        app = make(form, now)
        t = time.perf_counter()
        apps.save_new(app)
        save_times.append(time.perf_counter() - t)
    floor_db = sqlite3.connect(tmp_path / "floor.sqlite3", isolation_level=None)
    floor_db.execute("PRAGMA journal_mode=WAL")
    floor_db.execute("PRAGMA synchronous=FULL")
    floor_db.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT)")
    floor_db.execute("CREATE TABLE b(id INTEGER PRIMARY KEY, body TEXT)")
    floor_times = []
    for _ in range(SAVES):
        t = time.perf_counter()
        floor_db.execute("BEGIN IMMEDIATE")
        floor_db.execute("INSERT INTO a(body) VALUES (?)", ("x" * 600,))
        floor_db.execute("INSERT INTO b(body) VALUES (?)", ("y" * 600,))
        floor_db.execute("COMMIT")
        floor_times.append(time.perf_counter() - t)
    s, f = summary_ms(save_times), summary_ms(floor_times)
    report("store.save", **{f"save_{k}": v for k, v in s.items()}, **{f"floor_{k}": v for k, v in f.items()},
           p95_ratio=round(s["p95_ms"] / f["p95_ms"], 2), target="p95 <= 3x floor and <= 20 ms")

    # --- fill to 100,000 applications through the same insert code, in batched transactions
    t0 = time.perf_counter()
    batch = 5000
    remaining = N_APPS - SAVES
    day_offset = 0
    while remaining > 0:
        k = min(batch, remaining)
        built = [make(form, now - timedelta(days=day_offset)) for form in _forms(rng, k)]
        with store.write() as conn:  # the real save path (counter, rows, outbox) in batched transactions
            for app in built:
                apps.save_in(conn, app)
        remaining -= k
        day_offset += 1
    fill_s = time.perf_counter() - t0
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (tmp_path / "bench.sqlite3").stat().st_size
    report("store.size", applications=apps.count(), state="all queued (outbox bodies kept)",
           db_mib=round(size / 2**20, 1), mib_per_100k=round(size / 2**20 * 100_000 / apps.count(), 1),
           fill_seconds=round(fill_s, 1))
    # the steady state of a hub: everything acked, bodies dropped, space reused
    with store.write() as conn:
        conn.execute("UPDATE outbox SET state = 'acked', payload = '{}'")
    store.conn.execute("VACUUM")
    size = (tmp_path / "bench.sqlite3").stat().st_size
    report("store.size", applications=apps.count(), state="all acked, vacuumed",
           db_mib=round(size / 2**20, 1), mib_per_100k=round(size / 2**20 * 100_000 / apps.count(), 1))

    # --- open: key, quick_check (reads and, encrypted, decrypts every page), migrations check
    open_times = []
    for _ in range(5):
        store.close()
        t = time.perf_counter()
        store = open_store(tmp_path / "bench.sqlite3", key=key)
        open_times.append(time.perf_counter() - t)
    assert store.writable
    apps = Applications(store)
    report("store.open", applications=apps.count(), **summary_ms(open_times), runs=len(open_times))

    # --- search: the kiosk's search vs the raw FTS5 query on the same data
    queries = ["क्षीरसा", "ज्ञानेश्व", "पाटील", "shirsag", "Dnyanesh", "Salunkheab", "98765", "20261"]
    for q in queries:
        times, raw_times, join_times, hits = [], [], [], 0
        for _ in range(SEARCHES // len(queries) * 2):
            t = time.perf_counter()
            hits = len(search_applications(store, q, limit=50))
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.conn.execute("SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT 50", (f'"{q.lower()}"',)).fetchall()
            raw_times.append(time.perf_counter() - t)
            t = time.perf_counter()  # the same rows fetched by SQL alone: what the Python mapping adds
            store.conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM (SELECT rowid FROM applications_fts WHERE applications_fts "  # noqa: S608
                "MATCH ? ORDER BY rowid DESC LIMIT 50) f JOIN applications a ON a.rowid = f.rowid "
                "JOIN applicants p ON p.application_uuid = a.uuid", (f'"{q.lower()}"',)).fetchall()
            join_times.append(time.perf_counter() - t)
        s, f = summary_ms(times), summary_ms(raw_times)
        j = summary_ms(join_times)
        report("store.search", query=q, hits=hits, **s, **{f"raw_{k}": v for k, v in f.items()},
               **{f"sql_rows_{k}": v for k, v in j.items()},
               p95_ratio=round(s["p95_ms"] / max(f["p95_ms"], 0.001), 2), target="p95 <= 1.5x raw and <= 30 ms")

    # --- service search over a 1,500-service catalogue
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
    report("catalogue.search_1500", **summary_ms(svc_times), parse_ms=round(parse_s * 1000, 1), target="<= 10 ms")
    store.close()
