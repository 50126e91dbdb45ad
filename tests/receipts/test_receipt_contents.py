"""What the receipt says (issue 14): one A4 page always; RTS Rule 6 contents (hub address, second appellate
authority and the State Commission, how the fee was paid, working days, the service's key particulars, the
operator's name); a text layer pdftotext reads as the right Marathi words; codes printed as words."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kiosk.config import ASSETS_DIR
from kiosk.domain.catalogue import parse_catalogue
from kiosk.receipts import build_receipt_data, render_receipt
from kiosk.receipts.build import gender_word
from kiosk.receipts.model import BiText
from kiosk.security.users import create_user
from kiosk.store.hub import load_hub, save_hub
from tests.receipts.helpers import make_receipt, pdf_text
from tests.receipts.test_receipt_commands import saved  # noqa: F401 - the fixture is used below

NAME_EN = "Venkata Subrahmanya Lakshminarayana Chakravarthy Deshpande-K"  # 60 characters
NAME_MR = "वेंकटसुब्रह्मण्य लक्ष्मीनारायण चक्रवर्ती देशपांडे-कुलकर्णी पाटील"  # 60+ in Devanagari


def _pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _longest_document_list() -> tuple[tuple[BiText, ...], tuple[BiText, ...]]:
    """Every document the catalogue's busiest service can take, and every group it asks for."""
    catalogue = parse_catalogue(json.loads((ASSETS_DIR / "catalogue" / "catalogue.json").read_text("utf-8")))
    service = max(catalogue.services, key=lambda s: sum(len(g.any_of) for g in s.documents))
    received = tuple(dict.fromkeys(BiText(catalogue.document_label(code).en, catalogue.document_label(code).mr)
                                   for group in service.documents for code in group.any_of))
    missing = tuple(BiText(g.label.en, g.label.mr) for g in service.documents)
    return received, missing


def test_a4_stays_on_one_page_with_long_names_duplicate_and_the_longest_document_list(tmp_path: Path) -> None:
    received, missing = _longest_document_list()
    assert len(received) >= 10
    data = make_receipt(applicant=BiText(NAME_EN, NAME_MR), duplicate=True, documents_received=received,
                        documents_missing=missing,
                        particulars=((BiText("Purpose of the certificate", "दाखल्याचा उद्देश"), BiText("x" * 120)),),
                        second_appellate=BiText("Sub-Divisional Officer", "उपविभागीय अधिकारी"))
    pdf = render_receipt(data, "a4")
    assert _pages(pdf) == 1
    text = pdf_text(pdf, tmp_path)
    assert NAME_EN in text and "Computer-generated receipt" in text  # the footer notes are on the page
    assert "DUPLICATE" in text and received[-1].en in text


def test_the_text_layer_reads_as_the_words_printed(tmp_path: Path) -> None:
    data = make_receipt(applicant=BiText("Shrikrishna Karhade", "श्रीकृष्ण कऱ्हाडे"), duplicate=True)
    for layout in ("a4", "80mm"):
        text = pdf_text(render_receipt(data, layout), tmp_path)
        for words in ("डिजिटल सेवा केंद्र, शिरूर", "श्रीकृष्ण कऱ्हाडे", "दुय्यम प्रत", "उत्पन्नाचा दाखला",
                      "प्राप्त कागदपत्रे", "तहसील कार्यालयाजवळ, शिरूर, पुणे", "नायब तहसीलदार, शिरूर",
                      "Near Tahsil Office, Shirur", "15 कामकाजाचे दिवस / 15 working days"):
            assert words in text, (layout, words)


def test_receipt_carries_the_rts_rule_6_contents(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store = ctx.database()
    hub = load_hub(store)
    save_hub(store, dataclasses.replace(hub, address_en="Near Gram Panchayat, Wagholi, Pune 412207",
                                        address_mr="ग्रामपंचायतीजवळ, वाघोली, पुणे 412207"))
    create_user(store, None, "operator1", "Prajakta Deshmukh", "supervisor", datetime(2026, 11, 27, tzinfo=UTC))
    receipts = ctx.use_cases().receipts
    satbara = dataclasses.replace(saved, service_code="satbara-extract",
                                  fields={"village": "Wagholi", "survey_number": "123/2"})
    text = pdf_text(receipts.make(satbara).pdf, tmp_path)
    assert "ग्रामपंचायतीजवळ, वाघोली, पुणे 412207" in text and "Near Gram Panchayat, Wagholi" in text
    assert "123/2" in text and "Survey / Gat number" in text  # the 7/12's key particular
    assert "1 कामकाजाचा दिवस / 1 working day\n" in text  # its time limit is one day: not "1 days"
    assert "Prajakta Deshmukh" in text and "operator1" not in text  # the name, not the login
    assert "Fee paid by" in text and "Cash" in text
    assert "working days" in pdf_text(receipts.make(saved).pdf, tmp_path)  # the income service: 21 days
    income = pdf_text(receipts.make(saved).pdf, tmp_path)
    assert "Second appellate authority" in income and "Sub-Divisional Officer" in income
    assert "Maharashtra State Commission for Right" in income.replace("\n", " ")
    assert "शेती / Agriculture" in income  # a select field's answer as its label, not "agriculture"


def test_a_hub_without_an_address_and_a_login_without_an_account_still_print(ctx, saved) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    data = build_receipt_data(saved, None, ctx.hub())
    assert data.operator == "operator1" and data.hub.address.empty and data.particulars == ()


@pytest.mark.parametrize(("code", "en", "mr"), [("M", "Male", "पुरुष"), ("f", "Female", "स्त्री"),
                                                ("T", "Transgender", "तृतीयपंथी")])
def test_a_gender_code_is_printed_as_the_word(code: str, en: str, mr: str) -> None:
    assert gender_word(code) == BiText(en, mr)
    assert gender_word("X") is None
