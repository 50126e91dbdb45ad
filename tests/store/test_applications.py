"""The one-transaction save, gapless receipt numbers, reads and legal status changes."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain.applicant import NameParts
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import IllegalTransition, NotFound
from kiosk.domain.serialize import application_from_dict, application_to_dict
from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.db import Store, open_store
from kiosk.store.search_backlog import backlog_size, index_backlog
from tests.forms import income_form

from .conftest import NOW


def counts(store: Store) -> dict[str, int]:
    return {**{t: store.query(f"SELECT count(*) FROM {t}")[0][0]  # noqa: S608
               for t in ("applications", "applicants", "documents", "outbox", "status_history", "applications_fts")},
            "search_backlog": backlog_size(store)}


def test_save_writes_everything_together(store: Store, apps: Applications, make_app) -> None:
    docs = (DocumentRecord("a" * 64, "aadhaar", "id_proof", 1, 1234), DocumentRecord("b" * 64, "ration_card", "address_proof"))
    saved = apps.save_new(make_app(docs=docs))
    assert saved.receipt_number == "MH-TEST-0001-20261127-0001"
    # The search index takes it in the next batch (kiosk.store.search_backlog), not in the save's commit.
    assert counts(store) == {"applications": 1, "applicants": 1, "documents": 2, "outbox": 1, "status_history": 1,
                             "applications_fts": 0, "search_backlog": 1}
    assert index_backlog(store) == 1
    assert counts(store) == {"applications": 1, "applicants": 1, "documents": 2, "outbox": 1, "status_history": 1,
                             "applications_fts": 1, "search_backlog": 0}
    row = store.query("SELECT * FROM outbox")[0]
    assert row["idempotency_key"] == saved.uuid and row["state"] == "pending"
    assert json.loads(row["payload"])["receipt_number"] == saved.receipt_number
    loaded = apps.get(saved.receipt_number)
    assert loaded == saved
    assert apps.get(saved.uuid) == saved


def test_failure_mid_save_leaves_nothing_and_keeps_numbers_gapless(store: Store, apps: Applications, make_app) -> None:
    apps.save_new(make_app())
    before = counts(store)
    bad = make_app(docs=(DocumentRecord("not-a-sha", "aadhaar", "id_proof"),))  # violates the CHECK constraint
    with pytest.raises(sqlite3.IntegrityError):
        apps.save_new(bad)
    assert counts(store) == before
    assert apps.save_new(make_app()).receipt_number.endswith("-0002")


def test_receipt_numbers_per_hub_and_ist_day(apps: Applications, make_app) -> None:
    late_evening_utc = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)  # 00:30 IST on the 28th
    a = apps.save_new(make_app(now=NOW))
    b = apps.save_new(make_app(now=late_evening_utc))
    c = apps.save_new(make_app(now=late_evening_utc + timedelta(minutes=1)))
    assert a.receipt_number.endswith("20261127-0001")
    assert b.receipt_number.endswith("20261128-0001") and c.receipt_number.endswith("20261128-0002")
    assert len({a.uuid, b.uuid, c.uuid}) == 3


def test_concurrent_saves_get_distinct_gapless_numbers(db_path, store: Store, make_app) -> None:
    other = open_store(db_path)  # a second connection, as a second process would have
    numbers: list[str] = []
    errors: list[BaseException] = []

    def work(s: Store) -> None:
        try:
            for _ in range(15):
                numbers.append(Applications(s).save_new(make_app()).receipt_number)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in (store, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 31))


def test_sql_metacharacters_in_names_are_data(apps: Applications, make_app) -> None:
    app = make_app()
    evil = NameParts("Robert'); DROP TABLE applications;--", '" OR 1=1 --', "%_\\", "O'Brien")
    app = dataclasses.replace(app, applicant=dataclasses.replace(app.applicant, name_en=evil))
    saved = apps.save_new(app)
    assert apps.get(saved.uuid).applicant.name_en == evil
    assert apps.count() == 1


def test_status_machine_enforced_and_history_kept(apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    with pytest.raises(IllegalTransition):
        apps.set_status(saved.uuid, Status.APPROVED)
    apps.set_status(saved.uuid, Status.SUBMITTED, source="portal", portal_number="AS123")
    apps.set_status(saved.uuid, Status.REJECTED, source="portal", decided_on=date(2026, 12, 1), note="bad proof")
    got = apps.get(saved.uuid)
    assert got.status == Status.REJECTED and got.portal_number == "AS123" and got.decided_on == date(2026, 12, 1)
    assert [h["status"] for h in apps.history(saved.uuid)] == ["queued", "submitted", "rejected"]
    with pytest.raises(NotFound):
        apps.set_status("no-such-uuid", Status.SUBMITTED)


def test_list_filters(apps: Applications, make_app) -> None:
    a = apps.save_new(make_app())
    apps.save_new(make_app(now=NOW - timedelta(days=1)))
    apps.set_status(a.uuid, Status.SUBMITTED)
    assert [r.uuid for r in apps.list(day=date(2026, 11, 27))] == [a.uuid]
    assert [r.uuid for r in apps.list(status=Status.SUBMITTED)] == [a.uuid]
    assert len(apps.list(service_code="income-certificate")) == 2
    assert apps.list(service_code="x' OR '1'='1") == []


def test_reprints_are_counted(apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    assert apps.record_print(saved.uuid, "a4", "pdf") == 0
    assert apps.record_print(saved.uuid, "80mm", "escpos") == 1
    assert apps.print_count(saved.uuid) == 2


def test_serialised_form_round_trips(apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app(docs=(DocumentRecord("c" * 64, "aadhaar", "id_proof"),)))
    assert application_from_dict(json.loads(json.dumps(application_to_dict(saved)))) == dataclasses.replace(
        saved, extra={})
    with pytest.raises(NotFound):
        apps.get("MH-TEST-0001-20261127-9999")


def test_void_only_before_the_portal_could_have_it(store, apps: Applications, make_app) -> None:
    from kiosk.domain.errors import VoidNotAllowed
    from kiosk.store.outbox import claim_next, recover_in_flight

    seen: list[tuple[str, str, dict]] = []
    audited = Applications(store, audit=lambda conn, actor, action, **ids: seen.append((actor, action, ids)))
    mistake = audited.save_new(make_app())
    sent = audited.save_new(make_app())
    voided = audited.void(mistake.receipt_number.lower(), "duplicate", actor="Supervisor1")  # by receipt no.
    assert voided.status == Status.VOIDED
    assert store.query("SELECT count(*) FROM outbox WHERE application_uuid = ?", (mistake.uuid,))[0][0] == 0
    assert apps.history(mistake.uuid)[-1]["note"] == "void: duplicate"
    assert seen[-1] == ("supervisor1", "application.voided", {"receipt": mistake.receipt_number,
                                                                "reason": "duplicate"})
    assert seen[0][:2] == ("op1", "application.saved")
    with pytest.raises(VoidNotAllowed) as again:
        audited.void(mistake.uuid, "duplicate", actor="supervisor1")
    assert again.value.params["receipt"] == mistake.receipt_number
    with pytest.raises(IllegalTransition):
        apps.set_status(mistake.uuid, Status.SUBMITTED)
    # Claimed for sending (and even put back after a crash): the portal may have it, so no void.
    assert claim_next(store, 0.0) is not None
    recover_in_flight(store)
    with pytest.raises(VoidNotAllowed):
        audited.void(sent.uuid, "wrong_service", actor="supervisor1")
    assert apps.get(sent.uuid).status == Status.QUEUED
    with pytest.raises(ValueError, match="reason"):
        audited.void(sent.uuid, "because I said so", actor="supervisor1")
    with pytest.raises(NotFound):
        audited.void("MH-NOPE-20260101-0001", "duplicate", actor="supervisor1")


def test_channels_and_acknowledgement_survive_a_rebuilt_body(store: Store, apps: Applications, make_app) -> None:
    """Issue 17: a queued body rebuilt from the stored application (documents added before the send) still
    carries the citizen's delivery channels and acknowledgement; before the fix the rebuilt body lost them."""
    form = income_form()
    form["channels"] = [{"channel": "whatsapp", "contact": "9822012345", "consent": True},
                        {"channel": "email", "contact": "sunita@example.org", "consent": True}]
    saved = apps.save_new(make_app(form))
    assert apps.get(saved.uuid) == saved  # channels and acknowledgement read back from the application row
    assert [c.channel for c in saved.channels] == ["whatsapp", "email"]
    assert saved.acknowledgement is not None and saved.acknowledgement.channel == "whatsapp"
    apps.add_documents(saved.uuid, [DocumentRecord("c" * 64, "aadhaar", "id_proof")], missing_groups=(),
                       completed_on=None, due_date=None)
    body = json.loads(store.query("SELECT payload FROM outbox WHERE idempotency_key = ?", (saved.uuid,))[0][0])
    assert [c["channel"] for c in body["delivery_channels"]] == ["whatsapp", "email"]
    assert body["acknowledgement"] == {"channel": "whatsapp", "to": "9822012345", "language": "mr"}
