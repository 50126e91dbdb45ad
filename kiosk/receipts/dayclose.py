"""The day-close report: what each operator took in, per service, and whether each cash drawer agrees.

The GR of 27 Mar 2025 requires a day's cash to reconcile per operator. Totals are computed here from the
individual applications (never typed in), in integer paise; the counted cash is what the operator
declares, and the difference is shown with its sign so a shortfall cannot read as a surplus.

Drawer by drawer: each counted drawer is compared with its own expected cash; a drawer nobody counted is
shown as *not counted*, never compared with nothing; and a surplus in one drawer and a shortfall in another
are reported as the two facts they are, not netted into one figure that hides both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from kiosk.domain.clock import local_day
from kiosk.domain.visit import VisitFigures
from kiosk.receipts.captions import both, caption
from kiosk.receipts.format import format_date, format_datetime, format_paise
from kiosk.receipts.layout import PageSpec, Row, gap, money_table, render, rows_flowable, spec_for, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import BiText, Hub, ReceiptDataError, check_receipt_no


@dataclass(frozen=True)
class DayEntry:
    """One fee of the day. ``method`` says where the money is: ``cash`` in the operator's drawer, ``upi`` in
    the hub's bank account (checked against the statement, never counted in a drawer), ``pending`` nowhere
    yet. ``late`` marks a fee taken today for an earlier receipt (the application is not one of today's)."""

    receipt_no: str
    operator: str
    service_code: str
    service: BiText
    paise: int
    method: str = "cash"
    late: bool = False
    upi_ref: str = ""
    visit: str = ""  # taken on a doorstep visit (its id): the cash is in the visit's bag, not a drawer

    def __post_init__(self) -> None:
        check_receipt_no(self.receipt_no)
        if isinstance(self.paise, bool) or not isinstance(self.paise, int) or self.paise < 0:
            raise ReceiptDataError(f"amount must be non-negative paise, got {self.paise!r}")
        if self.method not in ("cash", "upi", "pending"):
            raise ReceiptDataError(f"payment method must be cash, upi or pending, got {self.method!r}")


@dataclass(frozen=True)
class OperatorTotal:
    operator: str
    count: int
    expected_paise: int
    counted_paise: int | None

    @property
    def difference_paise(self) -> int | None:
        return None if self.counted_paise is None else self.counted_paise - self.expected_paise


@dataclass(frozen=True)
class ServiceTotal:
    service: BiText
    count: int
    paise: int


@dataclass(frozen=True)
class DayCloseData:
    hub: Hub
    day: date
    generated_at: datetime
    entries: tuple[DayEntry, ...]
    counted: Mapping[str, int] = field(default_factory=dict)
    # ``seq:mac`` of the audit chain when the report was made: on paper it is an outside record that
    # `seva-kiosk audit verify --head` can check the chain against later (a cut tail shows up).
    audit_head: str = ""
    # Doorstep visits open on the day (issue 18), each with its whole figures and its own cash count.
    visits: tuple[VisitFigures, ...] = ()

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None:
            raise ReceiptDataError("generated_at must be timezone-aware")
        for op, paise in self.counted.items():
            if isinstance(paise, bool) or not isinstance(paise, int) or paise < 0:
                raise ReceiptDataError(f"counted cash for {op!r} must be non-negative paise")

    @property
    def applications(self) -> tuple[DayEntry, ...]:
        """The day's applications (a fee taken today for an earlier receipt is not one of them)."""
        return tuple(e for e in self.entries if not e.late)

    @property
    def total_paise(self) -> int:
        """The fees of the day's applications, however (and whether) they were paid."""
        return sum(e.paise for e in self.applications)

    def paid_paise(self, method: str) -> int:
        """Money of the day by ``method``: cash for the drawers, upi for the bank, pending not received."""
        return sum(e.paise for e in self.entries if e.method == method)

    @property
    def cash_paise(self) -> int:
        return self.paid_paise("cash")

    @property
    def drawer_cash_paise(self) -> int:
        """The cash the day's drawers should hold: the day's cash less what went into doorstep visits' bags."""
        return sum(e.paise for e in self.entries if e.method == "cash" and not e.visit)

    @property
    def upi_paise(self) -> int:
        return self.paid_paise("upi")

    @property
    def pending_paise(self) -> int:
        """Fees of the day's receipts still not received when the day closes: one taken later the same day
        (UPI chosen at intake is saved pending, then paid at once) is in the cash or UPI total instead."""
        taken = {e.receipt_no for e in self.entries if e.late}
        return sum(e.paise for e in self.entries if e.method == "pending" and not e.late and e.receipt_no not in taken)

    def by_operator(self) -> list[OperatorTotal]:
        """Each drawer's expected cash: its operator's cash fees only (UPI went to the bank, pending nowhere,
        a doorstep visit's cash into the visit's bag, counted when the visit closes)."""
        ops = sorted({e.operator for e in self.entries} | set(self.counted))
        return [OperatorTotal(op, sum(1 for e in self.applications if e.operator == op),
                              sum(e.paise for e in self.entries if e.operator == op and e.method == "cash"
                                  and not e.visit),
                              self.counted.get(op))
                for op in ops]

    def by_service(self) -> list[ServiceTotal]:
        codes: dict[str, BiText] = {}
        for e in self.applications:
            codes.setdefault(e.service_code, e.service)
        return sorted((ServiceTotal(label, sum(1 for e in self.applications if e.service_code == code),
                                    sum(e.paise for e in self.applications if e.service_code == code))
                       for code, label in codes.items()), key=lambda t: (-t.paise, t.service.en))

    @property
    def counted_total(self) -> int | None:
        return sum(self.counted.values()) if self.counted else None

    def drawers(self) -> tuple[list[OperatorTotal], list[OperatorTotal]]:
        """(counted drawers, drawers not counted) — every operator of the day is in one of the two."""
        ops = self.by_operator()
        return [o for o in ops if o.counted_paise is not None], [o for o in ops if o.counted_paise is None]

    @property
    def surplus_paise(self) -> int:
        """More cash than expected, added over the counted drawers that have more (0 when none has)."""
        return sum(d for o in self.by_operator() if (d := o.difference_paise) is not None and d > 0)

    @property
    def shortfall_paise(self) -> int:
        """Less cash than expected over the counted drawers that have less: zero or negative, never netted
        against another drawer's surplus."""
        return sum(d for o in self.by_operator() if (d := o.difference_paise) is not None and d < 0)


def summarise(entries: Iterable[DayEntry]) -> tuple[int, int]:
    """(count, total paise) — a one-line summary for the CLI."""
    items = list(entries)
    return len(items), sum(e.paise for e in items)


def _signed(paise: int | None) -> str:
    if paise is None:
        return "________"
    return ("+" if paise > 0 else "") + format_paise(paise)


def say_both(code: str, **params: object) -> str:
    """A ``day_close.*`` phrase in the pair paper carries, ``मराठी / English``."""
    return both(code, "day_close", **params)


def day_close_story(data: DayCloseData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    width = spec.frame_width
    story: list[Flowable] = [
        Paragraph(lines(rich(data.hub.name.mr or data.hub.name.en, bold=True),
                        rich(f"{data.hub.name.en} — {data.hub.code}")), st.center),
        gap(3),
        Paragraph(rich(both("day_close_title"), bold=True), st.title),
        Paragraph(rich(f"{both('date')}: {format_date(data.day)}   ·   {both('made')}: "
                       f"{format_datetime(data.generated_at)}"), st.center),
        gap(8),
    ]
    count, total = len(data.applications), data.total_paise
    counted, uncounted = data.drawers()
    rows = [Row(caption("applications"), rich(str(count), bold=True)),
            Row(caption("cash_expected", "payment"), rich(format_paise(data.drawer_cash_paise), bold=True)),
            Row(caption("upi_received", "payment"), rich(format_paise(data.upi_paise), bold=True)),
            *([Row(caption("bags_total", "visit"), rich(format_paise(data.cash_paise - data.drawer_cash_paise),
                                                         bold=True))] if data.visits else []),
            Row(caption("pending_total", "payment"), rich(format_paise(data.pending_paise), bold=True)),
            Row(caption("drawers_counted", "day_close"),
                rich(say_both("of", counted=len(counted), drawers=len(counted) + len(uncounted))))]
    if counted:
        rows += [Row(caption("surplus", "day_close"), rich(_signed(data.surplus_paise), bold=True)),
                 Row(caption("shortfall", "day_close"), rich(_signed(data.shortfall_paise), bold=True))]
    if uncounted:
        rows.append(Row(caption("uncounted_drawers", "day_close"),
                        rich(", ".join(f"{o.operator} ({format_paise(o.expected_paise)})" for o in uncounted),
                             bold=True)))
    story += rows_flowable(rows, spec)
    story += [gap(8), Paragraph(rich(both("by_operator"), bold=True), st.body), gap(2)]
    for op in data.by_operator():
        if op.counted_paise is None:  # said in words: a blank or a dash could pass for "nothing missing"
            story += [Paragraph(rich(f"{op.operator} — {op.count}", bold=True), st.body),
                      money_table([(rich(both("expected")), rich(format_paise(op.expected_paise)))],
                                  (rich(both("counted")), rich(both("not_counted", "day_close"), bold=True)),
                                  spec, width), gap(4)]
            continue
        items = [(rich(both("expected")), rich(format_paise(op.expected_paise))),
                 (rich(both("counted")), rich(format_paise(op.counted_paise)))]
        story += [Paragraph(rich(f"{op.operator} — {op.count}", bold=True), st.body),
                  money_table(items, (rich(both("difference"), bold=True),
                                      rich(_signed(op.difference_paise), bold=True)), spec, width), gap(4)]
    story += upi_and_late_story(data, spec)
    story += visits_story(data, spec)
    story += [gap(6), Paragraph(rich(both("by_service"), bold=True), st.body), gap(2)]
    services = [(rich(f"{s.service.mr or s.service.en} / {s.service.en} × {s.count}" if s.service.mr
                      else f"{s.service.en} × {s.count}"), rich(format_paise(s.paise))) for s in data.by_service()]
    story.append(money_table(services, (rich(both("total"), bold=True), rich(format_paise(total), bold=True)),
                             spec, width))
    if data.audit_head:
        seq, _, mac = data.audit_head.partition(":")
        story += [gap(8), Paragraph(lines(rich(f"{both('audit_head')}: {seq}:"),
                                          rich(mac[:32]), rich(mac[32:])), st.small)]
    story += [gap(18), Paragraph(lines(rich(f"{both('operator_signature')}: ____________________"),
                                       rich(f"{both('manager_signature')}: ____________________")),
                                 st.body)]
    return story


def upi_and_late_story(data: DayCloseData, spec: PageSpec) -> list[Flowable]:
    """The UPI payments one by one with their UTR (to tick against the bank statement), and the fees taken
    today for earlier receipts; nothing when the day had neither."""
    st, width = styles(spec), spec.frame_width
    out: list[Flowable] = []
    upi = [e for e in data.entries if e.method == "upi"]
    if upi:
        items = [(rich(f"{e.receipt_no} · {e.operator}"), rich(f"{e.upi_ref or '—'}   {format_paise(e.paise)}"))
                 for e in upi]
        out += [gap(6), Paragraph(rich(both("by_upi", "payment"), bold=True), st.body), gap(2),
                money_table(items, (rich(both("total"), bold=True), rich(format_paise(data.upi_paise), bold=True)),
                            spec, width)]
    late = [e for e in data.entries if e.late]
    if late:
        items = [(rich(f"{e.receipt_no} · {e.operator} · {both(e.method, 'payment')}"), rich(format_paise(e.paise)))
                 for e in late]
        out += [gap(6), Paragraph(rich(both("late_payments", "payment"), bold=True), st.body), gap(2),
                money_table(items, (rich(both("total"), bold=True),
                                    rich(format_paise(sum(e.paise for e in late)), bold=True)), spec, width)]
    return out


def visits_story(data: DayCloseData, spec: PageSpec) -> list[Flowable]:
    """The doorstep visits open on the day, each with its applications, fees and its own cash (expected, and
    counted once the visit closed); nothing when there was none."""
    if not data.visits:
        return []
    st, width = styles(spec), spec.frame_width
    items = []
    for f in data.visits:
        v = f.visit
        until = format_date(local_day(v.closed_at)) if v.closed_at else both("still_open", "visit")
        counted = format_paise(v.counted_cash_paise) if v.counted_cash_paise is not None \
            else both("not_counted", "visit")
        items.append((lines(rich(f"{v.village} · {format_date(v.day)} – {until}", bold=True),
                            rich(both("paper_line", "visit", count=f.applications, cash=format_paise(f.cash_paise)))),
                      rich(counted)))
    counted_total = sum(f.visit.counted_cash_paise or 0 for f in data.visits)
    return [gap(6), Paragraph(rich(both("day_close_title", "visit"), bold=True), st.body), gap(2),
            money_table(items, (rich(both("total"), bold=True), rich(format_paise(counted_total), bold=True)),
                        spec, width)]


def render_day_close(data: DayCloseData, layout: str = "a4") -> bytes:
    spec = spec_for(layout)
    return render(day_close_story(data, spec), spec, title=f"Day close {data.day.isoformat()}")
