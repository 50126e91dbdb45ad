"""The operator login screen: a presenter that knows the rules, a view that only shows them."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.login import (
    DISABLED,
    FAILED,
    LOCKED,
    MUST_CHANGE,
    OK,
    TRAINING_OPERATOR,
    TRAINING_PASSWORD,
    WRONG,
    Authenticator,
    SignIn,
)
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import LANGUAGES, tr

MAX_FAILURES = 5
LOCKOUT_SECONDS = 30.0


class LoginPresenter:
    """Says what happened in one sentence. The accounts keep their own persisted lockout; on top of it the
    screen itself waits 30 s after five wrong attempts (this also covers the training operator)."""

    def __init__(self, authenticate: Authenticator, clock: Callable[[], float] = time.monotonic) -> None:
        self.authenticate = authenticate
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def attempt(self, username: str, password: str) -> tuple[SignIn, str]:
        """One sign-in, start to end, on the calling thread (the view splits it: the password check, Argon2id
        and the account store, runs on the pool)."""
        early = self.refusal(username, password)
        return early if early is not None else self.outcome(self.authenticate(username, password))

    def refusal(self, username: str, password: str) -> tuple[SignIn, str] | None:
        """The answer without asking the accounts (the screen's own wait, an empty field), else None."""
        now = self.clock()
        if now < self.locked_until:
            wait = int(self.locked_until - now) + 1
            return SignIn(LOCKED, wait_seconds=wait), tr("Too many wrong attempts. Wait {s} seconds.").format(s=wait)
        if not username.strip() or not password:
            return SignIn(WRONG), tr("Enter your user name and password.")
        return None

    def outcome(self, result: SignIn) -> tuple[SignIn, str]:
        """What the accounts answered, in one sentence; five wrong answers make the screen wait."""
        now = self.clock()
        if result.outcome == OK:
            self.failures = 0
            return result, ""
        if result.outcome == MUST_CHANGE:
            return result, tr("This is a temporary password: choose your own password now.")
        if result.outcome == WRONG:
            self.failures += 1
            if self.failures >= MAX_FAILURES:
                self.failures = 0
                self.locked_until = now + LOCKOUT_SECONDS
            return result, tr("User name or password is wrong.")
        if result.outcome == LOCKED:
            return result, tr("Too many wrong passwords: this account is locked for {s} seconds. "
                              "Try again after that.").format(s=result.wait_seconds)
        if result.outcome == DISABLED:
            return result, tr("This account is disabled. Ask the supervisor.")
        return result, tr("Sign-in is not possible right now. Tell the supervisor; details are in the log.")


class LoginView(QWidget):
    logged_in = Signal(object)
    must_change = Signal(str, str)  # user name, temporary password (kept only until it is replaced)
    language_chosen = Signal(str)

    def __init__(self, presenter: LoginPresenter, *, hub_name: str, training: bool, language: str,
                 username: str = "", note: str = "") -> None:
        super().__init__()
        self.presenter = presenter
        self.setObjectName("login")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if training:
            banner = QLabel(tr("TRAINING MODE — practice data, nothing goes to the real portal"))
            banner.setObjectName("banner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
        title = QLabel(tr("Seva Kiosk"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        hub = QLabel(hub_name)
        hub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(hub)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        form.addRow(tr("User name"), self.user)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Language"), self.language)
        outer.addLayout(form)
        if note:
            locked = QLabel(note)
            locked.setObjectName("lock_note")
            locked.setWordWrap(True)
            locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(locked)
        self.message = QLabel("")
        self.message.setObjectName("login_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.button = QPushButton(tr("Log in"))
        self.button.setDefault(True)
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.user.returnPressed.connect(self.password.setFocus)
        outer.addWidget(self.button)
        if training:
            hint = QLabel(tr("Training login: user {u}, password {p}").format(u=TRAINING_OPERATOR, p=TRAINING_PASSWORD))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setObjectName("training_hint")
            outer.addWidget(hint)
        self.setMinimumWidth(460)
        self.busy = False  # a sign-in is being checked on the pool
        self.user.setText(username)
        (self.password if username else self.user).setFocus()

    def submit(self) -> None:
        """The password is checked on the pool (Argon2id and the account store); ``busy`` until it answers."""
        if self.busy:
            return
        username, password = self.user.text(), self.password.text()
        early = self.presenter.refusal(username, password)
        if early is not None:
            self.show_outcome(username, password, early)
            return
        self.busy = True
        self.button.setEnabled(False)
        authenticate = self.presenter.authenticate

        def answered(result: SignIn) -> None:
            self.busy = False
            self.button.setEnabled(True)
            self.show_outcome(username, password, self.presenter.outcome(result))

        def failed(_exc: BaseException) -> None:  # the authenticator answers FAILED itself; this is a bug
            answered(SignIn(FAILED))

        run_in_background(lambda: authenticate(username, password), answered, failed)

    def show_outcome(self, username: str, password: str, found: tuple[SignIn, str]) -> None:
        result, problem = found
        self.password.clear()
        if result.outcome == MUST_CHANGE:
            self.message.setText(problem)
            self.must_change.emit(username, password)
            return
        if result.operator is None:
            self.message.setText(problem)
            self.password.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(result.operator)
