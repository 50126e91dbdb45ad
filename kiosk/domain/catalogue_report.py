"""What the catalogue says about itself: one row per service (the CLI's ``services --json``, the
supervisor's catalogue view), its counts, and its list of unknowns — read and shown, not just stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from kiosk.domain.catalogue_model import Catalogue, Label, Service


def _label(label: Label | None) -> dict[str, str] | None:
    return None if label is None else {"en": label.en, "mr": label.mr}


def service_row(s: Service) -> dict[str, Any]:
    """A service as the CLI lists it: the issue's fields, each officer ``{en, mr}`` or null.

    ``confidence`` is the Marathi name's (what a supervisor checks: ``translated`` means written by the
    kiosk team); ``name_confidence`` has both names', ``facts_confidence`` the time limit/officers/fees'
    (H/M/L). ``total_paise`` is null when the fee is not known — never 0 for "unknown"."""
    return {
        "code": s.code, "portal_service_id": s.portal_service_id,
        "name_mr": s.name.mr, "name_en": s.name.en,
        "department_en": s.department.en, "department_mr": s.department.mr,
        "sub_department": _label(s.sub_department),
        "rts_days": s.rts_days, "rts_text": _label(s.rts_text),
        "designated_officer": _label(s.designated_officer), "first_appellate": _label(s.first_appellate),
        "second_appellate": _label(s.second_appellate),
        "on_portal": s.on_portal, "fee_known": s.fee_known, "total_paise": s.known_total_paise,
        "form": s.form, "confidence": s.name_confidence.mr,
        "name_confidence": {"en": s.name_confidence.en, "mr": s.name_confidence.mr},
        "facts_confidence": s.confidence, "source": s.source, "unknown": list(s.unknown),
    }


def catalogue_counts(services: Iterable[Service]) -> dict[str, Any]:
    """The counts issue 16 asks for: services, with a time limit, with all three officers, Marathi names
    by confidence, with fees known, with detailed forms."""
    items = list(services)
    return {
        "services": len(items),
        "with_time_limit": sum(1 for s in items if s.rts_days or s.rts_text),
        "with_time_limit_in_days": sum(1 for s in items if s.rts_days),
        "with_all_three_officers": sum(1 for s in items
                                       if s.designated_officer and s.first_appellate and s.second_appellate),
        "marathi_names_by_confidence": dict(sorted(Counter(s.name_confidence.mr for s in items).items())),
        "english_names_by_confidence": dict(sorted(Counter(s.name_confidence.en for s in items).items())),
        "with_fees_known": sum(1 for s in items if s.fee_known),
        "with_fee_lines": sum(1 for s in items if s.fees),
        "with_documents": sum(1 for s in items if "documents" not in s.unknown and s.documents and not s.generic),
        "with_portal_service_id": sum(1 for s in items if s.portal_service_id),
        "detailed_forms": sum(1 for s in items if s.form == "detailed"),
        "on_portal": sum(1 for s in items if s.on_portal),
    }


def unknowns(catalogue: Catalogue) -> dict[str, list[str]]:
    """What the catalogue does not know, by fact: fact → the codes of the services that lack it."""
    out: dict[str, list[str]] = {}
    for s in catalogue.services:
        for fact in s.unknown:
            out.setdefault(fact, []).append(s.code)
    return dict(sorted(out.items(), key=lambda kv: (-len(kv[1]), kv[0])))
