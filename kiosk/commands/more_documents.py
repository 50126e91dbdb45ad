"""``seva-kiosk more-documents [RECEIPT FILE... --type CODE]``: the portal's requests for more documents.

Without arguments, the counter's work list (nearest reply-by date first). With a receipt and files, the
files go through the same compression and sealed storage as at intake and answer the request: queued for
the portal under the application's key, the status back to scrutiny, the RTS clock restarted (see
``kiosk.counter.more_documents``); print the updated receipt with ``seva-kiosk receipt``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("more-documents", help="applications the portal sent back for documents; answer one")
    p.add_argument("key", nargs="?", metavar="RECEIPT")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")
    p.add_argument("--type", dest="doc_type", help="catalogue document type of the files")
    p.add_argument("--group", default="", help="the document group it proves (default: the type's own group)")
    p.set_defaults(handler=cmd_more_documents)


def cmd_more_documents(args: argparse.Namespace, ctx: KioskContext) -> int:
    lang, desk = ctx.language, ctx.use_cases()
    if not args.key:
        waiting = desk.more_documents.waiting()
        if not waiting:
            print(say("more_documents.none", lang))
        for r in waiting:
            when = (say("more_documents.reply_by", lang, date=r.reply_by.strftime("%d-%m-%Y")) if r.reply_by
                    else say("more_documents.no_date", lang))
            names = "; ".join(mr if lang != "en" and mr else en for _code, en, mr in r.documents)
            print(f"{r.receipt_number:24} {when:24} {names}")
        return 0
    if not args.files or not args.doc_type:
        raise KioskError("give the files and their --type")
    from kiosk.documents.intake import DocumentSpec, document_from_files, save_document
    from kiosk.documents.mapping import to_document_record

    ctx.database().require_writable()
    types = ctx.catalogue().document_types
    if args.doc_type not in types:
        raise KioskError(f"unknown document type {args.doc_type}")
    doc = document_from_files(args.files, DocumentSpec.of(types[args.doc_type]))
    save_document(ctx.sealed().documents, doc)
    app = desk.more_documents.answer(args.key, [to_document_record(doc, args.group or args.doc_type)])
    print(say("more_documents.answered", lang, receipt=app.receipt_number,
              due=app.due_date.strftime("%d-%m-%Y") if app.due_date else "—"))
    return 0
