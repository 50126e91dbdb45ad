"""Normalisation at the boundary and the per-field checks, with hostile and broken input."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kiosk.domain.applicant import NameParts
from kiosk.domain.errors import ProblemList
from kiosk.domain.text import fold_digits, normalise_digits, normalise_text, search_key
from kiosk.domain.validation import check_aadhaar, check_dob, check_mobile, check_name, check_pin


def codes(p: ProblemList) -> list[tuple[str, str]]:
    return [(x.field, x.code) for x in p.items]


def test_nfd_input_becomes_nfc_and_zwj_survives() -> None:
    nfd = unicodedata.normalize("NFD", "क़ाज़ी")
    assert normalise_text(nfd) == unicodedata.normalize("NFC", "क़ाज़ी")
    eyelash = "र\u094d\u200dय"  # eyelash-ra needs the ZWJ
    assert normalise_text(f"  {eyelash}  ") == eyelash
    assert normalise_text("a\x00b\u200bc\t\td") == "abc d"


def test_devanagari_digits_fold() -> None:
    assert fold_digits("९८२२०१२३४५") == "9822012345"
    assert normalise_digits(" ९८२२-०१ २३४५ ") == "9822012345"
    assert search_key("SUNITA ९८") == "sunita 98"


@pytest.mark.parametrize("mobile,ok", [
    ("9822012345", True), ("९८२२०१२३४५", True), ("+91 98220 12345", True), ("5822012345", False),
    ("982201234", False), ("98220123456", False), ("98220abcde", False), ("'; DROP TABLE x;--", False),
])
def test_mobile(mobile: str, ok: bool) -> None:
    p = ProblemList()
    check_mobile(p, mobile)
    assert (not p) is ok
    if not ok:
        assert p.items[0].mr and p.items[0].en


@pytest.mark.parametrize("pin,ok", [("412207", True), ("४११००१", True), ("400001", True), ("449999", True),
                                    ("450001", False), ("110001", False), ("41220", False), ("", False)])
def test_pin_must_be_maharashtra(pin: str, ok: bool) -> None:
    p = ProblemList()
    check_pin(p, pin)
    assert (not p) is ok


def test_aadhaar_verhoeff_and_only_last_four_kept() -> None:
    p = ProblemList()
    assert check_aadhaar(p, "2341 2341 2346") == "2346"
    assert check_aadhaar(p, "२३४१२३४१२३४६") == "2346"
    assert not p
    for bad in ("234123412347", "123412341234", "23412341234", "abcd"):
        p = ProblemList()
        assert check_aadhaar(p, bad) is None
        assert codes(p) == [("aadhaar", "invalid")]


def test_dob_rules() -> None:
    today = date(2026, 11, 27)
    p = ProblemList()
    check_dob(p, date(2027, 1, 1), today, None)
    assert codes(p) == [("dob", "future")]
    p = ProblemList()
    check_dob(p, date(1890, 1, 1), today, None)
    assert codes(p) == [("dob", "implausible")]
    p = ProblemList()
    check_dob(p, date(1970, 1, 1), today, 60)
    assert codes(p) == [("dob", "too_young")]
    p = ProblemList()
    check_dob(p, date(1966, 11, 27), today, 60)  # 60 today
    assert not p


def test_names_script_and_metacharacters() -> None:
    p = ProblemList()
    check_name(p, NameParts("D'Souza", "", "", "Mary-Ann"), "en", True)
    check_name(p, NameParts("सुनीता", "", "", "क्षीरसागर"), "mr", True)
    assert not p
    p = ProblemList()
    check_name(p, NameParts("Robert'); DROP TABLE applications;--", "", "", "X"), "en", True)
    check_name(p, NameParts("<b>x</b>", "", "", "Y"), "en", True)
    check_name(p, NameParts("Sunita", "", "", "क्षीरसागर"), "mr", True)
    assert codes(p) == [("name_en.first", "bad_script"), ("name_en.first", "bad_script"),
                        ("name_mr.first", "bad_script")]
    p = ProblemList()
    check_name(p, NameParts(), "en", True)
    assert codes(p) == [("name_en.first", "required"), ("name_en.surname", "required")]
