"""``seva-kiosk dashboard``: the demo hub's figures as JSON add up to what ``list`` shows (a count by hand
of its rows), a period that ends before it begins is one line and exit 2, and the text speaks Marathi."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.cli.test_core_commands import run


def test_dashboard_json_matches_the_list(kiosk_home: Path) -> None:
    assert run(kiosk_home, "demo", "--count", "20").returncode == 0
    listed = [r for r in json.loads(run(kiosk_home, "list", "--json", "--limit", "100").stdout)
              if r["status"] != "voided"]
    r = run(kiosk_home, "dashboard", "--json", "--from", "2000-01-01")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["from"] == "2000-01-01" and got["to"] == got["as_of"]
    assert got["total"]["received"] == len(listed)
    by_service = Counter(r["service_code"] for r in listed)
    assert {code: f["received"] for code, f in got["services"].items()} == dict(by_service)
    assert sum(v["received"] for v in got["villages"].values()) == len(listed)
    decided = sum(r["status"] in ("approved", "rejected", "delivered") for r in listed)
    assert got["total"]["disposed_in_time"] + got["total"]["disposed_late"] == decided
    for f in (got["total"], *got["services"].values(), *got["villages"].values()):
        assert f["received"] == (f["disposed_in_time"] + f["disposed_late"] + f["pending_in_time"]
                                 + f["pending_past"])

    r = run(kiosk_home, "dashboard", "--from", "2026-12-05", "--to", "2026-12-01")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "after its last day" in r.stderr

    r = run(kiosk_home, "--lang", "mr", "dashboard", "--period", "all")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("डॅशबोर्ड ") and "सेवानिहाय" in r.stdout and "गावनिहाय" in r.stdout
    assert f"एकूण: प्राप्त {len(listed)}," in r.stdout
