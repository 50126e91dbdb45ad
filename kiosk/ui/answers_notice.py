"""The notice under the header when the portal has answered: "2 certificates ready to hand over", "1
application rejected", "1 application returned for more documents". Each is a button that opens the
Applications list filtered to that status; following one, or closing the notice, means the operator has
been told (:class:`~kiosk.counter.answers.PortalNews` remembers it, so it is not told again tomorrow).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.counter.answers import KINDS, Answer, PortalNews
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import tr

log = logging.getLogger("kiosk.ui")

# The Applications list's status filter that shows each kind (an approved application whose certificate
# has arrived is the one to hand over).
STATUS_OF = {"certificates": "approved", "rejected": "rejected", "documents_pending": "documents_pending"}

STYLE = """
QFrame#answers_notice { background: #fff6d6; border-bottom: 1px solid #e0c36a; }
QLabel#notice_title { font-weight: bold; }
QPushButton { min-height: 26px; padding: 1px 12px; }
QPushButton[kind] { font-weight: bold; color: #0b5cad; }
"""


class NoticeButton(QPushButton):
    """A button that gives way on a narrow row (a large text size): its sentence ends in "…" rather than
    making the window wider than the screen; the whole sentence stays in its tooltip and accessible name.
    Sizes are measured from the whole sentence with the style's own padding, once the style (bold) is on."""

    def __init__(self) -> None:
        super().__init__()
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._fit()

    def _around(self) -> int:
        """What the style adds around the text (padding, border, margins)."""
        self.ensurePolished()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        inner = QSize(100, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, inner, self).width() - 100

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self.ensurePolished()
        width = self.fontMetrics().horizontalAdvance(self.full) + self._around() + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self.ensurePolished()
        width = self.fontMetrics().horizontalAdvance(self.full[:12] + "…") + self._around() + 4
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._fit()

    def _fit(self) -> None:
        room = self.width() - self._around() - 2
        self.setText(self.full if self.fontMetrics().horizontalAdvance(self.full) <= room else
                     self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(room, 0)))


def answer_text(answer: Answer) -> str:
    """The one sentence for ``answer``, singular or plural (never "application(s)")."""
    n = len(answer.uuids)
    if answer.kind == "certificates":
        return tr("1 certificate ready to hand over") if n == 1 else \
            tr("{n} certificates ready to hand over").format(n=n)
    if answer.kind == "rejected":
        return tr("1 application rejected") if n == 1 else tr("{n} applications rejected").format(n=n)
    return tr("1 application returned for more documents") if n == 1 else \
        tr("{n} applications returned for more documents").format(n=n)


class AnswersNotice(QFrame):
    """Hidden until there is news; :meth:`check` asks (on the pool) and shows what it finds."""

    read = Signal()  # a check came back and what it found is shown

    def __init__(self, news: PortalNews, open_list: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answers_notice")
        self.setStyleSheet(STYLE)
        self.news = news
        self.open_list = open_list
        self.answers: dict[str, Answer] = {}
        self._generation = 0  # an answer read before the operator acted on the notice is out of date
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 10, 3)  # one thin row: the screen below needs the height more
        heading = QLabel(tr("From the portal:"))
        heading.setObjectName("notice_title")
        row.addWidget(heading)
        self.buttons: dict[str, NoticeButton] = {}
        for kind in KINDS:
            button = NoticeButton()
            button.setObjectName(f"notice_{kind}")
            button.setProperty("kind", kind)
            button.clicked.connect(lambda _c=False, k=kind: self.follow(k))
            button.hide()
            self.buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("notice_close")
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        self.hide()

    def check(self) -> None:
        self._ask(lambda: None)

    def follow(self, kind: str) -> None:
        """Open the list of that kind; the others stay on the notice until they are followed or closed."""
        answer, news = self.answers.pop(kind, None), self.news
        self._render()
        if answer is not None:
            self._ask(lambda: news.acknowledge(answer))
            self.open_list(STATUS_OF[kind])

    def dismiss(self) -> None:
        told, news = list(self.answers.values()), self.news
        self.answers = {}
        self._render()

        def acknowledge_all() -> None:
            for answer in told:
                news.acknowledge(answer)

        self._ask(acknowledge_all)

    def _ask(self, first: Callable[[], object]) -> None:
        """``first`` (an acknowledgement) and then the re-read run together on the pool, in that order."""
        self._generation += 1
        generation, news = self._generation, self.news

        def work() -> list[Answer]:
            first()
            return news.unseen()

        run_in_background(work, lambda found: self._show(generation, found),
                          lambda exc: log.warning("portal news not read: %r", exc))

    def _show(self, generation: int, found: list[Answer]) -> None:
        if generation != self._generation:
            return
        self.answers = {a.kind: a for a in found}
        self._render()
        self.read.emit()

    def _render(self) -> None:
        for kind, button in self.buttons.items():
            answer = self.answers.get(kind)
            if answer is not None:
                button.show_text(answer_text(answer))
            button.setVisible(answer is not None)
        self.setVisible(bool(self.answers))

    def text(self) -> str:
        """What the notice says now (for screen readers and tests)."""
        return " · ".join(answer_text(self.answers[k]) for k in KINDS if k in self.answers)
