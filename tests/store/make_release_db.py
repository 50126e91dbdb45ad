"""Write tests/data/store/kiosk-0001.sqlite3: a database as the first schema step left it.

Run once per released schema step (``python -m tests.store.make_release_db``) and commit the file; the
upgrade test opens it with today's code. Kept so the next step's file can be made the same way.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.config import ASSETS_DIR
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import parse_catalogue
from kiosk.domain.intake import take_application
from kiosk.store.applications import Applications
from kiosk.store.db import Store, connect
from kiosk.store.migrations import STORE_MIGRATIONS
from tests.forms import income_form

TARGET = Path(__file__).resolve().parent.parent / "data" / "store" / "kiosk-0001.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = connect(TARGET)
    conn.execute("PRAGMA foreign_keys = ON")
    STORE_MIGRATIONS.apply(Database(conn), stop_before="0002_search")
    doc = json.loads((ASSETS_DIR / "catalogue" / "catalogue.json").read_text("utf-8"))
    conn.execute("INSERT INTO catalogue_versions VALUES (?, ?, ?, ?, 1)",
                 (doc["catalogue_version"], doc["published"], json.dumps(doc, ensure_ascii=False), "2026-11-20"))
    conn.execute("INSERT INTO hub VALUES (1, 'MH-OLD-0001', 'Old Hub', 'जुने केंद्र', '490', '4193', '[]', '2026-11-20')")
    store = Store(TARGET, conn, None)
    now = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    app = take_application(income_form(), catalogue=parse_catalogue(doc), calendar=WorkingCalendar(),
                           hub_code="MH-OLD-0001", operator="op1", now=now, today=now.date()).application
    assert app is not None
    Applications(store).save_new(app)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    sqlite3.connect(TARGET).execute("VACUUM").connection.close()
    print(TARGET, TARGET.stat().st_size)


if __name__ == "__main__":
    main()
