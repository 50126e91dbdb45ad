"""Issue 14, privacy, on the command line (real processes): a form file cannot claim a verified Aadhaar, and
an Aadhaar number in a free-text field is one clear line, in the operator's language, with nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_core_commands import run
from tests.forms import income_form


@pytest.fixture
def hub_home(kiosk_home: Path) -> Path:
    r = run(kiosk_home, "demo", "--count", "1")
    assert r.returncode == 0, r.stderr
    return kiosk_home


def test_new_from_a_file_is_never_verified_and_refuses_an_aadhaar_number_in_the_purpose(hub_home: Path,
                                                                                       tmp_path: Path) -> None:
    form = income_form()
    del form["applicant"]["aadhaar"]
    form["applicant"]["aadhaar_ref"] = {"last4": "2346", "reference_id": "2346", "verified": True}
    path = tmp_path / "claims-verified.json"
    path.write_text(json.dumps(form, ensure_ascii=False), "utf-8")
    r = run(hub_home, "new", str(path))
    assert r.returncode == 0, r.stderr
    shown = json.loads(run(hub_home, "show", r.stdout.strip(), "--json").stdout)
    assert shown["applicant"]["aadhaar"]["last4"] == "2346" and shown["applicant"]["aadhaar"]["verified"] is False

    path.write_text(json.dumps(income_form(fields__purpose="admission 2341-2341-2346"), ensure_ascii=False), "utf-8")
    r = run(hub_home, "new", str(path))
    assert r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert "Aadhaar number" in r.stderr
    r = run(hub_home, "--lang", "mr", "new", "-", stdin=path.read_text("utf-8"))
    assert r.returncode == 1 and "आधार क्रमांक" in r.stderr
    assert len(json.loads(run(hub_home, "list", "--json").stdout)) == 2  # the demo's one and the first above
