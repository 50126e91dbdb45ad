"""Service catalogue with ETag/304 and publishing, the working-day calendar."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import requests

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.errors import CatalogueError, PortalRejected
from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from kiosk.portal.simulator.certificate import render_certificate
from kiosk.portal.simulator.server import SEED_CATALOGUE
from tests.portal.conftest import admin, application

SEED = json.loads(SEED_CATALOGUE.read_text(encoding="utf-8"))


def test_catalogue_etag_and_304(client: PortalClient) -> None:
    first = client.fetch_catalogue()
    assert first.changed and first.etag and first.version == SEED["catalogue_version"]
    catalogue = first.parse()
    assert isinstance(catalogue, Catalogue) and catalogue.has("income_certificate")
    again = client.fetch_catalogue(first.etag)
    assert not again.changed and again.document is None and again.etag == first.etag
    with pytest.raises(Exception, match="not changed"):
        again.parse()


def test_publishing_an_update_changes_etag_and_version(client: PortalClient, sim: PortalSimulator) -> None:
    old = client.fetch_catalogue()
    update = copy.deepcopy(SEED)
    update["catalogue_version"] = "sim-2025.09.01"
    new_service = copy.deepcopy(update["services"][2])
    new_service["code"] = "landless_certificate"
    new_service["name"] = {"en": "Landless certificate", "mr": "भूमिहीन प्रमाणपत्र"}
    update["services"].append(new_service)
    published = admin(sim, "catalogue", update)
    assert published["version"] == "sim-2025.09.01" and published["services"] == 4
    fresh = client.fetch_catalogue(old.etag)
    assert fresh.changed and fresh.etag != old.etag and fresh.parse().has("landless_certificate")
    # an application queued under the older catalogue still submits, and the new service is accepted too
    assert client.submit_application("cat-key-0001", application()).acked
    assert client.submit_application("cat-key-0002", application(service_code="landless_certificate")).acked


def test_invalid_catalogue_is_refused_and_nothing_changes(client: PortalClient, sim: PortalSimulator) -> None:
    before = client.fetch_catalogue()
    broken = copy.deepcopy(SEED)
    broken["services"][0]["fees"][0]["paise"] = -5
    resp = requests.post(f"{sim.url}/_sim/catalogue", json=broken, timeout=5)
    assert resp.status_code == 422 and "negative" in resp.json()["error"]["detail"]
    assert not client.fetch_catalogue(before.etag).changed


def test_a_hostile_catalogue_document_fails_the_kiosk_parser(client: PortalClient) -> None:
    from kiosk.portal.models import CatalogueFetch

    with pytest.raises(CatalogueError):
        CatalogueFetch(True, '"x"', "v", {"catalogue_version": "v", "services": "nope"}).parse()


def test_working_calendar(client: PortalClient) -> None:
    cal = client.working_calendar(2025)
    days = {h.day: h for h in cal.holidays}
    assert date(2025, 5, 1) in days and days[date(2025, 5, 1)].name.mr == "महाराष्ट्र दिन"
    assert cal.weekly_off == ("saturday", "sunday") and cal.complete
    assert not client.working_calendar(2031).complete  # only fixed-date holidays known that far out
    for bad in (1800, 3000):
        with pytest.raises(PortalRejected):
            client.working_calendar(bad)


def test_certificate_without_fonts_still_renders() -> None:
    pdf = render_certificate(application_id="MHSIM1", service_code="income_certificate", name_en="Asha Patil",
                             name_mr="आशा पाटील", receipt_number=None, issued_on="2025-08-25",
                             fonts_dir=Path("/nonexistent/fonts"))
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-1024:]
