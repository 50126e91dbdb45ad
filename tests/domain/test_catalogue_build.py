"""The shipped full catalogue is what its sources build, and it is a catalogue the kiosk accepts.

``assets/catalogue/catalogue-full.json`` is compiled by ``tests/domain/build_catalogue.py`` from the
detailed services (``catalogue.json``) and the notified-services lists with their glossaries. A source
edited without a rebuild fails here (re-run the script).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.catalogue_sources import SourceError, build_full_catalogue
from tests.domain.build_catalogue import FULL, build

HEADER = ("sr_no\tcode\tdepartment_en\tsub_department_en\tname_en\tname_mr\trts_days\trts_text_en\tdesignated_en\t"
          "first_appellate_en\tsecond_appellate_en\ton_portal\tnote\n")


@pytest.fixture(scope="module")
def built() -> tuple[dict[str, Any], str]:
    return build()


@pytest.fixture(scope="module")
def full(built: tuple[dict[str, Any], str]) -> Catalogue:
    return parse_catalogue(json.loads(built[1]))


def test_the_shipped_file_is_what_the_sources_build(built: tuple[dict[str, Any], str]) -> None:
    assert FULL.read_text("utf-8") == built[1], "re-run: python tests/domain/build_catalogue.py"


def test_the_full_catalogue_validates_and_holds_every_notified_row(full: Catalogue) -> None:
    detailed = parse_catalogue(json.loads((FULL.parent / "catalogue.json").read_text("utf-8")))
    rows = sum(len(p.read_text("utf-8").splitlines()) - 1 for p in FULL.parent.glob("sources/notified-part*.tsv"))
    assert all(full.has(s.code) and full.service(s.code).form == "detailed" for s in detailed.services)
    merged = sum(1 for s in detailed.services if "notified-part" in full.service(s.code).source)
    assert len(full.services) == len(detailed.services) + rows - merged
    for svc in full.services:
        assert svc.department.mr and svc.name.mr, svc.code
        if svc.generic:
            assert not svc.fee_known and svc.known_total_paise is None, svc.code  # never ₹0.00
            assert "fees" in svc.unknown and svc.name_confidence.mr in ("translated", "low"), svc.code
        assert svc.rts_days or svc.rts_text or "rts_days" in svc.unknown, svc.code


def test_a_detailed_service_keeps_its_form_gains_notified_facts_and_notes_disagreements(full: Catalogue) -> None:
    income = full.service("income-certificate")
    assert income.form == "detailed" and income.fields and income.fee_known
    assert income.on_portal is True and income.sub_department is not None
    assert "notified-part1.tsv#" in income.source
    satbara = full.service("satbara-extract")
    assert satbara.rts_days == 1 and "rts_days: notified list says 7, kept 1" in satbara.notes


def _tsv(*rows: str) -> list[tuple[str, str]]:
    return [("notified-part1.tsv", HEADER + "".join(r + "\n" for r in rows))]


def test_a_row_without_a_glossary_entry_keeps_english_and_says_so() -> None:
    detailed = {"catalogue_version": "1", "published": "2026-12-03", "document_types": {},
                "services": []}
    doc = build_full_catalogue(detailed, _tsv(
        "1\tx-licence\tHome Department\t\tX licence\tएक्स परवाना\t\tsame day\tClerk\t\t\tY\t"),
        [("glossary-catalogue.tsv", "kind\ten\tmr\nrts_text\tsame day\tत्याच दिवशी\n")])
    svc = parse_catalogue(doc).service("x-licence")
    assert svc.department.mr == "Home Department" and "department_mr" in svc.unknown
    assert svc.same_day and svc.rts_text is not None and svc.rts_text.mr == "त्याच दिवशी"
    assert "first_appellate" in svc.unknown and svc.first_appellate is None


@pytest.mark.parametrize("row, complaint", [
    ("1\tx\tD\t\tX\tक\tseven\t\t\t\t\tY\t", "whole number"),
    ("1\tx\tD\t\tX\tक\t3\t\t\t\t\tmaybe\t", "on_portal"),
    ("1\tx\tD\t\tX\tक\t3\t\t\t\t\tY", "columns"),
])
def test_a_broken_source_row_stops_the_build(row: str, complaint: str) -> None:
    detailed = {"catalogue_version": "1", "published": "2026-12-03", "document_types": {}, "services": []}
    with pytest.raises(SourceError, match=complaint):
        build_full_catalogue(detailed, _tsv(row), [])


def test_a_code_used_twice_stops_the_build() -> None:
    detailed = {"catalogue_version": "1", "published": "2026-12-03", "document_types": {}, "services": []}
    row = "1\tx\tD\t\tX\tक\t3\t\t\t\t\tY\t"
    with pytest.raises(SourceError, match="used twice"):
        build_full_catalogue(detailed, _tsv(row, row), [])
