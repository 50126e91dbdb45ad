"""The ring's table (step 0020): plain village names from before migrate into it, each supervisor change is
one transaction (row, ring version, outbox item with the whole ring, audit entry), and an application keeps
the code of a village picked from the ring."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.ring import RingRefused, RingVillage, checked_village
from kiosk.security.audit import record
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import load_hub, save_hub
from kiosk.store.ring import add_village, remove_village, ring_version, ring_villages
from tests.forms import income_form
from tests.store.conftest import HUB, NOW

RELEASED = Path(__file__).resolve().parent.parent / "data" / "store" / "kiosk-0005.sqlite3"


@pytest.fixture
def store(db_path: Path, catalogue_document: dict) -> Iterator[Store]:
    """The package's store with the audit trail's tables (a ring change is audited)."""
    s = open_store(db_path, [SECURITY_MIGRATIONS])
    save_hub(s, HUB)
    Catalogues(s).install(catalogue_document)
    yield s
    s.close()


def test_plain_village_names_saved_before_the_ring_migrate_into_it(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED, db)
    with sqlite3.connect(db) as old:  # a hub set up with one English and one Marathi name
        old.execute("UPDATE hub SET villages = ?", (json.dumps(["Wagholi", "लोणीकंद"], ensure_ascii=False),))
    store = open_store(db, [SECURITY_MIGRATIONS])
    try:
        assert [(v.name_en, v.name_mr, v.code) for v in ring_villages(store)] == [
            ("Wagholi", "", "ring-1"), ("", "लोणीकंद", "ring-2")]
        assert load_hub(store).villages == ("Wagholi", "लोणीकंद")
        apps = Applications(store).list()
        assert apps and all(Applications(store).get(a.uuid).applicant.address.village_code == "" for a in apps)
    finally:
        store.close()


def _ring_items(store: Store) -> list[dict]:
    return [json.loads(r[0]) for r in store.query("SELECT payload FROM outbox WHERE kind = 'ring' ORDER BY id")]


def test_each_change_is_saved_queued_and_audited_together(store: Store) -> None:
    assert [v.caption() for v in ring_villages(store)] == ["Wagholi"]  # the test hub's plain name
    done = add_village(store, checked_village("Wagholi", "वाघोली", "", "412207"), actor="boss", now=NOW, audit=record)
    assert done == RingVillage("Wagholi", "वाघोली", "", "412207", 1)  # completed, not added twice
    perne = add_village(store, checked_village("Perne", "पेरणे", "556701"), actor="boss", now=NOW, audit=record)
    assert perne.code == "556701"
    with pytest.raises(RingRefused) as again:
        add_village(store, checked_village("PERNE", "पेरणे"), actor="boss", now=NOW, audit=record)
    assert again.value.params["why"] == "already_in_ring"
    with pytest.raises(RingRefused):  # another village may not take Perne's LGD code
        add_village(store, checked_village("Kesnand", "केसनंद", "556701"), actor="boss", now=NOW, audit=record)
    gone = remove_village(store, "वाघोली", actor="boss", now=NOW, audit=record)
    assert gone.code == "ring-1"
    with pytest.raises(RingRefused):
        remove_village(store, "Wagholi", actor="boss", now=NOW, audit=record)

    assert [v.code for v in ring_villages(store)] == ["556701"] and ring_version(store) == 3
    assert load_hub(store).villages == ("Perne",)  # the old column follows the ring
    items = _ring_items(store)
    assert [(i["version"], i["change"], i["village_code"]) for i in items] == [
        (1, "complete", "ring-1"), (2, "add", "556701"), (3, "remove", "ring-1")]
    assert items[1]["villages"] == [
        {"code": "ring-1", "name_en": "Wagholi", "name_mr": "वाघोली", "lgd_code": "", "pin": "412207"},
        {"code": "556701", "name_en": "Perne", "name_mr": "पेरणे", "lgd_code": "556701", "pin": ""}]
    audit = [(r[0], r[1], json.loads(r[2])) for r in store.query(
        "SELECT actor, action, ids FROM audit_log WHERE action LIKE 'ring.%' ORDER BY seq")]
    assert audit == [("boss", "ring.complete", {"village": "ring-1", "version": 1}),
                     ("boss", "ring.add", {"village": "556701", "version": 2}),
                     ("boss", "ring.remove", {"village": "ring-1", "version": 3})]  # ids only: no names


def test_a_refused_change_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RingRefused):
        remove_village(store, "Lonikand", actor="boss", now=NOW, audit=record)
    assert _ring_items(store) == [] and ring_version(store) == 0
    assert store.query("SELECT count(*) FROM audit_log")[0][0] == 0


def test_an_application_keeps_the_ring_villages_code(store: Store, make_app) -> None:  # type: ignore[no-untyped-def]
    form = income_form()
    form["applicant"]["address"].update(village="Wagholi", village_code="ring-1")
    apps = Applications(store)
    saved = apps.save_new(make_app(form))
    assert apps.get(saved.uuid).applicant.address.village_code == "ring-1"
    body = json.loads(store.query("SELECT payload FROM outbox WHERE idempotency_key = ?", (saved.uuid,))[0][0])
    assert body["applicant"]["address"]["village_code"] == "ring-1"  # the portal is told too
    plain = apps.save_new(make_app(income_form()))
    assert "village_code" not in apps.get(plain.uuid).applicant.address.to_dict()
