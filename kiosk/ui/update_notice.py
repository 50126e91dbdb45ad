"""The supervisor's "a newer version is available" notice.

The check runs on the thread pool (kiosk.portal.releases.fetch_update: verify the signed manifest, stage
the package with its checksum checked); the notice only says so. Nothing here installs anything: the hub
technician does that after day close (README "For hub technicians"). A portal that cannot be reached is
not news here — the sync status already says it — so it only goes to the log; a refused release (bad
signature, downgrade, wrong checksum) is shown, because a supervisor should know someone tried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from kiosk import __version__
from kiosk.domain.errors import KioskError
from kiosk.portal.releases import UpdateCheck, UpdateRejected, describe_update, fetch_update, load_public_key
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence

log = logging.getLogger("kiosk.ui")


def current_language() -> str:
    """The UI language as Qt's default locale says it (kiosk.ui.i18n sets it on every switch)."""
    name = QLocale().name()
    return "en" if name.startswith("en") else "hi" if name.startswith("hi") else "mr"


class UpdateNotice(QFrame):
    """A closable one-paragraph banner; hidden until there is something to say."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.check: UpdateCheck | None = None
        self.problem: KioskError | None = None
        self.hide()

    def show_check(self, check: UpdateCheck) -> None:
        self.check, self.problem = check, None
        self._render()

    def show_problem(self, error: BaseException) -> None:
        if not isinstance(error, UpdateRejected):
            log.info("update check skipped: %s", error)
            return
        self.check, self.problem = None, error
        self._render()

    def _render(self) -> None:
        language = current_language()
        if self.problem is not None:
            self.label.setText(sentence(self.problem, language))
            self.setStyleSheet("#updateNotice { background: #fdecea; border: 1px solid #c62828; }")
        elif self.check is not None and self.check.manifest is not None and self.check.package is not None:
            self.label.setText(describe_update(self.check.manifest, language))
            self.setStyleSheet("#updateNotice { background: #e8f5e9; border: 1px solid #2e7d32; }")
        else:
            self.hide()
            return
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._render()
        super().changeEvent(event)


def start_update_check(notice: UpdateNotice, make_client: Callable[[], Any], assets: Path, staging: Path,
                       current: str = __version__, *, then: Callable[[], None] | None = None) -> Any:
    """Check the portal once in the background and let ``notice`` report it; ``then`` runs after the notice
    has shown the outcome. Returns the relay (tests wait on its ``finished``). ``make_client`` is e.g. the
    sync's client factory; ``staging`` the data folder's ``updates`` folder.

    ``then`` is wired before the work starts: a slot connected to the returned relay afterwards can miss a
    check that finished first (the signal is emitted on the worker thread with nobody listening yet)."""

    def work() -> UpdateCheck:
        client = make_client()
        try:
            key = load_public_key(assets / "updates" / "release-signing.pub")
            return fetch_update(client, current, key, staging)
        finally:
            close = getattr(client, "close", None)
            if close is not None:
                close()

    def shown(check: UpdateCheck) -> None:
        notice.show_check(check)
        if then is not None:
            then()

    def refused(exc: BaseException) -> None:
        notice.show_problem(exc)
        if then is not None:
            then()

    return run_in_background(work, shown, refused)
