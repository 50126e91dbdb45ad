"""``seva-kiosk new`` with a fee not paid, ``payments`` (the work list), ``upi-link`` (the QR's link for the
hub's payee set by ``init --upi-payee``), ``pay`` (a refused UTR in one line, then the fee taken and the
updated receipt saved) and ``day-close`` saying cash and UPI apart."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_core_commands import run
from tests.forms import income_form


def test_a_pending_fee_through_the_command_line(kiosk_home: Path, tmp_path: Path) -> None:
    r = run(kiosk_home, "init", "--hub", "MH-PUN-HVL-0042", "--name-en", "Seva Hub Wagholi", "--name-mr",
            "सेवा केंद्र वाघोली", "--district", "Pune", "--taluka", "Haveli", "--upi-payee", "seva.wagholi@sbi")
    assert r.returncode == 0, r.stderr
    form = tmp_path / "app.json"
    form.write_text(json.dumps(income_form(payment={"method": "pending"}), ensure_ascii=False), "utf-8")
    r = run(kiosk_home, "new", str(form))
    assert r.returncode == 0, r.stderr
    receipt = r.stdout.split()[0] if r.stdout.split()[0].startswith("MH-") else r.stdout.strip().split()[-1]
    owed = json.loads(run(kiosk_home, "payments", "--json").stdout)
    assert [(o["receipt_number"], o["why"]) for o in owed] == [(receipt, "counter")]
    link = run(kiosk_home, "upi-link", receipt).stdout.strip()
    assert link == f"upi://pay?pa=seva.wagholi@sbi&pn=Seva%20Hub%20Wagholi&am={owed[0]['paise'] // 100}.00&cu=INR&tn={receipt}"

    bad = run(kiosk_home, "pay", receipt, "--upi", "12345")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "12-digit UTR" in bad.stderr
    r = run(kiosk_home, "pay", receipt, "--upi", "412345678901")
    assert r.returncode == 0, r.stderr
    assert f"Fee taken for {receipt}" in r.stdout and "UPI" in r.stdout
    assert run(kiosk_home, "payments").stdout.strip() == "No fee is waiting to be paid."
    r = run(kiosk_home, "day-close", "--out", str(tmp_path / "close.pdf"))
    assert r.returncode == 0, r.stderr
    assert "cash ₹ 0.00 · UPI ₹ " in r.stdout and "· pending ₹ " in r.stdout, r.stdout


def test_init_with_a_bad_upi_payee_saves_nothing(kiosk_home: Path) -> None:
    """The payee is checked before the hub is written: a typo in ``--upi-payee`` must not leave a hub set up
    without the payee the operator asked for (before the fix the hub was saved, then the payee refused)."""
    r = run(kiosk_home, "init", "--hub", "MH-PUN-HVL-0042", "--name-en", "Seva Hub Wagholi", "--name-mr",
            "सेवा केंद्र वाघोली", "--district", "Pune", "--taluka", "Haveli", "--upi-payee", "seva wagholi at sbi")
    assert r.returncode == 1, r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    check = run(kiosk_home, "check")
    assert check.returncode == 0 and "hub (no hub)" in check.stdout, check.stdout + check.stderr
