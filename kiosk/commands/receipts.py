"""Receipt and printing sub-commands: ``receipt``, ``day-close``, ``print-certificate``.

A receipt is always saved as PDF under the kiosk's receipts folder before any printer is tried, so an
offline printer costs nothing: the error names the saved file, and the next ``receipt`` call reprints
(marked DUPLICATE, because the first copy may have reached the citizen).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.counter.day_close import drawer_lines
from kiosk.domain.clock import local_day, utc_now
from kiosk.domain.errors import DeviceError, KioskError, StorageError
from kiosk.domain.messages import say
from kiosk.receipts import (
    format_paise,
    print_certificate,
    print_cups,
    print_escpos,
    save_pdf,
)

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("receipt", help="print or save an application's acknowledgement receipt")
    p.add_argument("receipt_no", metavar="RECEIPT_NO")
    p.add_argument("--layout", choices=("a4", "80mm"), default=None,
                   help="a4 (default), or 80mm; --escpos always prints the 80mm roll")
    p.add_argument("--out", metavar="FILE.pdf", help="also save the PDF here")
    p.add_argument("--printer", metavar="QUEUE", help="print on this CUPS queue")
    p.add_argument("--escpos", metavar="URI", help="print on an ESC/POS printer: usb://VID:PID, tcp://HOST:9100, "
                   "serial:///dev/ttyUSB0, file:///dev/usb/lp0 (add ?profile=TM-T88V)")
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("day-close", help="the day's totals by operator and service, with cash reconciliation")
    p.add_argument("day", nargs="?", metavar="DATE", help="YYYY-MM-DD (default: today)")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument("--layout", choices=("a4", "80mm"), default="a4")
    p.add_argument("--counted", action="append", default=[], metavar="OPERATOR=RUPEES",
                   help="cash counted in an operator's drawer, e.g. operator1=1380.00 (repeat)")
    p.add_argument("--printer", metavar="QUEUE")
    p.set_defaults(handler=cmd_day_close)

    p = sub.add_parser("print-certificate", help="print a certificate PDF received from the portal")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--printer", metavar="QUEUE")
    p.add_argument("--copies", type=int, default=1)
    p.set_defaults(handler=cmd_print_certificate)


def cmd_receipt(args: argparse.Namespace, ctx: KioskContext) -> int:
    """Keep the receipt, save it where asked, print it where asked. Only a printer makes paper: the first
    paper is the original, any later paper (a second printer in the same call too) says DUPLICATE; a saved
    PDF never counts. ``--escpos`` always gets the 80 mm roll layout (a thermal head is 72 mm wide)."""
    receipts = ctx.use_cases().receipts
    layout = args.layout or ("80mm" if args.escpos and not args.printer else "a4")
    receipt = receipts.reprint(args.receipt_no, layout)  # ReceiptVoided for a voided application
    app, kept = receipt.application, receipt.path
    operator = app.operator
    outputs = [str(kept)]
    if args.out:
        outputs.append(str(save_pdf(receipt.pdf, args.out)))
        _record(lambda: receipts.record_saved(receipt, str(args.out), operator))
    try:
        if args.printer:
            paper = receipts.for_paper(receipt)
            job = print_cups(paper.pdf, args.printer, title=f"Receipt {app.receipt_number}")
            outputs.append(f"{job.printer} job {job.job_id}")
            _record(lambda: receipts.record_paper(paper, args.printer, operator))
        if args.escpos:
            slip = receipts.for_paper(receipt, "80mm")
            print_escpos(slip.pdf, args.escpos)
            outputs.append(args.escpos)
            _record(lambda: receipts.record_paper(slip, args.escpos, operator))
    except DeviceError:
        print(f"saved: {kept}", file=sys.stderr)
        raise
    for line in outputs:
        print(line)
    return 0


def _record(write: Callable[[], object]) -> None:
    try:
        write()
    except StorageError as exc:  # a read-only or damaged database must not stop a reprint
        print(f"seva-kiosk: print not recorded ({exc.code})", file=sys.stderr)


def _parse_counted(values: list[str]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for value in values:
        match = re.fullmatch(r"\s*([^=]+?)\s*=\s*(\d{1,9})(?:\.(\d{1,2}))?\s*", value)
        if not match:
            raise KioskError(f"--counted takes OPERATOR=RUPEES (e.g. operator1=1380.50), got {value!r}")
        paise = int(match.group(2)) * 100 + int((match.group(3) or "0").ljust(2, "0"))
        counted[match.group(1)] = counted.get(match.group(1), 0) + paise
    return counted


def cmd_day_close(args: argparse.Namespace, ctx: KioskContext) -> int:
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise KioskError(f"not a date: {args.day!r} (use YYYY-MM-DD)") from None
    else:
        day = local_day(utc_now())
    day_close = ctx.use_cases().day_close
    data = day_close.report(day, counted=_parse_counted(args.counted))
    out, pdf = day_close.save_report(data, args.layout, Path(args.out) if args.out else None)
    lang = ctx.language
    print(say("cli_desk.day_total", lang, day=day.isoformat(), count=len(data.applications),
              amount=format_paise(data.total_paise)))
    print(say("payment.day_split_line", lang, cash=format_paise(data.cash_paise), upi=format_paise(data.upi_paise),
              pending=format_paise(data.pending_paise)))  # cash and UPI reconcile apart (issue 17)
    for line in drawer_lines(data, lang):  # drawer by drawer, uncounted ones said so (kiosk.counter.day_close)
        print(line)
    print(out)
    if args.printer:
        job = print_cups(pdf, args.printer, title=f"Day close {day.isoformat()}")
        print(f"{job.printer} job {job.job_id}")
    return 0


def cmd_print_certificate(args: argparse.Namespace, ctx: KioskContext) -> int:
    job = print_certificate(Path(args.file), args.printer, copies=args.copies, sealed=ctx.sealed().certificates)
    print(f"{job.printer} job {job.job_id}")
    return 0
