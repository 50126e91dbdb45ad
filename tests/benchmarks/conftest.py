"""Benchmarks: run with `bash installers/bootstrap.sh bench` (not part of the test suite).

Each benchmark prints its figures beside a floor measured in the same run, and appends them to
`out/benchmarks.jsonl` so a closing note can quote them.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "out" / "benchmarks.jsonl"


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary_ms(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(samples) * 1000, 3),
            "p95_ms": round(percentile(samples, 95) * 1000, 3)}


def report(name: str, **figures: Any) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"benchmark": name, **figures}, ensure_ascii=False) + "\n")
    print(f"\n[{name}] " + ", ".join(f"{k}={v}" for k, v in figures.items()))
