"""Day close counts cash per drawer, and a drawer is an operator: a count for a name that is no operator of
the day and no account of this hub is refused (it was shown as a drawer of its own, with a surplus, while
the real drawer read as uncounted); a name in another case is the same drawer; an account that took
nothing that day may still have its drawer counted."""

from __future__ import annotations

import pytest

from kiosk.counter.day_close import UnknownDrawer, drawer_lines
from kiosk.counter.login import Operator, account_of
from kiosk.counter.use_cases import UseCases
from kiosk.domain.messages import describe
from tests.counter.conftest import saved


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    import kiosk.security.users

    monkeypatch.setattr(kiosk.security.users, "default_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def test_an_unknown_operator_in_the_counts_is_refused(desk: UseCases, ctx) -> None:  # type: ignore[no-untyped-def]
    app = saved(desk)
    today = ctx.today()
    with pytest.raises(UnknownDrawer) as refused:
        desk.day_close.report(today, counted={"operatr1": 6900})
    for lang, words in (("en", "No operator 'operatr1'"), ("mr", "'operatr1' नावाचा ऑपरेटर नाही"),
                        ("hi", "'operatr1' नाम का ऑपरेटर नहीं")):
        sentence = describe(refused.value, lang)
        assert words in sentence and "operator1" in sentence, sentence
    report = desk.day_close.report(today, counted={"Operator1": app.total_paise + 500})
    assert report.counted == {"operator1": app.total_paise + 500}
    [drawer] = report.by_operator()
    assert drawer.difference_paise == 500


def test_an_account_that_took_nothing_today_has_a_drawer(desk: UseCases, ctx) -> None:  # type: ignore[no-untyped-def]
    saved(desk)
    desk.users.add(None, "asha", "आशा कुलकर्णी", "supervisor")
    desk.users.add(account_of(Operator("asha", "आशा कुलकर्णी", "supervisor")), "ravi", "रवी पाटील", "operator")
    report = desk.day_close.report(ctx.today(), counted={"ravi": 1000})
    assert {o.operator: o.difference_paise for o in report.by_operator()} == {"operator1": None, "ravi": 1000}
    lines = drawer_lines(report, "en")
    assert lines[0].startswith("  operator1: 1, ") and lines[0].endswith(" expected, not counted")
    assert lines[-1] == "drawers counted 1 of 2; surplus +₹ 10.00, shortfall ₹ 0.00"
