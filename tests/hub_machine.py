"""What the Hypothesis state machines over a hub database share (tests/store/test_outbox_machine.py,
tests/domain/test_status_machine.py): one migrated template per test, copied for each example (so an
example never sees another's rows and no example pays for migrations), and a valid application to save."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis.stateful import RuleBasedStateMachine

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.intake import take_application
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import open_store
from kiosk.store.hub import Hub, save_hub
from tests.forms import income_form

HUB = Hub("MH-TEST-0001", "Test Hub", "चाचणी केंद्र", "490", "4193", ("Wagholi",))
NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)


def make_template(folder: Path, catalogue_document: dict[str, Any]) -> Path:
    """A migrated hub database with its hub and catalogue, for the examples to copy."""
    path = folder / "template" / "hub.sqlite3"
    store = open_store(path)
    save_hub(store, HUB)
    Catalogues(store).install(catalogue_document)
    store.close()
    return path


class HubFileMachine(RuleBasedStateMachine):
    """A state machine on its own copy of the template (a real SQLite file), removed after the example."""

    template: Path  # set by the test before it runs the machine

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix=prefix))
        self.path = self.folder / "hub.sqlite3"
        shutil.copy(self.template, self.path)
        self.store = open_store(self.path)
        self.apps = Applications(self.store)
        self.catalogue: Catalogue = Catalogues(self.store).active()

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_application(self) -> Any:
        """A valid income-certificate application, taken as at the counter."""
        result = take_application(income_form(), catalogue=self.catalogue, calendar=WorkingCalendar(),
                                  hub_code=HUB.code, operator="op1", now=NOW,
                                  today=(NOW + timedelta(hours=5, minutes=30)).date())
        assert result.application is not None, result.problems
        return result.application
