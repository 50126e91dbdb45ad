"""``GET /catalogue?since=VERSION``: the change set from a version the hub has to the current one.

Every published version is kept (the ``catalogue`` table), so a hub that names the version it has gets
only what changed (``kiosk.domain.catalogue_delta``), ETag'd like the full document; a hub naming a
version the portal never published (or none) gets the whole catalogue, as before.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kiosk.domain.catalogue_delta import change_set
from kiosk.portal.simulator import hubdata
from kiosk.portal.simulator.portal import Reply, err

if TYPE_CHECKING:
    from kiosk.portal.simulator.portal import SimPortal


def get_catalogue(portal: SimPortal, if_none_match: str | None, since: str | None) -> Reply:
    if since is not None and len(since) > 200:  # the contract's maxLength: malformed, as on every endpoint
        return err(400, "INVALID_REQUEST", "since: at most 200 characters")
    reply = hubdata.get_catalogue(portal, if_none_match)
    if reply.status != 200 or not since:
        return reply
    headers = dict(reply.headers)
    if since == headers.get("Catalogue-Version"):
        return Reply(304, None, headers)
    row = portal.store.one("SELECT body FROM catalogue WHERE version = ? ORDER BY seq DESC LIMIT 1", (since,))
    if row is None:
        return reply
    assert isinstance(reply.body, dict)
    return Reply(200, change_set(json.loads(row["body"]), reply.body), {**headers, "Catalogue-Base": since})
