"""The clean-stop marker on its own: written only by the last connection out, taken at open, bound to the
file it describes, and ignored when damaged."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.store.applications import Applications
from kiosk.store.clean_stop import SCHEDULED, UNCLEAN, due_check, marker_path, take_marker
from kiosk.store.db import Store, open_store


def test_the_last_connection_out_leaves_the_marker_not_an_earlier_one(db_path: Path, store: Store,
                                                                       make_app) -> None:
    Applications(store).save_new(make_app())
    other = open_store(db_path, check="when_due")  # a command run while the window is open
    assert other.check_due is None and not other.last_stop_clean  # no marker: it checked at open
    other.close()
    assert not marker_path(db_path).exists(), "the window is still inside: its stop is not known clean"
    store.close()
    assert marker_path(db_path).exists()
    again = open_store(db_path, check="later")
    assert again.last_stop_clean and again.check_due is None and Applications(again).count() == 1
    again.close()


def test_a_marker_describing_another_file_or_unreadable_counts_as_an_unclean_stop(db_path: Path,
                                                                                   store: Store) -> None:
    store.close()
    assert take_marker(db_path) is not None
    store2 = open_store(db_path)
    store2.close()
    marker_path(db_path).write_text("{not json")
    assert take_marker(db_path) is None and not marker_path(db_path).exists()
    store3 = open_store(db_path)
    store3.close()
    with db_path.open("r+b") as fh:  # a restore or a copy: the file is not the one the marker names
        fh.seek(0, os.SEEK_END)
        fh.write(b"\0" * 4096)
    assert take_marker(db_path) is None


def test_the_check_is_due_after_an_unclean_stop_and_weekly() -> None:
    now = datetime(2026, 12, 3, 10, tzinfo=UTC)
    from kiosk.store.clean_stop import CleanStop

    recent = CleanStop(1, 2, 3, now - timedelta(days=2))
    assert due_check(None, now) == UNCLEAN
    assert due_check(recent, now) is None
    assert due_check(CleanStop(1, 2, 3, now - timedelta(days=7)), now) == SCHEDULED
    assert due_check(CleanStop(1, 2, 3, None), now) == SCHEDULED
    assert due_check(CleanStop(1, 2, 3, now + timedelta(days=30)), now) == SCHEDULED  # a clock set back


def test_a_new_file_opened_later_is_checked_at_once(db_path: Path) -> None:
    """Schema steps to apply: they never write into a file whose due check has not run."""
    s = open_store(db_path, check="later")
    assert s.check_due is None and s.checked_at is not None and s.writable
    s.close()
