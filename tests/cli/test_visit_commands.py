"""``seva-kiosk visit open|show|close|list`` (issue 18): a doorstep visit from the command line — ``new``
taken while it is open carries the GR's doorstep fee line, the close counts the bag's cash against what the
visit's applications say, and every refusal is one line with exit 1."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_core_commands import run
from tests.forms import income_form


def test_a_doorstep_visit_through_the_command_line(kiosk_home: Path, tmp_path: Path) -> None:
    r = run(kiosk_home, "init", "--hub", "MH-PUN-HVL-0042", "--name-en", "Seva Hub Wagholi", "--name-mr",
            "सेवा केंद्र वाघोली", "--district", "Pune", "--taluka", "Haveli")
    assert r.returncode == 0, r.stderr
    closed = run(kiosk_home, "visit", "close", "--cash", "0")
    assert closed.returncode == 1 and closed.stderr.count("\n") == 1 and "no visit is open" in closed.stderr

    r = run(kiosk_home, "visit", "open", "Wadgaon", "--date", "2026-12-07")
    assert r.returncode == 0, r.stderr
    assert "Wadgaon" in r.stdout and "₹100.00" in r.stdout and "2025-03-27" in r.stdout, r.stdout
    again = run(kiosk_home, "visit", "open", "Kesnand")
    assert again.returncode == 1 and "a visit to Wadgaon is still open" in again.stderr, again.stderr

    # three citizens (each her own mobile and birth date): one person twice for a service is refused as a duplicate
    forms = []
    for i in range(3):
        forms.append(tmp_path / f"app{i}.json")
        citizen = income_form(applicant__mobile=f"98220{i:05d}", applicant__dob=f"1{i}-08-1986")
        forms[i].write_text(json.dumps(citizen, ensure_ascii=False), "utf-8")
    receipts = []
    for form in forms[:2]:
        r = run(kiosk_home, "new", str(form))
        assert r.returncode == 0, r.stderr
        receipts.append(r.stdout.strip().split()[-1])
    shown = json.loads(run(kiosk_home, "show", receipts[0], "--json").stdout)
    doorstep = [f for f in shown["fees"] if f["kind"] == "doorstep"]
    assert [f["paise"] for f in doorstep] == [10000] and "GR" in doorstep[0]["label"]["en"]
    each = shown["total_paise"]

    now = json.loads(run(kiosk_home, "visit", "show", "--json").stdout)
    assert (now["village"], now["applications"], now["cash_paise"]) == ("Wadgaon", 2, 2 * each)
    r = run(kiosk_home, "visit", "close", "--cash", f"{(2 * each - 1000) / 100:.2f}", "--json")
    assert r.returncode == 0, r.stderr
    done = json.loads(r.stdout)
    assert (done["expected_cash_paise"], done["counted_cash_paise"], done["difference_paise"]) == \
        (2 * each, 2 * each - 1000, -1000)
    listed = json.loads(run(kiosk_home, "visit", "list", "--from", "2026-12-07", "--to", "2030-01-01",
                            "--json").stdout)
    assert [v["id"] for v in listed] == [done["id"]]
    assert run(kiosk_home, "visit", "show").stdout.strip().startswith("No doorstep visit is open")
    board = json.loads(run(kiosk_home, "dashboard", "--json", "--from", "2026-12-01", "--to", "2030-01-01").stdout)
    assert [(v["id"], v["applications"]) for v in board["visits"]] == [(done["id"], 2)]  # the dashboard's reading
    assert "Doorstep visits:" in run(kiosk_home, "dashboard", "--from", "2026-12-01", "--to", "2030-01-01").stdout

    r = run(kiosk_home, "new", str(forms[2]))  # back at the hub: no doorstep line
    shown = json.loads(run(kiosk_home, "show", r.stdout.strip().split()[-1], "--json").stdout)
    assert not [f for f in shown["fees"] if f["kind"] == "doorstep"]

    bad = run(kiosk_home, "visit", "open", "Kesnand", "--fee", "lots")
    assert bad.returncode == 1 and "not a doorstep fee" in bad.stderr, bad.stderr
