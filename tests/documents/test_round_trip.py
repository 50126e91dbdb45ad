"""The whole road: scan-folder file → compressed → stored → committed with the application → uploaded by
sync over loopback HTTP → byte-identical at the portal simulator."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from docsynth import a4_page, jpeg

from kiosk.app import KioskContext
from kiosk.config import ASSETS_DIR
from kiosk.documents.intake import DocumentSpec, document_from_files, save_document
from kiosk.documents.mapping import to_document_record
from kiosk.documents.storage import collect_orphans, read_document
from kiosk.documents.watch import ScanFolderWatcher
from kiosk.domain.intake import take_application
from kiosk.portal.client import PortalClient
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from kiosk.portal.transport import Timeouts
from kiosk.sync.backoff import Backoff
from tests.forms import income_form


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    config = SimulatorConfig(catalogue_path=ASSETS_DIR / "catalogue" / "catalogue.json", decision_seconds=3600.0,
                             stall_seconds=0.4, connect_pause_seconds=0.5, trickle_seconds=0.01,
                             fonts_dir=ASSETS_DIR / "fonts", seed=5)
    with PortalSimulator(config) as running:
        yield running


def test_scan_folder_to_portal_byte_identical(ctx: KioskContext, sim: PortalSimulator) -> None:
    ctx.paths.ensure()
    inbox = ctx.paths.scan_inbox
    scan = jpeg(a4_page(31, skew=1.2, qr="SATARA01 round trip", qr_box=4), 85, dpi=300)

    def scanner() -> None:  # a scanner that takes a moment to write its file
        with open(inbox / "SCAN0007.JPG", "wb") as handle:
            for start in range(0, len(scan), 64 * 1024):
                handle.write(scan[start:start + 64 * 1024])
                handle.flush()
                time.sleep(0.02)

    thread = threading.Thread(target=scanner)
    thread.start()
    watcher = ScanFolderWatcher(inbox)
    deadline = time.monotonic() + 10
    ready: list[Path] = []
    while not ready and time.monotonic() < deadline:
        ready = watcher.poll()
        time.sleep(0.05)
    thread.join()
    assert [p.name for p in ready] == ["SCAN0007.JPG"]
    assert ready[0].read_bytes() == scan  # picked up only once complete

    spec = DocumentSpec.of(ctx.catalogue().document_types["aadhaar"])
    doc = document_from_files(ready, spec)
    sha = save_document(ctx.sealed().documents, doc)
    assert doc.size_bytes <= spec.max_kb_per_page * 1024

    result = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                              hub_code=ctx.hub().code, operator="op1", now=ctx.now(), today=ctx.today(),
                              documents=(to_document_record(doc, "id_proof"),))
    assert result.application is not None, result.problems
    saved = ctx.applications().save_new(result.application)
    assert ctx.applications().get(saved.receipt_number).documents[0].sha256 == sha

    with PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(0.5, 0.6)) as client:
        engine = ctx.sync_engine(client, backoff=Backoff(base=0.02, cap=0.3), language="en", heartbeat=None)
        list(engine.run(drain=True, max_wait=60.0))

    at_portal = sim.simulation.store.document_bytes(sha)
    assert at_portal == doc.data == read_document(ctx.sealed().documents, sha)

    # Start-up orphan collection keeps the committed document (its row names it).
    referenced = {d.sha256 for d in ctx.applications().get(saved.receipt_number).documents}
    assert collect_orphans(ctx.paths.documents, referenced, older_than_seconds=0) == []
    assert read_document(ctx.sealed().documents, sha) == doc.data
