"""Start the operator's window: ``run(argv, build_context)`` is what ``kiosk.app`` calls.

Order matters for start-up time: Qt first (the window must appear quickly), fonts and translations next,
the database opened once — without reading it all: a due full check and the start-up sweeps run on the
pool once the first screen shows (:meth:`Shell.run_start_up_checks`) — then the first interactive screen,
the hub setup on a new PC, else the login.
``--exit-when-ready`` shows that screen, lets the event loop settle, prints the elapsed seconds and exits 0,
so start-up can be timed from outside.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.counter.login import Operator
from kiosk.counter.settings import font_size_of
from kiosk.counter.start_up import StartCheck
from kiosk.counter.use_cases import UseCases
from kiosk.domain.errors import DatabaseCorrupt, KioskError
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence, setup_logging
from kiosk.ui.i18n import Languages, tr
from kiosk.ui.idle_lock import IdleLock
from kiosk.ui.screen_fit import restore_or_maximise
from kiosk.ui.theme import apply_theme, load_fonts

if TYPE_CHECKING:
    from kiosk.app import KioskContext

log = logging.getLogger("kiosk.ui")
SETTLE_MS = 100


def process_seconds() -> float:
    """Seconds since this process started (Linux /proc), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


@dataclass(frozen=True)
class HubLine:
    """What the login shows of the hub: its code, its names, and whether it is the training hub."""

    code: str
    name_en: str
    name_mr: str
    training: bool

    def name(self, language: str) -> str:
        shown = self.name_mr if language in ("mr", "hi") else self.name_en
        return f"{shown} ({self.code})" if self.code else shown


def read_hub_line(counter: UseCases) -> HubLine:
    hub = counter.hub.hub()
    return HubLine(hub.code, hub.name_en, hub.name_mr, counter.hub.training())


class Shell:
    """Owns the one top-level window and swaps it: setup → login (→ own password) → main window → (lock,
    Ctrl+L or idle) → login. Locking hides the main window and closes its dialogs, so no personal data
    stays on screen; the same operator signing in again gets it back exactly as left (a sync keeps running
    meanwhile); anyone else gets a fresh window and the hidden one is closed."""

    def __init__(self, app: QApplication, counter: UseCases, *, fullscreen: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.counter = counter
        self.fullscreen = fullscreen
        self.languages = Languages(counter.paths.assets, counter.paths.home / "cache" / "i18n")
        self.languages.switch(counter.language)
        self.window: QWidget | None = None
        self.operator: Operator | None = None
        self.ready_callbacks: list[Callable[[QWidget], None]] = []
        self.resume: tuple[str, str] | None = None  # (user name, screen) after a lock
        self.locked: QWidget | None = None  # the main window, hidden while the login covers it
        # Read once here, at start-up (before the first screen shows), and again on the pool after the hub
        # setup: later screen changes (lock, language) must not wait on the store on the GUI thread.
        self.idle = IdleLock(60.0 * self.counter.login.idle_lock_minutes(), clock)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.hub_line: HubLine | None = None
        self.setup_supervisor_only = False
        # Where the operator left the window on this PC: read once here, kept up to date as it is saved.
        self.window_geometry = counter.settings.window_geometry()
        self.start_check: StartCheck | None = None  # what the start-up check found, once it has run
        self.damage: QWidget | None = None  # the notice that the database is damaged and writes are held

    # ------------------------------------------------------------------------------------ screens
    def start(self) -> QWidget:
        if self.counter.hub.needs_setup():
            return self.show_setup()
        if self.counter.hub.needs_supervisor():
            return self.show_setup(supervisor_only=True)  # the hub was saved, its supervisor not yet
        self.hub_line = read_hub_line(self.counter)
        return self.show_login()

    def _show(self, widget: QWidget) -> QWidget:
        old = self.window
        self.window = widget
        if self.fullscreen:
            widget.showFullScreen()
        else:
            widget.show()
        if old is not None and old is not widget and old is not self.locked:
            old.close()
            old.deleteLater()
        for callback in self.ready_callbacks:
            callback(widget)
        return widget

    def show_setup(self, supervisor_only: bool = False) -> QWidget:
        from kiosk.ui.setup_wizard import SetupWizard

        self.idle.disarm()
        self.setup_supervisor_only = supervisor_only
        wizard = SetupWizard(self.counter.hub, self.counter.paths.assets, self.counter.language,
                             supervisor_only=supervisor_only)
        wizard.setWindowTitle(tr("Seva Kiosk"))
        wizard.finished.connect(self._after_setup)
        return self._show(wizard)

    def _after_setup(self) -> None:
        """The hub was just saved: its name and training flag are read on the pool, then the login shows."""
        def read() -> HubLine:
            return read_hub_line(self.counter)

        def shown(line: HubLine) -> None:
            self.hub_line = line
            self.show_login()

        def failed(exc: BaseException) -> None:  # the login still shows (without the hub's name), with why
            self.hub_line = HubLine("", "", "", False)
            self.show_login(sentence(exc, self.counter.language))

        run_in_background(read, shown, failed)

    def show_login(self, note: str = "") -> QWidget:
        from kiosk.ui.login import LoginPresenter, LoginView

        self.idle.disarm()
        self.operator = None
        if self.hub_line is None:  # shown without start() (a test, a tool): read it now
            self.hub_line = read_hub_line(self.counter)
        line, language = self.hub_line, self.counter.language
        view = LoginView(LoginPresenter(self.counter.login.sign_in),
                         hub_name=line.name(language), training=line.training, language=language,
                         username=self.resume[0] if self.resume else "", note=note)
        view.setWindowTitle(tr("Seva Kiosk"))
        view.logged_in.connect(self.show_main)
        view.must_change.connect(self.show_password_change)
        view.language_chosen.connect(self.set_language)
        return self._show(view)

    def show_password_change(self, username: str, temporary: str) -> QWidget:
        from kiosk.ui.password_change import PasswordChangeView

        view = PasswordChangeView(self.counter.login, self.counter.language, username, temporary)
        view.setWindowTitle(tr("Seva Kiosk"))
        view.changed.connect(self.show_main)
        view.cancelled.connect(self.show_login)
        return self._show(view)

    def show_main(self, operator: Operator) -> QWidget:
        from kiosk.ui.main_window import MainWindow

        resume, self.resume = self.resume, None
        locked, self.locked = self.locked, None
        self.operator = operator
        same = resume is not None and resume[0] == operator.username
        if isinstance(locked, MainWindow) and same:
            shown = self._show(locked)  # the same person: everything as they left it, sync still running
            self._arm_idle_lock()
            return shown
        if locked is not None:  # someone else signs in: the previous session ends
            locked.close()
            locked.deleteLater()
        window = MainWindow(self.counter, operator)
        window.sync.automate()  # sync by itself: after saves, when the link returns, every few minutes
        window.lock_requested.connect(self.lock)
        window.language_requested.connect(self.set_language)
        restore_or_maximise(window, self.window_geometry)  # maximised on a kiosk's first day
        window.geometry_changed.connect(self.remember_geometry)
        shown = self._show(window)
        if resume is not None and same and resume[1]:
            window.navigate(resume[1])
        self._arm_idle_lock()
        self.tell_damage()  # told at the login already: told again where the work happens
        return shown

    # ------------------------------------------------------------------------------- start-up checks
    def run_start_up_checks(self) -> None:
        """The start-up work that may read the whole database (a due full check, the orphan sweep, the
        retention purge), on the pool once the first screen shows; the operator keeps working meanwhile."""
        def failed(exc: BaseException) -> None:
            log.warning("start-up checks did not run: %s", sentence(exc, "en"))

        run_in_background(self.counter.start_up.in_background, self._start_up_checked, failed)

    def _start_up_checked(self, found: StartCheck) -> None:
        self.start_check = found
        if found.reason is not None:
            log.info("database check (%s): %s", found.reason, found.problem or "sound")
        self.tell_damage()

    def tell_damage(self) -> None:
        """If the check found damage: writes are held (the store refuses them) and the operator is told
        why and what to do, in their language, over whatever screen is showing."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        found = self.start_check
        if found is None or found.problem is None or self.window is None:
            return
        text = sentence(DatabaseCorrupt(found.problem), self.counter.language)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Seva Kiosk"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.damage = box

    def remember_geometry(self, geometry: bytes) -> None:
        """Kept for the next window (another operator, another language) and saved on the pool; a
        read-only database must not stop the window, only be logged."""
        self.window_geometry = geometry
        settings = self.counter.settings
        run_in_background(lambda: settings.remember_window(geometry), None,
                          lambda exc: log.warning("window geometry not remembered: %s", sentence(exc, "en")))

    def _arm_idle_lock(self) -> None:
        """Armed at once with the minutes last read; a supervisor may have changed them meanwhile, so they
        are read again on the pool and apply as soon as they arrive."""
        self.idle.arm()

        def minutes_read(minutes: int) -> None:
            self.idle.limit_seconds = 60.0 * minutes

        run_in_background(self.counter.login.idle_lock_minutes, minutes_read,
                          lambda exc: log.warning("idle-lock minutes not read: %s", sentence(exc, "en")))

    def lock(self) -> QWidget | None:
        """Hide everything behind the login (Ctrl+L, or no input for the idle-lock minutes)."""
        from PySide6.QtWidgets import QDialog

        from kiosk.ui.main_window import MainWindow

        window = self.window
        if self.operator is None or not isinstance(window, MainWindow):
            return None
        self.resume = (self.operator.username, window.current_key())
        for dialog in window.findChildren(QDialog):  # dialogs are windows of their own: close them too
            if dialog.isVisible():
                dialog.reject()
        window.hide()
        self.locked = window  # kept (hidden): a running sync goes on, a half-typed form stays
        return self.show_login(tr("The screen was locked. Sign in again to continue."))

    def set_language(self, language: str) -> None:
        """Switch at runtime: install the translator, remember the choice, rebuild the current screen
        (the new-application form comes back from its autosaved draft)."""
        self.counter.language = self.languages.switch(language)
        chosen, settings = self.counter.language, self.counter.settings
        # Remembered on the pool; a read-only database must not stop a language switch, only be logged.
        run_in_background(lambda: settings.remember_language(chosen), None,
                          lambda exc: log.warning("language not remembered: %s", sentence(exc, "en")))
        if self.operator is not None:
            from kiosk.ui.main_window import MainWindow

            key = self.window.current_key() if isinstance(self.window, MainWindow) else "dashboard"
            window = self.show_main(self.operator)
            assert isinstance(window, MainWindow)
            window.navigate(key)
        elif self.hub_line is not None:  # the hub is set up (the login showed its name)
            if self.locked is not None:  # rebuilt in the new language at the next sign-in (draft kept)
                self.locked.close()
                self.locked.deleteLater()
                self.locked = None
            self.show_login()
        else:  # still setting up: the same step again, in the new language
            self.show_setup(supervisor_only=self.setup_supervisor_only)


def make_app(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "seva-kiosk", *argv])
    app.setApplicationName("Seva Kiosk")
    app.setOrganizationName("SevaKiosk")
    return app


def prepare(app: QApplication, counter: UseCases) -> None:
    """Fonts, language, look, log file: everything a screen needs before it is built."""
    setup_logging(counter.paths.logs)
    load_fonts(counter.paths.assets)
    hub_saved = counter.hub.has_hub()
    remembered = counter.settings.remembered_language() if hub_saved else ""
    if remembered and not os.environ.get("KIOSK_LANG"):
        counter.language = remembered
    apply_theme(app, counter.settings.font_size() if hub_saved else font_size_of(""))


def run(argv: list[str], build_context: Callable[..., KioskContext]) -> int:
    exit_when_ready = "--exit-when-ready" in argv
    app = make_app([a for a in argv if a not in ("--exit-when-ready", "--fullscreen", "--training")])
    ctx = build_context()
    counter = ctx.use_cases()
    try:
        prepare(app, counter)
        if "--training" in argv and not counter.hub.has_hub():
            counter.hub.use_training_hub()
        try:
            counter.start_up.before_window()  # only after an unclean stop: no number is issued twice
        except KioskError as exc:  # maintenance must never keep the counter from opening
            log.warning("start-up receipt check skipped: %s", sentence(exc, "en"))
        shell = Shell(app, counter, fullscreen="--fullscreen" in argv)
        app.setProperty("kiosk_shell", id(shell))
        if exit_when_ready:
            def ready(_widget: Any) -> None:
                def report() -> None:
                    print(f"ready in {process_seconds():.3f} s", flush=True)
                    app.exit(0)
                QTimer.singleShot(SETTLE_MS, report)
            shell.ready_callbacks.append(ready)
        shell.start()
        QTimer.singleShot(0, shell.run_start_up_checks)  # once the event loop has drawn the first screen
        return int(app.exec())
    except Exception as exc:  # noqa: BLE001 - one sentence on stderr, the traceback in the log
        log.exception("the window could not start")
        print(f"seva-kiosk: {sentence(exc, counter.language)}", file=sys.stderr)
        return 1
    finally:
        stop_background_work(counter)
        ctx.close()


EXIT_WAIT_MS = 3000


def stop_background_work(counter: UseCases) -> None:
    """Before the store closes: the start-up work stops and the pool is given a moment to finish, so no
    task reopens the database after the close (a reopened, never-closed store leaves no clean-stop marker
    and the next start would check the whole file again)."""
    from kiosk.ui.background import pool

    try:
        counter.start_up.stop()
    except KioskError as exc:  # the store could not even be opened: nothing runs on it
        log.info("start-up work not stopped: %s", sentence(exc, "en"))
    if not pool().waitForDone(EXIT_WAIT_MS):
        log.warning("background work still running at exit")
