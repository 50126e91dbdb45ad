"""The service catalogue's shapes: what each service needs, costs and promises, as data.

Two kinds of service live side by side. A *detailed* service (the ~40 a hub handles most) has typed fields,
document groups and fee lines checked against the portal's form. Every other notified service (about 1,100 of
the Right to Services notifications) is *generic*: the applicant, the address, the service's particulars as
labelled free text and the documents received — it still has its own time limit, officers and appeals, so
its receipt promises what the notification promises. What is not known stays unknown: ``fee_known`` false
is shown as "fee not known — check the GR" and the operator enters the fee at intake, never ₹0.00.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.domain.errors import UnknownService
from kiosk.domain.text import fold_digits, search_key
from kiosk.domain.texts.catalogue import TEXTS

FEE_KINDS = ("government_fee", "service_charge", "gst", "stamp", "other")
# The fee line of a service whose fee the catalogue does not know: typed by the operator at intake (and
# audited). Not a catalogue fee kind — a catalogue that names it is refused.
ENTERED_FEE_KIND = "entered"
DOCUMENT_KINDS = ("text", "photo")
FIELD_TYPES = ("text", "number", "money", "date", "select", "year", "textarea", "checkbox")
FORMS = ("detailed", "generic")
# A name's confidence: "high" only where two sources agree or the name is official; "medium" one source
# (the portal's scraped list, cleaned); "translated" a Marathi name the kiosk team wrote itself — shown as
# such to supervisors; "low" a name we doubt.
NAME_CONFIDENCES = ("high", "medium", "low", "translated")
# The document type a generic application's "documents received" group takes (added to every catalogue
# that does not define it, so a generic service never needs a catalogue-specific type).
RECEIVED_DOCUMENT = "supporting_document"
SAME_DAY_TEXTS = ("same day", "immediately", "within 12 hours")


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
class NameConfidence:
    """How sure the catalogue is of each of a service's two names (see ``NAME_CONFIDENCES``)."""

    en: str = "medium"
    mr: str = "medium"


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
    # The number of another document ("ration_card"): not free text. A Maharashtra ration card number is
    # 12 digits (state code 27 first) and one in ten passes Aadhaar's Verhoeff check, so the free-text
    # Aadhaar refusal (kiosk.domain.aadhaar_text) would turn away every tenth ration-card application.
    identifier: str = ""


@dataclass(frozen=True)
class DocumentType:
    code: str
    label: Label
    kind: str = "text"  # "text" documents may go grey/bitonal; "photo" stays in colour
    max_kb_per_page: int = 300
    # How long a copy received with one application may serve a later one of the same citizen (issue 18,
    # fewer documents): "" never (a photo, a report, a declaration signed for that application), "forever",
    # "financial_year" (until the 31 March after it was received) or "days:N". See kiosk.domain.reuse.
    valid_for: str = ""


@dataclass(frozen=True)
class DocumentGroup:
    """"Any one of" these document types satisfies the group; a self-declaration may stand in."""

    code: str
    label: Label
    any_of: tuple[str, ...]
    required: bool = True
    self_declaration_allowed: bool = False
    condition: str | None = None  # e.g. "minor": only when the applicant is under 18
    # The Government Resolution that lets a self-declaration stand in (or that prescribes the declaration
    # itself), printed on the form the citizen signs: a catalogue fact, so a new GR is a catalogue change.
    self_declaration_gr: Label | None = None


def _label(code: str) -> Label:
    text = TEXTS[code]
    return Label(text.en, text.mr)


# A generic application's own part: what the citizen asks for, in the operator's words, labelled so the
# office reading it on the portal knows what it is. A catalogue may list a service's particulars instead
# (each a free-text field); this is the one used when it lists none.
GENERIC_FIELDS: tuple[FormField, ...] = (
    FormField("particulars", "textarea", _label("particulars"), required=True, group=_label("particulars_group"),
              max_length=2000, help=_label("particulars_help")),
)
GENERIC_DOCUMENTS: tuple[DocumentGroup, ...] = (
    DocumentGroup("documents_received", _label("documents_received"), (RECEIVED_DOCUMENT,), required=False),
)
RECEIVED_DOCUMENT_TYPE = DocumentType(RECEIVED_DOCUMENT, _label("supporting_document"))
SAME_DAY = _label("same_day")
ENTERED_FEE_LABEL = _label("fee_entered")


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
    confidence: str = "L"  # the service's facts (days, officers, fees): H / M / L as in shared/domain
    sub_department: Label | None = None
    rts_text: Label | None = None  # a time limit that is not a number of days ("same day"); rts_days is None
    on_portal: bool | None = None
    fee_known: bool = True  # False: "fee not known — check the GR"; the operator enters it at intake
    form: str = "detailed"  # "detailed" (typed fields, checked against the portal's form) or "generic"
    name_confidence: NameConfidence = NameConfidence()
    source: str = ""  # where the facts come from (provenance), e.g. "notified-part1.tsv#12; detailed"

    @property
    def total_paise(self) -> int:
        return sum(f.paise for f in self.fees)

    @property
    def known_total_paise(self) -> int | None:
        """The citizen's total, or None when the fee is not known (never shown as ₹0.00)."""
        return self.total_paise if self.fee_known else None

    @property
    def same_day(self) -> bool:
        """The time limit is "same day", "immediately" or "within 12 hours": the due date is the day the
        application is complete."""
        return self.rts_days is None and self.rts_text is not None and self.rts_text.en.startswith(SAME_DAY_TEXTS)

    @property
    def generic(self) -> bool:
        return self.form == "generic"

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
        what an index would save. (The counter's picker has its own index: transliteration and typos.)
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
