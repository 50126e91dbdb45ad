"""The operator login screen: a presenter that knows the rules, a view that only shows them."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.auth import TRAINING_OPERATOR, TRAINING_PASSWORD, Authenticator, Operator
from kiosk.ui.i18n import LANGUAGES, tr

MAX_FAILURES = 5
LOCKOUT_SECONDS = 30.0


class LoginPresenter:
    """Counts failures: after five wrong passwords the screen waits 30 s before trying again."""

    def __init__(self, authenticate: Authenticator, clock: Callable[[], float] = time.monotonic) -> None:
        self.authenticate = authenticate
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def attempt(self, username: str, password: str) -> tuple[Operator | None, str]:
        now = self.clock()
        if now < self.locked_until:
            return None, tr("Too many wrong attempts. Wait {s} seconds.").format(s=int(self.locked_until - now) + 1)
        if not username.strip() or not password:
            return None, tr("Enter your user name and password.")
        who = self.authenticate(username, password)
        if who is None:
            self.failures += 1
            if self.failures >= MAX_FAILURES:
                self.failures = 0
                self.locked_until = now + LOCKOUT_SECONDS
            return None, tr("User name or password is wrong.")
        self.failures = 0
        return who, ""


class LoginView(QWidget):
    logged_in = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, presenter: LoginPresenter, *, hub_name: str, training: bool, language: str) -> None:
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
        self.message = QLabel("")
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
        self.user.setFocus()

    def submit(self) -> None:
        who, problem = self.presenter.attempt(self.user.text(), self.password.text())
        self.password.clear()
        if who is None:
            self.message.setText(problem)
            self.password.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(who)
