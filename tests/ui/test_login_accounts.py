"""Real Argon2id accounts in the window: first supervisor from the setup wizard, temporary password →
own password (every problem at once, in Marathi), lockout sentence, Ctrl+L and idle lock, role checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kiosk.app import build_context
from kiosk.counter.login import DISABLED, LOCKED, MUST_CHANGE, OK, WRONG, Operator
from kiosk.security.auth import authenticate, change_password
from kiosk.security.roles import Operator as Account
from kiosk.security.roles import Role
from kiosk.security.users import create_user, has_users, set_disabled
from kiosk.store.hub import set_setting
from tests.ui.conftest import answered

GOOD = "Kendra-Wagholi-2026"


def real_hub(ctx: Any) -> None:
    set_setting(ctx.database(), "portal.training", "0")


def test_every_sign_in_outcome_reaches_the_screen_as_its_own_case(ctx) -> None:
    store = ctx.database()
    real_hub(ctx)
    temporary = create_user(store, None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    login = ctx.use_cases().login.sign_in
    assert login("asha", temporary).outcome == MUST_CHANGE
    change_password(store, "asha", temporary, GOOD, ctx.now())
    who = login("asha", GOOD)
    assert who.outcome == OK and who.operator == Operator("asha", "आशा कुलकर्णी", "supervisor")
    assert login("operator1", "training").outcome == WRONG  # no training door on a real hub
    outcomes = [login("asha", "not-the-password") for _ in range(3)]
    assert [o.outcome for o in outcomes] == [WRONG, WRONG, LOCKED] and 25 <= outcomes[-1].wait_seconds <= 30
    assert login("asha", GOOD).outcome == LOCKED  # even the right password waits
    assert login("", "").outcome == WRONG and login("x" * 500, "é" * 5000).outcome == WRONG


def test_disabled_account_with_the_right_password_is_told_so(ctx) -> None:
    from kiosk.ui.login import LoginPresenter

    store = ctx.database()
    real_hub(ctx)
    first = create_user(store, None, "asha", "Asha", "supervisor", ctx.now())
    change_password(store, "asha", first, GOOD, ctx.now())
    boss = Account("asha", Role.SUPERVISOR, "Asha")
    temp = create_user(store, boss, "ravi", "Ravi", "operator", ctx.now())
    change_password(store, "ravi", temp, "Counter-Seven-77", ctx.now())
    set_disabled(store, boss, "ravi", True, ctx.now())
    result, text = LoginPresenter(ctx.use_cases().login.sign_in).attempt("ravi", "Counter-Seven-77")
    assert result.outcome == DISABLED and "disabled" in text and result.operator is None


def test_new_real_hub_creates_its_supervisor_then_forces_an_own_password(qtbot, qapp, kiosk_home: Path) -> None:
    from kiosk.ui.application import Shell
    from kiosk.ui.login import LoginView
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.password_change import PasswordChangeView
    from kiosk.ui.setup_wizard import SetupWizard

    ctx = build_context(kiosk_home, "en")
    try:
        shell = Shell(qapp, ctx.use_cases())
        wizard = shell.start()
        assert isinstance(wizard, SetupWizard)
        wizard.code.setText("PUN0456")
        wizard.name_en.setText("Lonikand Seva Kendra")
        wizard.name_mr.setText("लोणीकंद सेवा केंद्र")
        wizard.save()
        answered(qtbot, wizard)
        assert wizard.steps.currentIndex() == 1 and not has_users(ctx.database())
        wizard.sup_user.setText("9 bad name")
        wizard.create_supervisor()
        assert "3 to 32" in wizard.sup_message.text() and "full name" in wizard.sup_message.text()
        wizard.sup_user.setText("Asha")
        wizard.sup_name.setText("आशा कुलकर्णी")
        wizard.create_supervisor()
        answered(qtbot, wizard)
        temporary = wizard.password_label.text()
        assert wizard.steps.currentIndex() == 2 and len(temporary) >= 8 and "asha" in wizard.password_note.text()
        qtbot.mouseClick(wizard.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(shell.window, LoginView))  # the hub's name is read on the pool
        login = shell.window
        assert isinstance(login, LoginView)
        login.user.setText("asha")
        login.password.setText(temporary)
        login.submit()
        answered(qtbot, login)
        change = shell.window
        assert isinstance(change, PasswordChangeView) and change.username == "asha"
        change.new.setText(GOOD)
        change.repeat.setText(GOOD + "x")
        change.submit()
        assert "not the same" in change.message.text() and isinstance(shell.window, PasswordChangeView)
        change.repeat.setText(GOOD)
        change.submit()
        answered(qtbot, change)
        window = shell.window
        assert isinstance(window, MainWindow) and shell.operator is not None and shell.operator.role == "supervisor"
        assert authenticate(ctx.database(), "asha", temporary, ctx.now()).outcome == "wrong"  # used up
        window.close()
        # A restart on a hub whose supervisor exists goes straight to the login.
        assert isinstance(Shell(qapp, ctx.use_cases()).start(), LoginView)
    finally:
        for w in qapp.topLevelWidgets():
            w.close()
        ctx.close()


def test_a_hub_saved_without_its_supervisor_asks_for_one_at_the_next_start(qtbot, qapp, ctx) -> None:
    from kiosk.ui.application import Shell
    from kiosk.ui.setup_wizard import SetupWizard

    real_hub(ctx)
    wizard = Shell(qapp, ctx.use_cases()).start()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, SetupWizard) and wizard.steps.currentIndex() == 1


def test_password_problems_are_all_shown_at_once_in_marathi(qtbot, ctx, marathi) -> None:
    from kiosk.ui.password_change import PasswordChangeView

    real_hub(ctx)
    temporary = create_user(ctx.database(), None, "asha", "Asha", "supervisor", ctx.now())
    view = PasswordChangeView(ctx.use_cases().login, ctx.language, "asha", temporary)
    qtbot.addWidget(view)
    view.new.setText("asha")
    view.repeat.setText("ashb")
    view.submit()
    lines = view.message.text().splitlines()
    assert len(lines) >= 4, lines  # too short, contains the user name, too easy, not the same
    assert "किमान 8 अक्षरे" in view.message.text() and "सारखे नाहीत" in view.message.text()
    assert authenticate(ctx.database(), "asha", temporary, ctx.now()).outcome == "must_change_password"  # unchanged


def test_locked_account_says_for_how_many_seconds(qtbot, ctx) -> None:
    from kiosk.ui.login import LoginPresenter, LoginView

    real_hub(ctx)
    temporary = create_user(ctx.database(), None, "asha", "Asha", "supervisor", ctx.now())
    change_password(ctx.database(), "asha", temporary, GOOD, ctx.now())
    view = LoginView(LoginPresenter(ctx.use_cases().login.sign_in), hub_name="Hub", training=False, language="en")
    qtbot.addWidget(view)
    view.user.setText("asha")
    for _ in range(3):
        view.password.setText("wrong-password")
        view.submit()
        answered(qtbot, view)
    text = view.message.text()
    assert "locked for" in text and any(f"{n} seconds" in text for n in range(25, 31)), text


def test_ctrl_l_and_idle_time_lock_the_screen_and_the_same_operator_comes_back(qtbot, qapp, ctx) -> None:
    from kiosk.ui.application import Shell
    from kiosk.ui.login import LoginView
    from kiosk.ui.main_window import MainWindow

    clock = [1000.0]
    shell = Shell(qapp, ctx.use_cases(), clock=lambda: clock[0])
    window = shell.show_main(Operator("operator1", "Operator 1", "supervisor", training=True))
    assert isinstance(window, MainWindow) and shell.idle.limit_seconds == 180  # default 3 minutes
    window.navigate("applications")
    window.pages["applications"].search.setText("half-typed")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    login = shell.window
    assert isinstance(login, LoginView) and login.user.text() == "operator1"
    assert "locked" in login.findChild(type(login.message), "lock_note").text()
    login.password.setText("training")
    login.submit()
    answered(qtbot, login)
    again = shell.window
    assert again is window and again.isVisible() and again.current_key() == "applications"
    assert again.pages["applications"].search.text() == "half-typed"  # nothing lost, nothing rebuilt
    clock[0] += 100
    qtbot.mouseMove(again)  # any input restarts the count
    qtbot.keyClick(again.nav, Qt.Key.Key_Down)
    clock[0] += 170
    shell.idle.check()
    assert shell.window is again
    again.show_error(RuntimeError("a message box is open when the lock comes"))
    box = again.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    clock[0] += 11
    shell.idle.check()
    assert isinstance(shell.window, LoginView) and not again.isVisible() and not box.isVisible()
    # Someone else signs in: a fresh window, the hidden one is closed.
    shell.window.user.setText("operator1")
    shell.resume = ("asha", "applications")
    shell.show_main(Operator("operator1", "Operator 1", "supervisor", training=True))
    assert shell.window is not again and isinstance(shell.window, MainWindow)
    assert shell.window.current_key() == "dashboard"
    shell.window.close()


def test_an_operator_cannot_open_settings(qtbot, ctx) -> None:
    from kiosk.ui.main_window import MainWindow

    window = MainWindow(ctx.use_cases(), Operator("ravi", "Ravi", "operator"))
    qtbot.addWidget(window)
    window.navigate("settings")
    assert window.current_key() == "dashboard" and "settings" not in window.pages.built
    assert "supervisor" in window.statusBar().currentMessage()
    window.navigate("applications")
    assert window.current_key() == "applications"


def test_without_a_keyring_the_first_supervisor_is_refused_with_a_sentence(qtbot, ctx) -> None:
    import keyring
    from keyring.backends import fail

    from kiosk.ui.setup_wizard import SetupWizard

    real_hub(ctx)
    wizard = SetupWizard(ctx.use_cases().hub, ctx.paths.assets, ctx.language, supervisor_only=True)
    qtbot.addWidget(wizard)
    wizard.sup_user.setText("asha")
    wizard.sup_name.setText("आशा")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the audit key has nowhere safe to live
    try:
        wizard.create_supervisor()
        answered(qtbot, wizard)  # saved on the pool: the keyring stays refused until it has answered
    finally:
        keyring.set_keyring(previous)
    assert "keyring" in wizard.sup_message.text().lower() and wizard.steps.currentIndex() == 1
    assert not has_users(ctx.database()) and wizard.password_label.text() == ""


def test_hostile_new_passwords_are_refused_with_reasons(qtbot, ctx) -> None:
    from kiosk.ui.password_change import PasswordChangeView

    real_hub(ctx)
    temporary = create_user(ctx.database(), None, "asha", "Asha", "supervisor", ctx.now())
    view = PasswordChangeView(ctx.use_cases().login, ctx.language, "asha", temporary)
    qtbot.addWidget(view)
    for bad, reason in (("x" * 200, "at most"), ("Good-Pass\x00word-1", "control"), (temporary, "temporary"),
                        ("", "at least")):
        view.new.setText(bad)
        view.repeat.setText(bad)
        view.submit()
        assert reason in view.message.text(), (bad, view.message.text())
    assert authenticate(ctx.database(), "asha", temporary, ctx.now()).outcome == "must_change_password"
