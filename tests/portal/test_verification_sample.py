"""``GET /verification/sample`` (issue 18): the quality agency's sample of a hub's month — about one in ten,
at least one when there are any, the same every time for a hub and month, and only the hub's own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import application, make_config
from tests.portal.test_hub_scope import A, B, raw


@pytest.fixture
def two() -> Iterator[tuple[PortalSimulator, PortalClient, PortalClient]]:
    with PortalSimulator(make_config(clients=dict([A, B]))) as sim:
        with PortalClient(sim.url, A[0], lambda: A[1], timeouts=Timeouts(1, 2)) as a, \
                PortalClient(sim.url, B[0], lambda: B[1], timeouts=Timeouts(1, 2)) as b:
            yield sim, a, b


def take(c: PortalClient, n: int, month: str, prefix: str) -> list[str]:
    receipts = [f"{prefix}-{month.replace('-', '')}01-{i:04d}" for i in range(1, n + 1)]
    for r in receipts:
        assert c.submit_application(str(uuid.uuid4()), application(r, created_at=f"{month}-03T05:00:00+00:00")).acked
    return receipts


def test_a_tenth_of_the_hubs_month_the_same_each_time(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, b = two
    november = take(a, 25, "2026-11", "HUBA")
    december = take(a, 1, "2026-12", "HUBA")
    take(b, 4, "2026-11", "HUBB")
    picked = a.verification_sample("2026-11")
    assert len(picked) == 3 and set(picked) <= set(november)  # ceil(25 / 10)
    assert a.verification_sample("2026-11") == picked  # seeded by hub and month: the same sample again
    assert a.verification_sample("2026-12") == december  # at least one when there are any
    assert a.verification_sample("2026-10") == []
    # 00:30 IST on 1 January is 19:00 UTC on 31 December: the receipt's day, hence its month, is January's
    assert a.submit_application(str(uuid.uuid4()), application("HUBA-20270101-0001",
                                                                created_at="2026-12-31T19:00:00+00:00")).acked
    assert a.verification_sample("2027-01") == ["HUBA-20270101-0001"] and a.verification_sample("2026-12") == december
    theirs = b.verification_sample("2026-11")
    assert len(theirs) == 1 and theirs[0].startswith("HUBB")  # a hub sees only its own applications


def test_a_bad_month_or_no_token_is_refused(two: tuple[PortalSimulator, PortalClient, PortalClient]) -> None:
    sim, a, _ = two
    for month in ("2026-13", "2026-1", "", "2026-11-01"):
        bad = raw(sim, a, "GET", "/verification/sample", params={"month": month})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "INVALID_REQUEST"
    anonymous = requests.get(f"{sim.url}/verification/sample", params={"month": "2026-11"}, timeout=10)
    assert anonymous.status_code == 401
