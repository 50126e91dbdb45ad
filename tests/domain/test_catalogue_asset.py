"""The shipped starter catalogue, checked against its sources, and the parser against broken catalogues.

The catalogue JSON is hand-maintained data; these tests are what keeps a hand edit from shipping a
catalogue that disagrees with ``assets/catalogue/sources/services.csv`` (a copy of the domain notes'
table) or that the kiosk would refuse at start-up.
"""

from __future__ import annotations

import copy
import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.catalogue import Catalogue, Label, parse_catalogue
from kiosk.domain.errors import CatalogueError

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "assets" / "catalogue" / "catalogue.json"
SOURCE_CSV = ROOT / "assets" / "catalogue" / "sources" / "services.csv"
NULLABLE = ("portal_service_id", "rts_days", "designated_officer", "first_appellate", "second_appellate")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalogue(raw: dict[str, Any]) -> Catalogue:
    return parse_catalogue(raw)


@pytest.fixture(scope="module")
def source_rows() -> list[dict[str, str]]:
    with SOURCE_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------------------------------ the shipped file


def test_shipped_catalogue_parses_with_version_and_source(catalogue: Catalogue) -> None:
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", catalogue.version)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", catalogue.published)
    assert "services.csv" in catalogue.source and "27 Mar 2025" in catalogue.source
    assert len(catalogue.services) >= 28


def test_file_is_hand_readable(raw: dict[str, Any]) -> None:
    text = CATALOGUE.read_text(encoding="utf-8")
    assert '"mr": "उत्पन्नाचा दाखला"' in text, "Marathi must be stored as text, not \\u escapes"
    assert text.startswith('{\n  "catalogue_version"'), "indent 2"


def test_every_csv_service_is_present_with_matching_facts(
    catalogue: Catalogue, source_rows: list[dict[str, str]]
) -> None:
    assert len(source_rows) == 28
    for row in source_rows:
        svc = catalogue.service(row["code"])
        assert svc.name.en == row["name_en"], row["code"]
        if row["name_mr"]:
            assert svc.name.mr == row["name_mr"], row["code"]
        assert svc.portal_service_id == (row["portal_service_id"] or None), row["code"]
        assert svc.rts_days == (int(row["rts_days"]) if row["rts_days"] else None), row["code"]
        # services.csv names the office; browsing groups by the state's department, the office its sub-department
        office = svc.sub_department.en if svc.sub_department else None
        assert row["department"] in (svc.department.en, office), row["code"]
        assert svc.confidence == row["confidence"], row["code"]
        for key in ("designated_officer", "first_appellate", "second_appellate"):
            label = getattr(svc, key)
            assert (label.en if label else "") == row[key], (row["code"], key)


def test_fee_totals_match_the_csv_citizen_totals(catalogue: Catalogue, source_rows: list[dict[str, str]]) -> None:
    for row in source_rows:
        svc = catalogue.service(row["code"])
        if row["citizen_total_inr"]:
            assert svc.total_paise == int(row["citizen_total_inr"]) * 100, row["code"]
        else:
            assert "fees" in svc.unknown and not svc.fees, row["code"]


def test_sixty_nine_rupee_breakdown_is_flagged_as_inference(catalogue: Catalogue) -> None:
    income = catalogue.service("income-certificate")
    assert {f.kind: f.paise for f in income.fees} == {"service_charge": 5000, "gst": 900, "stamp": 1000}
    assert "confidence L" in income.notes
    satbara = catalogue.service("satbara-extract")
    assert {f.kind: f.paise for f in satbara.fees} == {"service_charge": 1500, "government_fee": 1000}


def test_unknown_values_are_empty_and_empty_values_are_flagged(raw: dict[str, Any]) -> None:
    for svc in raw["services"]:
        for key in svc["unknown"]:
            assert key in svc, (svc["code"], key)
            assert svc[key] in (None, [], ""), (svc["code"], key)
        for key in NULLABLE:
            if svc.get(key) is None:
                assert key in svc["unknown"], (svc["code"], key)
        if not svc["documents"]:
            assert "documents" in svc["unknown"], svc["code"]


def _labels(obj: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(obj, dict):
        if set(obj) == {"en", "mr"}:
            return [(path, obj)]
        for key, value in obj.items():
            if key != "name_confidence":  # {en, mr} of confidence words, not a label
                found += _labels(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            found += _labels(value, f"{path}[{i}]")
    return found


def test_every_label_is_present_in_both_languages(raw: dict[str, Any]) -> None:
    labels = _labels(raw)
    assert len(labels) > 400
    for path, label in labels:
        assert isinstance(label["en"], str) and label["en"].strip(), path
        assert isinstance(label["mr"], str) and label["mr"].strip(), path
        assert DEVANAGARI.search(label["mr"]), f"{path}: Marathi label has no Devanagari"
        assert not DEVANAGARI.search(label["en"]), f"{path}: English label has Devanagari"


def test_detailed_services_carry_the_readme_documents(catalogue: Catalogue) -> None:
    income = catalogue.service("income-certificate")
    groups = {g.code: g for g in income.documents}
    assert {"pan", "aadhaar", "voter_id", "mgnrega_card"} <= set(groups["id_proof"].any_of)
    assert "talathi_income_report" in groups["income_proof"].any_of
    assert groups["age_proof_minor"].condition == "minor"
    assert groups["self_declaration"].any_of == ("self_declaration",)
    for code in ("domicile-certificate", "caste-certificate", "non-creamy-layer-certificate",
                 "senior-citizen-certificate", "solvency-certificate", "birth-certificate-rural",
                 "death-certificate-rural", "marriage-registration-rural", "shop-establishment-registration",
                 "ration-card-new"):
        svc = catalogue.service(code)
        assert svc.documents and "documents" not in svc.unknown, code
    photo = catalogue.document_types["photo"]
    assert photo.kind == "photo" and photo.max_kb_per_page == 100
    assert catalogue.document_types["aadhaar"].kind == "text"


def test_service_specific_fields_and_rules(catalogue: Catalogue) -> None:
    income = catalogue.service("income-certificate")
    assert income.field("annual_income") is not None and income.field("annual_income").type == "money"  # type: ignore[union-attr]
    year = income.field("income_year")
    assert year is not None and year.pattern and re.fullmatch(year.pattern, "2025-26")
    assert not re.fullmatch(year.pattern, "25-26")
    caste = catalogue.service("caste-certificate")
    assert caste.needs_category
    category = caste.field("category")
    assert category is not None and [o.value for o in category.options] == ["SC", "ST", "OBC", "VJ-NT", "SBC"]
    assert catalogue.service("senior-citizen-certificate").min_age == 60
    survey = catalogue.service("satbara-extract").field("survey_number")
    assert survey is not None and survey.pattern
    assert re.fullmatch(survey.pattern, "123/2अ") and not re.fullmatch(survey.pattern, "abc")
    birth = catalogue.service("birth-certificate-rural")
    assert {"date_of_birth", "place_of_birth", "mother_name", "father_name"} <= {f.name for f in birth.fields}
    shops = catalogue.service("shop-establishment-registration").field("employee_count")
    assert shops is not None and shops.min_value == 10


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("income", "income-certificate"),
        ("INCOME CERT", "income-certificate"),
        ("creamy", "non-creamy-layer-certificate"),
        ("उत्पन्न", "income-certificate"),
        ("जातीचे", "caste-certificate"),
        ("ज्येष्ठ", "senior-citizen-certificate"),
        ("सातबारा", "satbara-extract"),
        ("७/१२", "satbara-extract"),
        ("शिधापत्रिका", "ration-card-new"),
        ("रहिवास", "temporary-residence-certificate"),
        ("domicile", "domicile-certificate"),
    ],
)
def test_search_in_both_languages(catalogue: Catalogue, query: str, expected: str) -> None:
    assert expected in [s.code for s in catalogue.search(query)]


def test_search_ranks_prefix_before_substring(catalogue: Catalogue) -> None:
    codes = [s.code for s in catalogue.search("cert")]
    assert codes and all(c.endswith("certificate") or "cert" in c for c in codes)
    hits = [s.code for s in catalogue.search("दाखला")]
    assert "income-certificate" in hits and "birth-certificate-rural" in hits
    prefix = [s.code for s in catalogue.search("जन्म")]
    assert prefix[:2] == ["birth-certificate-rural", "birth-certificate-urban"]
    assert catalogue.search("zzzz-no-such-service") == []


def test_label_text_falls_back_by_language() -> None:
    assert Label("Income", "उत्पन्न").text("mr") == "उत्पन्न"
    assert Label("Income", "उत्पन्न").text("en") == "Income"


# ------------------------------------------------------------------------------------ broken catalogues


def _broken(raw: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(raw)


def _rejects(doc: Any, *fragments: str) -> CatalogueError:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(doc)
    for fragment in fragments:
        assert fragment in str(info.value), (fragment, str(info.value))
    return info.value


def test_missing_top_level_fields(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    del doc["catalogue_version"]
    del doc["services"]
    _rejects(doc, "missing 'catalogue_version'", "missing 'services'")


def test_missing_service_fields(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    del doc["services"][0]["name"]
    del doc["services"][1]["fees"]
    _rejects(doc, "service 'income-certificate'.name", "service 'domicile-certificate': missing 'fees'")


def test_wrong_types(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["rts_days"] = "fifteen"
    doc["services"][1]["fees"][0]["paise"] = 50.0
    doc["services"][2]["fields"][0]["max_length"] = "200"
    err = _rejects(doc, "'rts_days' has the wrong type", "'paise' has the wrong type", "'max_length' has the wrong type")
    assert err.params["count"] == 3


def test_boolean_is_not_an_integer(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["fees"][0]["paise"] = True
    _rejects(doc, "'paise' has the wrong type")


def test_unknown_document_type(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["documents"][0]["any_of"].append("aadhar_typo")
    _rejects(doc, "unknown document type 'aadhar_typo'")


def test_duplicate_service_codes(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"].append(copy.deepcopy(doc["services"][0]))
    _rejects(doc, "duplicate service codes")


def test_negative_fee(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["fees"][0]["paise"] = -5000
    _rejects(doc, "service 'income-certificate'.fees[0]: negative fee")


def test_empty_any_of(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["documents"][0]["any_of"] = []
    _rejects(doc, "'any_of' is empty")


def test_other_broken_values(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["fees"][0]["kind"] = "bribe"
    doc["services"][0]["fields"][0]["type"] = "colour"
    doc["services"][2]["fields"][1]["options"] = []
    doc["services"][3]["rts_days"] = 0
    doc["services"][4]["name"] = {"en": "Only English", "mr": "  "}
    _rejects(
        doc,
        "unknown fee kind 'bribe'",
        "unknown field type 'colour'",
        "a select field needs options",
        "rts_days must be positive",
        "needs non-empty 'en' and 'mr'",
    )


def test_duplicate_field_names(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    doc["services"][0]["fields"].append(copy.deepcopy(doc["services"][0]["fields"][0]))
    _rejects(doc, "duplicate field names")


@pytest.mark.parametrize("doc", [None, [], "catalogue", 42, {"services": []}])
def test_not_a_catalogue(doc: Any) -> None:
    _rejects(doc, "catalogue")


def test_many_problems_are_summarised(raw: dict[str, Any]) -> None:
    doc = _broken(raw)
    for svc in doc["services"]:
        svc["rts_days"] = -1
        svc.pop("rts_text", None)  # else "rts_days or rts_text, not both" is a second problem
    n = len(doc["services"])
    err = _rejects(doc, "rts_days must be positive", f"(+{n - 10} more)")
    assert err.params["count"] == n


def test_the_parser_does_not_mutate_its_input(raw: dict[str, Any]) -> None:
    before = json.dumps(raw, sort_keys=True)
    parse_catalogue(raw)
    assert json.dumps(raw, sort_keys=True) == before



# Hostile documents that once crashed the parser or slipped through it (found while building the asset).
_HOSTILE = [
    ("max_kb_not_int", lambda d: d["document_types"]["aadhaar"].__setitem__("max_kb_per_page", "big"),
     "max_kb_per_page must be a positive whole number"),
    ("max_kb_zero", lambda d: d["document_types"]["aadhaar"].__setitem__("max_kb_per_page", 0),
     "max_kb_per_page must be a positive whole number"),
    ("any_of_unhashable_item", lambda d: d["services"][0]["documents"][0].__setitem__("any_of", [[1]]),
     "'any_of' entries must be document type codes"),
    ("unknown_is_a_string", lambda d: d["services"][0].__setitem__("unknown", "fees"),
     "'unknown' must be a list of field names"),
    ("document_kind_not_checked", lambda d: d["document_types"]["aadhaar"].__setitem__("kind", "video"),
     "document_types.aadhaar: kind must be one of"),
]


@pytest.mark.parametrize(("name", "mutate", "message"), _HOSTILE, ids=[h[0] for h in _HOSTILE])
def test_hostile_values_are_named(raw: dict[str, Any], name: str, mutate: Any, message: str) -> None:
    doc = _broken(raw)
    mutate(doc)
    _rejects(doc, message)
