"""The simulated portal's record of each hub's ring of villages (issue 18): ``POST /hubs/ring`` sends the
whole ring after a supervisor changed it, numbered by the hub's ring version; the portal keeps the newest
version it was sent (an older one arriving late — a retry after a newer change — is acknowledged and
ignored). ``GET /hubs/ring`` reads it back: the ring's dashboard names a village by the code the hub's
applications carry. Its table ``hub_rings`` is created with the others in :mod:`.schema`.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from kiosk.portal.simulator.replies import Reply, err, iso
from kiosk.portal.simulator.shapes import array, date_time, integer, obj, one_of, string

if TYPE_CHECKING:
    from kiosk.portal.simulator.handler import SimHandler

NAME = string(0, 80)
VILLAGE = obj(required={"code": string(1, 20, r"^([0-9]{1,6}|ring-[0-9]{1,6})$"), "name_en": NAME, "name_mr": NAME},
              optional={"lgd_code": string(0, 6, r"^[0-9]{0,6}$"), "pin": string(0, 6, r"^([0-9]{6})?$")})
MAX_VERSION = 2**31 - 1  # the contract's maximum: an SQLite integer, with room for a hub's lifetime of changes
RING = obj(required={"version": integer(1, MAX_VERSION), "villages": array(VILLAGE, 50)},
           optional={"changed_at": date_time(), "change": one_of("add", "complete", "remove"),
                     "village_code": string(0, 20)})


def send(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    """``POST /hubs/ring`` (routes.py)."""
    portal, body = h.server.sim.portal, h.read_json()
    problem = RING(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)

    def execute(conn: sqlite3.Connection) -> Reply:
        row = conn.execute("SELECT version FROM hub_rings WHERE hub_id = ?", (hub,)).fetchone()
        kept = row is None or int(row["version"]) < int(body["version"])
        now = portal.now()
        if kept:
            conn.execute("INSERT INTO hub_rings(hub_id, version, villages, changed_at, at) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT(hub_id) DO UPDATE SET version = excluded.version, villages = excluded.villages, "
                         "changed_at = excluded.changed_at, at = excluded.at",
                         (hub, int(body["version"]), json.dumps(_known(body["villages"])),
                          body.get("changed_at") or "", now))
        version = int(body["version"]) if kept else int(row["version"])
        return Reply(200, {"version": version, "kept": kept, "received_at": iso(now)})

    return portal.idempotent(hub, "ring", h.headers["Idempotency-Key"], body, execute)


def _known(villages: list[Any]) -> list[dict[str, Any]]:
    """Only the members the contract names are kept (ASCII-escaped JSON: any text the parser let through)."""
    fields = ("code", "name_en", "name_mr", "lgd_code", "pin")
    return [{k: v[k] for k in fields if k in v} for v in villages]


def read(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    """``GET /hubs/ring``: the newest ring this hub sent (version 0 and no villages before any)."""
    row = h.server.sim.portal.store.one("SELECT version, villages FROM hub_rings WHERE hub_id = ?", (hub,))
    villages: list[Any] = json.loads(row["villages"]) if row else []
    return Reply(200, {"version": int(row["version"]) if row else 0, "villages": villages})
