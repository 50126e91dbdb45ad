"""Disk full under the hub database and under the documents folder, on REAL small tmpfs mounts.

The kiosk home is one tmpfs and its documents folder a second one, so each can be filled alone. A full
documents disk must refuse the scan with a clear storage error and leave no partial file; a full database
disk must refuse the save with ``reason=disk_full``, leave no application, no outbox entry and no used
receipt number, and the already-written document is collected as an orphan. Freeing space makes the very
same intake succeed, with the next receipt number of the day.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.demo import ensure_demo_hub
from kiosk.documents.storage import collect_orphans, iter_stored, store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import StorageError
from kiosk.domain.intake import take_application
from kiosk.domain.messages import describe
from tests.forms import income_form
from tests.security.disk import fill, free, tmpfs


@pytest.fixture
def small_home(tmp_path: Path) -> Iterator[KioskContext]:
    with tmpfs(tmp_path / "home", "6m") as home, tmpfs(home / "documents", "1m"):
        ctx = build_context(home, "en")
        ensure_demo_hub(ctx.database())
        yield ctx
        ctx.close()
        ctx.database().close()


def _application(ctx: KioskContext, sha: str, size: int):  # noqa: ANN202 - the domain Application
    doc = DocumentRecord(sha, "aadhaar", "id_proof", 1, size, "image/jpeg", "scan.jpg")
    result = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                              hub_code=ctx.hub().code, operator="op1", now=ctx.now(), today=ctx.today(),
                              documents=(doc,))
    assert result.application is not None, result.problems
    return result.application


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and not p.name.startswith("filler"))


def test_full_documents_disk_refuses_the_scan_cleanly_and_recovers(small_home: KioskContext) -> None:
    ctx = small_home
    docs = ctx.paths.documents
    sealed = ctx.sealed().documents
    fill(docs)
    scan = os.urandom(50_000)
    with pytest.raises(StorageError) as caught:
        store_document(sealed, scan)
    text = describe(caught.value, "en")
    assert "could not save" in text and "No space left on device" in text, text
    assert describe(caught.value, "mr").startswith("माहिती जतन झाली नाही")
    assert _leftovers(docs) == []  # no half-written temp file, no truncated document
    assert ctx.applications().count() == 0
    free(docs)
    sha = store_document(sealed, scan)
    saved = ctx.applications().save_new(_application(ctx, sha, len(scan)))
    assert saved.receipt_number.endswith("-0001")
    assert [s for s, _ in iter_stored(docs)] == [sha]


def test_full_database_disk_refuses_the_save_whole_and_recovers(small_home: KioskContext) -> None:
    ctx = small_home
    store, apps = ctx.database(), ctx.applications()
    fill(ctx.paths.home)
    saved_before, refused = 0, None
    for _ in range(200):  # the first saves may still fit in free pages; keep going until the disk says no
        data = os.urandom(2000)
        sha = store_document(ctx.sealed().documents, data)  # the documents disk still has room
        app = _application(ctx, sha, len(data))
        try:
            apps.save_new(app)
            saved_before += 1
        except StorageError as exc:
            refused = (app, sha, exc)
            break
    assert refused is not None, "the full disk accepted 200 applications"
    app, sha, exc = refused
    assert exc.params.get("reason") == "disk_full", (exc.code, exc.detail)
    assert "disk is full" in describe(exc, "en")
    # Nothing partial: no row anywhere for the refused application and its receipt number was not used.
    for table, column in (("applications", "uuid"), ("applicants", "application_uuid"),
                          ("documents", "application_uuid"), ("outbox", "idempotency_key"),
                          ("status_history", "application_uuid")):
        assert store.query(f"SELECT count(*) FROM {table} WHERE {column} = ?", (app.uuid,))[0][0] == 0  # noqa: S608
    assert store.query("SELECT coalesce(max(last_seq), 0) FROM receipt_counters")[0][0] == saved_before
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    # The refused save's document is an orphan: start-up collection removes it, the saved ones stay.
    referenced = {r[0] for r in store.query("SELECT DISTINCT sha256 FROM documents")}
    assert collect_orphans(ctx.paths.documents, referenced, older_than_seconds=-1) == [sha]
    free(ctx.paths.home)
    sha = store_document(ctx.sealed().documents, data)
    again = apps.save_new(_application(ctx, sha, len(data)))
    assert again.receipt_number.endswith(f"-{saved_before + 1:04d}")  # gapless: the number came back
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    assert apps.count() == saved_before + 1
