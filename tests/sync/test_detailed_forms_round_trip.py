"""A filled application of every detailed service, taken at the counter with its documents, goes through the
sync engine to the portal simulator over loopback and arrives with its service, fields and documents intact."""

from __future__ import annotations

import hashlib
import json
import os

from kiosk.documents.storage import store_document
from kiosk.domain.intake import take_application
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from tests.detailed_forms import detailed, document_records, filled_form, kept_value
from tests.sync.conftest import drain, make_client, make_engine, sim_admin


def test_every_detailed_application_round_trips_the_simulator(ctx, sim: PortalSimulator) -> None:
    catalogue, sealed = ctx.catalogue(), ctx.sealed()
    services = detailed(catalogue)
    assert len(services) >= 52

    def stored(group: str) -> str:
        data = os.urandom(512) + group.encode()
        sha = store_document(sealed.documents, data)
        assert sha == hashlib.sha256(data).hexdigest()
        return sha

    saved: dict[str, tuple[str, dict[str, str], int]] = {}
    for service in services:
        docs = document_records(service, stored)
        result = take_application(filled_form(service), catalogue=catalogue, calendar=ctx.calendar(),
                                  hub_code=ctx.hub().code, operator="op1", now=ctx.now(), today=ctx.today(),
                                  documents=docs)
        assert result.ok, (service.code, [(p.field, p.code) for p in result.problems])
        assert result.application is not None
        uuid = ctx.applications().save_new(result.application).uuid
        saved[uuid] = (service.code, {f.name: kept_value(f) for f in service.fields}, len(docs))

    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.errors == [] and engine.report.sent == len(services)
    bodies = {row["idempotency_key"]: json.loads(row["body"])
              for row in sim.server.sim.store.all("SELECT idempotency_key, body FROM applications")}
    assert set(bodies) == set(saved)
    for uuid, (code, fields, n_docs) in saved.items():
        body = bodies[uuid]
        assert body["service_code"] == code
        assert body["fields"] == fields, code
        assert len(body.get("documents") or []) == n_docs, code
        app = ctx.applications().get(uuid)
        assert app.status == Status.SUBMITTED and app.portal_number.startswith("MHSIM"), code
    assert sim_admin(sim, "stats")["applications_stored"] == len(services)
