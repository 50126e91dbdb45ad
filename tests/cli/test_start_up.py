"""Start-up maintenance: lost receipt numbers protected, orphans collected, retention purged."""

from __future__ import annotations

from kiosk.documents.storage import has_document, store_document


def test_start_up_collects_orphans_and_protects_printed_receipts(ctx) -> None:
    import os
    import time

    orphan = store_document(ctx.sealed().documents, b"a scan whose application never committed")
    old = time.time() - 7200
    for root, _dirs, files in os.walk(ctx.paths.documents):
        for f in files:
            os.utime(os.path.join(root, f), (old, old))
    # a receipt PDF kept for a number the database lost (e.g. a truncated WAL)
    day = ctx.today().strftime("%Y%m%d")
    lost = f"{ctx.hub().code}-{day}-0007"
    (ctx.paths.receipts).mkdir(parents=True, exist_ok=True)
    (ctx.paths.receipts / f"{lost}-a4.pdf").write_bytes(b"%PDF-1.4 kept receipt")  # as kiosk.receipts names them
    ctx.use_cases().start_up.run()
    assert not has_document(ctx.paths.documents, orphan)
    from kiosk.domain.intake import take_application
    from tests.forms import income_form

    app = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(), hub_code=ctx.hub().code,
                           operator="op", now=ctx.now(), today=ctx.today()).application
    assert app is not None
    assert int(ctx.applications().save_new(app).receipt_number.rsplit("-", 1)[1]) > 7
