"""The documents CLI end to end on a temporary kiosk home: real files, real database, real scanner backend."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from aadhaar_payloads import secure_qr
from cryptography.hazmat.primitives.asymmetric import rsa
from docsynth import a4_page, jpeg

from kiosk import cli
from kiosk.app import build_context
from kiosk.documents.intake import DocumentSpec, document_from_files, save_document
from kiosk.documents.mapping import to_document_record
from kiosk.documents.storage import read_document
from kiosk.domain.application import new_uuid

XML_QR = ('<PrintLetterBarcodeData uid="234123412346" name="Ravi Patil" gender="M" yob="1980" vtc="Wai" '
          'dist="Satara" pc="412803"/>')


def run(home: Path, *argv: str, lang: str = "en") -> int:
    return cli.run(list(argv), lambda args: build_context(home, lang))


def _scan(tmp_path: Path, name: str, qr: str, *, numeric: bool = False, box: int = 4) -> Path:
    path = tmp_path / name
    path.write_bytes(jpeg(a4_page(11, dpi=200, qr=qr, qr_box=box, qr_numeric=numeric, noise=6), 80, dpi=200))
    return path


def test_qr_read_json_for_the_uidai_sample(kiosk_home: Path, tmp_path: Path, uidai_sample: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "card.jpg"
    image.write_bytes(jpeg(a4_page(12, qr=uidai_sample, qr_box=3, qr_numeric=True, skew=1.0), 75, dpi=300))
    assert run(kiosk_home, "qr", "read", str(image), "--json", "--photo", str(tmp_path / "face.png")) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["kind"] == "aadhaar-secure-qr" and result["version"] == 1
    assert result["verified"] is True and result["certificate"] == "uidai_prod_cdup"
    assert result["last4"] == "2697" and result["reference_id"] == "269720190308114407437"
    assert "text" not in result  # the raw QR payload is never echoed for an Aadhaar QR
    assert set(result["fields"]) == {"name", "dob", "gender", "care_of", "house", "street", "landmark", "location",
                                     "vtc", "post_office", "sub_district", "district", "state", "pincode",
                                     "mobile_last4"}
    assert result["fields"]["name"] == "Sumit Kumar"
    assert (tmp_path / "face.png").read_bytes().startswith(b"\x89PNG")


def test_qr_read_human_output_in_marathi(kiosk_home: Path, tmp_path: Path, test_key: rsa.RSAPrivateKey,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    # Signed by a key that is not pinned in assets/uidai: read, shown, and plainly "not verified".
    image = _scan(tmp_path, "v2.jpg", secure_qr(test_key), numeric=True, box=3)
    assert run(kiosk_home, "qr", "read", str(image), lang="mr") == 0
    out = capsys.readouterr().out
    assert "पडताळले नाही" in out and "XXXX XXXX 1234" in out and "Sunita Ramesh Patil" in out
    assert "लिंग: स्त्री" in out and "लिंग: F" not in out  # the word, never the bare letter (issue 14)


def test_qr_read_xml_qr_never_prints_the_full_number(kiosk_home: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    image = _scan(tmp_path, "old.jpg", XML_QR)
    assert run(kiosk_home, "qr", "read", str(image), "--json") == 0
    out = capsys.readouterr().out
    assert "234123412346" not in out and "23412341" not in out
    (result,) = json.loads(out)
    assert result["kind"] == "aadhaar-xml" and result["verified"] is False and result["last4"] == "2346"
    assert result["certificate"] is None and result["reference_id"] is None


def test_qr_read_other_codes_print_their_text(kiosk_home: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    image = _scan(tmp_path, "receipt.jpg", "MH-PUN-HVL-0042-20261127-0001")
    assert run(kiosk_home, "qr", "read", str(image), "--json") == 0
    assert json.loads(capsys.readouterr().out) == [{"symbology": "qrcode", "text": "MH-PUN-HVL-0042-20261127-0001"}]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"%PDF-1.4 not really", "is named .jpg but is really a PDF"),
        (jpeg(a4_page(1, dpi=100, noise=0), 80), "no QR code or barcode was found"),
    ],
)
def test_qr_read_unreadable_exits_2_with_one_line(kiosk_home: Path, tmp_path: Path, content: bytes, message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "input.jpg"
    image.write_bytes(content)
    assert run(kiosk_home, "qr", "read", str(image)) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_qr_read_broken_aadhaar_qr_exits_2(kiosk_home: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    image = _scan(tmp_path, "bad.jpg", "7" * 1500, numeric=True, box=3)
    assert run(kiosk_home, "qr", "read", str(image)) == 2
    assert "not in the Aadhaar format" in capsys.readouterr().err


def test_documents_import_stores_under_the_hash(kiosk_home: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    scan = _scan(tmp_path, "ration.jpg", "x")
    assert run(kiosk_home, "documents", "import", str(scan), str(scan), "--type", "ration_card") == 0
    out = capsys.readouterr().out
    sha = out.split(" stored ")[1].split()[0]
    ctx = build_context(kiosk_home, "en")
    assert read_document(ctx.sealed().documents, sha)[:5] == b"%PDF-"
    ctx.close()
    assert "2 pages" in out


def test_documents_import_refuses_in_marathi(kiosk_home: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    good = _scan(tmp_path, "page1.jpg", "x")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    assert run(kiosk_home, "documents", "import", str(good), str(bad), lang="mr") == 1
    assert "फाईल चित्र किंवा PDF नाही" in capsys.readouterr().err
    assert not any(p.is_file() for p in (kiosk_home / "documents").rglob("*"))  # nothing half-stored


def test_documents_scan_with_the_sane_test_backend(kiosk_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(kiosk_home, "documents", "scan", "--device", "test", "--resolution", "100", "--feeder") == 0
    assert "10 pages" in capsys.readouterr().out  # the test backend's feeder holds 10 sheets


def test_documents_watch_imports_and_sorts_files(kiosk_home: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    inbox = kiosk_home / "scan-inbox"
    inbox.mkdir(parents=True)
    good = jpeg(a4_page(2, dpi=150, noise=0), 85, dpi=150)

    def scanner() -> None:
        time.sleep(0.3)
        (inbox / "scan0001.jpg").write_bytes(good)
        (inbox / "scan0002.jpg").write_bytes(b"%PDF-1.4 a pdf with the wrong name")

    thread = threading.Thread(target=scanner)
    thread.start()
    assert run(kiosk_home, "documents", "watch", "--seconds", "2.0") == 0
    thread.join()
    out = capsys.readouterr().out
    assert "scan0001.jpg: stored" in out and "scan0002.jpg: refused" in out
    # The stored copy is sealed: the imported original is gone (issue 14), the refused one kept to look at.
    assert not (inbox / "scan0001.jpg").exists() and not (inbox / "imported").exists()
    assert (inbox / "rejected" / "scan0002.jpg").exists()


def test_documents_list_and_add(kiosk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An application committed with a stored document lists it; the hash names the file on disk."""
    assert run(kiosk_home, "demo", "--count", "1") == 0
    ctx = build_context(kiosk_home, "en")
    try:
        applications = ctx.applications()
        demo = applications.get(applications.list(limit=1)[0].receipt_number)
        scan = _scan(tmp_path, "aadhaar.jpg", "front side")
        doc = document_from_files([scan], DocumentSpec.of(ctx.catalogue().document_types["aadhaar"]))
        save_document(ctx.sealed().documents, doc)
        saved = applications.save_new(replace(demo, uuid=new_uuid(), receipt_number="",
                                              documents=(to_document_record(doc, "id_proof"),)))
    finally:
        ctx.close()
    capsys.readouterr()
    assert run(kiosk_home, "documents", "list", saved.receipt_number) == 0
    out = capsys.readouterr().out
    assert "id_proof" in out and doc.sha256[:16] in out and "aadhaar.jpg" in out and "MISSING" not in out

    code = run(kiosk_home, "documents", "add", saved.receipt_number, str(scan), "--type", "aadhaar")
    captured = capsys.readouterr()
    assert code == 0 and f"attached to {saved.receipt_number}" in captured.out
    assert run(kiosk_home, "documents", "list", saved.receipt_number) == 0
    assert capsys.readouterr().out.count("aadhaar.jpg") == 2


def test_documents_add_refused_once_sent(kiosk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the body went to the portal it is fixed under its key: adding is refused, nothing changes."""
    assert run(kiosk_home, "demo", "--count", "1") == 0
    ctx = build_context(kiosk_home, "en")
    try:
        receipt = ctx.applications().list(limit=1)[0].receipt_number
        with ctx.database().write() as conn:
            conn.execute("UPDATE outbox SET attempts = 1, state = 'unknown'")
        before = len(ctx.applications().get(receipt).documents)
    finally:
        ctx.close()
    scan = _scan(tmp_path, "late.jpg", "late proof")
    capsys.readouterr()
    assert run(kiosk_home, "documents", "add", receipt, str(scan), "--type", "aadhaar") == 1
    assert "already gone to the portal" in capsys.readouterr().err
    ctx = build_context(kiosk_home, "en")
    try:
        assert len(ctx.applications().get(receipt).documents) == before
    finally:
        ctx.close()
