"""The office screens (dashboard, day close, users, settings) and the window around them reach the store only
from the worker pool: every query, read and write made while they are built and used is recorded with its
thread, and none of theirs may run on the GUI thread (a slow disk would freeze the counter).

The one exception is on purpose and not exercised here: a restore swaps the database file on the GUI thread,
where no timer or screen can reopen the store half-way (kiosk/ui/backup_box.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.counter.login import Operator
from kiosk.security.users import create_user
from tests.ui.conftest import gui_thread_store_calls, make_client
from tests.ui.test_screens import saved_app

SCREENS = ("main_window.py", "sync_control.py", "dashboard.py", "dayclose.py", "users_page.py",
           "settings_page.py", "printers_box.py", "backup_box.py")


@pytest.fixture
def gui_thread_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    yield gui_thread_store_calls(monkeypatch, SCREENS)


def test_the_office_screens_read_and_save_on_the_pool(qtbot, ctx, gui_thread_calls) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    saved_app(ctx)
    create_user(ctx.database(), None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    gui_thread_calls.clear()  # from here on: building the window and its screens, then using them
    counter = ctx.use_cases()
    sync = SyncController(counter.syncing, client_factory=lambda: make_client("http://127.0.0.1:9"))
    window = MainWindow(counter, Operator("asha", "आशा कुलकर्णी", "supervisor"), sync=sync)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "—" in window.windowTitle(), timeout=10_000)

    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.data is not None and dashboard.data.today_count == 1, timeout=10_000)

    window.navigate("dayclose")
    close = window.pages["dayclose"]
    qtbot.waitUntil(lambda: close.data is not None and len(close.data.entries) == 1, timeout=10_000)
    close.save()
    qtbot.waitUntil(lambda: "day-close-" in close.message.text(), timeout=15_000)
    close.export()
    qtbot.waitUntil(lambda: "applications-" in close.message.text(), timeout=10_000)

    window.navigate("users")
    users = window.pages["users"]
    qtbot.waitUntil(lambda: users.read_once and users.table.rowCount() == 1, timeout=10_000)
    users.new_user.setText("ravi")
    users.new_name.setText("रवी पाटील")
    users.add()
    qtbot.waitUntil(lambda: users.table.rowCount() == 2, timeout=10_000)
    users.idle_minutes.setValue(4)
    users.save_idle()
    qtbot.waitUntil(lambda: "4" in users.message.text(), timeout=10_000)

    window.navigate("settings")
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings.loaded and "Version in use" in settings.catalogue_version.text(),
                    timeout=10_000)
    settings.printers.save_printer()
    settings.printers.escpos.setText("tcp://192.168.1.50:9100")
    settings.printers.save_escpos()
    settings.font_size.setValue(14)
    qtbot.waitUntil(lambda: settings.pending == 0, timeout=10_000)
    settings.backups.backup()
    qtbot.waitUntil(lambda: "Backup saved" in settings.message.text(), timeout=15_000)
    sync.refresh()
    qtbot.waitUntil(lambda: sync.state.pending == 1, timeout=10_000)
    assert ctx.setting("print.escpos_uri") == "tcp://192.168.1.50:9100" and ctx.setting("ui.font_size") == "14"
    assert gui_thread_calls == []


def labels(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_shell_locks_and_switches_language_without_the_store_on_the_gui_thread(
        qtbot, qapp, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    """After start-up (which reads the hub once, before the first screen shows), locking the screen and
    switching the language on the login read and write the store only on the pool."""
    from kiosk.ui.application import Shell
    from kiosk.ui.login import LoginView

    saved_app(ctx)
    create_user(ctx.database(), None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    shell = Shell(qapp, ctx.use_cases())
    login = shell.start()
    qtbot.addWidget(login)
    calls = gui_thread_store_calls(monkeypatch, ("application.py", "login.py", "main_window.py"))
    shell.show_main(Operator("asha", "आशा कुलकर्णी", "supervisor"))
    shell.lock()
    hub = ctx.hub()
    assert isinstance(shell.window, LoginView) and f"{hub.name_en} ({hub.code})" in labels(shell.window)
    shell.set_language("mr")
    relogin = shell.window
    assert isinstance(relogin, LoginView) and relogin.button.text() == "लॉग इन"
    assert f"{hub.name_mr} ({hub.code})" in labels(relogin)
    qtbot.waitUntil(lambda: ctx.setting("ui.language") == "mr")
    assert calls == []
    relogin.close()
    shell.languages.switch("en")
