"""The verifier's call list (issue 18): a supervisor exports, for the state's third-party quality agency,
the applications of a month the portal sampled whose citizens agreed to be called.

Order matters for "nothing written offline": the portal's sample is asked first (offline, its error goes up
and no file is touched); then the store gives only the consenting citizens among the sampled receipts; the
CSV is written durably (temp → fsync → rename); and the export is audited with ids only (month, counts) —
the names and numbers stay in the file handed to the agency, not in the audit log.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.verification import COLUMNS, MONTH
from kiosk.durable import write_durably
from kiosk.receipts.day_lines import csv_safe
from kiosk.security.audit import record
from kiosk.security.roles import Action, Operator, require_role
from kiosk.store.db import Store
from kiosk.store.verification import consented_calls

AUDIT_ACTION = "verification.exported"


@dataclass(frozen=True)
class CallList:
    month: str
    sampled: int  # receipts the portal named
    written: int  # of those, the consenting citizens' rows in the file


class VerificationCalls:
    def __init__(self, store: Callable[[], Store], sample: Callable[[str], list[str]],
                 service_name: Callable[[str], str], clock: Callable[[], datetime]) -> None:
        self.store, self.sample, self.service_name, self.clock = store, sample, service_name, clock

    def export(self, by: Operator, month: str, out: Path) -> CallList:
        require_role(by, Action.EXPORT_VERIFICATION)
        if not MONTH.match(month):
            raise ValueError(f"bad month {month!r}")  # the CLI says it in the operator's language first
        receipts = self.sample(month)  # offline: PortalUnavailable, nothing written
        store = self.store()
        rows = consented_calls(store, receipts)
        buf = io.StringIO(newline="")
        w = csv.writer(buf)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([csv_safe(c) for c in r.cells(self.service_name(r.service_code))])
        write_durably(out, buf.getvalue().encode("utf-8-sig"))  # BOM: a spreadsheet then reads Devanagari
        with store.write() as conn:
            record(conn, by.username, AUDIT_ACTION, now=self.clock(), month=month, sampled=len(receipts),
                   written=len(rows))
        return CallList(month, len(receipts), len(rows))
