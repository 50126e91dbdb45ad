"""Receipt fixtures; the private CUPS scheduler is started once per session and stopped by PID."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from kiosk.receipts.model import ReceiptData
from tests.receipts.cups_server import CupsServer, missing_parts
from tests.receipts.helpers import make_receipt


@pytest.fixture
def receipt() -> ReceiptData:
    return make_receipt()


@pytest.fixture
def complete_receipt() -> ReceiptData:
    return make_receipt(documents_missing=(), due_date=date(2025, 12, 18))


@pytest.fixture(scope="session")
def cups() -> Iterator[CupsServer]:
    missing = missing_parts()
    if missing:
        pytest.fail(f"the CUPS print test needs {', '.join(missing)} (installed by installers/bootstrap.sh)")
    server = CupsServer().start()
    try:
        yield server
    finally:
        server.stop()
