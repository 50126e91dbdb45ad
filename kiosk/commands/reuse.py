"""Fewer documents (issue 18): ``reuse FILE`` lists what a returning citizen need not bring again, and
``self-declaration RECEIPT_NO`` makes the form a citizen signs where a GR lets a declaration stand in.

``reuse`` reads the same JSON form ``new`` takes; it searches only when the form carries the citizen's
consent (``"document_reuse_consent": true``) and prints one line per document: its type, the receipt it was
received with, and until when it stays valid. Nothing is saved.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.domain.errors import ProblemList
from kiosk.domain.intake import read_applicant
from kiosk.domain.messages import say
from kiosk.domain.reuse import CONSENT_FIELD, ReuseNeedsConsent

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reuse", help="list a returning citizen's earlier documents that are still valid "
                                     "(the form must carry their consent)")
    p.add_argument("file", help="the application's JSON form, as for 'new' ('-' for standard input)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reuse)

    p = sub.add_parser("self-declaration", help="the self-declaration form a citizen signs, for a saved application")
    p.add_argument("receipt_no", metavar="RECEIPT_NO")
    p.add_argument("--out", metavar="FILE.pdf", help="also save the PDF here")
    p.add_argument("--printer", metavar="QUEUE", help="print on this CUPS queue")
    p.set_defaults(handler=cmd_self_declaration)


def cmd_reuse(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.commands.core import read_form

    form = read_form(args.file)
    consent = form.get(CONSENT_FIELD) is True
    if not consent:
        raise ReuseNeedsConsent("no consent in the form")
    raw = form.get("applicant")
    applicant = read_applicant(raw if isinstance(raw, dict) else {}, ProblemList())
    found = ctx.use_cases().attachments.reusable(applicant, str(form.get("service_code", "")), consent=True)
    lang = ctx.language
    if args.json:
        print(json.dumps([{"doc_type": f.record.doc_type, "group": f.record.group_code, "sha256": f.record.sha256,
                           "reused_from": f.from_receipt, "received_on": f.received_on.isoformat(),
                           "valid_until": f.valid_until.isoformat() if f.valid_until else None} for f in found],
                         ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(say("reuse.none_found", lang))
        return 0
    for f in found:
        until = say("reuse.until", lang, date=f.valid_until.isoformat()) if f.valid_until else \
            say("reuse.for_good", lang)
        print(f"{f.record.doc_type:28} {say('reuse.reused_from', lang, receipt=f.from_receipt)}  ({until})")
    return 0


def cmd_self_declaration(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.receipts import print_cups, save_pdf

    form = ctx.use_cases().receipts.self_declaration(args.receipt_no, ctx.today())
    outputs = [str(form.path)]
    if args.out:
        outputs.append(str(save_pdf(form.pdf, args.out)))
    if args.printer:
        job = print_cups(form.pdf, args.printer, title=f"Self-declaration {form.application.receipt_number}")
        outputs.append(f"{job.printer} job {job.job_id}")
    for line in outputs:
        print(line)
    return 0
