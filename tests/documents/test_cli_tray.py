"""`documents import / scan / watch` attach with --to or keep the document in the tray — never lost to the
orphan sweep; `documents add --group` names the group; a locked PDF takes --password or stdin (issue 14)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from docsynth import PASSWORD, a4_page, encrypted_pdf, jpeg

from kiosk import cli
from kiosk.app import KioskContext, build_context
from kiosk.documents.storage import has_document, iter_stored
from kiosk.domain.intake import take_application
from kiosk.store.document_tray import tray_items
from tests.forms import income_form


def run(home: Path, *argv: str, stdin: str = "") -> int:
    import sys

    saved, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        return cli.run(list(argv), lambda args: build_context(home, "en"))
    finally:
        sys.stdin = saved


def _income_application(ctx: KioskContext) -> str:
    app = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                           hub_code=ctx.hub().code, operator="op", now=ctx.now(), today=ctx.today()).application
    assert app is not None
    return ctx.applications().save_new(app).receipt_number


def _scan(tmp_path: Path, name: str, seed: int = 2) -> Path:
    path = tmp_path / name
    path.write_bytes(jpeg(a4_page(seed, dpi=150, noise=3), 85, dpi=150))
    return path


def _age_every_stored_file(home: Path) -> None:
    past = time.time() - 2 * 3600
    for _, path in iter_stored(home / "documents"):
        os.utime(path, (past, past))


def test_an_import_without_an_application_waits_in_the_tray_past_the_orphan_sweep(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = ctx.paths.home
    assert run(home, "documents", "import", str(_scan(tmp_path, "ration.jpg")), "--type", "ration_card") == 0
    out = capsys.readouterr().out
    assert "stored" in out and "kept in the tray" in out
    (item,) = tray_items(ctx.database())
    _age_every_stored_file(home)
    ctx.use_cases().start_up.run()  # the sweep that deleted such documents as orphans
    assert has_document(ctx.paths.documents, item.record.sha256)

    assert run(home, "documents", "tray") == 0
    listed = capsys.readouterr().out
    assert item.record.sha256[:12] in listed and "ration.jpg" in listed and "ration_card" in listed
    receipt = _income_application(ctx)
    assert run(home, "documents", "attach", receipt, item.record.sha256[:12], "--group", "address_proof") == 0
    assert f"attached to {receipt}" in capsys.readouterr().out
    docs = ctx.applications().get(receipt).documents
    assert [(d.sha256, d.group_code, d.doc_type) for d in docs] == [
        (item.record.sha256, "address_proof", "ration_card")]
    assert tray_items(ctx.database()) == []
    _age_every_stored_file(home)
    ctx.use_cases().start_up.run()
    assert has_document(ctx.paths.documents, item.record.sha256)


def test_discarding_from_the_tray_removes_the_file(ctx: KioskContext, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    home = ctx.paths.home
    assert run(home, "documents", "import", str(_scan(tmp_path, "wrong.jpg", 3))) == 0
    (item,) = tray_items(ctx.database())
    capsys.readouterr()
    assert run(home, "documents", "discard", item.record.sha256[:10]) == 0
    assert "discarded" in capsys.readouterr().out
    assert not has_document(ctx.paths.documents, item.record.sha256) and tray_items(ctx.database()) == []
    assert run(home, "documents", "discard", item.record.sha256[:10]) == 1
    assert "is waiting in the tray" in capsys.readouterr().err


def test_import_and_scan_with_to_attach_at_once(ctx: KioskContext, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    home = ctx.paths.home
    receipt = _income_application(ctx)
    assert run(home, "documents", "import", str(_scan(tmp_path, "aadhaar.jpg")), "--type", "aadhaar",
               "--to", receipt) == 0
    assert f"attached to {receipt}" in capsys.readouterr().out
    assert run(home, "documents", "scan", "--device", "test", "--resolution", "75", "--type", "ration_card",
               "--to", receipt, "--group", "address_proof") == 0
    docs = ctx.applications().get(receipt).documents
    assert [(d.group_code, d.doc_type) for d in docs] == [("id_proof", "aadhaar"), ("address_proof", "ration_card")]
    assert tray_items(ctx.database()) == []
    # a wrong group is refused before any work, naming the groups there are
    assert run(home, "documents", "import", str(_scan(tmp_path, "x.jpg", 4)), "--to", receipt,
               "--group", "photo") == 1
    assert "id_proof" in capsys.readouterr().err


def test_documents_add_lets_the_operator_name_the_group(ctx: KioskContext, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """An Aadhaar also proves the address for an income certificate: it no longer always fills id_proof."""
    receipt = _income_application(ctx)
    scan = _scan(tmp_path, "aadhaar-back.jpg", 5)
    assert run(ctx.paths.home, "documents", "add", receipt, str(scan), "--type", "aadhaar",
               "--group", "address_proof") == 0
    assert [d.group_code for d in ctx.applications().get(receipt).documents] == ["address_proof"]


def test_a_locked_e_aadhaar_pdf_takes_its_password_and_keeps_it_nowhere(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = ctx.paths.home
    path = tmp_path / "EAadhaar_2026.pdf"
    path.write_bytes(encrypted_pdf(PASSWORD))
    assert run(home, "documents", "import", str(path), "--type", "aadhaar") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "password" in err[0]
    assert run(home, "documents", "import", str(path), "--type", "aadhaar", "--password", "WRON1999") == 1
    assert "not right" in capsys.readouterr().err
    assert run(home, "documents", "import", str(path), "--type", "aadhaar", "--password", "-",
               stdin=PASSWORD + "\n") == 0
    assert "stored" in capsys.readouterr().out
    ctx.close()
    hits = [p for p in home.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    assert hits == []


def test_blank_pages_are_warned_on_the_command_line(ctx: KioskContext, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    blank = tmp_path / "lid-open.png"
    Image.new("L", (1240, 1754), 8).save(blank, dpi=(150, 150))
    assert run(ctx.paths.home, "documents", "import", str(blank)) == 0
    assert "warning: page 1 is almost all black" in capsys.readouterr().out
