"""Loads the bundled LGD geography (districts, talukas) from assets; the parsing lives in the domain."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from kiosk.domain.geography import Geography, UnknownPlace, parse_geography


@lru_cache(maxsize=4)
def load_geography(assets: Path) -> Geography:
    geo = assets / "geo"
    talukas_mr = geo / "taluka-names-mr.json"
    return parse_geography((geo / "maharashtra-districts.csv").read_text("utf-8"),
                           (geo / "maharashtra-talukas.csv").read_text("utf-8"),
                           json.loads((geo / "district-names-mr.json").read_text("utf-8")),
                           json.loads(talukas_mr.read_text("utf-8")) if talukas_mr.exists() else None)


def resolve_district_taluka(assets: Path, district: str, taluka: str) -> tuple[str, str]:
    """LGD codes for a district and taluka given by code or by name (English, Marathi, old names)."""
    geography = load_geography(assets)
    d = geography.district(int(district)) if district.strip().isdigit() else geography.find_district(district)
    if d is None:
        raise UnknownPlace(f"no district called {district!r}", what=district)
    if taluka.strip().isdigit():
        t = geography.taluka(int(taluka))
        if t.district_code != d.code:
            raise UnknownPlace(f"taluka {taluka} is not in {d.name_en}", what=taluka)
    else:
        found = geography.find_taluka(taluka, d.code)
        if found is None:
            raise UnknownPlace(f"no taluka {taluka!r} in {d.name_en}", what=taluka)
        t = found
    return str(d.code), str(t.code)
