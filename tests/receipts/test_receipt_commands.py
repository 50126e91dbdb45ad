"""From the stored application to paper: build_receipt_data on real domain objects and the CLI commands
(`receipt`, `day-close`, `print-certificate`) against a real store seeded by the lead's demo."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.domain.intake import take_application
from kiosk.receipts import build_receipt_data, parse_qr_payload, render_receipt
from kiosk.store.applications import Applications
from tests.forms import income_form
from tests.receipts.helpers import decode_qr, pdf_text, pdf_to_pngs

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(home), "KIOSK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "kiosk", "--lang", "en", *args], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)


@pytest.fixture
def saved(ctx):  # type: ignore[no-untyped-def]
    catalogue = ctx.catalogue()
    result = take_application(income_form(), catalogue=catalogue, calendar=ctx.calendar(), hub_code=ctx.hub().code,
                              operator="operator1", now=NOW, today=NOW.date())
    assert result.application is not None, result.problems
    return Applications(ctx.database()).save_new(result.application)


def test_build_receipt_data_from_the_stored_application(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = ctx.applications().get(saved.receipt_number)
    catalogue = ctx.catalogue()
    service = catalogue.service(app.service_code)
    data = build_receipt_data(app, service, ctx.hub(), document_label=catalogue.document_label)
    assert data.receipt_no == saved.receipt_number and data.application_uuid == saved.uuid
    assert data.applicant.mr == "सुनीता आशा गणेश क्षीरसागर"
    assert data.aadhaar_masked == "XXXX XXXX 2346"
    assert data.total_paise == app.total_paise and data.fees
    assert data.documents_missing and not data.documents_received  # nothing scanned yet
    assert data.due_date is None and data.rts_days == service.rts_days
    assert data.designated_officer is not None and data.delivery is not None
    pdf = render_receipt(data, "80mm")
    assert [parse_qr_payload(p) for p in decode_qr(pdf_to_pngs(pdf, tmp_path)[0])] == [
        (saved.receipt_number, saved.uuid)]


def test_build_without_the_service_still_prints(ctx, saved) -> None:  # type: ignore[no-untyped-def]
    data = build_receipt_data(saved, None, ctx.hub())
    assert data.service.en == saved.service_code and data.designated_officer is None


def test_receipt_command_saves_prints_and_marks_reprints(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = ctx.paths.home
    ctx.close()
    first = cli(home, "receipt", saved.receipt_number, "--layout", "80mm", "--out", str(tmp_path / "r1.pdf"))
    assert first.returncode == 0, first.stderr
    assert "DUPLICATE" not in pdf_text((tmp_path / "r1.pdf").read_bytes(), tmp_path)
    second = cli(home, "receipt", saved.receipt_number.lower(), "--out", str(tmp_path / "r2.pdf"))
    assert second.returncode == 0, second.stderr
    # A saved PDF is not paper (issue 14): the next copy is still the original. (This test said DUPLICATE
    # here before; only a printer makes the next copy a duplicate now — see test_receipt_paper.py.)
    assert "DUPLICATE" not in pdf_text((tmp_path / "r2.pdf").read_bytes(), tmp_path)
    kept = sorted(p.name for p in (home / "receipts").iterdir())
    assert kept == [f"{saved.receipt_number}-80mm.pdf", f"{saved.receipt_number}-a4.pdf"]


def test_receipt_command_errors_are_one_line(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = ctx.paths.home
    ctx.close()
    for args in (["NOPE-20260101-0001"], [saved.receipt_number, "--escpos", "tcp://127.0.0.1:9"],
                 [saved.receipt_number, "--escpos", "gopher://x"]):
        r = cli(home, "receipt", *args)
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.strip().splitlines()[-1].startswith("seva-kiosk: ")
    # The offline printer did not lose the receipt: it was saved before the printer was tried.
    assert any((home / "receipts").iterdir())


def test_a_voided_receipt_is_not_printed_again(ctx, saved) -> None:  # type: ignore[no-untyped-def]
    ctx.applications().void(saved.uuid, "duplicate", actor="boss")
    home = ctx.paths.home
    ctx.close()
    r = cli(home, "receipt", saved.receipt_number)
    assert r.returncode == 1 and "was voided" in r.stderr and "Traceback" not in r.stderr
    assert not list(home.rglob(f"{saved.receipt_number}*.pdf"))  # nothing rendered or kept


def test_day_close_command(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = ctx.paths.home
    total = saved.total_paise
    ctx.close()
    day = saved.receipt_number.rsplit("-", 2)[1]
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    out = tmp_path / "dc.pdf"
    r = cli(home, "day-close", iso, "--out", str(out), "--counted", "operator1=10.5")
    assert r.returncode == 0, r.stderr
    assert "1 applications" in r.stdout and "operator1: 1" in r.stdout
    text = " ".join(pdf_text(out.read_bytes(), tmp_path).split())
    rupees = f"{total // 100}.{total % 100:02d}"
    assert rupees in text and "₹ 10.50" in text
    bad = cli(home, "day-close", iso, "--counted", "operator1=ten")
    assert bad.returncode == 1 and "OPERATOR=RUPEES" in bad.stderr
    bad_day = cli(home, "day-close", "31-02-2026")
    assert bad_day.returncode == 1 and "not a date" in bad_day.stderr


def test_print_certificate_command_refuses_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "cert.pdf"
    broken.write_bytes(b"%PDF-1.7 truncated")
    r = cli(tmp_path / "home", "print-certificate", str(broken), "--printer", "Any")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "damaged" in r.stderr
