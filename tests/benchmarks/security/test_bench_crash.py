"""1,000 SIGKILLed runs of the crash harness (the suite runs 200), with some portal faults on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.conftest import report
from tests.security.crash import run_crash_driver


@pytest.mark.timeout(3600)
def test_thousand_sigkills(tmp_path: Path) -> None:
    figures = run_crash_driver(tmp_path / "home", runs=1000, seed=2026, timeout=1800,
                               sim_args=("--faults", "drop_after_commit=0.03,5xx=0.03", "--seed", "3"))
    assert figures["violations"] == [], figures["violations"][:10]
    kills = sum(figures["kills"].values())
    print(f"\ncrash benchmark: {kills} SIGKILLs in 1000 runs {figures['kills']}, "
          f"{figures['receipts_printed']} receipts shown, {figures['applications']} saved, "
          f"{figures['portal']} at the portal, {figures['seconds']} s")
    report("security.crash_harness", runs=1000, kills=kills, receipts=figures["receipts_printed"],
           applications=figures["applications"], portal=figures["portal"], seconds=figures["seconds"])
