"""Which counter actions the highlighted application allows, and why not when it does not.

The Applications screen greys every action its application does not allow and says why (tooltip and the
line under the buttons), so the operator is never offered a Void on an application already sent nor a
appeal the use case would refuse. The reasons are the very sentences the use cases would give
(:func:`kiosk.ui.errors.sentence` over the domain's typed errors), so screen and refusal never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.appeals import FiledAppeal, check_appeal, next_level
from kiosk.domain.application import Application
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import AppealNotAllowed, VoidNotAllowed
from kiosk.domain.status import Status
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

ACTIONS = ("reprint", "certificate", "deliver", "appeal", "void", "documents")


@dataclass(frozen=True)
class Offer:
    """One action for one application: allowed, or not with the operator's sentence saying why."""

    allowed: bool
    why: str = ""


@dataclass(frozen=True)
class Facts:
    """What the decision needs beyond the application itself (read on the pool with the detail)."""

    certificate: bool  # a certificate came back from the portal and is kept
    voidable: bool  # queued, its outbox item never tried (see kiosk.store.outbox.voidable)
    may_void: bool  # the signed-in operator is a supervisor
    today: date
    filed: tuple[FiledAppeal, ...] = ()  # the application's appeals so far (kiosk.counter.appeal.Appeals.filed)


def appeal_offer(app: Application, filed: tuple[FiledAppeal, ...], today: date, language: str) -> Offer:
    """The next appeal level is offered when the domain's rules would accept it today (a late first appeal
    asks for the delay's reason in its dialog), and when the application has reached the portal."""
    try:
        check_appeal(app, filed, next_level(filed), today, WorkingCalendar(), late_reason="-")
    except AppealNotAllowed as exc:
        return Offer(False, sentence(exc, language))
    if not app.portal_number:
        return Offer(False, sentence(AppealNotAllowed("the application has not reached the portal yet",
                                                      why="not_sent"), language))
    return Offer(True)


def offers(app: Application, facts: Facts, language: str) -> dict[str, Offer]:
    voided = app.status == Status.VOIDED
    if not facts.may_void:
        void = Offer(False, tr("Supervisors only: cancel an application taken by mistake, before it is sent."))
    elif not facts.voidable or app.status != Status.QUEUED:
        void = Offer(False, sentence(VoidNotAllowed(app.status, receipt=app.receipt_number), language))
    else:
        void = Offer(True)
    if app.status == Status.APPROVED:
        deliver = Offer(True)
    elif app.status == Status.DELIVERED:
        deliver = Offer(False, tr("Already handed over to the citizen."))
    else:
        deliver = Offer(False, tr("Only an approved application is handed over."))
    return {
        "reprint": Offer(False, tr("A voided application's receipt is not printed again.")) if voided
        else Offer(True),
        "certificate": Offer(True) if facts.certificate else Offer(False, tr("The certificate has not arrived yet.")),
        "deliver": deliver,
        "appeal": appeal_offer(app, facts.filed, facts.today, language),
        "void": void,
        # documents join an application only while its body has not gone to the portal (the same
        # condition as a void: queued, never tried), or when the portal itself asked for more (issue 17)
        "documents": Offer(True) if (facts.voidable and app.status == Status.QUEUED)
        or app.status == Status.DOCUMENTS_PENDING else
        Offer(False, tr("Documents can be added only before the application is sent to the portal.")),
    }
