"""The portal's answers the operator has not been told: real intake, the real engine against the simulator
over loopback, the real hub database; the notice's counts come from what the store recorded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.counter.answers import PortalNews
from kiosk.counter.handover import Feedback
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.hub import set_setting
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, sim_config, take_apps


@pytest.fixture
def sim(ctx: Any) -> Iterator[PortalSimulator]:
    """The simulator on loopback, and the hub pointed at it in training mode."""
    with PortalSimulator(sim_config()) as running:
        set_setting(ctx.database(), "portal.url", running.url)
        set_setting(ctx.database(), "portal.training", "1")
        yield running


def kinds(news: PortalNews) -> dict[str, int]:
    return {a.kind: len(a.uuids) for a in news.unseen()}


def decide(ctx: Any, portal: PortalSimulator, uuid: str, status: str) -> None:
    sim_admin(portal, "decide", {"application_id": ctx.applications().get(uuid).portal_number, "status": status})


def synced(ctx: Any, portal: PortalSimulator) -> None:
    engine = make_engine(ctx, make_client(portal.url))
    drain(engine)
    assert engine.report.online and not engine.report.errors, engine.report


def test_each_kind_is_told_once_and_following_one_keeps_the_others(ctx, sim) -> None:
    news = ctx.use_cases().news
    a, b, c, d, e = take_apps(ctx, 5, docs=0)
    synced(ctx, sim)
    assert kinds(news) == {}  # sent, nothing decided yet
    decide(ctx, sim, a, "approved")
    decide(ctx, sim, b, "approved")
    decide(ctx, sim, c, "rejected")
    decide(ctx, sim, d, "documents_pending")
    decide(ctx, sim, e, "under_scrutiny")  # a step, not news for the counter
    synced(ctx, sim)
    assert kinds(news) == {"certificates": 2, "rejected": 1, "documents_pending": 1}
    told = {x.kind: x for x in news.unseen()}
    assert set(told["certificates"].uuids) == {a, b} and told["rejected"].uuids == (c,)

    news.acknowledge(told["certificates"])
    assert kinds(news) == {"rejected": 1, "documents_pending": 1}
    decide(ctx, sim, e, "rejected")
    synced(ctx, sim)
    # the rejection not yet followed is still told, with the new one; the certificates are not told again
    assert kinds(news) == {"rejected": 2, "documents_pending": 1}
    # acknowledging what was shown earlier does not swallow what arrived since
    news.acknowledge(told["rejected"])
    assert kinds(news) == {"rejected": 1, "documents_pending": 1}
    assert {x.kind: x.uuids for x in news.unseen()}["rejected"] == (e,)


def test_only_what_is_still_true_is_news(ctx, sim) -> None:
    desk = ctx.use_cases()
    a, b = take_apps(ctx, 2, docs=0)
    synced(ctx, sim)
    assert kinds(desk.news) == {}
    decide(ctx, sim, a, "approved")
    decide(ctx, sim, b, "rejected")
    synced(ctx, sim)
    assert kinds(desk.news) == {"certificates": 1, "rejected": 1}
    desk.handover.deliver(a, Feedback(rating=5))  # handed over before anyone read the notice
    desk.appeals.file_first(b, "The income certificate was attached.")  # appealed at once
    assert kinds(desk.news) == {}


def test_a_kiosk_that_never_told_starts_from_now(ctx, sim) -> None:
    """An upgraded kiosk holds years of decisions: none of them is news on the first sign-in."""
    a, b = take_apps(ctx, 2, docs=0)
    synced(ctx, sim)
    decide(ctx, sim, a, "rejected")
    synced(ctx, sim)
    news = ctx.use_cases().news
    assert kinds(news) == {}
    decide(ctx, sim, b, "rejected")
    synced(ctx, sim)
    assert kinds(news) == {"rejected": 1}
