"""The counter's use cases run against a real, migrated, encrypted hub database in a temporary home, built
by the composition root exactly as the window and the CLI build them (no Qt here)."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.counter.use_cases import UseCases
from kiosk.domain.application import Application
from tests.forms import income_form


@pytest.fixture
def desk(ctx: Any) -> UseCases:
    """The counter's use cases as the composition root builds them for the window and the CLI."""
    return ctx.use_cases()


def saved(desk: UseCases, **changes: Any) -> Application:
    """An income-certificate application taken at the counter (no documents: it waits for them)."""
    return desk.intake.take(income_form(**changes), "operator1")
