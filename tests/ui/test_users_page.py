"""Users screen: a supervisor adds an operator (temporary password shown once), resets, disables; the last
supervisor cannot be disabled; the idle-lock minutes are saved; the training operator is refused."""

from __future__ import annotations

from typing import Any

from kiosk.counter.login import Operator
from kiosk.security.auth import authenticate, idle_lock_minutes
from kiosk.security.roles import Operator as Account
from kiosk.security.roles import Role
from kiosk.security.users import create_user, get_user


def users_page(qtbot: Any, ctx: Any, who: Operator) -> Any:
    from kiosk.ui.main_window import MainWindow

    window = MainWindow(ctx.use_cases(), who)
    qtbot.addWidget(window)
    window.navigate("users")
    page = window.pages["users"]
    qtbot.waitUntil(lambda: page.read_once, timeout=10_000)  # the accounts are read on the pool
    return window, page


def select(page: Any, username: str) -> None:
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == username:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{username} not listed")


def test_supervisor_manages_accounts_and_the_idle_lock(qtbot, ctx) -> None:
    create_user(ctx.database(), None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    window, page = users_page(qtbot, ctx, Operator("asha", "आशा कुलकर्णी", "supervisor"))
    assert window.current_key() == "users"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)  # read on the pool, not the GUI thread
    page.new_user.setText("Ravi")
    page.new_name.setText("रवी पाटील")
    page.add()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    first = page.password.text()
    assert len(first) >= 8 and "ravi" in page.message.text()
    assert authenticate(ctx.database(), "ravi", first, ctx.now()).outcome == "must_change_password"
    page.new_user.setText("9-bad")
    page.new_name.setText("x")
    page.add()
    qtbot.waitUntil(lambda: "9-bad" in page.message.text() or "account" in page.message.text(), timeout=10_000)
    assert page.password.text() == ""  # the earlier temporary password is gone from the screen
    select(page, "ravi")
    page.reset()
    qtbot.waitUntil(lambda: bool(page.password.text()) and page.password.text() != first, timeout=10_000)
    select(page, "ravi")
    page.set_disabled(True)
    qtbot.waitUntil(lambda: get_user(ctx.database(), "ravi").disabled, timeout=10_000)
    select(page, "asha")
    page.set_disabled(True)
    qtbot.waitUntil(lambda: "only active supervisor" in page.message.text(), timeout=10_000)
    assert not get_user(ctx.database(), "asha").disabled
    page.idle_minutes.setValue(4)
    page.save_idle()
    qtbot.waitUntil(lambda: "4" in page.message.text(), timeout=10_000)
    assert idle_lock_minutes(ctx.database()) == 4


def test_training_operator_and_operators_get_no_user_management(qtbot, ctx) -> None:
    _window, page = users_page(qtbot, ctx, Operator("operator1", "Operator 1", "supervisor", training=True))
    page.new_user.setText("ravi")
    page.new_name.setText("Ravi")
    page.add()  # the training operator is no account: the security package refuses the change
    qtbot.waitUntil(lambda: "not allowed" in page.message.text(), timeout=10_000)
    assert page.table.rowCount() == 0 and page.password.text() == ""
    from kiosk.ui.main_window import MainWindow

    window = MainWindow(ctx.use_cases(), Operator("ravi", "Ravi", "operator"))
    qtbot.addWidget(window)
    window.navigate("users")
    assert window.current_key() == "dashboard" and "users" not in window.pages.built


def test_an_operator_closes_only_their_own_day_a_supervisor_sees_everyone(qtbot, ctx) -> None:
    from kiosk.domain.intake import take_application
    from kiosk.ui.main_window import MainWindow
    from tests.forms import income_form

    for who in ("ravi", "ravi", "meena"):
        r = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                             hub_code=ctx.hub().code, operator=who, now=ctx.now(), today=ctx.today())
        assert r.application is not None
        ctx.applications().save_new(r.application)
    for op, expected, day_editable in ((Operator("ravi", "Ravi", "operator"), {"ravi": "2"}, False),
                                       (Operator("asha", "Asha", "supervisor"), {"ravi": "2", "meena": "1"}, True)):
        window = MainWindow(ctx.use_cases(), op)
        qtbot.addWidget(window)
        window.navigate("dayclose")
        page = window.pages["dayclose"]
        want = len(expected)
        qtbot.waitUntil(lambda p=page, n=want: p.by_operator.rowCount() == n, timeout=10_000)
        rows = {page.by_operator.item(r, 0).text(): page.by_operator.item(r, 1).text()
                for r in range(page.by_operator.rowCount())}
        assert rows == expected and page.day.isEnabled() == day_editable


def settle(page: Any) -> None:
    """Every change the screen asked for has run and its answer has been shown."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.background import pool

    for _ in range(100):
        assert pool().waitForDone(10_000)
        QApplication.processEvents()  # deliver the answers; a waiting change may start here
        if pool().activeThreadCount() == 0 and not getattr(page, "_busy", False):
            return
    raise AssertionError("the screen's changes did not settle")


def test_changes_asked_back_to_back_answer_in_the_order_asked(qtbot, ctx) -> None:
    """The race behind a flaky run: the store commits a change before its answer reaches the screen, so a
    second change started in that gap used to get its answer first and then be overwritten by the older
    one's. Now the second waits for the first answer: the last message is the last change's."""
    create_user(ctx.database(), None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    create_user(ctx.database(), Account("asha", Role.SUPERVISOR, "आशा कुलकर्णी"), "ravi", "रवी पाटील", "operator",
                ctx.now())
    _window, page = users_page(qtbot, ctx, Operator("asha", "आशा कुलकर्णी", "supervisor"))
    for _ in range(3):
        select(page, "ravi")
        page.reset()
        select(page, "ravi")
        page.set_disabled(True)  # asked before the reset's answer arrived
        select(page, "asha")
        page.set_disabled(True)  # refused: the only active supervisor
        settle(page)
        assert "only active supervisor" in page.message.text() and page.password.text() == ""
        assert get_user(ctx.database(), "ravi").disabled and not get_user(ctx.database(), "asha").disabled
        select(page, "ravi")
        page.set_disabled(False)
        settle(page)
        assert "ravi" in page.message.text()
