"""Write tests/data/store/kiosk-0005.sqlite3: a database as schema step 0005 (and security's 0002) left it,
before step 0009 re-keyed the applicants and the search index (issue 15).

Run from a checkout of the release BEFORE step 0009 (``git archive 9fcf602``), with this repository's
tests on the path: ``PYTHONPATH=<old checkout>:. python tests/store/make_release_db_0005.py``. Plain SQLite
(the upgrade test needs no key); four applications: one queued, one acknowledged whose body an older
release kept, one submitted with a portal number and a feedback item, one voided — and the audit head
copied into ``settings`` as that release did.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk.config import ASSETS_DIR
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import parse_catalogue
from kiosk.domain.intake import take_application
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.store.applications import Applications
from kiosk.store.db import open_store
from kiosk.store.hub import Hub, save_hub, set_setting
from kiosk.store.outbox import enqueue

TARGET = Path(__file__).resolve().parent.parent / "data" / "store" / "kiosk-0005.sqlite3"
NAMES = [("Sunita", "सुनीता", "Kshirsagar", "क्षीरसागर"), ("Ganesh", "गणेश", "Patil", "पाटील"),
         ("Savita", "सविता", "Jadhav", "जाधव"), ("Rahul", "राहुल", "Kale", "काळे")]


def main() -> None:
    from tests.forms import income_form

    for side in ("", "-wal", "-shm"):
        TARGET.with_name(TARGET.name + side).unlink(missing_ok=True)
    store = open_store(TARGET, [SECURITY_MIGRATIONS])
    save_hub(store, Hub("MH-OLD-0005", "Old Hub", "जुने केंद्र", "490", "4193", ("Wagholi",)))
    doc = json.loads((ASSETS_DIR / "catalogue" / "catalogue.json").read_text("utf-8"))
    from kiosk.store.catalogues import Catalogues

    Catalogues(store).install(doc)
    apps = Applications(store)
    now = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    saved = []
    for i, (fe, fm, se, sm) in enumerate(NAMES):
        form = income_form(applicant__name_en={"first": fe, "surname": se}, applicant__name_mr={"first": fm, "surname": sm},
                           applicant__mobile=f"982200000{i}")
        app = take_application(form, catalogue=parse_catalogue(doc), calendar=WorkingCalendar(), hub_code="MH-OLD-0005",
                               operator="op1", now=now, today=now.date()).application
        assert app is not None
        saved.append(apps.save_new(app))
    with store.write() as conn:  # the second: acknowledged, its body kept (as releases before mark_acked dropped it)
        conn.execute("UPDATE outbox SET state = 'acked' WHERE idempotency_key = ?", (saved[1].uuid,))
        conn.execute("UPDATE applications SET status = 'submitted', portal_number = 'AS1234567890' WHERE uuid = ?",
                     (saved[1].uuid,))
        enqueue(conn, "feedback", f"fb-{saved[1].uuid}", {"receipt_number": saved[1].receipt_number, "rating": 5},
                application_uuid=saved[1].uuid)
    apps.void(saved[3].uuid, "duplicate", actor="op1")
    set_setting(store, "audit.head", "0:" + "0" * 64)
    store.conn.execute("PRAGMA journal_mode = DELETE")
    store.close()
    sqlite3.connect(TARGET).execute("VACUUM").connection.close()
    print(TARGET, TARGET.stat().st_size)


if __name__ == "__main__":
    main()
