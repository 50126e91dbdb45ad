"""``seva-kiosk users …``: the hub's accounts (add, list, reset, disable, enable, passwd, idle-lock), and
the ``--as NAME`` sign-in every supervisor command uses.

Changes are made by a signed-in supervisor (``--as NAME``; the password is asked for, or read as one line
from standard input when it is not a terminal, so scripts can pipe it). The only exception is the very first
account on a new kiosk, which ``users add`` creates as a supervisor without anyone signed in. Temporary
passwords are printed once and never stored in clear. The window's Users screen and login call the same use
cases (``kiosk.counter.users``, ``kiosk.counter.login``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

from kiosk.domain.messages import details
from kiosk.domain.messages import say as catalogue_say
from kiosk.security.errors import PasswordRejected, UserInvalid
from kiosk.security.roles import Action, Operator, Role

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def say(ctx: KioskContext, key: str, **params: object) -> str:
    return catalogue_say(f"cli_security.{key}", ctx.language, **params)


def register(sub: argparse._SubParsersAction) -> None:
    users = sub.add_parser("users", help="operator and supervisor accounts").add_subparsers(
        dest="users_command", metavar="ACTION", required=True)
    p = users.add_parser("add", help="add an account (the first one becomes the supervisor)")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="display name (Marathi or English)")
    p.add_argument("--role", choices=[r.value for r in Role], default=None)
    signed_in_as(p, required=False)
    p.set_defaults(handler=cmd_users_add)
    p = users.add_parser("list", help="list accounts")
    signed_in_as(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_users_list)
    for name, helptext, handler in (("reset", "give an account a new temporary password", cmd_users_reset),
                                    ("disable", "stop an account from signing in", cmd_users_disable),
                                    ("enable", "let a disabled account sign in again", cmd_users_enable)):
        p = users.add_parser(name, help=helptext)
        p.add_argument("username")
        signed_in_as(p)
        p.set_defaults(handler=handler)
    p = users.add_parser("passwd", help="change your password (required after a temporary one)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_users_passwd)
    p = users.add_parser("idle-lock", help="show or set the idle lock (2-5 minutes)")
    p.add_argument("minutes", nargs="?", type=int)
    signed_in_as(p, required=False)
    p.set_defaults(handler=cmd_idle_lock)


def signed_in_as(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("--as", dest="as_user", metavar="USERNAME", required=required,
                   help="supervisor making the change (password asked, or one line on stdin)")


def read_secret(prompt: str) -> str:
    """A password from the terminal without echo, or one line of a pipe (for scripts and tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    sys.stderr.write(prompt + "\n")
    line = sys.stdin.readline()
    if not line:
        raise UserInvalid("no password given on standard input", field="password",
                          **details("cli_security.no_password"))
    return line.rstrip("\r\n")


def sign_in(ctx: KioskContext, username: str | None, action: Action) -> Operator:
    """``--as NAME``: the supervisor (or operator) making the change, signed in through the same use case
    as the window's login; raises the typed error when the password, role or account does not allow it."""
    if not username:
        raise UserInvalid(say(ctx, "need_as"), field="as")
    password = read_secret(say(ctx, "password", user=username))
    return ctx.use_cases().login.require(username, password, action)


def cmd_users_add(args: argparse.Namespace, ctx: KioskContext) -> int:
    users = ctx.use_cases().users
    first = not users.has_any()
    by = None if first and not args.as_user else sign_in(ctx, args.as_user, Action.MANAGE_USERS)
    role = args.role or (Role.SUPERVISOR.value if first else Role.OPERATOR.value)
    temporary = users.add(by, args.username, args.name, role)
    if first:
        print(say(ctx, "first", user=args.username.strip().lower()))
    print(say(ctx, "temp", user=args.username.strip().lower(), password=temporary))
    return 0


def cmd_users_list(args: argparse.Namespace, ctx: KioskContext) -> int:
    users = ctx.use_cases().users.accounts(sign_in(ctx, args.as_user, Action.MANAGE_USERS))
    if args.json:
        json.dump([{"username": u.username, "display_name": u.display_name, "role": u.role.value,
                    "disabled": u.disabled, "must_change": u.must_change, "failed_count": u.failed_count,
                    "locked_until": u.locked_until, "last_login_at": u.last_login_at} for u in users],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(say(ctx, "list_head"))
    for u in users:
        state = [say(ctx, "off" if u.disabled else "active")]
        if u.must_change:
            state.append(say(ctx, "temp_pw"))
        if u.locked_until:
            state.append(say(ctx, "locked", until=u.locked_until))
        print(f"{u.username}  {say(ctx, u.role.value)}  {', '.join(state)}  {u.display_name}")
    return 0


def cmd_users_reset(args: argparse.Namespace, ctx: KioskContext) -> int:
    by = sign_in(ctx, args.as_user, Action.MANAGE_USERS)
    temporary = ctx.use_cases().users.reset_password(by, args.username)
    print(say(ctx, "temp", user=args.username.strip().lower(), password=temporary))
    return 0


def _set_disabled(args: argparse.Namespace, ctx: KioskContext, disabled: bool) -> int:
    by = sign_in(ctx, args.as_user, Action.MANAGE_USERS)
    ctx.use_cases().users.set_disabled(by, args.username, disabled)
    print(say(ctx, "disabled" if disabled else "enabled", user=args.username.strip().lower()))
    return 0


def cmd_users_disable(args: argparse.Namespace, ctx: KioskContext) -> int:
    return _set_disabled(args, ctx, True)


def cmd_users_enable(args: argparse.Namespace, ctx: KioskContext) -> int:
    return _set_disabled(args, ctx, False)


def cmd_users_passwd(args: argparse.Namespace, ctx: KioskContext) -> int:
    old = read_secret(say(ctx, "old", user=args.username))
    new = read_secret(say(ctx, "new"))
    if read_secret(say(ctx, "again")) != new:
        print(say(ctx, "mismatch"), file=sys.stderr)
        return 1
    try:
        ctx.use_cases().login.change_password(args.username, old, new)
    except PasswordRejected as exc:
        for problem in exc.problems:
            print(f"seva-kiosk: {problem.message(ctx.language)}", file=sys.stderr)
        return 1
    print(say(ctx, "changed", user=args.username.strip().lower()))
    return 0


def cmd_idle_lock(args: argparse.Namespace, ctx: KioskContext) -> int:
    users = ctx.use_cases().users
    if args.minutes is not None:
        users.set_idle_lock_minutes(sign_in(ctx, args.as_user, Action.MANAGE_USERS), args.minutes)
    print(say(ctx, "idle", minutes=users.idle_lock_minutes()))
    return 0
