"""Districts and talukas of Maharashtra from the LGD snapshot, findable by any name people use.

A hub is set up with a district and taluka chosen from the Local Government Directory (``assets/geo``),
because the portal and every official report key places by LGD code, not by spelling. People, however,
type names: in English or Marathi, in capitals (as LGD stores them), and often the old name of a renamed
district — the 2022 snapshot itself still says AURANGABAD, OSMANABAD and AHMEDNAGAR. So every district
is reachable by its LGD name, its current English and Marathi names and its former names.

Pure: the caller reads the files and passes their text; :func:`parse_geography` validates everything
and raises :class:`GeographyError` listing every problem, so a damaged asset is caught at start-up.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.domain.errors import KioskError
from kiosk.domain.text import normalise_text, search_key

DISTRICT_COLUMNS = ("district_code", "district_name", "census2011_code")
TALUKA_COLUMNS = ("taluka_code", "taluka_name", "district_code", "district_name", "census2011_code")
_NAME_NOISE = re.compile(r"[\s\-.,'()]+")


class GeographyError(KioskError):
    """The LGD files or the district-name table are malformed; nothing of them was used."""

    code = "geography_invalid"


class UnknownPlace(KioskError):
    code = "unknown_place"


@dataclass(frozen=True)
class District:
    code: int
    name_en: str
    name_mr: str
    lgd_name: str  # as the LGD snapshot spells it, e.g. "AURANGABAD"
    census2011_code: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.name_mr if language in ("mr", "hi") else self.name_en


@dataclass(frozen=True)
class Taluka:
    code: int
    name_en: str
    district_code: int
    census2011_code: str
    name_mr: str = ""  # LGD has no Marathi taluka names: assets/geo/taluka-names-mr.json supplies them

    def name(self, language: str) -> str:
        """Marathi on Marathi and Hindi screens (Hindi writes Maharashtra's places as Marathi does)."""
        return self.name_mr if language in ("mr", "hi") and self.name_mr else self.name_en


def place_key(name: str) -> str:
    """What name lookups compare: NFC, case-folded, without spaces, hyphens, dots or brackets."""
    return _NAME_NOISE.sub("", search_key(name))


def _rows(text: str, columns: tuple[str, ...], what: str, problems: list[str]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = tuple(h.strip() for h in reader.fieldnames or ())
    if header[: len(columns)] != columns:
        problems.append(f"{what}: header must start with {','.join(columns)}")
        return []
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(row.get(c) is None for c in columns):
            problems.append(f"{what} line {line}: wrong number of columns")
            continue
        rows.append({c: normalise_text(row[c]) for c in columns} | {"_line": str(line)})
    if not rows:
        problems.append(f"{what}: no rows")
    return rows


def _code(value: str, where: str, problems: list[str]) -> int | None:
    if not re.fullmatch(r"[0-9]{1,9}", value):
        problems.append(f"{where}: code {value!r} is not a number")
        return None
    return int(value)


def _names_table(raw: Any, problems: list[str]) -> dict[int, Mapping[str, Any]]:
    table = raw.get("districts") if isinstance(raw, Mapping) else None
    if not isinstance(table, Mapping):
        problems.append("district names: missing 'districts'")
        return {}
    out: dict[int, Mapping[str, Any]] = {}
    for key, entry in table.items():
        where = f"district names '{key}'"
        code = _code(str(key), where, problems)
        ok = isinstance(entry, Mapping) and all(
            isinstance(entry.get(k), str) and entry[k].strip() for k in ("name_en", "name_mr")
        )
        aliases = [entry.get(k, []) for k in ("aliases_en", "aliases_mr")] if isinstance(entry, Mapping) else []
        if not ok or not all(isinstance(a, list) and all(isinstance(s, str) and s.strip() for s in a) for a in aliases):
            problems.append(f"{where}: needs non-empty 'name_en', 'name_mr' and lists of alias strings")
        elif code is not None:
            out[code] = entry
    return out


class Geography:
    """Districts and talukas with alias-aware lookup; build it with :func:`parse_geography`."""

    def __init__(self, districts: list[District], talukas: list[Taluka]) -> None:
        self.districts = tuple(sorted(districts, key=lambda d: d.name_en))
        self._by_code = {d.code: d for d in districts}
        self._by_key: dict[str, District] = {}
        for d in districts:
            for name in (d.name_en, d.name_mr, d.lgd_name, *d.aliases):
                self._by_key[place_key(name)] = d
        self._talukas = {t.code: t for t in talukas}
        self._talukas_by_key: dict[str, tuple[Taluka, ...]] = {}
        for t in sorted(talukas, key=lambda t: t.code):
            for key in {place_key(n) for n in (t.name_en, t.name_mr) if n}:
                self._talukas_by_key[key] = (*self._talukas_by_key.get(key, ()), t)
        self._talukas_of: dict[int, tuple[Taluka, ...]] = {}
        for t in sorted(talukas, key=lambda t: t.name_en):
            self._talukas_of[t.district_code] = (*self._talukas_of.get(t.district_code, ()), t)

    def district(self, code: int) -> District:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownPlace(f"no district with LGD code {code}", code=code) from None

    def find_district(self, name: str) -> District | None:
        """By LGD, current or former name, English or Marathi, any case or spacing."""
        return self._by_key.get(place_key(name))

    def talukas_of(self, district_code: int) -> tuple[Taluka, ...]:
        """The district's talukas in English alphabetical order (empty for Mumbai's two districts)."""
        self.district(district_code)
        return self._talukas_of.get(district_code, ())

    def taluka(self, code: int) -> Taluka:
        try:
            return self._talukas[code]
        except KeyError:
            raise UnknownPlace(f"no taluka with LGD code {code}", code=code) from None

    def find_talukas(self, name: str) -> list[Taluka]:
        """Every taluka of that name: several districts have a Khed, a Karjat or an Ashti."""
        return list(self._talukas_by_key.get(place_key(name), ()))

    def find_taluka(self, name: str, district_code: int) -> Taluka | None:
        return next((t for t in self.find_talukas(name) if t.district_code == district_code), None)


def parse_geography(districts_csv: str, talukas_csv: str, district_names: Any,
                    taluka_names: Any = None) -> Geography:
    """Build the geography from the LGD CSV texts, the decoded ``district-names-mr.json`` and, when given,
    ``taluka-names-mr.json`` (Marathi taluka names by LGD code; a taluka without one reads English)."""
    marathi = taluka_names.get("talukas", {}) if isinstance(taluka_names, Mapping) else {}
    problems: list[str] = []
    names = _names_table(district_names, problems)
    districts: list[District] = []
    seen: set[int] = set()
    for row in _rows(districts_csv, DISTRICT_COLUMNS, "districts", problems):
        where = f"districts line {row['_line']}"
        code = _code(row["district_code"], where, problems)
        if code is None:
            continue
        if code in seen:
            problems.append(f"{where}: duplicate district code {code}")
            continue
        seen.add(code)
        if not row["district_name"]:
            problems.append(f"{where}: empty district name")
            continue
        entry = names.pop(code, None)
        if entry is None:
            problems.append(f"{where}: district {code} {row['district_name']} has no Marathi name")
            continue
        aliases = tuple(normalise_text(a) for a in (*entry.get("aliases_en", []), *entry.get("aliases_mr", [])))
        districts.append(
            District(code, normalise_text(entry["name_en"]), normalise_text(entry["name_mr"]),
                     row["district_name"], row["census2011_code"], aliases)
        )
    problems += [f"district names: {code} is not an LGD district" for code in sorted(names)]
    owner: dict[str, int] = {}
    for d in districts:
        for name in {place_key(n) for n in (d.name_en, d.name_mr, d.lgd_name, *d.aliases)}:
            if owner.setdefault(name, d.code) != d.code:
                problems.append(f"districts: the name '{name}' belongs to both {owner[name]} and {d.code}")
    by_code = {d.code: d for d in districts}
    talukas: list[Taluka] = []
    for row in _rows(talukas_csv, TALUKA_COLUMNS, "talukas", problems):
        where = f"talukas line {row['_line']}"
        code = _code(row["taluka_code"], where, problems)
        dcode = _code(row["district_code"], where, problems)
        if code is None or dcode is None:
            continue
        if not row["taluka_name"]:
            problems.append(f"{where}: empty taluka name")
        elif dcode not in by_code:
            problems.append(f"{where}: district {dcode} does not exist")
        elif place_key(row["district_name"]) != place_key(by_code[dcode].lgd_name):
            problems.append(f"{where}: district name {row['district_name']} does not match code {dcode}")
        else:
            entry = marathi.get(str(code))
            name_mr = normalise_text(entry["name_mr"]) if isinstance(entry, Mapping) and entry.get("name_mr") else ""
            talukas.append(Taluka(code, row["taluka_name"], dcode, row["census2011_code"], name_mr))
    tcodes = [t.code for t in talukas]
    if len(tcodes) != len(set(tcodes)):
        problems.append("talukas: duplicate taluka codes")
    if problems:
        shown = "; ".join(problems[:10])
        more = f" (+{len(problems) - 10} more)" if len(problems) > 10 else ""
        raise GeographyError(f"geography rejected: {shown}{more}", count=len(problems))
    return Geography(districts, talukas)
