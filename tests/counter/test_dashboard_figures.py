"""The uniform dashboard (issue 18) checked against a hand count: applications taken at the counter through
the real intake, then moved (received on chosen days, decided early or late, waiting past their limit,
appealed, voided) in the real hub database; every figure per service, per village and in total is the one
counted by hand below."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kiosk.counter.use_cases import UseCases
from kiosk.domain.dashboard import FIGURES, period_days
from tests.counter.conftest import saved
from tests.forms import GENERIC_CODE, generic_form

INCOME = "income-certificate"
TODAY = date(2026, 11, 27)
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


def _take(ctx: Any, desk: UseCases, village: str, service: str, *, day: date, status: str,
          due: date | None = None, decided: date | None = None) -> str:
    if service == INCOME:
        app = saved(desk, applicant__address__village=village)
    else:
        app = desk.intake.take(generic_form(applicant__address__village=village), "operator1")
    with ctx.database().write() as conn:
        conn.execute("UPDATE applications SET receipt_day = ?, status = ?, due_date = ?, decided_on = ? WHERE uuid = ?",
                     (day.isoformat(), status, due.isoformat() if due else None,
                      decided.isoformat() if decided else None, app.uuid))
    return app.uuid


def _appeal(ctx: Any, uuid: str, filed: date) -> None:
    with ctx.database().write() as conn:
        conn.execute("INSERT INTO appeals(application_uuid, level, reason, filed_on) VALUES (?, 1, 'other', ?)",
                     (uuid, filed.isoformat()))


def _certificate(ctx: Any, uuid: str) -> None:
    with ctx.database().write() as conn:
        conn.execute("INSERT INTO certificates(application_uuid, portal_id, sha256, size_bytes, received_at) "
                     "VALUES (?, 'P1', ?, 10, '2026-11-20T10:00:00+00:00')", (uuid, "a" * 64))


def test_the_figures_of_a_period_are_the_hand_count(ctx: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(type(ctx), "today", lambda self: TODAY)
    desk = ctx.use_cases()  # built after: its dashboard's "today" is the day of the hand count
    d = date(2026, 11, 10)
    # Wagholi, income: decided in time (certificate waiting), decided late then appealed, pending in time —
    # the third typed "wagholi " (case and spaces differ: the same village).
    a = _take(ctx, desk, "Wagholi", INCOME, day=d, status="approved", due=d + timedelta(21), decided=d + timedelta(5))
    _certificate(ctx, a)
    b = _take(ctx, desk, "Wagholi", INCOME, day=d, status="first_appeal_filed", due=d + timedelta(3),
              decided=d + timedelta(9))
    _appeal(ctx, b, date(2026, 11, 20))
    _take(ctx, desk, "wagholi ", INCOME, day=LAST, status="submitted", due=TODAY + timedelta(10))
    # Lonikand, the generic service: pending past its limit; one voided (never counted); one pending with no
    # due date yet (the clock has not started: within the limit).
    _take(ctx, desk, "Lonikand", GENERIC_CODE, day=FIRST, status="under_scrutiny", due=TODAY - timedelta(1))
    _take(ctx, desk, "Lonikand", GENERIC_CODE, day=d, status="voided", due=TODAY - timedelta(1))
    _take(ctx, desk, "Lonikand", GENERIC_CODE, day=d, status="payment_pending", due=None)
    # Lonikand, income: received in October (not this period's), rejected, appealed in November (counted);
    # and one received in December (after the period).
    old = _take(ctx, desk, "Lonikand", INCOME, day=date(2026, 10, 31), status="rejected", due=date(2026, 11, 21),
                decided=date(2026, 11, 2))
    _appeal(ctx, old, date(2026, 11, 26))
    _take(ctx, desk, "Lonikand", INCOME, day=date(2026, 12, 1), status="queued")

    # Perne picked from the ring twice, typed in either script: one village, counted under its code.
    for typed in ("Perne", "पेरणे"):
        uuid = _take(ctx, desk, typed, INCOME, day=d, status="submitted", due=TODAY + timedelta(5))
        with ctx.database().write() as conn:
            conn.execute("UPDATE applicants SET village_code = '556677' WHERE application_uuid = ?", (uuid,))

    got = desk.dashboard.figures(FIRST, LAST)
    assert got.villages["556677"].values() == (2, 0, 0, 2, 0, 0, 0)
    assert (got.first, got.last, got.as_of) == (FIRST, LAST, TODAY)
    # received, in time, late, pending in time, pending past, appeals, certificates waiting
    assert got.services[INCOME].values() == (5, 1, 1, 3, 0, 2, 1)
    assert got.services[GENERIC_CODE].values() == (2, 0, 0, 1, 1, 0, 0)
    assert set(got.villages) == {"wagholi", "lonikand", "556677"}
    assert got.villages["wagholi"].values() == (3, 1, 1, 1, 0, 1, 1)
    assert got.villages["lonikand"].values() == (2, 0, 0, 1, 1, 1, 0)
    assert got.villages["lonikand"].name == "Lonikand"
    assert got.total.values() == (7, 1, 1, 4, 1, 2, 1)
    # The figures add up: every application received is disposed or pending.
    for f in (got.total, *got.services.values(), *got.villages.values()):
        assert f.received == f.disposed_in_time + f.disposed_late + f.pending_in_time + f.pending_past

    body = got.to_json()
    assert list(body["total"]) == list(FIGURES)
    assert body["villages"]["wagholi"]["name"] == "Wagholi"
    assert desk.dashboard.figures(date(2026, 12, 1), date(2026, 12, 31)).total.received == 1


def test_named_periods() -> None:
    today = date(2026, 11, 27)  # a Friday
    assert period_days("today", today) == (today, today)
    assert period_days("week", today) == (date(2026, 11, 23), today)
    assert period_days("month", today) == (date(2026, 11, 1), today)
    assert period_days("last_month", today) == (date(2026, 10, 1), date(2026, 10, 31))
    assert period_days("year", today) == (date(2026, 4, 1), today)
    assert period_days("year", date(2027, 2, 1)) == (date(2026, 4, 1), date(2027, 2, 1))
    assert period_days("last_month", date(2027, 1, 5)) == (date(2026, 12, 1), date(2026, 12, 31))
