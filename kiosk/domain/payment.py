"""How the citizen pays the fee: cash or UPI at the counter, or not yet ("payment pending").

No payment gateway is called from the kiosk: for UPI the counter shows a QR of the standard ``upi://pay``
link for the exact amount to the hub's payee address, the citizen pays from their own phone, and the
operator records the bank's reference (the 12-digit UTR the citizen's app shows). A fee not yet paid is
*payment pending*: the receipt says so, it is never a receipt of payment, and the application waits in the
counter's payment work list until the fee is taken.

The mode rides in the application's ``extra`` (``payment_mode``, ``upi_ref``), the receipt builder's
existing place for it; a payment taken later is its own record (``kiosk.store.payments``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from kiosk.domain.errors import KioskError, ProblemList
from kiosk.domain.text import fold_digits, normalise_text

CASH, UPI, PENDING = "cash", "upi", "pending"
METHODS = (CASH, UPI, PENDING)
PAID = (CASH, UPI)
MODE_KEY, REF_KEY = "payment_mode", "upi_ref"
# A UTR (the UPI transaction's bank reference, shown as "UPI Ref No" / "UTR" in every UPI app) is 12 digits.
UTR_RE = re.compile(r"^[0-9]{12}$")
# NPCI's virtual payment address: a handle of letters, digits, dot, hyphen, underscore, then @ and the PSP.
VPA_RE = re.compile(r"^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9.-]{1,63}$")
PAYEE_NAME_CHARS = 50


class PaymentRefused(KioskError):
    """A payment that cannot be recorded as asked (``why`` names the reason in the message catalogue)."""

    code = "payment_refused"


@dataclass(frozen=True)
class Payment:
    """How an application's fee was settled: ``method`` cash, upi or pending; ``upi_ref`` the UTR for UPI."""

    method: str
    paise: int
    upi_ref: str = ""

    @property
    def paid(self) -> bool:
        return self.method in PAID


def normalise_utr(text: str) -> str:
    """The UTR as typed, reduced to its digits (spaces and hyphens dropped; Devanagari digits folded)."""
    return re.sub(r"[\s-]", "", fold_digits(normalise_text(text)))


def check_utr(text: str) -> str | None:
    """The 12-digit UTR, or None when ``text`` is not one."""
    utr = normalise_utr(text)
    return utr if UTR_RE.match(utr) else None


def check_vpa(text: str) -> str | None:
    """The payee address (``hub@bank``) as the QR carries it, or None when it is not one."""
    vpa = normalise_text(text).strip()
    return vpa if VPA_RE.match(vpa) else None


def rupees_text(paise: int) -> str:
    """The ``am`` of a UPI link: rupees with two decimals, from integer paise (no float on the way)."""
    return f"{paise // 100}.{paise % 100:02d}"


def upi_link(vpa: str, payee_name: str, paise: int, note: str) -> str:
    """The standard UPI deep link (NPCI's ``upi://pay``) for exactly ``paise`` to ``vpa``; ``note`` (the
    receipt number) is what the citizen's bank statement shows. Raises PaymentRefused for a bad address or
    a zero amount (nothing to pay)."""
    payee = check_vpa(vpa)
    if payee is None:
        raise PaymentRefused(f"not a UPI payee address: {vpa!r}", why="bad_payee")
    if paise <= 0:
        raise PaymentRefused("nothing to pay", why="nothing_to_pay")
    name = " ".join(normalise_text(payee_name).split())[:PAYEE_NAME_CHARS]
    parts = (("pa", payee), ("pn", name), ("am", rupees_text(paise)), ("cu", "INR"), ("tn", note))
    return "upi://pay?" + "&".join(f"{k}={quote(v, safe='@.-_')}" for k, v in parts if v)


def payment_extra(method: str, upi_ref: str = "") -> dict[str, str]:
    """What an application keeps in ``extra`` about its payment; nothing for cash (what an application with
    no record was paid in: every earlier release took cash only), so both read back alike."""
    if method == CASH:
        return {}
    return {MODE_KEY: method, REF_KEY: upi_ref} if method == UPI else {MODE_KEY: method}


def payment_of(extra: Mapping[str, str], paise: int) -> Payment:
    """The payment an application's ``extra`` records; cash when none is (earlier releases took cash only)."""
    method = str(extra.get(MODE_KEY, CASH)).strip().lower() or CASH
    return Payment(method, paise, str(extra.get(REF_KEY, "")))


def fee_owed(extra: Mapping[str, Any], paise: int) -> bool:
    """Left unpaid at intake and not taken since. RTS Rule 6 counts the time limit from a complete
    application; one whose fee has not been received is not complete, so the clock waits for it."""
    return paise > 0 and str(extra.get(MODE_KEY, "")) == PENDING and not extra.get("paid_later")


def check_payment(problems: ProblemList, method: str, upi_ref: str, paise: int) -> Payment:
    """The payment the form describes; problems (``payment`` field) for an unknown mode or a missing or
    malformed UTR. Nothing to pay is always settled, whatever was picked."""
    if paise == 0:
        return Payment(CASH, 0)
    if method not in METHODS:
        problems.add("payment", "invalid", "payment_method_unknown")
        return Payment(PENDING, paise)
    if method != UPI:
        return Payment(method, paise)
    utr = check_utr(upi_ref)
    if utr is None:
        problems.add("upi_ref", "invalid" if upi_ref.strip() else "required", "upi_ref_invalid")
        return Payment(PENDING, paise)
    return Payment(UPI, paise, utr)


def payment_to_dict(app: Any) -> dict[str, Any]:
    """How the fee was settled at intake, as the contract's ``payment`` carries it: the portal learns that
    a fee is pending (and waits for it) rather than reading a total as money received."""
    paid = payment_of(app.extra, app.total_paise)
    out: dict[str, Any] = {"method": paid.method if app.total_paise else CASH, "paise": app.total_paise}
    if paid.method == UPI and paid.upi_ref:
        out["upi_ref"] = paid.upi_ref
    return out


def payment_from_dict(d: Any) -> dict[str, str]:
    """``extra`` from a ``payment`` object (a carried bundle, a replayed payload); {} when absent."""
    if not isinstance(d, Mapping) or str(d.get("method", "")) not in METHODS:
        return {}
    return payment_extra(str(d["method"]), str(d.get("upi_ref") or ""))
