"""The sync engine: every queued item to the portal exactly once, and the portal's answers back.

Exactly-once rests on two things: each item carries its idempotency key for life (the application's
UUID), and no state is decided by guessing — a claim is committed before the HTTP call, the outcome after
it, and anything in between (timeout, reset, crash) is ``unknown`` and retried with the same key, which
the portal answers with the original result. No transaction is ever open during an HTTP call.

:meth:`SyncEngine.run` is a generator of :class:`SyncProgress`, so the CLI and the GUI's worker thread
drive the same code and ``should_stop`` is checked between steps.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

from kiosk.domain.errors import CatalogueError, KioskError, PortalError
from kiosk.domain.messages import say
from kiosk.sealed import SealedFolder
from kiosk.store.db import Store
from kiosk.store.hub import get_setting, set_setting
from kiosk.store.outbox import (
    OutboxItem,
    claim_next,
    counts,
    documents_of,
    make_due,
    mark_acked,
    mark_document_uploaded,
    mark_documents_not_uploaded,
    mark_rejected,
    mark_unknown,
    next_due_at,
    pending_document_hashes,
    recover_in_flight,
    release,
    reset_backoff,
)
from kiosk.store.portal_answers import (
    FEED_CURSOR_KEY,
    apply_status_page,
    certificates_needed,
    record_certificate,
)
from kiosk.sync.backoff import SAME_FAILURES_LIMIT, Backoff, same_failures
from kiosk.sync.carried import CARRIED, as_application
from kiosk.sync.client import PortalClientLike
from kiosk.sync.portal_feeds import (
    PORTAL_CALENDAR_KEY,
    datetime_from_epoch,
    portal_calendar_document,
    pull_catalogue,
    status_change,
)
from kiosk.sync.progress import SyncProgress, SyncReport

LAST_SYNC_KEY = "sync.last_success"
ONE_POST = {"feedback": "send_feedback", "appeal": "file_appeal", "delivery": "change_delivery",
            "payment": "send_payment", "ring": "send_ring"}  # outbox kind → the client method that sends it


class SyncEngine:
    def __init__(self, store: Store, client: PortalClientLike, *, document_path: Callable[[str], Path],
                 certificates: SealedFolder, backoff: Backoff | None = None, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep, language: str = "mr",
                 heartbeat: Callable[[], dict[str, Any]] | None = None,
                 audit: Callable[..., object] | None = None,
                 read_document: Callable[[str], bytes] | None = None) -> None:
        self.store = store
        self.client = client
        self.document_path = document_path
        # Encryption at rest: the composition root gives a reader that decrypts a document into memory
        # (the portal gets the plaintext bytes); a certificate goes through its sealed folder, which
        # refuses to write it in clear when no data key is unlocked.
        self.read_document = read_document or (lambda sha: self.document_path(sha).read_bytes())
        self.write_certificate = certificates.write
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.sleep = sleep
        self.language = language
        self.heartbeat = heartbeat
        self.audit = audit  # kiosk.security.audit.record, from the composition root
        self.report = SyncReport()
        # True once the portal took a request (an item or a scan) since this pass's last failure.
        self._went_through = False
        self._known: dict[str, bool] | None = None  # sha256 → the portal lacks it (this pass's look-ups)
        # Start-up rule: whatever was in flight when the last run died may or may not have arrived.
        recover_in_flight(store)

    # ------------------------------------------------------------------------------------------ run
    def run(self, should_stop: Callable[[], bool] = lambda: False, *, drain: bool = False,
            max_wait: float = 300.0, retry_now: bool = False) -> Iterator[SyncProgress]:
        """One sync pass; with ``drain`` keep retrying (after backoff) until the queue is settled or
        ``max_wait`` seconds pass. ``retry_now`` (a human asked) first makes items waiting on a backoff due.
        Yields progress; the outcome is in :attr:`report`."""
        self.report = SyncReport()
        self._went_through = False
        self._known = None
        if retry_now:
            make_due(self.store)
        started = time.monotonic()
        failures = 0
        probe = True
        while True:
            remaining = max_wait - (time.monotonic() - started)
            if probe:
                yield SyncProgress("connect", 0, 1, message="checking the connection")
                conn = self.client.check_connectivity()
            if probe and conn.state != "online":
                self.report.offline_reason = f"{conn.state}: {conn.detail}".strip(": ")
                halted = True
            else:
                self.report.offline_reason = ""
                halted = yield from self._send_due(should_stop)
            if should_stop() or not drain or remaining <= 0:
                break
            if halted:
                # A flapping link (or a captive page) in drain mode: wait and go on; the next send is the
                # probe (an extra /health call per halt would only add load to a struggling link).
                failures += 1
                # Nobody answering at all: probe before spending another item's attempt on it.
                probe = self.report.offline_reason.startswith("offline")
                pause = min(self.backoff.delay(failures), max(remaining, 0.0), 30.0)
                yield SyncProgress("wait", 0, 0, message=f"{self.report.offline_reason}; retrying in {pause:.1f} s")
                self.sleep(pause)
                continue
            failures = 0
            probe = False
            wait_until = next_due_at(self.store)
            if wait_until is None:
                break
            pause = min(max(wait_until - self.clock(), 0.0), remaining, 5.0)
            if pause > 0:
                yield SyncProgress("wait", 0, 0, message=f"retrying in {pause:.1f} s")
                self.sleep(pause)
        self._audit_pass()
        if self.report.offline_reason:
            yield SyncProgress("done", self.report.sent, self.report.sent, self.report.bytes_sent,
                               self.report.offline_reason)
            return
        if not should_stop() and not self.report.offline_reason:
            yield from self._pull_status()
            yield from self._pull_certificates(should_stop)
            yield from self._pull_catalogue()
            self._pull_calendar()
            self._send_heartbeat()
            if not self.report.errors:
                set_setting(self.store, LAST_SYNC_KEY, str(self.clock()))
        yield SyncProgress("done", self.report.sent, self.report.sent, self.report.bytes_sent,
                           self.report.offline_reason or "ok")

    def _audit_pass(self) -> None:
        """One audit entry per pass that changed something (counts only: the items are in the outbox)."""
        if self.audit is None or not (self.report.sent or self.report.rejected):
            return
        with self.store.write() as conn:
            self.audit(conn, "sync", "sync.sent", sent=self.report.sent, quarantined=self.report.rejected)

    # ------------------------------------------------------------------------------------------ send
    def _send_due(self, should_stop: Callable[[], bool]) -> Generator[SyncProgress, None, bool]:
        total = sum(v for k, v in counts(self.store).items() if k in ("pending", "unknown"))
        done = 0
        while not should_stop():
            item = claim_next(self.store, self.clock())
            if item is None:
                return False
            try:
                out = yield from self._send_one(item)
            except BaseException:
                release(self.store, item)
                raise
            done += 1
            yield SyncProgress("send", done, max(total, done), self.report.bytes_sent, item.idempotency_key)
            if out is not None and getattr(out, "halt", False):
                self.report.offline_reason = f"{out.code}: {out.reason(self.language)}".rstrip(": ")
                return True
        return False

    def _send_one(self, item: OutboxItem) -> Generator[SyncProgress, None, Any]:
        if item.kind == "application":
            if item.state == "unknown":
                # It may be at the portal already: an answer was lost, or a copy left on a stick and another
                # hub relayed it (its scans are that hub's uploads). The JSON first — a replay costs no scan
                # on a 2G link; only "documents missing" goes on to the uploads.
                out = self.client.submit_application(item.idempotency_key, item.payload)
                if not (out.rejected and out.code == "DOCUMENTS_MISSING"):
                    self.report.bytes_sent += getattr(out, "bytes_sent", 0)
                    self._record(item, out)
                    return out
            blocked = yield from self._upload_documents(item)
            if blocked is not None:
                return blocked
            out = self.client.submit_application(item.idempotency_key, item.payload)
        elif item.kind == CARRIED:  # another hub's application, signed by it: relayed, filed under that hub
            blocked = yield from self._upload_documents(as_application(item))
            if blocked is not None:
                return blocked
            out = self.client.relay_application(item.idempotency_key, item.payload)
        elif item.kind in ONE_POST:  # feedback, an appeal, new channels, a fee taken later: one request each
            out = getattr(self.client, ONE_POST[item.kind])(item.idempotency_key, item.payload)
        elif item.kind == "more_documents":  # the application's new scans first, then the reply naming them
            blocked = yield from self._upload_documents(item)
            if blocked is not None:
                return blocked
            out = self.client.send_more_documents(item.idempotency_key, item.payload)
        else:
            mark_rejected(self.store, item, f"unknown outbox kind {item.kind!r}")
            self.report.rejected += 1
            return None
        self.report.bytes_sent += getattr(out, "bytes_sent", 0)
        self._record(item, out)
        return out

    def _took(self) -> None:
        """The portal took a request: the link is good, so nothing waits on a backoff any longer."""
        if not self._went_through:
            reset_backoff(self.store)
        self._went_through = True

    def _record(self, item: OutboxItem, out: Any) -> None:
        if out.acked:
            self._took()
            data = out.data if isinstance(out.data, dict) else {}
            mark_acked(self.store, item, portal_id=str(data.get("application_id") or data.get("appeal_id") or ""))
            self.report.sent += 1
        elif out.rejected and out.code != "DOCUMENTS_MISSING":
            mark_rejected(self.store, item, f"{out.code}: {out.reason(self.language)}")
            self.report.rejected += 1
        else:
            if out.code == "DOCUMENTS_MISSING" and item.application_uuid:
                # The portal lost or never finished a document: upload again on the next try.
                mark_documents_not_uploaded(self.store, item.application_uuid)
            if out.code == "DOCUMENTS_MISSING":
                self._known = None  # what this pass learnt about the portal's documents is stale
            self._unknown(item, out.code, out.reason(self.language), out.retry_after)

    def _unknown(self, item: OutboxItem, code: str, reason: str, retry_after: float | None) -> None:
        """No definite answer: retry later with the same key, unless this item alone keeps getting the same
        unexplained answer while others go through — then it needs a person, with the reason."""
        streak = same_failures(item.same_failures, item.last_error, code, retry_after,
                               others_went_through=self._went_through)
        self._went_through = False
        if streak >= SAME_FAILURES_LIMIT:
            mark_rejected(self.store, item, f"{code}: " + say("portal_local.SAME_FAILURE_REPEATED", self.language,
                                                               reason=reason, n=streak))
            self.report.rejected += 1
            return
        delay = self.backoff.delay(item.failures + 1, retry_after)
        mark_unknown(self.store, item, f"{code}: {reason}", self.clock() + delay, same_failures=streak)
        self.report.retried += 1

    def _upload_documents(self, item: OutboxItem) -> Generator[SyncProgress, None, Any]:
        if item.application_uuid:
            docs = [dict(d) for d in documents_of(self.store, item.application_uuid)]
        else:  # carried from another kiosk: its documents are named in the frozen body
            docs = [{"sha256": d["sha256"], "mime": d.get("mime", "image/jpeg"), "size_bytes": d.get("size_bytes", 0)}
                    for d in item.payload.get("documents") or [] if isinstance(d, dict) and "sha256" in d]
        if not docs:
            return None
        try:
            missing = self._missing([d["sha256"] for d in docs])
        except PortalError as exc:
            return self._unknown_from_error(item, exc)
        for d in docs:
            sha = d["sha256"]
            if sha not in missing:
                mark_document_uploaded(self.store, sha)
                continue
            path = self.document_path(sha)
            if not path.is_file():
                mark_rejected(self.store, item, f"DOCUMENT_FILE_MISSING: {sha[:12]}… — scan the document again")
                self.report.rejected += 1
                return _Stop()
            try:
                data = self.read_document(sha)
            except (OSError, KioskError) as exc:
                mark_rejected(self.store, item, f"DOCUMENT_FILE_UNREADABLE: {sha[:12]}… ({exc}) — scan it again")
                self.report.rejected += 1
                return _Stop()
            yield SyncProgress("upload", 0, d["size_bytes"], self.report.bytes_sent, sha[:12])
            out = self.client.upload_document(sha, data, d["mime"])
            self.report.bytes_sent += getattr(out, "bytes_sent", 0)
            if out.acked:
                self._took()
                if self._known is not None:
                    self._known[sha] = False
                mark_document_uploaded(self.store, sha)
                continue
            self._record(item, out)
            return out
        return None

    def _missing(self, shas: list[str]) -> set[str]:
        """Which of ``shas`` the portal lacks: one look-up per pass for the scans of every waiting application,
        then one per item only for what that did not cover (a carried item's scans)."""
        if self._known is None:
            self._known = {}
            waiting = pending_document_hashes(self.store)
            lacking = set(self.client.missing_documents(waiting)) if waiting else set()
            self._known.update({s: s in lacking for s in waiting})
        unasked = [s for s in shas if s not in self._known]
        if unasked:
            lacking = set(self.client.missing_documents(unasked))
            self._known.update({s: s in lacking for s in unasked})
        return {s for s in shas if self._known[s]}

    def _unknown_from_error(self, item: OutboxItem, exc: PortalError) -> _Stop:
        outcome = getattr(exc, "outcome", None)
        self._unknown(item, str(getattr(outcome, "code", "") or exc.code), exc.detail,
                      getattr(outcome, "retry_after", None))
        return _Stop(halt=bool(getattr(outcome, "halt", False)), reason=exc.detail,
                     code=str(getattr(outcome, "code", "") or exc.code))

    # ------------------------------------------------------------------------------------------ pull
    def _pull_status(self) -> Iterator[SyncProgress]:
        cursor = get_setting(self.store, FEED_CURSOR_KEY) or None
        pages = 0
        try:
            for page in self.client.iter_status_feed(cursor):
                changes = [status_change(e) for e in page.events]
                result = apply_status_page(self.store, changes, page.next_cursor, self.audit)
                self.report.status_applied += result.applied
                pages += 1
                yield SyncProgress("status", pages, pages + int(page.has_more), message=f"{result.applied} updated")
        except PortalError as exc:
            self.report.errors.append(f"status feed: {exc.detail}")

    def _pull_certificates(self, should_stop: Callable[[], bool]) -> Iterator[SyncProgress]:
        needed = certificates_needed(self.store)
        for i, (uuid, portal_id) in enumerate(needed, 1):
            if should_stop():
                return
            try:
                cert = self.client.download_certificate(portal_id)
            except PortalError as exc:
                self.report.errors.append(f"certificate {portal_id}: {exc.detail}")
                continue
            if not cert.pdf.startswith(b"%PDF-"):
                self.report.errors.append(f"certificate {portal_id}: not a PDF")
                continue
            self.write_certificate(f"{cert.sha256}.pdf", cert.pdf)
            record_certificate(self.store, uuid, portal_id, cert.sha256, len(cert.pdf))
            self.report.certificates += 1
            yield SyncProgress("certificates", i, len(needed), len(cert.pdf), portal_id)

    def _pull_catalogue(self) -> Iterator[SyncProgress]:
        yield SyncProgress("catalogue", 0, 1)
        try:
            installed = pull_catalogue(self.store, self.client)
            if installed:
                self.report.catalogue_version = installed
        except (PortalError, CatalogueError) as exc:
            self.report.errors.append(f"catalogue: {exc.detail}")

    def _pull_calendar(self) -> None:
        """The portal's working-day calendar for this year and the next replaces the bundled lists."""
        from kiosk.domain.calendar import CalendarError, parse_holidays

        year = datetime_from_epoch(self.clock()).year
        docs: list[dict[str, Any]] = []
        for y in (year, year + 1):
            try:
                cal = self.client.working_calendar(y)
            except PortalError as exc:
                self.report.errors.append(f"calendar {y}: {exc.detail}")
                continue
            doc = portal_calendar_document(cal)
            try:
                parse_holidays(doc)  # validated with the domain's own rules before it is kept
            except CalendarError as exc:
                self.report.errors.append(f"calendar {y}: {exc.detail}")
                continue
            docs.append(doc)
        if docs:
            set_setting(self.store, PORTAL_CALENDAR_KEY, json.dumps(docs, ensure_ascii=False))

    def _send_heartbeat(self) -> None:
        if self.heartbeat is None:
            return
        try:
            self.client.send_heartbeat(self.heartbeat())
        except KioskError as exc:  # a dashboard figure never fails a sync
            self.report.errors.append(f"heartbeat: {exc.detail}")


class _Stop:
    """An item that cannot go now (already recorded); ``halt`` stops the whole pass (offline)."""

    acked = rejected = unknown = False

    def __init__(self, halt: bool = False, reason: str = "", code: str = "stopped") -> None:
        self.halt = halt
        self.code = code
        self._reason = reason

    def reason(self, language: str = "en") -> str:
        return self._reason
