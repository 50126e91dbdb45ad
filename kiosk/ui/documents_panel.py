"""Documents for the application being taken: the scan folder's new files appear live, with thumbnails;
the operator says what each one is; the "any one of" checklist fills up; sizes are after compression.

Polling the folder is a handful of ``stat`` calls (cheap enough for a GUI timer); decoding, compressing,
thumbnailing and storing (the counter's ``AttachDocuments``, sealed) run on the thread pool.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kiosk.counter.attach import AttachDocuments, StoredDocument
from kiosk.documents.intake import DocumentSpec
from kiosk.documents.loading import open_file
from kiosk.documents.reasons import explain
from kiosk.documents.watch import ScanFolderWatcher, archive, forget_original
from kiosk.domain.application import SELF_DECLARATION, DocumentRecord
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.errors import DocumentRejected, KioskError
from kiosk.domain.intake import missing_groups
from kiosk.domain.messages import say
from kiosk.ui.background import run_in_background
from kiosk.ui.camera import CameraDialog
from kiosk.ui.errors import sentence
from kiosk.ui.file_pick import pick_file
from kiosk.ui.formatting import group_indian
from kiosk.ui.i18n import N_, plural, tr

log = logging.getLogger("kiosk.ui")
THUMB = 96
POLL_MS = 400
PASSWORD_REASONS = ("pdf_password_needed", "pdf_password_wrong")


def thumbnail_png(path: Path) -> bytes:
    """First page, small, as PNG bytes (made off the GUI thread; QPixmap is built on it)."""
    page = next(iter(open_file(path)))  # only the first page is decoded
    page.thumbnail((THUMB * 2, THUMB * 2))
    out = io.BytesIO()
    page.convert("RGB").save(out, "PNG")
    return out.getvalue()


class DocumentsPanel(QGroupBox):
    """``records`` is what will be saved with the application; ``changed`` fires when it changes."""

    changed = Signal()

    def __init__(self, attachments: AttachDocuments, scan_inbox: Path, language: str, catalogue: Catalogue,
                 service: Service, *, poll: bool = True, existing: tuple[DocumentRecord, ...] = (),
                 wide: bool = False) -> None:
        super().__init__(tr("Documents"))
        self.existing = existing  # already saved with the application (when documents are added later)
        self.attachments = attachments
        self.language = language
        self.catalogue = catalogue
        self.service = service
        self.records: list[DocumentRecord] = []
        self.age: int | None = None
        self.busy = 0
        self.watcher = ScanFolderWatcher(scan_inbox)
        lang = language
        outer = QVBoxLayout(self)
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.checklist)
        outer.addWidget(QLabel(tr("New scans in the scan folder")))  # its path is on the Settings screen
        self.incoming = QListWidget()
        self.incoming.setObjectName("incoming")
        self.incoming.setViewMode(QListWidget.ViewMode.IconMode)
        self.incoming.setIconSize(QSize(THUMB, THUMB))
        self.incoming.setMinimumHeight(THUMB + 48)
        self.incoming.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.incoming.setWrapping(True)
        self.incoming.setMinimumWidth(THUMB * 2)
        outer.addWidget(self.incoming)
        row = QHBoxLayout() if wide else QVBoxLayout()  # a dialog has the width for one row
        self.kind = QComboBox()
        self.kind.setObjectName("doc_kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(16)
        for g in service.documents:
            types = list(g.any_of) + ([SELF_DECLARATION] if g.self_declaration_allowed else [])
            for t in types:
                name = tr("Self-declaration") if t == SELF_DECLARATION else catalogue.document_label(t).text(lang)
                self.kind.addItem(f"{g.label.text(lang)}: {name}", f"{g.code}|{t}")
        row.addWidget(self.kind, 1)
        self.attach_button = QPushButton(tr("Attach selected scan"))
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(self.attach_selected)
        row.addWidget(self.attach_button)
        self.import_button = QPushButton(tr("Import a file…"))
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.import_button)
        self.photo_button = QPushButton(tr("Take a photo…"))
        self.photo_button.setObjectName("take_photo")
        self.photo_button.clicked.connect(lambda: self.take_photo())
        row.addWidget(self.photo_button)
        outer.addLayout(row)
        self.attached = QListWidget()
        self.attached.setObjectName("attached")
        self.attached.setMaximumHeight(120)
        outer.addWidget(self.attached)
        self.remove_button = QPushButton(tr("Remove the selected document"))
        self.remove_button.setObjectName("remove_document")
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.attached.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.attached)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        outer.addWidget(self.remove_button)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll_now)
        if poll:
            self.timer.start(POLL_MS)
        self.refresh_checklist()

    # ----------------------------------------------------------------------------------- scan folder
    def poll_now(self) -> list[Path]:
        try:
            ready = self.watcher.poll()
        except OSError as exc:
            self.message.setText(sentence(exc, self.language))
            return []
        for path in ready:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.incoming.addItem(item)
            if self.incoming.currentRow() < 0:
                self.incoming.setCurrentItem(item)
            self._thumbnail(path, item)
        return ready

    def _thumbnail(self, path: Path, item: QListWidgetItem) -> None:
        run_in_background(lambda: thumbnail_png(path), lambda png: self._set_thumb(item, png),
                          lambda _exc: item.setText(f"⚠ {item.text()}"))

    def _set_thumb(self, item: QListWidgetItem, png: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(png):
            item.setIcon(QIcon(pixmap))

    # ---------------------------------------------------------------------------------- attaching
    def attach_selected(self) -> None:
        item = self.incoming.currentItem()
        if item is None:
            self.message.setText(tr("Select a scan first."))
            return
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        self.incoming.takeItem(self.incoming.row(item))
        self.attach_path(path, from_inbox=True)

    def import_file(self) -> None:
        chosen = pick_file(self, tr("Import a file…"), self.watcher.folder)
        if chosen is not None:
            self.attach_path(chosen, from_inbox=False)

    def take_photo(self, devices: list[Any] | None = None) -> CameraDialog:
        """Open the camera dialog (non-modal to the event loop); its pages are attached on "use"."""
        dialog = CameraDialog(self, devices=devices)
        dialog.accepted.connect(lambda: self.attach_photos(list(dialog.pages)))
        dialog.open()
        return dialog

    def _chosen(self) -> tuple[str, str, DocumentSpec] | None:
        choice = self.kind.currentData()
        if not choice:
            self.message.setText(tr("Choose what the document is."))
            return None
        group, doc_type = str(choice).split("|", 1)
        spec = DocumentSpec.of(self.catalogue.document_types.get(doc_type)) if doc_type in self.catalogue.document_types \
            else DocumentSpec(doc_type)
        return group, doc_type, spec

    def attach_photos(self, pages: list[Image.Image]) -> None:
        chosen = self._chosen()
        if chosen is None or not pages:
            return
        group, doc_type, spec = chosen
        attachments = self.attachments
        name = tr("camera photo")
        self.busy += 1
        self.message.setText(tr("Processing {name}…").format(name=name))

        def failed(exc: BaseException) -> None:
            self.busy -= 1
            lang = self.language
            text = explain(exc, lang) if isinstance(exc, KioskError) and exc.params.get("detail_en") else \
                sentence(exc, lang)
            self.message.setText(f"{name}: {text}")

        run_in_background(lambda: attachments.store_photos(pages, name, spec, group, doc_type), self.add_stored,
                          failed)

    def attach_path(self, path: Path, *, from_inbox: bool, password: str | None = None) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        group, doc_type, spec = chosen
        attachments = self.attachments
        self.busy += 1
        self.message.setText(tr("Processing {name}…").format(name=path.name))

        def work() -> StoredDocument:
            stored = attachments.store_files([path], spec, group, doc_type, password=password)
            if from_inbox:  # stored sealed and durable: the plaintext original goes
                forget_original(path)
            return stored

        def failed(exc: BaseException) -> None:
            self.busy -= 1
            if isinstance(exc, DocumentRejected) and exc.params.get("reason") in PASSWORD_REASONS:
                # A locked PDF (e-Aadhaar): ask, try once more; the password lives in this call only.
                given = self.ask_password(path.name, explain(exc, self.language))
                if given:
                    self.attach_path(path, from_inbox=from_inbox, password=given)
                    return
            if from_inbox and path.exists():
                try:
                    archive(path, "rejected")
                except OSError:
                    log.warning("could not move %s aside", path)
            lang = self.language
            text = explain(exc, lang) if isinstance(exc, KioskError) and exc.params.get("detail_en") else \
                sentence(exc, lang)
            self.message.setText(f"{path.name}: {text}")

        run_in_background(work, self.add_stored, failed)

    def ask_password(self, name: str, why: str) -> str | None:
        """The PDF's password from the operator (hidden as typed), or None when they cancel."""
        text, ok = QInputDialog.getText(self, tr("Password of {name}").format(name=name),
                                        f"{why}\n{tr('Password:')}", QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def add_stored(self, stored: StoredDocument) -> None:
        self.add_record(stored.record)
        if stored.warnings:  # accepted, but the operator looks again: blank page, lid left open
            self.message.setText(" ".join(say(f"document_warning.{key}", self.language, page=page)
                                          for key, page in stored.warnings))

    def add_record(self, record: DocumentRecord) -> None:
        self.busy = max(0, self.busy - 1)
        self.message.clear()
        self.records.append(record)
        self._show_attached()
        self.changed.emit()

    def remove_selected(self) -> DocumentRecord | None:
        """Take a wrongly attached document off this unsaved application (its stored file, named by no
        application or draft any more, goes with the start-up orphan sweep)."""
        row = self.attached.currentRow()
        if row < 0 or row >= len(self.records):
            return None
        removed = self.records.pop(row)
        self._show_attached()
        self.attached.setCurrentRow(min(row, len(self.records) - 1))
        self.changed.emit()
        return removed

    def set_records(self, records: list[DocumentRecord]) -> None:
        self.records = list(records)
        self._show_attached()

    def _show_attached(self) -> None:
        self.attached.clear()
        lang = self.language
        for r in self.records:
            name = tr("Self-declaration") if r.doc_type == SELF_DECLARATION else \
                self.catalogue.document_label(r.doc_type).text(lang)
            kb = group_indian(max(1, round(r.size_bytes / 1024)))
            self.attached.addItem(plural(r.pages, N_("{doc} — {name}, {pages} page, {kb} KB after compression"),
                                         N_("{doc} — {name}, {pages} pages, {kb} KB after compression")).format(
                doc=name, name=r.original_name, pages=r.pages, kb=kb))
        self.refresh_checklist()

    def refresh_checklist(self) -> None:
        missing = set(self.missing())
        lang = self.language
        lines = []
        for g in self.service.documents:
            if g.condition == "minor" and (self.age is None or self.age >= 18):
                continue
            choices = " / ".join(self.catalogue.document_label(t).text(lang) for t in g.any_of)
            if g.code in missing:
                mark = "<span style='color:#b3261e'>○</span>"
            else:
                mark = "<span style='color:#15803d'>✔</span>"
            need = "" if g.required else " " + tr("(optional)")
            lines.append(f"{mark} <b>{g.label.text(lang)}</b>{need} — {tr('any one of')}: {choices}")
        self.checklist.setText("<br>".join(lines))

    def missing(self) -> tuple[str, ...]:
        return missing_groups(self.service, (*self.existing, *self.records), self.age)

    def shutdown(self) -> None:
        self.timer.stop()
