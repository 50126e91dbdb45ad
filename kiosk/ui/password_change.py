"""Choosing one's own password after a temporary one (first sign-in, or after a supervisor's reset).

Every policy problem is shown at once, in the operator's language, so nobody has to guess through a
series of refusals. The temporary password is held only by this screen and dropped when it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.login import OK, SignIn
from kiosk.security.errors import PasswordRejected
from kiosk.security.passwords import MIN_LENGTH
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.counter.login import Login


class PasswordChangeView(QWidget):
    changed = Signal(object)  # the signed-in Operator
    cancelled = Signal()

    def __init__(self, login: Login, language: str, username: str, temporary: str) -> None:
        super().__init__()
        self.login = login
        self.language = language
        self.username = username
        self._temporary = temporary
        self.setObjectName("password_change")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(tr("Choose your own password"))
        heading.setObjectName("title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(heading)
        hint = QLabel(tr("User {u}: the temporary password works only once. Use at least {n} characters, "
                         "not your user name and not an easy word.").format(u=username, n=MIN_LENGTH))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        form = QFormLayout()
        self.new = QLineEdit()
        self.new.setObjectName("new_password")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("New password"), self.new)
        form.addRow(tr("Repeat the new password"), self.repeat)
        outer.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("password_problems")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save password"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        back = QPushButton(tr("Back to sign-in"))
        back.clicked.connect(self.cancelled.emit)
        row.addWidget(self.save_button)
        row.addWidget(back)
        outer.addLayout(row)
        self.new.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submit)
        self.setMinimumWidth(520)
        self.busy = False  # the change is being saved on the pool
        self.new.setFocus()

    def problems(self) -> list[str]:
        """Every reason the typed passwords cannot be used (the policy's own list plus the repeat)."""
        from kiosk.security.passwords import password_problems

        lang = self.language
        found = [p.message(lang) for p in password_problems(self.username, self.new.text())]
        if self.new.text() == self._temporary:
            found.append(tr("Choose a password different from the temporary one."))
        if self.new.text() != self.repeat.text():
            found.append(tr("The two passwords are not the same."))
        return found

    def submit(self) -> None:
        found = self.problems()
        if found:
            self.message.setText("\n".join(f"• {p}" for p in found))
            return
        if self.busy:
            return
        login, username, temporary, new = self.login, self.username, self._temporary, self.new.text()
        self.busy = True
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            if isinstance(exc, PasswordRejected):
                self.message.setText("\n".join(f"• {p.message(self.language)}" for p in exc.problems))
            else:  # one sentence, the details in the log
                self.message.setText(sentence(exc, self.language))

        # Argon2id (the old password checked, the new one hashed) runs on the pool.
        run_in_background(lambda: login.change_temporary_password(username, temporary, new), self.changed_to,
                          failed)

    def changed_to(self, result: SignIn) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        if result.outcome != OK or result.operator is None:
            self.message.setText(tr("The temporary password no longer works. Sign in again."))
            return
        self._temporary = ""
        self.new.clear()
        self.repeat.clear()
        self.changed.emit(result.operator)
