"""Finding a service as the operator types (issue 16): Marathi, English, Marathi in English letters, a typo
forgiven, departments, this hub's most used first — on the shipped catalogue."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.catalogue import Catalogue, Label, parse_catalogue
from kiosk.domain.service_index import GENERIC_WORDS, ServiceIndex, _one_edit, department_key
from kiosk.domain.sound_key import text_keys, word_key

CATALOGUES = Path(__file__).resolve().parents[2] / "assets" / "catalogue"
# The full catalogue (every notified service) once the build ships it, else the detailed services.
SHIPPED = next(p for p in (CATALOGUES / "catalogue-full.json", CATALOGUES / "catalogue.json") if p.exists())


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return parse_catalogue(json.loads(SHIPPED.read_text("utf-8")))


@pytest.fixture(scope="module")
def index(catalogue: Catalogue) -> ServiceIndex:
    return ServiceIndex(catalogue.services)


def top(index: ServiceIndex, query: str, n: int = 3) -> list[str]:
    return [s.code for s in index.search(query, limit=n).services]


def first(index: ServiceIndex, query: str, **kwargs: object) -> str:
    found = index.search(query, **kwargs)  # type: ignore[arg-type]
    assert found.services, query
    return found.services[0].code


@pytest.mark.parametrize(("typed", "written"), [
    ("utpanna", "उत्पन्न"), ("utpannacha", "उत्पन्नाचा"), ("dakhla", "दाखला"), ("dakhala", "दाखला"),
    ("shetkari", "शेतकरी"), ("jatiche", "जातीचे"), ("rahiwasi", "रहिवासी"), ("aadhar", "आधार"),
    ("krushi", "कृषी"), ("nondani", "नोंदणी"), ("shidhapatrika", "शिधापत्रिका"), ("vivah", "विवाह"),
])
def test_marathi_typed_in_english_letters_sounds_like_the_marathi(typed: str, written: str) -> None:
    assert word_key(typed) == word_key(written)


def test_a_key_keeps_words_apart_and_joiners_inside_them() -> None:
    assert text_keys("उत्पन्नाचा दाखला") == ["utpnc", "dkl"]
    assert text_keys("7/12 उतारा") == ["7", "12", "utr"]
    assert text_keys("कार्य\u200dक्रम") == text_keys("कार्यक्रम")  # a ZWJ is no word break
    assert word_key("Income") == word_key("INCOME") != word_key("dakhla")


@pytest.mark.parametrize(("query", "code"), [
    ("utpanna", "income-certificate"), ("utpanna dakhla", "income-certificate"),
    ("उत्पन्न", "income-certificate"), ("उत्पन", "income-certificate"), ("income", "income-certificate"),
    ("jatiche pramanpatra", "caste-certificate"), ("caste", "caste-certificate"),
    ("7/12", "satbara-extract"), ("satbara", "satbara-extract"), ("navin shidhapatrika", "ration-card-new"),
    ("janm nond", "birth-certificate-rural"), ("रहिवासी", "residence-certificate-gp"),
])
def test_each_way_of_typing_finds_the_service(index: ServiceIndex, query: str, code: str) -> None:
    assert first(index, query) == code


@pytest.mark.parametrize("query", ["jeshtha nagrik", "ज्येष्ठ नागरिक", "senior citizen", "jyeshth"])
def test_the_senior_citizen_services_come_first(index: ServiceIndex, query: str) -> None:
    assert "senior-citizen-certificate" in top(index, query)


@pytest.mark.parametrize(("query", "code"), [
    ("incme", "income-certificate"), ("imcome", "income-certificate"), ("domcile", "domicile-certificate"),
    ("domicille", "domicile-certificate"), ("affidavt", "affidavit"), ("afidavit", "affidavit"),
    ("solvancy", "solvency-certificate"), ("agricultrist", "agriculturist-certificate"),
])
def test_one_typo_is_forgiven(index: ServiceIndex, query: str, code: str) -> None:
    assert first(index, query) == code


def test_a_typo_ranks_below_what_was_typed_right(index: ServiceIndex) -> None:
    # "life" is a whole word of one name; "lif" → a typo away from other words must not beat it
    assert first(index, "life") == "life-certificate"
    assert index.search("987654").services == ()


def test_one_edit_means_one_typo() -> None:
    assert _one_edit("income", "incone") and _one_edit("income", "icnome") and _one_edit("incme", "income")
    assert not _one_edit("jest", "jges") and not _one_edit("abc", "abcde") and not _one_edit("ab", "ba" + "c")


def test_generic_words_find_nothing_by_themselves(index: ServiceIndex, catalogue: Catalogue) -> None:
    assert index.search("department").services == ()
    # विभाग still begins विभागीय (divisional) and "of" begins "office": only those, never every service
    assert index.search("विभाग").total < len(catalogue.services) // 10
    assert index.search("of").total < len(catalogue.services) // 10
    assert GENERIC_WORDS >= {word_key(w) for w in ("विभाग", "व", "आणि", "किंवा")}


def test_browse_by_department(index: ServiceIndex, catalogue: Catalogue) -> None:
    departments = index.departments()
    assert sum(d.count for d in departments) == len(catalogue.services)
    gp = department_key(catalogue.service("life-certificate"))
    found = index.search("", department=gp, limit=500)
    assert found.services and {department_key(s) for s in found.services} == {gp}
    assert found.total == next(d.count for d in departments if d.key == gp)
    # a query counts its services per department, and the department narrows it
    dakhla = index.search("dakhla", limit=500)
    assert dakhla.by_department[gp] >= 4 and sum(dakhla.by_department.values()) == dakhla.total
    narrowed = index.search("dakhla", department=gp, limit=500)
    assert narrowed.total == dakhla.by_department[gp] < dakhla.total


def test_this_hubs_most_used_come_first(index: ServiceIndex) -> None:
    assert index.most_used() == []
    used = index.with_usage({"ration-card-new": 40, "affidavit": 3})
    assert [s.code for s in used.most_used()] == ["ration-card-new", "affidavit"]
    assert [s.code for s in used.search("", limit=2).services] == ["ration-card-new", "affidavit"]
    # among services a query finds alike, the used one first; a better match still wins
    certificates = [s.code for s in used.search("dakhla", limit=50).services]
    assert certificates.index("life-certificate") > 0
    busy = index.with_usage({"life-certificate": 100})
    assert first(busy, "dakhla") == "life-certificate"
    assert first(busy, "income") == "income-certificate"  # usage orders equals, never beats a match
    assert index.most_used() == []  # the shared vocabulary was not changed


def test_a_name_beginning_with_what_was_typed_comes_first(catalogue: Catalogue) -> None:
    base = catalogue.service("income-certificate")
    twins = [replace(base, code="b-income-copy", name=Label("Certificate of income", "दाखला उत्पन्नाचा")), base]
    assert first(ServiceIndex(twins), "income") == "income-certificate"
    assert first(ServiceIndex(twins), "दाखला") == "b-income-copy"
