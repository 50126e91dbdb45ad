"""Issue 16 over the wire: a generic application round-trips through the simulator, and a catalogue change
reaches the hub as a change set (only what changed), ETag'd, installed atomically, old version kept."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator

import pytest
import requests

from kiosk.app import KioskContext
from kiosk.config import ASSETS_DIR
from kiosk.domain.intake import take_application
from kiosk.portal.simulator import PortalSimulator
from kiosk.sync.portal_feeds import pull_catalogue
from tests.forms import GENERIC_CODE, generic_form
from tests.sync.conftest import drain, make_client, make_engine, sim_config

FULL = ASSETS_DIR / "catalogue" / "catalogue-full.json"


@pytest.fixture
def full_sim() -> Iterator[PortalSimulator]:
    """The portal publishing the same full catalogue the kiosk ships (as a real portal would)."""
    with PortalSimulator(sim_config(catalogue_path=FULL)) as running:
        yield running


def test_a_generic_application_round_trips_through_the_simulator(ctx: KioskContext, full_sim: PortalSimulator) -> None:
    service = ctx.catalogue().service(GENERIC_CODE)
    assert service.generic and not service.fee_known and service.rts_days
    result = take_application(generic_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                              hub_code=ctx.hub().code, operator="op1", now=ctx.now(), today=ctx.today())
    assert result.application is not None, result.problems
    saved = ctx.applications().save_new(result.application)
    assert saved.due_date is not None and saved.total_paise == 15000
    drain(make_engine(ctx, make_client(full_sim.url)))
    row = full_sim.simulation.store.one("SELECT body, service_code FROM applications WHERE receipt_number = ?",
                                    (saved.receipt_number,))
    assert row is not None and row["service_code"] == GENERIC_CODE
    body = json.loads(row["body"])
    assert body["fields"] == {"particulars": generic_form()["fields"]["particulars"]}
    assert [(f["kind"], f["paise"]) for f in body["fees"]] == [("entered", 15000)]
    assert ctx.applications().get(saved.uuid).portal_number  # acked: the portal numbered it
    # the typed fee is in the audit trail with the save
    audit = ctx.database().query("SELECT * FROM audit_log WHERE action = 'application.saved'")
    assert audit and "15000" in json.dumps([dict(r) for r in audit])


def test_a_catalogue_change_arrives_as_a_change_set(ctx: KioskContext, full_sim: PortalSimulator) -> None:
    shipped = json.loads(FULL.read_text("utf-8"))
    assert ctx.catalogues().active_version() == shipped["catalogue_version"]
    update = copy.deepcopy(shipped)
    update["catalogue_version"] = "2027.01.0-test"
    update["services"][40]["rts_days"] = 9  # a GR changes a time limit
    removed = update["services"].pop(41)["code"]
    added = dict(copy.deepcopy(update["services"][42]), code="new-service-added-this-week")
    update["services"].insert(43, added)
    # posted as compact UTF-8 (requests' json= escapes Devanagari to \\uXXXX, above the simulator's 2 MiB limit)
    body = json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    resp = requests.post(f"{full_sim.url}/_sim/catalogue", data=body, timeout=30,
                         headers={"Content-Type": "application/json"})
    assert resp.status_code < 300, resp.text
    client = make_client(full_sim.url)
    assert pull_catalogue(ctx.database(), client) == "2027.01.0-test"
    down = client.traffic.get("bytes_down", 0)
    full_bytes = len(FULL.read_bytes())
    print(f"\ncatalogue change set: {down} bytes on the wire vs {full_bytes} bytes for the full catalogue "
          f"({full_bytes / max(down, 1):.0f}x less)")
    assert 0 < down < full_bytes / 20
    active = ctx.catalogues().active()
    assert active.service(update["services"][40]["code"]).rts_days == 9
    assert not active.has(removed) and active.has("new-service-added-this-week")
    assert [s.code for s in active.services] == [s["code"] for s in update["services"]]
    # the older version is kept for applications queued under it
    assert ctx.catalogues().version(shipped["catalogue_version"]).has(removed)
    # nothing new: one small 304
    assert pull_catalogue(ctx.database(), client) is None


def test_a_hub_whose_version_the_portal_never_had_gets_the_whole_catalogue(ctx: KioskContext) -> None:
    with PortalSimulator(sim_config()) as sim:  # the detailed-only catalogue: a version this kiosk lacks
        assert pull_catalogue(ctx.database(), make_client(sim.url)) is not None
    detailed = json.loads((FULL.parent / "catalogue.json").read_text("utf-8"))
    assert len(ctx.catalogues().active().services) == len(detailed["services"])
