"""``seva-kiosk day-close`` drawer by drawer: an uncounted drawer is printed as not counted, surplus and
shortfall apart, and a count for an operator who does not exist is one clear line with nothing saved."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.cli.test_core_commands import run
from tests.receipts.helpers import pdf_text


def test_day_close_counts_drawer_by_drawer(kiosk_home: Path, tmp_path: Path) -> None:
    assert run(kiosk_home, "demo", "--count", "30").returncode == 0
    listed = json.loads(run(kiosk_home, "list", "--json", "--limit", "100").stdout)
    drawers = Counter((r["receipt_number"].rsplit("-", 2)[1], r["operator"]) for r in listed if r["status"] != "voided")
    day = next(d for d, _ in drawers if {op for dd, op in drawers if dd == d} == {"operator1", "operator2"})
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    out = tmp_path / "close.pdf"

    r = run(kiosk_home, "day-close", iso, "--counted", "operator1=99999", "--out", str(out))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("  operator2: ") and line.endswith("expected, not counted") for line in lines), lines
    assert any(line.startswith("  operator1: ") and "counted, difference +₹" in line for line in lines), lines
    assert any(line.startswith("drawers counted 1 of 2; surplus +₹") for line in lines), lines
    assert "not counted" in " ".join(pdf_text(out.read_bytes(), tmp_path).split())

    before = out.stat().st_mtime_ns
    r = run(kiosk_home, "day-close", iso, "--counted", "operatr1=100", "--out", str(out))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "No operator 'operatr1'" in r.stderr and "operator1, operator2" in r.stderr
    assert out.stat().st_mtime_ns == before  # nothing saved
