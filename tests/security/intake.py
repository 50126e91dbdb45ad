"""Applications through the real intake path, for the security tests (documents stored by hash)."""

from __future__ import annotations

import os
from typing import Any

from kiosk.app import KioskContext
from kiosk.documents.storage import store_document
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.intake import take_application
from tests.forms import income_form


def take(ctx: KioskContext, n: int = 1, *, doc_size: int = 1500, now: Any = None, **form: Any) -> list[Application]:
    """Save ``n`` applications (each with one real stored document) and return them with receipt numbers."""
    saved = []
    for i in range(n):
        data = os.urandom(doc_size)
        sha = store_document(ctx.sealed().documents, data)
        doc = DocumentRecord(sha, "aadhaar", "id_proof", 1, len(data), "image/jpeg", f"scan{i}.jpg")
        when = now or ctx.now()
        result = take_application(income_form(**form), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                                  hub_code=ctx.hub().code, operator="op1", now=when,
                                  today=ctx.today() if now is None else _ist_day(when), documents=(doc,))
        assert result.application is not None, result.problems
        saved.append(ctx.applications().save_new(result.application))
    return saved


def _ist_day(when: Any) -> Any:
    from kiosk.domain.clock import local_day

    return local_day(when)


def sync(ctx: KioskContext, url: str) -> int:
    """One drained sync against the simulator at ``url`` (training credentials); returns how many were sent."""
    from kiosk.store.hub import set_setting

    set_setting(ctx.database(), "portal.url", url)
    set_setting(ctx.database(), "portal.training", "1")
    client = ctx.portal_client(url)
    try:
        engine = ctx.sync_engine(client)
        for _ in engine.run(drain=True, max_wait=30.0):
            pass
    finally:
        client.close()
    return int(engine.report.sent)


def simulator_args() -> list[str]:
    from kiosk.config import ASSETS_DIR

    return ["--decision-seconds", "3600", "--catalogue", str(ASSETS_DIR / "catalogue" / "catalogue.json")]
