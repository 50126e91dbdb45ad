"""Document and QR sub-commands: `qr read`, `documents import|add|list|scan|watch`.

Thin: each handler wires ``kiosk.documents`` to the context's paths and catalogue and prints what the
operator needs. An Aadhaar number is never printed whole — the QR formats either do not carry it or
have it cut to the last four digits while parsing.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.counter.tray import DocumentTray
from kiosk.documents.aadhaar import AadhaarQrData, decode_aadhaar
from kiosk.documents.barcodes import FoundCode, read_codes
from kiosk.documents.compress import ProcessedDocument
from kiosk.documents.intake import DocumentSpec, document_from_files, document_from_images
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
    p = docs_sub.add_parser("import", help="compress files into one stored document: attached with --to, "
                                           "else kept in the tray")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--type", dest="doc_type", help="catalogue document type (sets colour and size budget)")
    _destination(p)
    _password(p)
    p.set_defaults(handler=_refusing(cmd_import))

    p = docs_sub.add_parser("add", help="attach files to a saved application as one document")
    p.add_argument("receipt")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--type", dest="doc_type", required=True)
    p.add_argument("--group", help="the application's document group it proves (default: the one that "
                                   "accepts --type)")
    _password(p)
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
    _destination(p)
    p.set_defaults(handler=_refusing(cmd_scan))

    p = docs_sub.add_parser("watch", help="import every file dropped into the scan folder")
    p.add_argument("--folder", type=Path, help="default: the kiosk's scan-inbox")
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: until Ctrl-C)")
    _destination(p)
    p.set_defaults(handler=_refusing(cmd_watch))

    p = docs_sub.add_parser("tray", help="documents stored without an application, waiting to be attached")
    p.set_defaults(handler=cmd_tray)
    p = docs_sub.add_parser("attach", help="attach a document from the tray to an application")
    p.add_argument("receipt")
    p.add_argument("sha", help="the stored document's hash (its first 8 or more digits)")
    p.add_argument("--group", help="the application's document group it proves")
    p.set_defaults(handler=cmd_attach)
    p = docs_sub.add_parser("discard", help="remove a document from the tray for good")
    p.add_argument("sha")
    p.set_defaults(handler=cmd_discard)


def _destination(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", dest="to", metavar="RECEIPT", help="attach to this application (else: the tray)")
    p.add_argument("--group", help="with --to: the application's document group it proves")


def _password(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password", help="a locked PDF's password (e-Aadhaar); '-' reads it from stdin. Used "
                                      "once, never stored")


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
        if key == "gender":
            # "लिंग: M" reads as nothing to a citizen: the letter is shown as the word, as on paper
            letter = value.strip().upper()[:1]
            value = say(f"receipt.gender_{letter}", lang) if letter in ("M", "F", "T") else value
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


def _read_password(args: argparse.Namespace) -> str | None:
    given: str | None = getattr(args, "password", None)
    if given == "-":
        return sys.stdin.readline().rstrip("\r\n") or None
    return given


def _from_files(ctx: KioskContext, args: argparse.Namespace, spec: DocumentSpec) -> ProcessedDocument:
    """The files as one document; a locked PDF with no --password asks for it when someone is typing."""
    password = _read_password(args)
    try:
        return document_from_files(args.files, spec, password=password)
    except DocumentRejected as exc:
        if exc.params.get("reason") != "pdf_password_needed" or password or not sys.stdin.isatty():
            raise
    asked = getpass.getpass(_t(ctx, "pdf_password", name=args.files[0].name))
    return document_from_files(args.files, spec, password=asked)


def _place(ctx: KioskContext, args: argparse.Namespace, name: str, doc: ProcessedDocument) -> None:
    """Attach to ``--to RECEIPT`` or keep in the tray, then say which (a stored document is never lost)."""
    tray = DocumentTray(ctx.use_cases().attachments, ctx.language)
    if args.to:
        attachments = tray.attachments
        app = attachments.applications().get(args.to)
        attached = attachments.store_and_attach(app, doc, tray.group_of(args.to, doc.doc_type, args.group))
        _report(ctx, name, doc, attached.sha256, " " + _t(ctx, "attached", receipt=app.receipt_number))
    else:
        item = tray.keep(doc)
        _report(ctx, name, doc, item.record.sha256)
        print("  " + _t(ctx, "in_tray", sha=item.record.sha256[:12]))
    _warn(ctx, doc)


def _warn(ctx: KioskContext, doc: ProcessedDocument) -> None:
    for warning in doc.warnings:
        print(f"  {_t(ctx, 'warning')}: {say(f'document_warning.{warning.key}', ctx.language, page=warning.page)}")


def _check_destination(ctx: KioskContext, args: argparse.Namespace, spec: DocumentSpec) -> None:
    """Before any work: the application exists and the group is known (a typo must not cost a scan)."""
    if args.to:
        DocumentTray(ctx.use_cases().attachments, ctx.language).group_of(args.to, spec.code, args.group)


def cmd_import(args: argparse.Namespace, ctx: KioskContext) -> int:
    spec = _spec(ctx, args.doc_type)
    _check_destination(ctx, args, spec)
    doc = _from_files(ctx, args, spec)
    # the desk opened the store: the data key is unlocked, a document is sealed before it is written
    _place(ctx, args, doc.original_name, doc)
    return 0


def cmd_add(args: argparse.Namespace, ctx: KioskContext) -> int:
    attachments = ctx.use_cases().attachments
    app = attachments.applications().get(args.receipt)
    spec = _spec(ctx, args.doc_type)
    if args.group is None and attachments.group_for(app, spec.code) is None:
        raise KioskError(_t(ctx, "no_group", service=app.service_code, code=spec.code))
    group = DocumentTray(attachments, ctx.language).group_of(args.receipt, spec.code, args.group)
    attachments.applications().store.require_writable()
    doc = _from_files(ctx, args, spec)
    # The data key is unlocked (the desk opened the store): the document is sealed before it is written.
    attached = attachments.store_and_attach(app, doc, group)
    _report(ctx, doc.original_name, doc, attached.sha256, " " + _t(ctx, "attached", receipt=app.receipt_number))
    _warn(ctx, doc)
    return 0


def cmd_tray(args: argparse.Namespace, ctx: KioskContext) -> int:
    items = DocumentTray(ctx.use_cases().attachments, ctx.language).items()
    if not items:
        print(_t(ctx, "tray_empty"))
    for item in items:
        r = item.record
        print(f"{r.sha256[:12]}  {item.added_at}  {r.doc_type or '-':<16} {r.pages} {_t(ctx, 'pages')} "
              f"{r.size_bytes / 1024:>6.0f} KB  {r.original_name}")
    return 0


def cmd_attach(args: argparse.Namespace, ctx: KioskContext) -> int:
    attached = DocumentTray(ctx.use_cases().attachments, ctx.language).attach(args.receipt, args.sha, args.group)
    print(f"{attached.sha256[:12]}: {_t(ctx, 'attached', receipt=attached.application.receipt_number)}")
    return 0


def cmd_discard(args: argparse.Namespace, ctx: KioskContext) -> int:
    item = DocumentTray(ctx.use_cases().attachments, ctx.language).discard(args.sha)
    print(f"{item.record.sha256[:12]}: {_t(ctx, 'discarded')}")
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
    _check_destination(ctx, args, spec)
    doc = document_from_images(pages, spec, original_name=f"scan:{args.device}")
    _place(ctx, args, doc.original_name, doc)
    return 0


def cmd_watch(args: argparse.Namespace, ctx: KioskContext) -> int:
    spec = _spec(ctx, args.doc_type)
    _check_destination(ctx, args, spec)
    folder = args.folder or ctx.paths.scan_inbox
    clear_plaintext_leftovers(folder)
    print(_t(ctx, "watching", folder=folder), flush=True)
    deadline = time.monotonic() + args.seconds if args.seconds > 0 else None
    watcher = ScanFolderWatcher(folder)
    for path in watcher.watch(should_stop=lambda: deadline is not None and time.monotonic() >= deadline):
        try:
            doc = document_from_files([path], spec)
        except DocumentRejected as exc:
            archive(path, "rejected")
            print(f"{path.name}: {_t(ctx, 'rejected')}: {explain(exc, ctx.language)}", flush=True)
            continue
        _place(ctx, args, path.name, doc)  # stored sealed and durable, attached or in the tray
        forget_original(path)  # so no plaintext original stays behind
        sys.stdout.flush()
    return 0
