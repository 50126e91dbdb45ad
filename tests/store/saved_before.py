"""Applications as an earlier release saved them, in a database stopped before a schema step.

Today's save path writes today's columns, so it cannot save into an older schema. Instead the rows are
saved in a database at the head and copied into the old one with the old schema's columns: the old
triggers fire on the copy as they fired on the old save (the outbox body fills the delivery tables before
step 0025, the applicant goes into the search index before step 0024); before step 0027 the fee lines get
their labels spelled out, as they were saved then."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.store.db import Store

# In the order a save writes them (the outbox item last: its trigger reads the application's rows).
SAVED_TABLES = ("receipt_counters", "applications", "applicants", "documents", "status_history", "outbox")


def copy_saves(old: Database, source: Store) -> None:
    """Every application saved in ``source`` (at the head), into ``old``, committed."""
    old.conn.execute("ATTACH DATABASE ? AS src", (str(source.path),))
    try:
        with old.conn:
            for table in SAVED_TABLES:
                names = ", ".join(c.name for c in old[table].columns)
                rowid = "rowid, " if table == "applications" else ""  # applicants.app_id names it
                old.conn.execute(f"INSERT INTO main.{table}({rowid}{names}) "  # noqa: S608 - schema names
                                 f"SELECT {rowid}{names} FROM src.{table}")
            if not old["fee_labels"].exists():  # before step 0027 a fee line spelled its labels out
                labels = {i: {"en": en, "mr": mr} for i, en, mr in
                          old.conn.execute("SELECT id, en, mr FROM src.fee_labels")}
                for rowid, fees in old.conn.execute("SELECT rowid, fees FROM main.applications").fetchall():
                    lines = [{"kind": f["kind"], "label": labels[f["label_id"]], "paise": f["paise"]}
                             for f in json.loads(fees)]
                    old.conn.execute("UPDATE main.applications SET fees = ? WHERE rowid = ?",
                                     (json.dumps(lines, ensure_ascii=False), rowid))
    finally:
        old.conn.execute("DETACH DATABASE src")
