"""2G manners of the engine against the real simulator: JSON-only items before scans, the backoff reset for
every item once any request succeeds, and an item the portal keeps failing on goes to a person."""

from __future__ import annotations

import random
import time

from kiosk.portal.simulator import PortalSimulator
from kiosk.portal.transport import Timeouts
from kiosk.store.outbox import counts, next_due_at
from kiosk.sync.backoff import SAME_FAILURES_LIMIT, Backoff
from tests.sync.conftest import make_client, make_engine, sim_admin, take_apps

PATIENT = Timeouts(5.0, 10.0)  # a loaded test box must not turn a 5xx into a read timeout


def test_json_only_items_go_before_any_scan(ctx, sim: PortalSimulator) -> None:
    heavy = take_apps(ctx, 2, docs=2, doc_size=20_000)
    light = take_apps(ctx, 2, docs=0)
    engine = make_engine(ctx, make_client(sim.url, timeouts=PATIENT))
    sent = [p.message for p in engine.run() if p.stage == "send"]
    assert sent == light + heavy  # saved later, sent first: they do not wait behind 80 KB of scans


def test_one_success_resets_the_backoff_of_every_waiting_item(ctx, sim: PortalSimulator) -> None:
    first = take_apps(ctx, 2, docs=0)
    slow = Backoff(base=900.0, cap=3600.0, rng=random.Random(3))
    sim_admin(sim, "faults", {"script": ["5xx", "5xx"], "path": "/applications"})
    engine = make_engine(ctx, make_client(sim.url, timeouts=PATIENT), backoff=slow)
    list(engine.run())
    store = ctx.database()
    assert counts(store)["unknown"] == 2
    due = next_due_at(store)
    assert due is not None and due > time.time() + 10  # both parked behind a long backoff
    later = take_apps(ctx, 1, docs=0)
    engine = make_engine(ctx, make_client(sim.url, timeouts=PATIENT), backoff=slow)
    list(engine.run())  # not "sync now": only the new item is due when the pass starts
    assert counts(store)["acked"] == 3, "the first success made the parked items due in the same pass"
    states = {r["idempotency_key"]: r["failures"] for r in store.query("SELECT idempotency_key, failures FROM outbox")}
    assert set(states) == set(first + later) and set(states.values()) == {0}


def test_an_item_the_portal_keeps_failing_on_needs_attention_while_others_go_through(ctx, sim: PortalSimulator) -> None:
    (poison,) = take_apps(ctx, 1, docs=1)
    store = ctx.database()

    def one_pass(with_a_good_item: bool) -> None:
        if with_a_good_item:
            take_apps(ctx, 1, docs=0)  # JSON-only: it goes first and goes through
        sim_admin(sim, "faults", {"script": ["5xx"], "path": "/uploads", "method": "POST"})
        # a long backoff: the failed item is not due again within this pass, only at the next "sync now"
        engine = make_engine(ctx, make_client(sim.url, timeouts=PATIENT), backoff=Backoff(base=600.0, cap=600.0))
        list(engine.run(retry_now=True))

    one_pass(False)
    one_pass(False)  # the portal took nothing else: the link may be bad, this does not count against the item
    assert store.query("SELECT same_failures FROM outbox WHERE idempotency_key = ?", (poison,))[0][0] == 0
    for _ in range(SAME_FAILURES_LIMIT - 1):
        one_pass(True)
        assert store.query("SELECT state FROM outbox WHERE idempotency_key = ?", (poison,))[0][0] == "unknown"
    one_pass(True)
    state, reason = store.query("SELECT state, last_error FROM outbox WHERE idempotency_key = ?", (poison,))[0]
    assert state == "rejected" and reason.startswith("server_error") and f"{SAME_FAILURES_LIMIT} times in a row" in reason
    c = counts(store)
    assert c["acked"] == SAME_FAILURES_LIMIT and c["rejected"] == 1 and c["unknown"] == c["pending"] == 0
