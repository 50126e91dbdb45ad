"""Upgrading a database saved by an earlier schema step, and atomic catalogue updates."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from kiosk.domain.errors import CatalogueError
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import load_hub
from kiosk.store.migrations import STORE_MIGRATIONS
from kiosk.store.search import search_applications

RELEASED = Path(__file__).resolve().parent.parent / "data" / "store" / "kiosk-0001.sqlite3"


def test_upgrade_from_step_0001(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED, db)
    s = open_store(db)
    try:
        assert s.writable
        applied = [r["name"] for r in s.query("SELECT name FROM _sqlite_migrations WHERE migration_set='kiosk.store' "
                                              "ORDER BY id")]  # applied order, not name order
        # every registered step, in order; the released ones first (later issues append theirs)
        assert applied == [m.name for m in STORE_MIGRATIONS._migrations]
        assert applied[:15] == ["0001_initial", "0002_search", "0003_receipt_prints", "0004_sync",
                     "0005_outbox_streaks", "0006_document_tray", "0007_paper_copies", "0009_fewer_pages",
                     "0011_aadhaar_out_of_free_text", "0011_names_without_stray_joiners", "0013_delivery_channels",
                     "0014_appeals", "0014_more_documents",
                     "0015_payments", "0016_delivery_rows_without_rowid"]
        assert load_hub(s).code == "MH-OLD-0001"
        old = Applications(s).list()
        assert len(old) == 1
        # the search step indexed what was already there
        assert [r.uuid for r in search_applications(s, "क्षीरसागर")] == [old[0].uuid]
        assert Applications(s).record_print(old[0].uuid, "a4", "pdf") == 0
    finally:
        s.close()


def test_catalogue_update_is_atomic_and_old_versions_stay(store: Store, apps: Applications, make_app,
                                                          catalogue_document: dict) -> None:
    cats = Catalogues(store)
    old_version = cats.active_version()
    queued = apps.save_new(make_app())
    new_doc = copy.deepcopy(catalogue_document)
    new_doc["catalogue_version"] = "2027.01.0"
    new_doc["services"][0]["fees"][0]["paise"] += 5000  # a new GR raises the service charge
    del new_doc["services"][1]  # and a service is withdrawn
    cats.install(new_doc)
    assert cats.active_version() == "2027.01.0"
    # the queued application still resolves its service under the version it was taken with
    again = apps.get(queued.uuid)
    assert again.catalogue_version == old_version
    assert Catalogues(store).version(old_version).has(catalogue_document["services"][1]["code"])
    assert again.total_paise == queued.total_paise

    broken = copy.deepcopy(new_doc)
    broken["catalogue_version"] = "2027.02.0"
    del broken["services"][0]["name"]
    with pytest.raises(CatalogueError, match="name"):
        cats.install(broken)
    assert cats.active_version() == "2027.01.0"
    assert [v["version"] for v in cats.versions()] == [old_version, "2027.01.0"]


def test_same_version_different_content_refused(store: Store, catalogue_document: dict) -> None:
    changed = copy.deepcopy(catalogue_document)
    changed["services"][0]["rts_days"] = 99
    with pytest.raises(CatalogueError, match="different content"):
        Catalogues(store).install(changed)
