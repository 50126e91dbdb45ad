"""The command line as a shell user meets it: real processes, real files, exit codes, one-line errors."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.forms import income_form

REPO = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(home), "KIOSK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, input=stdin, timeout=120)


@pytest.fixture
def demo_home(kiosk_home: Path) -> Path:
    r = run(kiosk_home, "demo", "--count", "24")
    assert r.returncode == 0, r.stderr
    return kiosk_home


def test_new_then_list_search_show_json(demo_home: Path, tmp_path: Path) -> None:
    form = tmp_path / "app.json"
    form.write_text(json.dumps(income_form(), ensure_ascii=False), "utf-8")
    r = run(demo_home, "new", str(form))
    assert r.returncode == 0, r.stderr
    receipt = r.stdout.strip()
    assert receipt.startswith("MH-PUN-HVL-0042-") and receipt.endswith("-0009")  # 8 demo apps today + this one

    listed = json.loads(run(demo_home, "list", "--json").stdout)
    assert len(listed) == 25
    keys = {"receipt_number", "uuid", "status", "service_code", "name_en", "name_mr"}
    assert all(keys <= set(item) for item in listed)

    found = json.loads(run(demo_home, "search", "क्षीरसागर", "--json").stdout)
    assert receipt in [f["receipt_number"] for f in found]
    shown = json.loads(run(demo_home, "show", receipt, "--json").stdout)
    assert shown["receipt_number"] == receipt and shown["status"] == "queued"
    assert shown["applicant"]["name_mr"]["surname"] == "क्षीरसागर"
    assert shown["applicant"]["aadhaar"]["last4"] == "2346"
    assert "234123412346" not in json.dumps(shown)
    assert shown["history"][0]["status"] == "queued"


def test_invalid_form_is_one_clear_line(demo_home: Path, tmp_path: Path) -> None:
    form = tmp_path / "bad.json"
    form.write_text(json.dumps(income_form(applicant__mobile="12345", applicant__aadhaar="234123412347")), "utf-8")
    r = run(demo_home, "new", str(form))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert "Mobile number must be 10 digits" in r.stderr and "Aadhaar" in r.stderr
    for content in ("{not json", "[1, 2]", ""):
        form.write_text(content, "utf-8")
        r = run(demo_home, "new", str(form))
        assert r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.startswith("seva-kiosk: ")
    r = run(demo_home, "new", str(tmp_path / "missing.json"))
    assert r.returncode == 1 and "cannot read" in r.stderr
    assert len(json.loads(run(demo_home, "list", "--json").stdout)) == 24  # nothing stored


def test_new_from_stdin_in_marathi(demo_home: Path) -> None:
    env_args = ("--lang", "mr")
    r = run(demo_home, *env_args, "new", "-", stdin=json.dumps(income_form(applicant__address__pin="110001")))
    assert r.returncode == 1 and "पिन कोड" in r.stderr


def test_unknown_receipt_and_no_hub(kiosk_home: Path, demo_home: Path) -> None:
    r = run(demo_home, "show", "MH-NOPE-20260101-0001")
    assert r.returncode == 1 and "Nothing found" in r.stderr
    empty = kiosk_home.parent / "empty-home"
    r = run(empty, "new", "-", stdin=json.dumps(income_form()))
    assert r.returncode == 1 and "seva-kiosk init" in r.stderr


def test_services_search_both_scripts(kiosk_home: Path) -> None:
    en = json.loads(run(kiosk_home, "services", "income", "--json").stdout)
    mr = json.loads(run(kiosk_home, "services", "उत्पन्न", "--json").stdout)
    assert en[0]["code"] == mr[0]["code"] == "income-certificate"
    assert run(kiosk_home, "services", "zzzz-nothing").returncode == 1


def test_init_validates_places(kiosk_home: Path) -> None:
    ok = run(kiosk_home, "init", "--hub", "mh-aur-0001", "--name-en", "Paithan Hub", "--name-mr", "पैठण केंद्र",
             "--district", "Chhatrapati Sambhajinagar", "--taluka", "Paithan", "--village", "Pachod")
    assert ok.returncode == 0, ok.stderr
    assert "MH-AUR-0001" in ok.stdout
    bad = run(kiosk_home, "init", "--hub", "x", "--name-en", "x", "--name-mr", "क", "--district", "Pune",
              "--taluka", "Paithan")
    assert bad.returncode == 1 and "Paithan" in bad.stderr


def test_init_counter_gives_this_pc_its_own_receipt_series(kiosk_home: Path) -> None:
    place = ("--name-en", "Paithan Hub", "--name-mr", "पैठण केंद्र", "--district", "Chhatrapati Sambhajinagar",
             "--taluka", "Paithan")
    first = run(kiosk_home, "init", "--hub", "MH-AUR-0001", *place)
    assert first.returncode == 0 and "counter 1: receipts MH-AUR-0001-YYYYMMDD-NNNN" in first.stdout, first.stdout
    second = run(kiosk_home, "init", "--hub", "MH-AUR-0001", *place, "--counter", "2")
    assert "counter 2: receipts MH-AUR-0001-C2-YYYYMMDD-NNNN" in second.stdout, second.stdout
    again = run(kiosk_home, "init", "--hub", "MH-AUR-0001", *place)  # init again (a new village): still counter 2
    assert "counter 2:" in again.stdout, again.stdout
    new = run(kiosk_home, "new", "-", stdin=json.dumps(income_form()))
    assert new.returncode == 0, new.stderr
    assert "MH-AUR-0001-C2-" in new.stdout
    for bad in ("0", "100", "A", "१"):
        refused = run(kiosk_home, "init", "--hub", "MH-AUR-0001", *place, "--counter", bad)
        assert refused.returncode == 1 and "1 to 99" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr


def test_export_csv(demo_home: Path, tmp_path: Path) -> None:
    from kiosk.domain.clock import local_day, utc_now

    out = tmp_path / "day.csv"
    day = local_day(utc_now()).isoformat()
    r = run(demo_home, "export", day, "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 8
    listed = json.loads(run(demo_home, "list", "--day", day, "--json").stdout)
    assert sum(int(row["total_paise"]) for row in rows) == sum(item["total_paise"] for item in listed) > 0
    assert all(f"{int(r['total_paise']) // 100}.{int(r['total_paise']) % 100:02d}" == r["total_inr"] for r in rows)
    assert any("\u0900" <= ch <= "\u097f" for ch in rows[0]["name_mr"])


def test_backup_restore_check_and_corruption(demo_home: Path, tmp_path: Path) -> None:
    r = run(demo_home, "backup", "--to", str(tmp_path / "usb"))
    assert r.returncode == 0 and "verified" in r.stdout
    assert run(demo_home, "check").returncode == 0
    db = demo_home / "kiosk.sqlite3"
    # power-cut style damage: scribble over the header
    with db.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    r = run(demo_home, "check")
    assert r.returncode == 3 and "restore" in r.stderr and "Traceback" not in r.stderr
    r = run(demo_home, "new", "-", stdin=json.dumps(income_form()))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    backup = next((tmp_path / "usb").glob("*.sqlite3"))
    r = run(demo_home, "restore", str(backup))
    assert r.returncode == 0, r.stderr
    assert run(demo_home, "check", "--full").returncode == 0
    assert len(json.loads(run(demo_home, "list", "--json").stdout)) == 24
    r = run(demo_home, "restore", str(tmp_path / "nope.sqlite3"))
    assert r.returncode == 1


def test_help_and_usage(kiosk_home: Path) -> None:
    r = run(kiosk_home, "--help")
    assert r.returncode == 0 and "demo" in r.stdout and "search" in r.stdout
    assert run(kiosk_home, "no-such-command").returncode == 2
