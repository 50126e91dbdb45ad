"""A returning citizen's earlier applications are found through indexes, never a scan of every applicant
(a big hub holds a million applications): the query plan names the two partial indexes of migration 0022."""

from __future__ import annotations

from typing import Any

from kiosk.store.reuse import earlier_query


def test_the_look_up_probes_the_aadhaar_and_mobile_indexes(ctx: Any) -> None:
    plan = [r[-1] for r in ctx.database().query(
        "EXPLAIN QUERY PLAN " + earlier_query(), ("2346", "1986-08-14", "voided", "9822012345", "voided", 20))]
    text = "\n".join(plan)
    assert "applicants_aadhaar_dob" in text and "applicants_mobile" in text, text
    assert not any(line.startswith("SCAN p") or line.startswith("SCAN applicants") for line in plan), text
