"""The day-close report: what each operator took in, per service, and whether the cash drawer agrees.

The GR of 27 Mar 2025 requires a day's cash to reconcile per operator. Totals are computed here from the
individual applications (never typed in), in integer paise; the counted cash is what the operator
declares, and the difference is shown with its sign so a shortfall cannot read as a surplus.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from kiosk.receipts.captions import both, caption
from kiosk.receipts.format import format_date, format_datetime, format_paise
from kiosk.receipts.layout import PageSpec, Row, gap, money_table, render, rows_flowable, spec_for, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import BiText, Hub, ReceiptDataError, check_receipt_no


@dataclass(frozen=True)
class DayEntry:
    receipt_no: str
    operator: str
    service_code: str
    service: BiText
    paise: int

    def __post_init__(self) -> None:
        check_receipt_no(self.receipt_no)
        if isinstance(self.paise, bool) or not isinstance(self.paise, int) or self.paise < 0:
            raise ReceiptDataError(f"amount must be non-negative paise, got {self.paise!r}")


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

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None:
            raise ReceiptDataError("generated_at must be timezone-aware")
        for op, paise in self.counted.items():
            if isinstance(paise, bool) or not isinstance(paise, int) or paise < 0:
                raise ReceiptDataError(f"counted cash for {op!r} must be non-negative paise")

    @property
    def total_paise(self) -> int:
        return sum(e.paise for e in self.entries)

    def by_operator(self) -> list[OperatorTotal]:
        ops = sorted({e.operator for e in self.entries} | set(self.counted))
        return [OperatorTotal(op, sum(1 for e in self.entries if e.operator == op),
                              sum(e.paise for e in self.entries if e.operator == op), self.counted.get(op))
                for op in ops]

    def by_service(self) -> list[ServiceTotal]:
        codes: dict[str, BiText] = {}
        for e in self.entries:
            codes.setdefault(e.service_code, e.service)
        return sorted((ServiceTotal(label, sum(1 for e in self.entries if e.service_code == code),
                                    sum(e.paise for e in self.entries if e.service_code == code))
                       for code, label in codes.items()), key=lambda t: (-t.paise, t.service.en))

    @property
    def counted_total(self) -> int | None:
        return sum(self.counted.values()) if self.counted else None


def summarise(entries: Iterable[DayEntry]) -> tuple[int, int]:
    """(count, total paise) — a one-line summary for the CLI."""
    items = list(entries)
    return len(items), sum(e.paise for e in items)


def _signed(paise: int | None) -> str:
    if paise is None:
        return "________"
    return ("+" if paise > 0 else "") + format_paise(paise)


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
    count, total = len(data.entries), data.total_paise
    story += rows_flowable([
        Row(caption("applications"), rich(str(count), bold=True)),
        Row(caption("cash_expected"), rich(format_paise(total), bold=True)),
        Row(caption("cash_counted"), rich(_signed(data.counted_total).lstrip("+"))),
        Row(caption("difference"), rich(_signed(None if data.counted_total is None else data.counted_total - total),
                                         bold=True)),
    ], spec)
    story += [gap(8), Paragraph(rich(both("by_operator"), bold=True), st.body), gap(2)]
    for op in data.by_operator():
        items = [(rich(both("expected")), rich(format_paise(op.expected_paise))),
                 (rich(both("counted")), rich(_signed(op.counted_paise).lstrip("+")))]
        story += [Paragraph(rich(f"{op.operator} — {op.count}", bold=True), st.body),
                  money_table(items, (rich(both("difference"), bold=True),
                                      rich(_signed(op.difference_paise), bold=True)), spec, width), gap(4)]
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


def render_day_close(data: DayCloseData, layout: str = "a4") -> bytes:
    spec = spec_for(layout)
    return render(day_close_story(data, spec), spec, title=f"Day close {data.day.isoformat()}")
