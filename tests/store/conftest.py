from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.intake import take_application
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import Hub, save_hub
from tests.forms import income_form

HUB = Hub("MH-TEST-0001", "Test Hub", "चाचणी केंद्र", "490", "4193", ("Wagholi",))
NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hub.sqlite3"


@pytest.fixture
def store(db_path: Path, catalogue_document: dict) -> Iterator[Store]:
    s = open_store(db_path)
    save_hub(s, HUB)
    Catalogues(s).install(catalogue_document)
    yield s
    s.close()


@pytest.fixture
def catalogue(store: Store) -> Catalogue:
    return Catalogues(store).active()


@pytest.fixture
def make_app(catalogue: Catalogue):
    def make(form: dict | None = None, *, now: datetime = NOW, docs: tuple[DocumentRecord, ...] = ()) -> Application:
        result = take_application(form or income_form(), catalogue=catalogue, calendar=WorkingCalendar(),
                                  hub_code=HUB.code, operator="op1", now=now,
                                  today=(now + timedelta(hours=5, minutes=30)).date(), documents=docs)
        assert result.application is not None, result.problems
        return result.application
    return make


@pytest.fixture
def apps(store: Store) -> Applications:
    return Applications(store)


def day(y: int, m: int, d: int) -> date:
    return date(y, m, d)
