"""Step 0025 (issue 15): a save keeps the citizen's delivery channels and acknowledgement on the application
row instead of two more tables (two b-trees fewer per durable save). An application saved before the step
keeps what the old tables hold — channels in the citizen's order, acknowledgement — until its channels
change; a purge blanks the contacts in both forms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.domain.application import Application
from kiosk.domain.delivery import ChannelChoice
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.deliveries import change_channels, channels_of
from kiosk.store.hub import save_hub
from kiosk.store.migrations import STORE_MIGRATIONS
from kiosk.store.retention import purge_rows
from tests.forms import income_form

from .conftest import HUB
from .saved_before import copy_saves

STEP = "0025_delivery_on_the_application"
WHATSAPP = {"channel": "whatsapp", "contact": "9822012345", "consent": True}
EMAIL = {"channel": "email", "contact": "sunita@example.org", "consent": True}


def _form(*channels: dict[str, Any]) -> dict[str, Any]:
    form = income_form()
    form["channels"] = list(channels)  # not alphabetical first: an order by name would show
    return form


def _no_audit(*_: Any, **__: Any) -> None:
    return None


def _delivery_rows(store: Store, uuid: str | None = None) -> tuple[int, int]:
    where, params = ("WHERE application_uuid = ?", (uuid,)) if uuid else ("", ())
    return (store.query_tuples(f"SELECT count(*) FROM delivery_channels {where}", params)[0][0],  # noqa: S608
            store.query_tuples(f"SELECT count(*) FROM delivery_acknowledgements {where}", params)[0][0])  # noqa: S608


def _on_the_row(store: Store, uuid: str) -> tuple[Any, Any]:
    row = store.query_tuples("SELECT channels, acknowledgement FROM applications WHERE uuid = ?", (uuid,))[0]
    return (None if row[0] is None else json.loads(row[0]), None if row[1] is None else json.loads(row[1]))


def _saved_before_the_step(path: Path, source: Store, saved: list[Application], catalogue: dict) -> Store:
    """A database at step 0024 holding ``saved`` as the old save left them (the old trigger filled the
    delivery tables from the outbox body), then opened: upgraded to the head."""
    old = Database(path)
    STORE_MIGRATIONS.apply(old, stop_before=STEP)
    copy_saves(old, source)
    assert old.execute("SELECT count(*) FROM delivery_channels").fetchone()[0] == 2 * len(saved)
    old.close()
    store = open_store(path)
    save_hub(store, HUB)
    Catalogues(store).install(catalogue)
    return store


def test_an_application_saved_before_the_step_keeps_its_channels_and_acknowledgement(
        tmp_path: Path, store: Store, apps: Applications, make_app, catalogue_document: dict) -> None:
    saved = [apps.save_new(make_app(_form(WHATSAPP, EMAIL))), apps.save_new(make_app(_form(EMAIL, WHATSAPP)))]
    upgraded = _saved_before_the_step(tmp_path / "old.sqlite3", store, saved, catalogue_document)
    try:
        assert upgraded.query_tuples("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_delivery_channels'",
                                     ()) == [(0,)]
        for app in saved:
            assert _on_the_row(upgraded, app.uuid) == (None, None)  # no row rewritten at upgrade
            assert _delivery_rows(upgraded, app.uuid) == (2, 1)
            assert Applications(upgraded).get(app.uuid) == app  # channels and acknowledgement as saved
        assert [c.channel for c in channels_of(upgraded, saved[0].uuid)] == ["whatsapp", "email"]
        assert [c.channel for c in channels_of(upgraded, saved[1].uuid)] == ["email", "whatsapp"]
        assert saved[0].acknowledgement is not None and saved[0].acknowledgement.to == "9822012345"
    finally:
        upgraded.close()


def test_a_save_writes_no_delivery_row_and_reads_back_the_same(store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app(_form(EMAIL, WHATSAPP)))
    assert _delivery_rows(store) == (0, 0)
    body = json.loads(store.query_tuples("SELECT payload FROM outbox WHERE idempotency_key = ?", (saved.uuid,))[0][0])
    assert _on_the_row(store, saved.uuid) == (body["delivery_channels"], body["acknowledgement"])
    assert [c["channel"] for c in body["delivery_channels"]] == ["email", "whatsapp"]
    assert body["acknowledgement"] == {"channel": "whatsapp", "to": "9822012345", "language": "mr"}
    assert apps.get(saved.uuid) == saved
    assert channels_of(store, saved.uuid) == list(saved.channels)


def test_a_save_without_channels_chosen_keeps_the_default_and_no_acknowledgement_is_invented(
        store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    assert _delivery_rows(store) == (0, 0)
    listed, ack = _on_the_row(store, saved.uuid)
    assert listed == [c.to_dict() for c in saved.channels]
    assert ack == (saved.acknowledgement.to_dict() if saved.acknowledgement else None)
    assert apps.get(saved.uuid) == saved


def test_a_channel_change_on_an_old_and_on_a_new_application(
        tmp_path: Path, store: Store, apps: Applications, make_app, catalogue_document: dict) -> None:
    earlier = [apps.save_new(make_app(_form(WHATSAPP, EMAIL))), apps.save_new(make_app(_form(EMAIL, WHATSAPP)))]
    upgraded = _saved_before_the_step(tmp_path / "old.sqlite3", store, earlier, catalogue_document)
    try:
        later = Applications(upgraded).save_new(make_app(_form(EMAIL, WHATSAPP)))  # saved after the step
        printed = ChannelChoice("print_at_hub")
        emailed = ChannelChoice("email", "sunita@example.org", earlier[0].channels[1].consent_at)
        for app in (earlier[0], later):
            change_channels(upgraded, app.uuid, [printed, emailed], "op1", _no_audit)
            got = Applications(upgraded).get(app.uuid)
            assert got.channels == (printed, emailed)
            assert got.acknowledgement == app.acknowledgement  # an old one moved onto the row with them
            assert _delivery_rows(upgraded, app.uuid) == (0, 0)  # no stale copy in the old tables
            assert _on_the_row(upgraded, app.uuid)[0] == [printed.to_dict(), emailed.to_dict()]
        # the other old application is untouched, still read from the old tables
        assert _delivery_rows(upgraded, earlier[1].uuid) == (2, 1)
        assert Applications(upgraded).get(earlier[1].uuid) == earlier[1]
    finally:
        upgraded.close()


def test_a_purge_blanks_the_contacts_in_both_forms(tmp_path: Path, store: Store, apps: Applications, make_app,
                                                   catalogue_document: dict) -> None:
    earlier = apps.save_new(make_app(_form(WHATSAPP, EMAIL)))
    upgraded = _saved_before_the_step(tmp_path / "old.sqlite3", store, [earlier], catalogue_document)
    try:
        later = Applications(upgraded).save_new(make_app(_form(WHATSAPP, EMAIL)))
        with upgraded.write() as conn:
            for app in (earlier, later):
                purge_rows(conn, app.uuid, "2026-12-01T00:00:00+00:00")
        for app in (earlier, later):
            got = Applications(upgraded).get(app.uuid)  # the citizen's order kept, not the names' order
            assert [(c.channel, c.contact) for c in got.channels] == [("whatsapp", ""), ("email", "")]
            assert [c.consent_at for c in got.channels] == [c.consent_at for c in app.channels]
            assert got.acknowledgement is not None and app.acknowledgement is not None
            assert (got.acknowledgement.channel, got.acknowledgement.to) == (app.acknowledgement.channel, "")
        assert _on_the_row(upgraded, earlier.uuid) == (None, None)  # still the old form, blanked there
        assert upgraded.query_tuples("SELECT contact FROM delivery_channels UNION "
                                     "SELECT recipient FROM delivery_acknowledgements", ()) == [("",)]
        text = upgraded.query_tuples("SELECT channels || acknowledgement FROM applications WHERE uuid = ?",
                                     (later.uuid,))[0][0]
        assert "9822012345" not in text and "sunita" not in text
    finally:
        upgraded.close()
