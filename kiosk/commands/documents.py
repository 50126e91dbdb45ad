"""Document and QR sub-commands: `qr read`, `documents import|add|list|scan|watch`.

Thin: each handler wires ``kiosk.documents`` to the context's paths and catalogue and prints what the
operator needs. An Aadhaar number is never printed whole — the QR formats either do not carry it or
have it cut to the last four digits while parsing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.documents.aadhaar import AadhaarQrData, decode_aadhaar
from kiosk.documents.barcodes import FoundCode, read_codes
from kiosk.documents.compress import ProcessedDocument
from kiosk.documents.intake import DocumentSpec, document_from_files, document_from_images, save_document
from kiosk.documents.loading import open_file
from kiosk.documents.reasons import aadhaar_text, explain, unreadable
from kiosk.documents.scanner import scan_pages
from kiosk.documents.storage import has_document
from kiosk.documents.uidai_certs import pinned_certificates
from kiosk.documents.watch import ScanFolderWatcher, archive, clear_plaintext_leftovers, forget_original
from kiosk.domain.errors import DocumentRejected, KioskError, QrUnreadable
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext

EXIT_UNREADABLE = 2



def _t(ctx: KioskContext, key: str, **params: Any) -> str:
    return say(f"cli_documents.{key}", ctx.language, **params)


def _refusing(handler: Callable[[argparse.Namespace, KioskContext], int]) -> Callable[..., int]:
    """Print a refused file's reason in the operator's language (the generic translator has only English
    details) and exit 1; other errors go to the CLI's one translator."""

    def run(args: argparse.Namespace, ctx: KioskContext) -> int:
        try:
            return handler(args, ctx)
        except DocumentRejected as exc:
            print(f"seva-kiosk: {_t(ctx, 'cannot_use')}: {explain(exc, ctx.language)}", file=sys.stderr)
            return 1

    return run


def register(sub: argparse._SubParsersAction) -> None:
    qr = sub.add_parser("qr", help="read QR codes and barcodes (Aadhaar Secure QR is verified)")
    qr_sub = qr.add_subparsers(dest="qr_command", metavar="ACTION", required=True)
    p = qr_sub.add_parser("read", help="every code found on a scan or photo")
    p.add_argument("image", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--photo", type=Path, help="save an Aadhaar QR's photo as PNG here")
    p.set_defaults(handler=cmd_qr_read)

    docs = sub.add_parser("documents", help="scan, import, attach and list documents")
    docs_sub = docs.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    p = docs_sub.add_parser("import", help="compress files into one stored document (prints its hash)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--type", dest="doc_type", help="catalogue document type (sets colour and size budget)")
    p.set_defaults(handler=_refusing(cmd_import))

    p = docs_sub.add_parser("add", help="attach files to a saved application as one document")
    p.add_argument("receipt")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--type", dest="doc_type", required=True)
    p.set_defaults(handler=_refusing(cmd_add))

    p = docs_sub.add_parser("list", help="documents attached to an application")
    p.add_argument("receipt")
    p.set_defaults(handler=cmd_list)

    p = docs_sub.add_parser("scan", help="scan pages with a SANE scanner (e.g. --device test)")
    p.add_argument("--device", required=True)
    p.add_argument("--feeder", action="store_true")
    p.add_argument("--colour", action="store_true")
    p.add_argument("--resolution", type=int, default=300)
    p.add_argument("--type", dest="doc_type")
    p.set_defaults(handler=_refusing(cmd_scan))

    p = docs_sub.add_parser("watch", help="import every file dropped into the scan folder")
    p.add_argument("--folder", type=Path, help="default: the kiosk's scan-inbox")
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: until Ctrl-C)")
    p.set_defaults(handler=cmd_watch)


# ------------------------------------------------------------------------------------------------ QR


def _code_json(code: FoundCode, data: AadhaarQrData | None) -> dict[str, Any]:
    if data is None:
        return {"symbology": code.symbology, "text": code.text}
    return {"symbology": code.symbology, "kind": data.kind, "version": data.version, "verified": data.verified,
            "certificate": data.certificate, "last4": data.last4, "reference_id": data.reference_id or None,
            "fields": data.fields()}


def _print_aadhaar(ctx: KioskContext, data: AadhaarQrData) -> None:
    lang = ctx.language
    status = "verified" if data.verified else ("unsigned" if data.version == 0 else "not_verified")
    signer = f" ({data.certificate})" if data.certificate else ""
    print(f"{data.kind} v{data.version}: {aadhaar_text(status, lang)}{signer}")
    print(f"  {aadhaar_text('aadhaar', lang)}: {data.masked_number}")
    if data.reference_id:
        print(f"  {aadhaar_text('reference_id', lang)}: {data.reference_id}")
    for key, value in data.fields().items():
        if value:
            print(f"  {aadhaar_text(key, lang)}: {value}")
    if data.photo_png:
        print(f"  {aadhaar_text('compare_photo', lang)}")


def cmd_qr_read(args: argparse.Namespace, ctx: KioskContext) -> int:
    try:
        # one page decoded at a time; only the codes found are kept
        found = [code for page in open_file(args.image) for code in read_codes(page, exhaustive=True)]
        if not found:
            raise unreadable("no_code")
    except (DocumentRejected, QrUnreadable) as exc:
        print(f"seva-kiosk: {explain(exc, ctx.language)}", file=sys.stderr)
        return EXIT_UNREADABLE
    certs = pinned_certificates(ctx.paths.assets / "uidai")
    results: list[dict[str, Any]] = []
    failure: QrUnreadable | None = None
    for code in found:
        try:
            data = decode_aadhaar(code.text, certs)
        except QrUnreadable as exc:
            failure = exc
            continue
        results.append(_code_json(code, data))
        if data is not None and data.photo_png and args.photo:
            args.photo.write_bytes(data.photo_png)
        if args.json:
            continue
        if data is None:
            print(f"{code.symbology}: {code.text}")
        else:
            _print_aadhaar(ctx, data)
            if data.photo_png and args.photo:
                print(f"  {_t(ctx, 'photo_saved', path=args.photo)}")
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failure is not None:
        print(f"seva-kiosk: {explain(failure, ctx.language)}", file=sys.stderr)
        return EXIT_UNREADABLE
    return 0


# ------------------------------------------------------------------------------------------ documents


def _spec(ctx: KioskContext, code: str | None) -> DocumentSpec:
    if not code:
        return DocumentSpec()
    types = ctx.catalogue().document_types
    if code not in types:
        raise KioskError(_t(ctx, "unknown_type", code=code, known=", ".join(sorted(types))))
    return DocumentSpec.of(types[code])


def _report(ctx: KioskContext, name: str, doc: ProcessedDocument, sha: str, suffix: str = "") -> None:
    detail = ", ".join(f"{p.dpi} dpi {p.encoding}" + (f" q{p.quality}" if p.quality else "") for p in doc.pages)
    print(f"{name}: {_t(ctx, 'stored')} {sha} {doc.mime} {doc.page_count} {_t(ctx, 'pages')} "
          f"{doc.size_bytes / 1024:.0f} KB [{detail}]{suffix}")


def cmd_import(args: argparse.Namespace, ctx: KioskContext) -> int:
    spec = _spec(ctx, args.doc_type)
    doc = document_from_files(args.files, spec)
    ctx.database()  # unlocks the data key: a document is sealed before it is written
    _report(ctx, doc.original_name, doc, save_document(ctx.sealed().documents, doc))
    return 0


def cmd_add(args: argparse.Namespace, ctx: KioskContext) -> int:
    attachments = ctx.use_cases().attachments
    app = attachments.applications().get(args.receipt)
    spec = _spec(ctx, args.doc_type)
    group = attachments.group_for(app, spec.code)
    if group is None:
        raise KioskError(_t(ctx, "no_group", service=app.service_code, code=spec.code))
    attachments.applications().store.require_writable()
    doc = document_from_files(args.files, spec)
    # The data key is unlocked (the desk opened the store): the document is sealed before it is written.
    attached = attachments.store_and_attach(app, doc, group)
    _report(ctx, doc.original_name, doc, attached.sha256, " " + _t(ctx, "attached", receipt=app.receipt_number))
    return 0


def cmd_list(args: argparse.Namespace, ctx: KioskContext) -> int:
    finder = ctx.use_cases().finder
    app, _history = finder.open(args.receipt)
    if not app.documents:
        print(_t(ctx, "no_documents", receipt=app.receipt_number))
        return 0
    catalogue = finder.catalogue()
    for record in app.documents:
        label = catalogue.document_label(record.doc_type).text(ctx.language)
        present = "" if has_document(ctx.paths.documents, record.sha256) else f"  [{_t(ctx, 'file_missing')}]"
        print(f"{record.group_code:<16} {label:<28} {record.pages} {_t(ctx, 'pages')} "
              f"{record.size_bytes / 1024:>6.0f} KB {record.mime:<16} {record.sha256[:16]}…"
              f" {record.original_name}{present}")
    return 0


def cmd_scan(args: argparse.Namespace, ctx: KioskContext) -> int:
    spec = _spec(ctx, args.doc_type)
    pages = scan_pages(args.device, resolution=args.resolution, colour=args.colour, feeder=args.feeder)
    doc = document_from_images(pages, spec, original_name=f"scan:{args.device}")
    ctx.database()  # unlocks the data key: a document is sealed before it is written
    _report(ctx, doc.original_name, doc, save_document(ctx.sealed().documents, doc))
    return 0


def cmd_watch(args: argparse.Namespace, ctx: KioskContext) -> int:
    spec = _spec(ctx, args.doc_type)
    ctx.database()  # unlocks the data key: a document is sealed before it is written
    folder = args.folder or ctx.paths.scan_inbox
    clear_plaintext_leftovers(folder)
    print(_t(ctx, "watching", folder=folder), flush=True)
    deadline = time.monotonic() + args.seconds if args.seconds > 0 else None
    watcher = ScanFolderWatcher(folder)
    for path in watcher.watch(should_stop=lambda: deadline is not None and time.monotonic() >= deadline):
        try:
            doc = document_from_files([path], spec)
            sha = save_document(ctx.sealed().documents, doc)
        except DocumentRejected as exc:
            archive(path, "rejected")
            print(f"{path.name}: {_t(ctx, 'rejected')}: {explain(exc, ctx.language)}", flush=True)
            continue
        forget_original(path)  # the sealed copy is durable: no plaintext original stays behind
        _report(ctx, path.name, doc, sha)
        sys.stdout.flush()
    return 0
