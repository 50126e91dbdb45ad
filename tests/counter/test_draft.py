"""The draft's documents survive the start-up orphan sweep; anything else unnamed is still collected."""

from __future__ import annotations

import os
import time

from kiosk.counter.draft import DRAFT_NAME, draft_documents, save_draft
from kiosk.documents.storage import has_document, store_document
from tests.sealing import sealed_folder


def test_scans_of_an_unsaved_draft_outlive_the_orphan_sweep(ctx) -> None:
    sealed = ctx.sealed()
    kept = store_document(sealed.documents, b"%PDF-1.4 draft scan " + os.urandom(64))
    orphan = store_document(sealed.documents, b"%PDF-1.4 half-saved " + os.urandom(64))
    save_draft(sealed.drafts, {"version": 1, "values": {},
                               "documents": [{"sha256": kept, "group_code": "id_proof"}]})
    old = time.time() - 2 * 3600  # both written two hours ago: past the sweep's one-hour grace
    for sha in (kept, orphan):
        for path in ctx.paths.documents.rglob(f"{sha}*"):
            os.utime(path, (old, old))
    removed = ctx.use_cases().start_up.collect_orphan_documents()
    assert orphan in removed and kept not in removed
    assert has_document(ctx.paths.documents, kept) and not has_document(ctx.paths.documents, orphan)


def test_a_broken_draft_names_no_documents(ctx, tmp_path) -> None:
    folder = sealed_folder(tmp_path)
    assert draft_documents(folder) == set()  # no draft at all
    for raw in (b"", b"\xff\xfe", b"[1,2]", b'{"documents": [{"sha256": 5}, "x", null]}', b'{"documents": 7}'):
        folder.file(DRAFT_NAME).write_bytes(raw)
        assert draft_documents(folder) == set()


def test_a_restored_draft_drops_scans_the_sweep_collected(ctx) -> None:
    draft = ctx.use_cases().draft
    kept = store_document(ctx.sealed().documents, b"%PDF-1.4 kept scan " + os.urandom(64))
    draft.save({"service_code": "income-certificate", "values": {"name_en.first": "Sunita", "bad": 5},
                "aadhaar_ref": {"last4": "2346"},
                "documents": [{"sha256": kept, "doc_type": "aadhaar", "group_code": "id_proof"},
                              {"sha256": "0" * 64, "doc_type": "aadhaar", "group_code": "id_proof"},
                              {"unexpected": 1}]})
    restored = draft.restore()
    assert restored is not None and restored.service_code == "income-certificate"
    assert restored.values == {"name_en.first": "Sunita"} and restored.aadhaar_ref == {"last4": "2346"}
    assert [r.sha256 for r in restored.records] == [kept]
    draft.clear()
    assert draft.restore() is None


def test_parked_drafts_are_listed_resumed_discarded_and_keep_their_scans(ctx) -> None:
    draft = ctx.use_cases().draft
    scan = store_document(ctx.sealed().documents, b"%PDF-1.4 parked scan " + os.urandom(64))
    key = draft.park({"service_code": "income-certificate",
                      "values": {"name_mr.first": "सुनीता", "name_mr.surname": "पाटील", "name_en.first": "Sunita"},
                      "documents": [{"sha256": scan, "doc_type": "aadhaar", "group_code": "id_proof"}]})
    other = draft.park({"service_code": "domicile-certificate", "values": {}, "documents": []})
    assert not draft.path.exists()  # parking frees the form
    listed = {d.key: d for d in draft.parked()}
    assert set(listed) == {key, other} and listed[key].name_mr == "सुनीता पाटील"
    assert scan in draft_documents(ctx.sealed().drafts)  # a parked draft's scan outlives the sweep
    restored = draft.resume(key)
    assert restored is not None and restored.values["name_en.first"] == "Sunita"
    assert [r.sha256 for r in restored.records] == [scan]
    assert [d.key for d in draft.parked()] == [other]
    draft.discard(other)
    assert draft.parked() == []
    for bad in ("../x", "a/b", ""):
        try:
            draft.discard(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted as a draft key")
