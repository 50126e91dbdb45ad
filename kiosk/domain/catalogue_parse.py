"""Reading a catalogue document: :func:`parse_catalogue` validates a whole catalogue and either returns it
complete or raises :class:`~kiosk.domain.errors.CatalogueError` listing what is wrong — a half-applied
catalogue is worse than the old one. The portal's catalogue, the bundled one and the simulator's all go
through here, so the simulator can never serve a catalogue the kiosk would refuse.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.domain.catalogue_model import (
    DOCUMENT_KINDS,
    FEE_KINDS,
    FIELD_TYPES,
    FORMS,
    GENERIC_DOCUMENTS,
    GENERIC_FIELDS,
    NAME_CONFIDENCES,
    RECEIVED_DOCUMENT,
    RECEIVED_DOCUMENT_TYPE,
    Catalogue,
    DocumentGroup,
    DocumentType,
    FeeLine,
    FieldOption,
    FormField,
    Label,
    NameConfidence,
    Service,
)
from kiosk.domain.errors import CatalogueError
from kiosk.domain.text import normalise_text
from kiosk.domain.validity import valid_validity


class _Reader:
    """Collects every problem in a catalogue document instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        # Departments and officers repeat across hundreds of services: each distinct pair is normalised
        # once (a full catalogue's parse is then mostly dictionary look-ups, not NFC passes).
        self._labels: dict[tuple[str, str], Label] = {}

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
        label = self._labels.get((en, mr))
        if label is None:
            label = self._labels[(en, mr)] = Label(normalise_text(en), normalise_text(mr))
        return label


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
        identifier=r.opt(raw, "identifier", str, where) or "",
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
        self_declaration_gr=r.label(raw.get("self_declaration_gr"), f"{where}.self_declaration_gr", required=False),
    )


def _name_confidence(r: _Reader, raw: Any, where: str) -> NameConfidence:
    if raw is None:
        return NameConfidence()
    if not isinstance(raw, Mapping) or any(raw.get(k, "medium") not in NAME_CONFIDENCES for k in ("en", "mr")):
        r.problems.append(f"{where}: name_confidence en/mr must each be one of {', '.join(NAME_CONFIDENCES)}")
        return NameConfidence()
    return NameConfidence(str(raw.get("en", "medium")), str(raw.get("mr", "medium")))


def _parse_service(r: _Reader, raw: Any, where: str, doc_types: Mapping[str, Any]) -> Service | None:
    if not isinstance(raw, Mapping):
        r.problems.append(f"{where}: not an object")
        return None
    code = r.req(raw, "code", str, where)
    where = f"service '{code}'" if code else where
    name = r.label(raw.get("name"), f"{where}.name")
    department = r.label(raw.get("department"), f"{where}.department")
    form = raw.get("form", "detailed")
    if form not in FORMS:
        r.problems.append(f"{where}: form must be one of {', '.join(FORMS)}")
        form = "detailed"
    generic = form == "generic"
    rts_days = r.opt(raw, "rts_days", int, where)
    if isinstance(rts_days, int) and rts_days <= 0:
        r.problems.append(f"{where}: rts_days must be positive")
    rts_text = r.label(raw.get("rts_text"), f"{where}.rts_text", required=False)
    if rts_days is not None and rts_text is not None:
        r.problems.append(f"{where}: a time limit is rts_days or rts_text, not both")
    # A generic service's fees, fields and documents may be left out: it has no fee lines (fee unknown
    # unless told), the generic particulars and a "documents received" group.
    fee_list = r.opt(raw, "fees", list, where) if generic else r.req(raw, "fees", list, where)
    fees = [_parse_fee(r, f, f"{where}.fees[{i}]") for i, f in enumerate(fee_list or [])]
    field_list = r.opt(raw, "fields", list, where) if generic else r.req(raw, "fields", list, where)
    fields = [_parse_field(r, f, f"{where}.fields[{i}]") for i, f in enumerate(field_list or [])]
    if generic and not field_list:
        fields = list(GENERIC_FIELDS)
    names = [f.name for f in fields if f]
    if len(names) != len(set(names)):
        r.problems.append(f"{where}: duplicate field names")
    group_list = r.opt(raw, "documents", list, where) if generic else r.req(raw, "documents", list, where)
    groups = [_parse_group(r, g, f"{where}.documents[{i}]", doc_types) for i, g in enumerate(group_list or [])]
    if generic and not group_list:
        groups = list(GENERIC_DOCUMENTS)
    unknown = raw.get("unknown") or []
    if not isinstance(unknown, list) or not all(isinstance(u, str) for u in unknown):
        r.problems.append(f"{where}: 'unknown' must be a list of field names")
        unknown = []
    fee_known = raw.get("fee_known")
    if fee_known is None:
        fee_known = "fees" not in unknown and not (generic and not fees)
    elif not isinstance(fee_known, bool):
        r.problems.append(f"{where}: 'fee_known' must be true or false")
    if fee_known is False and fees:
        r.problems.append(f"{where}: fee lines given but fee_known is false")
    on_portal = raw.get("on_portal")
    if on_portal is not None and not isinstance(on_portal, bool):
        r.problems.append(f"{where}: 'on_portal' must be true, false or null")
        on_portal = None
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
        sub_department=r.label(raw.get("sub_department"), f"{where}.sub_department", required=False),
        rts_text=rts_text,
        on_portal=on_portal,
        fee_known=bool(fee_known),
        form=str(form),
        name_confidence=_name_confidence(r, raw.get("name_confidence"), where),
        source=str(raw.get("source") or ""),
    )


def parse_catalogue(data: Any) -> Catalogue:
    """Validate a catalogue document (already JSON-decoded) and build it, or raise listing every problem."""
    r = _Reader()
    if not isinstance(data, Mapping):
        raise CatalogueError("catalogue: not a JSON object")
    version = r.req(data, "catalogue_version", str, "catalogue")
    published = r.req(data, "published", str, "catalogue")
    raw_types = dict(r.req(data, "document_types", dict, "catalogue") or {})
    doc_types: dict[str, DocumentType] = {}
    for code, raw in raw_types.items():
        label = r.label(raw.get("label") if isinstance(raw, Mapping) else None, f"document_types.{code}")
        kind = raw.get("kind", "text") if isinstance(raw, Mapping) else None
        max_kb = raw.get("max_kb_per_page", 300) if isinstance(raw, Mapping) else None
        if kind not in DOCUMENT_KINDS:
            r.problems.append(f"document_types.{code}: kind must be one of {', '.join(DOCUMENT_KINDS)}")
        if not isinstance(max_kb, int) or isinstance(max_kb, bool) or max_kb <= 0:
            r.problems.append(f"document_types.{code}: max_kb_per_page must be a positive whole number")
        valid_for = raw.get("valid_for", "") if isinstance(raw, Mapping) else ""
        if not valid_validity(valid_for):
            r.problems.append(f"document_types.{code}: valid_for must be '', 'forever', 'financial_year' or 'days:N'")
        if label is not None and kind in DOCUMENT_KINDS and isinstance(max_kb, int):
            doc_types[code] = DocumentType(code=code, label=label, kind=str(kind), max_kb_per_page=max_kb,
                                           valid_for=str(valid_for) if valid_validity(valid_for) else "")
    # The generic "documents received" type exists in every catalogue (a generic service needs no
    # catalogue-specific document type).
    if RECEIVED_DOCUMENT not in doc_types:
        doc_types[RECEIVED_DOCUMENT] = RECEIVED_DOCUMENT_TYPE
        raw_types[RECEIVED_DOCUMENT] = {}
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
