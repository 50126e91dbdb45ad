"""Figures for the working-day calendar, geography lookup and catalogue parse (printed; no timing asserts).

Run: .venv/bin/python -m pytest tests/benchmarks/domain -q -s
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from kiosk.domain.calendar import WorkingCalendar, parse_holidays
from kiosk.domain.catalogue import parse_catalogue
from kiosk.domain.geography import parse_geography

ASSETS = Path(__file__).resolve().parents[3] / "assets"


def _time(fn: Callable[[int], object], runs: int) -> tuple[float, float]:
    samples = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t0) * 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _report(name: str, p50: float, p95: float) -> None:
    print(f"\n{name}: p50 {p50:.1f} µs, p95 {p95:.1f} µs")


def test_calendar_figures() -> None:
    lists = [parse_holidays(json.loads(p.read_text("utf-8"))) for p in sorted((ASSETS / "calendar").glob("*.json"))]
    cal = WorkingCalendar.from_lists(lists)
    start = date(2026, 1, 1)
    _report("due date, 45 working days", *_time(lambda i: cal.add_working_days(start + timedelta(i % 300), 45), 2000))
    _report("working days in a year", *_time(lambda i: cal.working_days_between(start, date(2026, 12, 31)), 500))


def test_geography_and_catalogue_figures() -> None:
    geo_dir = ASSETS / "geo"
    texts = ((geo_dir / "maharashtra-districts.csv").read_text("utf-8"),
             (geo_dir / "maharashtra-talukas.csv").read_text("utf-8"),
             json.loads((geo_dir / "district-names-mr.json").read_text("utf-8")))
    _report("parse geography (36 districts, 355 talukas)", *_time(lambda i: parse_geography(*texts), 50))
    geo = parse_geography(*texts)
    names = ["Aurangabad", "धाराशिव", "pune", "Ahilyanagar", "Nowhere"]
    _report("find district by name", *_time(lambda i: geo.find_district(names[i % 5]), 5000))
    _report("find taluka by name", *_time(lambda i: geo.find_talukas("Khed"), 1000))
    raw = json.loads((ASSETS / "catalogue" / "catalogue.json").read_text("utf-8"))
    _report("parse starter catalogue (28 services)", *_time(lambda i: parse_catalogue(raw), 50))
