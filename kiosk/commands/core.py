"""Core sub-commands: hub set-up, demo, catalogue versions, applications, export, backup/restore, check.
(``services`` lives in :mod:`kiosk.commands.catalogue`.)"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.counter.app_filters import Filters
from kiosk.domain.application import format_rupees, receipt_series, valid_counter
from kiosk.domain.errors import BackupError, CatalogueError, InvalidCounter, KioskError
from kiosk.domain.intake import parse_date
from kiosk.domain.messages import history_note, say
from kiosk.domain.payment import PaymentRefused, check_vpa
from kiosk.domain.serialize import application_to_dict
from kiosk.domain.status import LABELS, Status
from kiosk.domain.voiding import VOID_REASONS
from kiosk.store.backup import list_backups
from kiosk.store.db import check_integrity
from kiosk.store.hub import Hub, has_hub, load_hub, save_hub

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def _json_out(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise KioskError(f"not a date: {value!r} (use YYYY-MM-DD or DD-MM-YYYY)") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="set up this kiosk's hub")
    p.add_argument("--hub", required=True, help="hub code, e.g. MH-PUN-HVL-0042")
    p.add_argument("--name-en", required=True)
    p.add_argument("--name-mr", required=True)
    p.add_argument("--district", required=True, help="LGD district code or name")
    p.add_argument("--taluka", required=True, help="LGD taluka code or name")
    p.add_argument("--village", action="append", default=[], help="a ring village (repeat)")
    p.add_argument("--address-en", help="the hub's address in English, printed on every receipt")
    p.add_argument("--address-mr", help="the hub's address in Marathi, printed on every receipt")
    p.add_argument("--counter", help="this PC's counter number in the hub, 1-99 (default: the hub's first "
                   "counter, or what this PC already is); each counter has its own receipt-number series")
    p.add_argument("--upi-payee", metavar="VPA", help="the hub's UPI payee address (hub@bank) for the fee QR")
    p.add_argument("--upi-payee-name", metavar="NAME", default="", help="the payee name UPI apps show")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="seed realistic demo data (training mode)")
    p.add_argument("--count", type=int, default=60)
    p.add_argument("--summary", action="store_true", help="only seed when empty, then print the day's summary")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("catalogue", help="install a catalogue file or list versions")
    p.add_argument("action", choices=("install", "versions"))
    p.add_argument("file", nargs="?")
    p.set_defaults(handler=cmd_catalogue)

    p = sub.add_parser("new", help="take an application from a JSON file; prints the receipt number")
    p.add_argument("file", help="JSON file ('-' for standard input)")
    p.add_argument("--operator", default="cli")
    p.add_argument("--duplicate-reason", metavar="TEXT",
                   help="save even though the same person has an unfinished application for the service")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("list", help="list applications")
    p.add_argument("--day", help="YYYY-MM-DD")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--service")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("search", help="search by name (either script), receipt no., mobile or portal no.")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("show", help="show one application by receipt number or UUID")
    p.add_argument("key")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("void", help="cancel a queued application taken by mistake, before it is sent (supervisor)")
    p.add_argument("key", help="receipt number or UUID")
    p.add_argument("--reason", required=True, choices=sorted(VOID_REASONS))
    p.add_argument("--as", dest="as_user", metavar="USERNAME", required=True,
                   help="the supervisor voiding it (password asked, or one line on stdin)")
    p.set_defaults(handler=cmd_void)

    p = sub.add_parser("export", help="CSV of a day's applications and fees")
    p.add_argument("day", nargs="?", help="YYYY-MM-DD (default today)")
    p.add_argument("--out", help="file (default: exports folder)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("backup", help="write a verified backup (VACUUM INTO), keeping the newest N")
    p.add_argument("--to", help="folder (default: the backups folder; e.g. a USB stick)")
    p.add_argument("--keep", type=int, default=14)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore the database from a backup (verified first)")
    p.add_argument("backup", nargs="?", help="backup file (default: the newest in the backups folder)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="check the database's integrity")
    p.add_argument("--full", action="store_true", help="integrity_check instead of quick_check")
    p.set_defaults(handler=cmd_check)


def keep_address(ctx: KioskContext, address_en: str | None, address_mr: str | None) -> tuple[str, str]:
    """The hub's address as given, or as it was (running ``init`` again without it keeps it)."""
    store = ctx.database()
    old = load_hub(store) if has_hub(store) else None
    en = " ".join(address_en.split()) if address_en is not None else (old.address_en if old else "")
    mr = " ".join(address_mr.split()) if address_mr is not None else (old.address_mr if old else "")
    return en, mr


def cmd_init(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.geo import resolve_district_taluka

    district, taluka = resolve_district_taluka(ctx.paths.assets, args.district, args.taluka)
    counter = (args.counter or "").strip()
    if counter and not valid_counter(counter):
        raise InvalidCounter(counter=counter)
    hub = Hub(args.hub.strip().upper(), args.name_en.strip(), args.name_mr.strip(), district, taluka,
              tuple(v.strip() for v in args.village if v.strip()), *keep_address(ctx, args.address_en, args.address_mr),
              counter=counter)
    if not hub.code or not hub.name_en or not hub.name_mr:
        raise KioskError("hub code and both names are required")
    if args.upi_payee is not None and args.upi_payee.strip() and check_vpa(args.upi_payee) is None:
        raise PaymentRefused(f"not a UPI payee address: {args.upi_payee!r}", why="bad_payee")  # before any write
    save_hub(ctx.database(), hub)
    if args.upi_payee is not None:  # audited: it decides where citizens' UPI payments go
        ctx.use_cases().payments.set_payee(args.upi_payee, args.upi_payee_name or hub.name_en, "cli")
    counter = load_hub(ctx.database()).counter
    print(f"hub {hub.code} set up (district {district}, taluka {taluka}, {len(hub.villages)} villages), "
          f"counter {counter}: receipts {receipt_series(hub.code, counter)}-YYYYMMDD-NNNN")
    return 0


def cmd_demo(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.demo import ensure_demo_hub, seed_demo

    store = ctx.database()
    store.require_writable()
    apps = ctx.applications()
    if not (args.summary and apps.count() > 0):
        ensure_demo_hub(store)
        for progress in seed_demo(store, ctx.catalogue(), ctx.calendar(), count=args.count, now=ctx.now()):
            if progress.done % 20 == 0 or progress.done == progress.total:
                print(f"\rdemo: {progress.done}/{progress.total} applications", end="", file=sys.stderr)
        print(file=sys.stderr)
    _print_summary(ctx)
    return 0


def _print_summary(ctx: KioskContext) -> None:
    hub = ctx.hub()
    apps = ctx.applications()
    lang = ctx.language
    recent = apps.list(limit=100000)
    today = [a for a in recent if a.created_at.date() == ctx.today()]
    by_status = Counter(a.status for a in recent)
    print(f"{hub.name_mr if lang in ('mr', 'hi') else hub.name_en} ({hub.code}) — {ctx.paths.home}")
    print(say("cli_desk.today", lang, count=len(today), amount=format_rupees(sum(a.total_paise for a in today))))
    for status, n in sorted(by_status.items()):
        print(f"  {LABELS[status].text(lang)}: {n}")
    print(say("cli_desk.more_commands", lang))


def cmd_catalogue(args: argparse.Namespace, ctx: KioskContext) -> int:
    cats = ctx.catalogues()
    if args.action == "versions":
        for v in cats.versions():
            print(f"{'*' if v['active'] else ' '} {v['version']}  published {v['published']}  installed {v['installed_at']}")
        return 0
    if not args.file:
        raise KioskError("catalogue install needs a FILE")
    try:
        document = json.loads(Path(args.file).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{args.file}: {exc}") from exc
    cat = cats.install(document)
    print(f"catalogue {cat.version} active ({len(cat.services)} services)")
    return 0


class FormTooDeep(KioskError):
    code = "form_too_deep"


# A form is an object of objects at most four deep; anything far deeper is not a form (and Python's JSON
# reader would otherwise recurse until it fails with a traceback).
FORM_DEPTH_LIMIT = 16


def _depth(value: Any) -> int:
    """How deeply ``value`` nests, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level <= FORM_DEPTH_LIMIT and isinstance(item, dict | list):
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def read_form(file: str) -> dict[str, Any]:
    """The JSON object in ``file`` ('-' for standard input), or one typed refusal saying why not."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text("utf-8")
        form = json.loads(text)
    except RecursionError:
        raise FormTooDeep(file, file=file, limit=FORM_DEPTH_LIMIT) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise KioskError(f"cannot read {file}: {exc}") from exc
    if not isinstance(form, dict):
        raise KioskError(f"{file}: expected a JSON object")
    if _depth(form) > FORM_DEPTH_LIMIT:
        raise FormTooDeep(file, file=file, limit=FORM_DEPTH_LIMIT)
    return form


def cmd_new(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.domain.duplicates import LikelyDuplicate

    form = read_form(args.file)
    try:
        saved = ctx.use_cases().intake.take(form, args.operator, refuse_duplicates=True,
                                            duplicate_reason=args.duplicate_reason)
    except LikelyDuplicate as dup:  # one line naming the existing receipt (issue 18)
        print(f"seva-kiosk: {say('duplicates.refused', ctx.language, **dup.params)}", file=sys.stderr)
        return 1
    print(saved.receipt_number)
    return 0


def cmd_list(args: argparse.Namespace, ctx: KioskContext) -> int:
    day = _day(args.day)
    rows = ctx.use_cases().finder.find(Filters(status=args.status or "", service=args.service or "", day_from=day,
                                          day_to=day), limit=args.limit)
    return _print_rows(rows, args.json, ctx.language)


def cmd_search(args: argparse.Namespace, ctx: KioskContext) -> int:
    rows = ctx.use_cases().finder.search(args.query, limit=args.limit)
    return _print_rows(rows, args.json, ctx.language)


def _print_rows(rows: list[Any], as_json: bool, lang: str) -> int:
    if as_json:
        _json_out([r.to_dict() for r in rows])
        return 0
    for r in rows:
        print(f"{r.receipt_number:24} {LABELS[r.status].text(lang):22} {r.service_code:30} "
              f"{r.name_en.full()} / {r.name_mr.full()}")
    return 0


def cmd_void(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.commands.users import sign_in
    from kiosk.security.roles import Action

    store = ctx.database()
    store.require_writable()
    supervisor = sign_in(ctx, args.as_user, Action.VOID)
    app = ctx.use_cases().voiding.void(args.key, args.reason, actor=supervisor.username)
    print(say("cli_desk.voided", ctx.language, receipt=app.receipt_number, reason=VOID_REASONS[args.reason],
              amount=format_rupees(app.total_paise)))
    return 0


def cmd_show(args: argparse.Namespace, ctx: KioskContext) -> int:
    desk = ctx.use_cases()
    app, history = desk.finder.open(args.key)
    if args.json:
        d = application_to_dict(app)
        d["history"] = history
        _json_out(d)
        return 0
    lang = ctx.language
    service = desk.attachments.service_of(app)
    a = app.applicant
    print(f"{app.receipt_number}  ({app.uuid})")
    print(f"  {service.name.en} / {service.name.mr}")
    print(f"  {a.name_en.full()} / {a.name_mr.full()}  {a.mobile}")
    print(f"  {LABELS[app.status].text(lang)}; due {app.due_date or '—'}; portal no. {app.portal_number or '—'}")
    print(f"  fees {format_rupees(app.total_paise)}; aadhaar {a.aadhaar.masked() if a.aadhaar else '—'}")
    for h in history:
        print(f"    {h['at'][:19]}  {h['status']}  {history_note(h['note'], lang)}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.receipts.day_lines import export_day_csv

    day = _day(args.day) or ctx.today()
    out = Path(args.out) if args.out else ctx.paths.exports / f"applications-{day.isoformat()}.csv"
    count, paise = export_day_csv(ctx.applications(), day, out)
    print(f"{out} ({count} applications, {format_rupees(paise)})")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: KioskContext) -> int:
    info = ctx.use_cases().settings.back_up("cli", Path(args.to) if args.to else None, keep=args.keep)
    print(f"{info.path} ({info.size_bytes // 1024} KiB, verified)")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: KioskContext) -> int:
    if args.backup:
        source = Path(args.backup)
    else:
        found = list_backups(ctx.paths.backups)
        if not found:
            raise BackupError(f"no backups in {ctx.paths.backups}")
        source = found[0]
    aside = ctx.use_cases().settings.restore(source, "cli")  # the window's restore: verify, swap, audit
    print(f"restored {source.name}" + (f"; the previous database is kept as {aside.name}" if aside else ""))
    return 0


def cmd_check(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    if not store.writable:
        from kiosk.domain.errors import DatabaseCorrupt

        raise DatabaseCorrupt(store.corrupt_reason or "")
    with store.read() as conn:
        problem = check_integrity(conn, full=args.full)
    if problem:
        from kiosk.domain.errors import DatabaseCorrupt

        raise DatabaseCorrupt(problem)
    hub = load_hub(store).code if has_hub(store) else "(no hub)"
    print(f"ok: {ctx.paths.database} — hub {hub}, {ctx.applications().count()} applications, "
          f"catalogue {ctx.catalogues().active_version()}")
    return 0
