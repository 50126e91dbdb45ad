"""`seva-kiosk reuse FILE` and `seva-kiosk self-declaration RECEIPT_NO` (issue 18, fewer documents): the
earlier documents a returning citizen need not bring (only with their consent in the form), and the signed
self-declaration form, in Marathi and English, rendered to pixels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from kiosk.app import KioskContext
from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from tests.forms import income_form
from tests.receipts.helpers import pdf_text, pdf_to_pngs
from tests.security.cli_helpers import run_cli


def test_reuse_lists_only_with_consent(ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    sha = store_document(ctx.sealed().documents, b"%PDF-1.4 ration card")
    earlier = ctx.use_cases().intake.take(income_form(), "op", [DocumentRecord(sha, "ration_card", "address_proof")])
    form = tmp_path / "form.json"
    form.write_text(json.dumps(income_form()), "utf-8")
    code, _, err = run_cli(ctx.paths.home, capsys, monkeypatch, "reuse", str(form))
    assert code == 1 and "not agreed" in err
    form.write_text(json.dumps(income_form(document_reuse_consent=True)), "utf-8")
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "reuse", str(form), lang="mr")
    assert code == 0, err
    assert "ration_card" in out and f"{earlier.receipt_number} मधून पुन्हा वापरले" in out
    code, out, _ = run_cli(ctx.paths.home, capsys, monkeypatch, "reuse", str(form), "--json")
    assert json.loads(out)[0]["reused_from"] == earlier.receipt_number


def test_the_self_declaration_form(ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    app = ctx.use_cases().intake.take(income_form(), "op")
    out_pdf = tmp_path / "decl.pdf"
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "self-declaration", app.receipt_number,
                             "--out", str(out_pdf))
    assert code == 0, err
    pdf = out_pdf.read_bytes()
    text = pdf_text(pdf, tmp_path)
    assert "Self-declaration" in text and app.receipt_number in text and "1614/345" in text
    assert "Sunita" in text and "XXXXXX2345" in text and "9822012345" not in text  # the mobile masked
    pages = pdf_to_pngs(pdf, tmp_path, dpi=60)
    assert len(pages) == 1  # one sheet to sign
    grey = Image.open(pages[0]).convert("L")
    assert grey.getextrema()[0] < 80  # ink on the page (the Devanagari is shaped, not extractable as text)
    code, _, err = run_cli(ctx.paths.home, capsys, monkeypatch, "self-declaration", app.receipt_number)
    assert code == 0
    senior = ctx.use_cases().intake.take(_senior_form(), "op")
    code, _, err = run_cli(ctx.paths.home, capsys, monkeypatch, "self-declaration", senior.receipt_number)
    assert code == 1 and "allows no self-declaration" in err


def _senior_form() -> dict:
    form = income_form(service_code="senior-citizen-certificate")
    form["fields"] = {"purpose": "ST bus concession"}
    form["applicant"]["dob"] = "14-08-1950"
    return form
