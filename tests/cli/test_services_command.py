"""``seva-kiosk services [QUERY] --json``: every notified service with the fields issue 16 lists; the counts
and the list of unknowns read back from the installed catalogue."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_core_commands import run

FIELDS = {"code", "name_mr", "name_en", "department_en", "department_mr", "rts_days", "rts_text",
          "designated_officer", "first_appellate", "second_appellate", "fee_known", "total_paise", "form",
          "confidence", "source"}


def test_every_service_is_listed_with_the_issues_fields(kiosk_home: Path) -> None:
    rows = json.loads(run(kiosk_home, "services", "--json").stdout)
    assert len(rows) > 900 and all(FIELDS <= set(r) for r in rows)
    by_code = {r["code"]: r for r in rows}
    income = by_code["income-certificate"]
    assert income["form"] == "detailed" and income["fee_known"] and income["total_paise"] == 6900
    assert income["designated_officer"] == {"en": "Naib Tahsildar", "mr": "नायब तहसीलदार"}
    generic = by_code["loudspeaker-licence"]
    assert generic["form"] == "generic" and generic["fee_known"] is False and generic["total_paise"] is None
    assert generic["confidence"] == "translated" and "notified-part1.tsv#" in generic["source"]
    assert generic["first_appellate"]["mr"] and generic["department_mr"]
    same_day = [r for r in rows if r["rts_days"] is None and r["rts_text"]]
    assert same_day and all(r["rts_text"]["en"] and r["rts_text"]["mr"] for r in same_day)


def test_a_query_finds_in_either_script_and_counts_and_unknowns_are_read(kiosk_home: Path) -> None:
    found = json.loads(run(kiosk_home, "services", "ध्वनिक्षेपक", "--json").stdout)
    assert [r["code"] for r in found] == ["loudspeaker-licence"]
    counts = json.loads(run(kiosk_home, "services", "--counts", "--json").stdout)
    assert counts["services"] > 900 and counts["detailed_forms"] >= 28
    assert counts["with_fees_known"] < counts["services"] and "translated" in counts["marathi_names_by_confidence"]
    unknown = json.loads(run(kiosk_home, "services", "--unknown", "--json").stdout)
    assert "loudspeaker-licence" in unknown["fees"] and "income-certificate" not in unknown["fees"]
    text = run(kiosk_home, "services", "loudspeaker").stdout
    assert "fee not known" in text and "(generic)" in text
