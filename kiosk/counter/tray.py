"""Documents stored without an application yet: kept in a tray until attached or discarded, never lost.

The command line can import, scan or watch before the application exists (the citizen's papers arrive
first). Each such document is stored sealed and given a tray row, which the start-up orphan sweep
respects; ``attach`` moves it onto an application (group named by the operator, or the one group of the
service that accepts its type), ``discard`` removes the row and — when no application names the same
bytes — the file.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kiosk.counter.attach import AttachDocuments, Attached
from kiosk.documents.storage import document_path
from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say
from kiosk.store.document_tray import (
    TrayItem,
    is_named_by_an_application,
    keep_in_tray,
    take_from_tray,
    tray_item,
    tray_items,
)

if TYPE_CHECKING:
    from kiosk.documents.compress import ProcessedDocument
    from kiosk.store.db import Store


class DocumentTray:
    def __init__(self, attachments: AttachDocuments, language: str = "en") -> None:
        self.attachments = attachments
        self.language = language

    def _store(self) -> Store:
        return self.attachments.applications().store

    def keep(self, document: ProcessedDocument) -> TrayItem:
        """Store ``document`` (sealed) and put it in the tray."""
        from kiosk.documents.intake import save_document
        from kiosk.documents.mapping import to_document_record

        store = self._store()
        store.require_writable()
        save_document(self.attachments.documents, document)
        return keep_in_tray(store, to_document_record(document, ""))

    def items(self) -> list[TrayItem]:
        return tray_items(self._store())

    def find(self, sha_prefix: str) -> TrayItem:
        item = tray_item(self._store(), sha_prefix)
        if item is None:
            raise KioskError(say("cli_documents.not_in_tray", self.language, sha=sha_prefix[:64]))
        return item

    def group_of(self, receipt: str, doc_type: str, group: str | None) -> str:
        """The group the operator named (checked against the service), else the one accepting the type."""
        app = self.attachments.applications().get(receipt)
        groups = [g.code for g in self.attachments.service_of(app).documents]
        if group:
            if group not in groups:
                raise KioskError(say("cli_documents.unknown_group", self.language, group=group,
                                     known=", ".join(groups)))
            return group
        found = self.attachments.group_for(app, doc_type) if doc_type else None
        if found is None:
            raise KioskError(say("cli_documents.name_the_group", self.language, known=", ".join(groups)))
        return found

    def attach(self, receipt: str, sha_prefix: str, group: str | None = None) -> Attached:
        """Attach a tray document to the application ``receipt``; it leaves the tray."""
        item = self.find(sha_prefix)
        app = self.attachments.applications().get(receipt)
        code = self.group_of(receipt, item.record.doc_type, group)
        record = replace(item.record, group_code=code)
        updated = self.attachments.attach(app.uuid, [record])
        take_from_tray(self._store(), record.sha256)  # a crash before this leaves it in both: harmless
        return Attached(updated, record.sha256)

    def discard(self, sha_prefix: str) -> TrayItem:
        """Take a document out of the tray for good (its file too, unless an application names it)."""
        item = self.find(sha_prefix)
        store = self._store()
        take_from_tray(store, item.record.sha256)
        if not is_named_by_an_application(store, item.record.sha256):
            document_path(self.attachments.documents, item.record.sha256).unlink(missing_ok=True)
        return item
