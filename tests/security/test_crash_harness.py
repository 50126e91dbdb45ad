"""Crash harness: 200 real processes SIGKILLed at named fault points and at random instants.

Every run forks a fresh process that writes documents, saves applications through the real one-transaction
save and syncs them to the portal simulator; it dies by SIGKILL at mid_save, after_commit_before_receipt,
mid_document_write, mid_sync or at a random moment chosen by the parent (see crash_driver.py). After EVERY
run: no application whose receipt was shown is missing, integrity_check is ok, the document folder holds
exactly what the database names, and the portal holds nothing twice. A final clean run must then deliver
everything still queued, exactly once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from kiosk.portal.simulator import spawn_simulator
from tests.security.crash import run_crash_driver
from tests.security.crash_driver import check, setup

RUNS = 200


@pytest.mark.slow
def test_two_hundred_sigkills_lose_nothing_and_duplicate_nothing(tmp_path: Path) -> None:
    figures = run_crash_driver(tmp_path / "home", runs=RUNS, seed=7)
    assert figures["violations"] == []
    assert sum(figures["runs"].values()) == RUNS
    # Every named point and the random kills really landed (a fault point that never fires proves nothing).
    assert all(k >= RUNS // 5 - 2 for k in figures["kills"].values()), figures["kills"]
    assert figures["receipts_printed"] > RUNS  # about 1.7 receipts shown per run before the kill
    assert figures["portal"] == figures["applications"] >= figures["receipts_printed"]
    print(f"\ncrash harness: {sum(figures['kills'].values())} SIGKILLs in {RUNS} runs "
          f"({figures['kills']}), {figures['receipts_printed']} receipts shown, {figures['applications']} saved, "
          f"all at the portal once, {figures['seconds']} s")


def test_the_checker_sees_a_lost_receipt_an_orphan_and_a_missing_file(tmp_path: Path) -> None:
    """The per-run check is only worth something if it fails when it should."""
    from kiosk.config import ASSETS_DIR

    home = tmp_path / "home"
    with spawn_simulator(["--catalogue", str(ASSETS_DIR / "catalogue" / "catalogue.json")]) as sim:
        setup(home, sim.url)
        assert check(home, sim.url, {}) == []
        problems = check(home, sim.url, {"00000000-0000-4000-8000-000000000000": "X-1"})
        assert any("lost saved applications" in p for p in problems)
        # A referenced document that is not on disk, and a stray temp file that collect_orphans must remove.
        from tests.conftest import open_hub_db

        conn = open_hub_db(home / "kiosk.sqlite3")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO documents(application_uuid, sha256, doc_type, group_code, mime) "
                     "VALUES ('nope', ?, 'aadhaar', 'id_proof', 'image/jpeg')", ("ab" * 32,))
        conn.close()
        shard = home / "documents" / "cd"
        shard.mkdir(parents=True)
        (shard / ("cd" * 32)).write_bytes(b"orphan")
        problems = check(home, sim.url, {})
        assert any("missing" in p for p in problems), problems
        assert not (shard / ("cd" * 32)).exists()  # the orphan was collected, not merely reported
        assert requests.get(f"{sim.url}/_sim/stats", timeout=5).json()["applications_stored"] == 0
