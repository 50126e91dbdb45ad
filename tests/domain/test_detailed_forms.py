"""Every detailed service of the shipped catalogue: a filled application validates, and its entry says where its
facts come from (issue 16: each form checked against a published form where one was found, and said where not)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.intake import IntakeResult, take_application
from tests.detailed_forms import DATE_KEPT, detailed, document_records, filled_form, kept_value

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)
TODAY = date(2026, 11, 27)
CONFIDENCES = {"H", "M", "L", "translated"}
# Detailed services added for issue 16 (codes as the notified services list has them, so the full catalogue
# merges each with its notified row)
NEW = {"death-certificate-municipal", "mutation-entry", "ration-card-changes-name-correction-add-remove",
       "duplicate-ration-card-damaged-or-lost", "ration-card-surrender", "ews-certificate",
       "changes-in-shops-and-establishments", "cancellation-of-shops-and-establishments",
       "new-trade-licence-municipal-council", "renewal-of-trade-licence-municipal-council",
       "renewal-of-an-expired-trade-licence", "transfer-of-trade-licence", "duplicate-trade-licence",
       "change-of-business-name-on-trade-licence", "change-of-trade-on-trade-licence",
       "change-of-licensee-partner-name-on-trade-licence", "change-in-number-of-partners-on-trade-licence",
       "cancellation-of-trade-licence", "birth-certificate-bmc", "death-certificate-bmc",
       "marriage-registration-certificate-municipal", "marriage-registration-certificate-bmc",
       "renewal-of-shops-and-establishments", "duplicate-shops-and-establishments-registration"}
FREE_FIRST_COPY = {"death-certificate-municipal", "birth-certificate-bmc", "death-certificate-bmc"}


@pytest.fixture
def catalogue(catalogue_document: dict) -> Catalogue:
    return parse_catalogue(catalogue_document)


def take(catalogue: Catalogue, form: dict, code: str) -> IntakeResult:
    return take_application(form, catalogue=catalogue, calendar=WorkingCalendar(), hub_code="MH-TEST-1",
                            operator="op1", now=NOW, today=TODAY,
                            documents=document_records(catalogue.service(code)))


def test_the_catalogue_has_the_detailed_forms_the_counter_uses_most(catalogue: Catalogue) -> None:
    codes = {s.code for s in detailed(catalogue)}
    assert len(codes) >= 52
    assert NEW <= codes
    # the notified list's ten municipal-council trade-licence services share one form
    trade = [catalogue.service(c) for c in codes if "trade-licence" in c and c != "trade-licence-cancellation-bmc"]
    assert len(trade) == 10
    assert len({tuple((f.name, f.type) for f in s.fields if f.name in ("establishment_name", "trade",
                                                                      "premises_address")) for s in trade}) == 1


def test_every_detailed_application_validates_with_its_documents(catalogue: Catalogue) -> None:
    for service in detailed(catalogue):
        result = take(catalogue, filled_form(service), service.code)
        assert result.ok, (service.code, [(p.field, p.code) for p in result.problems])
        app = result.application
        assert app is not None and app.missing_groups == (), service.code
        assert app.fields == {f.name: kept_value(f) for f in service.fields}, service.code
        if service.rts_days is not None:
            assert app.due_date == WorkingCalendar().add_working_days(TODAY, service.rts_days), service.code
        else:
            assert app.due_date is None, service.code  # no number of days: no due date is made up


def test_a_catalogue_date_is_typed_as_the_form_asks_and_kept_in_iso(catalogue: Catalogue) -> None:
    # The form's date inputs say DD-MM-YYYY; until this fix only 2025-08-14 passed, and 14-08-2025 (as asked)
    # was refused as "not a date".
    service = catalogue.service("death-certificate-rural")
    for typed in ("14-08-2025", "14/08/2025", "१४-०८-२०२५", "2025-08-14"):
        form = filled_form(service)
        form["fields"]["date_of_death"] = typed
        result = take(catalogue, form, service.code)
        assert result.ok, (typed, result.problems)
        assert result.application is not None and result.application.fields["date_of_death"] == DATE_KEPT
    for wrong in ("31-02-2025", "14-08-25", "yesterday"):
        form = filled_form(service)
        form["fields"]["date_of_death"] = wrong
        result = take(catalogue, form, service.code)
        assert [(p.field, p.code) for p in result.problems] == [("fields.date_of_death", "bad_date")], wrong


def test_the_new_detailed_entries_use_the_notified_codes(catalogue_document: dict) -> None:
    """A detailed entry carries the code of its notified row, so the full catalogue has it once, not twice."""
    import csv
    from pathlib import Path

    sources = Path(__file__).resolve().parents[2] / "assets" / "catalogue" / "sources"
    notified: set[str] = set()
    for part in sorted(sources.glob("notified-part*.tsv")):
        with part.open(encoding="utf-8", newline="") as fh:
            notified |= {row["code"] for row in csv.DictReader(fh, delimiter="\t")}
    assert len(notified) > 1000
    # services the notified list does not have: mutation (land records' e-Ferfar), the surrender certificate, EWS
    not_in_the_list = {"mutation-entry", "ration-card-surrender", "ews-certificate"}
    assert NEW - not_in_the_list <= notified
    assert not (not_in_the_list & notified)


def test_each_detailed_entry_says_where_its_facts_come_from(catalogue_document: dict) -> None:
    for raw in catalogue_document["services"]:
        if raw.get("form", "detailed") != "detailed":
            continue
        provenance = raw.get("provenance")
        assert isinstance(provenance, dict) and provenance, raw["code"]
        for aspect, said in provenance.items():
            assert said["source"].strip() and said["confidence"] in CONFIDENCES, (raw["code"], aspect)
        # checked against a published form or checklist, or said that none was found
        assert provenance["form_check"]["source"].startswith(("checked", "not checked", "documents", "time limit",
                                                              "id,", "a third-party")), raw["code"]


def test_a_time_limit_that_is_not_a_number_of_days_is_said_in_words(catalogue_document: dict) -> None:
    for raw in catalogue_document["services"]:
        text = raw.get("rts_text")
        if text is not None:
            assert raw["rts_days"] is None and "rts_days" in raw["unknown"], raw["code"]
            assert text["en"].strip() and text["mr"].strip(), raw["code"]


def test_no_fee_is_made_up(catalogue: Catalogue, catalogue_document: dict) -> None:
    """A fee not found stays unknown (shown "fee not known — check the GR"), never an invented amount."""
    for code in NEW - FREE_FIRST_COPY:
        service = catalogue.service(code)
        assert not service.fees and "fees" in service.unknown, code
    for code in FREE_FIRST_COPY:
        free = catalogue.service(code)
        assert not free.fees and "fees" not in free.unknown, "the first copy is free (EoDB checklist)"


def test_a_ration_card_number_is_not_refused_as_an_aadhaar_number(catalogue: Catalogue) -> None:
    """A Maharashtra ration card number is 12 digits (27 first) and one in ten passes Aadhaar's Verhoeff
    check: the field that holds it is an identifier, not free text. The same digits elsewhere are refused."""
    from stdnum import verhoeff

    number = "2712345678" + "0"
    number += verhoeff.calc_check_digit(number)
    assert verhoeff.is_valid(number)
    holding = [s for s in detailed(catalogue) if any(f.identifier == "ration_card" for f in s.fields)]
    assert len(holding) >= 3
    for service in holding:
        form = filled_form(service)
        form["fields"]["ration_card_number"] = number
        assert take(catalogue, form, service.code).ok, service.code
        text = next(f.name for f in service.fields if f.type in ("text", "textarea") and not f.identifier
                    and not f.pattern)
        form["fields"][text] = f"card {number}"
        refused = take(catalogue, form, service.code)
        assert [p.code for p in refused.problems] == ["aadhaar_in_text"], service.code
