"""First run: which hub is this kiosk? (hub code, names, LGD district and taluka, ring villages), then
its first supervisor account.

A training hub is one button away, so a trainer can start without knowing the hub's codes. A real hub
cannot be entered without an account: after the hub is saved the wizard creates the first supervisor
(``create_user(by=None)``, allowed only while there are no users) and shows the temporary password once,
in large type, to be written down; it must be changed at the first sign-in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.geo import load_geography
from kiosk.store.hub import Hub
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.counter.hub_setup import HubSetup

HUB_CODE = re.compile(r"^[A-Z0-9]{3,12}$")
USERNAME = re.compile(r"[a-z][a-z0-9._-]{2,31}")  # kiosk.security.users checks again


def parse_villages(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in re.split(r"[,\n;]+", text):
        name = " ".join(part.split())
        if name and name not in seen:
            seen.append(name)
    return tuple(seen)


class SetupWizard(QWidget):
    finished = Signal()

    def __init__(self, setup: HubSetup, assets: Path, language: str, *, supervisor_only: bool = False) -> None:
        super().__init__()
        self.setup = setup
        self.language = language
        self.geo = load_geography(assets)
        self.temporary_password = ""
        self.pending = 0  # saves on the pool, not answered yet
        lang = language
        self.steps = QStackedWidget()
        QVBoxLayout(self).addWidget(self.steps)
        hub_page = QWidget()
        self.steps.addWidget(hub_page)
        outer = QVBoxLayout(hub_page)
        title = QLabel(tr("Set up this kiosk's hub"))
        title.setObjectName("title")
        outer.addWidget(title)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("hub_code")
        self.code.setPlaceholderText("PUN0123")
        self.name_en = QLineEdit()
        self.name_mr = QLineEdit()
        self.district = QComboBox()
        self.district.setObjectName("district")
        for d in self.geo.districts:
            self.district.addItem(d.name(lang), d.code)
        self.taluka = QComboBox()
        self.taluka.setObjectName("taluka")
        self.district.currentIndexChanged.connect(self._fill_talukas)
        self.villages = QPlainTextEdit()
        self.villages.setPlaceholderText(tr("One village per line"))
        self.villages.setTabChangesFocus(True)
        self.villages.setMaximumHeight(110)
        form.addRow(tr("Hub code"), self.code)
        form.addRow(tr("Hub name (English)"), self.name_en)
        form.addRow(tr("Hub name (Marathi)"), self.name_mr)
        form.addRow(tr("District"), self.district)
        form.addRow(tr("Taluka"), self.taluka)
        form.addRow(tr("Villages served"), self.villages)
        outer.addLayout(form)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save hub"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.demo_button = QPushButton(tr("Use the training demo hub"))
        self.demo_button.clicked.connect(self.use_demo)
        row.addWidget(self.save_button)
        row.addWidget(self.demo_button)
        outer.addLayout(row)
        outer.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._fill_talukas()
        self._supervisor_page()
        self._password_page()
        if supervisor_only:
            self.steps.setCurrentIndex(1)

    def _supervisor_page(self) -> None:
        page = QWidget()
        self.steps.addWidget(page)
        box = QVBoxLayout(page)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(tr("The hub's first supervisor"))
        heading.setObjectName("title")
        box.addWidget(heading)
        explain = QLabel(tr("The supervisor signs in first, adds the operators and manages settings and backups. "
                            "A temporary password is shown once on the next page."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        form = QFormLayout()
        self.sup_user = QLineEdit()
        self.sup_user.setObjectName("supervisor_username")
        self.sup_user.setPlaceholderText("asha")
        self.sup_name = QLineEdit()
        self.sup_name.setObjectName("supervisor_name")
        form.addRow(tr("User name (a-z, digits)"), self.sup_user)
        form.addRow(tr("Full name"), self.sup_name)
        box.addLayout(form)
        self.sup_message = QLabel("")
        self.sup_message.setProperty("role", "error")
        self.sup_message.setWordWrap(True)
        box.addWidget(self.sup_message)
        self.sup_button = QPushButton(tr("Create the supervisor"))
        self.sup_button.setProperty("primary", True)
        self.sup_button.clicked.connect(self.create_supervisor)
        box.addWidget(self.sup_button)

    def _password_page(self) -> None:
        page = QWidget()
        self.steps.addWidget(page)
        box = QVBoxLayout(page)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(tr("Write down the temporary password"))
        heading.setObjectName("title")
        box.addWidget(heading)
        self.password_note = QLabel("")
        self.password_note.setWordWrap(True)
        box.addWidget(self.password_note)
        self.password_label = QLabel("")
        self.password_label.setObjectName("temporary_password")
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet("font-size: 26pt; font-weight: bold; font-family: monospace;")
        box.addWidget(self.password_label)
        warn = QLabel(tr("It is shown only now and works once: at the first sign-in you choose your own password."))
        warn.setWordWrap(True)
        box.addWidget(warn)
        self.done_button = QPushButton(tr("I have written it down — go to sign-in"))
        self.done_button.setProperty("primary", True)
        self.done_button.clicked.connect(self._done)
        box.addWidget(self.done_button)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None], message: QLabel) -> None:
        """``work`` (the store, Argon2id) on the pool; a failure as one sentence in ``message``."""
        self.pending += 1

        def answered(result: Any) -> None:
            self.pending -= 1
            done(result)

        def failed(exc: BaseException) -> None:  # UserInvalid, no keyring … as one sentence, logged in full
            self.pending -= 1
            message.setText(sentence(exc, self.language))

        run_in_background(work, answered, failed)

    def create_supervisor(self) -> None:
        username = self.sup_user.text()
        found = []
        if not USERNAME.fullmatch(username.strip().lower()):
            found.append(tr("User name: 3 to 32 letters a-z, digits, '.', '_' or '-', starting with a letter."))
        if not self.sup_name.text().strip():
            found.append(tr("Give the supervisor's full name."))
        if found:
            self.sup_message.setText(" ".join(found))
            return
        setup, name = self.setup, self.sup_name.text()

        def made(temporary: str | None) -> None:
            if temporary is None:  # made meanwhile (say with `seva-kiosk users add`): nothing to create here
                self.finished.emit()
                return
            self.temporary_password = temporary
            self.password_note.setText(tr("Supervisor {u}, temporary password:").format(u=username.strip().lower()))
            self.password_label.setText(temporary)
            self.steps.setCurrentIndex(2)
            self.done_button.setFocus()

        self.run(lambda: setup.add_first_supervisor(username, name), made, self.sup_message)

    def _done(self) -> None:
        self.password_label.clear()  # shown once: gone from the screen before the login appears
        self.temporary_password = ""
        self.finished.emit()

    def _fill_talukas(self) -> None:
        self.taluka.clear()
        code = self.district.currentData()
        if code is None:
            return
        for t in self.geo.talukas_of(int(code)):
            self.taluka.addItem(t.name(self.language), t.code)

    def problems(self) -> list[str]:
        out = []
        if not HUB_CODE.match(self.code.text().strip().upper()):
            out.append(tr("Hub code: 3 to 12 letters or digits."))
        if not self.name_en.text().strip() or not self.name_mr.text().strip():
            out.append(tr("Give the hub's name in English and in Marathi."))
        if self.taluka.currentData() is None:
            out.append(tr("Choose the district and taluka."))
        return out

    def save(self) -> None:
        found = self.problems()
        if found:
            self.message.setText(" ".join(found))
            return
        hub = Hub(self.code.text().strip().upper(), " ".join(self.name_en.text().split()),
                  " ".join(self.name_mr.text().split()), str(self.district.currentData()),
                  str(self.taluka.currentData()), parse_villages(self.villages.toPlainText()))
        setup = self.setup

        def saved(need_supervisor: bool) -> None:
            if need_supervisor:
                self.steps.setCurrentIndex(1)
                self.sup_user.setFocus()
                return
            self.finished.emit()

        self.run(lambda: setup.save_hub(hub), saved, self.message)

    def use_demo(self) -> None:
        self.run(self.setup.use_training_hub, lambda _hub: self.finished.emit(), self.message)
