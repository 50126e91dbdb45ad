"""`seva-kiosk more-documents` (issue 17): the work list in the operator's language, and an answer through
the intake's compression path that sends the application back to scrutiny with a new due date."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from kiosk.app import KioskContext
from kiosk.domain.status import Status
from kiosk.store.document_requests import record_request
from tests.counter.conftest import saved
from tests.security.cli_helpers import run_cli


def test_work_list_and_answer(ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    home, apps = ctx.paths.home, ctx.applications()
    code, out, _ = run_cli(home, capsys, monkeypatch, "more-documents")
    assert code == 0 and "No application is waiting" in out
    app = saved(ctx.use_cases())
    apps.set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-00001-0000002")
    apps.set_status(app.uuid, Status.DOCUMENTS_PENDING)
    with ctx.database().write() as conn:
        record_request(conn, app.uuid, ctx.today(), ctx.today() + timedelta(days=15),
                       (("self_declaration", "Self-declaration (clearer copy)", "स्वयंघोषणापत्र (स्पष्ट प्रत)"),))
    code, out, _ = run_cli(home, capsys, monkeypatch, "more-documents", lang="mr")
    assert code == 0 and app.receipt_number in out and "स्वयंघोषणापत्र" in out and "पर्यंत" in out
    scan = tmp_path / "decl.jpg"
    Image.new("RGB", (1240, 1754), "white").save(scan, "JPEG", dpi=(150, 150))
    code, out, err = run_cli(home, capsys, monkeypatch, "more-documents", app.receipt_number, str(scan),
                             "--type", "self_declaration")
    assert code == 0, err
    assert f"Documents added to {app.receipt_number}" in out
    updated = apps.get(app.uuid)
    assert updated.status == Status.UNDER_SCRUTINY and updated.due_date is not None and updated.due_date > ctx.today()
    assert ctx.database().query("SELECT count(*) FROM outbox WHERE kind = 'more_documents'")[0][0] == 1
    code, _, err = run_cli(home, capsys, monkeypatch, "more-documents", app.receipt_number, str(scan),
                           "--type", "self_declaration")
    assert code == 1 and "has not asked for more documents" in err
