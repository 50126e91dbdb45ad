"""The window's start-up check: on the pool once the login shows; damage it finds is told to the operator
(in their language) over the screen that is showing, and again over the main window after sign-in."""

from __future__ import annotations

from kiosk.app import build_context
from kiosk.counter.login import Operator
from tests.security.intake import take
from tests.security.test_corruption import _close, _pages, _smash_page


def test_damage_found_after_the_login_shows_is_told_and_writes_are_held(qtbot, qapp, ctx) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kiosk.ui.application import Shell
    from kiosk.ui.login import LoginView

    take(ctx, 30)
    _close(ctx)
    pages = _pages(ctx.paths.database, "applications")
    _smash_page(ctx.paths.database, pages[len(pages) // 2])
    window_ctx = build_context(ctx.paths.home, "mr")
    window_ctx.check = "later"
    try:
        shell = Shell(qapp, window_ctx.use_cases())
        login = shell.start()
        qtbot.addWidget(login)
        assert isinstance(login, LoginView) and window_ctx.database().writable  # shown before any check
        shell.run_start_up_checks()
        qtbot.waitUntil(lambda: shell.start_check is not None, timeout=60_000)
        assert shell.start_check.problem and not window_ctx.database().writable
        box = shell.damage
        assert isinstance(box, QMessageBox) and box.isVisible() and box.parent() is login
        assert "डेटाबेस खराब" in box.text() and "seva-kiosk restore" in box.text()
        main = shell.show_main(Operator("operator1", "Operator 1"))
        qtbot.addWidget(main)
        assert shell.damage is not box and shell.damage.parent() is main and "डेटाबेस खराब" in shell.damage.text()
        main.close()
        shell.languages.switch("en")  # the translator is the application's: leave it as the next test expects
    finally:
        window_ctx.close()


def test_a_sound_start_shows_no_notice(qtbot, qapp, ctx) -> None:
    from kiosk.ui.application import Shell

    take(ctx, 2)
    _close(ctx)
    window_ctx = build_context(ctx.paths.home, "en")
    window_ctx.check = "later"
    try:
        shell = Shell(qapp, window_ctx.use_cases())
        qtbot.addWidget(shell.start())
        shell.run_start_up_checks()
        qtbot.waitUntil(lambda: shell.start_check is not None, timeout=60_000)
        assert shell.start_check.reason is None and shell.damage is None
    finally:
        window_ctx.close()


LOGIN_IMPORTS = """
import sys
from kiosk.app import build_context
from kiosk.ui import application
ctx = build_context(sys.argv[1], "en")
uc = ctx.use_cases()
uc.hub.has_hub(); uc.login.idle_lock_minutes(); uc.settings.window_geometry()
heavy = sorted(m for m in ("reportlab", "uharfbuzz", "PIL", "kiosk.receipts",
                           "kiosk.counter.day_close", "kiosk.counter.intake") if m in sys.modules)
assert not heavy, heavy
assert uc.intake.receipts is uc.receipts  # built on first use, one receipts use case for both
assert "reportlab" in sys.modules
ctx.close()
"""


def test_what_the_login_needs_does_not_import_the_rest_of_the_counter(ctx) -> None:
    """The login's start builds four use cases; PDF layouts, shaping and sync load when first used."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", LOGIN_IMPORTS, str(ctx.paths.home)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_closing_the_window_mid_start_up_work_still_ends_in_a_clean_stop(qtbot, qapp, ctx, monkeypatch) -> None:
    """The start-up sweeps still running as the window closes: they stop, the pool is given its moment, and
    no step reopens the database after the close (which would leave it open and unmarked)."""
    import time

    from kiosk.store.clean_stop import marker_path
    from kiosk.ui.application import Shell, stop_background_work

    take(ctx, 2)
    _close(ctx)
    window_ctx = build_context(ctx.paths.home, "en")
    window_ctx.check = "later"
    counter = window_ctx.use_cases()
    sweep = counter.start_up.collect_orphan_documents

    def slow_sweep() -> list[str]:
        time.sleep(1.0)  # a big documents folder
        return sweep()

    monkeypatch.setattr(counter.start_up, "collect_orphan_documents", slow_sweep)
    shell = Shell(qapp, counter)
    qtbot.addWidget(shell.start())
    shell.run_start_up_checks()
    time.sleep(0.3)
    stop_background_work(counter)
    window_ctx.close()
    time.sleep(1.5)  # whatever was still queued has had its chance to reopen the file
    assert window_ctx._store is None  # noqa: SLF001 - nothing reopened it
    assert marker_path(ctx.paths.database).exists()
