"""Crash driver: real saves and syncs in short-lived processes that are SIGKILLed at named points.

Run as ``python tests/security/crash_driver.py HOME PORTAL_URL --runs N --seed S``. The driver imports
the kiosk ONCE and then forks one child per run (a fork costs milliseconds, a fresh interpreter ~0.6 s;
that is what makes hundreds of kills fit in the normal suite). The parent holds no database connection
when it forks, so every child opens the hub database itself, exactly as a freshly started kiosk does.

Each child takes a batch of applications through the real path — ``store_document`` (fsync'd file named
by its hash) → ``take_application`` → ``Applications.save_new`` (one transaction) — and after each save
writes ``SAVED <uuid> <receipt>`` to a pipe: that is the moment the operator would see the receipt. Then
it syncs against the portal simulator. ``KIOSK_FAULT_POINT`` (set per run) says where it kills itself
with SIGKILL:

- ``mid_document_write``: inside ``store_document``'s ``write_durably``, before the fsync or before the rename;
- ``mid_save``: inside the save transaction, as the applicant / document / outbox INSERT starts
  (an SQLite trace callback sees each statement; no hook in product code);
- ``after_commit_before_receipt``: ``save_new`` returned, the receipt was not yet shown;
- ``mid_sync``: at the k-th outbox/document bookkeeping statement of the sync (claim, ack, uploaded);
- ``random``: no self-kill; the PARENT kills the child after a random delay.

After every run the parent checks, with the child dead: every printed receipt is in the database,
``PRAGMA integrity_check`` is ok, after ``collect_orphans`` the document folder holds exactly the files the
database names (no orphan, none missing), and the portal holds each application once. Violations and
figures are printed as one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from kiosk import durable  # noqa: E402
from kiosk.app import build_context  # noqa: E402
from kiosk.demo import ensure_demo_hub  # noqa: E402
from kiosk.documents.storage import collect_orphans, iter_stored, store_document  # noqa: E402
from kiosk.domain.application import DocumentRecord  # noqa: E402
from kiosk.domain.intake import take_application  # noqa: E402
from kiosk.store.hub import set_setting  # noqa: E402
from tests.conftest import open_hub_db  # noqa: E402
from tests.forms import income_form  # noqa: E402

POINTS = ("mid_save", "after_commit_before_receipt", "mid_document_write", "mid_sync", "random")
SAVE_STATEMENTS = ("INSERT INTO applicants", "INSERT INTO documents", "INSERT INTO outbox")
DB_NAME = "kiosk.sqlite3"  # kiosk.config.KioskPaths.database
SYNC_STATEMENTS = ("UPDATE outbox", "UPDATE documents SET uploaded", "UPDATE applications SET")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class _KillingOs:
    """Stands in for ``os`` inside kiosk.durable — the one function every file write goes through,
    ``write_durably`` — and dies at its chosen call (the fsync of the temp file or the rename)."""

    def __init__(self, at: str) -> None:
        self._at = at

    def __getattr__(self, name: str) -> Any:
        if name == self._at:
            def killer(*_a: Any, **_k: Any) -> None:
                die()
            return killer
        return getattr(os, name)


def child(home: Path, url: str, batch: int, seed: int, out: int, max_wait: float = 20.0) -> None:
    point = os.environ.get("KIOSK_FAULT_POINT", "")
    rng = random.Random(seed)
    victim = rng.randrange(max(batch, 1))
    ctx = build_context(home, "en")
    store = ctx.database()
    seen = {"n": 0}
    sync_kill_at = rng.randint(1, max(4 * batch, 1))
    save_kill = rng.choice(SAVE_STATEMENTS)
    state = {"saving": -1, "syncing": False}

    def trace(sql: str) -> None:
        if point == "mid_save" and state["saving"] == victim and sql.lstrip().startswith(save_kill):
            die()
        if point == "mid_sync" and state["syncing"] and sql.lstrip().startswith(SYNC_STATEMENTS):
            seen["n"] += 1
            if seen["n"] >= sync_kill_at:
                die()

    store.conn.set_trace_callback(trace)
    cat, cal, hub, apps = ctx.catalogue(), ctx.calendar(), ctx.hub(), ctx.applications()
    for i in range(batch):
        data = rng.randbytes(rng.randint(500, 4000))
        if point == "mid_document_write" and i == victim:
            durable.os = _KillingOs(rng.choice(("fsync", "replace")))  # type: ignore[assignment]
        sha = store_document(ctx.sealed().documents, data)
        doc = DocumentRecord(sha, "aadhaar", "id_proof", 1, len(data), "image/jpeg", f"scan{i}.jpg")
        result = take_application(income_form(), catalogue=cat, calendar=cal, hub_code=hub.code, operator="op1",
                                  now=ctx.now(), today=ctx.today(), documents=(doc,))
        assert result.application is not None, result.problems
        state["saving"] = i
        saved = apps.save_new(result.application)
        state["saving"] = -1
        if point == "after_commit_before_receipt" and i == victim:
            die()
        os.write(out, f"SAVED {saved.uuid} {saved.receipt_number}\n".encode())
    state["syncing"] = True
    client = ctx.portal_client(url)
    engine = ctx.sync_engine(client)
    for _ in engine.run(drain=True, max_wait=max_wait):
        pass
    os.write(out, f"SYNCED {engine.report.sent}\n".encode())


def check(home: Path, url: str, printed: dict[str, str]) -> list[str]:
    """What is wrong after a run (empty when sound). Runs in the parent with the child dead."""
    problems: list[str] = []
    conn = open_hub_db(home / DB_NAME)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        rows = dict(conn.execute("SELECT uuid, receipt_number FROM applications").fetchall())
        referenced = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM documents")}
        unqueued = conn.execute("SELECT count(*) FROM applications a WHERE NOT EXISTS "
                                "(SELECT 1 FROM outbox o WHERE o.idempotency_key = a.uuid)").fetchone()[0]
    finally:
        conn.close()
    lost = [u for u, receipt in printed.items() if rows.get(u) != receipt]
    if lost:
        problems.append(f"lost saved applications: {lost[:3]} ({len(lost)})")
    if unqueued:
        problems.append(f"{unqueued} applications without an outbox entry")
    collect_orphans(home / "documents", referenced, older_than_seconds=-1.0)
    on_disk = {sha for sha, _ in iter_stored(home / "documents")}
    strays = [p for p in (home / "documents").rglob("*") if p.is_file() and p.name not in on_disk]
    if on_disk - referenced or strays:
        problems.append(f"orphan files left: {len(on_disk - referenced)} documents, {len(strays)} others")
    if referenced - on_disk:
        problems.append(f"documents named by the database but missing: {len(referenced - on_disk)}")
    stats = requests.get(f"{url}/_sim/stats", timeout=10).json()
    if not (stats["applications_stored"] == stats["distinct_idempotency_keys"] == stats["distinct_receipt_numbers"]):
        problems.append(f"duplicates at the portal: {stats}")
    return problems


def setup(home: Path, url: str) -> None:
    ctx = build_context(home, "en")
    store = ctx.database()
    ensure_demo_hub(store)
    set_setting(store, "portal.url", url)
    set_setting(store, "portal.training", "1")
    ctx.close()
    store.close()


def run_one(home: Path, url: str, point: str, batch: int, seed: int, rng: random.Random,
            max_delay: float, max_wait: float = 20.0) -> tuple[dict[str, str], bool, bool]:
    """Fork one child; return (receipts it printed, whether it died by SIGKILL, whether it finished sync)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        code = 0
        try:
            if point:
                os.environ["KIOSK_FAULT_POINT"] = point
            child(home, url, batch, seed, w, max_wait)
        except BaseException as exc:  # noqa: BLE001 - report anything to the parent, then exit hard
            os.write(w, f"ERROR {type(exc).__name__}: {exc}\n".encode())
            code = 3
        os._exit(code)
    os.close(w)
    if point == "random":
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(pid, signal.SIGKILL)
    chunks = []
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    printed: dict[str, str] = {}
    synced = False
    for line in b"".join(chunks).decode().splitlines():
        if line.startswith("SAVED "):
            _, uuid, receipt = line.split()
            printed[uuid] = receipt
        elif line.startswith("SYNCED"):
            synced = True
        elif line.startswith("ERROR"):
            raise RuntimeError(f"run {point} failed without a kill: {line}")
    if not killed and os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
        raise RuntimeError(f"child exited with {os.WEXITSTATUS(status)}")
    return printed, killed, synced


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("home", type=Path)
    ap.add_argument("url")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--batch", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-delay", type=float, default=0.25, help="longest random kill delay (s)")
    ap.add_argument("--points", default=",".join(POINTS))
    args = ap.parse_args(argv)
    points = args.points.split(",")
    rng = random.Random(args.seed)
    setup(args.home, args.url)
    started = time.monotonic()
    printed: dict[str, str] = {}
    kills = {p: 0 for p in points}
    runs = {p: 0 for p in points}
    violations: list[str] = []
    for n in range(args.runs):
        point = points[n % len(points)]
        got, killed, _ = run_one(args.home, args.url, point, args.batch, rng.randrange(1 << 30), rng, args.max_delay)
        printed.update(got)
        runs[point] += 1
        kills[point] += int(killed)
        violations += [f"run {n} ({point}): {p}" for p in check(args.home, args.url, printed)]
    # Finally a run without kills: everything still queued must reach the portal exactly once (items left
    # 'unknown' by portal faults wait out their backoff, so this run may take a while).
    _, killed, synced = run_one(args.home, args.url, "", 0, 0, rng, 0, max_wait=600.0)
    violations += [f"final: {p}" for p in check(args.home, args.url, printed)]
    conn = open_hub_db(args.home / DB_NAME)
    total = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
    waiting = conn.execute("SELECT count(*) FROM outbox WHERE state != 'acked'").fetchone()[0]
    states = dict(conn.execute("SELECT state || ': ' || substr(last_error, 1, 60), count(*) FROM outbox "
                               "WHERE state != 'acked' GROUP BY 1").fetchall())
    conn.close()
    stats = requests.get(f"{args.url}/_sim/stats", timeout=10).json()
    if not synced or waiting or stats["applications_stored"] != total:
        violations.append(f"final sync: {waiting} not acked {states}, portal {stats['applications_stored']} "
                          f"vs kiosk {total}")
    print(json.dumps({"runs": runs, "kills": kills, "receipts_printed": len(printed), "applications": total,
                      "portal": stats["applications_stored"], "seconds": round(time.monotonic() - started, 1),
                      "violations": violations}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
