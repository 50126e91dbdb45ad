"""`seva-kiosk new FILE` refuses a likely duplicate (exit 1, one line naming the existing receipt) unless
given `--duplicate-reason TEXT` (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_core_commands import run
from tests.forms import income_form


def test_new_refuses_the_same_person_twice_unless_given_a_reason(ctx, kiosk_home: Path, tmp_path: Path) -> None:
    form = tmp_path / "app.json"
    form.write_text(json.dumps(income_form(), ensure_ascii=False), "utf-8")
    first = run(kiosk_home, "new", str(form))
    assert first.returncode == 0, first.stderr
    receipt = first.stdout.strip()
    variant = income_form(applicant__name_en={"first": "Suneeta", "surname": "Ksheersagar"})
    del variant["applicant"]["aadhaar"]  # only the name (spelt otherwise) and the mobile say who it is
    refused = run(kiosk_home, "--lang", "mr", "new", "-", stdin=json.dumps(variant, ensure_ascii=False))
    assert refused.returncode == 1 and refused.stdout == "" and refused.stderr.count("\n") == 1, refused.stderr
    assert receipt in refused.stderr and "--duplicate-reason" in refused.stderr and "प्रलंबित" in refused.stderr
    listed = json.loads(run(kiosk_home, "list", "--json").stdout)
    assert [r["receipt_number"] for r in listed] == [receipt]
    again = run(kiosk_home, "new", str(form), "--duplicate-reason", "first one was for the wrong year")
    assert again.returncode == 0, again.stderr
    shown = json.loads(run(kiosk_home, "show", again.stdout.strip(), "--json").stdout)
    assert shown["receipt_number"] != receipt
