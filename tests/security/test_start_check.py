"""Start-up without reading the whole database, and the protection kept: a clean stop lets the next start
skip quick_check; a kill -9, a file changed while closed, or the weekly schedule make it run (on the pool
in the window); damage it finds holds every write from then on.

Real encrypted hub databases, real processes killed with SIGKILL, real pages overwritten on disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.domain.errors import DatabaseCorrupt
from kiosk.store.clean_stop import SCHEDULED, UNCLEAN, marker_path
from kiosk.store.db import open_store
from tests.security.intake import take
from tests.security.test_corruption import WAL_SCRIPT, _close, _pages, _smash_page

REPO = Path(__file__).resolve().parents[2]

KILLED_MID_DAY = """
import os, sys
from pathlib import Path
from kiosk.app import build_context
from tests.security.intake import take
ctx = build_context(Path(sys.argv[1]), "en")
take(ctx, 30)
ctx.database().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the pages are in the file itself
take(ctx, 1)  # and one more save in the WAL, as any moment of a working day
os.kill(os.getpid(), 9)
"""


def _window_start(home: Path) -> KioskContext:
    """The context the window builds: the database opened at once, a due check left for the pool."""
    ctx = build_context(home, "en")
    ctx.check = "later"
    return ctx


def _kill_mid_day(ctx: KioskContext) -> None:
    _close(ctx)
    proc = subprocess.run([sys.executable, "-c", KILLED_MID_DAY, str(ctx.paths.home)], cwd=REPO,
                          env={**os.environ, "KIOSK_LANG": "en"}, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr[-2000:]


def _smash_an_application_page(path: Path) -> None:
    """Overwrite one leaf page of the applications table (opening the file and its schema never read it)."""
    pages = _pages(path, "applications")
    assert pages
    _smash_page(path, pages[len(pages) // 2])


def test_a_clean_stop_lets_the_next_start_skip_the_check(ctx: KioskContext) -> None:
    take(ctx, 3)
    _close(ctx)
    assert marker_path(ctx.paths.database).exists()
    again = _window_start(ctx.paths.home)
    try:
        store = again.database()
        assert store.last_stop_clean and store.check_due is None
        assert not marker_path(ctx.paths.database).exists(), "taken at open: a crash now must leave none"
        found = again.use_cases().start_up.in_background()
        assert found.reason is None and found.problem is None and store.writable
    finally:
        again.close()
    assert marker_path(ctx.paths.database).exists()


def test_the_weekly_schedule_finds_damage_a_clean_stop_cannot_see(ctx: KioskContext) -> None:
    """A disk that rots a page touches nothing the marker records: the clean stop vouches for the file
    (no check at this start) until the schedule comes round, and then the check finds it."""
    take(ctx, 30)
    _close(ctx)
    path = ctx.paths.database
    before = path.stat()
    _smash_an_application_page(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # bit rot: same size, same time

    skipped = _window_start(ctx.paths.home)
    assert skipped.database().check_due is None  # the cost this start saves
    skipped.close()

    marker = json.loads(marker_path(path).read_text())
    marker["checked_at"] = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    marker_path(path).write_text(json.dumps(marker))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    due = _window_start(ctx.paths.home)
    try:
        store = due.database()
        assert store.check_due == SCHEDULED
        found = due.use_cases().start_up.in_background()
        assert found.reason == SCHEDULED and found.problem
        assert not store.writable
        with pytest.raises(DatabaseCorrupt):
            take(due, 1)
    finally:
        due.close()
    assert not marker_path(path).exists(), "a damaged file never gets a clean-stop marker"


def test_a_file_changed_while_closed_is_checked_and_damage_holds_writes(ctx: KioskContext) -> None:
    take(ctx, 30)
    _close(ctx)
    _smash_an_application_page(ctx.paths.database)
    # The command line checks at open when due: the damage is found before anything is written.
    store = open_store(ctx.paths.database, key=ctx.unlock(), check="when_due")
    try:
        assert not store.writable and store.corrupt_reason
    finally:
        store.close()
    window = _window_start(ctx.paths.home)
    try:
        store = window.database()
        assert store.check_due == UNCLEAN
        assert window.use_cases().start_up.in_background().problem
        with pytest.raises(DatabaseCorrupt):
            take(window, 1)
    finally:
        window.close()


def test_kill_9_mid_day_then_start_runs_the_check_on_the_pool_and_records_it(ctx: KioskContext) -> None:
    _kill_mid_day(ctx)
    assert not marker_path(ctx.paths.database).exists()
    window = _window_start(ctx.paths.home)
    try:
        store = window.database()
        assert not store.last_stop_clean and store.check_due == UNCLEAN
        assert store.writable  # the counter works while the check reads (it holds writes only on damage)
        found = window.use_cases().start_up.in_background()
        assert found.reason == UNCLEAN and found.problem is None
        assert store.check_due is None and store.checked_at is not None
        assert store.query("SELECT count(*) FROM applications")[0][0] == 31
    finally:
        window.close()
    calm = _window_start(ctx.paths.home)
    try:
        assert calm.database().check_due is None, "the check this start ran counts for the next one"
    finally:
        calm.close()


def test_kill_9_then_a_damaged_page_is_found_and_writes_are_refused(ctx: KioskContext) -> None:
    _kill_mid_day(ctx)
    _smash_an_application_page(ctx.paths.database)
    window = _window_start(ctx.paths.home)
    try:
        store = window.database()
        found = window.use_cases().start_up.in_background()
        assert found.reason == UNCLEAN and found.problem
        assert not store.writable
        with pytest.raises(DatabaseCorrupt):
            take(window, 1)
    finally:
        window.close()
    again = _window_start(ctx.paths.home)
    try:
        assert again.database().check_due == UNCLEAN, "no marker after damage: every start checks again"
    finally:
        again.close()


def test_closing_during_the_check_leaves_it_due(ctx: KioskContext) -> None:
    """The window closed before the check finished: the check is interrupted, not taken for passed."""
    _kill_mid_day(ctx)
    window = _window_start(ctx.paths.home)
    store = window.database()
    window.close()
    assert store.run_due_check() is None and store.writable is True
    again = _window_start(ctx.paths.home)
    try:
        assert again.database().check_due is not None
    finally:
        again.close()


def test_after_a_lost_wal_tail_the_window_start_protects_the_kept_receipt_numbers(ctx: KioskContext) -> None:
    """An unclean stop: before the window shows, kept receipts past their day's counter move it on."""
    take(ctx, 3)
    _close(ctx)
    proc = subprocess.run([sys.executable, "-c", WAL_SCRIPT, str(ctx.paths.home), "truncate"], cwd=REPO,
                          env={**os.environ, "KIOSK_LANG": "en"}, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr[-2000:]
    window = _window_start(ctx.paths.home)
    try:
        store = window.database()
        n = store.query("SELECT count(*) FROM applications")[0][0]
        assert n < 8
        window.use_cases().start_up.before_window()
        assert store.query("SELECT last_seq FROM receipt_counters")[0][0] == 8  # the highest receipt printed
        assert int(take(window, 1)[0].receipt_number[-4:]) == 9
    finally:
        window.close()
