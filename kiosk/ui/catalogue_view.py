"""The service list as a supervisor checks it (issue 16): every service with its Marathi name — marked
"translated" where the kiosk team wrote it, not the portal — its time limit and fee (or "not known"), the
catalogue's counts and its list of unknowns, read from the catalogue in use (on the worker pool)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.messages import say
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import money
from kiosk.ui.i18n import N_, tr

COLUMNS = (N_("Marathi name"), N_("English name"), N_("Department"), N_("Time limit"), N_("Fee"), N_("Form"))


def _limit(row: dict[str, Any], lang: str) -> str:
    if row["rts_days"]:
        return tr("{n} working days").format(n=row["rts_days"])
    text = row["rts_text"]
    return (text["en"] if lang == "en" else text["mr"]) if text else "—"


def _fee(row: dict[str, Any], lang: str) -> str:
    return money(row["total_paise"]) if row["fee_known"] else say("catalogue.fee_not_known", lang)


class CatalogueView(QDialog):
    def __init__(self, settings: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_view")
        self.setWindowTitle(tr("Service list"))
        self.language = language
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("Loading…"))
        self.summary.setObjectName("catalogue_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("catalogue_table")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unknown = QLabel("")
        self.unknown.setObjectName("catalogue_unknowns")
        self.unknown.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown)
        layout.addWidget(buttons)
        self.resize(1200, 640)
        self.ready = False
        run_in_background(settings.catalogue_review, self._show,
                          lambda exc: self.summary.setText(sentence(exc, language)))

    def _show(self, review: Any) -> None:
        lang, c = self.language, review.counts
        names = c["marathi_names_by_confidence"]
        self.summary.setText(tr("Version {v}: {n} services, {d} with detailed forms, {f} with a known fee, "
                                "{t} with a time limit, {o} with all three officers. Marathi names: {h} checked, "
                                "{x} translated by the kiosk team.").format(
            v=review.version, n=c["services"], d=c["detailed_forms"], f=c["with_fees_known"],
            t=c["with_time_limit"], o=c["with_all_three_officers"], h=names.get("high", 0) + names.get("medium", 0),
            x=names.get("translated", 0)))
        self.table.setRowCount(len(review.rows))
        for i, row in enumerate(review.rows):
            marathi = row["name_mr"] + (f"  [{tr('translated')}]" if row["confidence"] == "translated" else "")
            dept = row["department_en"] if lang == "en" else row["department_mr"]
            form = tr("detailed") if row["form"] == "detailed" else tr("generic")
            for col, text in enumerate((marathi, row["name_en"], dept, _limit(row, lang), _fee(row, lang), form)):
                item = QTableWidgetItem(text)
                item.setToolTip(row["source"])
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        for col in range(len(COLUMNS)):  # a 90-character name must not push the fee off a 1366-wide screen
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 250))
        self.unknown.setText(tr("Not known yet: {list}").format(
            list="; ".join(f"{fact} ({len(codes)})" for fact, codes in review.unknowns.items())))
        self.ready = True
