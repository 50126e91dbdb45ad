"""Issue 14, privacy, at the counter (Qt-free, a real encrypted hub): what the store and the outbox keep
when an Aadhaar number is typed where it does not belong, a "verified" flag comes from a file, a name
carries an invisible joiner, and a draft holds the number typed in the Aadhaar box."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from kiosk.counter.draft import DRAFT_NAME, PARKED_PREFIX, VERSION
from kiosk.counter.handover import Feedback
from kiosk.domain.applicant import AadhaarRef
from kiosk.domain.errors import ValidationError
from kiosk.domain.status import Status
from tests.counter.conftest import saved
from tests.forms import income_form

NUMBER = "234123412346"
SPACED = "2341 2341 2346"


def outbox_payloads(ctx: Any, kind: str) -> list[dict[str, Any]]:
    return [json.loads(r["payload"]) for r in ctx.database().query("SELECT payload FROM outbox WHERE kind = ?",
                                                                    [kind])]


def test_an_aadhaar_number_in_the_purpose_is_neither_stored_nor_queued(ctx) -> None:
    desk = ctx.use_cases()
    for where in ({"fields__purpose": f"admission {NUMBER}"}, {"applicant__address__street": "२३४१-२३४१-२३४६"},
                  {"applicant__email": f"{NUMBER}@example.org"}):
        with pytest.raises(ValidationError) as refused:
            desk.intake.take(income_form(**where), "operator1")
        assert [p.code for p in refused.value.problems] == ["aadhaar_in_text"]
    assert ctx.applications().count() == 0 and outbox_payloads(ctx, "application") == []


def test_a_verified_flag_from_a_file_is_stored_and_sent_as_unverified(ctx) -> None:
    form = income_form()
    del form["applicant"]["aadhaar"]
    form["applicant"]["aadhaar_ref"] = {"last4": "2346", "reference_id": "x", "verified": True}
    app = ctx.use_cases().intake.take(form, "operator1")
    stored = ctx.applications().get(app.uuid)
    assert stored.applicant.aadhaar is not None and stored.applicant.aadhaar.verified is False
    row = ctx.database().query("SELECT aadhaar_verified FROM applicants WHERE application_uuid = ?", [app.uuid])
    assert row[0][0] == 0
    assert '"verified": true' not in json.dumps(outbox_payloads(ctx, "application"))


def test_the_qr_verifiers_result_is_kept_verified(ctx) -> None:
    desk = ctx.use_cases()
    result = desk.intake.check(income_form(), "operator1", aadhaar_qr=AadhaarRef("2697", "2697201903", True))
    assert result.application is not None
    stored = ctx.applications().get(desk.intake.save(result.application).uuid)
    assert stored.applicant.aadhaar == AadhaarRef("2697", "2697201903", True)


def test_an_english_name_typed_with_a_joiner_is_found_by_search(ctx) -> None:
    desk = ctx.use_cases()
    app = desk.intake.take(income_form(applicant__name_en__first="Ra\u200dhul",
                                       applicant__name_en__surname="Kshir\u200csagar"), "operator1")
    assert ctx.applications().get(app.uuid).applicant.name_en.first == "Rahul"
    assert [s.uuid for s in desk.finder.search("Rahul Kshirsagar")] == [app.uuid]
    assert [s.uuid for s in desk.finder.search("Ra\u200dhul")] == [app.uuid]  # a query with one too


def test_an_aadhaar_number_in_feedback_is_masked(ctx) -> None:
    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-7")
    ctx.applications().set_status(app.uuid, Status.APPROVED)
    ctx.use_cases().handover.deliver(app.uuid, Feedback(4, f"छान सेवा, माझा आधार {SPACED}", "mr"))
    (body,) = outbox_payloads(ctx, "feedback")
    assert body["comment"] == "छान सेवा, माझा आधार XXXX XXXX 2346"


def test_an_aadhaar_number_in_an_appeal_is_masked(ctx) -> None:
    app = saved(ctx.use_cases())
    ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-9")
    ctx.applications().set_status(app.uuid, Status.REJECTED, decided_on=ctx.today())
    ctx.use_cases().appeals.file_first(app.uuid, f"Documents complete; Aadhaar {NUMBER} attached")
    (body,) = outbox_payloads(ctx, "appeal")
    assert body["grounds"] == "Documents complete; Aadhaar XXXX XXXX 2346 attached"
    notes = json.dumps(ctx.applications().history(app.uuid), ensure_ascii=False)
    assert NUMBER not in notes and "XXXX XXXX 2346" in notes


def _on_disk(ctx: Any, name: str) -> str:
    folder = ctx.sealed().drafts
    return folder.open(folder.file(name).read_bytes()).decode("utf-8")


def draft_data(aadhaar: str = NUMBER) -> dict[str, Any]:
    return {"service_code": "income-certificate", "documents": [], "aadhaar_ref": None,
            "values": {"name_en.first": "Sunita", "aadhaar": aadhaar, "fields.purpose": f"school {SPACED}"}}


def test_a_draft_keeps_only_the_last_four(ctx) -> None:
    draft = ctx.use_cases().draft
    draft.save(draft_data())
    text = _on_disk(ctx, DRAFT_NAME)
    assert NUMBER not in text and SPACED not in text and "XXXX XXXX 2346" in text
    restored = draft.restore()
    assert restored is not None
    assert restored.values["aadhaar"] == "XXXX XXXX 2346"
    assert restored.values["fields.purpose"] == "school XXXX XXXX 2346"
    # the masked box reads back as the last four, so a restored draft still saves
    form = income_form(applicant__aadhaar=restored.values["aadhaar"])
    app = ctx.use_cases().intake.take(form, "operator1")
    assert app.applicant.aadhaar == AadhaarRef("2346")
    key = draft.park(draft_data("२३४१ २३४१ २३४६"))
    assert "२३४१" not in _on_disk(ctx, f"{PARKED_PREFIX}{key}.json")


def test_a_number_half_typed_in_the_aadhaar_box_is_not_kept(ctx) -> None:
    draft = ctx.use_cases().draft
    for typed in ("2341 2341 234", "234123412347"):  # still being typed (the draft is saved as it is), mistyped
        draft.save(draft_data(typed))
        assert "23412341" not in _on_disk(ctx, DRAFT_NAME).replace(" ", "")
        restored = draft.restore()
        assert restored is not None and restored.values["aadhaar"] == ""


def test_drafts_saved_before_the_rule_are_masked(ctx) -> None:
    folder = ctx.sealed().drafts
    old = json.dumps({"version": VERSION, **draft_data()}).encode("utf-8")
    folder.write(DRAFT_NAME, old)
    folder.write(f"{PARKED_PREFIX}0123abcd.json", old)
    parked = folder.file(f"{PARKED_PREFIX}0123abcd.json")
    os.utime(parked, (1_700_000_000, 1_700_000_000))
    draft = ctx.use_cases().draft
    listed = draft.parked()
    assert [d.key for d in listed] == ["0123abcd"] and listed[0].parked_at.timestamp() == 1_700_000_000
    for name in (DRAFT_NAME, f"{PARKED_PREFIX}0123abcd.json"):
        assert NUMBER not in _on_disk(ctx, name) and SPACED not in _on_disk(ctx, name)
    assert parked.stat().st_mtime == 1_700_000_000  # the drafts list keeps its order and times
