"""A returning citizen's documents, offered again (issue 18, fewer documents) — only with their consent.

The operator ticks that the citizen, present at the counter, agrees; only then are the earlier applications
searched (by Aadhaar last four + date of birth, or mobile; the name must agree too — kiosk.domain.reuse) and
their still-valid documents offered, each under the new service's group that accepts it. A copy whose file is
no longer on this PC (erased after its purpose was served) is not offered. What the operator takes becomes a
``DocumentRecord`` with ``reused_from`` set; the intake refuses it without the consent tick on the form, and
the save's audit entry names the receipts the copies came from.

Sent to the portal with the new application like any document: the body names it by its SHA-256 (with
``reused_from``), and since the portal's documents are content-addressed, the upload step's look-up finds the
file already held and sends no bytes — a file the portal no longer holds is uploaded from this PC's copy.
"""

from __future__ import annotations

from datetime import date

from kiosk.counter.ports import OpenApplications, OpenCatalogues
from kiosk.documents.storage import has_document
from kiosk.domain.applicant import Applicant
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.reuse import ReusableDocument, ReuseNeedsConsent, reusable_documents
from kiosk.sealed import SealedFolder
from kiosk.store.reuse import earlier_applications


def find_reusable(applications: OpenApplications, catalogues: OpenCatalogues, documents: SealedFolder,
                  applicant: Applicant, service_code: str, *, today: date, consent: bool,
                  catalogue: Catalogue | None = None) -> list[ReusableDocument]:
    """The documents of ``applicant``'s earlier applications that may serve a new ``service_code`` one today.
    Raises ReuseNeedsConsent unless the citizen agreed. Reads the store: run it on the worker pool."""
    if not consent:
        raise ReuseNeedsConsent("the citizen has not agreed to reuse")
    cat = catalogue or catalogues().active()
    service = cat.service(service_code)

    def group_for(doc_type: str) -> str | None:
        return next((g.code for g in service.documents if doc_type in g.any_of), None)

    earlier = earlier_applications(applications(), last4=applicant.aadhaar.last4 if applicant.aadhaar else None,
                                   dob=applicant.dob, mobile=applicant.mobile)
    valid_for = {code: t.valid_for for code, t in cat.document_types.items()}
    found = reusable_documents(applicant, earlier, valid_for, today, group_for)
    return [f for f in found if has_document(documents, f.record.sha256)]
