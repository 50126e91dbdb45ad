"""Districts and talukas from the shipped LGD snapshot, alias-aware lookup, and damaged geography files."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.geography import Geography, GeographyError, UnknownPlace, parse_geography, place_key

GEO = Path(__file__).resolve().parents[2] / "assets" / "geo"
DISTRICTS = (GEO / "maharashtra-districts.csv").read_text(encoding="utf-8")
TALUKAS = (GEO / "maharashtra-talukas.csv").read_text(encoding="utf-8")
NAMES: dict[str, Any] = json.loads((GEO / "district-names-mr.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def geo() -> Geography:
    return parse_geography(DISTRICTS, TALUKAS, NAMES)


def test_the_assets_carry_their_attribution() -> None:
    attribution = (GEO / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Government Open Data License – India" in attribution
    assert "Local Government Directory" in attribution and "11 March 2022" in attribution
    assert "Government Open Data License" in (GEO / "LICENSE").read_text(encoding="utf-8")
    assert (GEO / "maharashtra-urban-local-bodies.csv").stat().st_size > 10_000


def test_all_36_districts_and_355_talukas(geo: Geography) -> None:
    assert len(geo.districts) == 36
    assert sum(len(geo.talukas_of(d.code)) for d in geo.districts) == 355
    assert [d.name_en for d in geo.districts] == sorted(d.name_en for d in geo.districts)
    for d in geo.districts:
        assert re.fullmatch(r"[\u0900-\u097F ]+", d.name_mr), d
        assert d.name("mr") == d.name_mr and d.name("en") == d.name_en


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Aurangabad", 469),
        ("AURANGABAD", 469),
        ("Chhatrapati Sambhajinagar", 469),
        ("chhatrapati-sambhajinagar", 469),
        ("छत्रपती संभाजीनगर", 469),
        ("औरंगाबाद", 469),
        ("Osmanabad", 488),
        ("Dharashiv", 488),
        ("धाराशिव", 488),
        ("उस्मानाबाद", 488),
        ("Ahmednagar", 466),
        ("Ahmadnagar", 466),
        ("Ahilyanagar", 466),
        ("अहिल्यानगर", 466),
        ("अहमदनगर", 466),
        ("  pune ", 490),
        ("पुणे", 490),
        ("Mumbai", 482),
        ("Mumbai Suburban", 483),
        ("मुंबई उपनगर", 483),
        ("Palghar", 665),
        ("Gondiya", 476),
    ],
)
def test_find_district_by_any_name(geo: Geography, name: str, code: int) -> None:
    found = geo.find_district(name)
    assert found is not None and found.code == code


def test_renamed_district_reports_its_current_name(geo: Geography) -> None:
    d = geo.district(469)
    assert (d.name_en, d.name_mr, d.lgd_name) == ("Chhatrapati Sambhajinagar", "छत्रपती संभाजीनगर", "AURANGABAD")


def test_nfd_marathi_input_finds_the_district(geo: Geography) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "नांदेड")
    found = geo.find_district(nfd)
    assert found is not None and found.code == 485


@pytest.mark.parametrize("name", ["", "   ", "Atlantis", "Pune'; DROP TABLE hubs;--", "Khed"])
def test_unknown_district_names(geo: Geography, name: str) -> None:
    assert geo.find_district(name) is None


def test_talukas_of_a_district(geo: Geography) -> None:
    dharashiv = [t.name_en for t in geo.talukas_of(488)]
    assert dharashiv == ["Bhum", "Kalamb", "Lohara", "Osmanabad", "Paranda", "Tuljapur", "Umarga", "Washi"]
    assert len(geo.talukas_of(490)) == 14
    assert geo.talukas_of(482) == ()  # Mumbai City has no talukas in the snapshot
    with pytest.raises(UnknownPlace):
        geo.talukas_of(9999)


def test_taluka_names_repeat_across_districts(geo: Geography) -> None:
    kheds = geo.find_talukas("KHED")
    assert {geo.district(t.district_code).name_en for t in kheds} == {"Pune", "Ratnagiri"}
    khed_pune = geo.find_taluka("khed", 490)
    assert khed_pune is not None and khed_pune.code == 4190
    assert geo.find_taluka("Khed", 488) is None
    assert geo.taluka(4190) == khed_pune
    assert geo.find_talukas("Muktainagar (Edlabad)")[0].district_code == 478


def test_unknown_codes_raise_typed_errors(geo: Geography) -> None:
    with pytest.raises(UnknownPlace) as info:
        geo.district(1)
    assert isinstance(info.value, KioskError) and info.value.code == "unknown_place"
    with pytest.raises(UnknownPlace):
        geo.taluka(1)


def test_place_key_ignores_case_spacing_and_punctuation() -> None:
    assert place_key("Chhatrapati  Sambhajinagar") == place_key("chhatrapati-sambhajinagar")
    assert place_key("छत्रपती संभाजी नगर") == place_key("छत्रपती संभाजीनगर")


def test_windows_line_endings_and_bom_are_accepted() -> None:
    geo = parse_geography("\ufeff" + DISTRICTS.replace("\r\n", "\n"), TALUKAS.replace("\r\n", "\n"), NAMES)
    assert len(geo.districts) == 36


# -------------------------------------------------------------------------------------- damaged files


def _rejects(districts: str, talukas: str, names: Any, *fragments: str) -> GeographyError:
    with pytest.raises(GeographyError) as info:
        parse_geography(districts, talukas, names)
    for fragment in fragments:
        assert fragment in str(info.value), (fragment, str(info.value))
    return info.value


def test_wrong_header() -> None:
    _rejects(DISTRICTS.replace("district_code", "code", 1), TALUKAS, NAMES, "districts: header")
    _rejects(DISTRICTS, "a,b,c\n1,2,3\n", NAMES, "talukas: header")


def test_empty_and_truncated_files() -> None:
    _rejects("", TALUKAS, NAMES, "districts: header")
    _rejects(DISTRICTS.splitlines()[0], TALUKAS, NAMES, "districts: no rows")
    truncated = DISTRICTS[: DISTRICTS.index("470,BEED") + 5]  # cut in the middle of a row
    _rejects(truncated, TALUKAS, NAMES, "wrong number of columns")


def test_bad_codes_and_names() -> None:
    bad = DISTRICTS.replace("467,AKOLA", "x67,AKOLA").replace("468,AMRAVATI", "468,")
    _rejects(bad, TALUKAS, NAMES, "code 'x67' is not a number", "empty district name")


def test_duplicate_district_code() -> None:
    dup = DISTRICTS.rstrip() + "\r\n466,AHMEDNAGAR,522\r\n"
    _rejects(dup, TALUKAS, NAMES, "line 38: duplicate district code 466")


def test_taluka_pointing_nowhere_or_at_the_wrong_district() -> None:
    _rejects(DISTRICTS, TALUKAS.replace("4004,Achalpur,468", "4004,Achalpur,999"), NAMES, "district 999 does not exist")
    _rejects(DISTRICTS, TALUKAS.replace("4004,Achalpur,468", "4004,Achalpur,467"), NAMES,
             "district name AMRAVATI does not match code 467")
    _rejects(DISTRICTS, TALUKAS.replace("4062,Aheri", "4004,Aheri"), NAMES, "duplicate taluka codes")


def test_extra_columns_are_refused() -> None:
    _rejects(DISTRICTS.replace("466,AHMEDNAGAR,522", "466,AHMEDNAGAR,522,extra"), TALUKAS, NAMES,
             "wrong number of columns")


def test_names_table_must_cover_every_district_and_nothing_else() -> None:
    names = copy.deepcopy(NAMES)
    del names["districts"]["665"]
    names["districts"]["12345"] = {"name_en": "Atlantis", "name_mr": "अटलांटिस"}
    _rejects(DISTRICTS, TALUKAS, names, "665 PALGHAR has no Marathi name", "12345 is not an LGD district")


@pytest.mark.parametrize(
    "entry",
    [None, "पुणे", {"name_en": "Pune"}, {"name_en": "Pune", "name_mr": "  "}, {"name_en": "Pune", "name_mr": "पुणे",
                                                                               "aliases_en": "Poona"}],
)
def test_bad_names_entries(entry: Any) -> None:
    names = copy.deepcopy(NAMES)
    names["districts"]["490"] = entry
    _rejects(DISTRICTS, TALUKAS, names, "district names '490'")


@pytest.mark.parametrize("names", [None, [], {"districts": []}, {}])
def test_names_document_not_an_object(names: Any) -> None:
    _rejects(DISTRICTS, TALUKAS, names, "missing 'districts'")


def test_an_alias_cannot_belong_to_two_districts() -> None:
    names = copy.deepcopy(NAMES)
    names["districts"]["490"]["aliases_en"] = ["Aurangabad"]
    _rejects(DISTRICTS, TALUKAS, names, "'aurangabad' belongs to both")


def test_the_caller_input_is_not_mutated() -> None:
    before = json.dumps(NAMES, sort_keys=True)
    parse_geography(DISTRICTS, TALUKAS, NAMES)
    assert json.dumps(NAMES, sort_keys=True) == before


def test_every_taluka_has_its_marathi_name_for_marathi_and_hindi_screens() -> None:
    """The setup wizard showed "Akola" on a Marathi screen: LGD publishes English taluka names only."""
    from kiosk.geo import load_geography

    geo = load_geography(Path(__file__).resolve().parents[2] / "assets")
    talukas = [t for d in geo.districts for t in geo.talukas_of(d.code)]
    assert len(talukas) == 355 and all(t.name_mr for t in talukas)
    ahmednagar = next(d for d in geo.districts if d.lgd_name == "AHMEDNAGAR")
    akole = next(t for t in geo.talukas_of(ahmednagar.code) if t.name_en == "Akola")
    assert akole.name("mr") == "अकोले" and akole.name("hi") == "अकोले" and akole.name("en") == "Akola"
    assert geo.find_taluka("अकोले", ahmednagar.code) == akole  # typed in Marathi, found all the same
    assert {t.district_code for t in geo.find_talukas("खेड")} == {t.district_code for t in geo.find_talukas("Khed")}
