"""Audit and data-care sub-commands: ``audit``, ``keys rotate``, ``retention``, ``erase``, ``requeue`` (after a
restore), ``recovery-key``, ``recover`` (the data on a new PC). The accounts are ``kiosk.commands.users``.

Changes are made by a signed-in supervisor (``--as NAME``, see :func:`kiosk.commands.users.sign_in`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.users import read_secret, say, sign_in
from kiosk.commands.users import signed_in_as as _signed_in_as
from kiosk.domain.messages import details
from kiosk.security.audit import record, restart_chain, rotate_key
from kiosk.security.auth import (
    authenticate,
    signed_in,
)
from kiosk.security.errors import AuditKeyMissing, UserInvalid
from kiosk.security.recovery import lost_receipts, protect_receipt_numbers, requeue, salvage_outbox
from kiosk.security.retention import Folders, erase, purge_expired, retention_days, set_retention_days
from kiosk.security.roles import Action, require_role
from kiosk.security.verify import chain_head, chain_keys, verify_chain

if TYPE_CHECKING:
    from kiosk.app import KioskContext



def register(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    p = audit.add_parser("verify", help="check every entry of the audit chain (exit 0 when it holds)")
    p.add_argument("--head", metavar="SEQ:MAC", help="a head seen elsewhere (portal, day-close print)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit_verify)
    p = audit.add_parser("head", help="print the chain head (sequence:MAC)")
    p.set_defaults(handler=cmd_audit_head)
    p = audit.add_parser("new-chain", help="after the audit key was lost: sign with a new key from here on")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_audit_new_chain)

    keys = sub.add_parser("keys", help="key management").add_subparsers(dest="keys_command", metavar="ACTION",
                                                                        required=True)
    p = keys.add_parser("rotate", help="new audit key and new keyring key (add --data-key to re-encrypt all data)")
    p.add_argument("--data-key", action="store_true",
                   help="also move the database and every stored file to a new data key (a new recovery key)")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_keys_rotate)

    retention = sub.add_parser("retention", help="how long personal data is kept; purge what is due").add_subparsers(
        dest="retention_command", metavar="ACTION", required=True)
    p = retention.add_parser("purge", help="remove personal data of applications delivered more than N days ago")
    p.add_argument("--days", type=int, default=None, help="override the retention setting for this run")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_retention_purge)
    p = retention.add_parser("days", help="show or set the retention period (days after delivery)")
    p.add_argument("days", type=int, nargs="?")
    _signed_in_as(p, required=False)
    p.set_defaults(handler=cmd_retention_days)

    p = sub.add_parser("erase", help="erase one applicant's personal data on request (supervisor)")
    p.add_argument("receipt", metavar="RECEIPT_NO")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_erase)

    p = sub.add_parser("requeue", help="after a restore: queue again what the damaged database still held")
    p.add_argument("damaged", type=Path, metavar="DAMAGED_DB", help="the damaged file (restore kept it aside)")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_requeue)

    p = sub.add_parser("recovery-key", help="write the supervisor's recovery key sheet (PDF) to print")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                   help="where to write the sheet (print it, then delete the file)")
    _signed_in_as(p)
    p.set_defaults(handler=cmd_recovery_key)

    p = sub.add_parser("recover", help="open a dead PC's data folder (or a backup) here with the recovery key")
    p.add_argument("--key", required=True, help="the recovery key as printed (groups of 4), or the QR text")
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="FOLDER_OR_FILE",
                   help="the old data folder (database, documents, certificates) or one database/backup file")
    p.set_defaults(handler=cmd_recover)


def cmd_audit_verify(args: argparse.Namespace, ctx: KioskContext) -> int:
    """Shows only sequence numbers and reasons, never entry contents, so it needs no sign-in."""
    store = ctx.database()
    result = verify_chain(store, chain_keys(store), expected_head=args.head)
    if args.json:
        json.dump({"ok": result.ok, "entries": result.entries, "head": result.head,
                   "first_broken": result.first_broken, "reason": result.reason, "detail": result.detail,
                   "guards_missing": list(result.guards_missing), "unverifiable": result.unverifiable},
                  sys.stdout, indent=2)
        print()
    elif result.ok and result.unverifiable:
        print(say(ctx, "chain_restarted", entries=result.entries, head=result.head or "-", n=result.unverifiable))
    elif result.ok:
        print(say(ctx, "chain_ok", entries=result.entries, head=result.head or "-"))
    else:
        print(say(ctx, "chain_broken", seq=result.first_broken, reason=result.reason, detail=result.detail))
    if result.guards_missing and not args.json:
        print(say(ctx, "guards", names=", ".join(result.guards_missing)), file=sys.stderr)
    if not result.ok or result.guards_missing:
        return 1
    # 4 (2 and 3 are taken by usage errors and a damaged database): it holds since a restart, and the
    # entries before the restart cannot be checked — a technician must notice, so it is not 0.
    return 4 if result.unverifiable else 0


def cmd_audit_new_chain(args: argparse.Namespace, ctx: KioskContext) -> int:
    """The supervisor's password is checked without an audit entry (none can be written while the key is
    lost); the restart entry names them instead, and their sign-in is recorded right after it."""
    store = ctx.database()
    store.require_writable()
    password = read_secret(say(ctx, "password", user=args.as_user))
    now = ctx.now()
    operator = signed_in(authenticate(store, args.as_user, password, now, audited=False), args.as_user, now)
    require_role(operator, Action.ROTATE_KEYS)
    with store.write() as conn:
        lost, new = restart_chain(conn, operator.username, now=now)
        record(conn, operator.username, "login.ok", now=now)
    print(say(ctx, "restarted", lost=lost, new=new))
    return 0


def cmd_audit_head(args: argparse.Namespace, ctx: KioskContext) -> int:
    head = chain_head(ctx.database())
    print(head or say(ctx, "no_head"))
    return 0


def cmd_keys_rotate(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.security.atrest import key_id, rotate_kek
    from kiosk.security.encryption import rotate_data_key

    store = ctx.database()
    by = sign_in(ctx, args.as_user, Action.ROTATE_KEYS)
    with store.write() as conn:
        old, new = rotate_key(conn, by.username, now=ctx.now())
    print(say(ctx, "rotated", old=old, new=new))
    old_kek, new_kek = rotate_kek(ctx.paths.database)
    with store.write() as conn:
        record(conn, by.username, "keys.kek_rotated", now=ctx.now(), old_key=old_kek, new_key=new_kek)
    print(say(ctx, "kek_rotated", old=old_kek, new=new_kek))
    if args.data_key:
        old_data = key_id(store.key) if store.key else "-"
        for step in rotate_data_key(store, ctx.sealed_folders()):
            print(say(ctx, "data_progress", stage=step.stage, done=step.done, total=step.total), file=sys.stderr)
        ctx.unlock()  # the folders' cipher now seals under the new key
        new_data = key_id(store.key) if store.key else "-"
        with store.write() as conn:
            record(conn, by.username, "keys.data_key_rotated", now=ctx.now(), old_key=old_data, new_key=new_data)
        print(say(ctx, "data_rotated", old=old_data, new=new_data))
    return 0


def _folders(ctx: KioskContext) -> Folders:
    return Folders(ctx.paths.documents, ctx.paths.certificates, ctx.paths.receipts)


def cmd_retention_purge(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    by = sign_in(ctx, args.as_user, Action.ERASE)
    days = args.days if args.days is not None else retention_days(store)
    result = purge_expired(store, _folders(ctx), by, days=days, now=ctx.now())
    print(say(ctx, "purged", n=len(result.applications), days=days, files=result.files_removed))
    return 0


def cmd_retention_days(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    if args.days is not None:
        set_retention_days(store, sign_in(ctx, args.as_user, Action.ERASE), args.days, now=ctx.now())
    print(say(ctx, "retention", days=retention_days(store)))
    return 0


def cmd_erase(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    by = sign_in(ctx, args.as_user, Action.ERASE)
    result = erase(store, _folders(ctx), by, args.receipt, now=ctx.now())
    print(say(ctx, "erased", receipt=result.applications[0], files=result.files_removed))
    return 0


def cmd_requeue(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    by = sign_in(ctx, args.as_user, Action.BACKUP_RESTORE)
    if args.damaged.resolve() == ctx.paths.database.resolve():
        raise UserInvalid("give the damaged file that restore set aside, not the live database", field="damaged",
                          **details("cli_security.not_live_database"))
    report = salvage_outbox(args.damaged, keys=[*ctx.data_keys(), None])
    result = requeue(store, report.items, by)
    # Receipts printed after the backup whose items were already sent are gone from both files; their
    # kept PDFs still name them, so the day counters move past them and no number is issued twice.
    protect_receipt_numbers(store, lost_receipts(store, ctx.paths.receipts))
    print(say(ctx, "requeued", queued=result.queued, restored=result.applications_restored,
              already=result.already_queued, unreadable=report.unreadable))
    if report.problem:
        print(f"seva-kiosk: {report.problem}", file=sys.stderr)
    return 0


def cmd_recovery_key(args: argparse.Namespace, ctx: KioskContext) -> int:
    """The data key as a printable sheet; audited (who printed it, and for which key id)."""
    from kiosk.durable import write_durably
    from kiosk.security.atrest import key_id
    from kiosk.security.recovery_sheet import render_recovery_sheet
    from kiosk.store.hub import has_hub, load_hub

    store = ctx.database()
    by = sign_in(ctx, args.as_user, Action.RECOVERY_KEY)
    if store.key is None:
        raise UserInvalid("this database is not encrypted; there is no recovery key", field="database")
    hub = load_hub(store) if has_hub(store) else None
    pdf = render_recovery_sheet(store.key, hub_code=hub.code if hub else "-", hub_name=hub.name_mr if hub else "-",
                                printed_by=by.username, now=ctx.now())
    with store.write() as conn:
        record(conn, by.username, "keys.recovery_key_printed", now=ctx.now(), key=key_id(store.key))
    write_durably(args.out, pdf)
    print(say(ctx, "sheet", path=args.out))
    return 0


def cmd_recover(args: argparse.Namespace, ctx: KioskContext) -> int:
    """No sign-in: on a new PC there are no accounts yet, and holding the printed key is the authority."""
    from kiosk.security.recovery_key import recover

    ctx.close()
    ctx._data_key = None  # noqa: SLF001 - the key file is replaced below: unlock it afresh
    paths = ctx.paths
    result = recover(args.key, args.source, paths.database,
                     {"documents": paths.documents, "certificates": paths.certificates,
                      "receipts": paths.receipts, "backups": paths.backups})
    store = ctx.database()
    try:
        with store.write() as conn:
            record(conn, "recovery", "keys.recovered", now=ctx.now(), files=result.files)
    except AuditKeyMissing:
        print(say(ctx, "audit_new_pc"), file=sys.stderr)
    print(say(ctx, "recovered", source=args.source, files=result.files))
    return 0
