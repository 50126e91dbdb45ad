"""The service catalogue: what each service needs, costs and promises, as data.

The portal adds services every week, so nothing about a particular service lives in code: a new
Government Resolution (a fee, a time limit, a document) is a catalogue change. :func:`parse_catalogue`
validates a whole catalogue document and either returns it complete or raises
:class:`~kiosk.domain.errors.CatalogueError` listing what is wrong — a half-applied catalogue is worse
than the old one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.errors import CatalogueError, UnknownService
from kiosk.domain.text import fold_digits, normalise_text, search_key

FEE_KINDS = ("government_fee", "service_charge", "gst", "stamp", "other")
DOCUMENT_KINDS = ("text", "photo")
FIELD_TYPES = ("text", "number", "money", "date", "select", "year", "textarea", "checkbox")


@dataclass(frozen=True)
class Label:
    """A string shown to people, always in both languages."""

    en: str
    mr: str

    def text(self, language: str) -> str:
        # The portal's catalogue has no Hindi: a Hindi screen shows the Marathi (Devanagari) text. Its digits
        # are written Latin, the kiosk's one digits rule (the portal writes "फॉर्म १६", "७/१२ उतारा").
        return fold_digits(self.mr) if language in ("mr", "hi") and self.mr else self.en


@dataclass(frozen=True)
class FeeLine:
    kind: str
    label: Label
    paise: int


@dataclass(frozen=True)
class FieldOption:
    value: str
    label: Label


@dataclass(frozen=True)
class FormField:
    name: str
    type: str
    label: Label
    required: bool = False
    group: Label | None = None
    pattern: str | None = None
    min_value: int | None = None
    max_value: int | None = None
    max_length: int | None = None
    options: tuple[FieldOption, ...] = ()
    help: Label | None = None


@dataclass(frozen=True)
class DocumentType:
    code: str
    label: Label
    kind: str = "text"  # "text" documents may go grey/bitonal; "photo" stays in colour
    max_kb_per_page: int = 300


@dataclass(frozen=True)
class DocumentGroup:
    """"Any one of" these document types satisfies the group; a self-declaration may stand in."""

    code: str
    label: Label
    any_of: tuple[str, ...]
    required: bool = True
    self_declaration_allowed: bool = False
    condition: str | None = None  # e.g. "minor": only when the applicant is under 18


@dataclass(frozen=True)
class Service:
    code: str
    portal_service_id: str | None
    name: Label
    department: Label
    rts_days: int | None
    designated_officer: Label | None
    first_appellate: Label | None
    second_appellate: Label | None
    fees: tuple[FeeLine, ...]
    fields: tuple[FormField, ...]
    documents: tuple[DocumentGroup, ...]
    min_age: int | None = None
    needs_category: bool = False
    unknown: tuple[str, ...] = ()
    notes: str = ""
    confidence: str = "L"

    @property
    def total_paise(self) -> int:
        return sum(f.paise for f in self.fees)

    def field(self, name: str) -> FormField | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class Catalogue:
    version: str
    published: str
    services: tuple[Service, ...]
    document_types: Mapping[str, DocumentType]
    source: str = ""
    _by_code: dict[str, Service] = field(default_factory=dict, compare=False, repr=False)
    _keys: tuple[tuple[str, str, Service], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {s.code: s for s in self.services})
        keys = tuple((search_key(s.name.en), search_key(s.name.mr), s) for s in self.services)
        object.__setattr__(self, "_keys", keys)

    def service(self, code: str) -> Service:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownService(code, code=code) from None

    def has(self, code: str) -> bool:
        return code in self._by_code

    def search(self, query: str, limit: int = 20) -> list[Service]:
        """Services whose English or Marathi name (or code) contains ``query``; prefix matches first.

        Linear over pre-folded keys: a 1,500-service catalogue is a few hundred microseconds, far below
        what an index would save.
        """
        q = search_key(query)
        if not q:
            return list(self.services[:limit])
        prefix: list[Service] = []
        inner: list[Service] = []
        for en, mr, svc in self._keys:
            if en.startswith(q) or mr.startswith(q) or svc.code.startswith(q):
                prefix.append(svc)
            elif q in en or q in mr or q in svc.code:
                inner.append(svc)
            if len(prefix) >= limit:
                break
        return (prefix + inner)[:limit]

    def document_label(self, code: str) -> Label:
        dt = self.document_types.get(code)
        return dt.label if dt else Label(code, code)


# ---------------------------------------------------------------------------------------------- parsing


class _Reader:
    """Collects every problem in a catalogue document instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def req(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if not isinstance(obj, Mapping) or key not in obj:
            self.problems.append(f"{where}: missing '{key}'")
            return None
        value = obj[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            self.problems.append(f"{where}: '{key}' has the wrong type")
            return None
        return value

    def opt(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if not isinstance(obj, Mapping) or obj.get(key) is None:
            return None
        return self.req(obj, key, kind, where)

    def label(self, obj: Any, where: str, *, required: bool = True) -> Label | None:
        if obj is None and not required:
            return None
        if not isinstance(obj, Mapping):
            self.problems.append(f"{where}: expected {{'en': ..., 'mr': ...}}")
            return None
        en = obj.get("en")
        mr = obj.get("mr")
        if not isinstance(en, str) or not en.strip() or not isinstance(mr, str) or not mr.strip():
            self.problems.append(f"{where}: needs non-empty 'en' and 'mr'")
            return None
        return Label(normalise_text(en), normalise_text(mr))


def _parse_fee(r: _Reader, raw: Any, where: str) -> FeeLine | None:
    kind = r.req(raw, "kind", str, where)
    paise = r.req(raw, "paise", int, where)
    label = r.label(raw.get("label") if isinstance(raw, Mapping) else None, f"{where}.label")
    if kind is not None and kind not in FEE_KINDS:
        r.problems.append(f"{where}: unknown fee kind '{kind}'")
    if isinstance(paise, int) and paise < 0:
        r.problems.append(f"{where}: negative fee")
    if kind is None or paise is None or label is None:
        return None
    return FeeLine(kind, label, paise)


def _parse_field(r: _Reader, raw: Any, where: str) -> FormField | None:
    name = r.req(raw, "name", str, where)
    ftype = r.req(raw, "type", str, where)
    label = r.label(raw.get("label") if isinstance(raw, Mapping) else None, f"{where}.label")
    if ftype is not None and ftype not in FIELD_TYPES:
        r.problems.append(f"{where}: unknown field type '{ftype}'")
    options: list[FieldOption] = []
    for i, opt in enumerate(raw.get("options") or [] if isinstance(raw, Mapping) else []):
        value = r.req(opt, "value", str, f"{where}.options[{i}]")
        olabel = r.label(opt.get("label") if isinstance(opt, Mapping) else None, f"{where}.options[{i}]")
        if value is not None and olabel is not None:
            options.append(FieldOption(value, olabel))
    if ftype == "select" and not options:
        r.problems.append(f"{where}: a select field needs options")
    if name is None or ftype is None or label is None:
        return None
    return FormField(
        name=name,
        type=ftype,
        label=label,
        required=bool(raw.get("required", False)),
        group=r.label(raw.get("group"), f"{where}.group", required=False),
        pattern=r.opt(raw, "pattern", str, where),
        min_value=r.opt(raw, "min", int, where),
        max_value=r.opt(raw, "max", int, where),
        max_length=r.opt(raw, "max_length", int, where),
        options=tuple(options),
        help=r.label(raw.get("help"), f"{where}.help", required=False),
    )


def _parse_group(r: _Reader, raw: Any, where: str, doc_types: Mapping[str, Any]) -> DocumentGroup | None:
    code = r.req(raw, "group", str, where)
    label = r.label(raw.get("label") if isinstance(raw, Mapping) else None, f"{where}.label")
    any_of = r.req(raw, "any_of", list, where)
    if any_of is not None:
        if not any_of:
            r.problems.append(f"{where}: 'any_of' is empty")
        for d in any_of:
            if not isinstance(d, str):
                r.problems.append(f"{where}: 'any_of' entries must be document type codes")
            elif d not in doc_types:
                r.problems.append(f"{where}: unknown document type '{d}'")
    if code is None or label is None or any_of is None:
        return None
    return DocumentGroup(
        code=code,
        label=label,
        any_of=tuple(str(d) for d in any_of),
        required=bool(raw.get("required", True)),
        self_declaration_allowed=bool(raw.get("self_declaration_allowed", False)),
        condition=r.opt(raw, "condition", str, where),
    )


def _parse_service(r: _Reader, raw: Any, where: str, doc_types: Mapping[str, Any]) -> Service | None:
    if not isinstance(raw, Mapping):
        r.problems.append(f"{where}: not an object")
        return None
    code = r.req(raw, "code", str, where)
    where = f"service '{code}'" if code else where
    name = r.label(raw.get("name"), f"{where}.name")
    department = r.label(raw.get("department"), f"{where}.department")
    rts_days = r.opt(raw, "rts_days", int, where)
    if isinstance(rts_days, int) and rts_days <= 0:
        r.problems.append(f"{where}: rts_days must be positive")
    fees = [_parse_fee(r, f, f"{where}.fees[{i}]") for i, f in enumerate(r.req(raw, "fees", list, where) or [])]
    fields = [
        _parse_field(r, f, f"{where}.fields[{i}]") for i, f in enumerate(r.req(raw, "fields", list, where) or [])
    ]
    names = [f.name for f in fields if f]
    if len(names) != len(set(names)):
        r.problems.append(f"{where}: duplicate field names")
    groups = [
        _parse_group(r, g, f"{where}.documents[{i}]", doc_types)
        for i, g in enumerate(r.req(raw, "documents", list, where) or [])
    ]
    unknown = raw.get("unknown") or []
    if not isinstance(unknown, list) or not all(isinstance(u, str) for u in unknown):
        r.problems.append(f"{where}: 'unknown' must be a list of field names")
        unknown = []
    if code is None or name is None or department is None:
        return None
    return Service(
        code=code,
        portal_service_id=r.opt(raw, "portal_service_id", str, where),
        name=name,
        department=department,
        rts_days=rts_days,
        designated_officer=r.label(raw.get("designated_officer"), f"{where}.designated_officer", required=False),
        first_appellate=r.label(raw.get("first_appellate"), f"{where}.first_appellate", required=False),
        second_appellate=r.label(raw.get("second_appellate"), f"{where}.second_appellate", required=False),
        fees=tuple(f for f in fees if f),
        fields=tuple(f for f in fields if f),
        documents=tuple(g for g in groups if g),
        min_age=r.opt(raw, "min_age", int, where),
        needs_category=bool(raw.get("needs_category", False)),
        unknown=tuple(unknown),
        notes=str(raw.get("notes") or ""),
        confidence=str(raw.get("confidence") or "L"),
    )


def parse_catalogue(data: Any) -> Catalogue:
    """Validate a catalogue document (already JSON-decoded) and build it, or raise listing every problem."""
    r = _Reader()
    if not isinstance(data, Mapping):
        raise CatalogueError("catalogue: not a JSON object")
    version = r.req(data, "catalogue_version", str, "catalogue")
    published = r.req(data, "published", str, "catalogue")
    raw_types = r.req(data, "document_types", dict, "catalogue") or {}
    doc_types: dict[str, DocumentType] = {}
    for code, raw in raw_types.items():
        label = r.label(raw.get("label") if isinstance(raw, Mapping) else None, f"document_types.{code}")
        kind = raw.get("kind", "text") if isinstance(raw, Mapping) else None
        max_kb = raw.get("max_kb_per_page", 300) if isinstance(raw, Mapping) else None
        if kind not in DOCUMENT_KINDS:
            r.problems.append(f"document_types.{code}: kind must be one of {', '.join(DOCUMENT_KINDS)}")
        if not isinstance(max_kb, int) or isinstance(max_kb, bool) or max_kb <= 0:
            r.problems.append(f"document_types.{code}: max_kb_per_page must be a positive whole number")
        if label is not None and kind in DOCUMENT_KINDS and isinstance(max_kb, int):
            doc_types[code] = DocumentType(code=code, label=label, kind=str(kind), max_kb_per_page=max_kb)
    raw_services = r.req(data, "services", list, "catalogue") or []
    services = [_parse_service(r, s, f"services[{i}]", raw_types) for i, s in enumerate(raw_services)]
    codes = [s.code for s in services if s]
    if len(codes) != len(set(codes)):
        r.problems.append("catalogue: duplicate service codes")
    if not raw_services:
        r.problems.append("catalogue: no services")
    if r.problems:
        shown = "; ".join(r.problems[:10])
        more = f" (+{len(r.problems) - 10} more)" if len(r.problems) > 10 else ""
        raise CatalogueError(f"catalogue rejected: {shown}{more}", count=len(r.problems))
    assert version is not None and published is not None
    return Catalogue(
        version=version,
        published=published,
        services=tuple(s for s in services if s),
        document_types=doc_types,
        source=str(data.get("source", "")),
    )


def service_codes(services: Iterable[Service]) -> list[str]:
    return [s.code for s in services]
