"""The service catalogue: what each service needs, costs and promises, as data.

The portal adds services every week, so nothing about a particular service lives in code: a new
Government Resolution (a fee, a time limit, a document) is a catalogue change. The shapes live in
:mod:`kiosk.domain.catalogue_model`, reading and validating a document in :mod:`kiosk.domain.catalogue_parse`;
this module is the one name the rest of the kiosk imports them by.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain.catalogue_model import (
    DOCUMENT_KINDS,
    ENTERED_FEE_KIND,
    ENTERED_FEE_LABEL,
    FEE_KINDS,
    FIELD_TYPES,
    FORMS,
    GENERIC_DOCUMENTS,
    GENERIC_FIELDS,
    NAME_CONFIDENCES,
    RECEIVED_DOCUMENT,
    SAME_DAY,
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
from kiosk.domain.catalogue_parse import parse_catalogue

__all__ = ["DOCUMENT_KINDS", "ENTERED_FEE_KIND", "ENTERED_FEE_LABEL", "FEE_KINDS", "FIELD_TYPES", "FORMS", "GENERIC_DOCUMENTS", "GENERIC_FIELDS",
           "NAME_CONFIDENCES", "RECEIVED_DOCUMENT", "SAME_DAY", "Catalogue", "DocumentGroup", "DocumentType",
           "FeeLine", "FieldOption", "FormField", "Label", "NameConfidence", "Service", "parse_catalogue",
           "service_codes"]


def service_codes(services: Iterable[Service]) -> list[str]:
    return [s.code for s in services]
