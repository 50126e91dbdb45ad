"""The call consent is the citizen's plain yes, never assumed; the agency's columns hold nothing more."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.domain.verification import COLUMNS, CONSENT_FIELD, CONSENT_KEY, CallRow, call_consent

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("value", [True, "yes", "true", "1", " YES "])
def test_a_plain_yes_is_kept_with_its_instant(value: object) -> None:
    assert call_consent({CONSENT_FIELD: value}, NOW) == {CONSENT_KEY: NOW.isoformat()}


@pytest.mark.parametrize("value", [False, None, "", "no", "maybe", 1, [True]])
def test_anything_else_is_no(value: object) -> None:
    assert call_consent({CONSENT_FIELD: value}, NOW) == {}
    assert call_consent({}, NOW) == {}


def test_the_row_is_the_citizens_own_script_with_english_beside() -> None:
    row = CallRow("MH-1", "income-certificate", "2026-12-03", "Sunita", "Kshirsagar", "सुनीता", "क्षीरसागर",
                  "9822012345", "mr")
    assert row.cells("Income certificate") == ["MH-1", "Income certificate", "2026-12-03", "सुनीता", "क्षीरसागर",
                                               "Sunita Kshirsagar", "9822012345", "mr"]
    english_only = CallRow("MH-2", "x", "2026-12-03", "Ravi", "Patil", "", "", "9822000000", "en")
    assert english_only.cells("X")[3:6] == ["Ravi", "Patil", "Ravi Patil"]
    assert len(COLUMNS) == len(row.cells("s")) and not {"aadhaar", "address", "dob"} & set(COLUMNS)
