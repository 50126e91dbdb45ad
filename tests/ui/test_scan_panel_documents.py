"""The scan panel with a locked e-Aadhaar PDF and with an all-black scan (issue 14 §Documents the operator
can use): the password is asked for (hidden) and used once, and an empty page is accepted with a warning."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk.ui.documents_panel import DocumentsPanel
from tests.documents.docsynth import PASSWORD, encrypted_pdf


def _panel(qtbot, ctx) -> DocumentsPanel:
    catalogue = ctx.catalogue()
    panel = DocumentsPanel(ctx.use_cases().attachments, ctx.paths.scan_inbox, "en", catalogue,
                           catalogue.service("income-certificate"), poll=False)
    qtbot.addWidget(panel)
    return panel


def test_a_locked_pdf_is_opened_with_the_password_the_operator_types(qtbot, ctx, tmp_path: Path) -> None:
    panel = _panel(qtbot, ctx)
    panel.kind.setCurrentIndex(panel.kind.findData("id_proof|aadhaar"))
    asked: list[str] = []
    answers = iter(["WRON1999", PASSWORD])

    def ask(name: str, why: str) -> str | None:
        asked.append(why)
        return next(answers)

    panel.ask_password = ask  # type: ignore[method-assign]  # the modal QInputDialog, answered
    locked = tmp_path / "EAadhaar_2026.pdf"
    locked.write_bytes(encrypted_pdf(PASSWORD))
    panel.attach_path(locked, from_inbox=False)
    qtbot.waitUntil(lambda: len(panel.records) == 1, timeout=20_000)
    assert len(asked) == 2 and "year of birth" in asked[0] and "not right" in asked[1]
    assert panel.records[0].doc_type == "aadhaar" and panel.busy == 0
    assert PASSWORD not in vars(panel).values()  # nothing on the panel keeps it


def test_an_all_black_scan_is_attached_with_a_warning(qtbot, ctx) -> None:
    panel = _panel(qtbot, ctx)
    panel.kind.setCurrentIndex(panel.kind.findData("id_proof|aadhaar"))
    ctx.paths.scan_inbox.mkdir(parents=True, exist_ok=True)
    black = ctx.paths.scan_inbox / "lid-open.png"
    Image.new("L", (1240, 1754), 6).save(black, dpi=(150, 150))
    panel.attach_path(black, from_inbox=True)
    qtbot.waitUntil(lambda: len(panel.records) == 1, timeout=20_000)
    assert "almost all black" in panel.message.text()
    assert not black.exists()  # sealed into documents; no plaintext original left in the scan folder
