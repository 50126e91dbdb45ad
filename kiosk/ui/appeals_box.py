"""The application detail's appeals (issue 17): each level filed, to whom, the day filed, the day its
authority is to decide by, and the order the portal reported — not only as notes lost among the timeline's
rows. Hidden while the application has no appeal, so the detail keeps its height for everyone else.

A decide-by date that has passed with no order is said in words: the citizen may then go to the next level
(the Act's condition), which the appeal button's own "why not" explains.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from kiosk.domain.appeals import AUTHORITY
from kiosk.domain.messages import say
from kiosk.ui.formatting import day_text
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import WrappedLabel

if TYPE_CHECKING:
    from kiosk.store.appeals import AppealRow


def authorities(stored: Sequence[AppealRow], language: str) -> str:
    """Who hears each level (the box's tooltip: the lines stay short enough for the detail at 1366×768)."""
    return "\n".join(tr("Appeal {level}: {authority}").format(
        level=r.filed.level, authority=say(f"appeal_authority.{AUTHORITY.get(r.filed.level, 'commission')}", language))
        for r in stored)


def appeal_lines(stored: Sequence[AppealRow], today: date, language: str) -> list[str]:
    """One rich-text paragraph per appeal, lowest level first: level, filed, decide by, order."""
    out = []
    for row in stored:
        a = row.filed
        head = tr("Appeal {level}").format(level=a.level)
        if a.outcome == "allowed" and a.order_on:
            order = tr("allowed on {date}").format(date=day_text(a.order_on))
        elif a.order_on:
            order = tr("dismissed on {date}").format(date=day_text(a.order_on))
        elif a.decide_by is not None and a.decide_by < today:
            order = tr("no order yet — the date has passed")
        else:
            order = tr("no order yet")
        due = (tr("decide by {date}").format(date=day_text(a.decide_by)) if a.decide_by
               else tr("no time limit confirmed"))
        when = tr("filed {date}").format(date=day_text(a.filed_on))
        out.append(f"<b>{head}</b> · {when} · {due} · <b>{order}</b>")
    return out


class AppealsBox(QGroupBox):
    def __init__(self, language: str) -> None:
        super().__init__(tr("Appeals"))
        self.setObjectName("appeals_box")
        self.language = language
        self.text = WrappedLabel("")
        self.text.setObjectName("appeals_list")
        QVBoxLayout(self).addWidget(self.text)
        self.hide()

    def show_appeals(self, stored: Sequence[AppealRow], today: date) -> None:
        lines = appeal_lines(stored, today, self.language)
        self.text.setText("<br>".join(lines))
        self.setToolTip(authorities(stored, self.language))
        self.setVisible(bool(lines))

    def clear(self) -> None:
        self.text.setText("")
        self.hide()
