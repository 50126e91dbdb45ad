"""The shared benchmark database builder (tests/benchmarks/scale_db.py), at a small scale: a base filled
through the real save path, SQL copies with fresh ids, a cache reused between runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import scale_db


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(scale_db, "BASE", 400)
    monkeypatch.setattr(scale_db, "QUEUED_TAIL", 50)
    monkeypatch.setattr(scale_db, "BATCH", 150)
    return 400


def test_copies_have_fresh_ids_receipts_search_and_a_whole_audit_chain(tmp_path: Path, small: int) -> None:
    from kiosk.app import build_context
    from kiosk.security.verify import chain_keys, verify_chain
    from kiosk.store.search import search_applications

    cache = tmp_path / "cache"
    db = scale_db.scale_home(3 * small, tmp_path / "home", cache=cache)
    ctx = build_context(db.parent, "en")
    store = ctx.database()
    assert store.writable
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    q = store.query
    assert q("SELECT count(*), count(DISTINCT uuid), count(DISTINCT receipt_number) FROM applications")[0][:] \
        == (3 * small,) * 3
    assert q("SELECT count(*) FROM applicants")[0][0] == 3 * small
    assert q("SELECT count(DISTINCT idempotency_key) FROM outbox WHERE kind = 'application'")[0][0] == 3 * small
    # receipt numbers are gapless per day and the counters know every day's last number
    gaps = q("""SELECT a.receipt_day, count(*), max(CAST(substr(a.receipt_number, -4) AS INTEGER)), c.last_seq
                FROM applications a LEFT JOIN receipt_counters c ON c.day = a.receipt_day
                GROUP BY a.receipt_day""")
    assert all(r[1] == r[2] == r[3] for r in gaps), [tuple(r) for r in gaps if not r[1] == r[2] == r[3]][:3]
    # the copies' bodies name their own application, acknowledged ones are settled with a portal number
    for r in q("SELECT o.payload, a.uuid, a.receipt_number FROM outbox o JOIN applications a "
               "ON a.uuid = o.application_uuid WHERE o.state = 'pending'"):
        body = json.loads(r[0])
        assert r[1] in r[0] and r[2] in r[0], body
    assert q("SELECT count(*) FROM applications WHERE status = 'queued'")[0][0] == 3 * 50
    assert q("SELECT count(DISTINCT portal_number) FROM applications WHERE portal_number != ''")[0][0] == 3 * 350
    # the search index followed: a name finds the base row and its two copies
    some = q("SELECT surname_en FROM applicants LIMIT 1")[0][0]
    hits = search_applications(store, some, limit=50)
    assert len({h.receipt_number for h in hits}) == len(hits) >= 3
    # every save, copies included, is in one audit chain that verifies
    result = verify_chain(store, chain_keys(store))
    assert result.ok, result
    assert result.entries >= 3 * small
    ctx.close()


def test_a_second_run_uses_the_cache(tmp_path: Path, small: int) -> None:
    cache = tmp_path / "cache"
    scale_db.cached_home(small, cache=cache)
    built = next(cache.glob(f"*/{small}/built.json"))
    first = built.read_text()
    stamp = built.stat().st_mtime_ns
    db = scale_db.scale_home(small, tmp_path / "home", cache=cache)
    assert built.stat().st_mtime_ns == stamp and built.read_text() == first
    assert db.exists() and scale_db.data_key(db)


def test_a_new_schema_upgrades_the_older_base_instead_of_refilling(tmp_path: Path, small: int) -> None:
    cache = tmp_path / "cache"
    built = scale_db.cached_home(small, cache=cache)
    older = cache / "0ld5chema000" / str(small)  # as if built before today's last schema step
    older.parent.mkdir()
    built.rename(older)
    again = scale_db.cached_home(small, cache=cache)
    facts = json.loads((again / "built.json").read_text())
    assert facts["upgraded_from"] == "0ld5chema000" and facts["applications"] == small
    assert scale_db.data_key(scale_db.scale_home(small, tmp_path / "home", cache=cache))
