"""The outbox under any sequence of saves, claims, answers, crashes, feed events, corrections and voids.

A Hypothesis state machine drives the real store functions on a real SQLite file and keeps a small model
of what each application's outbox entry must be. A crash closes the file with claims still open and
reopens it, then runs the start-up recovery (in_flight → unknown), as a restarted kiosk does. After every
step the tables are checked against the model and against the rules that hold whatever happened:

- every application has exactly one outbox entry (its idempotency key is its UUID), a voided one none;
- an entry is in flight only while a live claim holds it; after a crash none is;
- an acked entry carries no body any more; attempts never go below zero;
- a voided application was never offered to the portal;
- status history moves only along the state machine's transitions, and ends in the current status;
- receipt numbers stay gapless per day (a rolled-back save gives its number back).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    consumes,
    invariant,
    multiple,
    precondition,
    rule,
)

from kiosk.domain.errors import NotQuarantined, VoidNotAllowed
from kiosk.domain.status import TRANSITIONS, Status
from kiosk.store import outbox
from kiosk.store.applications import Applications
from kiosk.store.db import open_store
from kiosk.store.portal_answers import StatusChange, apply_status_page
from tests.hub_machine import HubFileMachine, make_template

FAR = 4_000_000_000.0  # a claim's "now": every item is due
PORTAL_STATUSES = [s for s in Status if s not in (Status.DRAFT, Status.QUEUED, Status.VOIDED)]


@pytest.fixture
def template(tmp_path: Path, catalogue_document: dict) -> Path:
    return make_template(tmp_path, catalogue_document)


class Entry:
    """What the model knows of one application and its outbox entry."""

    def __init__(self, uuid: str, item_id: int) -> None:
        self.uuid = uuid
        self.item_id = item_id
        self.state = "pending"
        self.attempts = 0
        self.ever_sent = False  # a request under its key may have left the kiosk
        self.portal_has_it = False  # the portal accepted a request under this key
        self.voided = False


class OutboxMachine(HubFileMachine):
    claims = Bundle("claims")

    def __init__(self) -> None:
        super().__init__("outbox-machine-")
        self.entries: dict[str, Entry] = {}
        self.live: dict[int, outbox.OutboxItem] = {}  # claims of this process, by item id
        self.arrived: set[int] = set()  # live claims whose request the portal has received
        self.generation = 0  # bumped by a crash: claims from before it are dead
        self.saved = 0

    # -------------------------------------------------------------------------------------------- helpers

    def _row(self, uuid: str) -> Any:
        rows = self.store.query("SELECT * FROM outbox WHERE idempotency_key = ?", (uuid,))
        return rows[0] if rows else None

    def _status(self, uuid: str) -> Status:
        return Status(self.store.query("SELECT status FROM applications WHERE uuid = ?", (uuid,))[0][0])

    def _oldest_due(self) -> Entry | None:
        waiting = [e for e in self.entries.values() if e.state in ("pending", "unknown")]
        return min(waiting, key=lambda e: e.item_id) if waiting else None

    # ---------------------------------------------------------------------------------------------- rules
    @rule()
    def save(self) -> None:
        saved = self.apps.save_new(self.new_application())
        self.saved += 1
        row = self._row(saved.uuid)
        assert row is not None and row["state"] == "pending" and row["application_uuid"] == saved.uuid
        self.entries[saved.uuid] = Entry(saved.uuid, row["id"])

    @rule()
    def save_rolled_back(self) -> None:
        """A save that fails after the receipt number was drawn (an exception, a dying process): nothing
        of it remains, and its number goes to the next save."""
        with pytest.raises(RuntimeError), self.store.write() as conn:
            self.apps.save_in(conn, self.new_application())
            raise RuntimeError("the save fails half-way")

    @rule(target=claims, arrives=st.booleans())
    def claim(self, arrives: bool) -> Any:
        """The sync engine claims the oldest due entry; with ``arrives`` its request then reaches the portal,
        which has not answered yet (the answer, or a status-feed event about it, may come first)."""
        expected = self._oldest_due()
        item = outbox.claim_next(self.store, FAR)
        if expected is None:
            assert item is None
            return multiple()
        assert item is not None and item.id == expected.item_id, "claims go oldest first"
        expected.state, expected.attempts = "in_flight", expected.attempts + 1
        self.live[item.id] = item
        if arrives:
            expected.portal_has_it = expected.ever_sent = True
            self.arrived.add(item.id)
        return (self.generation, item)

    def _answerable(self, claim: tuple[int, outbox.OutboxItem]) -> Entry | None:
        generation, item = claim
        if generation != self.generation or self.live.get(item.id) is not item:
            return None  # that process died: nobody is left to hear the answer
        del self.live[item.id]
        self.arrived.discard(item.id)
        return self.entries[item.application_uuid or ""]

    @rule(claim=consumes(claims))
    def portal_accepts(self, claim: tuple[int, outbox.OutboxItem]) -> None:
        entry = self._answerable(claim)
        if entry is None:
            return
        self._accepted(entry, claim[1])

    def _accepted(self, entry: Entry, item: outbox.OutboxItem) -> None:
        before = self._status(entry.uuid)
        outbox.mark_acked(self.store, item, portal_id=f"AS{item.id:010d}")
        entry.state, entry.portal_has_it, entry.ever_sent = "acked", True, True
        if before is Status.QUEUED:
            assert self._status(entry.uuid) is Status.SUBMITTED
        else:
            assert self._status(entry.uuid) is before  # a later status is never pulled back

    @rule(claim=consumes(claims))
    def portal_refuses(self, claim: tuple[int, outbox.OutboxItem]) -> None:
        entry = self._answerable(claim)
        if entry is None:
            return
        entry.ever_sent = True
        if entry.portal_has_it:  # a replay under a key the portal has is answered with its first result
            self._accepted(entry, claim[1])
            return
        outbox.mark_rejected(self.store, claim[1], "INVALID_FIELD applicant.pin")
        if entry.state == "in_flight":
            entry.state = "rejected"

    @rule(claim=consumes(claims), reached=st.booleans())
    def answer_unknown(self, claim: tuple[int, outbox.OutboxItem], reached: bool) -> None:
        """A timeout or a cut connection: the portal may or may not have it."""
        entry = self._answerable(claim)
        if entry is None:
            return
        outbox.mark_unknown(self.store, claim[1], "read timeout", 0.0)
        entry.portal_has_it = entry.portal_has_it or reached
        entry.ever_sent = True
        if entry.state == "in_flight":
            entry.state = "unknown"

    @rule(claim=consumes(claims))
    def stop_before_sending(self, claim: tuple[int, outbox.OutboxItem]) -> None:
        went_out = claim[1].id in self.arrived
        entry = self._answerable(claim)
        if entry is None:
            return
        if went_out:  # too late to stop: the portal has it, and answers
            self._accepted(entry, claim[1])
            return
        outbox.release(self.store, claim[1])
        if entry.state == "in_flight":
            entry.state, entry.attempts = claim[1].state, max(entry.attempts - 1, 0)

    @rule(reached=st.booleans())
    def crash(self, reached: bool) -> None:
        """The process dies with its claims open (requests may or may not have reached the portal); the
        kiosk starts again on the same file and recovers what was in flight."""
        self.store.close()
        self.store = open_store(self.path)
        self.apps = Applications(self.store)
        recovered = outbox.recover_in_flight(self.store)
        in_flight = [e for e in self.entries.values() if e.state == "in_flight"]
        assert recovered == len(in_flight)
        for e in in_flight:
            e.state, e.attempts = "unknown", max(e.attempts - 1, 0)
            e.portal_has_it = e.portal_has_it or reached
            e.ever_sent = True
        self.live.clear()
        self.arrived.clear()
        self.generation += 1

    @precondition(lambda self: any(e.portal_has_it and not e.voided for e in self.entries.values()))
    @rule(data=st.data(), status=st.sampled_from(PORTAL_STATUSES))
    def feed_event(self, data: st.DataObject, status: Status) -> None:
        """The status feed reports an application the portal has: its entry is acked on the spot."""
        known = [u for u, e in self.entries.items() if e.portal_has_it and not e.voided]  # in save order
        entry = self.entries[data.draw(st.sampled_from(known))]
        before = self._status(entry.uuid)
        apply_status_page(self.store, [StatusChange(entry.uuid, "AS1", status)], cursor=f"c{self.generation}")
        if entry.state in ("pending", "unknown", "in_flight"):
            entry.state = "acked"  # a claim still open is answered later and finds it acked
        after = self._status(entry.uuid)
        assert after is before or after in TRANSITIONS[before] or (
            before is Status.QUEUED and (after is Status.SUBMITTED or after in TRANSITIONS[Status.SUBMITTED]))

    @precondition(lambda self: bool(self.entries))
    @rule(data=st.data())
    def void(self, data: st.DataObject) -> None:
        entry = self.entries[data.draw(st.sampled_from(list(self.entries)))]
        allowed = (not entry.voided and entry.state == "pending" and entry.attempts == 0
                   and self._status(entry.uuid) is Status.QUEUED)
        if allowed:
            assert self.apps.void(entry.uuid, "duplicate", actor="sup1").status is Status.VOIDED
            entry.voided, entry.state = True, "gone"
        else:
            with pytest.raises(VoidNotAllowed):
                self.apps.void(entry.uuid, "duplicate", actor="sup1")

    @precondition(lambda self: bool(self.entries))
    @rule(data=st.data())
    def correct_and_resend(self, data: st.DataObject) -> None:
        entry = self.entries[data.draw(st.sampled_from(list(self.entries)))]
        app = self.apps.get(entry.uuid)
        if entry.state == "rejected":
            self.apps.correct_quarantined(app, actor="op1")
            entry.state = "pending"
        else:
            with pytest.raises(NotQuarantined):
                self.apps.correct_quarantined(app, actor="op1")

    @rule()
    def sync_now(self) -> None:
        outbox.make_due(self.store)

    # ------------------------------------------------------------------------------------------ invariants
    @invariant()
    def one_entry_per_application(self) -> None:
        rows = self.store.query("SELECT a.uuid, a.status, count(o.id) AS n FROM applications a "
                                "LEFT JOIN outbox o ON o.idempotency_key = a.uuid GROUP BY a.uuid")
        assert len(rows) == len(self.entries)
        for r in rows:
            voided = r["status"] == Status.VOIDED
            assert r["n"] == (0 if voided else 1), (r["uuid"], r["status"], r["n"])
            assert voided == self.entries[r["uuid"]].voided
        stray = self.store.query("SELECT count(*) FROM outbox WHERE application_uuid IS NULL "
                                 "OR application_uuid NOT IN (SELECT uuid FROM applications)")[0][0]
        assert stray == 0

    @invariant()
    def entries_match_the_model(self) -> None:
        for e in self.entries.values():
            row = self._row(e.uuid)
            if e.voided:
                assert row is None and not e.ever_sent, "a voided application was offered to the portal"
                continue
            assert row["state"] == e.state and row["attempts"] == e.attempts, (dict(row), vars(e))
            if e.state == "acked":
                assert json.loads(row["payload"]) == {}
        in_flight = {r[0] for r in self.store.query("SELECT id FROM outbox WHERE state = 'in_flight'")}
        assert in_flight <= set(self.live), "in flight with no live claim (after a crash, nothing is)"

    @invariant()
    def statuses_follow_the_state_machine(self) -> None:
        for uuid in self.entries:
            history = [Status(r[0]) for r in self.store.query(
                "SELECT status FROM status_history WHERE application_uuid = ? ORDER BY id", (uuid,))]
            assert history[0] is Status.QUEUED
            for before, after in zip(history, history[1:], strict=False):
                assert after in TRANSITIONS[before] or after is before, history  # a correction re-notes queued
            assert history[-1] is self._status(uuid), history

    @invariant()
    def receipt_numbers_are_gapless(self) -> None:
        numbers = sorted(r[0] for r in self.store.query("SELECT receipt_number FROM applications"))
        assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(1, self.saved + 1))


def test_the_outbox_keeps_its_invariants_under_any_sequence(template: Path) -> None:
    OutboxMachine.template = template
    OutboxMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=30, deadline=None, database=None,
                                               suppress_health_check=[HealthCheck.too_slow])
    OutboxMachine.TestCase().runTest()


def test_a_feed_event_during_a_send_is_not_undone_by_its_late_answer(template: Path) -> None:
    """One sequence the machine finds only now and then, kept as a plain test: the status feed reports an
    application whose request is still out; the request's own answer (a timeout, a refusal, a stop) then
    arrives and must leave the entry acked and the status where the feed put it."""
    OutboxMachine.template = template
    machine = OutboxMachine()
    try:
        for answer in (machine.answer_unknown, machine.portal_refuses, machine.stop_before_sending):
            machine.save()
            uuid = list(machine.entries)[-1]
            claim = machine.claim(True)  # the older ones are acked: this one is the oldest due
            machine.feed_event(_Draw(uuid), Status.UNDER_SCRUTINY)
            if answer == machine.answer_unknown:
                answer(claim, False)
            else:
                answer(claim)
            machine.entries_match_the_model()
            machine.statuses_follow_the_state_machine()
            assert machine._row(uuid)["state"] == "acked" and machine._status(uuid) is Status.UNDER_SCRUTINY
    finally:
        machine.teardown()


class _Draw:
    """Stands in for Hypothesis' data object in the plain test: always draws the given value."""

    def __init__(self, value: str) -> None:
        self.value = value

    def draw(self, _strategy: object) -> str:
        return self.value
