"""The self-declaration form for a saved application (issue 18, fewer documents), made from what it holds.

The catalogue says where a self-declaration may stand in for a document group (``self_declaration_allowed``)
or is itself what the service asks for (a group whose only type is ``self_declaration``), and which
Government Resolution allows it (``self_declaration_gr``). The form names the groups still missing that a
declaration can fill (all such groups when none is missing: a fresh copy to sign again), and is refused for a
service whose catalogue allows none — a form the office would turn away helps no one.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.application import SELF_DECLARATION, Application
from kiosk.domain.catalogue import DocumentGroup, Service
from kiosk.domain.errors import KioskError
from kiosk.receipts.model import BiText
from kiosk.receipts.self_declaration import DeclarationData
from kiosk.store.hub import Hub


class NoSelfDeclaration(KioskError):
    """The service's catalogue entry lets no self-declaration stand in for anything."""

    code = "no_self_declaration"


def declarable(service: Service) -> list[DocumentGroup]:
    """The groups a signed self-declaration may fill, in the catalogue's order."""
    return [g for g in service.documents if g.self_declaration_allowed or g.any_of == (SELF_DECLARATION,)]


def declaration_data(app: Application, service: Service, hub: Hub, today: date) -> DeclarationData:
    groups = declarable(service)
    if not groups:
        raise NoSelfDeclaration(service.code, service=service.name)
    missing = [g for g in groups if g.code in app.missing_groups] or groups
    grs: list[BiText] = []
    for g in missing:
        gr = g.self_declaration_gr
        if gr is not None and BiText(gr.en, gr.mr) not in grs:
            grs.append(BiText(gr.en, gr.mr))
    a = app.applicant
    return DeclarationData(
        hub=BiText(hub.name_en, hub.name_mr), hub_code=hub.code, receipt_no=app.receipt_number,
        service=BiText(service.name.en, service.name.mr),
        applicant=BiText(a.name_en.full(), a.name_mr.full()), dob=a.dob, mobile=a.mobile,
        address=a.address.one_line(), place=a.address.village or hub.name_en,
        groups=tuple(BiText(g.label.en, g.label.mr) for g in missing), grs=tuple(grs), on=today)
