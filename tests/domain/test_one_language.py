"""One language on screen, below the window: refusals, history notes and digits in the message catalogue.

The issue's examples: "…येत नाही: no rejection and the time limit has not passed" (an English detail inside
a Marathi sentence), "handed over at the counter" in a Marathi history, Devanagari digits next to Latin ₹.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.appeals import check_first_appeal, check_second_appeal
from kiosk.domain.applicant import Applicant, NameParts
from kiosk.domain.application import Application
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.messages import CATALOGUE, describe, history_note
from kiosk.domain.status import Status

DEVANAGARI_DIGIT = re.compile("[\u0966-\u096f]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
ASSETS = Path(__file__).resolve().parents[2] / "assets" / "i18n"


QUEUED = Application(uuid="u", hub_code="H", service_code="s", catalogue_version="v",
                     applicant=Applicant(NameParts("A", surname="B")), fields={}, documents=(), fees=(),
                     delivery="print_at_hub", operator="op", created_at=datetime(2026, 12, 3, tzinfo=UTC),
                     status=Status.QUEUED)


def _refusal(app: Application, today: date) -> AppealNotAllowed:
    with pytest.raises(AppealNotAllowed) as caught:
        check_first_appeal(app, today)
    return caught.value


def test_an_appeal_refusal_is_one_sentence_in_one_language() -> None:
    error = _refusal(QUEUED, date(2026, 12, 3))
    for lang in ("mr", "hi"):
        sentence = describe(error, lang)
        assert not LATIN_WORD.search(sentence), sentence
    assert "not rejected" in describe(error, "en")


def test_the_not_yet_refusal_gives_the_date_the_indian_way() -> None:
    app = replace(QUEUED, status=Status.SUBMITTED, due_date=date(2026, 12, 24))
    error = _refusal(app, date(2026, 12, 3))
    assert describe(error, "mr") == "आत्ता अपील दाखल करता येत नाही: मुदत 24-12-2026 पर्यंत आहे."


def test_second_appeal_refusals_read_their_own_reason() -> None:
    with pytest.raises(AppealNotAllowed) as caught:
        check_second_appeal(date(2026, 1, 1), date(2026, 1, 5), date(2026, 1, 5) + timedelta(days=40))
    assert "प्रथम अपिलाच्या आदेशाला" in describe(caught.value, "mr")


@pytest.mark.parametrize(("note", "mr", "en"), [
    ("handed over at the counter", "केंद्रावर नागरिकाला दिले", "handed over at the counter"),
    ("corrected after the portal refused it", "पोर्टलने नाकारल्यानंतर दुरुस्त केला", "corrected after the portal refused it"),
    ("Income proof unreadable / उत्पन्नाचा पुरावा वाचता येत नाही", "उत्पन्नाचा पुरावा वाचता येत नाही",
     "Income proof unreadable"),
    ("नागरिकाने लिहिलेली कारणे", "नागरिकाने लिहिलेली कारणे", "नागरिकाने लिहिलेली कारणे"),
])
def test_history_notes_read_in_the_operators_language(note: str, mr: str, en: str) -> None:
    assert history_note(note, "mr") == mr
    assert history_note(note, "en") == en


def test_a_void_note_names_the_reason_in_the_language() -> None:
    from kiosk.domain.voiding import VOID_REASONS

    code = next(iter(VOID_REASONS))
    shown = history_note(f"void: {code}", "mr")
    assert shown.startswith("अर्ज रद्द केला: ") and not LATIN_WORD.search(shown)


def test_one_digits_rule_latin_digits_in_every_message_and_translation() -> None:
    """README: Latin digits everywhere (₹ amounts, dates, counts); no Devanagari digit in any sentence."""
    for code, text in CATALOGUE.items():
        for wording in text:
            assert not DEVANAGARI_DIGIT.search(wording), f"{code}: {wording}"
    for ts in ASSETS.glob("kiosk_*.ts"):
        for line in ts.read_text(encoding="utf-8").splitlines():
            if "<translation" in line:
                assert not DEVANAGARI_DIGIT.search(line), f"{ts.name}: {line.strip()}"


def test_the_portals_catalogue_is_shown_with_latin_digits_too() -> None:
    from kiosk.domain.catalogue import Label

    label = Label("7/12 and 8-A extract", "७/१२ व ८-अ उतारा")
    assert label.text("mr") == "7/12 व 8-अ उतारा" and label.text("hi") == "7/12 व 8-अ उतारा"
    assert label.text("en") == "7/12 and 8-A extract"
