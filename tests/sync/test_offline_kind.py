"""Why a pass did not reach the portal, in the kinds the operator is told (the header and the Sync page):
from real passes against a closed port and the simulator's captive page, and from every halting code."""

from __future__ import annotations

import pytest

from kiosk.sync.progress import SyncReport, offline_kind
from tests.sync.conftest import drain, free_port, make_client, make_engine, sim_admin, take_apps


def test_nobody_listening_is_no_link(ctx, training) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    training(url)
    take_apps(ctx, 1, docs=0)
    engine = make_engine(ctx, make_client(url))
    list(engine.run())
    assert not engine.report.online and engine.report.offline_kind == "no_link", engine.report


def test_a_wifi_login_page_is_captive(ctx, sim, training) -> None:
    training(sim.url)
    take_apps(ctx, 1, docs=0)
    sim_admin(sim, "faults", {"script": ["captive"], "path": "/health"})
    engine = make_engine(ctx, make_client(sim.url))
    list(engine.run())
    assert engine.report.offline_kind == "captive", engine.report


def test_a_login_page_in_the_middle_of_sending_is_captive(ctx, sim, training) -> None:
    training(sim.url)
    take_apps(ctx, 1, docs=0)
    sim_admin(sim, "faults", {"script": ["captive"], "path": "/applications", "method": "POST"})
    engine = make_engine(ctx, make_client(sim.url))
    list(engine.run())
    assert engine.report.offline_kind == "captive", engine.report


@pytest.mark.parametrize(("reason", "kind"), [
    ("", ""), ("offline: cannot connect", "no_link"), ("connect_timeout: connection timed out", "no_link"),
    ("redirect_refused: redirect to http://login.local refused", "captive"),
    ("clock_skew: TLS certificate not valid at this PC's time", "clock"), ("tls_error: TLS failed", "tls"),
    ("auth_expired: the portal refused a fresh token", "login"), ("credentials_refused", "login"),
    ("secret_unavailable: no keyring", "login"), ("degraded: http_502", "portal"), ("FORBIDDEN: hub", "portal"),
    # the pass raised on this PC: the controller keeps the exception's text, which is not the portal's fault
    ("database is locked", "error"), ("[Errno 28] No space left on device", "error"),
    ("the outbox item 12 vanished: it was voided", "error"),
])
def test_every_halting_code_has_a_kind(reason: str, kind: str) -> None:
    assert offline_kind(reason) == kind
    assert SyncReport(offline_reason=reason).online == (kind == "")


def test_a_pass_that_worked_has_no_offline_kind(ctx, sim, training) -> None:
    training(sim.url)
    take_apps(ctx, 1, docs=0)
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.online and engine.report.offline_kind == "" and engine.report.sent == 1
