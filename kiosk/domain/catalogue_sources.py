"""The full catalogue, compiled from its sources: the detailed services and the notified-services lists.

Why a build step and not a merge at load: the kiosk only ever installs a catalogue *document* (bundled, or
pushed by the portal as a whole or as a change set), the portal serves documents, and old versions are
kept as documents for queued applications. Compiling the TSVs once into ``assets/catalogue/
catalogue-full.json`` keeps one validated, versioned document that the kiosk, the simulator and a
delta all agree on; the TSV reader never runs at a counter. ``tests/domain/build_catalogue.py`` runs
:func:`build_full_catalogue` over the files and ``tests/domain/test_catalogue_build.py`` fails when the
shipped file is not what the sources build.

Merging, by service code: a detailed service (``catalogue.json``, with its form) keeps what it has and
gains the notified facts it lacks (sub-department, on-portal, a time limit or officer it did not know);
where both know a fact and disagree, the detailed value stays and the disagreement is written in its notes.
Every other notified row becomes a *generic* service whose fee, documents and portal number are unknown
(listed in its ``unknown``), with Marathi officer and department names from the glossaries.
Pure: text in, document out (the script does the reading and writing).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

OFFICERS = (("designated_officer", "designated_en"), ("first_appellate", "first_appellate_en"),
            ("second_appellate", "second_appellate_en"))
COLUMNS = ("sr_no", "code", "department_en", "sub_department_en", "name_en", "name_mr", "rts_days", "rts_text_en",
           "designated_en", "first_appellate_en", "second_appellate_en", "on_portal", "note")


class SourceError(ValueError):
    """A source file does not have the shape the build expects (a column missing, a bad number)."""


def read_tsv(text: str, columns: Sequence[str], where: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    if rows and set(columns) - set(rows[0]):
        raise SourceError(f"{where}: missing columns {sorted(set(columns) - set(rows[0]))}")
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise SourceError(f"{where}:{i}: wrong number of columns")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def read_glossary(texts: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(kind, English) → Marathi; the first file's wording wins where two files differ in spelling."""
    out: dict[tuple[str, str], str] = {}
    for name, text in texts:
        for row in read_tsv(text, ("kind", "en", "mr"), name):
            if row["en"] and row["mr"]:
                out.setdefault((row["kind"], row["en"]), row["mr"])
    return out


def _label(glossary: Mapping[tuple[str, str], str], kind: str, en: str, unknown: list[str], key: str) -> Any:
    if not en:
        return None
    mr = glossary.get((kind, en))
    if not mr:
        unknown.append(f"{key}_mr")  # shown in English on a Marathi screen until the glossary has it
    return {"en": en, "mr": mr or en}


# Spellings of one title (the notified list writes "Tehsildar", the domain notes "Tahsildar"; "BDO").
_SPELLINGS = (("tehsil", "tahsil"), ("block development officer", "bdo"))


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        s = " ".join(s.casefold().split())
        for variant, usual in _SPELLINGS:
            s = s.replace(variant, usual)
        return s
    return key(a) == key(b)


def generic_service(row: Mapping[str, str], where: str, glossary: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    unknown: list[str] = ["portal_service_id", "fees", "documents"]
    svc: dict[str, Any] = {
        "code": row["code"], "form": "generic", "portal_service_id": None,
        "name": {"en": row["name_en"], "mr": row["name_mr"] or row["name_en"]},
        # One source (the portal's list, cleaned by us); a name we rewrote from a garbled one is "low".
        "name_confidence": {"en": "low" if "garbled" in row["note"] else "medium",
                            "mr": "translated" if row["name_mr"] else "low"},
        "department": _label(glossary, "department", row["department_en"], unknown, "department"),
        "sub_department": _label(glossary, "sub_department", row["sub_department_en"], unknown, "sub_department"),
    }
    if not row["name_mr"]:
        unknown.append("name_mr")
    svc.update(_time_limit(row, where, unknown, glossary))
    for key, col in OFFICERS:
        svc[key] = _label(glossary, "officer", row[col], unknown, key)
        if svc[key] is None:
            unknown.append(key)
    svc.update({"on_portal": _on_portal(row, where), "fee_known": False, "confidence": "M",
                "source": where, "notes": row["note"], "unknown": unknown})
    return svc


def _time_limit(row: Mapping[str, str], where: str, unknown: list[str],
                glossary: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    """Whole days, or the limit as the notification words it with its Marathi from the glossaries (kind
    ``rts_text``, in glossary-catalogue.tsv: written by the catalogue engineer from the English)."""
    if row["rts_days"]:
        try:
            days = int(row["rts_days"])
        except ValueError:
            raise SourceError(f"{where}: rts_days {row['rts_days']!r} is not a whole number") from None
        if days <= 0:
            raise SourceError(f"{where}: rts_days must be positive")
        return {"rts_days": days}
    text = row["rts_text_en"]
    if not text:
        unknown.append("rts_days")
        return {"rts_days": None}
    mr = glossary.get(("rts_text", text))
    if mr is None:
        unknown.append("rts_text_mr")
    return {"rts_days": None, "rts_text": {"en": text, "mr": mr or text}}


def _on_portal(row: Mapping[str, str], where: str) -> bool | None:
    flag = row["on_portal"].upper()
    if flag not in ("Y", "N", ""):
        raise SourceError(f"{where}: on_portal must be Y or N")
    return {"Y": True, "N": False}.get(flag)


def merge_detailed(detailed: dict[str, Any], row: Mapping[str, str], where: str,
                   glossary: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    """A detailed service with the notified row's facts: gains what it lacks, notes what disagrees."""
    svc = dict(detailed)
    unknown = list(svc.get("unknown") or [])
    notified = generic_service(row, where, glossary)
    doubts: list[str] = []
    # Browsing is by the state's departments: a detailed service takes its notified row's department, so
    # "Revenue (Tahsil)" does not sit beside "Revenue and Forest Department" as a second list; the office it
    # named becomes its sub-department when it had none.
    if notified.get("department") and svc.get("department") != notified["department"]:
        if svc.get("sub_department") is None and svc.get("department"):
            svc["sub_department"] = svc["department"]
        svc["department"] = notified["department"]
    for key in ("sub_department", "on_portal"):
        if svc.get(key) is None and notified.get(key) is not None:
            svc[key] = notified[key]
    facts = [("rts_days", lambda v: v)] + [(k, lambda v: v["en"] if v else None) for k, _ in OFFICERS]
    for key, show in facts:
        mine, theirs = svc.get(key), notified.get(key)
        if theirs is None:
            continue
        if mine is None:
            svc[key] = theirs
            unknown = [u for u in unknown if u != key]
        elif show(mine) != show(theirs) and not (isinstance(mine, dict) and _same(show(mine), show(theirs))):
            doubts.append(f"{key}: notified list says {show(theirs)!r}, kept {show(mine)!r}")
    if svc.get("rts_days") is None and "rts_text" in notified and not svc.get("rts_text"):
        svc["rts_text"] = notified["rts_text"]
        unknown = [u for u in unknown if u != "rts_days"]
    agree_en = _same(svc["name"]["en"], row["name_en"])
    agree_mr = bool(row["name_mr"]) and _same(svc["name"]["mr"], row["name_mr"])
    official = svc.get("confidence") == "H"
    svc["name_confidence"] = {"en": "high" if agree_en or official else "medium",
                              "mr": "high" if agree_mr or official else "medium"}
    if not agree_en:
        doubts.append(f"name: notified list says {row['name_en']!r}")
    svc["unknown"] = unknown
    svc["source"] = "; ".join(p for p in (svc.get("source") or "catalogue.json (detailed)", where) if p)
    if doubts:
        svc["notes"] = "; ".join(p for p in (svc.get("notes") or "", "disagrees with " + where + ": "
                                             + "; ".join(doubts)) if p)
    return svc


def build_full_catalogue(detailed: Mapping[str, Any], notified: Iterable[tuple[str, str]],
                         glossaries: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The full catalogue document from the detailed one and the notified lists (name, text) in order.

    Its version is the detailed catalogue's plus a digest of every source, so a change in any source is
    a new version (the portal's delta and the kept-versions table go by it)."""
    glossary = read_glossary(glossaries)
    by_code = {s["code"]: s for s in detailed["services"]}
    merged: dict[str, dict[str, Any]] = {}
    generic: list[dict[str, Any]] = []
    digest = hashlib.sha256(json.dumps(detailed, sort_keys=True, ensure_ascii=False).encode())
    seen: set[str] = set()
    for name, text in notified:
        digest.update(text.encode())
        for row in read_tsv(text, COLUMNS, name):
            where = f"{name}#{row['sr_no']}"
            code = row["code"]
            if not code or code in seen:
                raise SourceError(f"{where}: code {code!r} is empty or used twice")
            seen.add(code)
            if code in by_code:
                merged[code] = merge_detailed(by_code[code], row, where, glossary)
            else:
                generic.append(generic_service(row, where, glossary))
    for _name, text in glossaries:
        digest.update(text.encode())
    services = [merged.get(s["code"], s) for s in detailed["services"]] + generic
    for s in services[:len(detailed["services"])]:
        s.setdefault("form", "detailed")
        if s["code"] not in merged:
            s.setdefault("source", "catalogue.json (detailed)")
    # The digest covers what was built, not only the sources: a change in how they are merged (this module)
    # is a new version too, never other content under a version a hub already holds.
    digest.update(json.dumps(services, sort_keys=True, ensure_ascii=False).encode())
    return {
        "catalogue_version": f"{detailed['catalogue_version']}-n{digest.hexdigest()[:10]}",
        "published": detailed["published"],
        "source": str(detailed.get("source", "")) + " Full catalogue: the detailed services above plus every "
                  "row of the notified-services lists (assets/catalogue/sources/notified-part*.tsv, cleaned from "
                  "a scraped copy of the portal's all-services list: one source, facts to check) with the "
                  "glossaries' Marathi names; built by tests/domain/build_catalogue.py.",
        "document_types": detailed["document_types"],
        "services": services,
    }


def dump_catalogue(document: Mapping[str, Any]) -> str:
    """The document as text: one service a line, so a change in the sources is a readable diff."""
    head = {k: v for k, v in document.items() if k != "services"}
    lines = [json.dumps(s, ensure_ascii=False, sort_keys=True) for s in document["services"]]
    body = json.dumps(head, ensure_ascii=False, indent=2, sort_keys=True)[:-2]
    return body + ',\n  "services": [\n' + ",\n".join(lines) + "\n  ]\n}\n"
