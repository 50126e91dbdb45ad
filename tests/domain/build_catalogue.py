"""Build assets/catalogue/catalogue-full.json from its sources: `python tests/domain/build_catalogue.py`.

The sources: assets/catalogue/catalogue.json (the detailed services, hand-edited), and under
assets/catalogue/sources/ the notified-services lists (notified-part*.tsv) and their glossaries
(glossary-*.tsv; glossary-catalogue.tsv holds the time limits' Marathi). tests/domain/test_catalogue_build.py fails when the shipped file differs from what
this builds — re-run it after changing any source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "assets" / "catalogue"
FULL = CATALOGUE / "catalogue-full.json"


def build() -> tuple[dict[str, Any], str]:
    from kiosk.domain.catalogue_sources import build_full_catalogue, dump_catalogue

    sources = CATALOGUE / "sources"
    detailed = json.loads((CATALOGUE / "catalogue.json").read_text("utf-8"))
    notified = [(p.name, p.read_text("utf-8")) for p in sorted(sources.glob("notified-part*.tsv"))]
    glossaries = [(p.name, p.read_text("utf-8")) for p in sorted(sources.glob("glossary-*.tsv"))]
    document = build_full_catalogue(detailed, notified, glossaries)
    return document, dump_catalogue(document)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from kiosk.domain.catalogue import parse_catalogue

    doc, text = build()
    parse_catalogue(json.loads(text))  # refuse to write what the kiosk would refuse
    FULL.write_text(text, "utf-8")
    print(f"{FULL.relative_to(ROOT)}: {len(doc['services'])} services, version {doc['catalogue_version']}")
