"""Retention purge and erasure on request: personal data goes, the day-close record and audit stay.

Real store, real files, real sync to the portal simulator (so "acknowledged by the portal" is earned, not
set by hand). After a purge the applicant's names are absent from the search results AND from the raw
bytes of the database file and its WAL (secure_delete, FTS optimise, checkpoint).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.documents.storage import has_document, store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import IllegalTransition, NotFound
from kiosk.domain.messages import describe
from kiosk.domain.status import Status
from kiosk.portal.simulator import spawn_simulator
from kiosk.security.errors import PermissionDenied, SettingInvalid
from kiosk.security.retention import (
    Folders,
    due_for_purge,
    erase,
    purge_expired,
    retention_days,
    set_retention_days,
)
from kiosk.security.roles import Operator, Role
from kiosk.security.verify import chain_keys, verify_chain
from kiosk.store.search import search_applications
from tests.conftest import decrypted_pages
from tests.security.cli_helpers import add_supervisor, run_cli
from tests.security.intake import simulator_args, sync, take

BOSS = Operator("boss", Role.SUPERVISOR, "Boss")
OP = Operator("op1", Role.OPERATOR, "Ravi")
SURNAMES = ["Zyxwarkar", "Qopalekar", "Vujjhade"]


def _folders(ctx: KioskContext) -> Folders:
    return Folders(ctx.paths.documents, ctx.paths.certificates, ctx.paths.receipts)


def _deliver(ctx: KioskContext, uuid: str) -> None:
    apps = ctx.applications()
    apps.set_status(uuid, Status.APPROVED, source="portal")
    apps.set_status(uuid, Status.DELIVERED, source="kiosk")


def _raw(ctx: KioskContext) -> bytes:
    """Every page of the file and its WAL, decrypted (freed pages too): what the data key could read out."""
    return decrypted_pages(ctx.paths.database)


@pytest.fixture
def day(ctx: KioskContext) -> dict[str, object]:
    """Three synced applications with unique surnames; the first two delivered; a scan shared by 0 and 1;
    a certificate and a kept receipt PDF for the first."""
    apps = [take(ctx, 1, applicant__name_en__surname=s)[0] for s in SURNAMES]
    shared = store_document(ctx.sealed().documents, b"shared scan bytes" * 50)
    doc = DocumentRecord(shared, "ration_card", "address_proof", 1, 850, "image/jpeg", "ration.jpg")
    store = ctx.database()
    with store.write() as conn:
        for a in apps[:2]:
            conn.execute("INSERT INTO documents(application_uuid, sha256, doc_type, group_code, mime) "
                         "VALUES (?, ?, ?, ?, ?)", (a.uuid, doc.sha256, doc.doc_type, doc.group_code, doc.mime))
    with spawn_simulator(simulator_args()) as sim:
        assert sync(ctx, sim.url) == 3
    for a in apps[:2]:
        _deliver(ctx, a.uuid)
    cert = "c" * 64
    ctx.paths.certificates.mkdir(parents=True, exist_ok=True)
    (ctx.paths.certificates / f"{cert}.pdf").write_bytes(b"%PDF-1.4 certificate for " + SURNAMES[0].encode())
    with store.write() as conn:
        conn.execute("INSERT INTO certificates(application_uuid, portal_id, sha256, size_bytes, received_at) "
                     "VALUES (?, 'P1', ?, 10, '2026-11-27T00:00:00+00:00')", (apps[0].uuid, cert))
    ctx.paths.receipts.mkdir(parents=True, exist_ok=True)
    (ctx.paths.receipts / f"{apps[0].receipt_number}-a4.pdf").write_bytes(b"%PDF receipt")
    return {"apps": apps, "shared": shared, "cert": cert}


def _purged(ctx: KioskContext, uuid: str) -> None:
    store = ctx.database()
    p = store.query("SELECT * FROM applicants WHERE application_uuid = ?", (uuid,))[0]
    personal = [k for k in p.keys() if k not in ("app_id", "application_uuid", "aadhaar_verified", "dob", "aadhaar_last4")]
    assert all(p[k] == "" for k in personal), dict(p)
    assert p["dob"] is None and p["aadhaar_last4"] is None
    a = store.query("SELECT * FROM applications WHERE uuid = ?", (uuid,))[0]
    assert a["fields"] == "{}" and json.loads(a["extra"])["purged_at"]
    assert a["receipt_number"] and a["total_paise"] > 0 and a["status"] == "delivered" and a["fees"] != "[]"
    assert store.query("SELECT count(*) FROM documents WHERE application_uuid = ?", (uuid,))[0][0] == 0
    assert store.query("SELECT payload FROM outbox WHERE idempotency_key = ?", (uuid,))[0][0] == "{}"


def test_retention_purges_only_acked_and_long_delivered(ctx: KioskContext, day: dict) -> None:
    apps, store, folders = day["apps"], ctx.database(), _folders(ctx)
    now = ctx.now()
    assert retention_days(store) == 90
    assert due_for_purge(store, 30, now + timedelta(days=29)) == []  # delivered, but not long enough ago
    set_retention_days(store, BOSS, 30, now=now)
    result = purge_expired(store, folders, None, now=now + timedelta(days=31))
    assert sorted(result.applications) == sorted(a.receipt_number for a in apps[:2])
    for a in apps[:2]:
        _purged(ctx, a.uuid)
    # The third (acknowledged but not delivered) keeps everything.
    third = ctx.applications().get(apps[2].uuid)
    assert third.applicant.name_en.surname == SURNAMES[2] and third.documents
    # Files: both scans gone (the shared one had no other owner left), certificate and kept receipt too.
    assert not has_document(ctx.paths.documents, day["shared"])
    assert not any(has_document(ctx.paths.documents, d.sha256) for a in apps[:2] for d in a.documents)
    assert all(has_document(ctx.paths.documents, d.sha256) for d in apps[2].documents)
    assert not (ctx.paths.certificates / f"{day['cert']}.pdf").exists()
    assert not list(ctx.paths.receipts.glob(f"{apps[0].receipt_number}-*.pdf"))
    assert result.files_removed == 5
    # Search and raw bytes: the purged names are gone, the kept one is still found.
    assert search_applications(store, SURNAMES[0]) == [] and search_applications(store, SURNAMES[1]) == []
    assert [a.uuid for a in search_applications(store, SURNAMES[2])] == [apps[2].uuid]
    raw = _raw(ctx)
    assert SURNAMES[0].encode() not in raw and SURNAMES[1].encode() not in raw
    assert SURNAMES[2].encode() in raw
    # Audited in the same transactions, ids only; the chain holds; a second run finds nothing more.
    rows = store.query("SELECT actor, action, ids FROM audit_log WHERE action = 'application.purged'")
    assert sorted(json.loads(r["ids"])["application"] for r in rows) == sorted(a.uuid for a in apps[:2])
    assert {r["actor"] for r in rows} == {"system"}
    assert verify_chain(store, chain_keys(store)).ok
    assert purge_expired(store, folders, BOSS, now=now + timedelta(days=31)).applications == ()


def test_retention_setting_and_roles(ctx: KioskContext) -> None:
    store = ctx.database()
    with pytest.raises(PermissionDenied):
        set_retention_days(store, OP, 10)
    with pytest.raises(PermissionDenied):
        purge_expired(store, _folders(ctx), OP)
    for bad in (0, -5, 100000):
        with pytest.raises(SettingInvalid) as caught:
            set_retention_days(store, BOSS, bad)
        assert "between 1 and 3650" in describe(caught.value, "en")
    with store.write() as conn:  # a hand-edited nonsense value falls back to the default, never to 0 days
        conn.execute("INSERT INTO settings(key, value) VALUES ('retention.days', 'soon')")
    assert retention_days(store) == 90


def test_erasure_request(ctx: KioskContext, day: dict) -> None:
    apps, store, folders = day["apps"], ctx.database(), _folders(ctx)
    with pytest.raises(PermissionDenied):
        erase(store, folders, OP, apps[2].receipt_number)
    with pytest.raises(NotFound):
        erase(store, folders, BOSS, "MH-NOPE-20261127-0009")
    queued = take(ctx, 1)[0]
    with pytest.raises(IllegalTransition) as caught:  # its personal data is what is being sent right now
        erase(store, folders, BOSS, queued.receipt_number)
    assert "queued → erased" in describe(caught.value, "en")
    assert ctx.applications().get(queued.uuid).applicant.name_en.surname  # untouched
    # The third was acknowledged but not delivered: erasure on request does not wait for retention.
    result = erase(store, folders, BOSS, apps[2].receipt_number.lower())
    assert result.applications == (apps[2].receipt_number,) and result.files_removed == 1
    p = store.query("SELECT first_en, surname_en, mobile FROM applicants WHERE application_uuid = ?",
                    (apps[2].uuid,))[0]
    assert tuple(p) == ("", "", "")
    assert SURNAMES[2].encode() not in _raw(ctx)
    last = store.query("SELECT actor, action, ids FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert (last["actor"], last["action"]) == ("boss", "application.erased")
    assert json.loads(last["ids"]) == {"application": apps[2].uuid}
    assert verify_chain(store, chain_keys(store)).ok
    again = erase(store, folders, BOSS, apps[2].uuid)  # idempotent: nothing left to remove
    assert again.files_removed == 0


def test_cli_purge_and_erase(ctx: KioskContext, day: dict, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch, hasher: object) -> None:
    apps, home = day["apps"], ctx.paths.home
    ctx.close()
    ctx.database().close()
    pw = add_supervisor(home, capsys, monkeypatch, hasher)
    code, out, err = run_cli(home, capsys, monkeypatch, "erase", apps[2].receipt_number, "--as", "boss",
                          stdin="wrong\n")
    assert code != 0 and "Traceback" not in err
    code, out, err = run_cli(home, capsys, monkeypatch, "erase", apps[2].receipt_number, "--as", "boss", stdin=pw + "\n")
    assert code == 0, err
    assert f"Personal data of {apps[2].receipt_number} erased" in out
    code, out, err = run_cli(home, capsys, monkeypatch, "retention", "days", "1", "--as", "boss", stdin=pw + "\n")
    assert code == 0 and "kept 1 days" in out, err
    # Delivered just now, so nothing is due yet with 1 day; --days cannot go below 1 either.
    code, out, err = run_cli(home, capsys, monkeypatch, "retention", "purge", "--as", "boss", stdin=pw + "\n",
                          lang="mr")
    assert code == 0 and "0 अर्जांची वैयक्तिक माहिती काढली" in out, err
    code, out, err = run_cli(home, capsys, monkeypatch, "retention", "purge", "--days", "0", "--as", "boss",
                          stdin=pw + "\n")
    assert code != 0 and "between 1 and 3650" in err and "Traceback" not in err
    code, out, err = run_cli(home, capsys, monkeypatch, "audit", "verify")
    assert code == 0, out + err
    reopened = build_context(home, "en")
    try:
        assert [a.receipt_number for a in search_applications(reopened.database(), SURNAMES[2])] == []
        assert [a.receipt_number for a in search_applications(reopened.database(), SURNAMES[0])] == [
            apps[0].receipt_number]
    finally:
        reopened.database().close()
