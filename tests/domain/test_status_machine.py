"""The application status machine (kiosk.domain.status) as the store applies it, under any sequence of
kiosk changes, status-feed pages (replayed too), outbox acknowledgements and voids.

A Hypothesis state machine works on a real SQLite hub database and predicts each status from
:data:`TRANSITIONS` alone. After every step: the stored status is the predicted one; the status history
starts at ``queued``, moves only along allowed transitions and ends in the current status; an illegal
change is refused (kiosk) or ignored (portal) and leaves no trace; delivered and voided never change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule

from kiosk.domain.errors import IllegalTransition, VoidNotAllowed
from kiosk.domain.status import TRANSITIONS, Status, can_transition
from kiosk.store import outbox
from kiosk.store.portal_answers import StatusChange, apply_status_page
from tests.hub_machine import HubFileMachine, make_template

ANY_STATUS = st.sampled_from(list(Status))
FINAL = (Status.DELIVERED, Status.VOIDED)


@pytest.fixture
def template(tmp_path: Path, catalogue_document: dict) -> Path:
    return make_template(tmp_path, catalogue_document)


def portal_step(current: Status, reported: Status) -> tuple[Status, bool]:
    """What one feed event must do, from the transitions alone: an event proves the portal has the
    application (queued becomes submitted), then the reported status applies if it is a legal next one.
    Returns the new status and whether the reported one was applied."""
    if current is Status.QUEUED and can_transition(current, Status.SUBMITTED):
        current = Status.SUBMITTED
    if reported is not current and reported in TRANSITIONS[current]:
        return reported, True
    return current, False


class StatusMachine(HubFileMachine):

    def __init__(self) -> None:
        super().__init__("status-machine-")
        self.expected: dict[str, Status] = {}
        self.cursor = 0

    def _history(self, uuid: str) -> list[Status]:
        return [Status(r[0]) for r in self.store.query(
            "SELECT status FROM status_history WHERE application_uuid = ? ORDER BY id", (uuid,))]

    def _pick(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from(list(self.expected)))  # in save order: replays are deterministic

    @rule()
    def save(self) -> None:
        self.expected[self.apps.save_new(self.new_application()).uuid] = Status.QUEUED

    @precondition(lambda self: bool(self.expected))
    @rule(data=st.data(), new=ANY_STATUS)
    def kiosk_change(self, data: st.DataObject, new: Status) -> None:
        uuid = self._pick(data)
        current, history = self.expected[uuid], self._history(uuid)
        if new is current or new in TRANSITIONS[current]:
            assert self.apps.set_status(uuid, new, actor="op1").status is new
            self.expected[uuid] = new
        else:
            with pytest.raises(IllegalTransition):
                self.apps.set_status(uuid, new, actor="op1")
            assert self._history(uuid) == history, "a refused change left a trace"

    @precondition(lambda self: bool(self.expected))
    @rule(data=st.data(), reported=st.lists(ANY_STATUS, min_size=1, max_size=4), stranger=st.booleans())
    def feed_page(self, data: st.DataObject, reported: list[Status], stranger: bool) -> None:
        """A page of the portal's status feed about one application (plus, maybe, one that is not ours)."""
        uuid = self._pick(data)
        page = [StatusChange(uuid, "AS1", s) for s in reported]
        if stranger:
            page.insert(0, StatusChange("00000000-0000-4000-8000-000000000000", "AS2", Status.APPROVED))
        self.cursor += 1
        result = apply_status_page(self.store, page, cursor=str(self.cursor))
        applied = 0
        for s in reported:
            self.expected[uuid], moved = portal_step(self.expected[uuid], s)
            applied += moved
        assert result.applied == applied and result.ignored >= int(stranger)

    @precondition(lambda self: bool(self.expected))
    @rule(data=st.data())
    def acknowledged(self, data: st.DataObject) -> None:
        """The portal acknowledges the application's outbox entry: queued becomes submitted, nothing else
        moves (a later status already known is never pulled back)."""
        uuid = self._pick(data)
        rows = self.store.query("SELECT * FROM outbox WHERE idempotency_key = ?", (uuid,))
        if not rows:
            return  # voided: nothing left to send
        item = outbox._item(rows[0])
        outbox.mark_acked(self.store, item, portal_id="AS1")
        if self.expected[uuid] is Status.QUEUED:
            self.expected[uuid] = Status.SUBMITTED

    @precondition(lambda self: bool(self.expected))
    @rule(data=st.data())
    def void(self, data: st.DataObject) -> None:
        uuid = self._pick(data)
        unsent = self.store.query("SELECT count(*) FROM outbox WHERE idempotency_key = ? AND state = 'pending' "
                                  "AND attempts = 0", (uuid,))[0][0]
        if self.expected[uuid] is Status.QUEUED and unsent:
            assert self.apps.void(uuid, "duplicate", actor="sup1").status is Status.VOIDED
            self.expected[uuid] = Status.VOIDED
        else:
            with pytest.raises(VoidNotAllowed):
                self.apps.void(uuid, "duplicate", actor="sup1")

    @invariant()
    def statuses_are_the_predicted_ones(self) -> None:
        for uuid, status in self.expected.items():
            stored = Status(self.store.query("SELECT status FROM applications WHERE uuid = ?", (uuid,))[0][0])
            assert stored is status, (uuid, stored, status)

    @invariant()
    def history_follows_the_transitions(self) -> None:
        for uuid, status in self.expected.items():
            history = self._history(uuid)
            assert history[0] is Status.QUEUED and history[-1] is status, history
            for before, after in zip(history, history[1:], strict=False):
                assert after in TRANSITIONS[before], history
            for final in FINAL:
                if final in history:
                    assert history.index(final) == len(history) - 1, f"{final} changed again: {history}"


def test_statuses_move_only_along_the_state_machine(template: Path) -> None:
    StatusMachine.template = template
    StatusMachine.TestCase.settings = settings(max_examples=100, stateful_step_count=25, deadline=None,
                                               suppress_health_check=[HealthCheck.too_slow])
    StatusMachine.TestCase().runTest()
